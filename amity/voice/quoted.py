"""A funny word someone said, laughed at with the teen: "one little boy made his lion purple and
said it was a 'grape lion' i cant" -> "'grape lion' 😂 I'm crying".

Contract: ``quoted(turn, lines)`` is a skill (``Voice.propose``). When a message that is no
question, in a calm or happy mood, quotes a short phrase (one to four words in quotes) and
laughs ("lol", "😂", "i cant", "im crying") or calls something by it ("said it was a 'grape
lion'", "is gonna 'supervise'"), it offers ``skills.json``'s ``laugh_quote`` lines with the
quote ("{quote}"). Rounds 70-76 met these with "huh, okay! how do you feel about it?" and
"wait, secret? tell me more 👀". Nothing for an insult quoted ("called me 'annoying'"), a
low or angry mood, or a hurt. Pure functions over the message.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import lines_for, told_calmly
from .recast import _ACHIEVED, _HURT
from .skills import Proposal, Turn

#: below the deed said back with its laugh (``recast_laugh``), above the plain lines
PRIOR = 0.7

_QUOTE = re.compile(r"(?:^|(?<=[\s(]))['\"‘“](?P<quote>[a-z0-9][a-z0-9 !?'-]{0,30}?[a-z0-9!?])"
                    r"['\"’”](?=$|[\s.,!?)]|😂|😭|💀)", re.I)
_LAUGHS = re.compile(r"\b(?:lol+|lmao+|lmfao|haha\w*|hehe\w*|i cant|i can't|im crying|i'm crying|"
                     r"im dead|i'm dead|im deceased|crying)\b\W*$|\b(?:lol+|lmao+|haha\w*)\b|"
                     r"😂|🤣|💀", re.I)
#: a name given or a part played: "said it was a 'grape lion'", "rufus is gonna 'supervise'"
_CALLED = re.compile(r"\b(?:call(?:s|ed)?|said (?:it|she|he|they) (?:was|is|were)|says (?:its|it's|"
                     r"hes|shes)|gonna|going to|named|dubbed)\s+(?:it |him |her |them )?"
                     r"(?:a |an |the |his |her |their )?['\"‘“]", re.I)
#: what is no joke to laugh at: an insult or a word that hurts
_HARSH = re.compile(r"\b(?:annoying|stupid|dumb|ugly|fat|loser|weird|weirdo|disappointment|lazy|"
                    r"cringe|baby|idiot|freak|useless|worthless|shut up|hate|ugh|liar|selfish|"
                    r"dramatic|crazy|psycho|kill|die|dead)\b", re.I)


#: praise quoted is met with pride, not a laugh: "the judges said our brownies were
#: 'dangerously good'", "grandma said they were 'perfect chew'"
_PRAISE = re.compile(r"\b(?:good|great|perfect|amazing|best|better|incredible|awesome|"
                     r"beautiful|brilliant|stunning|talented|proud|nice|cool|impressive|"
                     r"not bad|chef'?s kiss|genius|fire)\b", re.I)


def funny_quote(text: str) -> str | None:
    """The quoted phrase a message laughs at or calls something by, or None."""
    found = _QUOTE.search(text)
    if found is None or len(found.group("quote").split()) > 4:
        return None
    quote = found.group("quote")
    if _HARSH.search(quote) or _PRAISE.search(quote) or _HURT.search(text) or \
            _ACHIEVED.search(text) or not (
            _LAUGHS.search(text) or _CALLED.search(text[:found.start() + 1])):
        return None
    return quote


def quoted(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if not told_calmly(turn):
        return []
    quote = funny_quote(text)
    if quote is None:
        return []
    return lines_for(lines, "laugh_quote", turn, PRIOR, "happy", {"quote": quote})
