"""A date put right without the plan's name: "wait i had the date wrong, its the 21st not
the 14th" moves the recital told for the 14th.

Contract: ``redated(text, plans, now) -> (plan, day) | None``. ``plans`` are the user's
dated plans still ahead (ledger rows with ``when``). The message must give one new date
still ahead and either name the old one after "not" ("the 21st not the 14th", "its
saturday not friday"), which picks the plan on that day, or own a slip about the date ("i
had the date wrong", "wrong day") with no old date, which picks the plan told last. A plan
named in the message is the fact extractor's to move (``ledger._moved``); this is for the
message that names none. Pure: the caller writes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol, TypeVar

from ..nlp.facts.dates import find_dates

__all__ = ["redated"]

_NOT_BEFORE = re.compile(r"\b(?:not|isn'?t|wasn'?t)\s+(?:on\s+)?(?:the\s+)?$", re.I)
_NOT_NTH = re.compile(r"\bnot\s+(?:on\s+)?the\s+([0-3]?\d)(?:st|nd|rd|th)\b", re.I)
_SLIP = re.compile(r"\b(?:had|got|have|said|told\s+(?:u|you))\s+(?:the\s+)?(?:date|day)s?\s+"
                   r"(?:wrong|mixed\s+up|messed\s+up)|\bwrong\s+(?:date|day)\b|"
                   r"\b(?:date|day)\s+(?:was|is)\s+wrong\b", re.I)


class Dated(Protocol):
    id: int
    when: date | None


Plan = TypeVar("Plan", bound=Dated)


def redated(text: str, plans: Sequence[Plan], now: datetime) -> tuple[Plan, date] | None:
    """The plan a date correction moves and its new day (see the module contract)."""
    ahead = [p for p in plans if p.when is not None and p.when >= now.date()]
    if not ahead:
        return None
    found = find_dates(text, now)
    old = [d.date for d in found if _NOT_BEFORE.search(text[:d.start])]
    new = [d for d in found if d.date not in old and d.date >= now.date()]
    bare = _NOT_NTH.search(text)  # "not the 14th": a day of the month alone
    if len(new) != 1 or len(old) > 1 or old and bare:
        return None
    if old or bare:
        picked = [p for p in ahead if p.when == old[0]] if old else \
            [p for p in ahead if p.when is not None and p.when.day == int(bare.group(1))]
    elif _SLIP.search(text):
        picked = [max(ahead, key=lambda p: p.id)]
    else:
        return None
    if len(picked) != 1 or picked[0].when == new[0].date:
        return None
    return picked[0], new[0].date
