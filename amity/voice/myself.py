"""Sunny on itself, where no favourite or written line answers: "can u smell things? like do
u know what tomato plants smell like", "do u think u would be a good lawyer", "were u ever
bad at math lol", "do u ever finish something and feel weird after" got "honestly? I'm not
sure! I learn most things from chats like this one 😊 tell me?" or a laugh before.

Contract: ``myself(turn, lines)`` is a skill (``skills.SKILLS`` order, beside ``warmth``).
For a question to Sunny about itself it offers lines the team wrote (``skills.json``):

- "do u ever get bored": not the way they do, and the same asked back ("myself_feel":
  "{feeling}");
- a sense or a body it has not ("can u smell things", "do u even taste food"): no, and the
  teen asked to say what it is like, with their own "what X smells like" asked back
  ("myself_cant": "{verb}", "{ask}");
- "would u be a good lawyer": Sunny would try, and asks what makes a good one
  ("myself_would_be": "{role}");
- "were u ever bad at math", "are u good at drawing": no grades, and humbled all the same
  ("myself_good_at": "{thing}");
- "do u ever finish something and feel weird after": not the way they do, and the feeling
  asked after ("myself_ever").

Quiet for anything else, and for messages that ask more than one thing of the teen's own
life. Pure functions over the turn.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import PRIOR, lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

_YOU = r"(?:u|you|ya)"
_CANT = re.compile(rf"\b(?:can|could|do|does) {_YOU} (?:even |actually |ever |like )?"
                   r"(?P<verb>smell|taste|touch|feel|hug|breathe|swim|dance|cook|draw|sing|"
                   r"run|walk)\b(?! (?:like|about|bad|good|sad|happy|lonely|anything about)\b)")
#: "do u know what tomato plants smell like": asked back as "what do tomato plants smell like?"
_LIKE = re.compile(rf"\b(?:do {_YOU} know |ever wonder )?what (?P<thing>[a-z' ]{{2,40}}?) "
                   r"(?P<verb>smells?|tastes?|feels?|sounds?) like\b")
_WOULD_BE = re.compile(rf"\b(?:would|will|could) {_YOU} be (?:a )?good (?P<role>[a-z]+)\b|"
                       rf"\b(?:{_YOU} would|ud|you'd|youd|u'd) be a good (?P<role2>[a-z]+)\b")
_GOOD_AT = re.compile(rf"\b(?:were|was|are|r) {_YOU} (?:ever |always |even )?(?:good|bad|any "
                      r"good|okay|ok) at (?P<thing>[a-z' ]{2,30}?)(?= or\b| lol\b| tho\b|\?|$|"
                      r"[,.!])")
_EVER = re.compile(rf"^(?:(?:ok|okay|so|and|wait|sunny|random|question|lol)\W+)*do {_YOU} ever "
                   r"(?P<what>(?!get bored|sleep|dream|eat|get tired|get lonely)[a-z' ]{6,60})")
_NOT_ROLE = frozenset("at to in for friend listener one".split())
_FEEL = re.compile(rf"\b(?:do|does|can|could) {_YOU} (?:ever |even |also |too )?get "
                   r"(?P<feeling>bored|lonely|sad|stressed|nervous|angry|mad)\b")


def myself(turn: Turn, lines: Lines) -> list[Proposal]:
    """Lines for a question to Sunny about itself that nothing closer answers."""
    text = turn.view.text.lower().replace("’", "'")
    if (found := _FEEL.search(text)) is not None:
        return lines_for(lines, "myself_feel", turn, PRIOR, "happy",
                         fill={"feeling": found.group("feeling")})
    if (found := _CANT.search(text)) is not None:
        like = _LIKE.search(text)
        ask = f"what do {second_person(like.group('thing'))} {like.group('verb').rstrip('s')} " \
            "like?" if like else "what's it like?"
        return lines_for(lines, "myself_cant", turn, PRIOR, "happy",
                         fill={"verb": found.group("verb"), "ask": ask})
    if (found := _WOULD_BE.search(text)) is not None:
        role = found.group("role") or found.group("role2")
        if role not in _NOT_ROLE:
            return lines_for(lines, "myself_would_be", turn, PRIOR, "happy", fill={"role": role})
    if (found := _GOOD_AT.search(text)) is not None:
        return lines_for(lines, "myself_good_at", turn, PRIOR, "happy",
                         fill={"thing": second_person(found.group("thing").strip())})
    if _EVER.search(text.strip()):
        return lines_for(lines, "myself_ever", turn, PRIOR - 0.2, "neutral")
    return []
