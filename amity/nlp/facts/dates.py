"""Find date expressions in chat text and resolve them to calendar dates.

Contract: ``find_dates(text, now, past=False) -> list[DateMention]``, each with the
character span of the expression in ``text`` and the ``date`` it names, resolved
against ``now`` (the time the message was sent). Pure: no model, no I/O, no clock
(``now`` is always passed in).

Resolution rules (documented, tested):

- "today", "tonight" (also "2nite"), "this morning/afternoon/evening": ``now``'s date; "tomorrow"
  (also "tmrw", "tmr"): +1 day; "the day after tomorrow": +2; "yesterday": -1.
- A bare weekday ("Friday", "on fri", "this Friday"): the next such day after ``now``
  ("friday" said on a Friday is next week's; "this friday" on a Friday is today); with
  ``past=True`` (the sentence is in the past tense) the latest such day on or before
  ``now``. "next Friday": the Friday of next calendar week (weeks start on Monday), as
  "next weekend" is (a week on when that is under two days away: "next monday" said on a
  Sunday); "last Friday": the latest Friday strictly before ``now``.
- A run of three or more weekdays ("i work tues thurs and sat"): a schedule, no date.
- "this weekend": the next Saturday on or after ``now`` (``now`` itself when it is a
  Sunday); "next weekend": the Saturday of next week.
- "next week" / "next month" / "next year": the Monday of next week, the 1st of next
  month, January 1st of next year.
- "in 3 days", "in two weeks": ``now`` + that many days; "3 days ago": minus.
- "a week from saturday" (also "on", "after"; "two weeks from today"), "friday week": that
  day (as a bare weekday or "tomorrow") plus that many weeks.
- A month and day ("March 3rd", "3rd of March", "3 March", "Mar 3, 2027"): that day in
  the given year, else the next one on or after ``now`` (latest on or before when
  ``past``). "on the 5th" (or "is the 5th", "by the 5th"): the next 5th of a month on or after
  ``now``.
- A few fixed holidays: Christmas (Eve), New Year's Eve/Day, Halloween, Valentine's Day.

What it does not know: time zones (``now`` is taken as the user's local time), clock
times ("at 5pm" is ignored: ``Fact.when`` is a date), numeric dates such as "3/4" (left
alone: day/month order differs by country and "1/2" is often a fraction), movable
holidays (Easter, Thanksgiving), and other languages.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import islice

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text: its span, surface text and resolved date."""

    start: int
    end: int
    text: str
    date: date


_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "couple of": 2, "few": 3,
    "a couple of": 2, "a couple": 2, "couple": 2, "a few": 3,
}
_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas": (12, 25), "xmas": (12, 25),
    "new year's eve": (12, 31), "new years eve": (12, 31), "new year's day": (1, 1),
    "new years day": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
    "valentines day": (2, 14), "valentines": (2, 14),
}

# Weekday names that are also ordinary words ("sat", "sun", "wed", "mar", "may") only
# count after a preposition or determiner, or when capitalised in the text (not in
# capitals: "my SAT scores" is the test).
_AMBIGUOUS = {"sat", "sun", "wed", "mar", "may", "jan", "jun", "sep", "dec", "mon"}

#: a plan named right before a short weekday, or a time right after it: "lesson wed"
_PLAN_BEFORE = re.compile(r"\b(?:lesson|lessons|practice|game|test|quiz|exam|shift|class|match|"
                          r"meet|appt|appointment|party|recital|concert|show|trip|tryouts?|"
                          r"interview|rehearsal|audition|sleepover|dentist|doctor)\s+$", re.I)
_DOER_BEFORE = re.compile(r"\b(?:i|we|he|she|they|you|u|it|the|and|just|all)\s+$", re.I)
_PART_AFTER = re.compile(r"\s+(?:night|nite|morning|afternoon|evening)\b", re.I)
_TIME_AFTER = re.compile(r"\s*(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\b", re.I)

#: a short "sat" or "wed" that ends a clause telling a plan: "lily and i are doing a photo
#: walk downtown sat" (not "the dog sat", "then we sat", "i sat down")
_CLAUSE_END = re.compile(r"\s*(?:[.!?,;]|$|\s+(?:lol|lmao|and|but|so|w|with|bc)\b)", re.I)
_PLAN_SAID = re.compile(r"\b(?:gonna|going to|are|am|im|i'm|we're|were|have|has|got|doing|"
                        r"ill|i'll|will|is)\b[^.!?]*$", re.I)


