"""The answer-span reader: the words of an earlier message that answer a memory question.

Contract: ``SpanReader.best(query, texts) -> Span | None`` reads "question [SEP] message" for
each text and gives the best answer span over all of them: the words (cut from the text as
the user wrote them), which text, and a score, the span's start and end logits above those
of "no answer here" (the first token), so a score below 0 means the model thinks nothing in
that text answers. ``best_span(logits, segment)`` is that reading for one row of logits.
``default_span_reader()`` is the shipped reader or None when its file is absent. The model
is all-MiniLM-L6-v2 fine-tuned by ``training/train_span.py`` (one start and one end logit
a token) on the team's own teen scripts, shipped as int8 ONNX in
``amity/voice/data/span.int8.onnx``; numpy and onnxruntime only at run time. It knows
nothing about storage or about how the caller weighs the score.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..nlp.runtime import batches, clean_text, load_tokenizer, onnx_session, shared

MODEL_PATH = Path(__file__).resolve().parent / "data" / "span.int8.onnx"
MAX_TOKENS = 128
LONGEST = 10  # tokens in an answer


@dataclass(frozen=True)
class Span:
    words: str
    index: int  # which text
    score: float


def best_span(logits: np.ndarray, segment: Sequence[int]) -> tuple[float, int, int]:
    """(score, start, end) of the best span inside the message tokens (``segment`` 1), its
    score against the first token's "no answer"; (-inf, 0, 0) when the message is empty."""
    inside = np.flatnonzero(np.asarray(segment[: len(logits)]) == 1)
    if inside.size == 0:
        return float("-inf"), 0, 0
    start, end = logits[:, 0], logits[:, 1]
    null = float(start[0] + end[0])
    best = (float("-inf"), 0, 0)
    for a in inside:
        stop = inside[(inside >= a) & (inside < a + LONGEST)]
        b = int(stop[np.argmax(end[stop])])
        score = float(start[a] + end[b]) - null
        if score > best[0]:
            best = (score, int(a), b)
    return best


class SpanReader:
    """Start and end logits a token from an ONNX file with ``input_ids`` and
    ``attention_mask`` inputs."""

    def __init__(self, model_path: Path | str = MODEL_PATH, threads: int = 1) -> None:
        self.model_path = Path(model_path)
        self.threads = threads
        self._tok = load_tokenizer(None, MAX_TOKENS)
        self._lock = threading.Lock()

    def logits_of(self, seqs: Sequence[Sequence[int]]) -> list[np.ndarray]:
        session = onnx_session(self.model_path, self.threads)
        out: list[np.ndarray] = [np.zeros((0, 2), dtype=np.float32)] * len(seqs)
        for idx, ids, mask in batches(seqs, 16, spread=1.5):
            got = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            for k, i in enumerate(idx):
                out[i] = got[k, : len(seqs[i])]
        return out

    def best(self, query: str, texts: Sequence[str]) -> Span | None:
        if not texts:
            return None
        q = clean_text(query)
        with self._lock:  # the tokenizer's truncation state is shared
            encs = self._tok.encode_batch([(q, clean_text(t)) for t in texts])
        logits = self.logits_of([e.ids for e in encs])
        found: Span | None = None
        for i, (e, lg) in enumerate(zip(encs, logits, strict=True)):
            segment = [1 if s == 1 else 0 for s in e.sequence_ids]
            segment[-1] = 0
            score, a, b = best_span(lg, segment)
            if a and (found is None or score > found.score):
                words = texts[i][e.offsets[a][0]: e.offsets[b][1]]
                found = Span(words, i, score)
        return found


@shared
def default_span_reader() -> SpanReader | None:
    return SpanReader() if MODEL_PATH.is_file() else None
