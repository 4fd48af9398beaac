"""The memory reader: how well one clause the user said answers a memory question.

Contract: ``query(question, previous)`` is the reader's side A (the asking message; a short
follow-on such as "and where?" carries the message before it). ``default_reader()`` is the
shipped ``Reader`` or None when its file is absent; ``Reader.scores(query, clauses)`` gives
one probability a clause, that it holds what the question asks for (``logits`` the same
before the sigmoid). The model is
all-MiniLM-L6-v2 fine-tuned as a cross-encoder (question [SEP] clause, mean pooled, one
logit) by ``training/train_reader.py`` on the team's own teen scripts, shipped as int8
ONNX in ``amity/voice/data/reader.int8.onnx``; numpy and onnxruntime only at run time.

It knows nothing about storage or about how the caller weighs the probability.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..nlp.runtime import batches, clean_text, load_tokenizer, onnx_session, shared, sigmoid

MODEL_PATH = Path(__file__).resolve().parent / "data" / "reader.int8.onnx"
MAX_TOKENS = 96
SHORT = 5  # a question of at most this many words is read with the message before it


def query(question: str, previous: str = "") -> str:
    text = " ".join(question.split())
    if previous and len(text.split()) <= SHORT:
        return f"{' '.join(previous.split())} / {text}"
    return text


class Reader:
    """A cross-encoder over an ONNX file with ``input_ids`` and ``attention_mask`` inputs
    and one logit a row."""

    def __init__(self, model_path: Path | str = MODEL_PATH, threads: int = 1) -> None:
        self.model_path = Path(model_path)
        self.threads = threads
        self._tok = load_tokenizer(None, MAX_TOKENS)
        self._lock = threading.Lock()

    def scores(self, question: str, clauses: Sequence[str]) -> np.ndarray:
        """One probability a clause."""
        return sigmoid(self.logits(question, clauses))

    def logits(self, question: str, clauses: Sequence[str]) -> np.ndarray:
        """One logit a clause (probabilities near 1 all look alike; logits still rank)."""
        return pair_logits(self.model_path, self.threads, self._tok, self._lock, question,
                           clauses, 1)[:, 0]


def pair_logits(model_path: Path, threads: int, tok: Any, lock: threading.Lock, first: str,
                seconds: Sequence[str], width: int) -> np.ndarray:
    """``(len(seconds), width)`` logits of a cross-encoder ONNX file (``input_ids`` and
    ``attention_mask`` in, ``width`` logits a row out) for the pairs (``first``, each of
    ``seconds``), read through ``tok`` (its truncation state is shared: ``lock`` guards it)."""
    out = np.zeros((len(seconds), width), dtype=np.float32)
    if not seconds:
        return out
    a = clean_text(first)
    with lock:
        seqs = [e.ids for e in tok.encode_batch([(a, clean_text(b)) for b in seconds])]
    session = onnx_session(model_path, threads)
    for idx, ids, mask in batches(seqs, 32):
        out[idx] = session.run(None, {"input_ids": ids, "attention_mask": mask})[0].reshape(
            len(idx), width)
    return out


@shared
def default_reader() -> Reader | None:
    return Reader() if MODEL_PATH.is_file() else None
