"""Numbers in the user's words, for memory answers: the one a count question asks for
("how much did i pay for the jacket" -> "12" in "green carhartt for 12 bucks", "how old is
she" -> "4" in "shes 4"), said with its unit, and whether a clause says a number the way the
question asks (an age, a price).

Contract: ``count_of(question, text) -> str | None`` (None when two numbers could be it, or
a date; of a sum toward a goal, "got 176 so far out of 300", the sum or the goal as asked);
``fits_unit(question, text) -> bool``; ``says_age(text) -> bool``; ``so_far(text) -> bool``.
Pure functions; used by ``recall_detail.detail`` and ``recall_kind``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.facts.lexicon import is_first_name
from .recall_said import Said
from .recall_words import FRAME, stems

_AMOUNT = re.compile(r"(?<![a-z])(?:\d+ ?- ?\d+\b|[$£€]?\d+(?:[.:,]\d+)*(?:k|am|pm)?\b)|"
                     # (no number in a word: "y2k", "ps5")
                     r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"twenty|thirty|fifty|hundred|dozen)\b")
_NOT_AMOUNT = re.compile(r"\s*(?:st|nd|rd|th|(?:of )?(?:january|february|march|april|may|"
                         r"june|july|august|september|october|november|december))\b")
_UNITS = (  # (what the question asks, how the clause says it around the number)
    (re.compile(r"\bhow old\b|\bage\b"),
     re.compile(r"(?:\b(?:turn\w*|is|was|are|were|hes|he's|shes|she's|theyre|they're|im|i'm|"
                r"age|aged|whos|who's|old,?)"
                r"(?: like| only| almost| nearly| just| about| around| over)? )(#)|"
                r"(#) ?(?:years?|yrs?|yo|months?|"
                r"weeks?)\b")),
    (re.compile(r"\bhow much\b|\b(?:cost|price|pay|paid|make|charge|charged|save|saved|spent|"
                r"spend|owe|earn)\b"),
     re.compile(r"[$£€](#)|(#) ?(?:dollars|bucks|quid|pounds|euros|an hour|a day|a week|"
                r"a month|a year|per|each|/hr|an? \w+ each)\b|(?:for|pays?|paid|costs?|is|"
                r"was|make|charge|had|have|got|saved)(?: like| about| around| only)? (#)\b"
                # not a count of things: "we got like 14 jars from beeyonce"
                r"(?!\s+(?!dollars|bucks|quid|pounds|euros|cents)[a-z]+s\b)")),
)


_AGE_SAID = re.compile(r"\b(?:birthday|bday|b-day|turn\w*|born|grade|year|years|yrs|yo|age|"
                       r"aged|months?)\b|\d+(?:st|nd|rd|th)\b|"
                       # "hes pretty old, like 81"
                       r"\bold,? (?:like|about|around|almost|over|nearly) \d+\b")


#: a name's "is" run into it and a number: "elijahs 11 so hes on tiramisu duty"
_NAMES_AGE = re.compile(r"\b([a-z]{3,})s (\d{1,2})\b(?! ?(?:\$|dollars|bucks|pounds|lbs|%|min|"
                        r"hours|am|pm|:|-|to\b|of\b|times|x\b))")


def says_age(text: str) -> bool:
    """``text`` can tell an age ("shes 4", "his 80th birthday", "in 5th grade"); "bruno is
    a 90 pound bernese" cannot."""
    return fits_unit("how old", text) or bool(_AGE_SAID.search(text.lower())) or any(
        is_first_name(m.group(1)) for m in _NAMES_AGE.finditer(text.lower()))  # "elijahs 11"


def fits_unit(question: str, text: str) -> bool:
    """``text`` says a number the way ``question`` asks for it ("how old" -> "shes 4",
    "4 years old"; "how much" -> "$12", "15 an hour", "for 12 bucks")."""
    return bool(_fitting(question.lower(), text.lower()))


def _fitting(q: str, low: str) -> list[str]:
    out: list[str] = []
    for ask, says in _UNITS:
        if ask.search(q):
            rx = re.compile(says.pattern.replace("#", _AMOUNT.pattern))
            out += [next(g for g in m.groups() if g) for m in rx.finditer(low)]
    return out


