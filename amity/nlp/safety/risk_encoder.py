"""A fine-tuned MiniLM that reads self-harm risk NOW, not mood or topic.

Contract: ``RiskEncoder.scores(texts) -> (n,)`` probabilities that each text voices risk now
(intent, a plan, a means, a goodbye, self-harm now) rather than distress, a topic, someone
else's crisis or an idiom. ``high`` and ``low`` (from ``safety_risk.json``, chosen on a
held-out fifth of the training data by ``training/finetune_safety.py``) are the scores from
which a reading is sure of risk, and under which it is sure of none; ``sure`` (absent: 2.0,
never) the stricter score from which the checker trusts it in a first-person passage without
words of risk (``checker.sure_passage``). Each text is run alone
(dynamic int8 scales activations per run, so a text's score does not move with its batch).
``default()`` is ``None`` when the model file is absent or cannot load: the checker then
answers with its rules and the vector classifier alone. Knows nothing about rules or tiers.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np

from amity.nlp.runtime import DATA_DIR, load_tokenizer, onnx_session, shared, sigmoid

__all__ = ["META_PATH", "MODEL_PATH", "RiskEncoder", "default"]

log = logging.getLogger(__name__)

MODEL_PATH = DATA_DIR / "safety_risk.int8.onnx"
META_PATH = DATA_DIR / "safety_risk.json"


class RiskEncoder:
    def __init__(self, path: Path = MODEL_PATH, meta_path: Path = META_PATH,
                 max_length: int | None = None) -> None:
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
        self.high = float(meta.get("high", 2.0))
        self.low = float(meta.get("low", -1.0))
        self.sure = float(meta.get("sure", 2.0))
        self.chat_sure = float(meta["chat_sure"]) if "chat_sure" in meta else None
        self.max_length = int(max_length or meta.get("max_length", 64))
        self.session = onnx_session(path, 1)
        self.tokenizer = load_tokenizer(None, self.max_length)

    def scores(self, texts: list[str]) -> np.ndarray:
        out = np.zeros(len(texts), dtype=np.float32)
        for i, enc in enumerate(self.tokenizer.encode_batch(list(texts))):
            ids = np.asarray([enc.ids], dtype=np.int64)
            logits = self.session.run(None, {"input_ids": ids,
                                             "attention_mask": np.ones_like(ids)})[0]
            out[i] = float(sigmoid(logits.reshape(-1)[0]))
        return out


@shared
def default() -> RiskEncoder | None:
    """The shipped risk encoder, or ``None`` when it is absent (loaded once per process)."""
    if not (MODEL_PATH.is_file() and META_PATH.is_file()):
        return None
    try:
        return RiskEncoder()
    except Exception as exc:  # noqa: BLE001 - the checker falls back to rules + classifier
        log.warning("safety risk encoder unavailable: %s", exc)
        return None
