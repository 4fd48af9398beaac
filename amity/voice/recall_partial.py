"""A memory half kept: the thing asked about was told, the asked detail not found.

Contract: ``partial(question, said, wants) -> Partial | None`` (``wants``: recall's kinds
of detail the question asks for, ``recall.asked_words``). When recall finds no answer to a
memory question ("when is my concert?") but the user did tell Sunny about the thing it asks
after (a line of theirs names "concert"), the thing and the missing detail, for a reply
that says what Sunny does remember and asks for the rest ("I remember your concert! I'm
blanking on the day though 🙈 remind me?") instead of "I don't think you told me". Only for
a question that names its thing ("my X", "the X", "X's") and asks a known kind of detail
(a name, a day, a place, a person, a number, a colour); None otherwise. It never says the
detail, so it can't invent one. Pure text work over ``recall_said.Said``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .recall_said import Said
from .recall_words import stems

__all__ = ["Partial", "partial"]

#: the detail a kind of question asks for, said as a noun ("I'm blanking on the day"); the
#: first kind asked, in this order, is the one said
MISSING = {"name": "the name", "day": "the day", "when": "when it is", "place": "where",
           "who": "who", "count": "the number", "color": "the colour"}
_OWNED = frozenset({"name", "names", "birthday", "bday", "age"})  # "my sisters *name*"
#: words that end the thing ("the concert *with*", "my dogs *name*")
_NOT_THINGS = frozenset(
    "name names day date time place one thing stuff again way number color colour score last "
    "first next new other same with is was are were for at on in to from called and or "
    "lol tho asked asks wants wanted said says told needs keeps thinks".split())
#: a verb after the thing: it does, it is not asked after ("what my cousin *named* her hamster")
_DOES = re.compile(r"(?:[a-z]{2,}[^e\W]ed|named|called|got|gave|made|bought|said|told|picked|"
                   r"chose|calls|names|wants|gets) (?:the|her|his|their|my|our|a|an|it|him|them|"
                   r"one)")
_ASKING = frozenset("what whats what's who whos who's when whens where wheres which how".split())


@dataclass(frozen=True)
class Partial:
    thing: str  # as Sunny says it: "your concert", "the party"
    missing: str  # "the day", "the name", "who"


def partial(question: str, said: Sequence[Said], wants: set[str]) -> Partial | None:
    """The thing a memory question asks after, when the user told of it, and the detail
    the question wants (see the module contract); ``wants`` are recall's kinds."""
    kind = next((k for k in MISSING if k in wants), None)
    if kind is None:
        return None
    told = [stems(s.text) for s in said]
    tokens = re.findall(r"[a-z']+", question.lower())
    # the thing after the asking word first: "my mom asked whats my piano teachers name"
    ask = next((i for i, t in enumerate(tokens) if t in _ASKING), 0)
    for i in [*range(ask, len(tokens)), *range(ask)]:
        tok = tokens[i]
        if tok not in ("my", "the", "our"):
            continue
        words: list[str] = []
        for j in range(i + 1, min(i + 4, len(tokens))):
            if _DOES.fullmatch(" ".join(tokens[j:j + 2])):
                words = []  # "what my brother named the egg": the egg is asked after, not him
                break
            if j == i + 3 or tokens[j] in _NOT_THINGS:
                break
            words.append(tokens[j])
        if not words:
            continue
        after = tokens[i + 1 + len(words)] if i + 1 + len(words) < len(tokens) else ""
        last = words[-1]
        if last.endswith("'s"):
            last = last[:-2]
        elif last.endswith("s") and after in _OWNED | {"first", "last", "full", "middle"} \
                and len(last) > 3:
            # "my little sisters name": a possessive without its "'"; "my coaches": coach
            last = last[:-2] if re.search(r"(?:ch|sh|ss|x|z)es$", last) else last[:-1]
        words[-1] = last
        key = stems(last)
        if len(last) < 3 or not key or not any(key <= t for t in told):
            continue
        owner = "your" if tok in ("my", "our") else "the"
        return Partial(f"{owner} {' '.join(words)}", MISSING[kind])
    return None
