"""A first message that tells who the teen is and something more ("im nia, 16. i play tenor
pan in a steel band"): met by name and answered on the rest, in one reply ("hi Nia! I'm
Sunny ☀️ so nice to meet you. wait, tenor pan? tell me more 👀").

Rounds 36-39 met such messages with "hi Nia! I'm Sunny ☀️ so nice to meet you. what's
going on?", a question the message had just answered (SSA 0.0-0.5 in every rating).
``intro_rest`` cuts the hello, the name and the age off the message; ``meet`` puts a
hello before the best reply to what is left, among the lines that suit a first meeting.
Pure functions over text and candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Candidate
from .lines import Lines

#: a hello before the name: "hiii ok so", "hey sunny.", "yo whats up sunny right?"
_LEAD = re.compile(r"^\W*(?:(?:hi+|hey+|hello|yo|sup|salam|whats up|wassup|ok(?:ay)?|cool|so|"
                   r"um+|uh+)\b\W*)*(?:sunny\b\W*(?:right\b\W*)?)?", re.I)
#: the name, then an age and a year: "im tariq im 17", "im marcus, 17, senior"
_WHO = (r"^(?:im|i'm|i am|my name is|my names|my name's)\s+{name}\b"
        r"(?:\s*(?:,|and)?\s*(?:im|i'm|i am)?\s*\(?\d{1,2}\)?(?:\s*(?:yo|years old)\b)?)?"
        r"(?:\s*,?\s*(?:a\s+)?(?:senior|junior|freshman|sophomore)\b)?")
_JOIN = re.compile(r"^\W*(?:(?:and|so|but|btw|also)\b\W*)*", re.I)
#: "my friend said u were fun to talk to": met as one who was sent (``visits.greet_by_name``)
_SENT = re.compile(r"\b(?:said|says|told me|recommended)\b.*\b(?:u|you|ur|this)\b|"
                   r"\b(?:uses|used|tried) (?:u|you|this)\b|\bfirst time\b", re.I)
#: lines that do not suit a first hello: a laugh at what they do ("not gymnastics 😭😂"), a
#: smile at a word ("okay junior docent made me smile", ``_SMILE``), the model, a memory, a
#: greeting
_SKIP = ("skill:laugh", "skill:moment_good_news", "skill:memory", "skill:greet",
         "skill:goodbye", "model")
_SMILE = re.compile(r"\bmade me smile\b")


def intro_rest(text: str, name: str) -> str | None:
    """What the message says besides the hello, the teen's ``name`` and the age (three
    words at least, and not "my friend said u were fun to talk to"), or None."""
    lead = _LEAD.sub("", text.strip(), count=1)
    who = re.match(_WHO.replace("{name}", re.escape(name.lower())), lead, re.I)
    if who is None:
        return None
    rest = _JOIN.sub("", lead[who.end():], count=1).strip()
    if len(rest.split()) < 3 or _SENT.search(rest):
        return None
    return rest


def meet(name: str, ranked: list[Candidate], lines: Lines, low: bool) -> list[Candidate]:
    """The replies to the rest (``ranked``) that suit a first meeting, each after a hello by
    name (a soft one when the rest is heavy); empty when none suits."""
    fit = [c for c in ranked if not c.source.startswith(_SKIP) and not _SMILE.search(c.text)]
    hellos = lines.get("greet_met_low" if low else "greet_met")
    if not hellos:
        return []
    out = []
    for k, c in enumerate(fit):
        text = re.sub(r"^(?:hi+|hey+|hello)\b\W*", "", c.text, flags=re.I)
        hello = hellos[k % len(hellos)].replace("{them}", name)
        out.append(replace(c, text=f"{hello} {text}", source=f"skill:met+{c.source}"))
    return out
