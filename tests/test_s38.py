"""Session 38: memory answers the dev sets missed: a place named before its kind ("i ride
at willow creek stables", "i work at tonys pizza"), a thing then "its called ..." in its
message ("at my aunts bakery on saturdays, its called flour child"), a shop asked of a
florist, a height ("how tall am i": "im 6'1"), the ER as the hospital, and a sister asked of
by the name she was told with ("my sister nora ... nora is 10")."""

from __future__ import annotations

import pytest

from amity.voice.recall_names import names_for
from amity.voice.recall_words import stems
from tests.test_recall_s17 import _answer


@pytest.mark.parametrize(("kind", "line", "name"), [
    ("stables", "i ride at willow creek stables, my trainer is named carla",
     "willow creek stables"),
    ("pizza place", "also i work at tonys pizza on weekends, i fold boxes", "tonys pizza"),
    ("school", "she goes to lincoln middle school", "lincoln middle school"),
])
def test_a_place_named_before_its_kind(kind: str, line: str, name: str) -> None:
    assert names_for(stems(kind), line, line) == name


@pytest.mark.parametrize(("kind", "line"), [
    ("park", "we went to the dog park after school"),
    ("rink", "i skate at the ice rink on fridays"),
    ("bakery", "i help at my aunts bakery on saturdays"),
    ("park", "we went to skate park"),
])
def test_a_kind_of_place_is_no_name(kind: str, line: str) -> None:
    assert names_for(stems(kind), line, line) is None


@pytest.mark.parametrize(("question", "lines", "word"), [
    ("whats the name of the stables again so my grandpa can look it up",
     ["i ride at willow creek stables, my trainer is named carla"], "willow creek"),
    ("sofia wants to come visit me at work, whats the bakery called again",
     ["also i started helping at my aunts bakery on saturdays, its called flour child lol "
      "i mostly box up cinnamon rolls"], "flour child"),
    ("whats the shop called, my grandma wants to come by",
     ["hiii ok so i got the job at the florist!!! its called bloom & co and its right by "
      "the train station", "the owner is mrs haddad"], "bloom"),
    ("how tall did i tell u i am lol the roster says 6'0",
     ["im 6'1 which is kinda short for a forward lol"], "6'1"),
    ("and which hospital did we go to? my mom needs it for insurance",
     ["my brother broke his arm skating", "we were at the ER at st josephs for like 5 hours"],
     "st josephs"),
    ("how old did i say my sister is? my friend doesnt believe shes that good",
     ["my sister nora has a piano recital on sunday. nora is 10 btw and honestly really good"],
     "10"),
])
def test_memory_answers_missed_on_dev(question: str, lines: list[str], word: str) -> None:
    found = _answer(question, *lines, read=True)
    assert found is not None
    assert word in f"{found.detail} {found.text}".lower()


def test_a_height_is_not_asked_of_a_number_beside_it() -> None:
    found = _answer("how tall am i again", "i scored 12 points tonight", read=True)
    assert found is None or "12" not in found.text


def test_the_shop_asked_is_not_a_place_never_named() -> None:
    assert _answer("whats the shop called", "i got a job at the florist!!", read=True) is None


def test_a_role_and_a_titled_name_set_off_by_commas() -> None:
    found = _answer("whats the janitor called again, my locker is still being weird",
                    "mr feeney put me with jonah and tali for the history project. tali is "
                    "actually great she already made the slides",
                    "also my locker is jammed again and the janitor, mr pruitt, said hed fix "
                    "it by wednesday", read=True)
    assert found is not None and "pruitt" in f"{found.detail} {found.text}".lower()


def test_which_pet_asks_its_name() -> None:
    found = _answer("ok test do u remember which horse i ride",
                    "i ride at willow creek stables, my trainer is named carla",
                    "the horse i usually ride is a gray mare named biscuit, shes 17 and super "
                    "chill", read=True)
    assert found is not None and found.detail == "Biscuit"


def test_a_price_asked_of_a_kind_is_the_kind_told() -> None:
    found = _answer("how much i say them shoes was",
                    "bro i got the new jordans today. $210. my grandma paid half tho",
                    "we got a step show friday at 6 in the cafeteria", read=True)
    assert found is not None and "210" in f"{found.detail} {found.text}"


@pytest.mark.parametrize(("line", "plan"), [
    ("ok bad news the lock in got moved to next saturday bc the church basement flooded",
     "lock in"),
    ("our meet was pushed back to friday", "meet"),
])
def test_the_plan_that_got_moved_is_named(line: str, plan: str) -> None:
    from datetime import UTC, date, datetime

    from amity.nlp.facts.extractor import extract

    now = datetime(2026, 3, 2, 16, tzinfo=UTC)
    moved = [(f.object, f.when) for f in extract(line, now=now) if f.predicate == "event"]
    assert moved == [(plan, date(2026, 3, 14) if "saturday" in line else date(2026, 3, 6))]


@pytest.mark.parametrize(("old", "new", "same"), [
    ("spring tea party", "tea party", True), ("lock in", "lock in", True),
    ("birthday party", "party", False), ("tea party", "garden party", False),
])
def test_a_plan_told_by_the_end_of_its_name_is_the_same_plan(old: str, new: str,
                                                              same: bool) -> None:
    from amity.memory.ledger import _same_plan

    assert _same_plan(old, new) is same


def test_the_ledger_moves_a_plan_told_by_the_end_of_its_name(store) -> None:  # type: ignore[no-untyped-def]
    from datetime import date, timedelta

    from amity import Fact
    from amity.memory import LedgerMemory
    from tests.test_memory_redate import NOW, _say

    mem = LedgerMemory(store)
    uid = _say(mem, store, "theres a spring tea party for the residents this friday",
               [Fact("user", "event", "spring tea party", when=date(2026, 12, 4))], NOW)
    _say(mem, store, "update the tea party got pushed to next wednesday",
         [Fact("user", "event", "tea party", when=date(2026, 12, 9))],
         NOW + timedelta(minutes=1))
    _say(mem, store, "and my birthday party is on the 12th",
         [Fact("user", "event", "birthday party", when=date(2026, 12, 12))],
         NOW + timedelta(minutes=2))
    plans = sorted((f.object, f.when) for f in mem.list_facts(uid) if f.predicate == "event")
    assert plans == [("birthday party", date(2026, 12, 12)), ("tea party", date(2026, 12, 9))]
