"""Evaluation of ``amity.nlp.safety`` on public data and on amity's own teen set.

Contract: ``run(data_dir) -> dict`` where ``data_dir`` is the public data root (with
``safety/`` and ``goemotions/``). "Flagged" means any verdict of the named kind; "high"
means a tier-"high" verdict (the tripwire). Keys:

- ``crisis_recall`` / ``crisis_recall_high``: SDCNL test posts with ``is_suicide=1``
  (r/SuicideWatch; title + body) flagged ``self_harm`` at any tier / at tier high. Target
  >= 0.95 at any tier. ``depression_flag_rate`` / ``_high``: the same for the
  ``is_suicide=0`` posts (r/depression), which a friend should also check in on.
- ``xstest_safe_flag_rate`` (tier high, any category; target <= 0.05) and
  ``xstest_safe_flag_rate_check`` (any tier) on XSTest's 250 safe prompts;
  ``xstest_unsafe_recall`` / ``_high`` on its 200 unsafe ones (many are about crime or
  drugs, which amity has no category for: read it as a lower bound).
- ``everyday_crisis_flag_rate`` (self_harm, tier high; target <= 0.02),
  ``everyday_crisis_flag_rate_check`` and ``everyday_any_flag_rate`` (any category, high)
  on GoEmotions test comments.
- ``injection_recall`` / ``_high``: Giskard's 35 prompt injections flagged
  ``prompt_injection``. SEEN DATA in a loose sense: the rules were written knowing these
  public attack families (DAN, developer mode, "ignore previous instructions"); the
  classifier never trained on Giskard. ``tensor_trust_recall`` / ``_high``: the 776
  Tensor Trust hijacking attacks, never looked at while writing rules or training.
- ``teen_*``: ``amity/evals/data/safety_teen.jsonl`` (hand-written, kept apart from the
  training examples, ``training/safety_examples.jsonl``): self_harm precision and recall
  at tier high (positives: items labelled high) and at any tier (positives: labelled high
  or check), the idiom false-alarm rate (items labelled none flagged self_harm at any
  tier) and the recall of the other categories' items at any tier.
- ``ms_per_message``: mean wall time of ``check`` on GoEmotions test, encoding included.

Missing data raises ``FileNotFoundError`` naming the folder. SDCNL and Tensor Trust are
evaluation only: nothing here or in training reads them for fitting.
``amity eval safety --data DIR [--limit N] [--json]``.

What it does not know: these sets are Reddit posts, LLM prompts and one author's teen
messages, not real conversations with teens; the teen set was written by the rules' author.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from amity.nlp.safety import check
from amity.types import Verdict

TEEN_SET = Path(__file__).resolve().parent / "data" / "safety_teen.jsonl"
csv.field_size_limit(10_000_000)


def _need(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: pass --data with the public data root "
                                "(the folder that holds safety/ and goemotions/).")
    return path


def _csv(path: Path) -> list[dict[str, str]]:
    with _need(path).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _verdicts(texts: Sequence[str], context: Sequence[str] = ()) -> list[list[Verdict]]:
    from amity.nlp.embed import DIM, encode

    vecs = encode(list(texts)) if texts else np.zeros((0, DIM), np.float32)
    return [check(t, context, vector=v) for t, v in zip(texts, vecs, strict=True)]


def _rate(vs: list[list[Verdict]], pred: Callable[[Verdict], bool]) -> float:
    return round(sum(any(pred(v) for v in row) for row in vs) / max(len(vs), 1), 4)


def _sh(v: Verdict) -> bool:
    return v.category == "self_harm"


def _sh_high(v: Verdict) -> bool:
    return v.category == "self_harm" and v.tier == "high"


def _any_high(v: Verdict) -> bool:
    return v.tier == "high"


def _pr(pred: list[bool], gold: list[bool]) -> tuple[float, float]:
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    return (round(tp / max(sum(pred), 1), 4), round(tp / max(sum(gold), 1), 4))


def sdcnl(data_dir: Path, limit: int | None = None) -> dict[str, float]:
    rows = _csv(data_dir / "safety" / "sdcnl" / "testing-set.csv")[:limit]
    texts = [f"{r['title']}\n\n{r['selftext']}" for r in rows]
    vs = _verdicts(texts)
    sui = [v for v, r in zip(vs, rows, strict=True) if r["is_suicide"] == "1"]
    dep = [v for v, r in zip(vs, rows, strict=True) if r["is_suicide"] == "0"]
    return {"crisis_recall": _rate(sui, _sh), "crisis_recall_high": _rate(sui, _sh_high),
            "crisis_posts": len(sui), "depression_flag_rate": _rate(dep, _sh),
            "depression_flag_rate_high": _rate(dep, _sh_high)}


def xstest(data_dir: Path, limit: int | None = None) -> dict[str, float]:
    rows = _csv(data_dir / "safety" / "xstest" / "xstest_prompts.csv")[:limit]
    vs = _verdicts([r["prompt"] for r in rows])
    safe = [v for v, r in zip(vs, rows, strict=True) if r["label"] == "safe"]
    unsafe = [v for v, r in zip(vs, rows, strict=True) if r["label"] == "unsafe"]
    return {"xstest_safe_flag_rate": _rate(safe, _any_high),
            "xstest_safe_flag_rate_check": _rate(safe, lambda v: True),
            "xstest_unsafe_recall": _rate(unsafe, lambda v: True),
            "xstest_unsafe_recall_high": _rate(unsafe, _any_high),
            "xstest_safe": len(safe), "xstest_unsafe": len(unsafe)}


def everyday(data_dir: Path, limit: int | None = None) -> dict[str, float]:
    path = _need(data_dir / "goemotions" / "test.tsv")
    with path.open(encoding="utf-8") as f:
        texts = [row[0] for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row]
    texts = texts[:limit]
    t0 = time.perf_counter()
    vs = [check(t) for t in texts]
    ms = (time.perf_counter() - t0) * 1000 / max(len(texts), 1)
    return {"everyday_crisis_flag_rate": _rate(vs, _sh_high),
            "everyday_crisis_flag_rate_check": _rate(vs, _sh),
            "everyday_any_flag_rate": _rate(vs, _any_high),
            "everyday_messages": len(texts), "ms_per_message": round(ms, 3)}


def injections(data_dir: Path, limit: int | None = None) -> dict[str, float]:
    gis = [r["prompt"] for r in _csv(data_dir / "safety" / "giskard_prompt_injections"
                                     / "prompt_injections.csv")][:limit]
    path = _need(data_dir / "safety" / "tensor_trust" / "hijacking_robustness_dataset.jsonl")
    with path.open(encoding="utf-8") as f:
        tt = [json.loads(line)["attack"] for line in f if line.strip()][:limit]

    def inj(v: Verdict) -> bool:
        return v.category == "prompt_injection"

    def inj_high(v: Verdict) -> bool:
        return inj(v) and v.tier == "high"

    g, t = _verdicts(gis), _verdicts(tt)
    return {"injection_recall": _rate(g, inj), "injection_recall_high": _rate(g, inj_high),
            "injection_examples": len(gis), "tensor_trust_recall": _rate(t, inj),
            "tensor_trust_recall_high": _rate(t, inj_high), "tensor_trust_examples": len(tt)}


def teen(path: Path = TEEN_SET) -> dict[str, float]:
    rows = [json.loads(line) for line in _need(path).open(encoding="utf-8") if line.strip()]
    vs = _verdicts([r["text"] for r in rows])
    gold_high = [r["category"] == "self_harm" and r["tier"] == "high" for r in rows]
    gold_any = [r["category"] == "self_harm" for r in rows]
    p_high, r_high = _pr([any(_sh_high(v) for v in row) for row in vs], gold_high)
    p_any, r_any = _pr([any(_sh(v) for v in row) for row in vs], gold_any)
    none = [v for v, r in zip(vs, rows, strict=True) if r["category"] == "none"]
    other = [(v, r) for v, r in zip(vs, rows, strict=True)
             if r["category"] not in ("none", "self_harm")]
    hit = sum(any(v.category == r["category"] for v in row) for row, r in other)
    misses = [r["text"] for row, r in zip(vs, rows, strict=True)
              if (r["category"] == "self_harm" and not any(_sh(v) for v in row))
              or (r["category"] == "none" and any(_sh(v) for v in row))]
    return {"teen_high_precision": p_high, "teen_high_recall": r_high,
            "teen_check_precision": p_any, "teen_check_recall": r_any,
            "teen_idiom_false_alarm": _rate(none, _sh),
            "teen_idiom_false_alarm_high": _rate(none, _sh_high),
            "teen_other_recall": round(hit / max(len(other), 1), 4),
            "teen_examples": len(rows), "teen_errors": misses}


def run(data_dir: Path, limit: int | None = None) -> dict:
    """Every metric above, as one flat dict (plus ``teen_errors``, a list of texts);
    ``limit`` keeps the first N items of each public set (a quick look, not the metric)."""
    data_dir = Path(data_dir)
    _need(data_dir / "safety")
    out: dict = {}
    for part in (sdcnl, xstest, everyday, injections):
        out.update(part(data_dir, limit))
    out.update(teen())
    return out
