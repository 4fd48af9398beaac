"""Which remembered turns are worth finding, whatever the question: a prior for retrieval.

A turn item (``amity.memory.episodes.turn_windows``: ``[date] Speaker: text``, then
``(around it: ...)``, the lines before and after it) is read for what kind of turn it is:
turns that tell something get asked about later, turns that only react or ask rarely do.
``read_turn(item_text)`` gives the speaker and ``turn_prior``, which adds up, in log-odds:

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
leave turns as a whole where they stood against facts and episodes. The words are those of
the turn's first line (the item's head), which the index has split already; reading a turn
costs a few microseconds. Pure functions; they know nothing about storage or about how the
index weighs them.
"""

from __future__ import annotations

import string
from typing import NamedTuple

from .terms import STOPWORDS, WORD

ANSWERS = 1.25
SAYS_WHEN = 1.86
LENGTH = 1.42
LENGTH_WORDS = 20
ASKS = -0.54
ABOUT_YOU = -1.01
TYPICAL = 1.0

_WINDOW = "\n(around it: "
_WHEN = frozenset(
    "yesterday today tonight tomorrow ago since recently monday tuesday wednesday thursday "
    "friday saturday sunday january february march april june july august september october "
    "november december".split())
_SEASON = frozenset("week weekend month year summer".split())
_WHEN_AFTER = {"last": _SEASON | frozenset("night time fall autumn winter spring mon tue tues wed "
                                            "thu thur thurs fri sat sun".split()),
               "next": _SEASON, "this": _SEASON}
_YEARS = frozenset(str(year) for year in range(1900, 2100))
_LETTERS = frozenset(string.ascii_lowercase + string.digits)
_SELF = frozenset("i im my me mine we our us".split())
_YOU = frozenset(("you", "your"))


class TurnText(NamedTuple):
    """A turn item taken apart: who spoke, what they said (its first line) and the line
    before it in the window."""

    speaker: str
    text: str
    before: str


def parse(item_text: str) -> TurnText:
    head, _, window = item_text.partition(_WINDOW)
    head = head.split("\n", 1)[0]
    if not head.startswith("[") or (close := head.find("] ")) < 0:
        return TurnText("", head, "")
    own = head[close + 2:]
    speaker, text = _split_speaker(own)
    at = window.find(own) if window else -1
    before = ""
    if at > 3 and window.startswith(" / ", at - 3):
        start = window.rfind(" / ", 0, at - 3)
        before = _split_speaker(window[start + 3 if start >= 0 else 0: at - 3])[1]
    return TurnText(speaker, text, before)


def _split_speaker(line: str) -> tuple[str, str]:
    """("Name", "what they said") of "Name: what they said"; ("", line) without a name."""
    colon = line.find(": ")
    if 0 < colon <= 40 and "/" not in line[:colon]:
        return line[:colon], line[colon + 2:]
    return "", line


def says_when(words: list[str], unique: set[str]) -> bool:
    """Whether lower-case ``words`` (and their set) say when: "yesterday", "last week", "in
    2019", "Friday"."""
    if not (_WHEN.isdisjoint(unique) and _YEARS.isdisjoint(unique)):
        return True
    if _WHEN_AFTER.keys().isdisjoint(unique):
        return False
    return any(words[i + 1] in _WHEN_AFTER[word] for i, word in enumerate(words[:-1])
               if word in _WHEN_AFTER)


def turn_prior(turn: TurnText, words: list[str] | None = None) -> float:
    """The log-odds (less a constant) that a turn is what some later question is about;
    ``words``: the lower-case words of ``turn.text``, if the caller has them."""
    text = turn.text.rstrip()
    if words is None:
        words = WORD.findall(text.lower())
    unique = set(words)
    score = LENGTH * min(1.0, len(unique.difference(STOPWORDS, _LETTERS)) / LENGTH_WORDS)
    if turn.before.rstrip().endswith("?"):
        score += ANSWERS
    if says_when(words, unique):
        score += SAYS_WHEN
    if text.endswith("?"):
        score += ASKS
    if not _YOU.isdisjoint(unique) and _SELF.isdisjoint(unique):
        score += ABOUT_YOU
    return score


def read_turn(item_text: str, head: str, head_words: list[str]) -> tuple[float, str]:
    """(``turn_prior``, speaker) of a turn item whose ``head`` (its first line) splits into
    the lower-case ``head_words``; the words of the date tag and the speaker are left out."""
    turn = parse(item_text)
    tag = WORD.findall(head[: len(head) - len(turn.text)].lower())
    return turn_prior(turn, head_words[len(tag):]), turn.speaker
