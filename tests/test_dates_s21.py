"""Session 21: a weekday in an idiom is no date; a baby shower is a plan."""

from __future__ import annotations

from datetime import date

import pytest

from amity.nlp.facts.dates import find_dates
from amity.nlp.facts.events import event_phrase

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize("text", [
    "heyy. sunday scaries already and its only 2pm",
    "major monday blues rn",
    "its taco tuesday at my house lol",
])
def test_a_weekday_in_an_idiom_is_no_date(text: str) -> None:
    assert find_dates(text, MONDAY) == []


def test_a_weekday_is_still_a_date() -> None:
    found = find_dates("my cousin's baby shower is on sunday", MONDAY)
    assert [d.date for d in found] == [date(2026, 3, 8)]


def test_a_baby_shower_is_a_plan() -> None:
    phrase = event_phrase("also my mom is making me go to my cousin's baby shower on sunday "
                          "right after so no nap for me")
    assert phrase is not None and "shower" in phrase
