"""Training pairs for the memory reader (``amity.voice.reader``), from multi-session scripts.

Contract: ``pairs(scripts, negatives, rng, longer_negatives=None)`` turns scripts in the
conversation-memory format (``amity/evals/conversation_memory.py``) into
``Pair(query, clause, label, script)`` rows. For each recall question, every text recall
reads of the messages the user said before it is a candidate: each clause (cut the way
``amity.voice.recall.clauses_of`` cuts at run time, questions left out), each short message
whole (``recall_said.whole_of``) and each short message after the one before it in the same
session (``recall_said.pair_of``), built from ``Said`` as ``recall_said.sayings`` builds them. A
text holding one of the question's ``expect_any`` words is a positive, any other a negative
(all positives; at most ``negatives`` clause negatives and ``longer_negatives``, default
half as many, whole or pair negatives a question, the ones sharing words with the question
first). A never-told question (``unknown``) gives negatives only, so the reader learns that
nothing may answer. ``contrasts`` adds, for a few positives, the same text with the answer
cut out as a negative ("my dog pickle is sleeping" -> "my dog is sleeping" for "whats my
dogs name": on topic, but the detail is not there) and the same text with another word
dropped as a positive (so a cut alone is no sign of a negative). The query is
``amity.voice.reader.query`` with the message before as context only when it asked
something, as ``recall._read`` builds it; ``asked_in(script)`` walks a script's questions with
that query and the turns before each (``span_data`` walks them too). Torch-free; used by
``training/train_reader.py``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amity.voice.reader import query
from amity.voice.recall_said import Said, _clauses, _statements, asks, pair_of, whole_of


@dataclass(frozen=True)
class Pair:
    query: str
    clause: str
    label: float
    script: str


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def _holds(clause: str, expect: Iterable[str]) -> bool:
    low = f" {clause.lower()} "
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w.lower())}", low) for w in expect)


def _asked(script: dict[str, Any]) -> list[tuple[int, int, list[str]]]:
    out = [(q["session"], q["turn"], q["expect_any"]) for q in script.get("questions", [])]
    out += [(u["session"], u["turn"], []) for u in script.get("unknown", [])]
    return out


def asked_in(script: dict[str, Any]
             ) -> Iterator[tuple[str, str, list[tuple[int, int, str]], list[str]]]:
    """Each question a script asks (recall questions, then never-told ones): the query the
    readers are given (the question, after the message before when that one asks too, as
    ``recall._read``), the question as said, the (session, turn, text) turns before it, and
    the strings a right answer holds (none for a never-told one)."""
    turns = [(s, t, text) for s, sess in enumerate(script["sessions"])
             for t, text in enumerate(sess["turns"])]
    for session, turn, expect in _asked(script):
        at = next(i for i, (s, t, _) in enumerate(turns) if (s, t) == (session, turn))
        question = turns[at][2]
        previous = turns[at - 1][2] if at else ""
        yield query(question, previous if asks(previous) else ""), question, turns[:at], expect


def _texts(turns: list[tuple[int, int, str]]) -> Iterable[tuple[str, str]]:
    """("clause" | "whole" | "pair", text) for every text recall reads of these messages:
    each clause (``clauses_of``), the short message whole (``recall_said.whole_of``) and after the
    message before it in the same session (``recall_said.pair_of``), built from ``Said`` the way
    ``recall_said.sayings`` builds them."""
    for i, (session, _, text) in enumerate(turns):
        line = _statements(text)
        prev = turns[i - 1] if i else None
        before = _statements(prev[2]) if prev and prev[0] == session else ""
        said = [Said(c, text, float(i), line=line, before=before) for c in _clauses(line)]
        yield from (("clause", s.text) for s in said)
        if said:
            yield from ((k, t) for k, t in (("whole", whole_of(said[0])),
                                              ("pair", pair_of(said[0]))) if t)


def _pick(neg: list[str], n: int, qw: set[str], rng: random.Random) -> list[str]:
    """At most ``n`` of ``neg``: half those sharing most words with the question, half
    at random."""
    rng.shuffle(neg)
    neg.sort(key=lambda c: -len(qw & _words(c)))
    half = n // 2
    return neg[:half] + rng.sample(neg[half:], min(len(neg[half:]), n - half))


def _cut(text: str, expect: Iterable[str]) -> str:
    """``text`` with every word beginning one of ``expect`` taken out."""
    for w in expect:
        text = re.sub(rf"(?<![a-z0-9]){re.escape(w.lower())}[a-z0-9']*", " ", text,
                      flags=re.IGNORECASE)
    return " ".join(text.split())


def contrasts(query: str, pos: list[str], expect: Iterable[str], script: str,
              rng: random.Random, n: int = 2) -> list[Pair]:
    """For at most ``n`` of the positives: the text with the answer cut out (a negative,
    when at least two words are left) and the text with one other word dropped (a
    positive)."""
    expect = list(expect)
    rows: list[Pair] = []
    for c in rng.sample(pos, min(n, len(pos))):
        cut = _cut(c, expect)
        if len(_words(cut)) >= 2 and not _holds(cut, expect):
            rows.append(Pair(query, cut, 0.0, script))
        words = c.split()
        others = [i for i, w in enumerate(words) if len(w) > 2 and not _holds(w, expect)]
        if others:
            i = rng.choice(others)
            rows.append(Pair(query, " ".join(words[:i] + words[i + 1:]), 1.0, script))
    return rows


def pairs(scripts: list[dict[str, Any]], negatives: int, rng: random.Random,
          longer_negatives: int | None = None, contrast: int = 0) -> list[Pair]:
    rows: list[Pair] = []
    for script in scripts:
        for q, question, before, expect in asked_in(script):
            seen: set[str] = set()
            pos: list[str] = []
            neg: list[str] = []
            longer: list[str] = []  # negatives read whole or after the message before
            for text in _texts(before):
                kind, c = text
                if c in seen:
                    continue
                seen.add(c)
                if expect and _holds(c, expect):
                    pos.append(c)
                else:
                    (neg if kind == "clause" else longer).append(c)
            qw = _words(question)
            chosen = _pick(neg, negatives, qw, rng)
            chosen += _pick(longer, negatives // 2 if longer_negatives is None
                            else longer_negatives, qw, rng)
            rows += [Pair(q, c, 1.0, script["id"]) for c in pos]
            rows += [Pair(q, c, 0.0, script["id"]) for c in chosen]
            if contrast:
                rows += contrasts(q, pos, expect, script["id"], rng, contrast)
    return rows


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in paths:
        out += json.loads(Path(p).read_text(encoding="utf-8"))
    return out
