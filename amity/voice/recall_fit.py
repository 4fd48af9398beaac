"""Whether a told clause can be the answer a memory question asks, read beside the scoring of
``recall.answer``: a role told in a cast ("what part did i get": "im the bakers wife"), what
was wanted and not had ("i wanted red but they were out"), a year asked and not told, a time
for another distance ("my 50 free": "my 100 free"), a "shes 11" that follows another one
named ("how old is sushi": "my stepsister chloe ..., shes 11"), kin other than the one
asked ("what did my aunt get me": "from my uncle"), the asker of a question ("my
friend asked ...") and a job told with its place ("lifeguarding at the rec center"). Pure
functions and patterns over ``Said``; split from ``recall`` (session 36).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..nlp.facts.lexicon import is_first_name
from .recall_said import Said
from .recall_words import STOP, stems

__all__ = ["ASKER", "JOB_AT", "ROLE_ASKED", "WHAT_YEAR", "YEAR", "cast_as", "unfit",
           "wanted_not_had"]

#: what was wanted and not had: "i wanted red but they were out"
WANTED_BUT = re.compile(r"\b(i (?:wanted|was hoping for|hoped for|wished for) [^,.!?]{1,30}?)"
                         r",? but\b")
WANT_ASKED = frozenset(stems("want wanted wish hope hoping"))
WHAT_YEAR = re.compile(r"\b(?:what|which) year (?:is|was|did)\b")
YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-2]\d)\b")
NUMBERED = re.compile(r"\b(\d+)\s*(?:m\s+)?([a-z]{3,})\b")  # "my 50 free", "the 200 fly"
_CLASS_YEAR = re.compile(r"\b(?:freshman|sophomore|junior|senior|(?:first|second|third|fourth|"
                         r"1st|2nd|3rd|4th) year|grade|grader)\b")


def wanted_not_had(topic: set[str], said: Said) -> bool:
    """``said`` is what its message says was wanted and not had ("i got a green cast, i wanted
    red but they were out": "i wanted red"), and wanting is not what is asked."""
    wanted = WANTED_BUT.search((said.line or said.text).lower())
    return bool(wanted) and wanted.group(1) in said.text.lower() and not topic & WANT_ASKED


def unfit(question: str, whole: str, topic: set[str], wants: set[str]
          ) -> Callable[[Said], bool]:
    """What finds a clause that cannot answer the asking part ``question`` of the message
    ``whole`` whatever its score: its message numbers the asked thing otherwise, a year asked
    is not in it, or its "shes 11" follows another one named (unless a name is asked, or the
    question itself asks of a "she": "where did she move from")."""
    low = question.lower()
    numbered = [(n, w) for n, w in NUMBERED.findall(low) if w not in STOP]
    of_her = not wants & {"name", "who"} and not SHE_ASKED.search(low)
    kin = kin_asked(low)
    named_by_me = bool(_I_NAMED.search(low))
    return lambda said: other_numbered(numbered, said) or no_year(whole, said) or (
        of_her and of_another(topic, said)) or other_kin(kin, said) or (
        named_by_me and bool(_WISHED_NAME.search(said.text.lower())))


#: a name the user gave ("what did i name him") and one someone else only wished for ("my
#: sister ivy wanted to name him cloud. no"): the wish is no answer
_I_NAMED = re.compile(r"\b(?:did|do) (?:i|we) (?:end up )?(?:name|call)\b|\b(?:i|we) named\b")
_WISHED_NAME = re.compile(r"\b(?!i\b|we\b)[a-z]+ (?:wanted|wants|was gonna|was going|wanted me|"
                          r"begged|tried) to (?:name|call)\b")


#: kin told as one: "what did my aunt get me" is answered by "my tia", not "my uncle"
_KIN = {w: k for k, words in {
    "aunt": "aunt auntie aunty tia tía titi", "uncle": "uncle tio tío",
    "grandma": "grandma grandmother granny nana abuela lola gran grandmom",
    "grandpa": "grandpa grandfather abuelo lolo granddad grandad pop",
    "mom": "mom mum mother mommy mama ma stepmom", "dad": "dad father daddy papa stepdad",
    "sister": "sister sis stepsister", "brother": "brother bro stepbrother",
    "cousin": "cousin"}.items() for w in words.split()}
_MY_KIN = re.compile(r"\bmy (?:(?:little|big|older|younger|baby|twin|step) )?([a-zí']+)"
                     r"(?! (?:asked|asks|is asking|wants|wanted|said|says|thinks|keeps asking)\b)")


def _kin_of(word: str) -> str | None:
    """The kin a word names ("grandmas", "moms", "sis"), or None."""
    for w in (word, word.removesuffix("'s"), word.removesuffix("s")):
        if w in _KIN:
            return _KIN[w]
    return None


def kin_asked(question: str) -> set[str]:
    """The kin the question asks of ("what did my aunt get me": aunt), not its asker ("my
    sister wants to know ...")."""
    return {k for m in _MY_KIN.finditer(question) if (k := _kin_of(m.group(1)))}


def other_kin(kin: set[str], said: Said) -> bool:
    """``said`` names kin and none that is asked ("my aunt": "a headset from my grandma and
    a gift card from my uncle")."""
    if not kin:
        return False
    told = {k for w in re.findall(r"[a-zí']+", said.text.lower()) if (k := _kin_of(w))}
    return bool(told) and not told & kin


def other_numbered(numbered: list[tuple[str, str]], said: Said) -> bool:
    """``said``'s message numbers the asked thing otherwise ("my 50 free": "my 100 free")."""
    told = (said.line or said.text).lower()
    return any(re.search(rf"\b\d+\s*(?:m\s+)?{w}\b", told) and not re.search(
        rf"\b{n}\s*(?:m\s+)?{w}\b", told) for n, w in numbered)


def no_year(question: str, said: Said) -> bool:
    """A year asked ("what year is my car", "what year is he in") that ``said`` does not tell."""
    told = (said.line or said.text).lower()
    return bool(WHAT_YEAR.search(question.lower())) and not YEAR.search(told) and \
        not _CLASS_YEAR.search(told)


SHE_ASKED = re.compile(r"\b(?:she|he|her|him|his|hes|shes)\b")
_SHE_FIRST = re.compile(r"^(?:she|he|shes|hes|she's|he's|she is|he is)\b")


def of_another(topic: set[str], said: Said) -> bool:
    """``said`` opens with "she" or "he" after another one named first in its message, and
    nothing asked is in that message."""
    line = (said.line or "").lower()
    at = line.find(said.text.lower())
    if not _SHE_FIRST.match(said.text.lower()) or at <= 0 or topic & stems(line):
        return False
    return any(is_first_name(w) and not stems(w) & topic
               for w in re.findall(r"[a-z]{3,}", line[:at]))


ASKER = re.compile(r"\b(?:my|our) \w+(?: [a-z]+)? (?:asked|asks|is asking|wants|wanted|said|"
                   r"says)\b")  # (not "my sister keeps stealing my charger": hers asked)
JOB_AT = re.compile(r"\b[a-z]+ (?:at|for) (?:the |a )?[a-z]+")
ROLE_ASKED = frozenset(stems("role part character"))
_CAST = re.compile(r"\b(?:cast|casted|musical|play|playing|audition|auditions|auditioned|show)\b")
_AS_ROLE = re.compile(r"\b(?:im|i'm|i am|i got cast as|got cast as|cast me as|i play|ill be|"
                      r"i'll be|im gonna be|i get to be|i got)\s+(?:playing |the |a |an )?[a-z']+")


def cast_as(topic: set[str], said: Said, wants: set[str]) -> bool:
    """The user's role asked ("what part did i get"; not "who played gomez") and told in a
    cast ("i got cast in the musical... im the bakers wife")."""
    return bool(topic & ROLE_ASKED and not wants & {"who", "name"}
                and _AS_ROLE.search(said.text.lower())
                and _CAST.search(f"{said.text} {said.around}".lower()))
