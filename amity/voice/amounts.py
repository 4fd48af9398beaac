"""A big number told with pride, met as a friend meets it: "we made 60 jars this week" ->
"60 jars?! that's so many 😮", "i play cello btw. been playing for 7 years" -> "7 years?!
that's real dedication 🙌", "i mowed lawns all summer and saved $1,150" -> "$1,150?! that's
amazing 🙌".

Contract: ``amounts(turn, lines) -> [Proposal]``: for a message (not a question, not a low
mood) that tells a count of ten or more things (not money, a weight, a time or a date: "420
grams", "$45", "8am"), lines from ``amount_big`` with "{amount}" ("60 jars"); for one that
tells years of doing something ("been playing for 7 years"), ``amount_years`` with
"{years}"; for money saved or earned ("saved $1,150"), ``amount_saved`` with "{sum}"; none
when nothing is counted or the count is small or a let-down ("only sold like 9 jars", "lost
30 followers"). ``counted(text)`` gives (key, amount) or None. Pure functions over the
message; a skill of the voice, ranked above the plain "tell me more".
"""

from __future__ import annotations

import re

from .lines import LOW_MOODS, Lines
from .reading import QUESTION
from .skills import Proposal, Turn, pick

#: above the plain "wait, cello? tell me more 👀" that the ranker likes for its question
PRIOR = 1.0
#: "which is insane for 3 weeks": amazed, though a model may read it as anger
_AMAZED = re.compile(r"\b(?:insane|crazy|wild|nuts|unreal|so many|a lot|huge)\b", re.I)

_COUNT = re.compile(r"(?<![\d$£€.:,])(?P<n>\d{2,5}|\d+k)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)")
#: measures and money: no "so many" for a weight, a price or a clock time
_UNITS = frozenset("grams gram g pounds pound lbs lb ounces ounce oz kg kilos dollars dollar "
                   "bucks cents euros pounds percent degrees minutes mins min hours hrs hour "
                   "seconds secs days weeks months years yrs am pm st nd rd th mph ml calories "
                   "cal followers views likes subscribers subs".split())
_PLURAL_OK = frozenset("people kids children sheep fish deer".split())
_LETDOWN = re.compile(r"\b(?:only|just|barely|lost|missed|failed|down|dropped|owe|cost|spent|"
                      r"paid|broke|late)\b[^.!?]{0,20}$", re.I)
_YEARS = re.compile(r"\b(?:been\s+\w+ing|for)\s+(?:like\s+|about\s+|almost\s+|over\s+)?"
                    r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|yrs)\b",
                    re.I)


#: a measure said to be big: "its gonna be 24 by 40 feet which is huge for our yard", "the
#: loop is 5 km which sounds like SO much" (round 73: "ooh, your yard! how are you feeling
#: about it?")
_MEASURE_BIG = re.compile(
    r"(?<![\w$.:])(?P<measure>\d+(?:\.\d+)?(?: by \d+(?:\.\d+)?)?\s*(?:feet|foot|ft|meters|"
    r"metres|m|km|miles|mi|inches|in|hours|hrs|minutes|mins|pounds|lbs|kg|kilos|gallons|"
    r"liters|litres|stories|floors|laps|pages|words|steps|degrees))\b"
    r"(?:\s+\w+){0,4}?,?\s+(?:which|and that|that)(?:'s|s| is| was| sounds| feels| seems)"
    r"(?:\s+like)?\s+(?:so\s+|sooo+\s+|literally\s+|actually\s+|kinda\s+)?(?:huge|massive|"
    r"enormous|so much|a lot|insane|crazy|wild|nuts|forever|so long|so far|so big|so tall|"
    r"giant|ginormous|a ton)\b", re.I)
_SAVED = re.compile(r"\b(?P<how>saved|saved up|made|earned|raised)\s+(?:like\s+|over\s+|about\s+)?"
                    r"(?P<sum>[$£€]\s?\d[\d,]*(?:\.\d\d)?)", re.I)


#: work still to do: "i have to letter 92 place cards", "gotta memorize 40 lines"
_TODO = re.compile(r"\b(?:have to|hafta|gotta|got to(?!\s+(?:exactly\s+|like\s+|about\s+|almost\s+|"
                   r"over\s+)?(?:\d|$))|need to|must|supposed to|still have|have like)\b[^.!?]*$")
# ("we got to exactly 100 letters": reached, not to do; round 68 said "you've got this")
#: words no counted thing is made of ("12 and shes", "40 i was")
_NOT_IN_COUNT = frozenset("and or but the his her hes shes its is was are were has had i im "
                          "ive we our my your their to of in on at for with".split())
_NOT_COUNTED = frozenset("is was has this yes us as does goes his hers its plus minus always "
                         "thanks times".split())
