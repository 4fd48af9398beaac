"""Session 27: what the rated goodbyes and hellos showed (a plain "bye! talk soon 👋" was
rated specific 3 times in 100, one that names why the teen goes nearly always), each as a
test that can fail."""

from __future__ import annotations

import random

import pytest

from amity.voice import reading
from amity.voice.leaving import leaving, reason
from amity.voice.lines import load
from amity.voice.skills import Turn, farewell, off_to
from tests.test_s24 import _view

LINES = load()


def _turn(text: str, *told: tuple[str, object], new_session: bool = False) -> Turn:
    view = _view(text, *told, new_session=new_session)  # type: ignore[arg-type]
    return Turn(view, reading.act(text, LINES.about), "neutral", random.Random(1))


@pytest.mark.parametrize(("text", "key", "slot"), [
    ("ok gtg sam is here. later", "goodbye_called", "Sam"),
    ("ok doris is calling me. bye", "goodbye_called", "Doris"),
    ("ok tutor is looking at me. later", "goodbye_called", "your tutor"),
    ("ok my twin sister lia needs the laptop. bye", "goodbye_called", "Lia"),
    ("ok moms here bye!!", "goodbye_called", "mom"),
    ("ok mom is back bye!!", "goodbye_called", "mom"),
    ("ok bea wants to play uno, bye sunny!!", "goodbye_with", "Bea"),
    ("ok i gotta go priya is picking me up for practice. byeee", "goodbye_with", "Priya"),
    ("ok tess wants tacos bye", "goodbye_food", "the tacos"),
    ("ok bye sunny, wish chompy luck 🤖", "goodbye_luck_for", "Chompy"),
    ("ok bye sunny, wish the mugs luck", "goodbye_luck_for", "the mugs"),
    ("ok bye sunny ill tell u about the next movie", "goodbye_promise_thing", "the next movie"),
    ("ok bye sunny see u after the trip!", "goodbye_promise_thing", "the trip"),
])
def test_a_goodbye_names_who_or_what_it_leaves_for(text: str, key: str, slot: str) -> None:
    found = reason(text)
    assert found is not None and found[0] == key and slot in found[1].values()
    said = leaving(_turn(text), LINES)
    assert said and all(slot in p.text and "{" not in p.text for p in said)


@pytest.mark.parametrize(("text", "key"), [
    ("ok bye wish me luck", "goodbye_luck_me"),
    ("ok byeee ill tell u how it goes", "goodbye_promise"),
    ("ok bye sunny ill send updates", "goodbye_promise"),
    ("ok bye sunny thx for listening", "goodbye_thanks"),
    ("ok bye love u sunny (platonically lol)", "goodbye_thanks"),
    ("ok bell is about to ring bye sunny", "goodbye_school"),
    ("anyway gotta get ready for school cya", "goodbye_school"),
    ("ok customers incoming gotta go", "goodbye_work"),
    ("gotta go shift starts in 20 bye", "goodbye_work"),
])
def test_a_goodbye_meets_what_it_says(text: str, key: str) -> None:
    found = reason(text)
    assert found is not None and found[0] == key
    assert [p for p in leaving(_turn(text), LINES) if p.source == f"skill:{key}"]


@pytest.mark.parametrize("text", [
    "ok bye sunny", "ok bye she is chewing gum lol", "ok bye my sister is so annoying",
    "ok back to work tmrw ugh. bye", "ok bye, school tomorrow ugh", "ok its here bye",
    "ok bye this is so annoying", "ok bye sunny the bus was late today",
])
def test_no_reason_is_made_up(text: str) -> None:
    assert reason(text) is None


def test_a_goodbye_at_bedtime_is_a_goodnight_not_a_call() -> None:
    text = "ok dad says bedtime. night sunny 🌙"
    assert not leaving(_turn(text), LINES)
    assert {p.source for p in farewell(_turn(text), LINES)} == {"skill:goodnight"}
    assert {p.source for p in farewell(_turn("ok im running on fumes, gonna crash. bye"),
                                       LINES)} == {"skill:goodnight"}


def test_a_pet_named_in_the_goodbye_itself_gets_a_pat() -> None:
    said = leaving(_turn("ok gtg my dog pickles is eating a sock again"), LINES)
    assert said and all("Pickles" in p.text for p in said)


@pytest.mark.parametrize(("text", "task"), [
    ("ok gonna go have a snowball fight with noodle. bye sunny",
     "have a snowball fight with noodle"),
    ("ok bye sunny im going to start book 4 and ignore all my responsibilities", "start book 4"),
    ("ok bye sunny gonna go play rocket league for 10 hours", "play rocket league"),
    ("ok gotta finish inking page 12, byeee", "finish inking page 12"),
    ("ok bye i have to go take pictures of the bread for day 1!!", "take pictures of the bread"),
    ("ok gotta pack, bye!", "pack"),
    ("gotta go shift starts in 20 bye", None),
    ("ok gotta go hes eating the couch cushion again byeee", None),
])
def test_the_task_they_leave_for_is_said_back_short(text: str, task: str | None) -> None:
    assert off_to(text) == task
