"""A forget erases without a trace at the cost of one user's data only: no whole-database
VACUUM and no whole-index FTS5 optimize under the write lock (issue 15, finding 2; the
timing on a 200 MB database is bench/bench_forget.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from amity import Fact, Store
from amity.memory import LedgerMemory

NOW = datetime(2026, 11, 26, tzinfo=UTC)


def test_forget_runs_nothing_that_scales_with_the_whole_database(store: Store,
                                                                 db_url: str) -> None:
    mem = LedgerMemory(store)
    for name in ("sam", "alex"):
        uid = store.user_id(name)
        msg = store.add_message(uid, store.conversation(uid, "sunny"), "user",
                                "my dog is called Biscuit", at=NOW)
        mem.remember(uid, msg, [Fact("user", "pet_name", "Biscuit", source_text=msg.content,
                                     span=(18, 25))], NOW)
    sam = store.user_id("sam")
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(" ".join(statement.split()).upper())

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        mem.forget(sam, mem.list_facts(sam)[0].id)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert statements
    assert not [s for s in statements if s.startswith("VACUUM") or "'OPTIMIZE'" in s
                or "'REBUILD'" in s], statements
    assert "Biscuit" not in str(list(mem.export(sam)))
    alex = store.user_id("alex", create=False)
    assert [f.object for f in mem.list_facts(alex)] == ["Biscuit"]  # alex's are kept
    if db_url.startswith("sqlite"):
        mem.forget(alex, mem.list_facts(alex)[0].id)
        store.engine.dispose()
        path = Path(db_url.split("///", 1)[1])
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert b"Biscuit" not in raw  # zeroed in place (secure_delete), the WAL truncated
