"""The "be" clauses of the fact rules: "I'm 15", "I'm a nurse", "my name is Alex".

Contract: ``copula(rules, verb, subject) -> list[Found]`` for a clause whose verb is
"be": age, name, job, what someone is ("I'm vegan"), grade and school, where they are
from, likes ("my favorite food is pizza", "I'm a big fan of X", "I'm into X"), fears
("I'm afraid of heights"), goals ("my dream is to ..."), and the named relations
("my sister's name is Maya"). What it does not know: states ("I'm tired", "I'm at the
mall") are not facts and give nothing; neither do negated clauses, except "not a fan
of X" (dislikes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from amity.nlp.facts.lexicon import (
    BREEDS,
    FAMILY,
    GRADE_WORDS,
    IDENTITY_ADJ,
    MEMBERS,
    OCCUPATIONS,
    PETS,
    PRONOUNS,
    SCHOOL_WORDS,
    name_gender,
    species,
)
from amity.nlp.facts.syntax import Found, child, name_text, negated, number, phrase, prep_obj

if TYPE_CHECKING:
    from amity.nlp.facts.rules import Rules

__all__ = ["copula"]


def _object_of(name: str, word: Token, preps: tuple[str, ...], predicate: str,
               base: list[Token], confidence: float) -> list[Found]:
    """``word``'s prepositional object ("a fan OF jazz") as one fact, or nothing."""
    of = prep_obj(word, *preps)
    if of is None:
        return []
    obj, toks = phrase(of)
    return [Found(name, predicate, obj, base + [word] + toks, confidence)]