def _last_in_plan(m: re.Match[str]) -> bool:
    before = m.string[:m.start()]
    return m.group("wd").lower() in {"sat", "wed"} and bool(
        _CLAUSE_END.match(m.string, m.end()) and _PLAN_SAID.search(before)
        and not _DOER_BEFORE.search(before)  # ("then we sat"; a pet: "my dog sat")
        and not re.search(r"\b(?:dog|cat|puppy|kitten|bird)\s+$", before, re.I))


_WD = "|".join(sorted(_WEEKDAYS, key=len, reverse=True))
_MO = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUM = "|".join(sorted(_NUMBERS, key=len, reverse=True))
_HOL = "|".join(re.escape(h) for h in sorted(_HOLIDAYS, key=len, reverse=True))
_HEDGE = r"(?:like|about|around|abt|roughly|maybe|only|just|another)\s+"
_ORD = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("weekfrom", re.compile(
        rf"\b(?:(?P<n>\d)|(?P<w>{_NUM}))\s+weeks?\s+(?:from|on|after)\s+(?:(?P<rel>today|now|"
        rf"tomorrow|tmrw|tmr)|(?:this\s+|(?P<nx>next)\s+)?(?P<wd>{_WD}))\b|"
        rf"\b(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+week\b",
        re.I)),
    # "pushed to friday next week": the friday of next week
    # (and "its due next week friday", "next week on tuesday")
    ("wdnextweek", re.compile(rf"\b(?P<wd>{_WD})\s+(?:of\s+)?next\s+week\b|"
                              rf"\bnext\s+week,?\s+(?:on\s+)?(?P<wd2>{_WD})\b", re.I)),
    ("relday", re.compile(
        r"\b(?:the\s+)?(?P<rel>day\s+after\s+tomorrow|day\s+before\s+yesterday|today|"
        r"tonight|tonite|2nite|2night|tomorrow|tmrw|tmr|tomorow|yesterday|this\s+(?:morning|afternoon|"
        r"evening))\b", re.I)),
    ("monthday", re.compile(
        rf"\b(?P<mon>{_MO})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
        re.I)),
    ("daymonth", re.compile(
        rf"\b(?:the\s+)?{_ORD}\s+(?:of\s+)?(?P<mon>{_MO})\b\.?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?",
        re.I)),
    # "thursday the 18th", "saturday 14th": the day of the month decides (round 40's
    # "our flight is thursday the 18th" was asked after as past on the 6th)
    ("wddom", re.compile(rf"\b(?:(?:this|next|on)\s+)?(?P<wd>{_WD})\s*,?\s+(?:the\s+"
                         rf"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?|(?P<day2>[0-3]?\d)(?:st|nd|rd|th))\b",
                         re.I)),
    ("weekday", re.compile(
        rf"(?<!taco )(?<!throwback )(?<!wine )(?<!meme )(?<!selfie )(?<!motivation )"
        rf"\b(?:(?P<mod>this|next|last|coming|on|by|until|till|every)\s+)?(?P<wd>{_WD})\b\.?"
        rf"(?!\s+(?:scaries|blues|vibes?|feels?|feeling|mood|reset|funday|energy)\b)",
        re.I)),  # no day in "sunday scaries", "monday blues", "taco tuesday"
    ("weekend", re.compile(r"\b(?P<mod>this|next|the|on\s+the)\s+weekend\b", re.I)),
    ("nextunit", re.compile(r"\bnext\s+(?P<unit>week|month|year)\b", re.I)),
    # "in 10 days", "in like 3 weeks"; then "its 2 and a half weeks away", "two weeks out"
    ("offset", re.compile(
        rf"\bin\s+(?:{_HEDGE})?(?:(?P<n>\d{{1,3}})|(?P<w>{_NUM}))\s+(?:(?P<half>and a half)\s+)?"
        rf"(?P<unit>days?|weeks?)\b", re.I)),
    ("offset", re.compile(
        rf"\b(?:(?P<n>\d{{1,3}})|(?P<w>{_NUM}))\s+(?:(?P<half>and a half)\s+)?"
        rf"(?P<unit>days?|weeks?)\s+(?:away|from now|out(?!\s+of))\b", re.I)),
    ("ago", re.compile(
        rf"\b(?:(?P<n>\d{{1,3}})|(?P<w>{_NUM}))\s+(?P<unit>days?|weeks?)\s+ago\b", re.I)),
    ("dom", re.compile(r"(?:\bon\s+|(?<=\bis )|(?<=\bits )|(?<=\bit's )|(?<=\bby )|"
                       r"(?<=\btill )|(?<=\buntil ))the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
                       # "on the 4th floor", "its the 3rd floor not the 4th": a place, no date
                       r"(?!\s+(?:floor|row|level|story|storey|place|grade|period|chair|seat|"
                       r"section|lane|round|inning|quarter|try|time|one|street|st|avenue|ave|"
                       r"hole|stop|door|house|car|bus|gate|table|spot)s?\b)",
                       re.I)),
    # (not "the christmas parade saturday": a holiday naming a plan is no date of its own)
    ("holiday", re.compile(rf"\b(?:on\s+)?(?P<hol>{_HOL})\b(?!\s+(?:parade|party|concert|show|"
                           r"market|movie|sweater|tree|lights|special|play|recital|dance)s?\b)",
                           re.I)),
]


