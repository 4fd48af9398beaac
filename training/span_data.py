"""Training rows for the answer-span reader (``amity.voice.span_reader``), from scripts.

Contract: ``rows(scripts, negatives, rng) -> list[Row]``. For each recall question of a
script in the conversation-memory format (``amity/evals/conversation_memory.py``), every
earlier user message, its questions left out (``recall_said._statements``, as
``recall_said.sayings`` keeps ``Said.line``), is a candidate. The newest candidate holding
one of the question's ``expect_any`` words is the positive, its answer the longest such word
found, widened to whole words (``Row.start``/``Row.end``, character offsets in the text);
every other candidate is a negative (``start == end == -1``: nothing here answers), at most
``negatives`` a question, half of them those sharing most words with the question. A
never-told question (``unknown``) gives negatives only, three times as many. With
``contrast``, the positive with its answer cut out is a negative too (on topic, the detail
not there: "my dog is sleeping" for "whats my dogs name"). The query is
``amity.voice.reader.query`` with the message before as context only when it asked
something, as recall builds it. Torch-free; used by ``training/train_span.py``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Any

from reader_data import asked_in

from amity.voice.recall_said import _statements


@dataclass(frozen=True)
class Row:
    query: str
    text: str
    start: int  # character offsets of the answer in ``text``; -1 when none
    end: int
    script: str


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def locate(text: str, expect: list[str]) -> tuple[int, int] | None:
    """The longest ``expect`` word in ``text`` (at a word start), widened to whole words."""
    best: tuple[int, int] | None = None
    for w in sorted(expect, key=len, reverse=True):
        found = re.search(rf"(?<![a-z0-9]){re.escape(w.lower())}", text.lower())
        if found:
            best = found.span()
            break
    if best is None:
        return None
    start, end = best
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > start and text[end - 1] in ",.!?;:)\"'":
        end -= 1
    while start < end and text[start] in "(\"'":
        start += 1
    return start, end


def _cut(text: str, start: int, end: int) -> str:
    """``text`` without the answer's words."""
    return " ".join(f"{text[:start]} {text[end:]}".split())


def rows(scripts: list[dict[str, Any]], negatives: int, rng: random.Random,
         contrast: bool = False) -> list[Row]:
    out: list[Row] = []
    for script in scripts:
        for q, question, before, expect in asked_in(script):
            lines: list[str] = []
            for _, _, text in before:
                line = _statements(text).strip()
                if line and line not in lines:
                    lines.append(line)
            pos = None
            if expect:
                for line in reversed(lines):
                    if (span := locate(line, expect)) is not None:
                        pos = (line, span)
                        break
            neg = [line for line in lines if pos is None or line != pos[0]]
            if expect and pos is None:
                continue  # the answer was never said in a statement: no row to learn from
            qw = _words(question)
            rng.shuffle(neg)
            neg.sort(key=lambda c: -len(qw & _words(c)))
            # never told: more messages say "no answer"
            negatives_here = negatives if expect else 3 * negatives
            half = negatives_here // 2
            chosen = neg[:half] + rng.sample(neg[half:], min(len(neg[half:]),
                                                           negatives_here - half))
            if pos is not None:
                out.append(Row(q, pos[0], pos[1][0], pos[1][1], script["id"]))
                cut = _cut(pos[0], *pos[1])
                if contrast and len(_words(cut)) >= 3 and locate(cut, expect) is None:
                    out.append(Row(q, cut, -1, -1, script["id"]))  # on topic, no answer
            out += [Row(q, c, -1, -1, script["id"]) for c in chosen]
    return out
