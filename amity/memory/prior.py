"""Which remembered turns are worth finding, whatever the question: a prior for retrieval.

A turn item (``amity.memory.episodes.turn_windows``: ``[date] Speaker: text``, then
``(around it: ...)``, the lines before and after it) is read for what kind of turn it is:
turns that tell something get asked about later, turns that only react or ask rarely do.
``turn_prior(TurnText.parse(item_text))`` adds up, in log-odds:

- it answers a question (the line before it ends with "?"): +1.25
- it says when (yesterday, last week, two days ago, a weekday, a month, a year): +1.86
- its length: up to +1.42, reached at 20 content words
- it asks (ends with "?"): -0.54
- it is about "you" and not about the speaker ("you're so sweet!"): -1.01

Weights: a logistic regression of which turns of LoCoMo conversations 1-3 are the evidence
of some question, on these features alone (no question at all): AUC 0.84 (the base rate is
23%; turns with a time word 71%, answers 48%, "you"-only turns 6%). A provisional turn
(``[date] text``, no window) is read the same, with no line before it. ``TYPICAL`` is the
mean over LoCoMo's turns (1.07), so the index can add the prior's difference from it and
leave turns as a whole where they stood against facts and episodes.
``TurnText.speaker`` is the name before the turn's colon, if there is one. Pure functions;
they know nothing about storage or about how the index weighs them.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from .terms import STOPWORDS, WORD

ANSWERS = 1.25
SAYS_WHEN = 1.86
LENGTH = 1.42
LENGTH_WORDS = 20
ASKS = -0.54
ABOUT_YOU = -1.01
TYPICAL = 1.0

_HEAD = re.compile(r"\[[^\]\n]*\] (?:(?P<speaker>[^:\n/]{1,40}): )?(?P<text>[^\n]*)")
_WINDOW = "\n(around it: "
_SPEAKER = re.compile(r"^[^:\n/]{1,40}: ")
_WHEN = frozenset(
    "yesterday today tonight tomorrow ago since recently monday tuesday wednesday thursday "
    "friday saturday sunday january february march april june july august september october "
    "november december".split())
_SEASON = frozenset("week weekend month year summer".split())
_WHEN_AFTER = {"last": _SEASON | frozenset("night time fall autumn winter spring mon tue tues wed "
                                            "thu thur thurs fri sat sun".split()),
               "next": _SEASON, "this": _SEASON}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LETTERS = frozenset(string.ascii_lowercase + string.digits)
_SELF = frozenset("i im my me mine we our us".split())
_YOU = frozenset(("you", "your"))


@dataclass(frozen=True)
class TurnText:
    """A turn item taken apart: who spoke, what they said, and the line before it."""

    speaker: str
    text: str
    before: str

    @classmethod
    def parse(cls, item_text: str) -> TurnText:
        head, _, window = item_text.partition(_WINDOW)
        m = _HEAD.match(head)
        if m is None:
            return cls("", head, "")
        speaker, text = m.group("speaker") or "", m.group("text")
        own = f"{speaker}: {text}" if speaker else text
        at = window.find(own) if window else -1
        before = ""
        if at > 0 and window[:at].endswith(" / "):
            before = _SPEAKER.sub("", window[: at - 3].rsplit(" / ", 1)[-1])
        return cls(speaker, text, before)


def says_when(words: list[str], unique: set[str], lower: str) -> bool:
    """Whether a text (lower case, its words, their set) says when: "yesterday", "last
    week", "in 2019", "Friday"."""
    if not _WHEN.isdisjoint(unique) or _YEAR.search(lower):
        return True
    if _WHEN_AFTER.keys().isdisjoint(unique):
        return False
    return any(words[i + 1] in _WHEN_AFTER[word] for i, word in enumerate(words[:-1])
               if word in _WHEN_AFTER)


def turn_prior(turn: TurnText) -> float:
    """The log-odds (less a constant) that a turn is what some later question is about."""
    text = turn.text.strip()
    lower = text.lower()
    words = WORD.findall(lower)
    unique = set(words)
    score = LENGTH * min(1.0, len(unique.difference(STOPWORDS, _LETTERS)) / LENGTH_WORDS)
    if turn.before.rstrip().endswith("?"):
        score += ANSWERS
    if says_when(words, unique, lower):
        score += SAYS_WHEN
    if text.endswith("?"):
        score += ASKS
    if not _YOU.isdisjoint(unique) and _SELF.isdisjoint(unique):
        score += ABOUT_YOU
    return score