def copula(rules: Rules, verb: Token, subj: Token) -> list[Found]:
    attr = child(verb, "attr")
    acomp = child(verb, "acomp")
    neg = negated(verb)
    s_lemma = subj.lemma_.lower()
    poss = child(subj, "poss")
    facts: list[Found] = []
    base = [subj, verb]
    # "my name is Alex", "my dog's name is Biscuit", "my favorite X is Y"
    if s_lemma in {"name", "pronoun", "birthday", "bday", "goal", "dream", "job", "hobby",
                   "favorite", "favourite", "fav", "major"} or any(
            c.lower_ in {"favorite", "favourite", "fav", "fave"} for c in subj.children):
        if poss is None or (attr is None and child(verb, "acomp") is None
                            and s_lemma not in {"goal", "dream"}):
            return []
        owner_tok = poss
        owner = rules.owner(owner_tok) if owner_tok.lower_ not in FAMILY else None
        if owner_tok.pos_ == "NOUN" and owner_tok.lemma_.lower() in MEMBERS:
            who = rules.who(owner_tok)
            owner = who[0] if who else None
        member = child(subj, "compound")  # "my dogs name is pickle" (no apostrophe)
        if s_lemma == "name" and member is not None and member.lemma_.lower() in MEMBERS \
                and owner == "user":
            owner_tok, owner = member, "user"
        if s_lemma == "name" and attr is not None and owner_tok.lower_ in PRONOUNS:
            # "his name is Biscuit not Pickle": the name it replaces says whose name it is
            was = next((g for c in attr.children if c.dep_ == "neg"
                        for g in attr.children if g.dep_ in {"appos", "conj", "npadvmod"}
                        and g.pos_ == "PROPN" and g.i > c.i), None)
            owner = name_text(was) if was is not None else owner
        if owner is None or neg:
            return []
        if s_lemma == "name" and attr is not None and owner_tok.lower_ in PRONOUNS and \
                owner.lower() in PETS and (pet := _pet_name(attr)) is not None:
            # "we got a puppy" then "his name is biscuit (bc he's the color of one)": a pet
            return [Found(pet.text, "species", species(owner), [owner_tok, pet], 0.85),
                    Found("user", "has_pet", pet.text, base + [owner_tok, pet], 0.85)]
        if s_lemma == "name" and attr is not None and attr.pos_ == "PROPN":
            if owner_tok.pos_ == "NOUN" and owner_tok.lemma_.lower() in MEMBERS:
                owner2 = rules.owner(child(owner_tok, "poss")) if child(
                    owner_tok, "poss") is not None else None
                if owner_tok is member:
                    owner2 = "user"
                noun = owner_tok.lemma_.lower()
                pred = FAMILY[noun][0] if noun in FAMILY else "has_pet"
                label = name_text(attr)
                out = [Found(label, "species" if pred == "has_pet" else "relation",
                             species(noun) if pred == "has_pet" else noun, [owner_tok, attr],
                             0.85)]
                if owner2:
                    out.append(Found(owner2, pred, label, base + [owner_tok, attr], 0.85))
                return out
            return [Found(owner, "name", name_text(attr), base + [attr], 0.95)]
        if s_lemma in {"goal", "dream"}:
            target = attr or child(verb, "xcomp") or child(verb, "ccomp")
            if target is None:
                return []
            obj, toks = phrase(target)
            return [Found(owner, "goal", obj, base + toks, 0.85)] if obj else []
        if s_lemma in {"birthday", "bday"}:
            return []  # dated: handled with the dates
        if s_lemma == "job" and attr is not None:
            obj, toks = phrase(attr)
            return [Found(owner, "job", obj, base + toks, 0.85)]
        attr = attr or child(verb, "acomp")
        if attr is not None and s_lemma not in {"name", "pronoun"}:
            obj, toks = phrase(attr)
            if obj and attr.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"}:
                return [Found(owner, "likes", obj, base + toks, 0.85)]
        return []
    # "X is my favorite"
    fav = {"favorite", "favourite", "fav", "fave"}
    if attr is not None and (attr.lower_ in fav or any(c.lower_ in fav for c in
                                                       attr.children)) \
            and subj.pos_ in {"NOUN", "PROPN", "VERB"} and subj.lower_ not in PRONOUNS:
        obj, toks = phrase(subj)
        return [Found("user", "likes", obj, [verb, attr] + toks, 0.8)] if obj else []
    named = _named_member(rules, subj, attr, base)
    if named:
        return named
    who = rules.who(subj)
    if who is None:
        return []
    name, conf = who
    if neg and attr is not None and attr.lemma_ == "fan" and prep_obj(attr, "of"):
        obj, toks = phrase(prep_obj(attr, "of"))  # type: ignore[arg-type]
        return [Found(name, "dislikes", obj, base + [attr] + toks, 0.8 * conf)]
    if neg:
        return []
    if attr is None:
        attr = next((c for c in verb.children if c.dep_ == "npadvmod"
                     and number(c) is not None), None)  # "im 15"
    if attr is not None:
        num = number(attr)
        if num is not None:
            nxt = attr.doc[attr.i + 1] if attr.i + 1 < len(attr.doc) else None
            if 3 <= num <= 110 and (nxt is None or nxt.is_punct or nxt.lower_ in {
                    "years", "yrs", "yo", "y/o", "lol", "and", "now", "btw"}):
                return [Found(name, "age", attr.text, base + [attr], 0.9 * conf)]
            return []
        lemma = attr.lemma_.lower()
        if lemma == "fan":
            return _object_of(name, attr, ("of",), "likes", base, 0.85 * conf)
        if attr.pos_ == "PROPN" and not any(c.dep_ == "det" for c in attr.children):
            if name == "user" and (attr.ent_type_ == "PERSON" or name_gender(attr.text)):
                return [Found("user", "name", name_text(attr), base + [attr], 0.7)]
            return []
        if attr.pos_ != "NOUN":
            return []
        if lemma in GRADE_WORDS:
            facts.append(Found(name, "grade", lemma, base + [attr], 0.85 * conf))
            school = prep_obj(attr, "in", "at")
            if school is not None:
                obj, toks = phrase(school)
                facts.append(Found(name, "school", obj, base + toks, 0.8 * conf))
            return facts
        obj, toks = phrase(attr)
        if not obj:
            return []
        if lemma in OCCUPATIONS and lemma != "student":
            facts.append(Found(name, "job", obj, base + toks, 0.85 * conf))
            at = prep_obj(attr, "at", "for")
            if at is not None:
                o2, t2 = phrase(at)
                facts.append(Found(name, "workplace", o2, base + t2, 0.75 * conf))
        elif lemma in FAMILY and poss is None:
            facts.append(Found(name, "is", obj, base + toks, 0.7 * conf))
        elif lemma == "student":
            at = prep_obj(attr, "at", "in")
            if at is not None:
                o2, t2 = phrase(at)
                facts.append(Found(name, "school", o2, base + t2, 0.8 * conf))
            facts.append(Found(name, "is", obj, base + toks, 0.7 * conf))
        elif any(c.dep_ == "det" for c in attr.children) or lemma in IDENTITY_ADJ:
            if lemma.endswith(("er", "or", "ist")) and lemma not in {
                    "lover", "member", "beginner", "fan", "user", "brother", "sister",
                    "mother", "father", "daughter", "owner", "other", "person"}:
                facts.append(Found(name, "job", obj, base + toks, 0.6 * conf))
            else:
                facts.append(Found(name, "is", obj, base + toks, 0.65 * conf))
        return facts
    if acomp is not None:
        lemma = acomp.lemma_.lower()
        if lemma in IDENTITY_ADJ:
            return [Found(name, "is", acomp.text.lower(), base + [acomp], 0.8 * conf)]
        if lemma in {"afraid", "scared", "terrified", "frightened"}:
            return _object_of(name, acomp, ("of",), "fears", base, 0.8 * conf)
        if lemma in {"obsessed", "passionate", "crazy"}:
            return _object_of(name, acomp, ("with", "about"), "likes", base, 0.75 * conf)
        if lemma == "old":
            num = next((t for t in acomp.subtree if number(t) is not None), None)
            if num is not None and 3 <= (number(num) or 0) <= 110:
                return [Found(name, "age", num.text, base + [num, acomp], 0.9 * conf)]
        if lemma == "allergic":
            return _object_of(name, acomp, ("to",), "dislikes", base, 0.6 * conf)
        return []
    place = prep_obj(verb, "from")
    if place is not None:
        obj, toks = phrase(place)
        return [Found(name, "from", obj, base + toks, 0.85 * conf)] if obj else []
    into = prep_obj(verb, "into")
    if into is not None:
        obj, toks = phrase(into)
        return [Found(name, "likes", obj, base + toks, 0.8 * conf)] if obj else []
    inn = prep_obj(verb, "in")
    if inn is not None:
        words = {t.lemma_.lower() for t in inn.subtree}
        obj, toks = phrase(inn)
        if "grade" in words or "year" in words and any(t.like_num for t in inn.subtree):
            facts.append(Found(name, "grade", obj, base + toks, 0.85 * conf))
            at = prep_obj(inn, "at") or prep_obj(verb, "at")
            if at is not None:
                o2, t2 = phrase(at)
                facts.append(Found(name, "school", o2, base + t2, 0.8 * conf))
            return facts
        if words & SCHOOL_WORDS:
            return [Found(name, "school", obj, base + toks, 0.75 * conf)]
    return []



