"""The plan a dated sentence names by its words, with the messages before it as a last resort.

Contract: ``plan_by_words(said, context, earlier, when, upto)`` is ``events.event_phrase`` of
the sentence alone, or, when that names nothing, of its words up to the date read with the
messages before it (a pointer: "due tomorrow thank god" after the history project). A
pointer after the date ("shes so dramatic about it") and a date as vague as "next year"
name no plan told before. ``POINTS_BACK`` (words before a date that name no plan) with
``named_plan(sentence)`` says when the sentence before names it ("the game jam!! starts
friday"); ``LIGHT_ONLY`` and ``LIGHT_THING`` put right a plan parsed as a light verb ("we get
a puppy saturday!!": the puppy). Pure functions over strings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from amity.nlp.facts.events import event_phrase
from amity.nlp.facts.lexicon import EVENT_NOUNS

#: words before a date that name no plan and point at the sentence before ("the recital!!
#: its friday at 6", "the game jam!! starts friday")
POINTS_BACK = re.compile(r"\s*(?:and\s+|so\s+)?(?:(?:it|its|it's|thats|that's)\s*(?:is\s+)?"
                          r"(?:on\s+)?|(?:it\s+)?(?:starts|begins|kicks off|is on|happens)"
                          r"(?:\s+on)?)\s*", re.I)
_LIKED = re.compile(r"\b(?:love|loved|like|liked|hate|obsessed|watch|watching|binge\w*)\b", re.I)


def named_plan(text: str) -> bool:
    """A sentence that names a plan ("the game jam!!"), not one that likes a show."""
    return any(w in EVENT_NOUNS for w in re.findall(r"[a-z]+", text.lower())) and \
        not _LIKED.search(text)


#: a light verb alone is no plan's name (a misparse)
LIGHT_ONLY = frozenset("get got getting have has having go going do doing be".split())
LIGHT_THING = re.compile(r"\b(?:get|getting|have|having|pick up|picking up|adopt|adopting)\s+"
                          r"(?:a|an|our|my|the)\s+((?:new\s+)?[a-z]+)\s+$", re.I)


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
