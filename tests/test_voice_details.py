"""Details picked up (session 16): money said back, and people met by title or as "this
guy luis" named (rounds 13-15 gave these "ooh, tell me more?")."""

from __future__ import annotations

import random

import pytest

from amity.types import TurnView
from amity.voice import reading
from amity.voice.details import picked_up
from amity.voice.lines import load
from amity.voice.people import people
from amity.voice.skills import Turn

LINES = load()


def _turn(text: str, mood: str = "neutral") -> Turn:
    return Turn(TurnView("Sam", text), reading.act(text, LINES.about), mood, random.Random(3))


@pytest.mark.parametrize(("text", "key", "amount"), [
    ("pay is 12.50 an hour which is honestly not bad for a first job", "earned", "12.50 an hour"),
    ("i bought my board with my own money it was 85 bucks", "spent", "85 bucks"),
    ("my dress is emerald green satin, it was $145 and i paid for half with my tips", "spent",
     "$145"),
    ("bought a new headset for it, was €60 in the sale, down from 90", "spent", "€60"),
])
def test_money_is_said_back(text: str, key: str, amount: str) -> None:
    found = picked_up(_turn(text), LINES)
    assert found and {p.source for p in found} == {f"skill:moment_money_{key}"}
    assert all(amount in p.text for p in found)


@pytest.mark.parametrize(("text", "mood"), [
    ("tickets are $5 and weve sold like 23 so far", "neutral"),  # sold: neither
    ("how much should i charge, like $10?", "neutral"),
    ("i lost $20 on the bus today", "sad"),
    ("first prize is 500 dollars", "neutral"),  # not won yet
    ("he was 7 pounds 4 ounces and he has SO much hair", "neutral"),  # a weight
    ("the bus went up to £2 each way which is daylight robbery", "neutral"),  # a groan
])
def test_other_money_is_left(text: str, mood: str) -> None:
    assert picked_up(_turn(text, mood), LINES) == []


@pytest.mark.parametrize(("text", "name", "them"), [
    ("theres this guy luis whos been there like a year, hes chill", "Luis", "him"),
    ("coach delgado says if i drop 2 seconds i can make the relay", "Coach Delgado", None),
    ("we're on the con side. mr reyes (our coach) says our rebuttals are too slow", "Mr Reyes",
     "him"),
    ("ms ferreira is letting us pick any book for our project", "Ms Ferreira", "her"),
    ("my stepdad dave is actually heaps good at maths", "Dave", "him"),
])
def test_people_met_by_title_or_as_this_guy(text: str, name: str, them: str | None) -> None:
    found = people(_turn(text), LINES)
    assert found and all(name in p.text for p in found)
    if them:
        assert all(" them" not in p.text for p in found)


@pytest.mark.parametrize("text", [
    "my cousin says working weekends is dumb bc i miss parties. idk. i kinda like it",
    "i really miss summer",
])
def test_missing_something_is_no_miss_somebody(text: str) -> None:
    assert people(_turn(text), LINES) == []
