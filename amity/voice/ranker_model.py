"""A trained response-selection ranker (MiniLM bi-encoder, int8 ONNX), with no torch at run time.

Contract: ``ResponseEncoder.encode_contexts(texts)`` and ``encode_replies(texts)`` return
``(n, 384)`` float32 arrays of L2-normalised vectors; ``score(context, replies)`` returns one
float32 cosine similarity per reply (higher ranks first; divide by ``temperature`` for
softmax logits). Contexts are truncated at ``max_context_tokens`` (128), replies at
``max_reply_tokens`` (48), both from the right. The model is
``amity/voice/data/ranker.int8.onnx`` (all-MiniLM-L6-v2 fine-tuned with in-batch negatives by
``training/train_ranker.py``; its graph already mean-pools and normalises, output
``embedding``), with all-MiniLM-L6-v2's ``tokenizer.json`` (the one ``amity.nlp`` ships) and
``ranker.json`` (lengths, temperature,
measured figures) beside it. Both load lazily on first use; a ``ResponseEncoder`` is safe to
call from several threads. Every text is run on its own (batch of one), so a text's vector
never depends on what else is in the call (onnxruntime's dynamic int8 picks activation
scales per batch). Needs only numpy, onnxruntime and tokenizers; never downloads anything.

Context format (the engine must build contexts exactly so; use ``format_context``): the
user's newest message first, then `` [SEP] persona: `` and the speaking character's persona
lines joined by single spaces (left out entirely when there are none), then the recent
history NEWEST FIRST, at most ``HISTORY_LINES`` (4) lines (two exchanges) before the newest
message, each as `` [SEP] me: <the character's line>`` or `` [SEP] you: <the user's line>``.
Whitespace inside every part is collapsed to single spaces and empty parts are skipped. So
right-truncation at 128 tokens drops the oldest history first, then the persona's tail,
and never the message itself. Example: ``"do you have pets? [SEP] persona: i have two dogs.
i love hiking. [SEP] me: i just got back from a hike! [SEP] you: hey how was your day"``.
Replies are the plain reply text.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from amity.errors import ConfigError
from amity.nlp.runtime import TOKENIZER_PATH as SHARED_TOKENIZER

__all__ = [
    "DIM",
    "HISTORY_LINES",
    "ResponseEncoder",
    "default_ranker",
    "format_context",
]

DIM = 384
HISTORY_LINES = 4
REPLY_CACHE = 8192  # reply vectors kept (the bank and skills have about 8k lines)
SEP = " [SEP] "
DATA_DIR = Path(__file__).resolve().parent / "data"
MODEL_PATH = DATA_DIR / "ranker.int8.onnx"
TOKENIZER_PATH = SHARED_TOKENIZER  # all-MiniLM-L6-v2's vocabulary, as the sentence encoder
CONFIG_PATH = DATA_DIR / "ranker.json"


def _clean(text: str) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    text = text.encode("utf-8", errors="replace").decode("utf-8")
    return " ".join(text.split())


def format_context(
    message: str,
    history: Sequence[tuple[str, str]] = (),
    persona: Sequence[str] = (),
) -> str:
    """The context string for ``message`` (see the module docstring).

    ``history`` is the conversation before ``message`` in chronological order as
    ``(role, text)`` pairs, role ``"assistant"`` (the character, written ``me:``) or anything
    else (the user, written ``you:``); only its last ``HISTORY_LINES`` lines are used.
    ``persona`` is the character's card lines (facts about itself).
    """
    parts = [_clean(message)]
    lines = " ".join(x for x in (_clean(p) for p in persona) if x)
    if lines:
        parts.append("persona: " + lines)
    for role, text in reversed(list(history)[-HISTORY_LINES:]):
        text = _clean(text)
        if text:
            parts.append(("me: " if role == "assistant" else "you: ") + text)
    return SEP.join(p for p in parts if p)


class ResponseEncoder:
    """Scores candidate replies against a context with the shipped bi-encoder."""

    def __init__(
        self,
        model_path: Path | str | None = None,
        tokenizer_path: Path | str | None = None,
        config_path: Path | str | None = None,
        threads: int = 1,
    ) -> None:
        self.model_path = Path(model_path) if model_path is not None else MODEL_PATH
        self.tokenizer_path = (
            Path(tokenizer_path) if tokenizer_path is not None else TOKENIZER_PATH
        )
        self.config_path = Path(config_path) if config_path is not None else CONFIG_PATH
        self.threads = max(1, threads)
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizers: dict[str, Any] = {}
        self._config: dict[str, Any] | None = None
        self._replies: OrderedDict[str, np.ndarray] = OrderedDict()

    def _read_config(self) -> dict[str, Any]:
        if self._config is None:
            if not self.config_path.is_file():
                raise ConfigError(f"Ranker config {self.config_path} is missing: "
                                  "reinstall amity (pip install -U amity).")
            self._config = json.loads(self.config_path.read_text("utf-8"))
        return self._config

    @property
    def config(self) -> dict[str, Any]:
        """``ranker.json`` (max lengths, temperature, figures); read on first use."""
        with self._lock:
            return self._read_config()

    @property
    def temperature(self) -> float:
        return float(self.config.get("temperature", 0.05))

    def _load(self) -> tuple[Any, Any, Any]:
        with self._lock:
            if self._session is None:
                from amity.nlp.embed import load_tokenizer, onnx_session

                cfg = self._read_config()
                for key in ("max_context_tokens", "max_reply_tokens"):
                    self._tokenizers[key] = load_tokenizer(self.tokenizer_path, int(cfg[key]))
                self._session = onnx_session(self.model_path, self.threads)
        tok = self._tokenizers
        return self._session, tok["max_context_tokens"], tok["max_reply_tokens"]

    def _encode(self, texts: Sequence[str], context: bool) -> np.ndarray:
        if isinstance(texts, str):
            raise TypeError("expected a sequence of texts, got one str")
        session, ctx_tok, reply_tok = self._load()
        tok = ctx_tok if context else reply_tok
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        if not texts:
            return out
        encodings = tok.encode_batch([_clean(t) for t in texts])
        for i, enc in enumerate(encodings):
            ids = np.asarray([enc.ids], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
            vec = session.run(None, feed)[0][0]
            out[i] = vec / max(float(np.linalg.norm(vec)), 1e-12)
        return out

    def encode_contexts(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised context vectors, shape ``(len(texts), 384)``, float32."""
        return self._encode(texts, context=True)

    def encode_replies(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised reply vectors, shape ``(len(texts), 384)``, float32. The same
        written lines come back turn after turn, so their vectors are kept (a text's vector
        depends on it alone) in a bounded cache."""
        if isinstance(texts, str):
            raise TypeError("expected a sequence of texts, got one str")
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._replies]
        fresh = self._encode(missing, context=False)
        with self._lock:
            self._replies.update(zip(missing, fresh, strict=True))
            out = np.stack([self._replies[t] for t in texts]) if texts else fresh
            for t in texts:
                self._replies.move_to_end(t)
            while len(self._replies) > REPLY_CACHE:
                self._replies.popitem(last=False)
        return out

    def score(self, context: str, replies: Sequence[str]) -> np.ndarray:
        """Cosine similarity of each reply to ``context``, shape ``(len(replies),)``."""
        if not replies:
            return np.zeros(0, dtype=np.float32)
        c = self.encode_contexts([context])[0]
        return (self.encode_replies(replies) @ c).astype(np.float32)


_default: ResponseEncoder | None = None
_default_lock = threading.Lock()


def default_ranker() -> ResponseEncoder:
    """The process-wide ranker over the shipped model, created on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = ResponseEncoder()
    return _default
