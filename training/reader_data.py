"""Training pairs for the memory reader (``amity.voice.reader``), from multi-session scripts.

Contract: ``pairs(scripts, negatives, rng)`` turns scripts in the conversation-memory format
(``amity/evals/conversation_memory.py``) into ``Pair(query, clause, label, script)`` rows.
For each recall question, every clause the user said before it (cut the way
``amity.voice.recall.clauses_of`` cuts at run time, questions left out) is a candidate;
a clause holding one of the question's ``expect_any`` words is a positive, any other a
negative (all positives and at most ``negatives`` negatives a question, the ones sharing
words with the question first). A never-told question (``unknown``) gives negatives only,
so the reader learns that nothing may answer. The query is ``amity.voice.reader.query``,
the same at run time. Torch-free; used by ``training/train_reader.py``.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from amity.voice.reader import query
from amity.voice.recall import clauses_of


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


def pairs(scripts: list[dict[str, Any]], negatives: int, rng: random.Random) -> list[Pair]:
    rows: list[Pair] = []
    for script in scripts:
        turns = [(s, t, text) for s, sess in enumerate(script["sessions"])
                 for t, text in enumerate(sess["turns"])]
        for session, turn, expect in _asked(script):
            at = next(i for i, (s, t, _) in enumerate(turns) if (s, t) == (session, turn))
            question = turns[at][2]
            previous = turns[at - 1][2] if at else ""
            q = query(question, previous)
            seen: set[str] = set()
            pos: list[str] = []
            neg: list[str] = []
            for _, _, text in turns[:at]:
                for c in clauses_of(text):
                    if c in seen:
                        continue
                    seen.add(c)
                    (pos if expect and _holds(c, expect) else neg).append(c)
            qw = _words(question)
            rng.shuffle(neg)
            neg.sort(key=lambda c: -len(qw & _words(c)))
            half = negatives // 2
            chosen = neg[:half] + rng.sample(neg[half:], min(len(neg[half:]), negatives - half))
            rows += [Pair(q, c, 1.0, script["id"]) for c in pos]
            rows += [Pair(q, c, 0.0, script["id"]) for c in chosen]
    return rows


def load(paths: Iterable[Path]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for p in paths:
        out += json.loads(Path(p).read_text(encoding="utf-8"))
    return out
