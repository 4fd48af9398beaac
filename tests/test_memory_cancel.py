"""A plan called off ("nvm coach just cancelled wednesday, too windy") leaves the plans on
SQLite and PostgreSQL, so the next visit does not ask how it went; a doubt, a question, a
move or another thing called off leaves every plan as it was."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest

from amity import Fact, Store
from amity.memory import LedgerMemory
from amity.memory.cancel import cancelled
from tests.test_memory_redate import _say

NOW = datetime(2026, 3, 2, 16, 5, tzinfo=UTC)  # a Monday


@dataclass
class Plan:
    id: int
    object: str
    when: date | None
    created_at: datetime
    source_message_id: int | None


MATCH = Plan(1, "match", date(2026, 3, 4), datetime(2026, 3, 2, 16, 2, tzinfo=UTC), 5)
GRADUATION = Plan(2, "graduation", date(2026, 3, 14), datetime(2026, 3, 2, 16, 3, tzinfo=UTC), 6)


@pytest.mark.parametrize(("text", "plan"), [
    ("actually nvm coach begay just cancelled wednesday, too windy", MATCH),  # its day
    ("the match got cancelled ugh", MATCH),  # its name
    ("they called off the graduation bc of the storm", GRADUATION),
])
def test_a_plan_called_off_is_found(text: str, plan: Plan) -> None:
    assert cancelled(text, [MATCH, GRADUATION], NOW, 99) is plan


@pytest.mark.parametrize("text", [
    "hope the match doesnt get cancelled",  # a hope
    "is the match cancelled?",  # a question
    "match got cancelled, moved to friday",  # a move: a new day ahead
    "its cancelled lol",  # two plans told: which one?
    "my show got cancelled on netflix",  # another thing
    "the match might be called off",  # a doubt
    "im off now, see u at the match wednesday",  # leaving, not calling it off
])
def test_no_clear_cancel_finds_nothing(text: str) -> None:
    assert cancelled(text, [MATCH, GRADUATION], NOW, 99) is None


def test_it_called_off_is_the_one_plan_just_told() -> None:
    assert cancelled("nvm its cancelled", [MATCH], NOW, 99) is MATCH
    assert cancelled("they called it off lol", [MATCH], NOW, 99) is MATCH
    assert cancelled("they cancelled my favorite show", [MATCH], NOW, 99) is None
    old = Plan(3, "match", date(2026, 3, 4), datetime(2026, 2, 20, 16, 0, tzinfo=UTC), 2)
    assert cancelled("nvm its cancelled", [old], NOW, 99) is None  # told weeks ago


def test_a_passed_plan_or_the_plan_of_this_message_is_not_called_off() -> None:
    passed = Plan(4, "match", date(2026, 3, 1), datetime(2026, 2, 27, 16, 0, tzinfo=UTC), 3)
    assert cancelled("the match got cancelled", [passed], NOW, 99) is None
    assert cancelled("the match got cancelled", [MATCH], NOW, 5) is None


def test_the_ledger_drops_the_cancelled_plan_and_keeps_it_in_history(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = _say(mem, store, "we have a match wednesday at paradise hills",
               [Fact("user", "event", "match", when=date(2026, 3, 4))], NOW)
    _say(mem, store, "my sister graduates next saturday",
         [Fact("user", "event", "graduation", when=date(2026, 3, 14))],
         NOW + timedelta(minutes=1))
    _say(mem, store, "actually nvm coach just cancelled wednesday, too windy", [],
         NOW + timedelta(minutes=2))
    plans = [f.object for f in mem.list_facts(uid) if f.predicate == "event"]
    assert plans == ["graduation"]
    gone = [f for f in mem.list_facts(uid, include_history=True) if f.object == "match"]
    assert [f.status for f in gone] == ["cancelled"]
    later = NOW + timedelta(days=6)  # the match day passed: nothing to ask about it
    due = mem.opening(uid, later)
    assert due is None or due.event != "match"
