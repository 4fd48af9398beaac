"""Session 55: a verdict before a date names no plan ("the worst part is this saturday is our
family photo day"), "fair" said as a verdict is no county fair, "see it" names no plan; a
roast by family is not cheered ("aww, your dad just laughed 🥹 that's so nice"); lying still
"forever" after a tiring day is ordinary talk; "whats my twitch username" is not answered
with someone else's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from amity.nlp import safety
from amity.nlp.facts import extract
from amity.voice.recall_whose import theirs_not_mine
from tests.test_s46 import _probe

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _plans(text: str, context: tuple[str, ...] = ()) -> list[str]:
    return [f.object for f in extract(text, context, now=NOW) if f.predicate == "event"]


def test_a_verdict_before_a_date_is_no_plan() -> None:
    text = ("and the worst part is this saturday is our family photo day, my mom booked a "
            "photographer named gwen for 2pm")
    assert _plans(text) == ["family photo day"]
    assert _plans("the best part is friday is the field trip") == ["field trip"]


def test_fair_said_as_a_verdict_is_no_fair() -> None:
    told = ("my little brother mateo said i look like a cheeto which honestly fair",)
    assert "honestly fair" not in _plans("we're doing it friday", told)
    assert _plans("the fair is saturday! so excited") == ["fair"]
    assert _plans("thats fair. we go to the county fair friday") == ["county fair"]


def test_seeing_it_is_no_plan() -> None:
    text = "my mom hasnt seen my hair yet, she's gonna see it at breakfast tomorrow"
    assert not any("the it" in p for p in _plans(text))
    assert any("lantern parade" in p for p in _plans(
        "we're going to see the lantern parade on friday"))


@pytest.mark.parametrize(("text", "roast"), [
    ("my dad just laughed and said i look like a highlighter. and my little brother mateo "
     "said i look like a cheeto which honestly fair", True),
    ("my sister says i look like a lost grandpa lol", True),
    ("my mom said i look like a model!!", False),
    ("my dad took me to the hardware store and we got a new drill", False),
])
def test_a_roast_is_not_cheered(text: str, roast: bool) -> None:
    reply = _probe([], [text], days=0)
    assert any(w in reply for w in ("rude", "hold back", "roast")) is roast


@pytest.mark.parametrize("text", [
    "hiii im so tired i just wanna lay here forever and never move",
    "practice destroyed me, i could lay on the floor all day lol",
    "so full after thanksgiving i just wanna lie on the couch forever",
])
def test_lying_still_after_a_tiring_day_is_ordinary(text: str) -> None:
    assert not safety.check(text)


@pytest.mark.parametrize("text", [
    "i just wanna lay here forever",
    "so tired. i just wanna lay here forever and die",
    "im so tired of everything i just wanna lay here forever",
    "im exhausted and i just wanna lay in bed forever and never wake up",
    "im so tired i wanna sleep forever",
])
def test_lying_still_with_a_word_of_risk_keeps_its_care(text: str) -> None:
    assert safety.check(text)


@pytest.mark.parametrize(("question", "text", "theirs"), [
    ("whats my twitch username?", "her username is fernlight but her real name is isla", True),
    ("whats my twitch username?", "theres this other guy in chat who keeps backseat gaming, "
     "username crustyboi99", True),
    ("whats my mods real name again?", "her username is fernlight but her real name is isla",
     False),
    ("whats my username", "my username is pixelmoth and hers is fernlight", False),
    ("whats my best friends username", "her username is fernlight", False),
])
def test_someone_elses_thing_is_not_mine(question: str, text: str, theirs: bool) -> None:
    assert theirs_not_mine(question, text) is theirs


def test_my_username_through_the_engine() -> None:
    told = ["my first mod is my online friend from scotland, her username is fernlight but "
            "her real name is isla"]
    reply = _probe(told, ["whats my twitch username? i forget if i even told u"])
    assert "fernlight" not in reply.lower()
    assert "isla" in _probe(told, ["whats my mods real name again?"]).lower()
