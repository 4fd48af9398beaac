"""Where and when: the place and time of a plan, told after it, said back as noted.

Contract: ``where_when(turn, lines)`` is a skill (``Voice.propose``). A message that gives a
plan's details ("its at eastfield high school gym at 10am, our team is called the jump
jets", "its saturday at 11 at miller lake", "check in is at 9") gets a line the team wrote
(``skills.json`` "details_noted") with the place and the time said back ("the eastfield high
school gym at 10am, got it 📌"). In rounds 29-32 these were met with "okay wait, I need more
details lol, what's the story?" right after the teen gave them. Quiet for a question, a low
mood, a correction (``recall_fix``), and a message that gives neither a place nor a time.
Pure functions over the turn.
"""

from __future__ import annotations

import re

from .echo import plan
from .lines import LOW_MOODS, Lines
from .moments import PRIOR, lines_for
from .recall_fix import swaps
from .recall_words import second_person
from .skills import Proposal, Turn

#: the message is about a plan's details: "its at ...", "it starts at 4", "check in is at 9"
_ABOUT = re.compile(r"^(?:(?:so|and|ok|okay|oh|also|btw|update)\W+)*(?:its|it's|it is|it starts|"
                    r"starts|check ?in(?: is)?|call time(?: is)?|warm ?ups?(?: are| is)?|"
                    r"(?:im|i'm|we'?re|were) on|the (?:\w+ ){0,2}(?:is|starts)|"
                    r"we (?:leave|head out|meet|go)|pick ?up is|drop ?off is)\b", re.I)
_TIME = re.compile(r"\b(?:at\s+)?(?P<time>\d{1,2}(?::\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}|noon|"
                   r"midnight)\b|\bat (?P<hour>\d{1,2})\b(?!\s*(?:years?|yrs?|mins?|minutes?|%|"
                   r"percent|dollars|bucks|people|kids))", re.I)
_PLACES = (r"gym|arena|park|center|centre|hall|field|rink|school|library|church|restaurant|lake|"
           r"beach|pool|studio|tent|theater|theatre|auditorium|stadium|court|track|mall|cafe|"
           r"café|garden|gardens|club|dojang|dojo|rec|house|apartment|barn|museum|zoo|cove|"
           r"jetty|pier|range|course|lanes|alley|ymca|church|temple|mosque|hotel|market|"
           r"fairgrounds|plaza|square|farm|campground|station|hospital|office|store|shop|"
           r"bakery|diner|arcade|cinema|bowl|dome|pavilion|gazebo|trail|river|creek|hill")
_PLACE = re.compile(rf"\b(?:at|in)\s+(?P<place>(?:the |my |our |his |her )?(?:[a-z'&-]+\s+){{0,4}}"
                    rf"(?:{_PLACES}))\b", re.I)


def _details(text: str) -> str:
    """"the eastfield high school gym at 10am", "miller lake at 11", "9am"; "" for none."""
    low = text.lower()
    place = _PLACE.search(low)
    time = _TIME.search(low)
    said = ""
    if place is not None:
        where = place.group("place")
        if not re.match(r"(?:the|my|our|his|her)\b", where) and len(where.split()) == 1 and \
                where in ("gym", "field", "pool", "rink", "library", "gazebo", "tent", "park"):
            where = f"the {where}"  # "at eastfield high school gym": the gym
        said = second_person(where)
    if time is not None:
        hour = time.group("time") or time.group("hour")
        said = f"{said} at {hour}".strip() if said else hour
        if said == hour and hour.isdigit():
            said = f"{hour} o'clock"
    return said


def where_when(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if turn.mood in LOW_MOODS or "?" in text or not _ABOUT.match(text) or swaps(text) or \
            len(text.split()) > 30:
        return []
    said = _details(text)
    if not said or len(said.split()) > 8 or plan(turn, lines):
        return []  # "its wednesday the 23rd at 6:30": the plan and its day said back first
        # (``echo.plan`` asked only when there are details to say)
    return lines_for(lines, "details_noted", turn, PRIOR, fill={"details": said})
