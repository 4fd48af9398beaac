"""The worry itself, said back: nerves met by naming what they are about.

Contract: ``worry(turn, lines)`` is a skill (``Voice.propose``). An anxious message that
says what it fears gets the team's lines with the fear in the teen's own words, in the
second person:

- a first time ("next tuesday is my first time running the register by myself and im kinda
  freaking out": ``worry_first``, "{first}": "your first time running the register by
  yourself");
- a fear of a thing ("im lowkey scared of heights", "so nervous about the audition":
  ``worry_thing``, "{thing}": "heights", "the audition");
- a fear said as what might happen ("ngl kinda nervous the ice is gonna crack under me",
  "what if everyone thinks its cringe": ``worry_clause``, "{clause}": "the ice is gonna
  crack under you").

Rounds 50-57 met these with "being worried about it makes total sense. what would help you
feel a bit more ready?" (``skill:comfort``: SSA 0.36 over 68 turns): kind, but it would fit
any worry. Nothing is offered for a question, someone else's fear (``comforts``), grave news or
a worry with weight (a sick pet, a fight at home: comfort's care), "it" alone, or a fear too
long to say back (over 8 words). Pure functions over the message.
"""

from __future__ import annotations

import re

from .comforts import _GRAVE, _THEIR_FEAR, _THEIRS
from .lines import Lines
from .moments import PRIOR, lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

_AFRAID = (r"(?:nervous|scared|worried|terrified|freaking out|panicking|stressed|anxious|"
           r"afraid)")
_FIRST = re.compile(r"\b(?:my|our) (?P<first>first (?:time|day|shift|game|race|show|class|lesson|"
                    r"meet|recital)\b(?: (?!and\b|but\b|so\b|tho\b)[a-z']+){0,6})", re.I)
_THING = re.compile(rf"\b{_AFRAID} (?:of|about|for) (?P<thing>(?:the |my |our |a |an )?[a-z']+"
                    rf"(?: (?!and\b|but\b|so\b|tho\b|lol\b|lmao\b|which\b)[a-z']+){{0,4}})",
                    re.I)
_CLAUSE = re.compile(rf"\b(?:{_AFRAID}(?: that)?|what if) (?P<clause>(?:the|my|i|it|he|she|they|"
                     rf"we|everyone|everybody|people|ppl|nobody|theres|there's|ill|i'll|im|"
                     rf"i'm)\b"
                     rf"(?: (?!and\b|but\b|so\b|tho\b|lol\b|lmao\b)[a-z0-9']+){{2,8}})", re.I)
#: words a fear said back must not end on: it is cut, not finished
_CUT = frozenset("the a an my our to of in on at with and but or is are was be like even "
                 "though".split())
#: a fear for someone ("nervous for her even tho she already passed"): theirs, not a thing
_PERSON = frozenset("her him them me you u us his their".split())
#: no thing named: "im nervous about it"
_NOTHING = frozenset("it that this them him her everything stuff things anything".split())
#: a worry with real weight ("im scared my dog is sick"): comfort's, never "it almost never
#: goes that way"
_WEIGHTY = re.compile(r"\b(?:sick|ill|hurt|vet|doctor|er|hospital|cancer|lump|divorc\w*|fight\w*|"
                      r"fought|yell\w*|kicked out|evict\w*|money|rent|bills|police|cops|lost|"
                      r"missing|pregnant|drunk|drink\w*|high|drugs|hit|abus\w*|hate me|hates me|"
                      r"bully\w*|alone)\b", re.I)
_SUNNY = re.compile(r"\b(?:u|you|ur|your|sunny)\b", re.I)


def _said(found: re.Match[str] | None, group: str) -> str | None:
    if found is None:
        return None
    words = found.group(group).lower().split()
    while words and words[-1] in _CUT:
        words.pop()
    if not words or _SUNNY.search(" ".join(words)) or " ".join(words) in _NOTHING or \
            group == "thing" and words[0] in _PERSON:
        return None
    said = second_person(" ".join(words)).replace("theres ", "there's ")
    return re.sub(r"^(?:ill|i'll) ", "you'll ", re.sub(r"^(?:im|i'm) ", "you're ", said))


def worry(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if turn.mood != "anxious" or "?" in text or _GRAVE.search(text) or \
            _THEIR_FEAR.search(text) or _THEIRS.search(text) or _WEIGHTY.search(text):
        return []
    low = text.lower()
    if (first := _said(_FIRST.search(low), "first")) and re.search(_AFRAID, low):
        return lines_for(lines, "worry_first", turn, PRIOR, "anxious", {"first": f"your {first}"})
    if (clause := _said(_CLAUSE.search(low), "clause")) and len(clause.split()) >= 3:
        return lines_for(lines, "worry_clause", turn, PRIOR, "anxious", {"clause": clause})
    if thing := _said(_THING.search(low), "thing"):
        return lines_for(lines, "worry_thing", turn, PRIOR, "anxious", {"thing": thing})
    return []
