"""Long-term memory on SQLite and PostgreSQL: the ledger rules, recall, follow-ups,
forgetting without a trace, and isolation between users."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from amity import Engine, Fact, Stages, Store
from amity.memory import LedgerMemory
from amity.memory.episodes import Turn, summarize, summary_is_grounded

NOW = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # a Monday


def say(mem: LedgerMemory, store: Store, user: str, content: str, facts: list[Fact],
        at: datetime = NOW) -> int:
    uid = store.user_id(user)
    conv = store.conversation(uid, "sunny")
    msg = store.add_message(uid, conv, "user", content, at=at)
    mem.remember(uid, msg, [Fact(**{**f.__dict__, "source_text": content}) for f in facts], at)
    return uid


def dog(name: str = "Biscuit") -> Fact:
    return Fact("user", "has_pet", f"a dog named {name}", confidence=0.9)


def test_same_fact_twice_is_one_fact_confirmed_twice(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "my dog is called Biscuit", [dog()])
    say(mem, store, "sam", "Biscuit is my dog's name", [dog()], NOW + timedelta(minutes=1))
    facts = mem.list_facts(uid)
    assert len(facts) == 1 and facts[0].times_confirmed == 2


def test_a_contradiction_supersedes_and_keeps_history(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "I live in Leeds", [Fact("user", "lives_in", "Leeds")])
    say(mem, store, "sam", "we moved to York", [Fact("user", "lives_in", "York")])
    current = mem.list_facts(uid)
    assert [f.object for f in current] == ["York"]
    history = mem.history(uid, current[0].id)
    assert [(f.object, f.status) for f in history] == [("Leeds", "superseded"),
                                                        ("York", "active")]
    assert history[0].superseded_by == current[0].id
    say(mem, store, "sam", "i like olives", [Fact("user", "likes", "olives")])
    say(mem, store, "sam", "actually i hate olives", [Fact("user", "dislikes", "olives")])
    assert {(f.predicate, f.object) for f in mem.list_facts(uid)} >= {("dislikes", "olives")}
    assert ("likes", "olives") not in {(f.predicate, f.object) for f in mem.list_facts(uid)}


def test_correct_replaces_the_value(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "my dog is called Biscut", [dog("Biscut")])
    fid = mem.list_facts(uid)[0].id
    new = mem.correct(uid, fid, "Biscuit", NOW)
    assert new.object == "Biscuit" and "Biscuit" in new.text and new.predicate == "has_pet"
    assert [f.status for f in mem.history(uid, new.id)] == ["corrected", "active"]
    hits = mem.recall(uid, "what is my dog called?", NOW)
    assert any("Biscuit" in h.text for h in hits)
    assert not any("Biscut" in h.text for h in hits if h.kind == "fact")


def test_recall_finds_facts_and_past_turns(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "my dog is called Biscuit", [dog()], NOW - timedelta(days=3))
    say(mem, store, "sam", "I went to the aquarium and saw a huge octopus", [],
        NOW - timedelta(days=2))
    hits = mem.recall(uid, "remember the octopus I saw?", NOW)
    assert hits[0].kind == "fact" and "Biscuit" in hits[0].text and "sam" in hits[0].text
    assert any(h.kind in ("turn", "episode") and "octopus" in h.text for h in hits)


def test_quiet_sessions_become_grounded_episodes(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "My sister Maya got a puppy called Noodle.", [],
              NOW - timedelta(hours=5))
    say(mem, store, "sam", "I have a piano recital on Saturday!", [], NOW - timedelta(hours=5))
    assert mem.close_sessions(uid, NOW) == 1
    assert mem.close_sessions(uid, NOW) == 0
    episodes = [e for e in mem.export(uid) if e["type"] == "episode"]
    assert len(episodes) == 1 and "Noodle" in str(episodes[0]["summary"])


def test_summaries_only_quote_what_was_said() -> None:
    turns = [Turn(1, "Sam", "My exam is on Friday. I am nervous!", NOW),
             Turn(2, "Friend", "You will do great", NOW, is_user=False),
             Turn(3, "Sam", "Also my cat Miso is sick.", NOW)]
    summary = summarize(turns)
    assert summary_is_grounded(summary, turns)
    assert "You will do great" not in summary


def test_a_past_dated_event_is_followed_up_once(store: Store) -> None:
    mem = LedgerMemory(store)
    friday = date(2026, 11, 27)
    uid = say(mem, store, "sam", "math test on Friday",
              [Fact("user", "event", "math test", when=friday)])
    assert mem.opening(uid, NOW) is None  # not yet
    saturday = datetime(2026, 11, 28, 10, tzinfo=UTC)
    due = mem.opening(uid, saturday)
    assert due is not None and due.event == "math test" and due.kind == "event"
    assert due.when == friday  # its day, to name it by when its name is no thing
    assert mem.opening(uid, saturday) == due  # reading does not mark it
    mem.followed_up(uid, due, saturday)
    assert mem.opening(uid, saturday + timedelta(hours=1)) is None



def test_a_plan_told_on_an_earlier_day_is_asked_about_on_its_day(store: Store) -> None:
    mem = LedgerMemory(store)
    friday = date(2026, 11, 27)
    uid = say(mem, store, "sam", "math test on Friday",
              [Fact("user", "event", "math test", when=friday)])
    on_the_day = datetime(2026, 11, 27, 16, tzinfo=UTC)
    due = mem.opening(uid, on_the_day)
    assert due is not None and (due.event, due.kind) == ("math test", "today")
    mem.followed_up(uid, due, on_the_day)
    assert mem.opening(uid, on_the_day + timedelta(hours=2)) is None  # asked once that day
    # the next day: how did it go? (the wish on the day is no question about how it went)
    after = mem.opening(uid, on_the_day + timedelta(days=1))
    assert after is not None and (after.event, after.kind) == ("math test", "event")
    mem.followed_up(uid, after, on_the_day + timedelta(days=1))
    assert mem.opening(uid, on_the_day + timedelta(days=2)) is None  # and that once


def test_a_plan_told_on_its_own_day_is_not_asked_about_that_day(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "dentist appt later today",
              [Fact("user", "event", "dentist appt", when=NOW.date())])
    assert mem.opening(uid, NOW + timedelta(hours=3)) is None
    due = mem.opening(uid, NOW + timedelta(days=1))
    assert due is not None and due.kind == "event"


@pytest.mark.parametrize(("whose", "told", "on", "kind", "event"), [
    ("user", date(2026, 3, 3), datetime(2027, 3, 3, 9, tzinfo=UTC), "birthday", "birthday"),
    ("user's sister", date(2026, 3, 6), datetime(2026, 3, 8, 9, tzinfo=UTC), "event",
     "your sister's birthday"),  # a family member's that passed: asked about as theirs
    ("user", date(2026, 3, 10), datetime(2026, 3, 12, 9, tzinfo=UTC), "event",
     "your birthday"),  # the user's own that passed since the last chat: "how was it?"
])
def test_birthdays_are_wished_or_asked_about(store: Store, whose: str, told: date,
                                            on: datetime, kind: str, event: str) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "a birthday", [Fact(whose, "birthday", "then", when=told)])
    due = mem.opening(uid, on)
    assert due is not None and (due.kind, due.event) == (kind, event)


def test_a_friends_birthday_that_passed_is_asked_about_once(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "freya's birthday is on the 11th",
              [Fact("Freya", "birthday", "the 11th", when=date(2026, 3, 11))])
    assert mem.opening(uid, datetime(2026, 3, 9, 9, tzinfo=UTC)) is None  # not yet
    after = datetime(2026, 3, 13, 9, tzinfo=UTC)
    due = mem.opening(uid, after)
    assert due is not None and due.kind == "event" and due.event == "Freya's birthday"
    mem.followed_up(uid, due, after)
    assert mem.opening(uid, after + timedelta(hours=1)) is None


def _rows_mentioning(store: Store, word: str) -> list[tuple[str, int | None]]:
    """(table, user_id) of every row, in every table, whose text mentions ``word``."""
    found: list[tuple[str, int | None]] = []
    with store.engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            if table.startswith("memory_fts"):
                continue  # FTS5 internals are checked in the raw file below
            for row in conn.execute(text(f'SELECT * FROM "{table}"')).mappings():
                if word in " ".join(str(v) for v in row.values()):
                    found.append((table, row.get("user_id")))
    return found


def test_forget_leaves_no_trace(store: Store, db_url: str) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "my dog is called Biscuit", [dog()], NOW - timedelta(hours=3))
    say(mem, store, "sam", "Biscuit chewed my shoe lol", [], NOW - timedelta(hours=3))
    alex = say(mem, store, "alex", "my hamster is Biscuit too", [dog()])
    mem.close_sessions(uid, NOW)  # an episode now quotes the secret
    assert "Biscuit" in str(list(mem.export(uid)))
    fid = next(f.id for f in mem.list_facts(uid) if "Biscuit" in f.object)
    mem.forget(uid, fid)
    exported = str(list(mem.export(uid)))
    assert "Biscuit" not in exported and "forgotten" in exported
    assert not any("Biscuit" in h.text for h in mem.recall(uid, "Biscuit dog name", NOW))
    left = _rows_mentioning(store, "Biscuit")
    assert left and all(user == alex for _, user in left), left  # alex's are untouched
    mem.forget(alex, next(f.id for f in mem.list_facts(alex)))
    assert _rows_mentioning(store, "Biscuit") == []
    if db_url.startswith("sqlite"):
        store.engine.dispose()
        path = Path(db_url.split("///", 1)[1])
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert b"Biscuit" not in raw  # not in free pages, the WAL or the FTS5 segments


def test_isolation_between_many_users(store: Store) -> None:
    mem = LedgerMemory(store)
    users = [f"user{i}" for i in range(8)]
    for i, name in enumerate(users):
        say(mem, store, name, f"my secret word is zebra{i}", [Fact("user", "likes", f"zebra{i}")])
    for i, name in enumerate(users):
        uid = store.user_id(name)
        seen = " ".join(h.text for h in mem.recall(uid, "what is my secret word zebra?", NOW))
        seen += str(list(mem.export(uid)))
        others = [f"zebra{j}" for j in range(8) if j != i]
        assert f"zebra{i}" in seen
        assert not any(o in seen for o in others)


def test_engine_remembers_the_dog_after_a_restart(make_engine: Callable[..., Engine],
                                                  store: Store) -> None:
    def facts(text_: str, context: object, now: datetime) -> list[Fact]:
        return [dog()] if "Biscuit" in text_ else []

    def engine() -> Engine:
        return make_engine(["Aww, cute!", "It's Biscuit! 🐶"], store=store,
                           stages=Stages(facts=facts, memory=LedgerMemory(store)))

    engine().respond("sam", "my dog is called Biscuit")
    second = engine()
    second.respond("sam", "what's my dog called?")
    system = "\n".join(m.content for m in second.backend.calls[0]  # type: ignore[attr-defined]
                       if m.role == "system")
    assert "Biscuit" in system and "remember" in system


def test_a_returning_users_follow_up_waits_for_the_end_of_quiet_hours(
        make_engine: Callable[..., Engine]) -> None:
    from amity.policy import SafetyPolicy

    engine = make_engine(["Hi!"], quiet_hours="22:00-07:00")
    memory = LedgerMemory(engine.store)
    engine.stages = Stages(memory=memory, policy=SafetyPolicy(engine.store, engine.settings))
    now = {"at": datetime(2025, 3, 3, 18, 0).astimezone()}
    engine.clock = lambda: now["at"]
    engine.respond("sam", "my driving test is on tuesday")
    told = engine.history("sam")[0]
    memory.remember(engine.store.user_id("sam"), told,
                    [Fact("user", "event", "driving test", when=date(2025, 3, 4))], now["at"])
    now["at"] = datetime(2025, 3, 5, 23, 30).astimezone()
    assert engine.welcome_back("sam") is None  # quiet hours: not now, and not spent
    now["at"] = datetime(2025, 3, 6, 8, 0).astimezone()
    opened = engine.welcome_back("sam")
    assert opened is not None and "driving test" in opened.content


def test_two_plans_that_passed_are_asked_about_together_once(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = say(mem, store, "sam", "driving test friday and interview wednesday",
              [Fact("user", "event", "interview", when=date(2026, 11, 25)),
               Fact("user", "event", "driving test", when=date(2026, 11, 27))])
    saturday = datetime(2026, 11, 28, 10, tzinfo=UTC)
    due = mem.opening(uid, saturday)
    assert due is not None and due.event == "driving test"  # the newest first
    assert [a.event for a in due.also] == ["interview"]
    mem.followed_up(uid, due, saturday)
    assert mem.opening(uid, saturday + timedelta(hours=1)) is None  # both were asked
