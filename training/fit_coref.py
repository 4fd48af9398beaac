"""Fit the pronoun resolver's weights and first-name list on GAP (development + validation).

``fit(data_dir)`` fits both weight sets of ``amity.nlp.facts.coref_features`` (one with the
page-URL cue, "page", and one without, "snippet", which chat uses) on gap-development +
gap-validation, never on test, and writes ``amity/nlp/data/facts_coref_weights.json`` and
the first-name gender list ``amity/nlp/data/facts_names.tsv``. It prints the validation
F1 of a fit on development alone. ``amity eval coref`` then scores the shipped weights on
GAP test (``amity.evals.coref``, whose parsing and features this reuses).

    python training/fit_coref.py --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from amity.evals.coref import TITLES, Example, evaluate, featurize, gap_dir, parse, read_gap
from amity.nlp.facts.coref_features import FEATURES, WEIGHTS_PATH, Weights, load_weights
from amity.nlp.facts.lexicon import NAMES_PATH


def _train(data, l2: float = 0.01, steps: int = 600, lr: float = 0.05) -> tuple[np.ndarray, float]:
    """Maximise the marginal likelihood of the gold entity's mentions (Adam, full batch)."""
    dim = len(FEATURES) + 1  # last weight: the "none" score
    w = np.zeros(dim)
    m1, m2 = np.zeros(dim), np.zeros(dim)
    mats = []
    for x, ents, gold in data:
        rows = np.zeros((len(ents) + 1, dim))
        rows[: len(ents), : len(FEATURES)] = x
        rows[len(ents), -1] = 1.0
        mask = np.array([e in gold for e in ents] + [-1 in gold], dtype=np.float64)
        mats.append((rows, mask))
    big = np.vstack([r for r, _ in mats])
    mask = np.concatenate([k for _, k in mats])
    seg = np.repeat(np.arange(len(mats)), [len(k) for _, k in mats])
    starts = np.concatenate([[0], np.cumsum([len(k) for _, k in mats])[:-1]])
    for t in range(1, steps + 1):
        s = big @ w
        smax = np.maximum.reduceat(s, starts)[seg]
        e = np.exp(s - smax)
        z = np.add.reduceat(e, starts)[seg]
        p = e / z
        pg = p * mask
        zg = np.add.reduceat(pg, starts)[seg]
        q = pg / np.maximum(zg, 1e-300)
        grad = big.T @ (p - q) / len(mats) + l2 * w
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad**2
        w -= lr * (m1 / (1 - 0.9**t)) / (np.sqrt(m2 / (1 - 0.999**t)) + 1e-8)
    return w[:-1], float(w[-1])


def _fit_setting(examples: Sequence[Example], docs: Sequence, url: bool,
                 l2: float = 0.001) -> Weights:
    """Two rounds: fit without pronoun chains, then refit on chains the first fit made."""
    w, none = _train(featurize(examples, url, docs=docs), l2=l2)
    first = Weights(tuple(w.tolist()), none)
    w, none = _train(featurize(examples, url, weights=first, docs=docs), l2=l2)
    return Weights(tuple(w.tolist()), none)


def _names_table(examples: Sequence[Example]) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for ex in examples:
        for name in (ex.a, ex.b):
            words = name.split()
            if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+", words[0]) \
                    and words[0].lower() not in TITLES:
                counts[words[0]]["f" if ex.feminine else "m"] += 1
    table = {}
    for name, c in counts.items():
        g, n = c.most_common(1)[0]
        if n / sum(c.values()) >= 0.9:
            table[name.lower()] = g
    return table


_EXTRA_NAMES = {
    "f": "maya emma olivia ava sophia mia chloe lily zoe ella grace amelia isla emily "
         "hannah madison abigail ella harper evelyn aria scarlett layla nora hazel aurora "
         "luna violet stella ellie leah bella savannah brooklyn kayla jessica ashley sarah "
         "megan lauren amy katie sophie priya aisha fatima mei yuki ana maria sofia "
         "valentina camila lucy alice ruby freya poppy daisy molly",
    "m": "liam noah oliver elijah james lucas mason ethan logan jacob jackson aiden "
         "caleb owen wyatt dylan luke gabriel isaac nathan ryan tyler brandon kevin josh "
         "joshua jake tom ben leo max jack harry george charlie oscar archie alfie theo "
         "freddie arthur mohammed muhammad ahmed omar ali hiroshi diego mateo carlos juan "
         "luis kai zach zack",
    "": "alex sam jordan taylor casey riley jamie morgan avery quinn skyler rowan sage "
        "charlie frankie robin jesse kris drew parker reese emerson finley",
}


def fit(data_dir: Path) -> dict:
    """Fit the weights on development + validation; write them and the names list."""
    gap = gap_dir(data_dir)
    dev = read_gap(gap / "gap-development.tsv")
    val = read_gap(gap / "gap-validation.tsv")
    table = _names_table(dev + val)
    for gender, names in _EXTRA_NAMES.items():
        for name in names.split():
            table[name] = gender
    lines = ["# first name -> f / m / (blank: either). Derived from the GAP coreference data "
             "set (google-research-datasets/gap-coreference, Apache-2.0), development + "
             "validation, plus a hand list; built by training/fit_coref.py"]
    lines += [f"{n}\t{g}" for n, g in sorted(table.items())]
    NAMES_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out: dict = {"weights_path": str(WEIGHTS_PATH)}
    blob: dict = {"about": "fitted by training/fit_coref.py on GAP development + validation "
                           "(google-research-datasets/gap-coreference, Apache-2.0)"}
    dev_docs, val_docs = list(parse(dev)), list(parse(val))
    for setting in ("snippet", "page"):
        url = setting == "page"
        weights = _fit_setting(dev, dev_docs, url)
        out[f"validation_{setting}"] = evaluate(val, val_docs, url, weights)
        weights = _fit_setting(dev + val, dev_docs + val_docs, url)
        blob[setting] = {"none": round(weights.none, 4),
                         "weights": {n: round(v, 4) for n, v in zip(FEATURES, weights.w,
                                                                     strict=True)}}
    WEIGHTS_PATH.write_text(json.dumps(blob, indent=1) + "\n", encoding="utf-8")
    load_weights.cache_clear()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Fit the coreference weights on GAP.")
    ap.add_argument("--data", type=Path, required=True, help="shared data root")
    args = ap.parse_args(argv)
    try:
        result = fit(args.data)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
