"""New people and new jobs met by name (session 10): "her name is priyanka and she draws
manga" and "so i started working at scoops" got "ooh, tell me more?" before."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from amity.types import Message, TurnView
from amity.voice import reading
from amity.voice.lines import load
from amity.voice.people import people
from amity.voice.skills import Turn

LINES = load()
NOW = datetime(2026, 3, 2, 16, tzinfo=UTC)


def said(text: str, before: tuple[str, ...] = (), mood: str = "neutral") -> list[tuple[str, str]]:
    history = tuple(Message(i, 1, "user", t, NOW) for i, t in enumerate(before))
    turn = Turn(TurnView("Sam", text, history=history), reading.act(text, LINES.about), mood,
                random.Random(1))
    return [(p.source, p.text) for p in people(turn, LINES)]


@pytest.mark.parametrize(("text", "key", "words"), [
    ("her name is priyanka and she draws manga", "skill:moment_person", ("Priyanka", "she")),
    ("ok so theres this girl in band named harper and she is my NEMESIS", "skill:moment_rival",
     ("Harper",)),
    ("my manager is this lady named denise and she seems chill", "skill:moment_person",
     ("Denise",)),
    ("my boy marcus works there too so at least i know someone", "skill:moment_person",
     ("Marcus",)),
    ("my crush is named leo 👀", "skill:moment_crush", ("Leo",)),
    ("so i started working at scoops, the ice cream place on main st", "skill:moment_job",
     ("Scoops",)),
    ("also i started working at the pizza place on saturdays", "skill:moment_job",
     ("the pizza place",)),
])
def test_met_by_name(text: str, key: str, words: tuple[str, ...]) -> None:
    got = said(text)
    assert got and {s for s, _ in got} == {key}
    assert all(w in t for _, t in got for w in words[:1])


@pytest.mark.parametrize(("text", "before", "mood"), [
    ("my boy is mad", (), "neutral"),  # no name
    ("my teacher is so mean", (), "neutral"),
    ("we named the robot gerald lol", (), "neutral"),  # a thing: moments.named answers it
    ("her name is priyanka and she draws manga", ("priyanka sat with me today",), "neutral"),
    ("her name is priyanka and she ignored me all day", (), "neutral"),  # a fight
    ("her name is priyanka", (), "sad"),
    ("ok gtg my friend riley is here were getting boba", (), "neutral"),  # a goodbye
    ("his name is biscuit hes so fluffy", ("we got a dog!!",), "neutral"),  # a pet
    ("my manager greg made me mop the walk-in freezer", (), "neutral"),  # a groan
])
def test_quiet(text: str, before: tuple[str, ...], mood: str) -> None:
    assert said(text, before, mood) == []
