"""Migrations: one Alembic head, and an amity 0.1 database (the revisions up to its three
heads 0002, 0003, 0004) upgrades to the head with every row of every table kept."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import column as sa_column
from sqlalchemy import create_engine, insert, select
from sqlalchemy import table as sa_table
from sqlalchemy.engine import Engine

from amity import Store
from amity.store import memory as rows_
from amity.store.db import MIGRATIONS, upgrade
from amity.store.models import Base

V01_HEADS = ("0002", "0003", "0004")
LATER_TABLES = {"memory_state"}  # made by 0008 from the rows of memory_items
AT = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def test_the_migrations_have_one_head() -> None:
    script = _script()
    assert script.get_heads() == ["0009"]  # 0006 idempotency keys, 0007 key scopes, 0008
    # memory_state, 0009 full text by owner
    assert set(script.get_revision("0005").down_revision) == set(V01_HEADS)  # type: ignore[union-attr, arg-type]
    assert script.get_revision("0006").down_revision == "0005"  # type: ignore[union-attr]
    assert script.get_revision("0007").down_revision == "0006"  # type: ignore[union-attr]
    assert script.get_revision("0008").down_revision == "0007"  # type: ignore[union-attr]
    assert script.get_revision("0009").down_revision == "0008"  # type: ignore[union-attr]


def _v01_rows() -> dict[str, list[dict[str, Any]]]:
    """A row (or two) in every table of amity 0.1, in insertion order."""
    return {
        "users": [{"id": 1, "name": "sam", "created_at": AT, "profile": {"age": 15}},
                  {"id": 2, "name": "alex", "created_at": AT, "profile": {}}],
        "conversations": [{"id": 1, "user_id": 1, "character": "sunny", "created_at": AT,
                           "updated_at": AT, "closed_at": None}],
        "messages": [{"id": 1, "conversation_id": 1, "user_id": 1, "role": "user",
                      "content": "my dog is called Biscuit", "created_at": AT,
                      "complete": True, "meta": {}},
                     {"id": 2, "conversation_id": 1, "user_id": 1, "role": "assistant",
                      "content": "Biscuit!", "created_at": AT, "complete": True,
                      "meta": {"kind": "reply", "emoji": "😄"}}],
        "facts": [{"id": 1, "user_id": 1, "subject": "User", "predicate": "pet_name",
                   "object": "Biscuit", "text": "User's dog is called Biscuit",
                   "confidence": 0.9, "when": date(2026, 5, 2), "source_message_id": 1,
                   "source_span": "Biscuit", "status": "active", "superseded_by": None,
                   "times_confirmed": 1, "followed_up_at": None, "created_at": AT,
                   "updated_at": AT}],
        "episodes": [{"id": 1, "user_id": 1, "conversation_id": 1, "first_message_id": 1,
                      "last_message_id": 2, "summary": 'On Friday, User said: "my dog"',
                      "started_at": AT, "ended_at": AT}],
        "memory_items": [{"id": 1, "user_id": 1, "kind": "fact",
                          "text": "User's dog is called Biscuit", "source_id": 1,
                          "created_at": AT, "vector": bytes(range(128)) * 3}],
        "safety_events": [{"id": 1, "user_id": 2, "category": "self_harm",
                           "action": "crisis_reply", "created_at": AT}],
        "accounts": [{"user_id": 1, "username_key": "sam", "password_hash": "$argon2id$x",
                      "created_at": AT}],
        "web_sessions": [{"token_hash": "a" * 64, "user_id": 1, "csrf": "c" * 32,
                          "created_at": AT, "expires_at": AT}],
        "api_keys": [{"id": 1, "user_id": 1, "name": "laptop", "prefix": "amity_abcdef",
                      "key_hash": "b" * 64, "created_at": AT}],
        "rate_limits": [{"bucket": "chat:1", "user_id": 1, "window_start": AT, "count": 3},
                        {"bucket": "signup:127.0.0.1", "user_id": None, "window_start": AT,
                         "count": 1}],
    }


def _columns(engine: Engine) -> dict[str, set[str]]:
    from sqlalchemy import inspect

    found = inspect(engine)
    return {name: {c["name"] for c in found.get_columns(name)}
            for name in Base.metadata.tables if name not in LATER_TABLES}


def _dump(engine: Engine, columns: dict[str, set[str]]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every amity table, by primary key, in the given ``columns`` (those of
    the old schema, so rows compare across a column added later)."""
    tables = Base.metadata.tables
    with engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(
            select(*(c for c in table.c if c.name in columns[name]))
            .order_by(*table.primary_key.columns)).all()]
            for name, table in tables.items() if name in columns}


def test_an_amity_0_1_database_upgrades_with_every_row(db_url: str) -> None:
    engine = create_engine(db_url)
    for head in V01_HEADS:  # amity 0.1 migrated to "heads": each of its three branches
        upgrade(engine, head)
    rows = _v01_rows()
    assert set(rows) == set(Base.metadata.tables) - LATER_TABLES  # a row in every table
    old = _columns(engine)  # the 0.1 schema: later columns (and their defaults) left out
    with engine.begin() as conn:
        for name, values in rows.items():
            table = Base.metadata.tables[name]
            old_table = sa_table(name, *(sa_column(c.name, c.type) for c in table.c
                                         if c.name in old[name]))
            conn.execute(insert(old_table), values)
    before = _dump(engine, old)
    engine.dispose()

    store = Store(db_url)  # the package's own upgrade path: open_engine migrates to head
    try:
        assert _dump(store.engine, old) == before
        assert all(before[name] for name in rows)
        with store.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        assert [v[0] for v in version] == ["0009"]
        assert store.users() == ["alex", "sam"]
        assert store.count_messages(1) == 2
        assert [e.category for e in store.events()] == ["self_harm"]
        with store.engine.connect() as conn:  # 0008 counted the items already there
            state = conn.exec_driver_sql(
                "SELECT user_id, version, removed, items FROM memory_state").all()
        assert [tuple(r) for r in state] == [(1, 1, 0, 1)]
        with store.session() as s:  # 0009 indexed the item already there, by its owner
            assert rows_.fulltext(s, 1, ["biscuit"], 10) == {1: 1.0}
            assert rows_.fulltext(s, 2, ["biscuit"], 10) == {}
    finally:
        store.close()