def _named_member(rules: Rules, subj: Token, attr: Token | None, base: list[Token]
                  ) -> list[Found]:
    """"my best friend is Jess" / "Jess is my best friend": the owner has a named member."""
    if attr is None or negated(subj.head):
        return []
    for noun, name in ((subj, attr), (attr, subj)):
        lemma = noun.lemma_.lower()
        poss = child(noun, "poss")
        if lemma not in MEMBERS or poss is None or name.pos_ != "PROPN" \
                or any(c.dep_ == "det" for c in name.children):
            continue
        owner = rules.owner(poss)
        if owner is None:
            continue
        mods = [c.text for c in noun.lefts if c.dep_ in {"amod", "compound"}
                and c.lower_ not in {"new", "little"}]
        if (kin := _kin_of_kin(noun)) is not None:
            noun, lemma = kin  # "meena is my moms younger sister": an aunt, not a parent
            mods = []
        label = name_text(name)
        pred = FAMILY[lemma][0] if lemma in FAMILY else "has_pet"
        return [Found(owner, pred, label, base + [noun, name, poss], 0.85),
                Found(label, "species" if pred == "has_pet" else "relation",
                      species(noun.text) if noun.text.lower() in BREEDS else
                      " ".join(mods + [lemma if kin else noun.text.lower()]), [noun, name],
                      0.8)]
    return []


#: the member a parent's or grandparent's member is ("my moms sister": an aunt)
_KIN_OF_KIN = {("mom", "sister"): "aunt", ("mom", "brother"): "uncle", ("dad", "sister"): "aunt",
               ("dad", "brother"): "uncle", ("mom", "mom"): "grandma", ("dad", "mom"): "grandma",
               ("mom", "dad"): "grandpa", ("dad", "dad"): "grandpa", ("mum", "sister"): "aunt",
               ("mum", "brother"): "uncle", ("mother", "sister"): "aunt",
               ("father", "sister"): "aunt", ("mother", "brother"): "uncle",
               ("father", "brother"): "uncle"}


def _kin_of_kin(noun: Token) -> tuple[Token, str] | None:
    """``noun`` a possessor of the member word after it ("my moms younger sister"): that
    word and the member the pair is ("aunt"); None when no member word follows it."""
    doc = noun.doc
    for tok in doc[noun.i + 1: noun.i + 4]:
        if tok.pos_ == "ADJ" or tok.lower_ in {"younger", "older", "little", "big", "twin"}:
            continue
        pair = (noun.lemma_.lower(), tok.lemma_.lower())
        if pair in _KIN_OF_KIN:
            return tok, _KIN_OF_KIN[pair]
        return None
    return None


def _pet_name(attr: Token) -> Token | None:
    """The name said after "his name is": the first capitalised word ("Biscuit" of a parse
    that made "bc" the head of "Biscuit bc")."""
    return next((t for t in attr.subtree if t.text[:1].isupper() and t.is_alpha
                 and t.pos_ in {"PROPN", "NOUN"}), None)