def _on_or_after(now: date, month: int, day: int, past: bool) -> date | None:
    """The given month/day in ``now``'s year, moved a year forward (or back if past)."""
    for year in (now.year, now.year + (-1 if past else 1)):
        try:
            cand = date(year, month, day)
        except ValueError:
            continue
        if (cand >= now) if not past else (cand <= now):
            return cand
    # Feb 29 in a non-leap run: fall back to the next valid one.
    for k in range(2, 9):
        year = now.year + (-k if past else k)
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _monday_next(now: date) -> date:
    """The Monday of next calendar week."""
    return now + timedelta(days=7 - now.weekday())


def _weekday(now: date, wd: int, mod: str, past: bool) -> date:
    mod = mod.lower()
    if mod == "next":
        # the one in the week after, as "next weekend" is: "next saturday" said on a monday
        # is not this saturday ("this weekend ... oberlin on saturday", then "my sat is next
        # saturday"); "next monday" said on a sunday is not tomorrow
        day = _monday_next(now) + timedelta(days=wd)
        return day if (day - now).days >= 2 else day + timedelta(days=7)
    if mod == "last" or (past and mod not in {"this", "coming"}):
        delta = (now.weekday() - wd) % 7
        if mod == "last" and delta == 0:
            delta = 7
        return now - timedelta(days=delta)
    ahead = (wd - now.weekday()) % 7
    # "i have a chem quiz monday" said on a monday: next week's (today is "today"); "this
    # monday" on a monday is today
    return now + timedelta(days=ahead or (0 if mod == "this" else 7))


def _count(m: re.Match[str]) -> int:
    if m.group("n"):
        return int(m.group("n"))
    return _NUMBERS[re.sub(r"\s+", " ", m.group("w").lower())]


