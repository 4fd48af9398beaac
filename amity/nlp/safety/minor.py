"""Whether a user is a minor, from their age band or their own words ("i'm 14", "8th grade"),
or a message involves a child.

Contract: ``minor_in(text, context=()) -> bool``; ``context`` holds earlier messages and
items like "age_band: teen". Pure function over text; ``checker`` re-exports it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from amity.nlp.safety.patterns import IM, A

MAX_SCAN = 8_000  # characters of a message read (``checker`` reads the same)

_MINOR_TEXT = re.compile(
    rf"\b{IM}\s+(?:only\s+|just\s+|like\s+)?(?:1[0-7]|[5-9])\b(?!\s*(?:['’.,:]\d|min|minutes|"
    rf"hours?|hrs?|days?|weeks?|months?|%|percent|dollars|bucks|pounds|lbs|kg|feet|ft|inches|cm|"
    rf"times|th\b|st\b|nd\b|rd\b|points?|out\s+of|/))|"
    rf"\b(?:1[0-7]|[5-9])\s*(?:yo|y/o|years?\s+old|year-old|yr\s+old)\b|"
    rf"\b(?:[6-9]|1[0-2]|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)(?:th)?\s+grade(?:r)?\b|"
    rf"\bmiddle\s+school(?:er)?\b|\bunderage\b|\bi{A}?m\s+a\s+minor\b",
    re.I,
)
#: in the message itself, content about children counts too (not in earlier messages:
#: a parent saying "my kids are asleep" is not a minor)
_MINOR_CONTENT = re.compile(
    r"\ba\s+minor\b|\bjailbait\b|\b(?:kid|kids|child|children|little\s+(?:girl|boy))\b", re.I
)
_AGE_ITEM = re.compile(r"^\s*(?:user[_\s-]?)?age(?:[_\s-]?band)?\s*[:=]\s*(?P<band>.+?)\s*$", re.I)
_MINOR_BAND = re.compile(r"minor|child|kid|teen(?!s?\s*\+)|under[-\s]?18|u18|<\s*18|youth", re.I)
_ADULT_BAND = re.compile(r"adult|18\s*\+|over[-\s]?18|^\s*(?:1[89]|[2-9]\d)", re.I)


def minor_in(text: str, context: Iterable[str] = ()) -> bool:
    """Whether the context's age band or the user's words (this message or an earlier one:
    "i'm 14", "8th grade") say the user is under 18, or this message involves a child."""
    for item in context:
        if not isinstance(item, str):
            continue
        m = _AGE_ITEM.match(item)
        if m:
            band = m.group("band")
            if _ADULT_BAND.search(band) and not _MINOR_BAND.search(band):
                continue
            nums = [int(n) for n in re.findall(r"\d{1,3}", band)]
            if _MINOR_BAND.search(band) or (nums and min(nums) < 18):
                return True
        elif _MINOR_TEXT.search(item[-2000:]):
            return True
    head = text[:MAX_SCAN]
    return bool(_MINOR_TEXT.search(head) or _MINOR_CONTENT.search(head))
