"""Details picked up: a friend hears the number that matters ("it was $120 with the grip
tape", "pay is 12.50 an hour") and says it back, where "ooh, tell me more?" said nothing.

Contract: ``picked_up(turn, lines)`` is a skill (``skills.SKILLS``). For money told in a
neutral or happy message it offers lines the team wrote (``skills.json``): earned ("pay is
12.50 an hour", "my first paycheck was $212"): "moment_money_earned"; spent ("i bought my
board with my own money it was 85 bucks", "a new headset, €60 in the sale"):
"moment_money_spent". Quiet for money that is neither plainly (tickets sold, a price
wondered about) and in a low mood. Pure functions over the turn.
"""

from __future__ import annotations

import re

from .lines import LOW_MOODS, Lines
from .moments import PRIOR, lines_for
from .skills import Proposal, Turn

#: an amount of money ("pounds" only with "£": "7 pounds 4 ounces" is a baby's weight), its
#: thousands whole ("$3,800", not "$3,80")
_MONEY = re.compile(r"[$£€]\s?\d+(?:,\d{3})*(?:[.,]\d\d)?(?: (?:an|per|a) (?:hour|hr))?|"
                    r"\b\d+(?:\.\d\d)? ?"
                    r"(?:bucks|dollars|quid|euros)\b|\b\d+(?:\.\d\d)? (?:an|per|a) (?:hour|hr)\b",
                    re.I)
_EARNED = re.compile(r"\b(?:an hour|per hour|a hour|/hr|(?:my |the )?pay (?:is|was)|pays|paid me|"
                     r"paycheck|earn\w*|"
                     r"i make|i made|tips|salary|allowance|raise)\b", re.I)
#: bought: said plainly ("paid for half", "it was $145"), else a "was" with no pay word
_SPENT = re.compile(r"\b(?:bought|buy|cost|costs|paid for|spent|in the sale|on sale)\b|"
                    r"\b(?:it|its|it's|they|that|was)\s+(?:was\s+|were\s+|is\s+)?[$£€\d]", re.I)
_WAS = re.compile(r"\b(?:was|were|got (?:it|them|my|a|an))\b", re.I)
_NEITHER = re.compile(r"\b(?:sold|selling|sell|tickets?|prize|owe|owes|lost|stole|should i|"
                      r"charg\w*|fundrais\w*|per car|a car|each|entry fee|"
                      r"gift ?cards?|vouchers?|won|scholarship|ribbon|"
                      r"how much|cant afford|can't afford|too expensive|expensive|went up|"
                      r"robbery|rip ?off|each way|fare)\b|\?", re.I)


def picked_up(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    found = _MONEY.search(text)
    if found is None or turn.mood in LOW_MOODS or _NEITHER.search(text):
        return []
    amount = " ".join(found.group(0).split())
    key = ("moment_money_earned" if re.search(r"\b(?:hour|hr)\b", amount) else  # "$13 an hour"
           "moment_money_spent" if _SPENT.search(text) else
           "moment_money_earned" if _EARNED.search(text) else
           "moment_money_spent" if _WAS.search(text) else None)
    return lines_for(lines, key, turn, PRIOR, fill={"amount": amount}) if key else []
