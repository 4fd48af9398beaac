"""Session 15 (round 15's misfires, fixed after the rating): a car that lasts forever, a
would-you-rather and a corgi who is the love of someone's life are ordinary teen talk;
the same words said of the speaker's own risk, or to the companion, still are not."""

from __future__ import annotations

import pytest

from amity.nlp.safety import check
from amity.policy.cues import romantic_request

ORDINARY = [
    "my first paycheck comes friday the 17th and im saving all of it for a car. im looking "
    "at a silver 2009 honda civic, it has 140k miles but my uncle says civics last forever",
    "would u rather never be able to text again or never be able to talk out loud",
    "wyr be stuck in an elevator for a day or never have wifi again",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_talk_gets_no_safety_verdict(text: str) -> None:
    assert not [v for v in check(text) if v.category == "self_harm"]


@pytest.mark.parametrize("text", [
    "i want to sleep forever and never wake up",
    "this is the last time ill bug u. thanks for everything",
])
def test_the_same_words_of_risk_still_are(text: str) -> None:
    assert any(v.category == "self_harm" for v in check(text))


@pytest.mark.parametrize(("text", "romance"), [
    ("waffles is a corgi and hes 6 and hes the love of my life", False),
    ("my cat is the love of my life and you know it", False),
    ("ur the love of my life sunny", True),
    ("you are literally the love of my life", True),
])
def test_the_love_of_my_life_is_romance_only_said_to_the_companion(text: str,
                                                                   romance: bool) -> None:
    assert romantic_request(text) is romance


@pytest.mark.parametrize(("text", "risk"), [
    ("i cut my finger cooking dinner and it wont stop bleeding lol", False),
    ("cut my hand on a broken glass at work today", False),
    ("i cut my arm on purpose again last night", True),
])
def test_an_accident_is_no_self_harm(text: str, risk: bool) -> None:
    high = [v for v in check(text) if v.category == "self_harm" and v.tier == "high"]
    assert bool(high) is risk
