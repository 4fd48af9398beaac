"""The rated-reply model: how likely blind raters are to find a reply sensible and specific.

Contract: ``RatedModel.scores(user, before, new_chat, replies)`` gives an ``(n, 2)`` array of
probabilities, one row a reply: that raters mark it sensible, and specific, after the
message ``user`` and the talk ``before`` it in the same chat (``(role, text)`` pairs, oldest
first; ``new_chat`` when the message opens a visit). The model is all-MiniLM-L6-v2
fine-tuned as a cross-encoder (``training/train_rated.py``) on the replies that blind raters
marked in the team's own rounds (``ratings/round*``), shipped as int8 ONNX in
``amity/voice/data/rated.int8.onnx``; numpy and onnxruntime only at run time.
``default_rated()`` is the shipped model, or None when its file is absent.

It knows nothing about how the ranker weighs the probabilities.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..nlp.runtime import load_tokenizer, shared, sigmoid
from .reader import pair_logits

MODEL_PATH = Path(__file__).resolve().parent / "data" / "rated.int8.onnx"
MAX_TOKENS = 128
NEW_CHAT = "(new chat)"


def side_a(user: str, before: Sequence[tuple[str, str]], new_chat: bool) -> str:
    """The talk the model reads before a reply: a new chat's mark, the message, then the
    reply and the message before it in the same chat, newest first."""
    parts = [NEW_CHAT] if new_chat else []
    parts.append(" ".join(user.split()))
    parts += [("me: " if role == "assistant" else "you: ") + " ".join(text.split())
              for role, text in reversed(list(before)[-2:])]
    return " / ".join(parts)


class RatedModel:
    """A cross-encoder over an ONNX file with ``input_ids`` and ``attention_mask`` inputs
    and two logits a row."""

    def __init__(self, model_path: Path | str = MODEL_PATH, threads: int = 1) -> None:
        self.model_path = Path(model_path)
        self.threads = threads
        self._tok = load_tokenizer(None, MAX_TOKENS)
        self._lock = threading.Lock()

    def scores(self, user: str, before: Sequence[tuple[str, str]], new_chat: bool,
               replies: Sequence[str]) -> np.ndarray:
        return sigmoid(pair_logits(self.model_path, self.threads, self._tok, self._lock,
                                   side_a(user, before, new_chat), replies, 2))


@shared
def default_rated() -> RatedModel | None:
    return RatedModel() if MODEL_PATH.is_file() else None
