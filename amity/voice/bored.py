"""Boredom met with its reason: what the teen says keeps them bored, said back.

Contract: ``bored(turn, lines)`` is a skill (``Voice.propose``). When the message is boredom
(the act or the mood) and gives a reason ("so bored rn its raining and theres literally
nothing to do", "im bored rn ngl just waiting for it to cool down so i can do my walks",
"im so bored of summer reading"), it offers the team's lines that say the reason back
(``skills.json``: ``bored_why``, ``bored_waiting``, ``bored_of``) and offer a game, a
riddle or an idea. In rounds 15-26 the raters found "let's beat the boredom together. want
some ideas?" sensible but specific almost never. A message with no reason, a question, or
boredom with a person ("im bored of him") gets nothing here. Pure functions.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

PRIOR = 0.9  # says what the message means: above the stock boredom lines

_BORED = re.compile(r"\b(?:bored|boring|nothing to do)\b", re.I)
#: the words of the boredom itself, with its chat filler: cut before the reason is looked for
_SAID = re.compile(
    r"\b(?:(?:and|so|now|ok|ngl|lowkey|kinda|rn|tbh)\s+)*(?:i'?m|im|i am|i'?ve been|been)?\s*"
    r"(?:so+|soo+|super|really|kinda|lowkey|literally|just)?\s*(?:bored|boredd+)(?:\s+(?:af|rn|"
    r"ngl|tbh|lol|today|tonight|now))*\b", re.I)
_OF = re.compile(r"\bbored (?:of|with) (?P<what>(?!it\b|this\b|that\b|him\b|her\b|them\b|"
                 r"u\b|you\b|everything\b|life\b)[a-z' ]{3,30}?)(?=[,.!?;]|\s+(?:bc|because|"
                 r"the|its|it's|and|so|lol|rn|ngl|tho)\b|\s*$)", re.I)
_WAITING = re.compile(r"\bwaiting (?:for|on|till|until) (?P<what>[a-z0-9' ]{3,50}?)"
                      r"(?=[,.!?;]|\s+(?:lol|rn|ngl|tho|and|but)\b|\s*$)", re.I)
_SPLIT = re.compile(r"\s*(?:[,.;!?]+|\s(?:and|bc|because|cuz|cause|since|so|but|plus|rn)\s"
                    r"(?!of\b))\s*", re.I)
#: a clause that says why: weather, a plan called off, nothing on, no one free, stuck
_REASON = re.compile(
    r"\b(?:rain\w*|pouring|snow\w*|storm\w*|too hot|so hot|freezing|cancel+ed|called off|"
    r"nothing (?:on|to)|no one|nobody|everyone(?:'s| is)? (?:busy|away|gone|asleep)|"
    r"all my friends|my friends are|stuck|grounded|wifi|no internet|power(?:'s| is)? out|"
    r"sub\b|substitute|day off|watching a video|reading|nothing left)\b", re.I)
_NOT_A_REASON = re.compile(r"\b(?:die|dying|kill\w*|hate my life|what should i|ideas?)\b|\?",
                           re.I)
_LEAD = re.compile(r"^(?:(?:and|so|now|rn|ngl|lowkey|literally|like|just|also|plus|tbh|"
                   r"today|bc|because)\s+)+", re.I)
_TAIL = re.compile(r"(?:\s+(?:lol|lmao|rn|ngl|tbh|tho|fr|today|either|tho))+$", re.I)


def _said_back(clause: str) -> str:
    out = second_person(_TAIL.sub("", _LEAD.sub("", clause.strip())))
    out = re.sub(r"\bits\b", "it's", out)
    out = re.sub(r"\b(?:bc|cuz|cause) of\b", "because of", out)
    out = re.sub(r"\btheres\b", "there's", out)
    return re.sub(r"\s+", " ", out).strip(" ,.")


def reasons(text: str) -> list[str]:
    """The clauses of ``text`` that say why the teen is bored, said back to them: "it's
    raining", "there's literally nothing to do" of "so bored rn its raining and theres
    literally nothing to do"."""
    rest = _SAID.sub(" , ", text)
    out = []
    for clause in _SPLIT.split(rest):
        if _REASON.search(clause) and not _NOT_A_REASON.search(clause) and \
                2 <= len(clause.split()) <= 9:
            said = _said_back(clause)
            if said and said not in out:
                out.append(said)
    return out[:2]


#: bored in a class: "so bored in math rn", "bored out of my mind in chem"
_IN_CLASS = re.compile(r"\bbored\b[^.!?]{0,20}?\bin (?P<class>math|maths|chem|chemistry|bio|"
                       r"biology|physics|english|history|spanish|french|science|geometry|"
                       r"algebra|class|homeroom|study hall|health|econ|gov)\b", re.I)


def bored(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if not _BORED.search(text) or "?" in text or (turn.act.name != "bored"
                                                  and turn.mood != "bored"):
        return []
    fill: dict[str, str]
    if (room := _IN_CLASS.search(text)) and lines.get("bored_class"):
        # "im so bored in math rn": stuck in class, where no idea can be done (round 51: "do
        # a 10-minute speed clean with a timer and your loudest playlist")
        return lines_for(lines, "bored_class", turn, PRIOR, "bored",
                         {"class": room.group("class").lower()})
    waiting = _WAITING.search(text)
    of = _OF.search(text)
    if waiting and len(waiting.group("what").split()) <= 11:
        key, fill = "bored_waiting", {"what": _said_back(waiting.group("what"))}
    elif of:
        key, fill = "bored_of", {"what": _said_back(of.group("what"))}
    else:
        found = reasons(text)
        if not found:
            return []
        key, fill = "bored_why", {"why": " and ".join(found)}
    return lines_for(lines, key, turn, PRIOR, "bored", fill)
