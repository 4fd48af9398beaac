"""A plan told with its day and no name the plan lines can say: "we're recording it
wednesday at 3:15 in the library media room", "we present next wednesday the 19th in room
114" got "hmm okay, what happens next?" and "ooh, this is news to me! tell me more?" in round
64 (the plain curious lines: sensible-and-specific 0.39 over 430 ratings of rounds 55-64).

Contract: ``when_told(turn, lines)`` is a skill (``Voice.propose``). For a statement of the
teen's own plan ahead (first person, a day named: a weekday, "tomorrow", "tonight", a date,
with its hour if said) it says the day back as noted ("when_told": "{when}"), under the
lines that name the plan (``echo``'s, ``their_plan``'s) and above the fallbacks. Quiet for a
question, a low mood, a story told in the past, someone else's plan and a plan the ledger
names (``echo_plan`` says that one). Pure functions over the turn.
"""

from __future__ import annotations

import re

from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .skills import Proposal, Turn

PRIOR = 0.5  # above the curious fallbacks (0.36), below a line that names the plan (0.85)

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_HOUR = r"(?:\s+at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm)?)"
WHEN = re.compile(rf"\b(?:(?:this|next|on)\s+)?{_DAY}(?:\s+the\s+\d{{1,2}}(?:st|nd|rd|th))?"
                  rf"{_HOUR}?(?![a-z])|\btomorrow{_HOUR}?\b|\btonight{_HOUR}?\b")
#: the teen's own plan ahead: "we're recording it", "im gonna", "we present", "i have to"
_OWN_AHEAD = re.compile(r"^(?:(?:ok+|okay|so|and|also|then|btw|anyway|oh)\W+)*(?:we|i)(?:'re|re|"
                        r" are|'m|m| am)?\s+(?:\w+ing\b|gonna\b|going to\b|have to\b|got to\b|"
                        r"gotta\b|will\b|present\b|leave\b|fly\b|start\b|play\b|perform\b)|"
                        r"^(?:(?:ok+|okay|so|and|also|then|btw|anyway|oh)\W+)*(?:were|im)\s+\w+ing\b",
                        re.I)
_PAST = re.compile(r"\b(?:was|did|went|had|yesterday|last|ago|already)\b", re.I)


def when_told(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    text = " ".join(view.text.split())
    if turn.act.name != "statement" or turn.mood in LOW_MOODS or "?" in text or \
            _PAST.search(text) or not _OWN_AHEAD.search(text) or \
            any(f.predicate == "event" and f.when is not None for f in view.facts):
        return []
    found = WHEN.search(text.lower())
    if found is None:
        return []
    when = found.group(0).strip()
    when = re.sub(r"^on\s+", "", when)
    return lines_for(lines, "when_told", turn, PRIOR, fill={"when": when})
