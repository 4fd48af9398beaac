"""A small sadness said back: "kinda sad tho pop walt cant really see them anymore".

Contract: ``sad_said(turn, lines)`` is a skill (``Voice.propose``). A message in a sad mood that
names its sadness lightly and what it is about, in one clause ("kinda sad tho <clause>",
"<clause> which is kinda sad", "<clause> and its kinda sad") gets the team's lines with the
clause said back in the second person ("sad_said": "aw, it's all melting now... that's a
bummer 😕"). Round 58 met these with "sad days are so heavy. you can take your time here 💛 do
you want to talk about it?" and "that sounds like a really sad moment, and I'm listening.
want to tell me what happened?" (``skill:comfort``: SSA 0.38 over 8 turns; the story was
already told). Nothing for grave news (``comforts._GRAVE``: a loss, a hospital, a break-up),
someone else's feeling, a question, a clause that speaks of "you", or one longer than 12
words. Pure functions over the message.
"""

from __future__ import annotations

import re

from ..nlp.facts.casing import truecase
from .comforts import _CANT_COME, _ENDING, _GRAVE, _LEAVING, _MISSING
from .lines import Lines
from .moments import PRIOR, lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

_LIGHT = r"(?:kinda|lowkey|a (?:little|lil|bit)|little|lil|low ?key|ngl|honestly|so|really)"
_BEFORE = re.compile(rf"\b{_LIGHT}\s+(?:{_LIGHT}\s+)?(?:sad|bummed)\s+(?:tho|though|that|bc|"
                     rf"because|cuz)?\s*(?P<clause>[a-z][a-z' ]+)", re.I)
_AFTER = re.compile(rf"^(?:\W*(?:and|but|also|ok|so)\s+)*(?P<clause>[a-z][a-z' ]+?)\s*,?\s*(?:"
                    rf"which|and|but|so)\s+(?:its|it's|thats|that's|is)\s+(?:{_LIGHT}\s+)?"
                    rf"(?:sad|a bummer)\b", re.I)
#: where the clause ends: the next clause starts
_END = re.compile(r"\s+(?:so|and|but|bc|because|cuz|which|tho|though|ngl|lol|fr|rn)\b.*$", re.I)
_YOU = re.compile(r"\b(?:u|you|ur|your|sunny)\b", re.I)
#: chat words a clause may start with: "kinda sad ngl shes the only one..."
_FILLER = re.compile(r"^(?:(?:ngl|tbh|tho|though|honestly|lowkey|like|fr|rn)\s+)+", re.I)
_APOSTROPHES = (("cant", "can't"), ("its", "it's"), ("shes", "she's"), ("hes", "he's"),
                ("dont", "don't"), ("doesnt", "doesn't"), ("didnt", "didn't"), ("wont", "won't"),
                ("theyre", "they're"), ("isnt", "isn't"))
#: someone else's sadness ("shes kinda sad"), said of them: not the teen's to be met
_THEIRS = re.compile(r"\b(?:he|she|they|hes|shes|theyre)\s+(?:is\s+|was\s+)?(?:kinda|lowkey|so|"
                     r"really|a little)?\s*(?:sad|bummed)\b", re.I)


_COMFORTS = (_CANT_COME, _LEAVING, _MISSING, _ENDING)


def _clause(text: str) -> str | None:
    low = " ".join(text.lower().split())
    for found in (_BEFORE.search(low), _AFTER.search(low)):
        if found is None:
            continue
        clause = _END.sub("", _FILLER.sub("", found.group("clause"))).strip(" ,.")
        if 3 <= len(clause.split()) <= 12 and not _YOU.search(clause):
            said = " ".join(second_person(clause).split())
            for bare, put in _APOSTROPHES:
                said = re.sub(rf"\b{bare}\b", put, said)
            return truecase(said)  # ("Pop Walt", "Eli")
    return None


def sad_said(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if turn.mood not in ("sad", "lonely") or "?" in text or _GRAVE.search(text) or \
            _THEIRS.search(text) or any(shape.search(text) for shape in _COMFORTS):
        # (someone who can't come, leaving, missed, an ending: ``comforts``' own lines)
        return []
    if (clause := _clause(text)) is None:
        return []
    return lines_for(lines, "sad_said", turn, PRIOR, "sad", {"clause": clause})
