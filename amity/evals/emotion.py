"""Evaluation of ``amity.nlp.emotion`` on GoEmotions test and TweetEval emoji test.

Contract: ``run(data_dir) -> dict`` where ``data_dir`` is the public data root (with
``goemotions/`` and ``emoji/emoji/``). Keys:

- ``macro_f1``, ``micro_f1``, ``per_label_f1``, ``goemotions_examples``: GoEmotions test,
  28 labels, multi-label; a label is predicted when its score reaches the shipped per-label
  threshold (tuned on dev, as in the paper). Published: BERT-base macro-F1 0.46.
- ``emoji_macro_f1``, ``emoji_accuracy``, ``emoji_examples``, ``emoji_predicted``: TweetEval
  emoji prediction (20 classes, test split), ZERO-SHOT: the model never saw a tweet or
  these labels. Each tweet's top GoEmotions label (``Emotion.top``) is mapped to one emoji
  class by the fixed table ``TOP_LABEL_TO_EMOJI_CLASS`` below, written by hand before
  looking at any result (neutral -> 📷, love -> ❤, amusement -> 😂, pride -> 🇺🇸, ...).
  Classes no emotion maps to (🎄, 📸) are never predicted and score 0. Published
  (supervised on 45k tweets): best listed 34.0 macro-F1; SemEval-2018 winner about 36.

Missing data raises ``FileNotFoundError`` naming the folder. TweetEval is evaluation only:
nothing here trains on it. ``amity eval emotion --data DIR [--json]``.

What it does not know: Reddit comments and tweets are not chat with a friend; these
numbers measure the classifier, not whether the emoji reaction feels right.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

import numpy as np

from amity.nlp.emotion import EmotionModel

__all__ = ["TOP_LABEL_TO_EMOJI_CLASS", "run"]

#: GoEmotions top label -> TweetEval emoji (by its mapping.txt symbol).
TOP_LABEL_TO_EMOJI_CLASS: dict[str, str] = {
    "admiration": "😍", "amusement": "😂", "anger": "💯", "annoyance": "💯",
    "approval": "😎", "caring": "💕", "confusion": "😜", "curiosity": "😉", "desire": "😘",
    "disappointment": "💙", "disapproval": "💯", "disgust": "💯", "embarrassment": "😜",
    "excitement": "🔥", "fear": "💙", "gratitude": "😊", "grief": "💜", "joy": "😁",
    "love": "❤", "nervousness": "💙", "optimism": "✨", "pride": "🇺🇸", "realization": "😉",
    "relief": "☀", "remorse": "💜", "sadness": "💙", "surprise": "😜", "neutral": "📷",
}


def _need(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(
            f"{path} is missing: pass --data pointing at the public data folder "
            "(the one with goemotions/ and emoji/, e.g. ../shared/data)."
        )
    return path


def _f1(y: np.ndarray, pred: np.ndarray) -> np.ndarray:
    pred = pred.astype(np.float64)
    tp, fp, fn = (y * pred).sum(0), ((1 - y) * pred).sum(0), (y * (1 - pred)).sum(0)
    denom = 2 * tp + fp + fn
    return np.where(denom > 0, 2 * tp / np.maximum(denom, 1e-12), 0.0)


def goemotions(model: EmotionModel, folder: Path) -> dict:
    """Macro/micro/per-label F1 on ``folder/test.tsv`` with the shipped thresholds."""
    names = _need(folder / "emotions.txt").read_text(encoding="utf-8").split()
    if tuple(names) != model.labels:
        raise ValueError(f"{folder}/emotions.txt does not list the model's 28 labels in order")
    texts, rows = [], []
    for line in _need(folder / "test.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            texts.append(parts[0])
            rows.append([int(i) for i in parts[1].split(",") if i])
    y = np.zeros((len(texts), len(names)))
    for i, ids in enumerate(rows):
        y[i, ids] = 1.0
    pred = model.scores(texts) >= model.thresholds
    per = _f1(y, pred)
    tp, fp, fn = (y * pred).sum(), ((1 - y) * pred).sum(), (y * (1 - pred)).sum()
    return {
        "macro_f1": round(float(per.mean()), 4),
        "micro_f1": round(float(2 * tp / max(2 * tp + fp + fn, 1.0)), 4),
        "per_label_f1": {n: round(float(f), 4) for n, f in zip(names, per, strict=True)},
        "goemotions_examples": len(texts),
    }


def tweeteval_emoji(model: EmotionModel, folder: Path, limit: int | None = None) -> dict:
    """Zero-shot macro-F1 over the 20 TweetEval emoji classes (test split)."""
    mapping = _need(folder / "mapping.txt").read_text(encoding="utf-8").splitlines()
    symbols = [line.split("\t")[1].strip() for line in mapping if line.strip()]
    index = {s: i for i, s in enumerate(symbols)}
    missing = set(TOP_LABEL_TO_EMOJI_CLASS.values()) - set(index)
    if missing:
        raise ValueError(f"emoji classes {missing} are not in {folder}/mapping.txt")
    texts = _need(folder / "test_text.txt").read_text(encoding="utf-8").splitlines()
    gold = [int(x) for x in _need(folder / "test_labels.txt").read_text().split()]
    if len(texts) != len(gold):
        raise ValueError(f"{folder}: {len(texts)} texts but {len(gold)} labels")
    if limit:
        texts, gold = texts[:limit], gold[:limit]
    pred = [index[TOP_LABEL_TO_EMOJI_CLASS[e.top]] for e in model.detect_batch(texts)]
    y = np.eye(len(symbols))[gold]
    p = np.eye(len(symbols))[pred]
    counts = Counter(symbols[i] for i in pred)
    return {
        "emoji_macro_f1": round(float(_f1(y, p).mean()), 4),
        "emoji_accuracy": round(float(np.mean(np.array(gold) == np.array(pred))), 4),
        "emoji_examples": len(texts),
        "emoji_predicted": dict(counts.most_common()),
    }


def run(data_dir: Path, *, threads: int = 1, emoji_limit: int | None = None) -> dict:
    """Both evaluations over the data root ``data_dir``; see the module docstring for keys."""
    data_dir = _need(Path(data_dir))
    model = EmotionModel(threads=threads, batch_size=64)
    t0 = time.perf_counter()
    out = goemotions(model, data_dir / "goemotions")
    out.update(tweeteval_emoji(model, data_dir / "emoji" / "emoji", emoji_limit))
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out
