"""Names for plans said as doings, and plans no friend asks about.

Contract: ``as_noun(event)`` names a plan said by what happens as a thing a friend asks
about ("flies in from manila" -> "flight in from manila", "graduates from the police
academy" -> "graduation from the police academy", "starts" -> "first day", "getting knee
surgery" -> "knee surgery", "comes" after "we ordered a new couch" -> "new couch delivery");
any other name comes back as it is. ``ordered_thing(texts)``
is the thing last ordered or bought in the first of ``texts`` that tells one (what "it
comes thursday" points at). ``not_asked_of(event, sentence)`` says a plan is no one's to ask
about. Pure functions over strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: a thing ordered or bought, what "it comes thursday" points at ("we ordered a motion camera")
_ORDERED = re.compile(r"\b(?:ordered|order|bought|buy|got)\s+(?:us |him |her |me )?"
                      r"(?:a|an|the|my|our|one of (?:those|these|the))"
                      r"\s+((?:[a-z'-]+ )?[a-z'-]+?)(?=\s*(?:[,.!?;]|$| online| off| for| from"
                      r"| and| it| so| that| which| yesterday| today| last))")


def ordered_thing(texts: Iterable[str]) -> str | None:
    """The thing last ordered or bought in the first text that tells one ("we ordered one
    of those motion cameras" -> "motion cameras"), or None."""
    for text in texts:
        found = list(_ORDERED.finditer(text.lower()))
        if found:
            return found[-1].group(1)
    return None


_BACK = frozenset(["come back", "coming back", "comes back", "get back", "getting back", "back"])
_ARRIVING = frozenset(["comes", "come", "arrives", "arrive", "gets here", "ships"])
#: a plan said as a doing, and its name as a thing
_AS_NOUN = [
    (re.compile(r"^(?:is |are |was )?(?:fly|flies|flying)\b(?P<rest>(?: (?:in|home|back|out|over"
                r"|down|up))?(?: (?:from|to) [a-z' ]+)?)$"), "flight{rest}"),
    (re.compile(r"^.*?\bgraduat(?:es|ing|e)\b(?P<rest>(?: from (?:the |his |her )?[a-z' ]+)?)$"),
     "graduation{rest}"),
    (re.compile(r"^(?:starts|starting|start)(?: (?:at|with) (?P<rest>(?:the |a )?[a-z' ]+))?$"),
     "first day at {rest}"),
    (re.compile(r"^(?:starts|starting|start) (?:his |her |their |my |a |the )?new "
                r"(?P<rest>job|school|class)$"), "first day at the new {rest}"),
    (re.compile(r"^(?:becomes|becoming|become) (?:a |an )?(?:us |american )?citizen$"),
     "citizenship ceremony"),
    (re.compile(r"^(?:gets|getting|get|has|having) (?:his |her |their |my )?(?P<rest>[a-z]+ "
                r"surgery)$"), "{rest}"),
    (re.compile(r"^(?:gets |getting |get )?(?:his |her |their |my )?wisdom teeth(?: out| "
                r"removed| pulled)?$"), "wisdom teeth surgery"),
]


def as_noun(event: str, told: Iterable[str] = ()) -> str:
    """``event`` named as a thing (see the module doc), or itself; a bare "comes" is the
    delivery of the thing last ordered in ``told`` (the message, then the ones before)."""
    low = event.lower().strip()
    if low in _BACK:
        return ""  # "we leave thursday and come back sunday night": the trip's end, no plan
    if low in _ARRIVING:
        thing = ordered_thing(told)
        return f"{thing} delivery" if thing else event
    for pattern, name in _AS_NOUN:
        m = pattern.match(low)
        if m:
            rest = (m.groupdict().get("rest") or "").strip()
            if "{rest}" in name and name.startswith("first day at") and not rest:
                return "first day"
            return name.format(rest=(" " + rest if name.startswith(("flight", "graduation"))
                                     and rest else rest)).strip()
    return event


#: someone else's work: "he has to work saturday", "my dad is working"
_THEIR_WORK = re.compile(r"\b(?:he|she|they|dad|mom|mum|brother|sister|aunt|uncle)\s+(?:has|have|"
                         r"had|is|was)?\s*(?:to\s+)?work(?:s|ing)?\b", re.I)


def not_asked_of(event: str, sentence: str) -> bool:
    """A plan the teen is not asked about: someone else's work ("he has to work saturday"),
    a wish said as hyperbole ("i could sleep for a week"), a task done ("all my homework
    is done for once"). Read in the sentence's first line."""
    said, low = sentence.split("\n", 1)[0], event.lower()
    if low == "work" and _THEIR_WORK.search(said):
        return True
    verb = re.match(r"(sleep|eat|cry|scream|die|dance|live)\b", low)
    if verb and re.search(rf"\bi could (?:\w+ )?{verb.group(1)}\b", said, re.I):
        return True
    done = re.fullmatch(r"(?:all |my |your |our )*(\w+)", low)
    return bool(done and re.search(rf"\b{done.group(1)} (?:is|are|was|were) (?:all |finally )?"
                                   r"(?:done|finished|over)\b", said, re.I))
