"""The content words of a text, as retrieval compares them: lower case, no stopwords.

``query_terms`` feeds the full-text query and the word overlaps of ``amity.memory.index``,
the salience of summary sentences (``amity.memory.episodes``) and the turn prior
(``amity.memory.prior``). Pure functions.
"""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    "a an the and or but if of at by for with about to from in on off out over under again "
    "then once here there when where why how what which who whom this that these those am is "
    "are was were be been being have has had having do does did doing i me my myself we our "
    "you your he him his she her it its they them their what's i'm im it's don't didn't "
    "can could would should will just so than too very s t not no nor only own same".split()
)
WORD = re.compile(r"[a-z0-9]+")


def query_terms(text_: str, limit: int = 24) -> list[str]:
    """Content words of a query, in order, without duplicates."""
    seen: dict[str, None] = {}
    for word in WORD.findall(text_.lower()):
        if word not in STOPWORDS and len(word) > 1:
            seen.setdefault(word, None)
    return list(seen)[:limit]


def stem(word: str) -> str:
    """A crude stem (the first five letters), enough to match "painting" with "paints"."""
    return word[:5] if len(word) > 5 else word
