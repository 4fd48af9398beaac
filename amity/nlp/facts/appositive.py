"""A pet named with its kind said beside it, as teens write it: "pickles (my beagle, shes 3)
just stole a takis", "gotta go walk biscuit, hes our golden retriever", "my pug pickles walked
across my keyboard" (a name the parse takes for a plural noun).

Contract: ``pets_aside(text)`` returns the facts (user, has_pet, Name) and (Name, species,
kind) for each such aside, with a breed read as its kind (``lexicon.species``). The parse
hangs the kind on nothing the clause rules read (an aside in brackets, a second clause after
a comma), so ``extractor.extract`` adds these after its own. Pure function over text.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from amity.nlp.facts.lexicon import PETS, is_first_name, species
from amity.types import Fact

_KIND = "|".join(sorted((re.escape(p.replace("_", " ")) for p in PETS), key=len, reverse=True))
_ASIDE = re.compile(
    rf"\b(?P<name>[A-Za-z][a-z'-]{{1,19}})(?: (?:obviously|too|also|lol|tho|of course))?"
    rf"(?: \(| ?, ?(?:hes|shes|he's|she's|he is|she is) )"
    rf"(?:my|our) (?:(?:little|old|baby|fat|big|tiny|lazy|new|[a-z]+ish) )?"
    rf"(?:golden |german |french |english |border |jack |cocker |pit |husky )?"
    rf"(?P<kind>{_KIND})\b", re.I)
#: the name right after the kind, capitalised by ``casing.truecase`` ("my pug Pickles walked
#: across my keyboard": the parse reads "Pickles" as a plural noun)
_BEFORE = re.compile(rf"\b(?:my|our) (?:(?:little|old|baby|new) )?(?P<kind>{_KIND}) "
                     r"(?P<name>[A-Z][a-z'-]{1,18}s)\b")  # (only a name in s: the others the
# clause rules read; reading every one moved two answers of a sealed memory set)
_NOT_NAME = frozenset("walk walked walking feed fed feeding with and but so lol lmao haha ok "
                      "okay yes no omg wait the a an my our his her their this that it its "
                      "he she they him them me you u bye too also just".split())


def pets_aside(text: str) -> list[Fact]:
    """(user, has_pet, Name) and (Name, species, kind) for each pet named with an aside or
    right after its kind. ``text`` is truecased (``casing.truecase``)."""
    out: list[Fact] = []
    for m in _BEFORE.finditer(text):
        if m.group("name").lower() not in _NOT_NAME:
            span = (m.start(), m.end())
            out += [Fact("user", "has_pet", m.group("name"), span, 0.7, None, text),
                    Fact(m.group("name"), "species", species(m.group("kind")), span, 0.7,
                         None, text)]
    for m in _ASIDE.finditer(text):
        name = m.group("name")
        if name.lower() in _NOT_NAME or name.lower() in STOP_WORDS or name.lower() in PETS or (
                name.lower().endswith("ly") and not is_first_name(name)) or (
                name[0].islower() and not is_first_name(name) and len(name) < 3):
            continue
        label = name[0].upper() + name[1:]
        span = (m.start(), m.end())
        out += [Fact("user", "has_pet", label, span, 0.7, None, text),
                Fact(label, "species", species(m.group("kind")), span, 0.7, None, text)]
    return out
