"""Clause rules behind ``amity.nlp.facts.extract``: one parsed sentence in, found facts out.

Contract: ``Rules(doc, entity_at).sentence(sent) -> list[Found]``; every ``Found`` holds
the tokens it rests on (so its span lies inside the message) and a rule confidence. The
rules read spaCy's dependency parse: a clause's subject (who: "I", "my sister", a
resolved "she"), its verb lemma, negation, and its object or complement. Clauses with
"be" go to ``copula``. The predicate vocabulary is documented in
``amity.nlp.facts``.

What it does not know: hypotheticals are skipped ("if I had a dog", "I'd love a dog"),
so is anything said about "you"; sarcasm; facts that need two sentences ("I have a dog.
Biscuit."); dates and questions (``extractor`` handles both).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from amity.nlp.facts.copula import copula
from amity.nlp.facts.coref import Entity
from amity.nlp.facts.lexicon import (
    ABSTRACT,
    EVENT_NOUNS,
    FAMILY,
    PETS,
    PRONOUNS,
    SCHOOL_WORDS,
    species,
)
from amity.nlp.facts.syntax import (
    FREQUENCY,
    GOAL_SKIP,
    HABIT_VERBS,
    HATE,
    LIKE,
    NAME_RE,
    NOT_NAMES,
    PRONOUNS_RE,
    WANT,
    Found,
    child,
    conjuncts,
    irrealis,
    name_text,
    named_by,
    negated,
    number,
    phrase,
    prep_obj,
    subject_of,
)

__all__ = ["Found", "Rules"]

#: a time, not a place: "moved to thursday" moves a plan
_WHEN_WORD = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tmrw|tonight|"
                        r"next|this|later|\d")


#: kin words said as owners without the apostrophe: "my moms boyfriend", "my sisters dog"
_KIN_OWNERS = frozenset(f"{w}s" for w in "mom mum dad sister brother aunt uncle grandma grandpa "
                        "nana nan cousin friend bestie stepdad stepmom papa mama".split())


def kin_before(noun: Token) -> str | None:
    """The kin word that owns ``noun`` without an apostrophe ("my moms boyfriend": "mom"),
    or None."""
    kin = next((c for c in noun.lefts if c.dep_ in {"compound", "nmod", "amod"}
                and c.lower_ in _KIN_OWNERS), None)
    return kin.lower_[:-1] if kin is not None else None


#: a day a deed is set on: "we play westbrook on thursday" is a game, not a hobby
_DATED = re.compile(r"(?<!every )\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!s)|"
                    r"tomorrow|tmrw|tonight|next week|this weekend)\b")


class Rules:
    """The clause rules over one parsed message."""

    def __init__(self, doc: Doc, entity_at: dict[int, Entity]) -> None:
        self.doc = doc
        self.entity_at = entity_at

    # --- who is the subject or owner ------------------------------------------------
    def owner(self, poss: Token) -> str | None:
        """Whose: "my" -> user; a resolved "her" -> Maya; "Maya's" -> Maya."""
        low = poss.lower_
        if low in {"my", "our", "mine"}:
            return "user"
        if low in PRONOUNS:
            ent = self.entity_at.get(poss.i)
            return ent.label if ent is not None and ent.kind != "thing" else None
        if poss.pos_ == "PROPN":
            return name_text(poss)
        return None

    def who(self, tok: Token) -> tuple[str, float] | None:
        """The fact subject a clause subject stands for, with a confidence factor."""
        low = tok.lower_
        if low in {"i", "me", "myself", "i'm", "im"}:
            return "user", 1.0
        if low == "we":
            return "user", 0.7
        if low in PRONOUNS and low not in {"it", "its", "they", "them", "their"}:
            ent = self.entity_at.get(tok.i)
            if ent is not None and ent.kind in {"person", "pet"}:
                return ent.label, 0.85
            return None
        if low in {"they", "it"}:
            ent = self.entity_at.get(tok.i)
            if ent is not None and ent.kind in {"person", "pet"}:
                return ent.label, 0.75
            return None
        lemma = tok.lemma_.lower()
        if lemma in {"family", "parents", "folks"} and child(tok, "poss") is not None \
                and child(tok, "poss").lower_ in {"my", "our"}:
            return "user", 0.7
        if tok.pos_ == "NOUN" and (lemma in FAMILY or lemma in PETS):
            poss = child(tok, "poss")
            if poss is None:
                return None
            named = named_by(tok)
            if named is not None:
                return name_text(named), 0.9
            ent = self.entity_at.get(tok.i)
            if ent is not None and ent.name:
                return ent.label, 0.85
            owner = self.owner(poss)
            if owner and (kin := kin_before(tok)):
                return f"{owner}'s {kin}'s {lemma}", 0.85  # "my moms boyfriend": her
                # boyfriend, not the user's (dev30)
            return (f"{owner}'s {lemma}", 0.85) if owner else None
        if tok.pos_ == "PROPN":
            ent = self.entity_at.get(tok.i)
            if ent is not None and ent.kind in {"person", "pet"} and ent.name:
                return ent.name, 0.8
        return None

    # --- the rules -----------------------------------------------------------------
    def sentence(self, sent: Span) -> list[Found]:
        out: list[Found] = []
        for tok in sent:
            if tok.pos_ in {"VERB", "AUX"} and (tok.dep_ in {"ROOT", "conj", "ccomp", "advcl",
                                                            "xcomp", "relcl", "parataxis",
                                                            "dep"}
                                                or tok.head.i == tok.i):
                out.extend(self.clause(tok))
            if tok.pos_ == "NOUN":
                out.extend(self.relation_np(tok))
        out.extend(self.patterns(sent))
        return out

    def clause(self, verb: Token) -> list[Found]:
        subj = subject_of(verb)
        if subj is None and verb.lemma_ == "call" and child(verb, "dobj") is not None \
                and child(verb, "dobj").lower_ == "me":
            name = child(verb, "oprd")
            ok = name is not None and name.pos_ == "PROPN"
            return [Found("user", "name", name_text(name), [verb, name], 0.9)] if ok else []
        if subj is None or irrealis(verb):
            return []
        if verb.dep_ == "relcl":
            return []
        if subj.lower_ in {"you", "u", "ya", "y'all"}:
            return []
        lemma = verb.lemma_.lower()
        if lemma == "be" or verb.lower_ in {"m", "'m", "am", "are", "is"}:
            return copula(self, verb, subj)
        who = self.who(subj)
        if who is None:
            return []
        name, conf = who
        neg = negated(verb)
        base = [subj, verb]
        dobj = child(verb, "dobj")
        xcomp = child(verb, "xcomp")
        facts: list[Found] = []
        if lemma in LIKE or lemma in HATE or (lemma == "stand" and neg):
            pred = "dislikes" if lemma in HATE or neg or lemma == "stand" else "likes"
            if lemma in LIKE and neg:
                pred = "dislikes"
            targets = [dobj] if dobj is not None else [xcomp] if xcomp is not None else []
            to = prep_obj(verb, "to")
            if not targets and to is not None and to.tag_ in {"NN", "VB"}:
                targets = [to]  # "I love to grill" parsed as a prepositional phrase
            if any(c.lower_ in {"here", "there"} for c in verb.children):
                targets = [t for t in targets if t.pos_ != "PRON"]
            if xcomp is not None and dobj is None:
                targets += [c for c in xcomp.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
            for t in targets:
                for part in conjuncts(t):
                    if part.pos_ == "PRON":
                        ent = self.entity_at.get(part.i)
                        if ent is None or ent.kind == "person":
                            continue
                        obj, toks = ent.label, [part]
                    elif part.lemma_.lower() in FAMILY:
                        continue
                    else:
                        obj, toks = phrase(part)
                    if not obj:
                        continue
                    activity = pred == "likes" and (part.pos_ == "VERB" or (
                        part.tag_ in {"VBG", "NN"} and part.lower_.endswith("ing")
                        and len(part) > 5))
                    facts.append(Found(name, "hobby" if activity else pred, obj, base + toks,
                                       0.85 * conf))
            if lemma in LIKE and not neg and xcomp is None and dobj is None:
                return facts
            return facts
        if neg:
            return []
        if lemma in {"live", "reside"}:
            place = prep_obj(verb, "in", "on", "at", "near", "outside")
            if place is not None:
                obj, toks = phrase(place)
                facts.append(Found(name, "lives_in", obj, base + toks, 0.9 * conf))
        elif lemma == "move" and prep_obj(verb, "to") is not None and dobj is None and \
                not _WHEN_WORD.match(prep_obj(verb, "to").lower_):
            # (not "mr haddad moved our test to thursday": a plan moved, no home)
            obj, toks = phrase(prep_obj(verb, "to"))
            facts.append(Found(name, "lives_in", obj, base + toks, 0.6 * conf))
        elif (lemma == "grow" and any(c.lower_ == "up" for c in verb.children)) \
                or lemma == "bear" or (lemma == "come" and prep_obj(verb, "from")):
            place = prep_obj(verb, "in", "from")
            if place is not None and place.ent_type_ in {"GPE", "LOC", "NORP", ""}:
                obj, toks = phrase(place)
                facts.append(Found(name, "from", obj, base + toks, 0.85 * conf))
        elif lemma == "work":
            as_ = prep_obj(verb, "as")
            at = prep_obj(verb, "at", "for")
            in_ = prep_obj(verb, "in")
            if as_ is not None:
                obj, toks = phrase(as_)
                facts.append(Found(name, "job", obj, base + toks, 0.9 * conf))
                at = at or prep_obj(as_, "at", "for")
            if at is not None and at.lemma_.lower() not in {"home", "night", "moment", "time",
                                                            "pay", "hour", "day", "week"} \
                    and at.ent_type_ not in {"DATE", "TIME", "MONEY", "CARDINAL"}:
                obj, toks = phrase(at)
                facts.append(Found(name, "workplace", obj, base + toks, 0.8 * conf))
            if in_ is not None and in_.ent_type_ not in {"DATE", "TIME"}:
                obj, toks = phrase(in_)
                facts.append(Found(name, "job", obj, base + toks, 0.7 * conf))
        elif lemma in {"study", "major"}:
            field_ = dobj if dobj is not None else prep_obj(verb, "in")
            if field_ is not None:
                obj, toks = phrase(field_)
                facts.append(Found(name, "studies", obj, base + toks, 0.8 * conf))
            at = prep_obj(verb, "at")
            if at is not None:
                obj, toks = phrase(at)
                facts.append(Found(name, "school", obj, base + toks, 0.8 * conf))
        elif lemma in {"go", "attend"}:
            dest = prep_obj(verb, "to") if lemma == "go" else dobj
            if dest is not None and any(t.lemma_.lower() in SCHOOL_WORDS for t in dest.subtree):
                obj, toks = phrase(dest)
                facts.append(Found(name, "school", obj, base + toks, 0.85 * conf))
            elif lemma == "go" and xcomp is not None and xcomp.tag_ == "VBG":
                obj, toks = phrase(xcomp)
                facts.append(Found(name, "hobby", obj, base + toks, 0.6 * conf))
        elif lemma in {"play", "practice", "do"} and dobj is not None and verb.tag_ in {
                "VBP", "VBZ", "VB"} and dobj.pos_ == "NOUN" \
                and dobj.lemma_.lower() not in ABSTRACT | {"homework", "chore", "job", "thing"}:
            obj, toks = phrase(dobj)
            text = f"playing {obj}" if lemma == "play" else obj
            if not (lemma == "play" and _DATED.search(" ".join(t.lower_ for t in verb.subtree))):
                facts.append(Found(name, "hobby", text, base + toks, 0.7 * conf))
                # (not "we play westbrook on thursday": a game, no hobby; dev30)
        elif lemma in WANT or lemma in {"save", "learn"}:
            facts.extend(self.goal(verb, lemma, name, conf, base, dobj, xcomp))
        elif lemma == "turn" and dobj is not None and number(dobj) is not None:
            if 3 <= (number(dobj) or 0) <= 110:
                facts.append(Found(name, "age", dobj.text, base + [dobj], 0.85 * conf))
        elif lemma in {"have", "own", "get", "adopt", "drive", "buy", "rescue"} \
                and dobj is not None:
            facts.extend(self.possession(verb, lemma, name, conf, base, dobj))
        elif lemma == "teach" and name == "user" and verb.tag_ in {"VBP", "VBZ"}:
            facts.append(Found(name, "job", "teacher", base, 0.6 * conf))
        if not facts and lemma in HABIT_VERBS and verb.tag_ in {"VBP", "VB"} and (
                any(c.lower_ in FREQUENCY or c.dep_ == "npadvmod" for c in verb.children)
                or (verb.dep_ == "conj" and any(c.lower_ in FREQUENCY
                                                for c in verb.head.children))):
            obj, toks = phrase(verb)
            facts.append(Found(name, "hobby", obj, base + toks, 0.65 * conf))
        return facts

    def goal(self, verb: Token, lemma: str, name: str, conf: float, base: list[Token],
             dobj: Token | None, xcomp: Token | None) -> list[Found]:
        if lemma == "save":
            target = prep_obj(verb, "for")
            if target is None:
                return []
            obj, toks = phrase(target)
            return [Found(name, "goal", f"save for {obj}", base + toks, 0.7 * conf)]
        if lemma == "learn" and dobj is None and xcomp is None:
            return []
        if lemma == "learn":
            obj, toks = phrase(dobj or xcomp)  # type: ignore[arg-type]
            return [Found(name, "goal", f"learn {obj}", base + toks, 0.6 * conf)]
        if xcomp is not None and xcomp.lemma_.lower() not in GOAL_SKIP:
            obj, toks = phrase(xcomp)
            strong = xcomp.lemma_.lower() in {"be", "become", "study", "learn", "travel",
                                              "visit", "start", "open", "finish", "graduate",
                                              "move", "buy", "get", "save", "win", "make"}
            if re.search(r"\b(?:me|you|u)\b", obj, re.I):
                return []
            if obj and len(toks) >= 2 or strong:
                return [Found(name, "goal", obj, base + toks, (0.8 if strong else 0.6) * conf)]
        return []

    def possession(self, verb: Token, lemma: str, name: str, conf: float, base: list[Token],
                   dobj: Token) -> list[Found]:
        if any(c.dep_ == "det" and c.lower_ in {"no", "any"} for c in dobj.children):
            return []
        if any(t.lemma_ == "use" for t in verb.ancestors) or verb.lemma_ == "use":
            return []
        facts: list[Found] = []
        if dobj.lemma_.lower() in {"lot", "lots", "bunch", "couple", "ton", "few", "pair"}:
            dobj = prep_obj(dobj, "of") or dobj  # "a lot of friends"
        for part in conjuncts(dobj):
            noun = part.lemma_.lower()
            if part.pos_ not in {"NOUN", "PROPN"}:
                continue
            if noun in FAMILY or noun in PETS:
                pred = FAMILY[noun][0] if noun in FAMILY else "has_pet"
                facts.extend(self.member(name, pred, part, base, conf))
            elif lemma in {"have", "own", "drive", "buy"} and noun not in ABSTRACT \
                    and noun not in EVENT_NOUNS \
                    and part.ent_type_ not in {"DATE", "TIME", "CARDINAL", "PERSON"}:
                obj, toks = phrase(part)
                if obj:
                    c = {"own": 0.85, "drive": 0.7, "buy": 0.6}.get(lemma, 0.6)
                    facts.append(Found(name, "owns", obj, base + toks, c * conf))
        return facts

    def member(self, owner: str, pred: str, noun: Token, base: list[Token],
               conf: float) -> list[Found]:
        """``owner`` has a family member, friend or pet ``noun`` (maybe named)."""
        lemma = noun.lemma_.lower()
        named = named_by(noun)
        mods = [c for c in noun.lefts if c.dep_ in {"amod", "compound", "nummod"}
                and c.pos_ in {"ADJ", "NOUN", "NUM"} and c.lower_ not in {"new", "little"}]
        desc = " ".join([m.text for m in mods] + [noun.text])
        if named is not None:
            label = name_text(named)
            facts = [Found(owner, pred, label, base + [noun, named], 0.9 * conf)]
            if pred == "has_pet":
                facts.append(Found(label, "species", species(lemma), [noun, named],
                                   0.85 * conf))
            else:
                facts.append(Found(label, "relation", desc, [noun, named], 0.85 * conf))
            return facts
        ent = self.entity_at.get(noun.i)
        if ent is not None and ent.name and noun.lemma_.lower() == (ent.noun or ""):
            return [Found(owner, pred, ent.name, base + [noun], 0.8 * conf)]
        return [Found(owner, pred, desc, base + [noun], 0.8 * conf)]

    def relation_np(self, noun: Token) -> list[Found]:
        """ "my sister Maya ...", "her dog Rex", "Maya's cat": owner has a member."""
        lemma = noun.lemma_.lower()
        if lemma not in FAMILY and lemma not in PETS:
            return []
        poss = child(noun, "poss")
        if poss is None and noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            poss = child(noun.head, "poss")  # "her dog Rex": the parse hangs "her" on Rex
        if poss is None and noun.dep_ == "conj" and noun.head.pos_ == "NOUN":
            poss = child(noun.head, "poss")  # "my 5 dogs and 3 rats"
        if poss is None:
            return []
        owner = self.owner(poss)
        if owner is None:
            return []
        head = noun.head
        if negated(head) and noun.dep_ in {"dobj", "attr"}:
            return []
        if noun.dep_ == "attr":  # "my dog is my best friend": not a second member
            return []
        if kin_before(noun):
            return []  # "my moms boyfriend": no partner of the user's (dev30)
        pred = FAMILY[lemma][0] if lemma in FAMILY else "has_pet"
        return self.member(owner, pred, noun, [poss], 0.85)

    def patterns(self, sent: Span) -> list[Found]:
        """Surface patterns the parse does not show well: pronouns ("she/her")."""
        out = []
        text = sent.text
        for m in NAME_RE.finditer(text):
            if m.group(1).lower() in NOT_NAMES:
                continue
            span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                out.append(Found("user", "name", m.group(1), list(span), 0.9))
        if "pronoun" in text.lower() or re.search(r"\b(use|go by|prefer)\b", text, re.I):
            for m in PRONOUNS_RE.finditer(text):
                span = sent.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is None:
                    continue
                out.append(Found("user", "pronouns", m.group(0).lower().replace(" ", ""),
                                 list(span), 0.9))
        return out
