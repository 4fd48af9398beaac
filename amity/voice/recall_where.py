"""Where and what time: the asked place or clock time picked out of a message said back.

Contract: ``place(question, text, topic)`` is the place a "where" question asks for, from
the message that answers it ("where is lucía from": "valencia" in "shes from valencia,
shes 17"; "where does she go to college": "columbus" in "greta is at college in columbus"),
or None. ``clock(question, text)`` is the time a "what time" question asks for ("6pm" in
"she lands wednesday the 9th at 6pm and stays 10 days"; "4:15" in "friday at 4:30, wait no
4:15"; "10 to 2"), or None when the question asks no time or the message holds two times
and no correction. Pure functions over text.
"""

from __future__ import annotations

import re

from .recall_words import stems

#: a place said after its preposition, up to a joining word, a day, a time or a mark
_PLACE = re.compile(r"\b(?:from|in|at|to)\s+(?=((?:the\s+)?[a-zà-öø-ÿ'&-]+(?:\s+[a-zà-öø-ÿ'&-]+)"
                    r"{0,3}))", re.I)  # (a lookahead: "at college in columbus" holds two)
_STOP = frozenset("""on at in to for and but so bc cuz because with by of from like which who
    that this when where tho lol lmao rn now today tonight tomorrow tmrw next last this every
    is was are were be im i we he she they it its my our your his her their a an me us them
    monday tuesday wednesday thursday friday saturday sunday night morning afternoon evening
    weekend week month year the after before around until till about""".split())
_NOT_PLACE = frozenset("""town time first least all once least love
    charge trouble person line front back case general fact total order advance""".split()) | \
    frozenset("""see visit meet get go be do have make watch buy pick help try find take
    stay play work save learn hang""".split())  # "a trip to see my aunt in denver": denver

_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|"
                   r"\b\d{1,2}(?::\d{2})?\s*(?:to|-|till|until)\s*\d{1,2}(?::\d{2})?\b", re.I)
_ASKS_TIME = re.compile(r"\bwhat time\b|\bday and time\b|\bwhen and what time\b", re.I)
_FIX = re.compile(r"\b(?:wait|no|nvm|actually|i mean|i meant)\b", re.I)


#: a place's first word kept only as whose it is: "at my aunts house" -> "your aunts house"
_LEADS = frozenset("the my our his her their".split())
_OWNED_PLACES = frozenset("house home place apartment flat cabin farm shop store office restaurant "
                          "bakery garage backyard yard church".split())
_YOUR = {"my": "your ", "our": "your ", "his": "his ", "her": "her ", "their": "their "}

#: the street a place is on: "the community church on maple st"
_STREET = re.compile(r"\s+on\s+((?:[a-z0-9]+\s+){1,2}(?:st|street|ave|avenue|rd|road|blvd|ln|lane|"
                     r"dr|drive|way|ct|court)\b)", re.I)


def place(question: str, text: str, topic: set[str]) -> str | None:
    """The place a "where" question asks for in ``text``: the first place after from, in,
    at or to whose words the question does not already hold ("at college in columbus":
    "columbus"), one to three words, no pronoun, day or time."""
    asked = stems(question.lower()) | topic
    for m in _PLACE.finditer(text):
        words: list[str] = []
        for k, w in enumerate(m.group(1).split()):
            if w.lower() in _STOP and not (k == 0 and w.lower() in _LEADS):
                break
            words.append(w)
        whose = _YOUR.get(words[0].lower(), "") if words else ""
        words = [w for w in words if w.lower() not in _LEADS]
        if whose and (len(words) < 2 or words[-1].lower() not in _OWNED_PLACES):
            continue  # "at my house" is no place's name; "at my aunts house" is (not "in
            # my science class" for where the new girl is from)
        if not words or words[0].lower() in _NOT_PLACE or len(words) > 3 or \
                all(len(w) <= 2 for w in words):
            continue  # (not "er" of "she works in the er at grady": grady)
        end = text.lower().find(words[-1].lower(), m.start(1)) + len(words[-1])
        if stems(" ".join(words).lower()) <= asked or len(words) > 1 and \
                stems(words[-1].lower()) <= asked and _PLACE.search(text[end:]):
            continue  # "at college" asked of college: the place is further on; "to the
            # record fair at the vfw hall" asked where the fair was: the hall (round 71)
        street = _STREET.match(text, end)
        return whose + " ".join(words) + (f" on {street.group(1)}" if street else "")
    return None


#: a time put right in so many words: "at 5 not 6", "at 6:30 not 7"
_AT_NOT = re.compile(r"\b(?:at|is|its|it's) (\d{1,2}(?::\d\d)?\s*(?:am|pm)?),? not (?:at )?\d")


def clock(question: str, text: str) -> str | None:
    """The clock time a "what time" question asks for in ``text``: the only one, or the
    one said after a correction ("4:30, wait no 4:15")."""
    if not _ASKS_TIME.search(question):
        return None
    if (put := _AT_NOT.search(text.lower())) is not None:
        return put.group(1)  # "the cats dinner is at 5 not 6 ... SCREAMING at me at 5:15": 5
    times = [(m.start(), " ".join(m.group(0).split())) for m in _TIME.finditer(text)]
    if not times:
        return None
    if len({t for _, t in times}) == 1:
        return times[0][1]
    fix = max((m.start() for m in _FIX.finditer(text)), default=-1)
    after = [t for at, t in times if at > fix >= 0]
    return after[-1] if len(after) == 1 else None


_NOT_PLACE_NAME = frozenset("the a an my our his her their this that next last at in to from "
                            "new old big little same other dog water skate trampoline theme "
                            "national state".split())


def named_place(kind: str, text: str) -> str | None:
    """The name a place of ``kind`` has in ``text`` ("jefferson park" of "at jefferson park at
    2"), title-cased; None when only the kind is said ("the park")."""
    for found in re.finditer(rf"\b([a-z]+) {re.escape(kind)}\b", text.lower()):
        if found.group(1) not in _NOT_PLACE_NAME:
            return found.group(0).title()
    return None
