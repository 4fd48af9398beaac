"""The plan a dated sentence names by its words, with the messages before it as a last resort.

Contract: ``plan_by_words(said, context, earlier, when, upto)`` is ``events.event_phrase`` of
the sentence alone, or, when that names nothing, of its words up to the date read with the
messages before it (a pointer: "due tomorrow thank god" after the history project). A
pointer after the date ("shes so dramatic about it") and a date as vague as "next year"
name no plan told before. Pure functions over strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from amity.nlp.facts.events import event_phrase

#: a date too vague for a plan a pointer names ("i picked it for next year")
_VAGUE_DATE = re.compile(r"\b(?:next|this) (?:year|month|semester)\b", re.I)


def plan_by_words(said: str, context: Sequence[str], earlier: str, when: str,
                  upto: int) -> str | None:
    """The plan ``said`` names by words (``event_phrase``), or else by the messages before
    it as its words up to the date (``upto``) point at one: "due tomorrow thank god" after
    the history project; not "kira gets her wisdom teeth out wednesday, shes so dramatic
    about it" (her teeth, not the competition told before); none for a date ``when`` as
    vague as "next year" ("i picked it for next year")."""
    own = event_phrase(said, (), earlier)
    if own or _VAGUE_DATE.search(when):
        return own
    return event_phrase(said[:upto], context, earlier)
