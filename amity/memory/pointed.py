"""Who a pronoun in a question points back to, for recall: "how old did i say he was?" after
"remind me what my grandpas actual name is" asks about the grandpa.

Contract: ``points_back(text, previous) -> str | None``: ``previous`` (the user's message
before ``text``) when ``text`` is a question that speaks of "he", "she", "his", "her", "him"
and names no one itself, and ``previous`` names someone (a relative, a pet, a title, a
first name); else None. The engine searches memory with it too, so the grandpa's "hes 78"
is among what recall reads, not only the dog's "hes a 10 yr old dachshund" (round 56).
Pure function over text.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name

_POINTER = re.compile(r"\b(?:he|she|his|her|him|hes|shes|he's|she's)\b", re.I)
_ASKS = re.compile(r"\?|^\W*(?:(?:and|ok|so|wait|also|oh)\W+)*(?:how|what|whats|what's|who|"
                   r"where|when|which|do u|do you|did i)\b", re.I)
_SOMEONE = re.compile(r"\b(?:my|our|his|her) (?:little |big |older |younger |baby |step)?"
                      r"(?:mom|mum|dad|brother|sister|cousin|aunt|uncle|grandma|grandpa|"
                      r"grandpas|grandmas|nana|nan|papa|abuela|abuelo|lola|lolo|dziadek|babcia|"
                      r"friend|bff|coach|teacher|neighbou?r|boss|manager|dog|cat|puppy|kitten|"
                      r"bird|fish|hamster|bunny|rabbit|horse|pet)s?\b|"
                      r"\b(?:mr|mrs|ms|miss|coach|dr)\.? [a-z]+\b", re.I)


def _names_someone(text: str) -> bool:
    return bool(_SOMEONE.search(text)) or any(
        is_first_name(w) for w in re.findall(r"\b[a-z]{3,}\b", text.lower()))


_HE = re.compile(r"\b(?:he|his|him|hes|he's)\b", re.I)
_SHE = re.compile(r"\b(?:she|her|shes|she's)\b", re.I)
_FEMALE = re.compile(r"\b(?:mom|mum|sister|aunt|grandma|grandmas|nana|nan|abuela|lola|babcia|"
                     r"mrs|ms|miss|girlfriend|girl|lady|woman)\b", re.I)
_MALE = re.compile(r"\b(?:dad|brother|uncle|grandpa|grandpas|papa|abuelo|lolo|dziadek|mr|"
                   r"boyfriend|guy|boy|man|dude)\b", re.I)


def points_back(text: str, previous: str) -> str | None:
    """``previous`` when ``text`` asks about someone only by a pronoun and ``previous``
    names someone who may be that pronoun (not "he" after "ms reyes hugged me"); else
    None."""
    if not previous or not _POINTER.search(text) or not _ASKS.search(text) or \
            len(text.split()) > 30 or _names_someone(text):
        return None
    he, she = bool(_HE.search(text)), bool(_SHE.search(text))
    if he != she and (_FEMALE if he else _MALE).search(previous) and not (
            _MALE if he else _FEMALE).search(previous):
        return None  # round 56: "how many days he was there" after "ms reyes hugged me"
    return previous if _names_someone(previous) else None
