"""The asked part of a remembered message, by its grammar: "who built the maze" -> "your
stepdad rick", not the whole message said back.

Contract: ``span(question, message) -> str | None``. The question's wh-word and its verb
("who built", "what did my grandma make", "who did i say taught me", "why did he want to
come") are read from a dependency parse (spaCy, ``nlp.facts.coref.parse``, cached); the
message the answer came from is parsed too, and the same verb found in it. The answer is
the part of the message in the wh-word's place: the doer for "who built" ("my stepdad rick";
"he" is the person named before him: "my coworker dev is cool he taught me"), the thing
done for "what did she make" ("her famous sweet bread"), the words said for "what did he
say" ('al dente'), the reason for "why" ("bc he thinks debate is like wwe"). Said back in
the second person, at most ``MOST`` words; None when the message does not say it plainly
(the caller then says the message back). Knows nothing about storage.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..nlp.facts.coref import parse
from ..nlp.facts.lexicon import is_first_name
from .recall_words import second_person

MOST = 8
_REPORT = frozenset({"say", "tell", "mention", "think", "remember", "guess"})
_LIGHT = frozenset({"be", "do", "have", "go", "want", "need", "know", "like", "love"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_PRONOUN = frozenset("he she they him her them it i me we us you u this that".split())
_REASON = re.compile(r"\b(?:bc|because|cause|cuz|coz|since)\b\s+([^,.!?;]+)", re.I)
_QUOTE = re.compile(r"['\"“‘]([^'\"”’]{2,60})['\"”’]")
_TAIL = re.compile(r"(?:\s+(?:lol|lmao+|haha\w*|btw|tho|fr|rn|ngl|tbh|lowkey|istg))+$", re.I)
_GENERIC = frozenset("food stuff thing things one ones kind something anything people "
                     "snack snacks".split())
_WH = frozenset({"who", "whom", "what", "which", "why"})


def _asked(question: Doc) -> tuple[str, Token] | None:
    """(role, verb): what the wh-word stands for ("subject", "object", "reason") and the
    verb it belongs to; a "did i say" is looked through to the verb it reports."""
    wh = next((t for t in question if t.lower_ in _WH), None)
    if wh is None:
        return None
    if wh.lower_ == "why":
        return "reason", wh.head
    role = "subject" if wh.dep_ in _SUBJECT else "object"
    verb = wh.head.head if wh.dep_ == "det" else wh.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    mine = any(c.dep_ in _SUBJECT and c.lower_ in ("i", "u", "you") for c in verb.children)
    if verb.lemma_.lower() in _REPORT and mine:
        inner = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp")
                      and c.pos_ == "VERB"), None)
        if inner is None:
            return None
        has_subject = any(c.dep_ in _SUBJECT for c in inner.children)
        role, verb = ("object" if has_subject else "subject"), inner
    if verb.lemma_.lower() == "use":  # "what family did i used to babysit for"
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    if verb.lemma_.lower() in _LIGHT or verb.lemma_.lower() in _REPORT - {"say", "tell"}:
        return None
    return role, verb


_SELF = frozenset({"i", "we", "me"})


def _someone_else(verb: Token) -> bool:
    """The asked verb's subject is someone other than the user ("what did ana get")."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT), None)
    return subject is not None and subject.lower_ not in _SELF | {"you", "u", "who", "what"}


def _words(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if t.pos_ != "PUNCT").strip()


