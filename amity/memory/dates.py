"""Calendar dates a query names, and how well an item's date fits them.

``query_dates("what did I do on 3 June, 2023?")`` finds the days and months a question asks
about ("3 June, 2023", "June 3rd 2023", "October 13", "in May 2023", "in June"); a month or
day without a year fits any year. ``date_fit(spans, day)`` is 1 for an item dated inside
one of them and falls off over ``SLACK_DAYS`` around it (a memory is dated by the session
it was said in, which can be a few days after what it tells). Relative dates ("last week")
are not read: the index does not know when the question is asked. Pure functions.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS |= {name.lower(): n for n, name in enumerate(calendar.month_abbr) if name}
MONTHS["sept"] = 9
_MONTH = r"(?P<m>january|february|march|april|may|june|july|august|september|october" \
    r"|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_PATTERNS = [
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?(?:\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.I),
    re.compile(rf"\b{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
]
#: how many days around a named date still fit, a little
SLACK_DAYS = 7


@dataclass(frozen=True)
class Span:
    """A day or a month (``day`` None) of a year (``year`` None: any year)."""

    month: int
    day: int | None = None
    year: int | None = None

    def distance(self, when: date) -> int:
        """Days from ``when`` to the span (0 inside it)."""
        year = self.year or when.year
        first = date(year, self.month, self.day or 1)
        last = first if self.day else date(year, self.month,
                                           calendar.monthrange(year, self.month)[1])
        if when < first:
            return (first - when).days
        return max(0, (when - last).days)


def _month(m: re.Match[str]) -> int | None:
    """The month of a match; a bare month (no day, no year) only when capitalised and, for
    "May" (the verb), after a preposition ("in May")."""
    word = m.group("m")
    bare = not m.groupdict().get("d") and not m.groupdict().get("y")
    if bare and (not word[:1].isupper() or word.lower() == "may" and not re.search(
            r"\b(?:in|of|during|since|until|by|early|late|mid|last|this|next)\s*$",
            m.string[: m.start()], re.I)):
        return None
    return MONTHS.get(word.lower().rstrip("."))


def query_dates(text_: str) -> list[Span]:
    """The days and months ``text_`` names, in order of appearance, without repeats."""
    found: dict[tuple[int, Span], None] = {}
    taken: list[range] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text_):
            if any(m.start() in r or m.end() - 1 in r for r in taken):
                continue
            month = _month(m)
            if month is None:
                continue
            groups = m.groupdict()
            day = int(groups["d"]) if groups.get("d") else None
            year = int(groups["y"]) if groups.get("y") else None
            if day is not None and not 1 <= day <= calendar.monthrange(year or 2000,
                                                                         month)[1]:
                continue
            taken.append(range(m.start(), m.end()))
            found.setdefault((m.start(), Span(month, day, year)), None)
    return list(dict.fromkeys(span for _, span in sorted(found, key=lambda f: f[0])))


def date_fit(spans: list[Span], when: date) -> float:
    """1 when ``when`` falls in one of ``spans``, less the further it is (0 past
    ``SLACK_DAYS``)."""
    best = 0.0
    for span in spans:
        gap = span.distance(when)
        best = max(best, max(0.0, 1 - gap / (SLACK_DAYS + 1)))
    return best
