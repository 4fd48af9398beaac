"""What the model-backed nlp modules share: the data folder, cached ONNX sessions, the
tokenizer loader, length-sorted batching, and process-wide defaults built once.

Contract: ``onnx_session(path, threads)`` returns a CPU onnxruntime session, one per
(file, thread count) for the process (a file rewritten on disk loads afresh);
``load_tokenizer(path, max_length)`` a truncating, unpadded ``tokenizers.Tokenizer``;
``batches(seqs, size)`` yields ``(indices, input_ids, attention_mask)`` over token id lists
sorted by length, so padding stays small; ``shared(build)`` turns a no-argument builder into
a thread-safe getter that builds once and returns the same value ever after.
``DATA_DIR`` is ``amity/nlp/data/``, where every shipped model file lives.

It knows nothing about what the models compute; it never downloads anything.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from amity.errors import ConfigError

__all__ = ["DATA_DIR", "TOKENIZER_PATH", "batches", "clean_text", "load_tokenizer", "sigmoid",
           "onnx_session", "pad_batch", "shared"]

DATA_DIR = Path(__file__).resolve().parent / "data"
TOKENIZER_PATH = DATA_DIR / "tokenizer.json"

T = TypeVar("T")


def shared(build: Callable[[], T]) -> Callable[[], T]:
    """``build`` made process-wide: the first call builds under a lock; later calls return
    the same value."""
    lock = threading.Lock()
    built: list[T] = []

    @functools.wraps(build)
    def get() -> T:
        if not built:
            with lock:
                if not built:
                    built.append(build())
        return built[0]

    return get


def sigmoid(x: np.ndarray) -> np.ndarray:
    """The logistic function of logits ``x`` (clipped, so no overflow warning)."""
    return 1.0 / (1.0 + np.exp(-np.clip(x, -30.0, 30.0)))


def clean_text(text: str) -> str:
    """``text`` as valid UTF-8: lone surrogates and other unencodable code points become '?'."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return text.encode("utf-8", errors="replace").decode("utf-8")


def load_tokenizer(path: Path | None, max_length: int):  # noqa: ANN201 (tokenizers.Tokenizer)
    """The WordPiece tokenizer at ``path`` (default: the shipped one), truncating, unpadded."""
    from tokenizers import Tokenizer

    path = Path(path) if path is not None else TOKENIZER_PATH
    if not path.is_file():
        raise ConfigError(
            f"Tokenizer file {path} is missing: reinstall amity (pip install -U amity)."
        )
    tok = Tokenizer.from_file(str(path))
    tok.no_padding()
    tok.enable_truncation(max_length=max_length)
    return tok


_sessions: dict[tuple[str, int, int, int], Any] = {}
_sessions_lock = threading.Lock()


def onnx_session(path: Path, threads: int):  # noqa: ANN201 (onnxruntime.InferenceSession)
    """A CPU onnxruntime session over ``path`` using ``threads`` intra-op threads, cached for
    the process (sessions are safe to run from several threads)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"Model file {path} is missing: reinstall amity (pip install -U amity).")
    stat = path.stat()
    key = (str(path.resolve()), max(1, threads), stat.st_mtime_ns, stat.st_size)
    with _sessions_lock:
        session = _sessions.get(key)
        if session is None:
            session = _sessions[key] = _new_session(path, key[1])
    return session


def _new_session(path: Path, threads: int):  # noqa: ANN202
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def pad_batch(seqs: Sequence[Sequence[int]]) -> tuple[np.ndarray, np.ndarray]:
    """Right-pad token id lists with 0 to the longest; returns (input_ids, attention_mask)."""
    width = max(len(s) for s in seqs)
    ids = np.zeros((len(seqs), width), dtype=np.int64)
    mask = np.zeros((len(seqs), width), dtype=np.int64)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = s
        mask[i, : len(s)] = 1
    return ids, mask


def batches(seqs: Sequence[Sequence[int]], size: int, spread: float = 0.0
            ) -> Iterator[tuple[list[int], np.ndarray, np.ndarray]]:
    """``(indices, input_ids, attention_mask)`` for batches of at most ``size`` sequences,
    shortest first; ``indices`` say which input each row is. With ``spread``, a batch also
    ends before a sequence longer than ``spread`` times its first one (and 16 tokens more),
    so a long text is not padded into a batch of short ones (a long post and its windows)."""
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    start = 0
    while start < len(order):
        end = min(start + size, len(order))
        if spread:
            cap = spread * len(seqs[order[start]]) + 16
            end = next((k for k in range(start + 1, end) if len(seqs[order[k]]) > cap), end)
        idx = order[start:end]
        ids, mask = pad_batch([seqs[i] for i in idx])
        yield idx, ids, mask
        start = end
