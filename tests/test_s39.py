"""Session 39: plans the dev scripts told and the ledger never kept, so no follow-up came:
the plan in the clause its date ends (not one said earlier in the sentence), a plan named
right after a date that opens its clause ("thursday is the dentist", "... and next saturday
im running the wok station"), "next week friday" as one day, a field trip "to" a place, a
college tour, a pep rally, a self portrait "due next week friday" after it was told, and "we
pick her up wednesday" after "we're adopting a dog"; "the spring pep rally" keeps its article."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from amity.nlp.facts.dates import find_dates
from amity.nlp.facts.extractor import extract
from amity.voice.plans import _the

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # a Monday


def _plans(message: str, context: list[str] | None = None) -> list[tuple[str, date]]:
    return [(f.object, f.when) for f in extract(message, context or [], NOW)
            if f.predicate == "event" and f.when is not None]


@pytest.mark.parametrize(("message", "plan", "day"), [
    ("oh and my shifts are tues thurs and sat, tuesday is 4 to 9 which sucks cuz i have a "
     "history paper due wednesday on the cuban missile crisis", "history paper", date(2026, 3, 4)),
    ("and next thursday i have my interview for the vet clinic internship, wait no its next "
     "friday. thursday is the dentist", "dentist", date(2026, 3, 5)),
    ("shes flying to bangkok next wednesday for a 2 week trip to see her mom and next saturday "
     "im running the wok station by myself for the first time", "running the wok station",
     date(2026, 3, 14)),
    ("field trip to the natural history museum on wednesday, we had to pick a buddy and i "
     "picked tobi over sam", "field trip", date(2026, 3, 4)),
    ("also im going on a college tour this friday at UVM with my mom", "college tour",
     date(2026, 3, 6)),
    ("i have to shoot the spring pep rally on friday at 2:30", "spring pep rally",
     date(2026, 3, 6)),
    ("sunny!!! we're adopting a dog!!! a retired racing greyhound. we pick her up wednesday "
     "after school", "getting the dog", date(2026, 3, 4)),
    # memory_dev21, read after its first run
    ("second thing, dance comp was supposed to be this saturday in dayton but they moved it to "
     "next sunday because the venue flooded??? like a pipe burst", "dance comp", date(2026, 3, 15)),
    ("my abuela flies in tuesday from san juan too so the house is crazy",
     "flight in from san juan", date(2026, 3, 3)),
    ("got my first real fight saturday", "first real fight", date(2026, 3, 7)),
    ("today was insane, coach ramirez pulled me aside after practice and said im starting on the "
     "mound thursday against westfield and i almost passed out", "game against westfield",
     date(2026, 3, 5)),
])
def test_a_plan_told_is_kept(message: str, plan: str, day: date) -> None:
    assert (plan, day) in _plans(message)


def test_its_due_points_at_the_portrait_told_before() -> None:
    told = ["in art we're doing self portraits with oil pastels and ms ferreira said mine has "
            "'really brave colours'"]
    assert _plans("its due next week friday and i havent done the eyes yet", told) == [
        ("self portraits", date(2026, 3, 13))]


@pytest.mark.parametrize(("text", "day"), [
    ("its due next week friday", date(2026, 3, 13)),
    ("next week on tuesday", date(2026, 3, 10)),
    ("friday next week", date(2026, 3, 13)),
])
def test_next_week_and_a_weekday_are_one_day(text: str, day: date) -> None:
    assert [d.date for d in find_dates(text, NOW)] == [day]


@pytest.mark.parametrize(("message", "plan"), [
    ("my recital is saturday im performing a chopin piece", "recital"),  # the date ends it
    ("my recital is saturday, im performing a chopin piece", "recital"),
    ("so the bake sale is friday, but i have to make 3 dozen cookies", "bake sale"),
    ("we have a match saturday against westfield", "match"),
])
def test_the_plan_before_its_date_keeps_its_name(message: str, plan: str) -> None:
    assert [p for p, _ in _plans(message)] == [plan]


def test_next_week_alone_is_still_monday() -> None:
    assert [d.date for d in find_dates("i have next week off", NOW)] == [date(2026, 3, 9)]


@pytest.mark.parametrize(("event", "said"), [
    ("spring pep rally", "the spring pep rally"), ("wedding rehearsal", "the wedding rehearsal"),
    ("getting the dog", "getting the dog"), ("running the wok station", "running the wok station"),
])
def test_a_plan_in_ing_that_names_a_thing_gets_its_article(event: str, said: str) -> None:
    assert _the(event) + event == said


def test_a_birthday_by_the_age_turned_is_ahead() -> None:
    facts = [(f.subject, f.predicate, f.when) for f in extract("also grandpa turns 70 saturday",
                                                              [], NOW) if f.when]
    assert facts == [("user's grandpa", "birthday", date(2026, 3, 7))]


def test_a_question_in_disbelief_marks_is_still_a_question() -> None:
    assert _plans("is the party at jades this saturday or at kims??") == []
