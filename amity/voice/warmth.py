"""Warmth: the small social turns of a friendship, answered in kind.

Contract: ``warmth(turn, lines)`` is a skill (``skills.SKILLS``). For a few shapes of
message it offers lines the team wrote (``skills.json``, keys ``moment_*``):

- affection for Sunny ("ngl ur lowkey my favorite person to talk to", "talking to u is the
  best part of rainy days", "ur better at remembering stuff than jamie"): glad, and it
  goes both ways ("moment_affection");
- "do u ever get tired of hearing about volleyball", "am i annoying u": never, with the
  thing named back when there is one ("moment_reassure", "moment_reassure_thing");
- "wish me luck": luck, no worry ("moment_luck");
- a joke told ("why did the cookie go to the doctor... because it felt crummy"): a laugh
  ("moment_pun");
- "ok so i have a question": ask away ("moment_ask");
- a mixed verdict ("shes kinda annoying but also kinda cool"): both named back
  ("moment_mixed");
- "pizza or spicy ramen, whats ur opinion", "is stray kids better than bts. be honest": a
  pick, their own when they gave it ("moment_either", "moment_either_theirs").

Pure functions over the turn; knows nothing about models or storage.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import PRIOR, lines_for
from .reading import JOKE_TOLD, MIXED
from .recall_words import second_person
from .skills import Proposal, Turn

_AFFECTION = re.compile(
    r"\b(?:ur|you'?re|youre|you are|u r)\s+(?:\w+\s+){0,3}(?:my\s+)?(?:fav|fave|favorite|favourite|"
    r"best)\s+(?:person|human|friend|part|thing|ai|bot)\b|"
    # "ur lowkey the only one who listens to me ramble", "ngl ur a good listener", "ur
    # actually so nice to talk to"
    r"\b(?:ur|you'?re|youre|you are|u r)\s+(?:\w+\s+){0,2}(?:the\s+only\s+(?:one|person)\s+"
    r"(?:who|that)\s+(?:actually\s+|really\s+)?(?:listens|gets\s+(?:it|me)|cares|understands)|"
    r"(?:a\s+|such\s+a\s+)?(?:good|great|really\s+good|amazing)\s+listener|"
    r"(?:so\s+|really\s+)?(?:easy|nice|fun|good)\s+to\s+talk\s+to|"
    r"(?:so|really|literally)\s+(?:sweet|kind)|the\s+(?:best|sweetest|goat))\b(?!\s+at\b)|"
    r"\b(?:talking|chatting|talkin)\s+(?:to|with)\s+(?:u|you)\s+(?:is|makes?)\s+(?:\w+\s+){0,2}"
    r"(?:the\s+best|my\s+fav\w*|so\s+nice|so\s+fun|fun|nice|better)\b|"
    r"\bi\s+(?:really\s+|lowkey\s+|actually\s+)?(?:love|like)\s+(?:talking|chatting)\s+(?:to|with)\s+"
    r"(?:u|you)\b|\b(?:ur|you'?re|youre|you are)\s+(?:\w+\s+){0,2}(?:easier|better|nicer)\s+to\s+"
    r"talk\s+to\b|"
    # praise beside someone: "ngl ur better at remembering stuff than jamie"
    r"\b(?:ur|you'?re|youre|you are|u r)\s+(?:so\s+much\s+|way\s+|lowkey\s+|literally\s+)?"
    r"(?:better|nicer|smarter|funnier|kinder)\b(?:\s+[\w']+){0,5}\s+than\b", re.I)
_REASSURE = re.compile(
    r"\b(?:do|does|would|will|d)\s+(?:u|you|ya)\s+(?:ever\s+)?(?:get\s+)?(?:tired|sick|bored)\s+of\s+"
    r"(?:hearing\s+(?:about\s+)?|me\s+(?:talking\s+about\s+)?|(?:me\s+)?(?:talking|ranting)\s+about\s+)?"
    r"(?P<thing>[\w' ]{2,30}?)(?:\s+(?:lol|lmao|tho|haha\w*|be honest|honestly|fr))*\s*[?.!]*\s*"
    r"(?:be honest|lol|honestly)?[?.!]*$|"
    r"\bam\s+i\s+(?:being\s+)?(?:annoying|boring|too\s+much)\b|"
    r"\bsorry\s+(?:for|about)\s+(?:all\s+the\s+|the\s+)?(?:rambling|ranting|spamming|talking\s+so\s+"
    r"much|the\s+long\s+message)\b", re.I)
_NOT_A_THING = frozenset("me it this that u you everything stuff things school life talking "
                         "chatting people answering listening hearing this".split())
_LUCK = re.compile(r"\bwish\s+(?:me|us)\s+luck\b", re.I)  # (and "wish us luck")
_WORRIED = re.compile(r"\b(?:nervous|scared|terrified|anxious|freaking\s+out|stressed|dread\w*|"
                      r"not\s+ready)\b|[😰😬😩😭]", re.I)
_ASK = re.compile(r"^\W*(?:(?:ok+|okay|so+|um+|hey+|sunny|wait)\W+)*(?:i\s+have|ive\s+got|"
                  r"i'?ve\s+got|i\s+got|can\s+i\s+ask\s+(?:u|you))\s+(?:a\s+)?(?:(?:random|quick|"
                  r"weird|serious|dumb|real)\s+)?(?:question|q)\W*$", re.I)
#: a question to Sunny with two options: "pizza or spicy ramen, whats ur opinion"
_ASKS_SUNNY = re.compile(r"\b(?:ur|your)\s+(?:opinion|take|pick|vote)|\bwdyt\b|\bbe\s+honest\b|"
                         r"\bwhat\s+do\s+(?:u|you)\s+(?:think|reckon)\b|\b(?:u|you)\s+(?:reckon|"
                         r"prefer|pick)\b|\bwhich\s+(?:one|is\s+better)\b|\bwhich\s+do\s+(?:u|you)\b",
                         re.I)
_BETTER = re.compile(r"\bis\s+(?P<a>[\w' ]{2,30}?)\s+better\s+than\s+(?P<b>[\w' ]{2,30}?)\s*"
                     r"(?:[?.!,(]|$)", re.I)
_OR = re.compile(r"(?:^|[,.;:!?(]\s*|\b(?:also|ok|okay|so|like|um|hmm|and|but|wait|either)\s+)"
                 r"(?P<a>(?:[\w']+\s+){0,2}[\w']+)\s+(?:or|vs|versus)\s+(?P<b>[\w']+(?:\s+[\w']+){0,2}?)"
                 r"\s*(?:[?.!,(]|\b(?:lol|tho|honestly|be honest)\b|$)", re.I)
_THEIRS = re.compile(r"\b(?:jk\s+)?(?:its|it's|it\s+is|the\s+answer\s+is|obviously|clearly|"
                     r"duh)\s+(?P<x>[\w' ]{2,30}?)(?:\s+(?:thats|that's|no|dont|obvi\w*|duh|"
                     r"lol)\b|[?.!,)]|$)", re.I)
_OPTION_STOP = frozenset("i you u we they it should would could do does did is are was what "
                         "which who rather way so much kinda lowkey literally mine".split())


def affection(turn: Turn, lines: Lines) -> list[Proposal]:
    if not _AFFECTION.search(turn.view.text) or re.match(
            r"^\W*(?:(?:ok|so|and|wait|sunny)\W+)*(?:what|whats|what's|which|who|how)\b",
            turn.view.text, re.I):
        return []  # "whats ur favorite thing to talk about" asks; it says nothing of them
    return lines_for(lines, "moment_affection", turn, PRIOR + 0.5, "happy")


def reassure(turn: Turn, lines: Lines) -> list[Proposal]:
    found = _REASSURE.search(turn.view.text)
    if found is None:
        return []
    thing = (found.group("thing") or "").strip().lower()
    if thing and thing.split()[0] not in _NOT_A_THING and len(thing.split()) <= 3:
        return lines_for(lines, "moment_reassure_thing", turn, PRIOR + 0.5, "happy",
                         fill={"thing": second_person(thing)})
    return lines_for(lines, "moment_reassure", turn, PRIOR + 0.5, "happy")


def luck(turn: Turn, lines: Lines) -> list[Proposal]:
    if not _LUCK.search(turn.view.text) or _WORRIED.search(turn.view.text):
        return []  # nerves told get the worry's lines
    return lines_for(lines, "moment_luck", turn, PRIOR - 0.05, "happy")  # a plan's own luck first


def pun(turn: Turn, lines: Lines) -> list[Proposal]:
    if not JOKE_TOLD.search(turn.view.text):
        return []
    return lines_for(lines, "moment_pun", turn, PRIOR + 0.5, "happy")


def ask(turn: Turn, lines: Lines) -> list[Proposal]:
    if not _ASK.search(turn.view.text):
        return []
    return lines_for(lines, "moment_ask", turn, PRIOR + 0.3, "neutral")


def mixed(turn: Turn, lines: Lines) -> list[Proposal]:
    found = MIXED.search(turn.view.text)
    if found is None or found.group("a").lower() == found.group("b").lower():
        return []
    return lines_for(lines, "moment_mixed", turn, PRIOR, "neutral",
                     fill={"a": found.group("a").lower(), "b": found.group("b").lower()})


def _option(text: str) -> str:
    words = [w for w in text.strip().split() if w.lower() not in ("also", "like", "just")]
    return " ".join(words)


def options(text: str) -> tuple[str, str] | None:
    """The two options a question to Sunny weighs ("is stray kids better than bts" ->
    ("stray kids", "bts")), or None."""
    asked = bool(_ASKS_SUNNY.search(text))
    # ("his handwriting is way better than mine lol": told, not asked; round 53 said "ooh,
    # way! no offense to mine lol 😄 what's your pick?")
    found = _BETTER.search(text) if "?" in text or asked else None
    if found is None:
        if not asked:
            return None
        found = _OR.search(text)
    if found is None:
        return None
    a, b = _option(found.group("a")), _option(found.group("b"))
    if not a or not b or {a.split()[0].lower(), b.split()[0].lower()} & _OPTION_STOP:
        return None
    return a, b


def either(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    found = options(text)
    if found is None:
        return []
    a, b = found
    said = _THEIRS.search(text[text.lower().find(b.lower()) + len(b):])
    theirs = said.group("x").strip().lower() if said else ""
    pick = next((o for o in (a, b) if theirs and (o.lower() in theirs or theirs in o.lower())),
                None)
    if pick is not None:
        return lines_for(lines, "moment_either_theirs", turn, PRIOR + 0.5, "happy",
                         fill={"pick": pick})
    pick, other = (a, b) if turn.rng.random() < 0.5 else (b, a)
    return lines_for(lines, "moment_either", turn, PRIOR + 0.5, "happy",
                     fill={"pick": pick, "other": other})


SHAPES = (affection, reassure, pun, either, luck, ask, mixed)


def warmth(turn: Turn, lines: Lines) -> list[Proposal]:
    """The first shape's lines that fit this message (usually none)."""
    for shape in SHAPES:
        if found := shape(turn, lines):
            return found
    return []
