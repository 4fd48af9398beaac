"""A memory question said in a few words after another one, made whole from it.

Contract: ``completed(text, previous) -> str | None``. Teens ask a run of memory questions
and shorten the later ones; each short shape is filled in from ``previous``, the user's
message before, when that one is itself a memory question:

- a question word alone: "what time" after "what day was the vet thing" -> "what time was
  the vet thing"; "why that tho" after "what did we get him" -> "why did we get him";
- someone else named alone: "and arjun?" after "how much did i score last time" -> "how
  much did arjun score last time"; "and kofi?" after "how old is tre" -> "how old is kofi";
- the question word said last: "the pen was how much" -> "how much was the pen", "mira is
  turning what" -> "what is mira turning" (these need no question before them).

None when ``text`` is none of these shapes, or the question before gives nothing to fill
it with. Knows nothing about memory or models.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .recall_ask import is_recall_question

__all__ = ["completed"]

_LEAD = r"^\s*(?:(?:and|ok|okay|so|wait|oh|also|n|um|hmm|lol)\s+)*"
_FILL = (r"(?:\s+(?:again|tho|though|then|lol|lmao|exactly|that|this|it|was it|is it|"
         r"was that|is that|do u know|do you know))*")
_WH = (r"what time|what day|what date|which day|what year|when|where|why|how much|how many|"
       r"how long|how old|how far|who")
#: a question word alone: "what time", "and where?", "why that tho"
_BARE = re.compile(_LEAD + rf"(?P<wh>{_WH})" + _FILL + r"\s*[?!.]*\s*$")
#: the question word of the question before, with the verb after it: "what day was",
#: "how much did", "whats" ("what is")
_ASKED = re.compile(r"\b(?P<wh>what time|what day|what date|which day|what year|when|where|"
                    r"why|how much|how many(?: [a-z]+)?|how long|how old|how far|who|what)"
                    r"(?:(?P<s>'?s)\s+(?P<its>.+)|\s+"
                    r"(?P<rest>(?:is|was|are|were|did|do|does|has|had|will)\b.*))$")
#: someone named alone: "and arjun?", "what about mia", "n rohan?"
_SOMEONE = re.compile(r"^\s*(?:and|what about|how about|n)\s+(?P<who>[a-z]+)(?:\s+tho)?"
                      r"\s*[?!.]*\s*$")
#: the question word said last: "the pen was how much", "mira is turning what"
_LAST = re.compile(_LEAD + r"(?P<body>(?:(?:the|my|our|his|her)\s+)?[a-z']+(?:\s+[a-z']+){0,2})"
                   r"\s+(?P<verb>is|was|are|were)\s*(?P<more>(?:[a-z]+ing|turned|called|named)?)"
                   r"\s+(?P<wh>what|how much|how many|how old|where|who|when)"
                   r"(?:\s+(?:again|tho|lol))*\s*\?*\s*$")
#: a thing asked that is itself a detail: "whats the address", "whats his name"
_ATTRIBUTE = re.compile(r"^is (?:the|my|our|his|her|their|[a-z]+s|[a-z]+'s)\s+(?:[a-z]+\s+)?"
                        r"(?:name|address|number|age|price|colou?r|size|score|time|day|date|"
                        r"breed|job)\b")
_NOT_ASKED = re.compile(r"\b(?:you|u|ur|your|sunny|it|that|this|there|he|she|they|i|im|we)\b")
_SUBJECT = re.compile(r"\b(?:i|(?P<my>my|mine)|me)\b")


def _ask_of(previous: str) -> re.Match[str] | None:
    """The question word of ``previous`` with the verb after it, from its last sentence
    that asks."""
    for part in reversed(re.split(r"(?<=[?.!])\s+", previous.lower().strip())):
        if found := _ASKED.search(part.rstrip(" ?!.")):
            return found
    return None


def _someone_asked(who: str, previous: str) -> str | None:
    """``previous`` asked again of ``who``: its one first name swapped for them, or the
    user ("i", "my", "me") made them."""
    low = previous.lower().strip().rstrip(" ?!.")
    if who in low.split():
        return None  # (asked of them already)
    names = [w for w in re.findall(r"\b[a-z]+\b", low) if is_first_name(w)]
    if len(set(names)) == 1:
        return re.sub(rf"\b{names[0]}\b", who, low)
    if names:
        return None
    found = _SUBJECT.search(low)
    if found is None:
        return None
    into = who + "'s" if found.group("my") else who
    return low[:found.start()] + into + low[found.end():]


def completed(text: str, previous: str) -> str | None:
    """``text`` made a whole question from ``previous`` (see the module doc), or None."""
    low = text.lower().strip()
    if len(low.split()) > 8:
        return None
    if (last := _LAST.match(low)) and not _NOT_ASKED.search(last.group("body")):
        verb = f"{last.group('verb')} {last.group('body')}"
        return f"{last.group('wh')} {verb} {last.group('more')}".strip()
    if not previous or len(previous.split()) > 40:
        return None
    if not is_recall_question(previous):
        return None
    if (bare := _BARE.match(low)) and (asked := _ask_of(previous)) and \
            asked.group("wh") != bare.group("wh"):
        rest = f"is {asked.group('its')}" if asked.group("s") else asked.group("rest")
        if _ATTRIBUTE.search(rest):
            return None  # "what time" after "whats the address of the party": no time of
            # an address
        return f"{bare.group('wh')} {rest}"
    if (one := _SOMEONE.match(low)) and is_first_name(one.group("who")):
        return _someone_asked(one.group("who"), previous)
    return None
