"""Questions put to Sunny about itself that no written topic covers: "do u like fishing?",
"have u ever been camping lol", "can u even do magic", "do u know any sign language?".

("do u ever get nervous" is a feeling asked: ``myself`` answers it.)

Contract: ``you_asked(turn, lines)`` is a skill (``Voice.propose``). The thing asked about is
named back in an honest, playful answer from an AI who can't go camping but would love to
hear about it (``skills.json``: "you_like", "you_ever", "you_can", "you_know"), where
rounds 29-32 said "honestly? I'm not sure! I learn most things from chats like this one 😊
tell me?". Quiet when a written topic answers (favourites, ``about_sunny``), for a memory
question, and for a thing that is no more than a pronoun. Pure functions over the turn.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import lines_for
from .skills import Proposal, Turn

PRIOR = 0.8  # above the fallback's "ooh, you're asking me?" and a loose bank match

_LEAD = r"^(?:(?:ok+|okay|so|wait|also|and|random (?:but|q|question)|question|btw|hey|lol|sunny|" \
        r"real quick|quick q)\W+)*"
_THING = (r"(?P<x>[a-z' -]{2,30}?)\s*(?:\?|$|\bor\b|\blol\b|\btho\b|\blike\b|\bat all\b|"
          r"\beven\b|,|\.)")
_SHAPES = (
    ("you_like", re.compile(_LEAD + r"(?:do|did) (?:u|you) (?:even |actually )?(?:like|love|"
                            r"enjoy) " + _THING, re.I)),
    ("you_ever", re.compile(_LEAD + r"(?:have|did) (?:u|you) ever (?:been |done |tried |seen |"
                            r"had |gone |played |eaten |went |go |gone to |been to |go to )?"
                            + _THING, re.I)),
    ("you_can", re.compile(_LEAD + r"(?:can|could) (?:u|you) (?:even |actually )?(?!remember\b|"
                           r"tell\b|help\b|give\b|say\b|guess\b|talk\b|keep\b|believe\b|"
                           r"imagine\b|see\b|hear\b)" + _THING, re.I)),
    ("you_can", re.compile(_LEAD + r"do (?:u|you) know how to " + _THING, re.I)),
    ("you_know", re.compile(_LEAD + r"do (?:u|you) know any " + _THING, re.I)),
    # "do u have a grandma?", "do u have a pet lol" (round 64: "honestly? I'm not sure!")
    ("you_have", re.compile(_LEAD + r"do (?:u|you) (?:even |actually )?have (?:a|an|any) "
                            r"(?!fav|favou?rite|name\b|nickname|question|idea|clue|minute|"
                            r"sec\b|second|moment)" + _THING, re.I)),
    # "did u know it has like 146 moons": a fact told, met with wonder
    ("you_did_know", re.compile(_LEAD + r"did (?:u|you) know (?:that )?(?!my\b|i\b|im\b|what\b|"
                                r"who\b|where\b|when\b|how\b|if\b|about\b|ur\b|your\b)"
                                r"(?P<x>[a-z0-9' ,-]{6,80}?)\s*(?:[?.!]|$)", re.I)),
)
#: one or the other asked of Sunny: "are u a cat person or a dog person"
_EITHER = re.compile(_LEAD + r"(?:are|r) (?:u|you) (?:a|an) (?P<x>[a-z]+) person or (?:a|an) "
                     r"(?P<y>[a-z]+) person\b", re.I)
#: a deed asked after, not a thing: "given a speech", "ridden a horse", "climbed a tree"
_DONE = re.compile(r"(?:been|done|seen|had|made|ridden|flown|sung|swum|won|run|met|built|"
                   r"written|driven|eaten|taken|given|broken|caught|gotten|got|fallen|thrown|"
                   r"[a-z]{3,}ed)\b")
_ARTICLE = re.compile(r"^(?:a|an|the|any|some)\s+", re.I)
_EMPTY = frozenset("it that this me them him her us what who how stuff things".split())


def you_asked(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.act.name in ("about_sunny", "memory_question"):
        return []
    text = " ".join(turn.view.text.lower().split())
    if (either := _EITHER.match(text)) and either.group("x") != either.group("y"):
        return [Proposal(p.text, p.source, PRIOR, p.mood) for p in lines_for(
            lines, "you_either", turn, fill={"x": either.group("x"), "y": either.group("y")})]
    for key, shape in _SHAPES:
        found = shape.match(text)
        if found is None:
            continue
        thing = _ARTICLE.sub("", found.group("x").strip(" -'.,!"))
        if key == "you_did_know":
            thing = re.sub(r"^(?:it|they|he|she)\s+(?:has|have)\s+", "", thing)
            thing = re.sub(r"\b(?:like|literally|actually)\s+", "", thing).strip(" ,")
        if not thing or thing.split()[0] in _EMPTY or re.search(r"\b(?:my|i|me)\b", thing):
            return []  # "do u like my drawing" is about theirs; "can u tell me" is a request
        if key == "you_ever" and _DONE.match(thing) and lines.get("you_ever_done"):
            key = "you_ever_done"  # "have u ever given a speech": "I've never given a speech",
            # not "no body, no given a speech for me" (round 49)
        return [Proposal(p.text, p.source, PRIOR, p.mood)
                for p in lines_for(lines, key, turn, fill={"x": thing})]
    return []
