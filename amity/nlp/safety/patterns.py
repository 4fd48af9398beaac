"""The building blocks of the safety regex tables: ``Rule``, ``rule()`` and shared vocabulary.

Contract: a ``Rule`` is one compiled, case-insensitive pattern with its category, tier, score
and the context handling ``rules`` applies (negation, hyperbole, other subject,
"told me to", idioms before or after). The tables themselves live in ``selfharm``
and ``topics``. Patterns must stay bounded (no nested unbounded repeats) so a
100 KB message scans in milliseconds. This module knows no categories' words beyond the
shared vocabulary below, and nothing learned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

A = r"['’‘`]?"  # an optional apostrophe, straight or curly
#: a sentence: up to and with its ".", "!", "?" or line break (the checker, risk rules and
#: windows all cut a message the same way)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?\n]+|$)")
IM = rf"(?:i{A}m|im|i\s+am)"
#: after "wake up": the morning, not a wish ("i hope i dont wake up late tomorrow")
ON_TIME = (r"(?!\s+(?:late|early|on\s+time|in\s+time|till|until|before|at\s+\d|by\s+\d|"
           r"for\s+(?:school|class|work|practice|the)|tomorrow\s+(?:morning|at|with)|with\s+(?:a|an|my)\b))")
WILL = (
    rf"(?:i{A}ll|ill|i\s+will|i{A}m\s+(?:going\s+to|gonna)|im\s+(?:going\s+to|gonna)|"
    rf"gonna|going\s+to|i{A}?m+a)"  # ("ima end it all tn", "imma")
)
INTENT = (
    rf"(?:want(?:ed)?\s+to|wanna|going\s+to|gonna|about\s+to|ready\s+to|plan(?:ning)?\s+(?:to|on)|"
    rf"think(?:ing)?\s+(?:of|about)|decided\s+to|need\s+to|should(?:\s+just)?|might(?:\s+just)?|"
    rf"will|i{A}ll|ill|(?:tried|trying|try)\s+to|gon|i{A}?m+a)"
)
SELF_VERB = (
    r"(?:kill?(?:ing|ed)?|unaliv(?:e|ing|ed)|off(?:ing)?|hang(?:ing|ed)?|shoot(?:ing)?|shot|"
    r"drown(?:ing|ed)?|poison(?:ing|ed)?|suffocat(?:e|ing|ed)|end(?:ing)?)"
)
FAMILY = (
    r"(?:mom|mum|mother|dad|father|step\s?dad|step\s?mom|step\s?father|step\s?mother|parents?|"
    r"brother|sister|uncle|aunt|grandpa|grandma|grandfather|grandmother|cousin|foster\s+\w+|"
    r"guardian|mom{A}?s\s+boyfriend|dad{A}?s\s+girlfriend|boyfriend|girlfriend|bf|gf|coach|teacher)"
)
HUMAN = (
    r"(?:him|her|them|you|u|someone|somebody|everyone|everybody|people|ppl|"
    r"(?:that|this|the|those|these)\s+(?:kid|guy|girl|boy|teacher|principal|bully|bitch|bastard|"
    r"man|woman|dude|person|people|kids|guys|girls|boys)|my\s+(?:ex|classmates?|teacher|"
    r"principal|bully|boss|neighbou?r))"
)
GROUPS = (
    r"(?:jews|jewish\s+people|muslims|christians|hindus|sikhs|arabs|blacks|black\s+people|"
    r"asians|chinese\s+people|mexicans|latinos|hispanics|immigrants|refugees|gays|gay\s+people|"
    r"lesbians|trans\s+people|transgender\s+people|trannies|indians|africans|gypsies|roma)"
)

#: a time long past, told as over ("two years ago", "when i was 14", "in 8th grade"): risk
#: in such a sentence is a story, unless the sentence also says now (``RECENT``)
DISTANT_PAST = (
    r"(?:\b(?:a|one|two|three|four|five|six|\d+|a\s+few|few|couple(?:\s+of)?)\s+(?:years?|months)\s+"
    r"(?:ago|back)\b|(?<!the\s)(?<!past\s)\b(?:last|that|the\s+next)\s+(?:year|month|summer|spring|"
    r"winter|fall)\b|"
    r"\bback\s+(?:then|in)\b|\b(?:when|back\s+when)\s+i\s+was\s+(?:\d+|little|younger|a\s+kid|in)\b|"
    r"\bat\s+(?:1[0-7]|[5-9])\s*,?\s+i\b|\bin\s+(?:\d+th|sixth|seventh|eighth|ninth)\s+grade\b|"
    r"\bfreshman\s+year\b|\bin\s+middle\s+school\b|\byounger\s+self\b|\bthrowback\b)"
)
RECENT = (
    r"\b(?:now|tonight|lately|anymore|again|still|yesterday|last\s+night|right\s+now|"
    r"this\s+(?:week|semester|month|morning|time)|every\s+(?:night|day))\b"
)
#: over and done: recovery ("one year clean", "clean from self harm", "6 months free")
RECOVERED = (
    r"\b(?:years?|months?|days?|weeks?)\s+(?:clean|free|sober)\b|\bclean\s+(?:from|for|since)\b|"
    r"\bsober\b|\brecover\w*\b"
)

@dataclass(frozen=True)
class Rule:
    """One pattern and how its context may change it (see ``rules``)."""

    name: str
    category: str
    tier: Literal["high", "check"]
    score: float
    pattern: re.Pattern[str]
    negatable: bool = True
    hyperbole: bool = False
    person: bool = True
    told: bool = False
    unless_before: re.Pattern[str] | None = None
    unless_after: re.Pattern[str] | None = None


def _r(p: str) -> re.Pattern[str]:
    return re.compile(p, re.I)


def rule(name: str, category: str, tier: Literal["high", "check"], score: float, pattern: str,
         *, before: str | None = None, after: str | None = None, **flags: bool) -> Rule:
    return Rule(name, category, tier, score, _r(pattern),
                unless_before=_r(before) if before else None,
                unless_after=_r(after) if after else None, **flags)
