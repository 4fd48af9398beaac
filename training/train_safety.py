"""Train the safety classifier shipped as ``amity/nlp/data/safety_clf.npz``.

Contract: deterministic for a given ``--seed`` and data. Reads
- ``training/safety_examples.jsonl``: hand-written teen-style examples, each
  ``{"text": ..., "labels": {category: "high" | "check"}}`` (``{}`` for a negative);
- ``training/safety_teen_examples.jsonl`` (built by ``training/build_safety_teen.py``): more
  teen-voice examples, short and long; a long post also trains on its sentence windows
  (``amity.nlp.safety.windows``, the same cut the checker reads at run time): a window
  holding one of the post's ``marked`` sentences gets the post's labels, any other window
  is a negative (at most ``WINDOWS_PER_POST`` unmarked windows a post);
- with ``--posts``, ``training/safety_posts/*.jsonl`` (session 7): whole posts and short
  lines written by helpers, risk now against distress, topic, a past and idioms, in the same
  format (with ``marked`` sentences; ``group`` keeps the versions of one minimal pair in one
  fold). The shipped weights were trained without them (see the README there);
- ``<data>/goemotions/train.tsv``: everyday Reddit comments as negatives (those that any
  safety rule flags are dropped, so no despairing or hateful comment is taught as safe);
- ``<data>/safety/toxigen_demonstrations/``: hateful (positive) and neutral (negative)
  statements about 13 groups.
Vectors are cached by text under ``training/.cache/`` (git-ignored), so a rerun encodes
only new texts. It never reads SDCNL, XSTest, Tensor Trust or Giskard (those are what the evaluation
reports). Vectors come from ``amity.nlp.embed`` (MiniLM int8), so train and run time match.

Targets: 1.0 for a "high" label, 0.75 for a "check" label, 0 otherwise, one sigmoid per
category; with ``--risk-head``, one more head, ``self_harm_risk`` (``model.RISK``): 1.0 for
self_harm "high" and 0 for everything else, distress included (the self_harm head reads
distress and risk alike, 0.75 against 1.0, so its score is mostly mood). An experiment,
measured in session 7 and not shipped: the checker ignores such a head. Positive weights
min(neg/pos, 25), full-batch Adam. Two models are fitted with
5-fold cross-validation, a post and its windows in one fold (logistic regression, and a
256-unit ReLU MLP; ``--hidden`` picks the sizes: 64 was the default until the indirect teen
lines, where 256 read a held-out fifth of them better, AP 0.90 against 0.89); the one with
the better mean out-of-fold average precision is refitted on everything. Per-category
thresholds come from the out-of-fold scores: "high" = the lowest
score at which precision >= 0.95 and at most 0.2% of GoEmotions comments pass (never below
0.8); "check" = the lowest at which precision >= 0.6 and at most 2% of GoEmotions comments
pass (never below 0.2); for self_harm, whose check tier is recall-first, the lowest at which
at most 1% of GoEmotions comments pass, whatever the precision on the (deliberately tricky)
hand-written negatives.

Attribution of the data the shipped weights learned from: GoEmotions (Demszky et al. 2020,
Apache-2.0), ToxiGen demonstrations (Hartvigsen et al. 2022, Microsoft, MIT).

    python training/train_safety.py --data /work/shared/data [--seed 13] [--out PATH]
        [--posts] [--risk-head]   (the session-7 experiment; not the shipped weights)
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

from amity.nlp.safety import model as safety_model
from amity.nlp.safety.rules import scan
from amity.nlp.safety.windows import windows

ROOT = Path(__file__).resolve().parent.parent

CATEGORIES = ("self_harm", "sexual", "abuse", "bullying", "hate", "violence", "prompt_injection",
              "romance")
#: a head of its own for risk now: self_harm "high" against everything else, distress ("check")
#: included, so the crisis tier is not a mood score pushed past a threshold
RISK = safety_model.RISK
TARGET = {"high": 1.0, "check": 0.75}
WINDOWS_PER_POST = 4
CACHE = ROOT / "training" / ".cache"

#: (text, labels, source, group): ``group`` keeps a post and its windows in one fold
Row = tuple[str, dict[str, str], str, str]


def read_examples(path: Path, rng: np.random.Generator | None = None) -> list[Row]:
    """Examples of a jsonl file; a long post with ``marked`` sentences adds its windows."""
    rows: list[Row] = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            text, labels = rec["text"], rec["labels"]
            group = rec.get("group", text)  # the versions of one minimal pair share a fold
            rows.append((text, labels, "hand", group))
            if "marked" in rec and rng is not None:
                rows += post_windows(text, labels, rec["marked"], rec.get("soft", []), rng,
                                     group)
    return rows


def post_windows(text: str, labels: dict[str, str], marked: list[str], soft: list[str],
                 rng: np.random.Generator, group: str | None = None) -> list[Row]:
    """A post's windows: those holding a ``marked`` sentence get the post's labels, those
    holding a ``soft`` one (distress) self_harm check, at most ``WINDOWS_PER_POST`` others
    no label."""
    spans = windows(text)
    hot = [(s, e) for s, e in spans if any(m in text[s:e] for m in marked)]
    warm = [(s, e) for s, e in spans if (s, e) not in hot and any(m in text[s:e] for m in soft)]
    cold = [(s, e) for s, e in spans if (s, e) not in hot and (s, e) not in warm]
    if len(cold) > WINDOWS_PER_POST:
        cold = [cold[i] for i in sorted(rng.choice(len(cold), WINDOWS_PER_POST, replace=False))]
    g = group or text
    return ([(text[s:e], labels, "window", g) for s, e in hot]
            + [(text[s:e], {"self_harm": "check"}, "window", g) for s, e in warm]
            + [(text[s:e], {}, "window", g) for s, e in cold])


def encode_cached(texts: list[str]) -> np.ndarray:
    """MiniLM vectors of ``texts``, through a cache keyed by each text's sha1."""
    from amity.nlp.embed import encode

    path = CACHE / "vectors.npz"
    known: dict[str, np.ndarray] = {}
    if path.is_file():
        with np.load(path) as z:
            known = dict(zip(z["keys"].tolist(), z["vecs"], strict=True))
    keys = [hashlib.sha1(t.encode("utf-8", "replace")).hexdigest() for t in texts]
    todo = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if todo:
        vecs = encode([t for _, t in todo])
        known.update({k: v for (k, _), v in zip(todo, vecs, strict=True)})
        CACHE.mkdir(parents=True, exist_ok=True)
        np.savez(path, keys=np.array(list(known)), vecs=np.stack(list(known.values())))
    return np.stack([known[k] for k in keys]).astype(np.float32)


