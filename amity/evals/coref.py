"""GAP evaluation of amity's pronoun resolver.

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

The weights and the first-name list it scores are fitted on gap-development +
gap-validation (never on test) by ``training/fit_coref.py``, which reuses ``featurize``
and ``evaluate`` from here.

What it does not know: GAP is Wikipedia prose, not chat; the numbers say how well the
syntax cues work, not how often a chat pronoun is resolved right.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from amity.nlp.facts.coref import load_pipeline
from amity.nlp.facts.coref_features import (
    FEATURES,
    Discourse,
    Mention,
    Weights,
    candidates,
    entity_probs,
    features,
    load_weights,
    pick,
)

__all__ = ["Example", "evaluate", "featurize", "gap_dir", "parse", "read_gap", "run"]

_FEMININE = {"she", "her", "hers", "herself"}
_PRONOUNS = _FEMININE | {"he", "him", "his", "himself"}
TITLES = {"sir", "dr", "mr", "mrs", "ms", "miss", "lord", "lady", "saint", "st", "king",
           "queen", "prince", "princess", "general", "captain", "president", "professor"}


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


def gap_dir(data_dir: Path) -> Path:
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
    return frozenset(w for w in re.findall(r"[a-z0-9*]+", name.lower()) if w not in TITLES)


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


def parse(examples: Sequence[Example]) -> Iterator:
    nlp = load_pipeline()
    yield from nlp.pipe((ex.text for ex in examples), batch_size=64)


def featurize(examples: Sequence[Example], url: bool, weights: Weights | None = None,
               docs: Sequence | None = None):
    """Per example: feature rows of its candidates, their entities, and the gold entity set."""
    out = []
    for ex, doc in zip(examples, docs if docs is not None else parse(examples), strict=True):
        dis, pron, mentions, gold = build(ex, doc, weights, url)
        uw = _url_words(ex.url) if url else frozenset()
        pool = [mentions[k] for k in candidates(dis, pron, mentions)]
        mentions = pool
        rows = [features(dis, pron, m, pool, uw) for m in pool]
        out.append((np.array(rows, dtype=np.float64).reshape(len(rows), len(FEATURES)),
                    [m.entity for m in mentions], gold))
    return out


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


def evaluate(examples: Sequence[Example], docs: Sequence, url: bool,
              weights: Weights) -> dict[str, float]:
    data = featurize(examples, url, weights=weights, docs=docs)
    w = np.array(weights.w)
    return _score(examples, [_predict(x, ents, w, weights.none) for x, ents, _ in data])


def run(data_dir: Path, split: str = "test") -> dict:
    """GAP F1 and bias of the shipped weights on ``gap-<split>.tsv`` (default: test)."""
    examples = read_gap(gap_dir(data_dir) / f"gap-{split}.tsv")
    result: dict = {"gap_examples": len(examples), "gap_split": split}
    docs = list(parse(examples))
    for setting, suffix in (("snippet", ""), ("page", "_page")):
        scores = evaluate(examples, docs, setting == "page", load_weights(setting))
        for key, value in scores.items():
            result[f"gap_{key}{suffix}"] = value
    return result
