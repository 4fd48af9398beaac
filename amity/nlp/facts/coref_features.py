"""Features and scores for pronoun -> antecedent decisions over parsed spaCy docs.

Contract: a ``Discourse`` is a list of parsed docs read in order (earlier chat messages,
then the current one); a ``Mention`` is a token span in one of them that belongs to an
entity. ``features(dis, pronoun, mention, mentions)`` describes one (pronoun, candidate)
pair with the cues a syntax-aware reader uses: distance in sentences and tokens, the
syntactic role of both (subject, object, possessive, ...), role parallelism, binding
(an object pronoun does not take its own clause's subject; a possessive usually does), a
candidate that governs the pronoun's clause ("Ana said she ..."), recency rank, how often
the entity is named, and, for Wikipedia text only, whether the name is in the page URL.
``Weights.score`` turns them into a log-linear score; ``entity_probs`` pools the mention
scores of each entity against a learned "none of them" score.

The weights are fitted on GAP development + validation by ``training/fit_coref.py`` and
stored in ``amity/nlp/data/facts_coref_weights.json`` (one set with the URL cue, "page", and one
without, "snippet", which is the one chat uses). Without that file every weight is 0 and
``resolve`` falls back to recency.

What it does not know: agreement (gender, number, animacy: ``amity.nlp.facts.coref`` filters
candidates before scoring), world knowledge, or anything beyond one spaCy parse.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token

from amity.nlp.runtime import DATA_DIR

__all__ = ["FEATURES", "Discourse", "Mention", "Weights", "candidates", "entity_probs",
           "features", "load_weights", "pick", "role"]

WEIGHTS_PATH = DATA_DIR / "facts_coref_weights.json"

FEATURES: tuple[str, ...] = (
    "sd0", "sd1", "sd2", "sd3p", "after", "logtok",
    "c_subj", "c_obj", "c_pobj", "c_poss", "c_attr", "c_other",
    "parallel", "p_subj_c_subj", "p_poss_c_subj", "p_obj_c_subj", "p_poss_c_poss",
    "bind_b", "poss_same_clause", "governs", "c_commanded", "after_governs",
    "nearest", "second", "nearest_subj", "logfreq", "first_entity", "between",
    "root_subj", "sent_first", "in_pp", "conj_appos", "other_local_subj", "proper",
    "ent_sd0", "ent_sd1", "ent_subj_recent", "gov_obj", "gov_poss", "gov_subj",
    "control_obj", "control_poss", "poss_sd0", "subj_sd1", "url",
)
_INDEX = {name: i for i, name in enumerate(FEATURES)}
_SUBJ = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
_OBJ = {"dobj", "dative", "oprd", "iobj"}


@dataclass
class Mention:
    """A token span ``[start, end)`` in ``docs[doc]`` that names an entity."""

    doc: int
    start: int
    end: int
    head: int
    entity: int
    name_words: frozenset[str] = frozenset()
    proper: bool = False


@dataclass
class Discourse:
    """Docs read in order, with global token and sentence positions."""

    docs: Sequence[Doc]
    tok_base: list[int] = field(init=False)
    sent_base: list[int] = field(init=False)
    sent_of: list[list[int]] = field(init=False)
    sent_start: list[list[int]] = field(init=False)

    def __post_init__(self) -> None:
        self.tok_base, self.sent_base, self.sent_of, self.sent_start = [], [], [], []
        tok = sent = 0
        for doc in self.docs:
            self.tok_base.append(tok)
            self.sent_base.append(sent)
            of: list[int] = [0] * len(doc)
            starts: list[int] = []
            for k, s in enumerate(doc.sents):
                starts.append(s.start)
                for i in range(s.start, s.end):
                    of[i] = k
            self.sent_of.append(of)
            self.sent_start.append(starts)
            tok += len(doc)
            sent += len(starts)

    def gpos(self, doc: int, i: int) -> int:
        return self.tok_base[doc] + i

    def gsent(self, doc: int, i: int) -> int:
        return self.sent_base[doc] + self.sent_of[doc][i]


def role(tok: Token) -> str:
    """subj, obj, pobj, poss, attr or other, looking through conj/appos/compound/flat."""
    for _ in range(4):
        dep = tok.dep_
        if dep in {"conj", "appos", "compound", "flat"} and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    dep = tok.dep_
    if dep in _SUBJ:
        return "subj"
    if dep in _OBJ:
        return "obj"
    if dep == "pobj":
        return "pobj"
    if dep == "poss":
        return "poss"
    if dep == "attr":
        return "attr"
    return "other"


def _clause(tok: Token) -> Token:
    t = tok
    for _ in range(50):
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return t
        t = t.head
    return t


def _is_ancestor(a: Token, b: Token) -> bool:
    return a.i == b.i or any(t.i == a.i for t in b.ancestors)


def _controller(clause: Token) -> int | None:
    """The understood subject of an infinitive clause: "tells Mia to [call her]" -> Mia."""
    if clause.dep_ != "xcomp" or clause.head.i == clause.i:
        return None
    verb = clause.head
    deps = {c.dep_: c.i for c in verb.children}
    return deps.get("dobj", deps.get("dative", deps.get("nsubj")))


def _pron_role(tok: Token) -> str:
    if tok.dep_ == "poss" or tok.lower_ in {"his", "its", "their"}:
        return "poss"
    r = role(tok)
    return "obj" if r in {"obj", "pobj"} else r


@dataclass(frozen=True)
class Weights:
    """A log-linear model: candidate score w.x, and a learned 'none' score."""

    w: tuple[float, ...]
    none: float = 0.0

    def score(self, x: Sequence[float]) -> float:
        return sum(a * b for a, b in zip(self.w, x, strict=False))


@lru_cache(maxsize=2)
def load_weights(setting: str = "snippet") -> Weights:
    """The fitted weights for "snippet" (no URL; chat) or "page" (GAP with URL)."""
    try:
        data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))[setting]
        table = data["weights"]
        return Weights(tuple(float(table.get(n, 0.0)) for n in FEATURES), float(data["none"]))
    except (OSError, KeyError, ValueError):
        recency = [0.0] * len(FEATURES)
        recency[_INDEX["nearest"]], recency[_INDEX["sd0"]] = 1.0, 0.5
        return Weights(tuple(recency), -1.0)


def features(dis: Discourse, pron: tuple[int, int], m: Mention, mentions: Sequence[Mention],
             url_words: frozenset[str] = frozenset()) -> list[float]:
    """The feature vector (ordered as ``FEATURES``) of candidate ``m`` for a pronoun.

    ``pron`` is (doc index, token index); ``mentions`` are all candidates of this
    pronoun (for recency ranks and entity-level cues).
    """
    x = [0.0] * len(FEATURES)

    def put(name: str, value: float = 1.0) -> None:
        x[_INDEX[name]] = value

    pdoc, pi = pron
    ptok = dis.docs[pdoc][pi]
    ctok = dis.docs[m.doc][m.head]
    p_pos, c_pos = dis.gpos(pdoc, pi), dis.gpos(m.doc, m.head)
    p_sent, c_sent = dis.gsent(pdoc, pi), dis.gsent(m.doc, m.head)
    after = c_pos > p_pos
    sd = p_sent - c_sent
    if after:
        put("after")
    put("sd0" if sd <= 0 else "sd1" if sd == 1 else "sd2" if sd == 2 else "sd3p")
    put("logtok", math.log1p(abs(p_pos - c_pos)) / 5.0)
    crole, prole = role(ctok), _pron_role(ptok)
    put({"subj": "c_subj", "obj": "c_obj", "pobj": "c_pobj", "poss": "c_poss",
         "attr": "c_attr"}.get(crole, "c_other"))
    if crole == prole or (prole == "obj" and crole == "pobj"):
        put("parallel")
    if crole == "subj" and prole in {"subj", "poss", "obj"}:
        put(f"p_{prole}_c_subj")
    if crole == "poss" and prole == "poss":
        put("p_poss_c_poss")
    same_doc = m.doc == pdoc
    if same_doc:
        pclause, cclause = _clause(ptok), _clause(ctok)
        if crole == "subj" and pclause.i == cclause.i and prole in {"obj", "poss"}:
            put("bind_b" if prole == "obj" else "poss_same_clause")
        if prole in {"obj", "poss"} and _controller(pclause) == ctok.i:
            put(f"control_{prole}")
        if crole == "subj" and pclause.i != cclause.i and _is_ancestor(cclause, ptok):
            put("governs")
            put(f"gov_{prole}" if prole in {"obj", "poss", "subj"} else "governs")
            if after:
                put("after_governs")
        if prole == "subj" and _is_ancestor(pclause, ctok) and pclause.i != cclause.i:
            put("c_commanded")
        if any(a.dep_ == "prep" for a in list(ctok.ancestors)[:2]):
            put("in_pp")
    if crole == "poss" and sd <= 0:
        put("poss_sd0")
    if crole == "subj" and sd == 1:
        put("subj_sd1")
    if ctok.dep_ in {"conj", "appos"}:
        put("conj_appos")
    if ctok.dep_ in _SUBJ and _clause(ctok).dep_ == "ROOT":
        put("root_subj")
    if m.proper:
        put("proper")
    # recency ranks among the candidates that precede the pronoun
    before = sorted((mm for mm in mentions if dis.gpos(mm.doc, mm.head) < p_pos),
                    key=lambda mm: -dis.gpos(mm.doc, mm.head))
    if before and before[0] is m:
        put("nearest")
    elif len(before) > 1 and before[1] is m:
        put("second")
    subj_before = [mm for mm in before if role(dis.docs[mm.doc][mm.head]) == "subj"]
    if subj_before and subj_before[0] is m:
        put("nearest_subj")
    lo, hi = min(p_pos, c_pos), max(p_pos, c_pos)
    between = {mm.entity for mm in mentions
               if lo < dis.gpos(mm.doc, mm.head) < hi and mm.entity != m.entity}
    put("between", math.log1p(len(between)))
    same_sent = [mm for mm in mentions if dis.gsent(mm.doc, mm.head) == c_sent]
    if same_sent and min(same_sent, key=lambda mm: dis.gpos(mm.doc, mm.head)) is m:
        put("sent_first")
    ent = [mm for mm in mentions if mm.entity == m.entity]
    put("logfreq", math.log1p(len(ent)) - math.log(2.0))
    first = min(mentions, key=lambda mm: dis.gpos(mm.doc, mm.head))
    if first.entity == m.entity:
        put("first_entity")
    ent_before = [mm for mm in ent if dis.gpos(mm.doc, mm.head) < p_pos]
    if ent_before:
        near = max(ent_before, key=lambda mm: dis.gpos(mm.doc, mm.head))
        esd = p_sent - dis.gsent(near.doc, near.head)
        if esd <= 1:
            put("ent_sd0" if esd <= 0 else "ent_sd1")
        if any(role(dis.docs[mm.doc][mm.head]) == "subj"
               and p_sent - dis.gsent(mm.doc, mm.head) <= 1 for mm in ent_before):
            put("ent_subj_recent")
    if prole != "subj":
        psent_subjs = [mm for mm in mentions if dis.gsent(mm.doc, mm.head) == p_sent
                       and mm.entity != m.entity and role(dis.docs[mm.doc][mm.head]) == "subj"
                       and dis.gpos(mm.doc, mm.head) < p_pos]
        if psent_subjs:
            put("other_local_subj")
    if url_words and m.name_words & url_words:
        put("url")
    return x


def entity_probs(scores: Sequence[tuple[int, float]], none: float) -> dict[int, float]:
    """Pool (entity, mention score) pairs into P(entity) with P(None) under key -1."""
    if not scores:
        return {-1: 1.0}
    top = max(max(s for _, s in scores), none)
    totals: dict[int, float] = {-1: math.exp(none - top)}
    for ent, s in scores:
        totals[ent] = totals.get(ent, 0.0) + math.exp(s - top)
    z = sum(totals.values())
    return {k: v / z for k, v in totals.items()}


def candidates(dis: Discourse, pron: tuple[int, int], mentions: Sequence[Mention],
               max_sents: int = 12) -> list[int]:
    """Indices of the mentions a pronoun may take: earlier ones within ``max_sents``
    sentences, and later ones in its own sentence ("After his win, Ana ...")."""
    p_pos, p_sent = dis.gpos(*pron), dis.gsent(*pron)
    out = []
    for k, m in enumerate(mentions):
        pos, sent = dis.gpos(m.doc, m.head), dis.gsent(m.doc, m.head)
        if pos == p_pos or (pos > p_pos and sent != p_sent) or p_sent - sent > max_sents:
            continue
        out.append(k)
    return out


def pick(dis: Discourse, pron: tuple[int, int], mentions: Sequence[Mention], weights: Weights,
         prior: Callable[[Mention], float | None] | None = None,
         url_words: frozenset[str] = frozenset()) -> tuple[int, float, int]:
    """(entity, probability, index of its best mention) for a pronoun; entity -1: none.

    ``prior(mention)`` may veto a candidate (None: disagreement) or add to its score.
    """
    idx = candidates(dis, pron, mentions)
    pool = [mentions[k] for k in idx]
    scored: list[tuple[int, float]] = []
    best: dict[int, tuple[float, int]] = {}
    for k in idx:
        m = mentions[k]
        extra = 0.0 if prior is None else prior(m)
        if extra is None:
            continue
        s = weights.score(features(dis, pron, m, pool, url_words)) + extra
        scored.append((m.entity, s))
        if m.entity not in best or s > best[m.entity][0]:
            best[m.entity] = (s, k)
    probs = entity_probs(scored, weights.none)
    ent = max(probs, key=lambda e: probs[e])
    return ent, probs[ent], best[ent][1] if ent >= 0 else -1