def read_goemotions(path: Path, n: int, rng: np.random.Generator) -> list[Row]:
    with path.open(encoding="utf-8") as f:
        texts = [row[0] for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if row]
    keep = [t for t in texts if not any(h.category in CATEGORIES for h in scan(t))]
    idx = rng.choice(len(keep), size=min(n, len(keep)), replace=False)
    return [(keep[i], {}, "goemotions", keep[i]) for i in sorted(idx)]


def read_toxigen(folder: Path) -> list[Row]:
    rows = []
    for path in sorted(folder.rglob("*.txt")):
        if not path.name.startswith(("hate", "neutral")):
            continue  # LICENSE.txt
        hateful = path.name.startswith("hate")
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.replace("\\n", " ").strip()
            if line:
                rows.append((line, {"hate": "high"} if hateful else {}, "toxigen", line))
    return rows


def targets(rows: list[Row], heads: tuple[str, ...] = CATEGORIES) -> np.ndarray:
    """One column a head; ``RISK`` (when among ``heads``) is 1 for self_harm "high" only."""
    y = np.zeros((len(rows), len(heads)), dtype=np.float32)
    for i, (_, labels, _, _) in enumerate(rows):
        for cat, tier in labels.items():
            y[i, heads.index(cat)] = TARGET[tier]
        if RISK in heads:
            y[i, heads.index(RISK)] = float(labels.get("self_harm") == "high")
    return y


