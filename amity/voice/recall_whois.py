"""Who a told line names for the one asked about, said in ways the name patterns miss.

Contract: ``pronoun_named(topic, said)`` is the name a "his name is ..." or "i named him ..."
line gives the asked one told of before it ("my moms boyfriend ..., his name is dmitri";
"got a betta fish today" then "i named him sushi"; "im getting a shiba" then "his name is
gonna be noodle"); ``who_did(topic, text)`` the name before "who" and the asked doing ("the
new guy theo who literally burned a whole tray of croissants"); ``titled_teacher(topic,
said)`` a teacher or coach asked by subject and told by title ("bio teacher name?": "a bio
test thursday. mr kowalski makes them impossible"). None when the line does not say it.
``NAME_WAS_SAID`` is the words of a name told as the one before a renaming.
Pure functions over ``Said``; split from ``recall_plain``.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .recall_names import WHO_HAS_NAMES
from .recall_said import Said
from .recall_words import KINDS, STOP, stems

__all__ = ["NAME_WAS_SAID", "lead_name", "pronoun_named", "titled_teacher", "who_did",
           "who_named"]

#: a name told as the one before a renaming ("his name was garfield"), one reading for
#: recall, recall_kind and recall_plain
NAME_WAS_SAID = r"name was|was called|was named|used to be called"

_DOG_BREEDS = KINDS["breed"] - {"tabby", "siamese", "persian", "ragdoll", "ginger"}
_HIS_NAME = re.compile(r"\b(?:(?:his|her|their) name(?:s| is|'s)"
                       r"(?: gonna be| going to be| will be)?|"
                       # "i named him sushi", "theyre naming her rosie" (a name, a food word or
                       # not: "named him" says it is one)
                       r"(?:i|we|they|theyre|they're|we're|were) (?:are |r )?(?:named|naming|"
                       r"called|nicknamed) (?:him|her)) ((?:sir|lady|lord|princess|prince|"
                       r"captain|mr|miss|mrs|ms) [a-z]+(?: [a-z]+)?|[a-z]+)\b")


_WHO_DID = re.compile(r"\b([a-z]+) who ((?:[a-z]+ ){0,2}[a-z]+)\b")


def who_did(topic: set[str], text: str) -> str | None:
    """The name before "who" and the asked doing ("the new guy theo who literally burned a
    whole tray of croissants": theo, asked "who burned the croissants")."""
    for name, verb in _WHO_DID.findall(text.lower()):
        if is_first_name(name) and stems(verb) & topic:  # (its next three words)
            return name
    return None


_TITLED_NAME = re.compile(r"\b((?:mr|mrs|ms|miss|dr|coach|señora|senora|profe)\.? [a-z]+)\b")
_TEACHING = frozenset({"teach", "coach"})


def titled_teacher(topic: set[str], said: Said) -> str | None:
    """A teacher or coach asked by subject, told by title and name in the message that
    names the subject ("bio teacher name?": "a bio test thursday. mr kowalski makes them
    impossible")."""
    found = _TITLED_NAME.search(said.text.lower())
    rest = topic - _TEACHING
    if not topic & _TEACHING or found is None or len(rest) > 1:
        return None
    return found.group(1) if not rest or rest & stems(said.line or said.text) else None


def lead_name(said: Said) -> str | None:
    """A first name said alone to open the message ``said`` is in ("jonah. hes a freshman but
    hes lowkey nasty on bass"): who the message before spoke of."""
    bare = re.match(r"([a-z]{3,})\s*[.!]", (said.line or "").lower())
    return bare.group(1) if bare and is_first_name(bare.group(1)) else None


def pronoun_named(topic: set[str], said: Said) -> str | None:
    """A first name given by "his name is" in the message that names the asked one before
    it ("my moms boyfriend is staying for dinner a lot now, his name is dmitri"), or said
    alone first in the message after ("my duo is my cousin", then "marcus. hes 15")."""
    found = _HIS_NAME.search(said.text.lower())
    line = (said.line or "").lower()
    bare, need = lead_name(said), topic & WHO_HAS_NAMES
    if bare and need and need <= stems(said.before):
        return bare  # "my duo is my cousin, he lives in atlanta", then "marcus. hes 15 and
        # way better than me"
    if found is None or found.group(1) in STOP | {"like", "literally", "so", "just", "kinda"}:
        return None  # (said to be a name, it need not be a known first name: "dmitri")
    before = line[:line.find(found.group(0))] if found.group(0) in line else ""
    if not stems(before) & WHO_HAS_NAMES and said.before:
        # "...about my bunny" then "her name is waffles!!" ("ok i decided his name is ...")
        before = f"{before} {said.before.lower()}"
    need, told = topic & WHO_HAS_NAMES or topic, stems(before)
    if _DOG_BREEDS & set(re.findall(r"[a-z]+", before)):
        told |= {"dog"}  # "im getting a shiba" then "his name is gonna be noodle"
    # (two asked people words before it will do: "my friend asked what my moms boyfriends
    # name is": the mom's boyfriend, not the friend)
    return found.group(1) if need <= told or len(need & told) >= 2 else None


#: a name set after what it names, between commas: "at my cheer gym, blaze allstars, and..."
_APPOSED_HEAD = re.compile(r"\b(?:my|our|the|his|her|their) ((?:[a-z]+ ){0,2}[a-z]+),\s*$")


def apposed(topic: set[str], said: Said) -> bool:
    """``said`` is a short name put after a thing of ``topic`` between commas ("blaze
    allstars" of "i just made the team at my cheer gym, blaze allstars, and..."; round 40
    had "I'm blanking on the name" for the gym team's)."""
    words = said.text.lower().split()
    if not 1 <= len(words) <= 3 or set(words) & _NOT_APPOSED or not said.line:
        return False
    line = said.line.lower()
    at = line.find(said.text.lower())
    head = _APPOSED_HEAD.search(line[:at]) if at > 0 else None
    return head is not None and bool(stems(head.group(1)) & topic)


_NOT_APPOSED = frozenset("and but so lol tho is was are were its it's im i'm we i he she they "
                         "a an the my our shes she's hes he's theyre they're kinda so really "
                         "very super pretty".split())  # ("jess, shes kinda scary": round 45)


#: a role or a "said" given for "who": "your best friend" of "your best friend tariq is the
#: goalie", "coach said" of "ms okafor the cheer coach said ..." (round 68)
_ROLE_ONLY = re.compile(r"^(?:your |the |my )?(?:[a-z]+ ){0,2}(?:friend|coach|teacher|director|"
                        r"boss|manager|captain|cousin|neighbou?r|guy|girl|lady)s?(?: said| says)?$|"
                        r"\b(?:said|says)$", re.I)
_TITLED = re.compile(r"\b((?:ms|mr|mrs|miss|dr|coach)\.? [a-z]+)\b(?! (?:said|says|is|was) "
                     r"(?:the|my|our))", re.I)
_ROLE_NAMED = re.compile(r"\b(?:friend|coach|teacher|director|boss|manager|captain|cousin|"
                         r"neighbou?r|guy|girl|lady) ([a-z]+)\b", re.I)


def who_named(question: str, detail: str, text: str) -> str | None:
    """The name for a "who" asked and answered with a role or a "said" (``detail``): the
    titled name ("Ms Okafor") or the first name after the role ("Tariq") in ``text``, or
    None."""
    if not re.match(r"^\W*(?:(?:and|ok|okay|wait|so|oh|also)\s+)*(?:who|whos|who's)\b",
                    question, re.I) or not _ROLE_ONLY.search(detail.strip()):
        return None
    if titled := _TITLED.search(text):
        return " ".join(w.capitalize() for w in titled.group(1).split())
    named = [m.group(1) for m in _ROLE_NAMED.finditer(text) if is_first_name(m.group(1))]
    return named[0].capitalize() if named else None
