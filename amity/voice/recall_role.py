"""A role asked with a qualifier that the answer's sentence never gave it: "what's my math
teacher's name" answered "Ms Okafor" from "our advisor is ms okafor shes like the nicest
teacher ever" (round 33: raters called it a memory made up).

``not_theirs(question, said) -> bool``: True when the question asks someone else's age
("how old is she again?") and the answer's sentence is the teen's own introduction ("you're
leila, 17"): round 33 answered a 101-year-old's age with the teen's.

Contract: ``other_role(question, said) -> bool``: True when the question asks after a role
named with a qualifier ("math teacher", "swim coach", "piano teacher") and the sentence the
answer comes from (``said``, as recall words it) never says the qualifier; then the answer
is not given and Sunny says it was not told. Pure.
"""

from __future__ import annotations

import re

_ROLES = (r"teacher|coach|tutor|instructor|doctor|dentist|boss|manager|counselor|principal|"
          r"captain|advisor|trainer|teammate|partner|neighbou?r|director")
#: "my math teacher's name", "my science teachers name", "the swim coach"
_ASKED = re.compile(rf"\b(?:my|our|the|her|his) (?P<kind>[a-z]+) (?P<role>{_ROLES})(?:'?s)?\b",
                    re.I)
_NOT_KIND = frozenset("new old first last other favorite fav fave main head real best "
                      "current".split())


def other_role(question: str, said: str) -> bool:
    asked = _ASKED.search(question.lower())
    if asked is None or asked.group("kind") in _NOT_KIND:
        return False
    kind = asked.group("kind")
    stem = kind[:4] if len(kind) > 4 else kind  # "chemistry" / "chem", "biology" / "bio"
    return not re.search(rf"\b{re.escape(stem)}", said.lower())  # ("piano lessons with mrs
    # kim" answers "my piano teacher": the kind is said, the role need not be)


_THEIR_AGE = re.compile(r"\bhow old (?:is|was|are|were) (?:she|he|they|her|him)\b|"
                        r"\b(?:her|his|their) age\b", re.I)
_OWN_AGE = re.compile(r"\byou(?:'re| are|re)?\s+(?:[a-z]+,?\s+)?\d{1,2}\b|\byou(?:'re| are) "
                      r"\d{1,2}\b", re.I)


def not_theirs(question: str, said: str) -> bool:
    return bool(_THEIR_AGE.search(question) and _OWN_AGE.search(said))
