"""Session 19: a plan whose name is no thing is asked about by its day, not said broken."""

from __future__ import annotations

from datetime import date

import pytest

from amity.types import FollowUp
from amity.voice.plans import as_thing, tidy_plans


@pytest.mark.parametrize("name", ["chem quiz", "trip to paris", "sleepover with eli",
                                  "getting my ears pierced", "eli's game", "run club", "shift",
                                  "pickup from the kiln", "visit to grandma"])
def test_plan_names_that_are_things(name: str) -> None:
    assert as_thing(name) == name


@pytest.mark.parametrize("name", ["use the school overlocker", "from the kiln", "trip to look",
                                  "help' paint", "take the bus"])
def test_plan_names_that_are_no_things(name: str) -> None:
    assert as_thing(name) != name


@pytest.mark.parametrize(("name", "thing"), [
    ("use the school overlocker", "using the school overlocker"),
    ("get my braces off", "getting my braces off"), ("visit the museum", "visiting the museum"),
    ("from the kiln", None), ("trip to look", None)])
def test_a_doing_with_its_object_is_said_as_a_doing(name: str, thing: str | None) -> None:
    assert as_thing(name) == thing


def test_a_broken_name_is_asked_by_its_day_and_its_thing() -> None:
    saturday = date(2026, 3, 7)
    got = tidy_plans(FollowUp("from the kiln", "event", 1, when=saturday))
    assert [p.event for p in got] == ["saturday's kiln thing"]
    got = tidy_plans(FollowUp("trip to look", "event", 1, when=saturday))
    assert [p.event for p in got] == ["saturday's trip"]  # an event noun needs no "thing"
    got = tidy_plans(FollowUp("help' paint", "today", 1, when=saturday))
    assert [p.event for p in got] == ["paint thing"]
    got = tidy_plans(FollowUp("use the school overlocker", "event", 1, when=saturday))
    assert [p.event for p in got] == ["using the school overlocker"]
    got = tidy_plans(FollowUp("from the", "event", 1, when=saturday))
    assert [p.event for p in got] == ["saturday's plan"]
    assert tidy_plans(FollowUp("from the", "event", 1)) == ()


def test_a_name_is_tidied_before_it_is_judged() -> None:
    got = tidy_plans(FollowUp("theres a quiz on it", "event", 1, when=date(2026, 3, 6)))
    assert [p.event for p in got] == ["quiz"]
