"""The issue's scenario through the engine: a user tells Sunny about their dog Biscuit and
a test on Friday; after a restart, Sunny asks about the test once Friday has passed and
knows the dog's name. Real fact extractor and memory; scripted backend (fast)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from amity import Engine, Stages, Store
from amity.memory import LedgerMemory
from amity.nlp.facts import extract

MONDAY = datetime(2026, 11, 23, 17, 0, tzinfo=UTC)
SATURDAY = datetime(2026, 11, 28, 11, 0, tzinfo=UTC)


def test_biscuit_and_the_friday_test(make_engine: Callable[..., Engine], store: Store) -> None:
    def engine(at: datetime) -> Engine:
        e = make_engine(["Aww, Biscuit sounds adorable! 🐶", "Good luck!", "Hey you! 😊",
                         "Biscuit, of course!"], store=store,
                        stages=Stages(facts=lambda t, c, now: extract(t, c, now=now),
                                      memory=LedgerMemory(store)))
        e.clock = lambda: at
        return e

    first = engine(MONDAY)
    reply = first.respond("sam", "my dog is called Biscuit and I have a math test on Friday")
    assert {f.predicate for f in reply.facts} >= {"has_pet", "event"}
    facts = LedgerMemory(store).list_facts(store.user_id("sam"))
    assert any(f.object == "Biscuit" and "Biscuit" in f.source_span for f in facts)
    assert any(f.predicate == "event" and f.when and f.when.isoformat() == "2026-11-27"
               for f in facts)

    later = engine(SATURDAY)  # a restart: a new engine on the same database
    later.respond("sam", "hey sunny!")
    opening = "\n".join(m.content for m in later.backend.calls[0]  # type: ignore[attr-defined]
                        if m.role == "system")
    assert "math test" in opening and "how" in opening.lower()
    later.respond("sam", "what's my dog called?")
    system = "\n".join(m.content for m in later.backend.calls[-1]  # type: ignore[attr-defined]
                       if m.role == "system")
    assert "Biscuit" in system
    assert "math test on Friday" not in system.split("What you remember")[0]
    # the follow-up is asked once, not on every turn
    assert "went" not in system.split("What you remember")[-1].split("\n\n", 1)[-1]
