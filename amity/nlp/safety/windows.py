"""Sentence windows of a long message: how the classifier reads risk buried in a story.

Contract: ``windows(text) -> list[(start, end)]``, character spans of overlapping windows of
``SIZE`` consecutive sentences (stride 1), for a message of at least ``MIN_WORDS`` words;
``[]`` for a shorter one (the whole message is read as it is). A "sentence" ends at ``.``,
``!``, ``?`` or a line break; a run-on sentence longer than ``PIECE`` words is cut into
pieces of ``PIECE`` words, so a post typed without full stops is still read in parts. At
most ``MAX_WINDOWS`` windows (one more at worst): a longer post gets wider windows with a
longer stride that still leave no gaps, so every sentence is inside some window. Each
span lies within ``text`` and starts and ends on non-space characters.

The same function cuts the training posts (``training/train_safety.py``) and the messages
at run time (``checker``), so the classifier sees windows of one shape in both. Knows
nothing about the classifier or the rules.
"""

from __future__ import annotations

import math
import re

from amity.nlp.safety.patterns import SENTENCE

__all__ = ["MAX_WINDOWS", "MIN_WORDS", "PIECE", "SIZE", "sentences", "windows"]

MIN_WORDS = 40
SIZE = 2
PIECE = 30
MAX_WINDOWS = 24

_WORD = re.compile(r"\S+")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` (run-ons cut into ``PIECE``-word pieces)."""
    spans: list[tuple[int, int]] = []
    for m in SENTENCE.finditer(text):
        s, e = _trim(text, m.start(), m.end())
        if s >= e:
            continue
        words = [w.span() for w in _WORD.finditer(text, s, e)]
        if len(words) <= PIECE:
            spans.append((s, e))
            continue
        n = math.ceil(len(words) / PIECE)
        size = math.ceil(len(words) / n)
        for i in range(0, len(words), size):
            piece = words[i:i + size]
            spans.append((piece[0][0], piece[-1][1]))
    return spans


def windows(text: str) -> list[tuple[int, int]]:
    """Overlapping sentence windows of a long message; ``[]`` for a short one."""
    if len(_WORD.findall(text[:20_000])) < MIN_WORDS:
        return []
    sents = sentences(text)
    if len(sents) <= SIZE:
        return [(sents[0][0], sents[-1][1])] if sents else []
    stride = max(1, math.ceil((len(sents) - SIZE) / (MAX_WINDOWS - 1)))
    size = max(SIZE, stride + 1)  # windows overlap or touch: no sentence is skipped
    last = len(sents) - size
    starts = sorted(set(range(0, last + 1, stride)) | {last})
    return [(sents[i][0], sents[i + size - 1][1]) for i in starts]
