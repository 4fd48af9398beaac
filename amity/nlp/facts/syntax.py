"""Dependency-parse helpers and word lists for the fact rules (``rules``,
``copula``).

Contract: small pure functions over spaCy tokens: the phrase a token heads (``phrase``),
the plan a dated verb heads (``plan_phrase``, moved from ``extractor`` in session 33),
a clause's subject, negation and mood (``negated``, ``irrealis``), coordinated parts,
the proper name given to a noun (``named_by``); and ``Found``, a fact before it becomes
a ``Fact``. What it does not know: anything beyond one sentence's parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Token

from .lexicon import is_first_name

__all__ = [
    "DROP_DEPS", "DROP_WORDS", "FILLERS", "FREQUENCY", "GOAL_SKIP", "HABIT_VERBS", "HATE",
    "LIKE", "MODAL", "NAME_RE", "NOT_NAMES", "PRONOUNS_RE", "SUBJ", "WANT", "Found", "child",
    "conjuncts", "irrealis", "name_text", "named_by", "negated", "number", "phrase", "plan_phrase",
    "prep_obj", "subject_of",
]

SUBJ = {"nsubj", "nsubjpass"}
LIKE = {"like", "love", "enjoy", "adore", "prefer", "dig"}
HATE = {"hate", "dislike", "detest", "loathe", "despise"}
WANT = {"want", "hope", "plan", "dream", "aim", "aspire", "intend", "wish", "need"}
GOAL_SKIP = {"know", "ask", "say", "tell", "talk", "chat", "hear", "thank", "check", "share",
              "see", "sleep", "cry", "die", "scream", "go"}
FILLERS = {"too", "also", "really", "so", "very", "just", "still", "even", "always",
            "actually", "especially", "usually", "sometimes", "often", "definitely"}
HABIT_VERBS = {"read", "paint", "draw", "fish", "hike", "swim", "run", "cook", "bake",
                "garden", "knit", "sing", "dance", "write", "surf", "ski", "skate", "travel",
                "volunteer", "listen", "collect", "sew", "camp", "hunt", "jog", "bike",
                "climb", "meditate", "crochet", "watch", "play", "game", "golf", "box"}
FREQUENCY = {"usually", "often", "always", "sometimes", "regularly", "every", "weekends",
              "daily", "mostly"}
MODAL = {"would", "could", "might", "should", "'d", "may", "will", "'ll", "wo"}
DROP_DEPS = {"det", "poss", "relcl", "punct", "cc", "conj", "appos", "advcl", "neg",
              "mark", "aux", "auxpass", "nsubj", "nsubjpass", "case", "preconj", "acl"}
DROP_WORDS = {"a", "an", "the", "my", "our", "your", "some", "any", "his", "her", "their"}
NAME_RE = re.compile(r"\b(?:my name(?:'s| is)|call me|i go by)\s+([A-Za-z][a-z'-]+)", re.I)
NOT_NAMES = {"not", "just", "so", "really", "also", "the", "a", "very", "kinda", "literally"}
PRONOUNS_RE = re.compile(r"\b(she|he|they|xe|ze|it)\s*/\s*(her|him|them|xem|zir|hir|its)"
                          r"(?:\s*/\s*(hers|his|theirs|xyrs|zirs))?\b", re.I)


@dataclass
class Found:
    """A fact a rule found, before it becomes a ``Fact``."""

    subject: str
    predicate: str
    object: str
    tokens: list[Token]
    confidence: float
    when: date | None = None
    extra: list[Token] = field(default_factory=list)


def phrase(tok: Token, limit: int = 8, skip: frozenset[int] = frozenset(),
           ) -> tuple[str, list[Token]]:
    """The text of the noun or verb phrase headed by ``tok``, without articles,
    possessives, relative clauses, coordinated parts or the tokens in ``skip`` (with
    what hangs from them): "a big old dog" -> "big old dog"."""
    keep: list[Token] = []

    def walk(t: Token, top: bool) -> None:
        if not top and (t.dep_ in DROP_DEPS or t.i in skip
                        or (t.dep_ == "prep" and any(c.i in skip for c in t.children))):
            return
        if not top and t.dep_ == "prep" and t.lower_ not in {"of", "in", "for", "with", "to",
                                                                  "from", "on"}:
            return
        if not top and t.dep_ in {"npadvmod", "advmod"} and (
                t.head.pos_ == "VERB" or t.lower_ in FILLERS):
            return
        keep.append(t)
        for c in t.children:
            walk(c, False)

    walk(tok, True)
    keep.sort(key=lambda t: t.i)
    # keep the contiguous run around the head
    run = [t for t in keep if abs(t.i - tok.i) <= limit]
    while run and (run[0].lower_ in DROP_WORDS or run[0].is_punct):
        run = run[1:]
    while run and run[-1].is_punct:
        run = run[:-1]
    if not run:
        return "", []
    text = tok.doc[run[0].i:run[-1].i + 1].text
    return text.strip(" ,.!?;:'\""), run


def negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in {"never", "no"} for c in verb.children):
        return True
    return verb.dep_ in {"xcomp", "ccomp"} and any(c.dep_ == "neg" for c in verb.head.children)


def irrealis(verb: Token) -> bool:
    """Hypothetical or reported-wish clauses: "if I had", "I wish I had", "I'd have"."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in verb.children):
        return True
    if any(c.dep_ == "aux" and c.lower_ in MODAL for c in verb.children):
        return True
    return any(a.lemma_ in {"wish", "imagine", "pretend", "suppose", "wonder"}
               for a in verb.ancestors)


