"""A chance the teen gets, met with excitement: "and the prize is i get to go to the station and
be on air for like 5 min" -> "wait, you get to go to the station?! that's so cool 😄".

Contract: ``chance(turn, lines)`` is a skill (``Voice.propose``). When a calm or happy message
(no question) tells that the teen gets to do something ("we get to see the giant mixing
vats", "next tuesday we get to do a video call with them"), it offers ``skills.json``'s
``get_to`` lines with what they get to do, in the second person and cut to its first part
("{do}": "see the giant mixing vats"). Rounds 70-76 met these with "okay, I'm listening!
what else?" and "wait, video call? tell me more 👀" (rated sensible, not specific). Nothing
for a chance missed or rationed ("i dont get to", "i only get to see him on weekends"), a
duty ("i have to"), a low mood or a question. Pure functions over the message.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import lines_for, told_calmly
from .recall_words import second_person
from .skills import Proposal, Turn

#: beside a moment, above the plain lines and a name met
PRIOR = 0.9
MOST_WORDS = 7

_GET_TO = re.compile(r"\b(?P<not>(?:dont|don't|never|only|barely|cant|can't|wont|won't|didnt|"
                     r"didn't|not|no one|nobody)\s+(?:\w+\s+)?)?(?:i|we|me and \w+(?: \w+)?)\s+"
                     r"(?:also\s+|even\s+|actually\s+|finally\s+)?(?:get|gets|will get|'ll get|"
                     r"ll get|are gonna get|r gonna get|am gonna get|m gonna get|gonna get)\s+"
                     r"to\s+(?P<do>[a-z][a-z0-9' ]{3,80})", re.I)
#: where what they get to do ends
_END = re.compile(r"\s+(?:and|but|so|bc|because|cuz|which|lol|lmao|omg|haha\w*|ngl|tbh|fr|"
                  r"then|tho|like|at \d+|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b.*$"
                  r"|[.!,;?].*$", re.I)
#: "go" and "do" alone say nothing; a duty or a let-down is no chance
_EMPTY = frozenset("go do be have it that this".split())
_DOWN = re.compile(r"\b(?:have to|has to|had to|gotta|need to|miss|skip|leave|stay home|sit out|"
                   r"clean|redo|retake|wait)\b", re.I)


def chance_said(text: str) -> str | None:
    """What the teen gets to do, in the second person and at most ``MOST_WORDS`` words, or
    None."""
    low = " ".join(text.lower().split())
    found = _GET_TO.search(low)
    if found is None or found.group("not"):
        return None
    do = _END.sub("", found.group("do")).strip()
    words = do.split()
    if not words or words[0] in _EMPTY and len(words) == 1 or len(words) > MOST_WORDS or \
            _DOWN.search(do) or words[-1] in ("the", "a", "an", "my", "our", "to", "with"):
        return None
    return second_person(do)


def chance(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if not told_calmly(turn, angry_too=True):
        return []
    do = chance_said(text)
    if do is None:
        return []
    return lines_for(lines, "get_to", turn, PRIOR, "happy", {"do": do})