#: a number said as a comparison: "barks at the mailman like he's 200 pounds"
_AS_IF = re.compile(r"\b(?:like|as if|as though) (?:he|she|it|they|i|you|u)(?:'s|s| is| was| were|"
                    r"'re| are|'m| am)? (?:like |literally )?$")


def _said_after(rest: str) -> list[str]:
    """The word after a number, two after "for" or "per" ("$20 for kids")."""
    words = rest.split()
    return words[:2] if words[:1] in (["for"], ["per"], ["each"]) else words[:1]


def count_of(question: str, text: str) -> str | None:
    """The number that answers a count question ("how much did i pay for the jacket" ->
    "12" in "green carhartt for 12 bucks", "what was my 800 pr" -> "2:09"): the one said
    as the question asks (an age, a price), else the only number the question does not
    already hold; None when that is unclear (two of them, or a date)."""
    q, low = question.lower(), text.lower()
    asked = set(_AMOUNT.findall(q))
    found = [m.group(0) for m in _AMOUNT.finditer(low)
             if m.group(0) not in asked and not _NOT_AMOUNT.match(low, m.end())
             and not _AS_IF.search(low[:m.start()])]
    if goal := _GOAL.search(low):  # "got 176 so far out of 300": saved, and the price
        if re.search(r"\b(?:save|saved|saving|have|got|so far)\b", q):
            return goal.group(1)
        if re.search(r"\b(?:cost|costs|price|was|is|need|goal)\b", q):
            return goal.group(2)
    plain = {n.lstrip("$£€"): n for n in found}
    fits = list(dict.fromkeys(plain[n.lstrip("$£€")] for n in _fitting(q, low)
                              if n.lstrip("$£€") in plain))
    if len(fits) > 1:  # "the guy wants $3,200 and i have like $1,900": the one asked of;
        # "$30 for a fade and $20 for kids": the one before "for kids"
        fits = [n for n in fits if stems(" ".join(low[:low.find(n)].split()[-2:] +
                                                   _said_after(low[low.find(n) + len(n):]))) &
                (stems(q) - FRAME)] or fits
    if len(fits) > 1:  # "hes 17 too bea plays bass shes 16", asked of bea: the one after her
        at = [m.start() for w in set(re.findall(r"[a-z]{3,}", q)) - FRAME
              if is_first_name(w) and (m := re.search(rf"\b{w}\b", low))] or [
            m.start() for w in set(re.findall(r"[a-z]{4,}", q)) - FRAME - _ASKING
            if _UNITS[0][0].search(q) and (m := re.search(rf"\b{w}\b", low))]  # "how old
        # are the twins": "sam whos 15, and the twins ella and june who are 11" -> 11 (round 59)
        after = [n for n in fits if at and low.find(n, min(at)) > min(at)]
        fits = after[:1] or fits
    if fits:
        return _with_unit(fits[0], low) if len(fits) == 1 else None
    if _UNITS[0][0].search(q):
        return None  # an age said plainly or not at all: "two boys" is no age
    return _with_unit(found[0], low) if len(set(found)) == 1 else None


_ASKING = frozenset("remember again said tell told know what when old many much does".split())
_GOAL = re.compile(r"([$£€]?\d[\d,]*)\s*(?:so far|saved)\s*(?:out of|outta|of)\s+(?:the\s+)?"
                   r"([$£€]?\d[\d,]*)")
_UNIT = re.compile(r" ?(hours?|hrs?|minutes?|mins?|years?|months?|weeks?|days?|miles?|km|"
                   r"dollars|bucks|quid|pounds?|lbs|kg|feet|ft|inches|gallons?|laps?|goals?|"
                   r"points?|pts|followers|subs|subscribers|percent|%)\b")


def so_far(text: str) -> bool:
    """``text`` says a sum reached toward a goal ("got 176 so far out of 300")."""
    return bool(_GOAL.search(text.lower()))


def _with_unit(number: str, low: str) -> str:
    """The number with the unit said after it ("5 hours", "12 bucks")."""
    at = low.find(number)
    unit = _UNIT.match(low, at + len(number)) if at >= 0 else None
    return number + unit.group(0) if unit else number


_PLACED_AMOUNT = re.compile(r"[$£€]?\d+(?:[.:]\d+)?(?:st|nd|rd|th|m|km)?\b")


