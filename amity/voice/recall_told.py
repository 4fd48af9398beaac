"""A question that no memory word marks, asked about a thing the user told: "how wide is the
pond gonna be" after "the pond is gonna be 4 feet wide", "how long can the speech be" after
"the speech can only be 2 minutes" (memory_dev23-26 met such with "ooh, tough one! what would
you say?"). ``recall_ask.is_recall_question`` turns them away for their "gonna", "can" or
"could", which also ask for advice ("what can i make for dinner").

Contract: ``asks_of_told(text, said) -> bool``: a question (a "?" or a short one) that opens
with what, which, who, where, when or how (much, many, long, old, ...), asks nothing of Sunny
and no advice ("should", "how do i", "what can i get"), and whose asked words
(``recall.asked_words``) are said in one earlier message of the user: two of them, or the
only one; or a choice of two ("did i end up using the window or the lamp") both told.
The caller answers it only when ``recall`` finds the answer; nothing else is said
for it ("I don't know" is for questions that ask back). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.question import focus
from .recall_asked import asked_words
from .recall_choice import options
from .recall_said import Said
from .recall_words import stems

_OPENS = re.compile(r"^(?:(?:and|so|ok|okay|wait|oh|also|um|hey)\s+)*"
                    r"(?:what|whats|what's|which|who|whos|who's|where|wheres|where's|when|"
                    r"whens|when's|how (?:much|many|long|old|wide|big|tall|far|deep|high|"
                    r"heavy|fast|often|early|late))\b")
#: a question to Sunny, or one asking what to do ("what can i get her", "how do i start")
_NOT_TOLD = re.compile(r"\b(?:your|ur|yours|sunny|should|shud|shld|recommend|suggest|"
                       r"(?:you|u) (?:think|like|love|want|prefer|feel|mean|know|do|did|"
                       r"have|had|got|get|go|play|watch|listen|read|eat)|how (?:do|can|to)|"
                       r"(?:can|could|would) (?:i|we) (?:get|do|make|say|tell|try|use|go|"
                       r"give|bring|buy|wear|write|cook|ask|text|draw|name|call|play|watch)|"
                       r"(?:is|are|was) (?:it|that|this) (?:normal|bad|good|weird|ok|okay)|"
                       r"best way|any (?:ideas|tips))\b")
#: a choice asked of the user's own doings: "did i end up using the window or the lamp"
_CHOICE = re.compile(r"^(?:(?:and|so|ok|okay|wait|oh|also|um)\s+)*(?:did|was|were|is|are|"
                     r"does|do|which)\b")
#: words asked too widely to show the thing was told
_LOOSE = frozenset("thing things stuff one ones time day way lot kind people person back "
                   "help good bad best new old big little".split())


def asks_of_told(text: str, said: Sequence[Said]) -> bool:
    """``text`` asks, without a memory word, about a thing one earlier message told."""
    low = text.lower().strip()
    asked = low.split("?")[0]
    if _CHOICE.match(asked) and not _NOT_TOLD.search(asked) and (offered := options(asked)):
        # "and did i end up using the window or the lamp": both told, the rules pick one
        both = [stems(offered[0][-1]), stems(offered[1][0])]
        return all(any(one & stems(s.line or s.text) for s in said if not s.fact)
                   for one in both if one)
    if "?" not in low and len(low.split()) > 10 or not _OPENS.match(asked) or \
            _NOT_TOLD.search(asked):
        return False
    topic = asked_words(focus(asked))[0] - _LOOSE
    if not topic:
        return False
    need = 1 if len(topic) == 1 else 2
    return any(len(topic & stems(s.line or s.text)) >= need for s in said if not s.fact)