def subject_of(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ in SUBJ:
            return c
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != verb.i:
        return subject_of(verb.head)
    return None


def conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == tok.pos_ or (c.dep_ == "conj" and
                                                        c.pos_ in {"NOUN", "PROPN", "VERB"}):
            out.extend(conjuncts(c))
    return out


def child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def prep_obj(tok: Token, *preps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            return child(c, "pobj")
    return None


#: chat shorthand a parse may take for a name after "my dad"
CHAT_WORDS = frozenset("bc cuz coz tho rn lol lmao idk btw tbh ngl fr omg smh jk ikr imo irl "
                       "asap ty thx pls plz".split())


def a_name(tok: Token) -> bool:
    """A proper noun that reads as a name: capitalised or a known first name, and no chat
    shorthand ("my dad bc hes..." does not name him "bc")."""
    return tok.pos_ == "PROPN" and (tok.text[:1].isupper() or is_first_name(tok.text)) \
        and tok.lower_ not in CHAT_WORDS


def named_by(tok: Token) -> Token | None:
    """The proper name given to a noun: "sister Maya", "a dog named Biscuit"."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
            and nxt.dep_ in {"appos", "compound", "npadvmod", "dobj", "attr", "nsubj", "conj"}:
        while nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "PROPN" \
                and nxt.dep_ == "compound":
            nxt = doc[nxt.i + 1]
        return nxt
    for c in tok.children:
        if c.dep_ == "appos" and c.i > tok.i and a_name(c):
            return c
        if c.dep_ == "acl" and c.lemma_ in {"name", "call"}:
            return next((g for g in c.children if g.dep_ in {"oprd", "dobj", "attr"}
                         and g.pos_ == "PROPN"), None)
    if tok.dep_ == "nsubjpass" and tok.head.lemma_ in {"name", "call"}:
        return next((g for g in tok.head.children if g.dep_ in {"oprd", "attr", "dobj"}
                     and g.pos_ == "PROPN"), None)
    return None


def name_text(tok: Token) -> str:
    start = tok
    while start.i > 0 and tok.doc[start.i - 1].pos_ == "PROPN" \
            and tok.doc[start.i - 1].dep_ == "compound":
        start = tok.doc[start.i - 1]
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if tok.lower_.rstrip(".") in _TITLES and after is not None and after.is_alpha and \
            after.pos_ in {"PROPN", "NOUN", "ADJ"}:
        return f"{tok.doc[start.i:tok.i + 1].text} {after.text.capitalize()}"  # not "Mrs"
    return tok.doc[start.i:tok.i + 1].text


_TITLES = frozenset("mr mrs ms miss mx dr coach sensei prof".split())


def number(tok: Token) -> int | None:
    if tok.like_num and tok.text.isdigit():
        return int(tok.text)
    return None


#: a word that opens a feeling said after a plan's date: "flies back thursday thank god"
_ASIDES = frozenset("thank thankfully hopefully ugh yay omg yikes ew rip".split())


def plan_phrase(head: Token, date_toks: set[int], tight: bool = False
                ) -> tuple[str, list[Token]]:
    """The words of the verb phrase headed by ``head`` less its subject, auxiliaries and
    the date ("I'm going to the dentist tomorrow" -> "going to the dentist"); ``tight``: its
    first phrase only ("volunteer at the food pantry", not "... at st luke's with birdie")."""
    drop: set[int] = set(date_toks)
    if tight:
        preps = [c for c in head.children if c.dep_ == "prep" and c.i > head.i]
        for extra in preps[1:]:
            drop.update(t.i for t in extra.subtree)
        for first in preps[:1]:
            for obj in first.children:
                drop.update(t.i for c in obj.children if c.dep_ == "prep" for t in c.subtree)
    for c in head.children:
        if c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "conj", "advcl",
                      "mark", "intj", "discourse", "neg"} or c.i in date_toks \
                or (c.dep_ in {"npadvmod", "advmod"} and c.ent_type_ == "DATE"):
            drop.update(t.i for t in c.subtree)
        if c.dep_ == "prep" and any(g.i in date_toks for g in c.children):
            drop.update(t.i for t in c.subtree)
        if date_toks and c.i > max(date_toks) and c.lower_ in _ASIDES:
            drop.update(t.i for t in c.subtree)  # "he flies back thursday thank god"
        if c.dep_ == "advmod" and c.lower_ in {"just", "also", "really", "so", "finally",
                                               "actually", "still", "even"}:
            drop.add(c.i)
    keep = sorted((t for t in head.subtree if t.i not in drop), key=lambda t: t.i)
    keep = [t for t in keep if abs(t.i - head.i) <= 8 and not t.is_punct]
    if not keep:
        return "", []
    return head.doc[keep[0].i:keep[-1].i + 1].text.strip(" ,.!?"), keep