def _phrase(head: Token) -> list[Token]:
    """The noun phrase of ``head``: its left words (my, stepdad, famous) and prepositions
    after it, not a clause after it ("a maze out of cardboard" -> "a maze out of
    cardboard"; "the guy who ..." -> "the guy")."""
    def cut(a: Token) -> bool:
        if a.dep_ == "conj" and a.pos_ in ("NOUN", "PROPN") and a.head.pos_ in ("NOUN", "PROPN"):
            return False  # "of mice and men": one title, not a clause after it
        return a.dep_ in ("relcl", "acl", "ccomp", "advcl", "conj") and \
            a.lemma_.lower() not in ("call", "name")  # "this card game called sueca"
    keep = [t for t in head.subtree if t.i <= head.i or not any(
        cut(a) for a in [t, *t.ancestors] if a.i > head.i and a != head)]
    after = head.doc[keep[-1].i + 1] if keep[-1].i + 1 < len(head.doc) else None
    if head.pos_ == "NOUN" and after is not None and after.dep_ in ("advmod", "appos", "npadvmod") \
            and after.pos_ in ("ADV", "PROPN", "NOUN") and after.head.pos_ == "VERB":
        keep.append(after)  # "my friend lily said": "lily" read as an adverb
    return keep


def _doer(verb: Token) -> list[Token] | None:
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT), None)
    if subject is None:
        return None
    if subject.lower_ in ("he", "she", "they"):
        # "my coworker dev is cool he taught me": he is the one named just before
        named = [t for t in verb.doc[:subject.i] if t.dep_ in _SUBJECT
                 and t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _PRONOUN]
        if not named:
            return None
        # "my co-counsel is lena, she keeps...": the name she was given, not "counsel"
        name = next((c for c in named[-1].head.children if c.dep_ == "attr" and c.i < subject.i
                     and (c.pos_ == "PROPN" or is_first_name(c.lower_))), None)
        return _phrase(name or named[-1])
    return None if subject.lower_ in _PRONOUN else _phrase(subject)


def _done(verb: Token) -> list[Token] | str | None:
    if verb.lemma_.lower() in ("say", "tell"):
        quoted = _QUOTE.search(verb.doc[verb.i:].text)
        if quoted:
            return f"'{quoted.group(1).strip()}'"
    thing = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")), None)
    if thing is None or thing.lower_ in _PRONOUN:
        return None
    if thing.lemma_.lower() in _GENERIC:  # "only eats food that is beige": what food
        return list(thing.subtree)
    return _phrase(thing)


def _head(tokens: list[Token]) -> Token:
    """The token of ``tokens`` whose head lies outside them (the phrase's own head)."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])


def span(question: str, message: str) -> str | None:
    """The part of ``message`` that answers ``question`` (see the module doc), or None."""
    if not question.strip() or not message.strip():
        return None
    asked = _asked(parse(question.lower()))
    if asked is None:
        return None
    role, verb = asked
    if role == "reason":
        why = _REASON.search(message)
        found: list[Token] | str | None = f"bc {why.group(1).strip()}" if why else None
    else:
        doc = parse(message)
        same = [t for t in doc if t.pos_ in ("VERB", "AUX") and
                t.lemma_.lower() == verb.lemma_.lower()]
        asked_words = {t.lower_ for t in verb.doc}
        asked_lemmas = {t.lemma_.lower() for t in verb.doc if t.pos_ in ("NOUN", "PROPN")}
        found = None
        if role == "object" and _someone_else(verb):
            # "what did ana get": not "i got spicy miso" before "she got tonkotsu"
            same = [t for t in same if not any(c.dep_ in _SUBJECT and c.lower_ in _SELF
                                               for c in t.children)] or same
        for hit in same:
            found = _doer(hit) if role == "subject" else _done(hit)
            if found and not isinstance(found, str) and (all(
                    t.lower_ in asked_words or t.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
                    for t in found) or _head(found).lemma_.lower() in asked_lemmas and not any(
                    t.pos_ in ("NOUN", "PROPN", "NUM") and t.lower_ not in asked_words
                    for t in found)):
                found = None  # "what did i get my mom" -> not "my mom"; "what shoes did i
                # get" -> not "new shoes" (the thing asked about, named again)
            if found:
                break
    if not found:
        return None
    text = found if isinstance(found, str) else _words(found)
    text = _TAIL.sub("", text).strip()
    words = text.split()
    if not words or len(words) > MOST or not re.search(r"[a-z0-9]", text, re.I):
        return None  # "👀 👀" is no answer
    return second_person(text)
