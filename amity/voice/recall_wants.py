"""Which one a person wanted, of several told in one breath; who did a thing asked.

Contract: ``wanted_by(question, told)`` is what the person the question asks of wanted,
picked or voted for, when a message of ``told`` lists two or more such wishes ("my mom wants
bear my dad wants tank my sister wants marshmallow", asked "what did my sister want to name
him" -> "marshmallow"), else None. ``who_did_it(question, told)`` is the first name told as
the doer of what "who came up with ..." asks ("zoe came up with it" -> "Zoe"), else None.
Pure functions over text; used by ``remembered``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.facts.lexicon import is_first_name

_KIN_MOD = r"(?:(?:little|big|older|younger|baby|step|twin|best) )?"
_WANTS = re.compile(rf"\b(?:my )?{_KIN_MOD}([a-z]+) (?:wants|wanted|picked|voted for|votes for|"
                    r"likes|liked|said) ([a-z]+)\b")
_ASKED = re.compile(rf"\bwhat (?:did|does|do|was it) (?:my )?{_KIN_MOD}([a-z]+) (?:want|wanted|"
                    r"pick|picked|vote for|voted for|like|say|said)\b")
_NOT_A_PICK = frozenset("to a an the it that this me him her them us my his their our".split())


def wanted_by(question: str, told: Sequence[str]) -> str | None:
    """What the asked person wanted, of several wishes told in one message (module doc)."""
    asked = _ASKED.search(question.lower())
    if asked is None:
        return None
    who = asked.group(1)
    for text in reversed(told):
        pairs = [(w, v) for w, v in _WANTS.findall(text.lower()) if v not in _NOT_A_PICK]
        if len(pairs) < 2:
            continue
        got = [v for w, v in pairs if w == who]
        if len(got) == 1:
            return got[0]
    return None


_DEEDS = ("came up with|made|picked|chose|named|suggested|thought of|invented|started|won|"
          "found|broke|drew|wrote|baked|built|planned|organized|organised")
_WHO_DID = re.compile(rf"^\W*(?:(?:and|so|ok|okay|wait|also|oh)\s+)*(?:who|whos|who's)\s+"
                      rf"(?:(?:actually|really|first)\s+)?({_DEEDS})\b")


def who_did_it(question: str, told: Sequence[str]) -> str | None:
    """The first name told as the one who did what "who came up with the business name" asks
    ("its called knot your average 😂 zoe came up with it" -> "Zoe"), or None."""
    asked = _WHO_DID.search(question.lower())
    if asked is None:
        return None
    deed = re.escape(asked.group(1))
    for text in reversed(told):
        for name in re.findall(rf"\b([a-z]+) (?:actually |literally |totally )?{deed}\b",
                               text.lower()):
            if is_first_name(name):
                return name.capitalize()
    return None
