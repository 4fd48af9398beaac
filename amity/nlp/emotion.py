"""What a message feels like: 28 GoEmotions labels and an emoji a friend would send back.

Contract: ``detect(text) -> Emotion`` gives a sigmoid score in [0, 1] for each of the 28
GoEmotions labels (27 emotions + neutral; multi-label, so scores do not sum to 1), the
labels whose score reaches its per-label threshold (tuned on GoEmotions dev), sorted by
score, at most ``max_labels`` of them (``("neutral",)`` when none passes), and the emoji of
the top label from a small reviewed table (torchMoji's idea: a reaction, not a summary;
sadness and grief get a hug 🫂, not a crying face). ``detect_batch(texts)`` does the same
for many texts in batches. Any ``str`` is accepted; a blank text is neutral without running
the model; text past 128 tokens is ignored. The int8 model quantizes activations per
batch, so a text's scores move with the batch it is run in (median 0.03 on the most affected
label, rarely up to 0.2): ``detect`` one at a time is the reference behaviour.

Runtime is onnxruntime + ``tokenizers`` only. The model (MiniLM-L6 fine-tuned on
GoEmotions, int8) and ``emotion.json`` (labels, thresholds, emoji, metrics) ship in
``amity/nlp/data/`` and are built by ``training/train_emotion.py`` and
``training/emotion_export.py``. This module knows nothing about conversations, users or
how the engine uses the emotion; it never downloads anything.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from amity.errors import ConfigError
from amity.nlp.runtime import DATA_DIR, batches, clean_text, load_tokenizer, onnx_session, shared
from amity.types import Emotion

__all__ = ["EmotionModel", "default_model", "detect", "detect_batch"]

MODEL_PATH = DATA_DIR / "emotion.int8.onnx"
META_PATH = DATA_DIR / "emotion.json"
NEUTRAL = "neutral"


class EmotionModel:
    """The GoEmotions classifier over an ONNX file that outputs ``logits`` (batch, labels)."""

    def __init__(
        self,
        model_path: Path | str | None = None,
        meta_path: Path | str | None = None,
        tokenizer_path: Path | str | None = None,
        threads: int = 1,
        *,
        batch_size: int = 32,
        max_labels: int = 3,
    ) -> None:
        meta_file = Path(meta_path) if meta_path is not None else META_PATH
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(
                f"Cannot read the emotion model's table {meta_file} ({exc}): reinstall amity."
            ) from exc
        self.labels: tuple[str, ...] = tuple(meta["labels"])
        self.thresholds = np.array([meta["thresholds"][lab] for lab in self.labels], np.float32)
        self.emoji: dict[str, str] = dict(meta["emoji"])
        missing = [lab for lab in self.labels if lab not in self.emoji]
        if missing or NEUTRAL not in self.labels:
            raise ConfigError(f"{meta_file} lacks emoji for {missing} or the neutral label.")
        self.max_length = int(meta.get("max_length", 128))
        self.metrics: dict = meta.get("metrics", {})
        self.session = onnx_session(
            Path(model_path) if model_path is not None else MODEL_PATH, threads
        )
        self.tokenizer = load_tokenizer(
            Path(tokenizer_path) if tokenizer_path is not None else None, self.max_length
        )
        self.batch_size = max(1, batch_size)
        self.max_labels = max(1, max_labels)

    def scores(self, texts: Sequence[str]) -> np.ndarray:
        """Sigmoid scores, shape ``(len(texts), 28)``, float32, in label order."""
        if isinstance(texts, str):
            raise TypeError("scores() takes a sequence of texts")
        seqs = [e.ids for e in self.tokenizer.encode_batch([clean_text(t) for t in texts])]
        out = np.zeros((len(seqs), len(self.labels)), dtype=np.float32)
        for idx, ids, mask in batches(seqs, self.batch_size):
            logits = self.session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
            out[idx] = 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))
        return out

    def _emotion(self, row: np.ndarray) -> Emotion:
        scores = {lab: float(s) for lab, s in zip(self.labels, row, strict=True)}
        over = [i for i in np.argsort(-row, kind="stable") if row[i] >= self.thresholds[i]]
        labels = tuple(self.labels[i] for i in over[: self.max_labels]) or (NEUTRAL,)
        return Emotion(labels=labels, scores=scores, emoji=self.emoji[labels[0]])

    def _blank(self) -> Emotion:
        scores = {lab: (1.0 if lab == NEUTRAL else 0.0) for lab in self.labels}
        return Emotion(labels=(NEUTRAL,), scores=scores, emoji=self.emoji[NEUTRAL])

    def detect_batch(self, texts: Sequence[str]) -> list[Emotion]:
        """One ``Emotion`` per text, in input order."""
        if isinstance(texts, str):
            raise TypeError("detect_batch() takes a sequence of texts; use detect() for one")
        out: list[Emotion | None] = [None] * len(texts)
        todo = [i for i, t in enumerate(texts) if clean_text(t).strip()]
        if todo:
            rows = self.scores([texts[i] for i in todo])
            for i, row in zip(todo, rows, strict=True):
                out[i] = self._emotion(row)
        return [e if e is not None else self._blank() for e in out]

    def detect(self, text: str) -> Emotion:
        """The ``Emotion`` of one message."""
        return self.detect_batch([text])[0]


@shared
def default_model() -> EmotionModel:
    """The process-wide model over the shipped files, created on first use."""
    return EmotionModel()


def detect(text: str) -> Emotion:
    """``default_model().detect(text)``."""
    return default_model().detect(text)


def detect_batch(texts: Sequence[str]) -> list[Emotion]:
    """``default_model().detect_batch(texts)``."""
    return default_model().detect_batch(texts)
