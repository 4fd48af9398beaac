"""A memory question told with a remark, the remark met too: "whats my cats name? she just
knocked my water over lol" -> "Kismet! 😊 wait, she knocked your water over?? 😂 stoppp".

Rounds 20-48 answered such questions with the detail alone; the remark (a pet's mischief,
someone's news, a laugh) went unmet. Contract: ``with_remark(view, ranked, propose)``
returns ``ranked`` with its first line, a memory answer, followed by the voice's own reply
to the remark (``recall_aside.remark``); the remark's
reply is taken only from the skills that read a deed or news closely (``_MEETS``) and only
when the question is asked for nothing the answer already meets (``recall_aside.why``, a
cheer). ``propose`` is ``Voice.propose`` for a message alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..types import Candidate, TurnView
from .recall_aside import cheer, remark, why

#: the skills whose reply to a remark says what it means: a pet's deed, a laugh at a deed,
#: news (not a deed said back gladly: "bogey got into the trash again?! that's amazing")
_MEETS = frozenset({"skill:pet_did", "skill:recast_laugh", "skill:news_went_good",
                    "skill:news_went_best", "skill:news_picked", "skill:news_chose_me",
                    "skill:recast_proud"})


def with_remark(view: TurnView, ranked: list[Candidate],
                propose: Callable[[TurnView], list[Candidate]]) -> list[Candidate]:
    if not ranked or not ranked[0].source.startswith("skill:memory"):
        return ranked
    said = remark(view.text)
    if said is None or why(view.text) is not None or cheer(view.text, 0):
        return ranked
    met = next((c for c in propose(replace(view, text=said))[:1] if c.source in _MEETS), None)
    if met is None:
        return ranked
    top = ranked[0]  # the answer first, whatever the order asked: "lab! 😊 how could I
    # forget? wait, pepper ate half the cake?? 😂 stoppp" (not "...stoppp lab! 😊")
    text = f"{top.text} {met.text}"
    return [replace(top, text=text, source=f"{top.source}+remark"), *ranked[1:]]
