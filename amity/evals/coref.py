"""GAP evaluation (and fitting) of amity's pronoun resolver.

Contract: ``run(data_dir) -> dict`` scores ``amity.nlp.facts.coref``'s antecedent model on
``coref/gap/gap-test.tsv`` under ``data_dir`` with the standard GAP scoring: each example
makes two binary decisions (does the pronoun refer to A? to B?); true positives, false
positives and false negatives are summed over both, and F1 is reported overall, for
feminine and for masculine pronouns, with the bias ratio F1_feminine / F1_masculine.
Keys: ``gap_f1`` (snippet-context: the URL is not used; this is the model chat uses),
``gap_f1_masculine``, ``gap_f1_feminine``, ``gap_bias``, the same four with ``_page``
(page-context: the page URL is a cue), and ``gap_examples``.

How a decision is made: the candidates are the two given names A and B plus every other
person the parser finds (spaCy PERSON entities, and repeated mentions of A's or B's name),
grouped into entities; the model's mention scores are pooled per entity against a "none"
score, and the pronoun gets the best entity. A (or B) is predicted when that entity is A's
(B's). This is the candidate-given setting of the GeBNLP 2019 shared task; the GAP paper's
baselines find mentions themselves. Published test F1: Parallelism 66.9 (snippet),
Parallelism+URL 70.6 (page).

``fit(data_dir)`` fits both weight sets on gap-development + gap-validation (never on
test) and writes ``amity/nlp/data/facts_coref_weights.json`` and the first-name gender
list ``amity/nlp/data/facts_names.tsv``. ``python -m amity.evals.coref [fit] --data DIR``.

What it does not know: GAP is Wikipedia prose, not chat; the numbers say how well the
syntax cues work, not how often a chat pronoun is resolved right.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from amity.nlp.facts.coref import load_pipeline
from amity.nlp.facts.coref_features import (
    FEATURES,
    WEIGHTS_PATH,
    Discourse,
    Mention,
    Weights,
    candidates,
    entity_probs,
    features,
    load_weights,
    pick,
)

__all__ = ["fit", "run"]

_FEMININE = {"she", "her", "hers", "herself"}
_PRONOUNS = _FEMININE | {"he", "him", "his", "himself"}
_TITLES = {"sir", "dr", "mr", "mrs", "ms", "miss", "lord", "lady", "saint", "st", "king",
           "queen", "prince", "princess", "general", "captain", "president", "professor"}
_NAMES_PATH = Path(__file__).resolve().parent.parent / "nlp" / "data" / "facts_names.tsv"


@dataclass
class Example:
    id: str
    text: str
    pronoun: str
    p_off: int
    a: str
    a_off: int
    a_coref: bool
    b: str
    b_off: int
    b_coref: bool
    url: str

    @property
    def feminine(self) -> bool:
        return self.pronoun.lower() in _FEMININE


def _gap_dir(data_dir: Path) -> Path:
    gap = Path(data_dir) / "coref" / "gap"
    if not (gap / "gap-test.tsv").is_file():
        raise FileNotFoundError(
            f"GAP not found at {gap}: pass the shared data root (the folder holding "
            "coref/gap/gap-test.tsv), e.g. --data ../shared/data")
    return gap


def read_gap(path: Path) -> list[Example]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Example(r["ID"], r["Text"], r["Pronoun"], int(r["Pronoun-offset"]), r["A"],
                    int(r["A-offset"]), r["A-coref"].upper() == "TRUE", r["B"],
                    int(r["B-offset"]), r["B-coref"].upper() == "TRUE", r["URL"])
            for r in rows]


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9*]+", name.lower()) if w not in _TITLES)


def _url_words(url: str) -> frozenset[str]:
    title = url.rsplit("/", 1)[-1]
    return frozenset(w for w in re.findall(r"[a-z0-9*]+", title.lower().replace("_", " "))
                     if len(w) > 1)


def build(ex: Example, doc, weights: Weights | None = None, url: bool = False,
          ) -> tuple[Discourse, tuple[int, int], list[Mention], set[int]]:
    """The discourse, pronoun position, candidate mentions and gold entity set (-1: none).

    With ``weights``, the earlier pronouns of the same gender are resolved first, in
    reading order, and join their entity's mentions (as ``resolve`` does in chat).
    """
    dis = Discourse([doc])
    ptok = doc.char_span(ex.p_off, ex.p_off + len(ex.pronoun), alignment_mode="expand")
    pi = ptok.root.i if ptok is not None else 0
    wa, wb = _words(ex.a), _words(ex.b)
    ua, ub = wa - wb, wb - wa
    mentions: list[Mention] = []
    used: set[int] = set()
    for ent_id, name, off in ((0, ex.a, ex.a_off), (1, ex.b, ex.b_off)):
        span = doc.char_span(off, off + len(name), alignment_mode="expand")
        if span is None:
            continue
        mentions.append(Mention(0, span.start, span.end, span.root.i, ent_id,
                                _words(name), True))
        used.update(range(span.start, span.end))
    p_sent = dis.gsent(0, pi)
    others: dict[str, int] = {}
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    # standalone repeats of A's or B's name that NER missed
    spans += [(t.i, t.i + 1) for t in doc if t.pos_ == "PROPN" and t.lower_ in ua | ub]
    for start, end in sorted(set(spans)):
        if any(i in used for i in range(start, end)):
            continue
        span = doc[start:end]
        if span.root.i > pi and dis.gsent(0, span.root.i) != p_sent:
            continue
        words = _words(span.text)
        if not words:
            continue
        if words & ua:
            ent = 0
        elif words & ub:
            ent = 1
        elif words & (wa | wb):
            continue  # a shared surname: cannot tell whose
        else:
            key = sorted(words)[-1]
            ent = others.setdefault(key, 2 + len(others))
        mentions.append(Mention(0, start, end, span.root.i, ent, words, True))
        used.update(range(start, end))
    if weights is not None:
        fem = ex.feminine
        uw = _url_words(ex.url) if url else frozenset()
        words = {0: wa, 1: wb}
        for tok in doc[:pi]:
            low = tok.lower_
            if low not in _PRONOUNS or (low in _FEMININE) != fem:
                continue
            ent, _, _ = pick(dis, (0, tok.i), mentions, weights, url_words=uw)
            if ent >= 0:
                mentions.append(Mention(0, tok.i, tok.i + 1, tok.i, ent,
                                        words.get(ent, frozenset()), False))
    gold = {0} if ex.a_coref else {1} if ex.b_coref else {-1} | set(others.values())
    return dis, (0, pi), mentions, gold


def _parse(examples: Sequence[Example]) -> Iterator:
    nlp = load_pipeline()
    yield from nlp.pipe((ex.text for ex in examples), batch_size=64)


def _featurize(examples: Sequence[Example], url: bool, weights: Weights | None = None,
               docs: Sequence | None = None):
    """Per example: feature rows of its candidates, their entities, and the gold entity set."""
    out = []
    for ex, doc in zip(examples, docs if docs is not None else _parse(examples), strict=True):
        dis, pron, mentions, gold = build(ex, doc, weights, url)
        uw = _url_words(ex.url) if url else frozenset()
        pool = [mentions[k] for k in candidates(dis, pron, mentions)]
        mentions = pool
        rows = [features(dis, pron, m, pool, uw) for m in pool]
        out.append((np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURES)),
                    [m.entity for m in mentions], gold))
    return out


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


def _predict(x: np.ndarray, ents: list[int], w: np.ndarray, none: float) -> int:
    probs = entity_probs(list(zip(ents, (x @ w).tolist(), strict=True)), none)
    return max(probs, key=lambda k: probs[k])


def _score(examples: Sequence[Example], preds: Sequence[int]) -> dict[str, float]:
    counts = {"f": Counter(), "m": Counter()}
    for ex, pred in zip(examples, preds, strict=True):
        c = counts["f" if ex.feminine else "m"]
        for gold, guess in ((ex.a_coref, pred == 0), (ex.b_coref, pred == 1)):
            c["tp"] += gold and guess
            c["fp"] += guess and not gold
            c["fn"] += gold and not guess

    def f1(c: Counter) -> float:
        denom = 2 * c["tp"] + c["fp"] + c["fn"]
        return 100.0 * 2 * c["tp"] / denom if denom else 0.0

    total = counts["f"] + counts["m"]
    f_f, f_m = f1(counts["f"]), f1(counts["m"])
    return {"f1": round(f1(total), 2), "f1_masculine": round(f_m, 2),
            "f1_feminine": round(f_f, 2), "bias": round(f_f / f_m, 3) if f_m else 0.0}


def _fit_setting(examples: Sequence[Example], docs: Sequence, url: bool,
                 l2: float = 0.001) -> Weights:
    """Two rounds: fit without pronoun chains, then refit on chains the first fit made."""
    w, none = _train(_featurize(examples, url, docs=docs), l2=l2)
    first = Weights(tuple(w.tolist()), none)
    w, none = _train(_featurize(examples, url, weights=first, docs=docs), l2=l2)
    return Weights(tuple(w.tolist()), none)


def _evaluate(examples: Sequence[Example], docs: Sequence, url: bool,
              weights: Weights) -> dict[str, float]:
    data = _featurize(examples, url, weights=weights, docs=docs)
    w = np.array(weights.w)
    return _score(examples, [_predict(x, ents, w, weights.none) for x, ents, _ in data])


def run(data_dir: Path, split: str = "test") -> dict:
    """GAP F1 and bias of the shipped weights on ``gap-<split>.tsv`` (default: test)."""
    examples = read_gap(_gap_dir(data_dir) / f"gap-{split}.tsv")
    result: dict = {"gap_examples": len(examples), "gap_split": split}
    docs = list(_parse(examples))
    for setting, suffix in (("snippet", ""), ("page", "_page")):
        scores = _evaluate(examples, docs, setting == "page", load_weights(setting))
        for key, value in scores.items():
            result[f"gap_{key}{suffix}"] = value
    return result


def _names_table(examples: Sequence[Example]) -> dict[str, str]:
    counts: dict[str, Counter] = defaultdict(Counter)
    for ex in examples:
        for name in (ex.a, ex.b):
            words = name.split()
            if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+", words[0]) \
                    and words[0].lower() not in _TITLES:
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
    gap = _gap_dir(data_dir)
    dev = read_gap(gap / "gap-development.tsv")
    val = read_gap(gap / "gap-validation.tsv")
    table = _names_table(dev + val)
    for gender, names in _EXTRA_NAMES.items():
        for name in names.split():
            table[name] = gender
    lines = ["# first name -> f / m / (blank: either). Derived from the GAP coreference data "
             "set (google-research-datasets/gap-coreference, Apache-2.0), development + "
             "validation, plus a hand list; built by amity.evals.coref.fit"]
    lines += [f"{n}\t{g}" for n, g in sorted(table.items())]
    _NAMES_PATH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out: dict = {"weights_path": str(WEIGHTS_PATH)}
    blob: dict = {"about": "fitted by amity.evals.coref.fit on GAP development + validation "
                           "(google-research-datasets/gap-coreference, Apache-2.0)"}
    dev_docs, val_docs = list(_parse(dev)), list(_parse(val))
    for setting in ("snippet", "page"):
        url = setting == "page"
        weights = _fit_setting(dev, dev_docs, url)
        out[f"validation_{setting}"] = _evaluate(val, val_docs, url, weights)
        weights = _fit_setting(dev + val, dev_docs + val_docs, url)
        blob[setting] = {"none": round(weights.none, 4),
                         "weights": {n: round(v, 4) for n, v in zip(FEATURES, weights.w,
                                                                     strict=True)}}
    WEIGHTS_PATH.write_text(json.dumps(blob, indent=1) + "\n", encoding="utf-8")
    load_weights.cache_clear()
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m amity.evals.coref")
    ap.add_argument("command", nargs="?", default="run", choices=["run", "fit"])
    ap.add_argument("--data", type=Path, required=True, help="shared data root")
    ap.add_argument("--split", default="test", choices=["test", "development", "validation"])
    args = ap.parse_args(argv)
    try:
        result = fit(args.data) if args.command == "fit" else run(args.data, args.split)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