def _resolve(kind: str, m: re.Match[str], today: date, past: bool) -> date | None:
    if kind == "weekfrom":  # "a week from saturday", "two weeks from today", "friday week"
        weeks = _count(m) if m.group("wd2") is None else 1
        if m.group("rel"):
            base = today + timedelta(days=0 if m.group("rel").lower() in ("today", "now") else 1)
        else:
            word = (m.group("wd") or m.group("wd2")).lower()
            base = _weekday(today, _WEEKDAYS[word], "next" if m.group("nx") else "", False)
        return base + timedelta(days=7 * weeks)
    if kind == "relday":
        rel = re.sub(r"\s+", " ", m.group("rel").lower())
        offsets = {"day after tomorrow": 2, "day before yesterday": -2, "yesterday": -1}
        if rel in offsets:
            return today + timedelta(days=offsets[rel])
        if rel.startswith("tom") or rel.startswith("tm"):
            return today + timedelta(days=1)
        return today
    if kind in {"monthday", "daymonth"}:
        mon, day = _MONTHS[m.group("mon").lower()], int(m.group("day"))
        if not 1 <= day <= 31:
            return None
        if m.group("mon").lower() in _AMBIGUOUS and not m.group("mon")[0].isupper():
            return None
        if m.group("year"):
            try:
                return date(int(m.group("year")), mon, day)
            except ValueError:
                return None
        if day > calendar.monthrange(2024, mon)[1]:
            return None
        return _on_or_after(today, mon, day, past)
    if kind == "weekday":
        word, mod = m.group("wd"), (m.group("mod") or "")
        if word.lower() in _AMBIGUOUS and not mod and (word.islower() or word.isupper()) and not (
                _PLAN_BEFORE.search(m.string[:m.start()]) or _TIME_AFTER.match(m.string, m.end())
                or _PART_AFTER.match(m.string, m.end()) and not _DOER_BEFORE.search(
                    m.string[:m.start()])  # ("meteor shower wed night"; not "we sat night")
                or _last_in_plan(m)):  # "doing a photo walk downtown sat"
            return None  # (but "ukulele lesson wed", "game sat at 6")
        if mod.lower() == "every":
            return None  # a habit, not a date
        return _weekday(today, _WEEKDAYS[word.lower()], mod if mod.lower() in
                        {"next", "last", "this", "coming"} else "", past)
    if kind == "wdnextweek":
        day = m.group("wd") or m.group("wd2")
        return _monday_next(today) + timedelta(days=_WEEKDAYS[day.lower()])
    if kind == "weekend":
        mod = m.group("mod").lower()
        if mod == "next":
            return _monday_next(today) + timedelta(days=5)
        if today.weekday() == 6:
            return today
        return today + timedelta(days=(5 - today.weekday()) % 7)
    if kind == "nextunit":
        unit = m.group("unit").lower()
        if unit == "week":
            return _monday_next(today)
        if unit == "month":
            return date(today.year + today.month // 12, today.month % 12 + 1, 1)
        return date(today.year + 1, 1, 1)
    if kind in {"offset", "ago"}:
        size = 7 if m.group("unit").lower().startswith("week") else 1
        days = _count(m) * size + (size // 2 if m.groupdict().get("half") else 0)
        return today + timedelta(days=-days if kind == "ago" else days)
    if kind == "wddom":
        return _weekday_dom(today, _WEEKDAYS[m.group("wd").lower()],
                            int(m.group("day") or m.group("day2")), past)
    if kind == "dom":
        day = int(m.group("day"))
        return next(_month_days(today, day, False), None) if 1 <= day <= 31 else None
    if kind == "holiday":
        mon, day = _HOLIDAYS[re.sub(r"\s+", " ", m.group("hol").lower())]
        return _on_or_after(today, mon, day, past)
    return None


def _month_days(today: date, day: int, past: bool) -> Iterator[date]:
    """Day ``day`` of each month within a year, from ``today`` on (back from it when
    ``past``), in that order; months too short for it are skipped."""
    year, month = today.year, today.month
    for _ in range(13):
        if day <= calendar.monthrange(year, month)[1]:
            cand = date(year, month, day)
            if (cand <= today) if past else (cand >= today):
                yield cand
        if past:
            year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        else:
            year, month = year + month // 12, month % 12 + 1


def _weekday_dom(today: date, wd: int, day: int, past: bool) -> date | None:
    """The day ``day`` of a month, on or after ``today`` (before it when ``past``): of the
    next two, the first that falls on weekday ``wd``, else the nearest."""
    if not 1 <= day <= 31:
        return None
    found = list(islice(_month_days(today, day, past), 2))
    return next((d for d in found if d.weekday() == wd), found[0] if found else None)


_SCHEDULE = re.compile(rf"\b(?:{_WD})\b\.?(?:\s*(?:,|and|&|/|\+)?\s*(?:{_WD})\b\.?){{2,}}",
                       re.I)


def find_dates(text: str, now: datetime | date, past: bool = False) -> list[DateMention]:
    """Every date expression in ``text`` with its resolved date, in text order.

    Overlapping matches keep the earliest-listed pattern (month-day before weekday).
    """
    today = now.date() if isinstance(now, datetime) else now
    taken: list[tuple[int, int]] = [m.span() for m in _SCHEDULE.finditer(text)]
    # "its monday and i have 3 tests this week", said on a monday: today named, no plan
    taken += [m.span() for m in (*_TODAY_IS.finditer(text), *_DAY_LABEL.finditer(text))
              if _WEEKDAYS[m.group(1).lower()] == today.weekday()]
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            when = _resolve(kind, m, today, past)
            if when is None:
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, text[start:end], when))
    return sorted(found, key=lambda d: d.start)


_TODAY_IS = re.compile(rf"\b(?:its|it's|it is|today is|today's|todays|happy)\s+({_WD})\b", re.I)
#: today's name as the message's label: "monday update: ...", "monday again 🙄", "ugh mondays"
_DAY_LABEL = re.compile(rf"^\W*(?:(?:ugh|ok|okay|so|yo|hi|hey|hii+|well|happy)\W+)?({_WD})s?"
                        r"(?=\s+(?:update|again|vibes|mood|blues|morning|afternoon|rant|"
                        r"check-?in|tea)\b|\s*[:!.,]|\s*$)", re.I)
