"""Token F1, the overlap score used across amity: the reranker, the evals and training.

Contract: ``token_f1(pred, gold)`` is the harmonic mean of unigram precision and recall
between two token lists (counts clipped, as SQuAD and ParlAI do), 0.0 when they share no
token (and so when either is empty). Two normalisations feed it:

- ``squad_f1(prediction, gold)``: SQuAD's answer F1 (lower case, punctuation removed,
  "a", "an", "the" and "and" dropped; LoCoMo's variant);
- ``parlai_f1(pred, gold)``: ParlAI's unigram F1 (``parlai_normalize``: lower case,
  punctuation to spaces, "a", "an", "the" dropped, single spaces), as ConvAI2 reports it.

Pure functions of strings; no model, no data.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Sequence

__all__ = ["parlai_f1", "parlai_normalize", "squad_f1", "squad_tokens", "token_f1"]

_PUNCTUATION = frozenset(string.punctuation)
_SQUAD_DROP = re.compile(r"\b(a|an|the|and)\b")
_PARLAI_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PARLAI_PUNCTUATION = re.compile(r"[!\"#$%&()*+,\-./:;<=>?@\[\]^_`{|}~'\\]")


def token_f1(pred: Sequence[str], gold: Sequence[str]) -> float:
    """Unigram F1 of the token list ``pred`` against ``gold`` (0..1)."""
    common = sum((Counter(pred) & Counter(gold)).values())
    if not common:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def squad_tokens(text: str) -> list[str]:
    """SQuAD's answer normalisation, as tokens (LoCoMo also drops "and")."""
    text = "".join(ch for ch in text.lower() if ch not in _PUNCTUATION)
    return _SQUAD_DROP.sub(" ", text).split()


def squad_f1(prediction: str, gold: str) -> float:
    """SQuAD token F1 of an answer against the gold answer (0..1)."""
    return token_f1(squad_tokens(prediction), squad_tokens(gold))


def parlai_normalize(text: str) -> str:
    """ParlAI's normalize_answer: lower case, no punctuation, no articles, single spaces."""
    text = _PARLAI_PUNCTUATION.sub(" ", text.lower())
    return " ".join(_PARLAI_ARTICLES.sub(" ", text).split())


def parlai_f1(pred: str, gold: str) -> float:
    """ParlAI unigram F1 of ``pred`` against ``gold`` (0..1)."""
    return token_f1(parlai_normalize(pred).split(), parlai_normalize(gold).split())
