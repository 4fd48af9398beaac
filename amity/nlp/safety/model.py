"""The learned half of :mod:`amity.nlp.safety`: a small numpy classifier over MiniLM vectors.

Contract: ``Classifier.scores(vectors) -> (n, k)`` probabilities, one independent sigmoid
per category in ``Classifier.categories``; ``Classifier.tier(category, score)`` maps a
score to "high", "check" or ``None`` with the thresholds chosen at training time
(``training/train_safety.py``, out-of-fold). Weights ship as ``nlp/data/safety_clf.npz``; the
model is a logistic regression (no hidden layer) or a one-hidden-layer ReLU MLP, whichever
the training script measured better. Needs numpy only.

It knows nothing about text: the caller encodes with ``amity.nlp.embed``. It knows nothing
about rules, personal data or ages either.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from amity.errors import ConfigError
from amity.nlp.runtime import DATA_DIR, shared, sigmoid

MODEL_PATH = DATA_DIR / "safety_clf.npz"
#: a head that is not a verdict category (``train_safety.py --risk-head``, an experiment):
#: risk now (self_harm "high") against everything else, distress included; the checker
#: skips it
RISK = "self_harm_risk"


def forward(x: np.ndarray, params: dict[str, np.ndarray]) -> np.ndarray:
    """Probabilities for rows of ``x`` (shape (n, d)) under ``params`` (W1, b1[, W2, b2])."""
    h = x @ params["W1"] + params["b1"]
    if "W2" in params:
        h = np.maximum(h, 0.0) @ params["W2"] + params["b2"]
    return sigmoid(h)


@dataclass
class Classifier:
    """Weights, categories and per-category tier thresholds."""

    params: dict[str, np.ndarray]
    categories: tuple[str, ...]
    t_high: dict[str, float]
    t_check: dict[str, float]
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def dim(self) -> int:
        return int(self.params["W1"].shape[0])

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        x = np.asarray(vectors, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        if x.shape[1] != self.dim:
            raise ValueError(f"expected vectors of dimension {self.dim}, got {x.shape[1]}")
        return forward(x, self.params)

    def tier(self, category: str, score: float) -> Literal["high", "check"] | None:
        if score >= self.t_high.get(category, 2.0):
            return "high"
        if score >= self.t_check.get(category, 2.0):
            return "check"
        return None

    def save(self, path: Path) -> None:
        meta = dict(self.meta, categories=list(self.categories), t_high=self.t_high,
                    t_check=self.t_check)
        arrays = {k: v.astype(np.float32) for k, v in self.params.items()}
        np.savez_compressed(path, meta=np.array(json.dumps(meta, sort_keys=True)), **arrays)


def load(path: Path = MODEL_PATH) -> Classifier:
    """Read a classifier written by ``Classifier.save``."""
    if not path.is_file():
        raise ConfigError(f"Safety classifier {path} is missing: reinstall amity "
                          "or run python training/train_safety.py.")
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(str(z["meta"]))
        params = {k: np.asarray(z[k], dtype=np.float32) for k in z.files if k != "meta"}
    return Classifier(params, tuple(meta.pop("categories")), meta.pop("t_high"),
                      meta.pop("t_check"), meta)


@shared
def default() -> Classifier:
    """The shipped classifier, loaded once per process."""
    return load()
