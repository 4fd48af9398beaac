"""A role asked with a qualifier that the answer's sentence never gave it: "what's my math
teacher's name" answered "Ms Okafor" from "our advisor is ms okafor shes like the nicest
teacher ever" (round 33: raters called it a memory made up).

``not_theirs(question, said) -> bool``: True when the question asks someone else's age
("how old is she again?", "how old is my aunt") and the answer's sentence is the teen's own
introduction ("you're leila, 17"): rounds 33 and 35 answered a 101-year-old's age and an
aunt's with the teen's.

Contract: ``other_role(question, detail, told) -> bool``: True when the question asks after
a role named by its kind ("math teacher", "swim coach", "piano teacher") and no message of
the teen's that says the answer (``detail``) says the kind; then the answer is not given and
Sunny says it was not told. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ROLES = (r"teacher|coach|tutor|instructor|doctor|dentist|boss|manager|counselor|principal|"
          r"captain|advisor|trainer|teammate|partner|neighbou?r|director")
#: "my math teacher's name", "my science teachers name", "the swim coach"
#: "my math teacher's name", "my science teachers name", "the swim coach": a kind that is a
#: subject or an activity (not "the nice manager", "my new coach")
_KINDS = (r"math|maths|science|bio|biology|chem|chemistry|physics|history|english|spanish|french|"
          r"german|latin|art|music|band|choir|drama|theater|theatre|gym|pe|swim|swimming|piano|"
          r"guitar|violin|cello|drum|drums|voice|dance|ballet|soccer|football|basketball|baseball|"
          r"softball|volleyball|tennis|track|hockey|wrestling|gymnastics|karate|taekwondo|"
          r"chess|robotics|debate|coding|computer|cs|health|geography|econ|homeroom")
#: a kind said by what is done in it: "our crew battle ... miss tasha" is the dance teacher
_SAID_AS = {"dance": ("crew", "battle", "studio", "ballet", "hip ?hop", "routine", "choreo"),
            "swim": ("pool", "meet", "laps?", "stroke", "butterfly", "freestyle", "backstroke"),
            "swimming": ("pool", "meet", "laps?", "stroke", "butterfly", "freestyle"),
            "voice": ("sing", "song", "choir", "vocal"), "art": ("draw", "paint", "portfolio",
                                                                 "sketch", "ceramic"),
            "math": ("algebra", "geometry", "calc"), "science": ("bio", "chem", "physics", "lab"),
            "music": ("band", "choir", "orchestra", "piano", "guitar", "violin"),
            "piano": ("recital", "keys"), "soccer": ("goalie", "keeper"),
            "english": ("essay", "book report", "poem")}
_ASKED = re.compile(rf"\b(?:my|our|the|her|his) (?P<kind>{_KINDS}) (?P<role>{_ROLES})(?:'?s)?\b",
                    re.I)


def other_role(question: str, detail: str, told: Sequence[str]) -> bool:
    """True when ``question`` asks a role by its kind and none of the teen's messages that
    say ``detail`` (the answer), nor the one before or after each, says the kind ("science
    quiz ... mr okafor said" does)."""
    asked = _ASKED.search(question.lower())
    if asked is None or not detail:
        return False
    kind = asked.group("kind")
    stem = kind[:4] if len(kind) > 4 else kind  # "chemistry" / "chem", "biology" / "bio"
    stem = "|".join([re.escape(stem), *_SAID_AS.get(kind, ())])
    name = detail.lower().split()[-1]
    low = [t.lower() for t in told]
    near = [" ".join(low[max(0, i - 1):i + 2]) for i, t in enumerate(low)
            if re.search(rf"\b{re.escape(name)}\b", t)]  # the message and its neighbours: "i
    # hurt my shoulder at swim practice" / "coach dunn thinks i strained it"
    return bool(near) and not any(re.search(rf"\b(?:{stem})", t) for t in near)


_THEIR_AGE = re.compile(r"\bhow old (?:is|was|are|were|'s)\b|\bhow old\s+(?:my|her|his|their)\b|"
                        r"\b(?:her|his|their|[a-z]+'?s) age\b(?<!\bmy age)", re.I)
_OWN_AGE = re.compile(r"\byou(?:'re| are|re)?\s+(?:[a-z]+,?\s+)?\d{1,2}\b|\byou(?:'re| are) "
                      r"\d{1,2}\b", re.I)


def not_theirs(question: str, said: str, detail: str | None = None) -> bool:
    """Someone's age asked and the teen's own answered; with the ``detail`` found, only when
    that is the teen's age ("noahs turning 13 and im 16": 13 is Noah's, round 49)."""
    if not _THEIR_AGE.search(question):
        return False
    own = [m.group(0) for m in _OWN_AGE.finditer(said)]
    if detail and (number := re.search(r"\d{1,2}", detail)):
        return any(re.search(rf"\b{number.group(0)}\b", m) for m in own)
    return bool(own)
