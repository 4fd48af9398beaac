"""A plan called off: "actually nvm coach just cancelled wednesday, too windy" takes the
match told for Wednesday out of the plans, so the next visit does not ask how it went.

Contract: ``cancelled(text, plans, now) -> plan | None``. ``plans`` are the user's dated
plans (ledger rows with ``when``); only those still ahead can be called off. The message
must say the plan is off ("cancelled", "called off", "not happening anymore"), not ask it
or doubt it ("is it cancelled?", "hope it doesnt get cancelled", "might be called off"),
and not move it ("cancelled saturday, its sunday now": a new day ahead is a move, which
``redate`` and the ledger read). The plan is the one named in the message (a word of its
name), else the one on the day the message names, else the only plan still ahead told in
the last ``RECENT`` when the message calls it "it" ("nvm its cancelled"). Pure: the caller writes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol, TypeVar

from ..nlp.facts.dates import find_dates

__all__ = ["RECENT", "calls_off", "cancelled"]

RECENT = timedelta(hours=6)  # "its cancelled" names nothing: a plan told this sitting

_OFF = re.compile(r"\b(?:cancell?ed|cancels|called\s+(?:it\s+)?off|calling\s+(?:it\s+)?off|"
                  r"call(?:ing)?\s+it\s+off|scrapped|not\s+happening(?:\s+anymore)?|"
                  r"isn'?t\s+happening|(?:is|it'?s|are)\s+off(?:\s+now)?\b(?!\s+(?:to|the|work|"
                  r"school)\b))", re.I)  # (not "im off now, see u at the game friday")
#: doubt or denial just before: "hope it doesnt get cancelled", "its not cancelled"
_DOUBT = re.compile(r"\b(?:not|never|didn'?t|doesn'?t|don'?t|won'?t|wasn'?t|hope|hopefully|"
                    r"might|may|maybe|if|could|unless|prob(?:ably)?|pls|please|wish|"
                    r"hoping|praying|whether|might\s+get|gonna\s+get)\b[^.!?,]{0,24}$", re.I)
#: the plan called "it": "nvm its cancelled", "they called it off" (not "they cancelled my show")
_IT = re.compile(r"\b(?:it|its|it'?s|everything)\s+(?:(?:just|literally|officially)\s+)?"
                 r"(?:got\s+|was\s+|is\s+|has\s+been\s+|been\s+)?(?:cancell?ed|called\s+off|"
                 r"scrapped|off|not\s+happening)\b(?!\s+to\b)|\b(?:they|coach|he|she)\s+(?:just\s+)?"
                 r"(?:cancell?ed|called)\s+it\b", re.I)
_WORD = re.compile(r"[a-z]+")
_SMALL = frozenset({"the", "a", "an", "my", "our", "his", "her", "their", "of", "at", "on",
                    "in", "to", "with", "for", "and", "big", "first", "next", "this", "user"})


class Dated(Protocol):
    id: int
    object: str
    when: object
    created_at: datetime
    source_message_id: int | None


Plan = TypeVar("Plan", bound=Dated)


def calls_off(text: str) -> bool:
    """Whether ``text`` says something is off, not asking or doubting it: the words alone,
    before any plan is read (most messages say nothing of the kind)."""
    off = _OFF.search(text)
    return off is not None and "?" not in text[off.end():off.end() + 3] and \
        not _DOUBT.search(text[:off.start()]) and "?" not in text.rstrip()[-1:]


def cancelled(text: str, plans: Sequence[Plan], now: datetime,
              message_id: int | None = None) -> Plan | None:
    """The plan ``text`` calls off (see the module contract), or None."""
    if not calls_off(text):
        return None
    today = now.date()
    ahead = [p for p in plans if p.when is not None and p.when >= today  # type: ignore[operator]
             and p.source_message_id != message_id]  # (not a plan read from this message)
    if not ahead:
        return None
    days = {d.date for d in find_dates(text, now)}
    if any(d > today for d in days) and not any(p.when in days for p in ahead):
        return None  # a new day ahead, none a plan's: moved, not called off
    words = set(_WORD.findall(text.lower()))
    named = [p for p in ahead if set(_WORD.findall(p.object.lower())) - _SMALL & words]
    on_day = [p for p in ahead if p.when in days]
    for picked in (named, on_day):
        if len(picked) == 1:
            return picked[0]
        if len(picked) > 1:
            both = [p for p in picked if p in named and p in on_day]
            return both[0] if len(both) == 1 else None
    if days or not _IT.search(text):
        return None  # "my show got cancelled" names another thing
    recent = [p for p in ahead if now - p.created_at <= RECENT]  # (the store's times are UTC)
    return recent[0] if len(recent) == 1 else None