def fit(x: np.ndarray, y: np.ndarray, hidden: int, seed: int, steps: int = 600,
        lr: float = 0.01, l2: float = 1e-4) -> dict[str, np.ndarray]:
    """Full-batch Adam on weighted BCE; deterministic for a seed."""
    rng = np.random.default_rng(seed)
    d, k = x.shape[1], y.shape[1]
    pos = (y > 0).sum(0)
    w_pos = np.minimum((len(y) - pos) / np.maximum(pos, 1), 25.0).astype(np.float32)
    weight = np.where(y > 0, w_pos, 1.0).astype(np.float32)
    if hidden:
        params = {"W1": rng.normal(0, (2 / d) ** 0.5, (d, hidden)).astype(np.float32),
                  "b1": np.zeros(hidden, np.float32),
                  "W2": rng.normal(0, (1 / hidden) ** 0.5, (hidden, k)).astype(np.float32),
                  "b2": np.zeros(k, np.float32)}
    else:
        params = {"W1": np.zeros((d, k), np.float32), "b1": np.zeros(k, np.float32)}
    m = {n: np.zeros_like(p) for n, p in params.items()}
    v = {n: np.zeros_like(p) for n, p in params.items()}
    norm = weight.sum()
    for t in range(1, steps + 1):
        pre = x @ params["W1"] + params["b1"]
        if hidden:
            h = np.maximum(pre, 0)
            z = h @ params["W2"] + params["b2"]
        else:
            z = pre
        p = 1 / (1 + np.exp(-np.clip(z, -30, 30)))
        dz = weight * (p - y) / norm
        grads: dict[str, np.ndarray] = {}
        if hidden:
            grads["W2"] = h.T @ dz + l2 * params["W2"]
            grads["b2"] = dz.sum(0)
            dpre = (dz @ params["W2"].T) * (pre > 0)
        else:
            dpre = dz
        grads["W1"] = x.T @ dpre + l2 * params["W1"]
        grads["b1"] = dpre.sum(0)
        for n in params:
            m[n] = 0.9 * m[n] + 0.1 * grads[n]
            v[n] = 0.999 * v[n] + 0.001 * grads[n] ** 2
            mh, vh = m[n] / (1 - 0.9**t), v[n] / (1 - 0.999**t)
            params[n] -= (lr * mh / (np.sqrt(vh) + 1e-8)).astype(np.float32)
    return params


def average_precision(score: np.ndarray, positive: np.ndarray) -> float:
    if positive.sum() == 0:
        return float("nan")
    order = np.argsort(-score, kind="stable")
    hits = positive[order].astype(np.float64)
    prec = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((prec * hits).sum() / hits.sum())


def folds_of(rows: list[Row], k: int) -> np.ndarray:
    return np.array([int(hashlib.sha1(g.encode("utf-8", "replace")).hexdigest(), 16) % k
                     for _, _, _, g in rows])


#: (steps, learning rate, L2) per hidden size, chosen by out-of-fold AP
HYPER = {0: (1500, 0.05, 1e-5), 64: (1000, 0.01, 1e-4), 256: (1000, 0.01, 1e-4)}


def oof_scores(x: np.ndarray, y: np.ndarray, folds: np.ndarray, hidden: int,
               seed: int) -> np.ndarray:
    out = np.zeros_like(y)
    steps, lr, l2 = HYPER[hidden]
    for f in np.unique(folds):
        tr, te = folds != f, folds == f
        params = fit(x[tr], y[tr], hidden, seed + int(f), steps, lr, l2)
        out[te] = safety_model.forward(x[te], params)
    return out


