"""Migrations: one Alembic head, and an amity 0.1 database (the revisions up to its three
heads 0002, 0003, 0004) upgrades to the head with every row of every table kept."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Column, MetaData, Table, create_engine, insert, select
from sqlalchemy.engine import Engine

from amity import Store
from amity.store.db import MIGRATIONS, upgrade
from amity.store.models import Base

V01_HEADS = ("0002", "0003", "0004")
AT = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return ScriptDirectory.from_config(config)


def test_the_migrations_have_one_head() -> None:
    script = _script()
    assert script.get_heads() == ["0006"]
    assert set(script.get_revision("0005").down_revision) == set(V01_HEADS)  # type: ignore[union-attr, arg-type]
    assert script.get_revision("0006").down_revision == "0005"  # type: ignore[union-attr]


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


ADDED_SINCE_V01 = {("api_keys", "scopes")}


def _v01_table(name: str) -> Table:
    """The table as amity 0.1 had it (no column added since, so no default for one)."""
    table = Base.metadata.tables[name]
    return Table(name, MetaData(), *[Column(c.name, c.type, primary_key=c.primary_key)
                                     for c in table.c if (name, c.name) not in ADDED_SINCE_V01])


def _dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every amity table, by primary key (the columns amity 0.1 had)."""
    tables = Base.metadata.tables
    with engine.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(
            select(*[c for c in table.c if (name, c.name) not in ADDED_SINCE_V01])
            .order_by(*table.primary_key.columns)).all()]
            for name, table in tables.items()}


def test_an_amity_0_1_database_upgrades_with_every_row(db_url: str) -> None:
    engine = create_engine(db_url)
    for head in V01_HEADS:  # amity 0.1 migrated to "heads": each of its three branches
        upgrade(engine, head)
    rows = _v01_rows()
    assert set(rows) == set(Base.metadata.tables)  # a row in every table
    with engine.begin() as conn:
        for name, values in rows.items():
            conn.execute(insert(_v01_table(name)), values)
    before = _dump(engine)
    engine.dispose()

    store = Store(db_url)  # the package's own upgrade path: open_engine migrates to head
    try:
        assert _dump(store.engine) == before
        assert all(before[name] for name in rows)
        with store.engine.connect() as conn:
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
        assert [v[0] for v in version] == ["0006"]
        with store.engine.connect() as conn:  # keys made before scopes keep chat and memory
            scopes = conn.exec_driver_sql("SELECT scopes FROM api_keys").scalar_one()
        assert scopes == "chat memories:read memories:write"
        assert store.users() == ["alex", "sam"]
        assert store.count_messages(1) == 2
        assert [e.category for e in store.events()] == ["self_harm"]
    finally:
        store.close()
