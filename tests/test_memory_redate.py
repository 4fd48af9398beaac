"""A date put right without the plan's name ("i had the date wrong, its the 21st not the
14th") moves the plan it corrects, on SQLite and PostgreSQL; a date said of something else
("my birthday is the 9th not the 14th") moves nothing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from amity import Fact, Store
from amity.memory import LedgerMemory
from amity.memory.redate import redated

NOW = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)  # a Tuesday


@dataclass
class Plan:
    id: int
    when: date | None


RECITAL, TEST = Plan(1, date(2026, 12, 14)), Plan(2, date(2026, 12, 4))


@pytest.mark.parametrize(("text", "plan", "day"), [
    ("wait i had the date wrong its the 21st not the 14th", RECITAL, date(2026, 12, 21)),
    ("its saturday not the 14th lol", RECITAL, date(2026, 12, 5)),
    ("its on december 18 not december 14", RECITAL, date(2026, 12, 18)),
    ("ugh i had the date wrong, its on the 18th", TEST, date(2026, 12, 18)),  # the last told
])
def test_a_correction_moves_the_plan_it_names_by_day(text: str, plan: Plan, day: date) -> None:
    assert redated(text, [RECITAL, TEST], NOW) == (plan, day)


@pytest.mark.parametrize("text", [
    "its the 21st",  # no correction
    "the party is saturday not sunday",  # no plan on sunday
    "its not the 14th",  # no new day
])
def test_no_clear_correction_moves_nothing(text: str) -> None:
    assert redated(text, [RECITAL, TEST], NOW) is None


def test_a_passed_plan_is_not_moved() -> None:
    old = Plan(3, NOW.date() - timedelta(days=3))
    assert redated("i had the date wrong, its the 21st", [old], NOW) is None


def _say(mem: LedgerMemory, store: Store, content: str, facts: list[Fact],
         at: datetime) -> int:
    uid = store.user_id("sam")
    msg = store.add_message(uid, store.conversation(uid, "sunny"), "user", content, at=at)
    mem.remember(uid, msg, [Fact(**{**f.__dict__, "source_text": content}) for f in facts], at)
    return uid


def test_the_ledger_keeps_the_corrected_day(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = _say(mem, store, "my recital is on december 14!!",
               [Fact("user", "event", "recital", when=date(2026, 12, 14))], NOW)
    _say(mem, store, "wait i had the date wrong its the 21st not the 14th", [],
         NOW + timedelta(minutes=1))
    plans = [(f.object, f.when) for f in mem.list_facts(uid) if f.predicate == "event"]
    assert plans == [("recital", date(2026, 12, 21))]


def test_a_dated_fact_of_its_own_moves_no_plan(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = _say(mem, store, "my recital is on december 14!!",
               [Fact("user", "event", "recital", when=date(2026, 12, 14))], NOW)
    _say(mem, store, "my birthday is the 9th not the 14th",
         [Fact("user", "birthday", "the 9th", when=date(2026, 12, 9))],
         NOW + timedelta(minutes=1))
    plans = [(f.object, f.when) for f in mem.list_facts(uid) if f.predicate == "event"]
    assert plans == [("recital", date(2026, 12, 14))]