_AGED = re.compile(r"\b(?:who'?s|who is|she'?s|shes|he'?s|hes|i'?m|im|turned|turning|age|aged)\s*$")


def counted(text: str) -> tuple[str, str] | None:
    """("amount_years", "7"), ("amount_saved", "$1,150") or ("amount_big", "60 jars"), or
    None."""
    low = text.lower()
    if (saved := _SAVED.search(low)) is not None and not _LETDOWN.search(low[:saved.start()]):
        # money raised for a cause is no savings: "we raised $1,140 for the food bank"
        return ("amount_raised" if saved.group("how") == "raised" else "amount_saved",
                saved.group("sum"))
    if (years := _YEARS.search(low)) is not None:
        return "amount_years", years.group("n")
    if (big := _MEASURE_BIG.search(low)) is not None and not _LETDOWN.search(low[:big.start()]):
        return "amount_measure", big.group("measure")  # "24 by 40 feet which is huge"
    best: tuple[int, str, int] | None = None  # (count, said, where)
    for found in _COUNT.finditer(low):
        n, noun = found.group("n"), found.group("noun").split()
        head = noun[0]
        if len(noun) == 2 and noun[1].endswith("s") and not noun[1].endswith("ss") and \
                not head.endswith("s") and head not in _UNITS and head.isalpha() and \
                len(head) > 2 and not {head, noun[1]} & _NOT_IN_COUNT:
            head = " ".join(noun)  # "92 place cards"
        last = head.split()[-1]
        if head in _UNITS or last in _UNITS or not (last.endswith("s") or head in _PLURAL_OK) or \
                last.endswith("ss") or _LETDOWN.search(low[:found.start()]) or \
                low[:found.start()].endswith(("out of ", "at ", "by ", "till ", "until ")) or \
                head in _NOT_COUNTED or \
                _AGED.search(low[:found.start()]):  # "4th out of 14 kids": a placing; "sam
            continue  # whos 17 is training me": an age
        value = int(n[:-1]) * 1000 if n.endswith("k") else int(n)
        if value >= 10 and (best is None or value > best[0]):
            best = (value, f"{n} {head}", found.start())
    if best and _TODO.search(low[:best[2]]):
        return "amount_todo", best[1]  # "i have to letter 92 place cards": a mountain
    if best is None and (each := _EACH.search(low)) is not None and not _PAID.search(low):
        return "amount_each", each.group(0)  # "theyre $3 each or 2 for $5": a price set
    if best is None and (price := _PRICE.search(low)) is not None and \
            int(price.group("n").replace(",", "")) >= 20 and not _BROKE.search(low):
        return "amount_pricey", price.group("sum")  # "theyre like $89 tho" (round 52)
    return ("amount_big", best[1]) if best else None


#: a price told: "theyre like $89 tho", "it costs $120" (not what was saved or made)
_PRICE = re.compile(r"\b(?:theyre|they're|they are|its|it's|it is|costs?|cost like|is|are)\s+"
                    r"(?:like\s+|about\s+|around\s+|almost\s+|literally\s+)?"
                    r"(?P<sum>[$£€](?P<n>\d[\d,]*))(?!\s*(?:each|a piece|per|an? \w+ each))\b")
_BROKE = re.compile(r"\b(?:broke|broken|cracked|lost|stolen|ruined|fine|ticket|owe)\b")
#: a price paid, not set: "it was $35 each to sign up", "tickets are $12 each"
_PAID = re.compile(r"\b(?:sign up|signup|to enter|entry|entrance|ticket|tickets|admission|paid|pay|"
                   r"cost|costs|allowance|fee)\b")
#: a price set for what they sell: "$3 each or 2 for $5", "$2 a cup"
_EACH = re.compile(r"[$£€]\d+(?:\.\d\d)?\s*(?:each|a piece|a cup|a slice|a bag|a box)"
                   r"(?:\s*(?:or|and)\s*\d+\s*for\s*[$£€]\d+)?")


def amounts(turn: Turn, lines: Lines) -> list[Proposal]:
    """Lines that meet a big number told ("60 jars?! that's so many 😮"), or none."""
    text = turn.view.text
    if turn.mood in LOW_MOODS and not (turn.mild and _AMAZED.search(text)) or "?" in text \
            or QUESTION.search(text.lower()):
        return []
    found = counted(text)
    if found is None:
        return []
    key, amount = found
    slot = {"amount_years": "{years}", "amount_saved": "{sum}", "amount_pricey": "{sum}",
            "amount_raised": "{sum}"}.get(key, "{amount}")
    return [Proposal(t.replace(slot, amount), f"skill:{key}", PRIOR)
            for t in pick(lines.get(key), turn.rng, 2)]
