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


def test_a_price_asked_of_a_kind_is_the_kind_told() -> None:
    found = _answer("how much i say them shoes was",
                    "bro i got the new jordans today. $210. my grandma paid half tho",
                    "we got a step show friday at 6 in the cafeteria", read=True)
    assert found is not None and "210" in f"{found.detail} {found.text}"


@pytest.mark.parametrize(("old", "new", "same"), [
    ("spring tea party", "tea party", True), ("lock in", "lock in", True),
    ("birthday party", "party", False), ("tea party", "garden party", False),
])
def test_a_plan_told_by_the_end_of_its_name_is_the_same_plan(old: str, new: str,
                                                              same: bool) -> None:
    from amity.memory.ledger import _ends_alike

    assert _ends_alike(old, new) is same


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


@pytest.mark.parametrize(("text", "told"), [
    ("back from mexico!! it was amazing", True), ("we got back last night, so tired", True),
    ("back from school ugh", False), ("hiii", False),
])
def test_back_from_somewhere_tells_of_the_trip(text: str, told: bool) -> None:
    import random
    from datetime import date

    from amity.types import FollowUp, TurnView
    from amity.voice.lines import load
    from amity.voice.plans import follow_up, told_plan
    from amity.voice.reading import Act
    from amity.voice.skills import Turn

    due = FollowUp("trip", "event", 1, when=date(2026, 3, 30))
    assert (told_plan(due, text) is not None) is told
    view = TurnView("", text, follow_up=due, new_session=True)
    said = follow_up(Turn(view, Act("greeting"), "neutral", random.Random(3)), load())
    assert said and "trip" in said[0].text.lower()


def test_a_lock_in_keeps_its_in() -> None:
    from datetime import date

    from amity.types import FollowUp
    from amity.voice.plans import tidy_plans

    assert [p.event for p in tidy_plans(FollowUp("lock in", "event", 1,
                                                 when=date(2026, 3, 14)))] == ["lock in"]
    assert [p.event for p in tidy_plans(FollowUp("party at", "event", 1,
                                                 when=date(2026, 3, 14)))] == ["party"]


def test_a_trip_is_asked_about_weeks_after_it_began(store) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, date, datetime

    from amity import Fact
    from amity.memory import LedgerMemory
    from tests.test_memory import NOW, say

    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "we leave for our trip in a week, and i have a math test friday",
              [Fact("user", "event", "trip", when=date(2026, 11, 30)),
               Fact("user", "event", "math test", when=date(2026, 11, 27))])
    back = datetime(2026, 12, 17, 16, tzinfo=UTC)  # 17 days after the trip began
    due = mem.opening(uid, back)
    assert due is not None and due.event == "trip" and not due.also  # (the test is stale)
    assert mem.opening(uid, datetime(2027, 1, 5, 16, tzinfo=UTC)) is None
    assert back > NOW


def test_everyone_is_no_name() -> None:
    line = "theres a guy everyone calls moose. real name marcus. hes gonna train me"
    assert names_for(stems("guy train"), line, line) is None
    found = _answer("whats the guy who trains me called again. real name not the nickname",
                    "got the job at the hardware store", line, read=True)
    assert found is not None and "marcus" in found.text.lower()
    assert (found.detail or "").lower() != "everyone"


def test_the_call_time_is_a_thing_asked() -> None:
    line = ("we have our dance comp saturday in dayton!! call time is 7:30am 😭 miss tay says "
            "if were late we dont go on")
    found = _answer("what was the call time?? i was telling my friend how early it was", line,
                    read=True)
    assert found is not None and "7:30" in found.text
    assert _answer("what was the call time??", "we have our dance comp saturday in dayton!!",
                   read=True) is None


def test_a_long_text_is_not_padded_into_a_batch_of_short_ones() -> None:
    from amity.nlp.runtime import batches

    seqs = [[1] * n for n in (5, 7, 6, 200, 8, 9)]
    spread = list(batches(seqs, 32, spread=2.0))
    assert sorted(i for idx, _, _ in spread for i in idx) == list(range(6))
    assert [ids.shape for _, ids, _ in spread] == [(5, 9), (1, 200)]
    assert [ids.shape for _, ids, _ in batches(seqs, 32)] == [(6, 200)]  # as before
    assert [ids.shape for _, ids, _ in batches(seqs, 4, spread=2.0)] == [(4, 8), (1, 9),
                                                                         (1, 200)]


def test_a_long_post_and_its_windows_encode_as_they_do_alone() -> None:
    import numpy as np

    from amity.nlp.embed import Encoder

    post = ("orchestra concert is next thursday and im first chair viola now!! mr diaz said i "
            "improved a ton this year. we're playing a medley from a video game and the ending "
            "is so hard, my bow keeps slipping on the fast part. my grandma is coming to watch "
            "which is nice. also can u help me remember the notes for a d major scale lol") * 2
    windows = ["my grandma is coming to watch which is nice.", "we're playing a medley"]
    together = Encoder(cache_size=0).encode([post, *windows])
    alone = np.stack([Encoder(cache_size=0).encode([t])[0] for t in (post, *windows)])
    assert np.allclose(together, alone, atol=1e-5)


@pytest.mark.parametrize(("line", "plan"), [
    ("my dad gets his knee scoped friday morning so my mom is driving me everywhere",
     ("user's dad", "knee surgery")),
    ("my grandpa gets his hip fixed on friday", ("user's grandpa", "hip surgery")),
])
def test_someone_getting_a_part_seen_to_is_their_plan(line: str, plan: tuple[str, str]) -> None:
    from datetime import UTC, date, datetime

    from amity.nlp.facts.extractor import extract

    now = datetime(2026, 3, 2, 16, tzinfo=UTC)
    assert [(f.subject, f.object, f.when) for f in extract(line, now=now)
            if f.predicate == "event"] == [(*plan, date(2026, 3, 6))]


def test_a_part_seen_to_already_is_no_plan() -> None:
    from datetime import UTC, datetime

    from amity.nlp.facts.extractor import extract

    now = datetime(2026, 3, 2, 16, tzinfo=UTC)
    assert [f for f in extract("my dad got his knee scoped friday and hes fine now", now=now)
            if f.predicate == "event"] == []
