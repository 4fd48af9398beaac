"""Which words before or after a date name its plan, when a sentence holds more than one
clause: the clause the date ends ("... which sucks cuz i have a history paper due
wednesday": the paper, not the shifts told before it), or what comes right after a date
that opens its clause ("thursday is the dentist", "and next saturday im running the wok
station", "said im starting thursday against westfield").

Contract: ``nearest_plan(before, day) -> name | None`` and ``named_after_date(own, after)
-> name | None``; pure text, read by the extractor (``extractor._events``) beside the
parse. Split out of ``extractor`` (session 39).
"""

from __future__ import annotations

import re

from amity.nlp.facts.events import doing_after, event_phrase, named_after

__all__ = ["named_after_date", "nearest_plan"]


def nearest_plan(before: str, day: str) -> str | None:
    """The plan named in the clause the date ends, after a "because" or a "which" ("my
    shifts are tues thurs and sat ... which sucks cuz i have a history paper due wednesday":
    the paper, not the shifts), unless the plan read in all before the date says it more
    fully ("trip to lake tahoe", not "trip"); else that plan."""
    whole = event_phrase(f"{before} {day}")
    last = _CLAUSE_CUT.split(before)[-1]
    near = event_phrase(f"{last} {day}") if last.strip() and last != before else None
    return near if near and not (whole and near.lower() in whole.lower()) else whole


def named_after_date(own: str, after: str) -> str | None:
    """The plan named right after a date that opens its clause (``own``: the sentence's
    words before the date since the date before it): "thursday is the dentist", "... and
    next saturday im running the wok station" (not "my recital is saturday im performing")."""
    if _OPENS.fullmatch(own.lower()):
        return doing_after(after) or named_after(after)
    if _VERDICT.search(own.lower()) and (named := named_after(after)):
        return named  # "the worst part is this saturday is our family photo day": the day
    if (versus := _VERSUS.match(after.lower())) and not event_phrase(
            _CLAUSE_CUT.split(own)[-1]):  # "coach ... said im starting on the mound thursday
        return f"game against {versus.group(1)}"  # against westfield": the game
    return doing_after(after) if _CLAUSE_OPEN.search(own.lower()) else None


_VERSUS = re.compile(r"\s*(?:against|vs\.?|versus)\s+((?:the\s+)?[a-z'.-]+(?:\s+(?!and\b|but\b|"
                     r"so\b|at\b|on\b|in\b|bc\b)[a-z'-]+)?)")


#: what may open a sentence before its date: "ok so thursday is the dentist"
_OPENS = re.compile(r"\W*(?:(?:ok|okay|so|and|also|oh|wait|but|plus|then|no|nvm|btw|"
                    r"actually|anyway)\W+)*(?:on\s+)?")
#: a verdict that opens the words before a date: "and the worst part is this saturday is ..."
_VERDICT = re.compile(r"\b(?:worst|best|funniest|scariest|craziest|weirdest|hardest|worse|"
                      r"better|sad|annoying|funny|crazy|weird|good|bad) (?:part|thing|news) "
                      r"(?:is|was)\s+(?:that\s+)?(?:on\s+)?$")
_CLAUSE_OPEN = re.compile(r"(?:\b(?:and|then|also|so|but|plus)|[,;.!])\s*$")
#: where a clause of its own begins: "... which sucks cuz i have ..." (not at a comma: "the
#: show is at the gallery, opening night is the 13th" is the show's)
_CLAUSE_CUT = re.compile(r"\b(?:cuz|cause|because|bc|which|said|says)\s")
