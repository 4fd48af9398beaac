"""Session 56: plan names that are sentences or habits are not asked after as they were
said ("how was Nate's gets back from his navy base?", "Riley's invited you to a sleepover!!",
"how was stealing the ball?", "the trip to pine ridge nordic center and leaving", round 70)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from amity.nlp.facts import extract
from amity.types import FollowUp
from amity.voice.plans import said_as_clause, tidy_plans
from tests.test_s55 import _scripted

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _names(event: str, whose: str = "", kind: str = "event") -> list[str]:
    due = FollowUp(event, kind=kind, when=date(2026, 3, 6), whose=whose)  # type: ignore[arg-type]
    return [p.event for p in tidy_plans(due)]


def test_someones_plan_told_with_its_verb_is_said_as_a_doing() -> None:
    assert _names("gets back from his navy base", whose="Nate") == \
        ["Nate getting back from his navy base"]
    assert _names("has her recital", whose="Maya") == ["Maya's recital"]


def test_a_doing_joined_on_after_a_name_is_cut() -> None:
    assert _names("trip to pine ridge nordic center and leaving") == \
        ["trip to pine ridge nordic center"]
    assert _names("bowling and pizza night") == ["bowling and pizza night"]


@pytest.mark.parametrize(("event", "clause"), [
    ("riley invited you to a sleepover", True),
    ("Nate gets back from his navy base", True),
    ("mom starts her new job", True),
    ("permission slips for the trip", False),
    ("the bake sale", False),
    ("the game they moved", False),
])
def test_a_name_that_is_a_sentence(event: str, clause: bool) -> None:
    assert said_as_clause(event) is clause


def test_a_sentence_is_named_by_its_thing() -> None:
    assert _names("riley invited you to a sleepover") == ["friday's sleepover"]


def _plans(text: str) -> list[str]:
    return [f.object for f in extract(text, (), now=NOW) if f.predicate == "event"]


@pytest.mark.parametrize(("text", "plan"), [
    ("my dog mango kept stealing the ball today lol hes a golden retriever", None),
    ("we keep practicing for the recital on friday", "recital"),
    ("the recital is friday", "recital"),
])
def test_a_habit_told_with_a_day_is_no_plan(text: str, plan: str | None) -> None:
    got = _plans(text)
    assert (plan is None and got == []) or (plan is not None and any(plan in p for p in got))


def test_the_opener_asks_after_them_as_things() -> None:
    replies = _scripted(["hi im ava 15", "my brother nate gets back from his navy base on friday!!",
                         "ok bye", "--- 4", "hey sunny"])
    assert "Nate getting back" in replies[-1] and "Nate's gets" not in replies[-1]
    replies = _scripted(["hi im maddie 14", "im SO excited rn bc my best friend riley invited "
                         "me to a sleepover this friday", "ok bye", "--- 4", "hey sunny"])
    assert "sleepover" in replies[-1] and "invited" not in replies[-1]
