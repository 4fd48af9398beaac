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

import re
from collections.abc import Callable
from dataclasses import replace

from ..types import Candidate, TurnView
from .recall_aside import cheer, remark, why

#: the skills whose reply to a remark says what it means: a pet's deed, a laugh at a deed,
#: news (not a deed said back gladly: "bogey got into the trash again?! that's amazing")
_MEETS = frozenset({"skill:pet_did", "skill:recast_laugh", "skill:news_went_good",
                    "skill:news_went_best", "skill:news_picked", "skill:news_chose_me",
                    "skill:recast_proud"})


#: "remember the cat test? she literally hissed once...": a memory called up to tell more,
#: no detail asked (not "remember how many ...", "remember the name of ...")
_CALLED_UP = re.compile(r"^\W*(?:(?:and|oh|ok|okay|so|wait|also)\W+)*(?:do (?:u|you) |u |you )?"
                        r"remember (?:how i (?:said|told)|when i (?:said|told)|the|that|my)\b"
                        r"(?! (?:name|number|time|day|date|address)\b)[^?]*\?", re.I)
_OWN_DEED = re.compile(r"(?:(?:also|and|so|but|ok|oh)\s+)*(?:i|we|i'm|im)\b")
#: a detail asked: "do u remember my science teachers name?" is no story called up
_DETAIL = re.compile(r"\b(?:name|called|how|what|whats|when|where|who|whos|which|number|time|"
                     r"day|date|age|old)\b")
#: a detail asked after the memory called up: "remember my dog? whats his name again"
_ASKED_AFTER = re.compile(r"\b(?:whats|what's|what is|what was|whos|who's|who is|who was|"
                          r"how old|how many|how much|when is|when was|where is|where was|"
                          r"what did|what kind)\b")
#: a deed said back, beside ``_MEETS``, for the story a called-up memory leads to
_TELLS = _MEETS | {"skill:recast_them", "skill:recast_tell", "skill:recast_glad"}


def with_remark(view: TurnView, ranked: list[Candidate],
                propose: Callable[[TurnView], list[Candidate]]) -> list[Candidate]:
    if not ranked or not ranked[0].source.startswith("skill:memory"):
        return ranked
    said = remark(view.text)
    if said is None or why(view.text) is not None or cheer(view.text, 0):
        return ranked
    called = (up := _CALLED_UP.match(view.text)) is not None and \
        not _DETAIL.search(up.group(0).lower()) and \
        not _ASKED_AFTER.search(view.text[up.end():].lower())  # ("remember my dog? whats his
    # name again lol. he ate a whole cupcake": the name asked, not the story; round 74)
    alone = replace(view, text=said, follow_up=None, new_session=False)  # (no follow-up)
    met = next((c for c in propose(alone)[:1]
                if c.source in (_TELLS if called else _MEETS)), None)
    if met is None or not called and met.source == "skill:recast_laugh" and _OWN_DEED.match(
            said.lower()):
        return ranked  # "i got it to 2 min 55 on the night lol": no "😂 I can't" at a feat
    if called:  # the story told is the point: "yes!! wait, she hissed once and then
        # ignored biscuit?? 😂 stoppp", not the memory said back whole (round 49)
        return [replace(ranked[0], text=f"yes!! {met.text}", source=f"{met.source}+called"),
                *ranked[1:]]
    top = ranked[0]  # the answer first, whatever the order asked: "lab! 😊 how could I
    # forget? wait, pepper ate half the cake?? 😂 stoppp" (not "...stoppp lab! 😊")
    text = f"{top.text} {met.text}"
    return [replace(top, text=text, source=f"{top.source}+remark"), *ranked[1:]]