def placed_only(text: str) -> bool:
    """The clause's numbers are a placing and distances ("came 2nd in 100m backstroke"):
    no time, score or amount."""
    found = _PLACED_AMOUNT.findall(text)
    placed = re.search(r"\b(?:came|come|finished|placed|got|ended up)\s+\d+(?:st|nd|rd|th)\b",
                       text)
    return bool(placed) and all(re.search(r"(?:st|nd|rd|th|m|km)$", n) for n in found)


#: a question after a value as it was first told: "what my old record was", "how many subs
#: we had when i first told u" (round 40 answered both with the newest value)
EARLIER = re.compile(r"\b(?:old|previous|original) (?:record|score|pb|pr|best|high ?score|"
                     r"number|price|time|count|total)\b|"
                     r"\bwhen i first (?:told|said|started|mentioned)\b|"
                     r"\bused to (?:be|have|get)\b|\bbefore i (?:beat|broke)\b")
_DIGITS = re.compile(r"\d")
_NEW_ONE = re.compile(r"\bnew (?:record|pb|pr|best|high ?score)\b|"
                      r"\b(?:i|we|finally|just) beat (?:it|my)\b|"
                      r"\bnow\b|\bat \d+\b|\bup to\b")


def newest_value(question: str, best: tuple[float, Said], scored: list[tuple[float, Said]],
                 topic: set[str], slack: float = 1.5) -> tuple[float, Said]:
    """Of the clauses scored near the best (within ``slack``) that tell a number of the
    asked thing (a word of ``topic`` they share with the best), the newest, when the
    question asks the count as it is ("how many subs do we have": "we're at 96 subs", not
    "we have 87 subscribers" told before it); ``best`` for a value as it first was."""
    if EARLIER.search(question.lower()) or not _DIGITS.search(best[1].text) or best[1].fact:
        return best
    key = topic & stems(best[1].text)
    base = next((score for score, s in scored if s is best[1]), best[0])  # (before similarity)
    near = [(score, s) for score, s in scored if score >= base - slack and not s.fact
            and key and _counts_it(s.text, key)]
    newest = max(near, key=lambda x: x[1].order, default=best)
    return newest if newest[1].order > best[1].order else best


def _counts_it(text: str, key: set[str]) -> bool:
    """``text`` says a number of the asked thing, within two words of it ("we're at 96 subs";
    not "my sister carla 17 ... if i practice")."""
    words = re.findall(r"[a-z]+|\d[\d,.]*", text.lower())
    numbers = [i for i, w in enumerate(words) if w[0].isdigit()]
    named = [i for i, w in enumerate(words) if stems(w) & key]
    return any(0 < j - i <= 2 for i in numbers for j in named)


#: words that name a best: "my highest score ever is 412" is the record asked
_BEST = re.compile(r"\b(?:record|highest|high ?score|best|pb|pr|personal best)\b")


def earlier_value(question: str, best: tuple[float, Said], scored: list[tuple[float, Said]],
                  said: Sequence[Said], topic: set[str], slack: float = 1.5
                  ) -> tuple[float, Said]:
    """Of the clauses that score near the best (within ``slack``) or name the asked thing
    (a word of ``topic``, or any word of a best when a record is asked) and tell a number,
    the one told first, when the question asks for a value as it first was (``EARLIER``);
    else ``best``. A clause that says the value is new ("a new record", "now") is not it."""
    low = question.lower()
    if not EARLIER.search(low) or not _DIGITS.search(best[1].text):
        return best
    record = bool(_BEST.search(low))

    def shared(text: str, of: set[str]) -> set[str]:
        words = set(re.findall(r"[a-z]{3,}", text.lower()))
        return {t for t in of if len(t) >= 3 and any(w.startswith(t[:4]) for w in words)}

    # the asked words the best answer holds ("sub" of "we're at 96 subs", not "channel")
    key = shared(best[1].text, topic - {"first", "old", "time"}) or topic

    def names(text: str) -> bool:
        return record and bool(_BEST.search(text.lower())) or bool(shared(text, key))

    near = [(score, s) for score, s in scored if score >= best[0] - slack and names(s.text)]
    near += [(best[0], s) for s in said if names(s.text)]
    near = [(score, s) for score, s in near if not s.fact and _DIGITS.search(s.text)
            and not _NEW_ONE.search(s.text.lower())]
    return min(near, key=lambda x: x[1].order) if near else best