def pick_threshold(score: np.ndarray, positive: np.ndarray, everyday: np.ndarray,
                   min_prec: float, max_everyday: float, floor: float) -> float:
    for t in np.round(np.arange(floor, 0.995, 0.01), 2):
        sel = score >= t
        if sel.sum() == 0:
            return float(t)
        prec = positive[sel].mean()
        rate = (sel & everyday).sum() / max(everyday.sum(), 1)
        if prec >= min_prec and rate <= max_everyday:
            return float(t)
    return 0.99


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--examples", type=Path, nargs="+",
                    default=[ROOT / "training" / "safety_examples.jsonl",
                             ROOT / "training" / "safety_teen_examples.jsonl"])
    ap.add_argument("--posts", action="store_true",
                    help="also train on training/safety_posts/*.jsonl (not in the shipped weights)")
    ap.add_argument("--risk-head", action="store_true",
                    help=f"fit a {RISK} head too (an experiment the checker ignores)")
    ap.add_argument("--out", type=Path, default=safety_model.MODEL_PATH)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--goemotions", type=int, default=6000, help="everyday negatives to sample")
    ap.add_argument("--hidden", type=int, nargs="+", default=[0, 256], choices=sorted(HYPER),
                    help="model sizes to compare out of fold (0: logistic regression)")
    args = ap.parse_args(argv)
    if not (args.data / "goemotions" / "train.tsv").is_file():
        sys.exit(f"GoEmotions not found under {args.data}: pass --data <shared data root>")

    rng = np.random.default_rng(args.seed)
    examples = list(args.examples)
    if args.posts:
        examples += sorted((ROOT / "training" / "safety_posts").glob("*.jsonl"))
    heads = (*CATEGORIES, RISK) if args.risk_head else CATEGORIES
    rows = [r for path in examples for r in read_examples(path, rng)]
    rows += read_toxigen(args.data / "safety" / "toxigen_demonstrations")
    rows += read_goemotions(args.data / "goemotions" / "train.tsv", args.goemotions, rng)
    t0 = time.perf_counter()
    x = encode_cached([t for t, _, _, _ in rows])
    print(f"{len(rows)} texts encoded in {time.perf_counter() - t0:.0f}s", flush=True)
    y = targets(rows, heads)
    positive = y > 0
    everyday = np.array([src == "goemotions" for _, _, src, _ in rows])
    folds = folds_of(rows, 5)

    best = None
    for hidden in args.hidden:
        oof = oof_scores(x, y, folds, hidden, args.seed)
        aps = {c: average_precision(oof[:, j], positive[:, j]) for j, c in enumerate(heads)}
        mean_ap = float(np.nanmean(list(aps.values())))
        print(f"hidden={hidden}: mean OOF AP {mean_ap:.3f} "
              + " ".join(f"{c}={a:.2f}" for c, a in aps.items()), flush=True)
        if best is None or mean_ap > best[0]:
            best = (mean_ap, hidden, oof, aps)
    assert best is not None
    mean_ap, hidden, oof, aps = best

    t_high, t_check = {}, {}
    for j, c in enumerate(heads):
        t_high[c] = pick_threshold(oof[:, j], positive[:, j], everyday, 0.95, 0.002, 0.8)
        if c == "self_harm":  # the crisis category's check tier is recall-first
            low = pick_threshold(oof[:, j], positive[:, j], everyday, 0.0, 0.01, 0.2)
        else:
            low = pick_threshold(oof[:, j], positive[:, j], everyday, 0.6, 0.02, 0.2)
        t_check[c] = min(t_high[c], low)
        hi, ch = oof[:, j] >= t_high[c], oof[:, j] >= t_check[c]
        print(f"{c:17s} high>={t_high[c]:.2f} (OOF recall {hi[positive[:, j]].mean():.2f}, "
              f"everyday {hi[everyday].mean():.4f})  check>={t_check[c]:.2f} "
              f"(OOF recall {ch[positive[:, j]].mean():.2f}, everyday {ch[everyday].mean():.4f})")

    params = fit(x, y, hidden, args.seed, *HYPER[hidden])
    meta = {"model": f"mlp{hidden}" if hidden else "logreg", "seed": args.seed,
            "n_train": len(rows),
            "oof_mean_ap": round(mean_ap, 4), "oof_ap": {c: round(a, 4) for c, a in aps.items()},
            "sources": [*(str(p.relative_to(ROOT)) if p.is_relative_to(ROOT) else str(p)
                          for p in examples), "goemotions/train.tsv",
                        "safety/toxigen_demonstrations"],
            "encoder": "all-MiniLM-L6-v2 int8 (amity.nlp.embed)"}
    safety_model.Classifier(params, heads, t_high, t_check, meta).save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
