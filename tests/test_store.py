"""The store on SQLite and PostgreSQL: durability, ordering, isolation, concurrency, schema."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from amity import NotFoundError, Store
from amity.store.models import Base
from amity.store.repo import DuplicateKeyError


def test_users_are_created_once_and_found_again(store: Store) -> None:
    first = store.user_id("sam")
    assert store.user_id("sam") == first
    assert store.user_id("alex") != first
    assert store.users() == ["alex", "sam"]
    with pytest.raises(NotFoundError):
        store.user_id("nobody", create=False)


def test_messages_come_back_in_order_and_per_conversation(store: Store) -> None:
    uid = store.user_id("sam")
    conv = store.conversation(uid, "sunny")
    assert store.conversation(uid, "sunny") == conv
    for i in range(5):
        store.add_message(uid, conv, "user" if i % 2 == 0 else "assistant", f"m{i}")
    history = store.history(uid, conv, limit=3)
    assert [m.content for m in history] == ["m2", "m3", "m4"]
    assert all(m.created_at.tzinfo is not None for m in history)


def test_reset_starts_a_new_conversation_and_keeps_the_old(store: Store) -> None:
    uid = store.user_id("sam")
    conv = store.conversation(uid, "sunny")
    store.add_message(uid, conv, "user", "before reset")
    store.close_conversation(uid, conv)
    new = store.conversation(uid, "sunny")
    assert new != conv
    assert store.history(uid, new) == []
    assert [m.content for m, _ in store.messages(uid)] == ["before reset"]


def test_one_user_cannot_reach_another_users_rows(store: Store) -> None:
    sam, alex = store.user_id("sam"), store.user_id("alex")
    sam_conv = store.conversation(sam, "sunny")
    store.add_message(sam, sam_conv, "user", "sam's secret")
    assert store.history(alex, sam_conv) == []
    with pytest.raises(NotFoundError):
        store.add_message(alex, sam_conv, "user", "sneaky")
    with pytest.raises(NotFoundError):
        store.update_meta(alex, store.messages(sam)[0][0].id, hacked=True)


def test_delete_user_removes_theirs_and_nothing_else(store: Store) -> None:
    sam, alex = store.user_id("sam"), store.user_id("alex")
    for uid in (sam, alex):
        store.add_message(uid, store.conversation(uid, "sunny"), "user", f"hello from {uid}")
    store.delete_user(sam)
    assert store.users() == ["alex"]
    assert store.count_messages() == 1
    assert store.messages(alex)[0][0].content == f"hello from {alex}"


def test_delete_user_empties_every_table_of_theirs(store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    from amity import Fact
    from amity.memory import LedgerMemory
    from amity.store.accounts import Accounts

    accounts, memory = Accounts(store), LedgerMemory(store, encode=lambda t: np.ones((len(t), 384)))
    now = datetime.now(UTC)
    for name in ("sam", "alex"):
        uid = accounts.create(name, "hash")
        accounts.create_session(uid, timedelta(hours=1))
        accounts.create_api_key(uid, "laptop")
        accounts.hit(f"chat:{uid}", 10, timedelta(minutes=1), user_id=uid)
        store.record_event(uid, "self_harm", "crisis_reply")
        msg = store.add_message(uid, store.conversation(uid, "sunny"), "user", "I have a dog",
                                at=now - timedelta(hours=2))
        memory.remember(uid, msg, [Fact("User", "has_pet", "a dog")], now - timedelta(hours=2))
        memory.close_sessions(uid, now)
        assert all(accounts.count_rows(uid).values()), accounts.count_rows(uid)
    sam, alex = store.user_id("sam"), store.user_id("alex")
    before = accounts.count_rows(alex)
    store.delete_user(sam)
    assert not any(accounts.count_rows(sam).values())
    assert accounts.count_rows(alex) == before
    assert store.users() == ["alex"]


def test_concurrent_writers_lose_nothing(store: Store) -> None:
    errors: list[Exception] = []

    def writer(name: str) -> None:
        try:
            uid = store.user_id(name)
            conv = store.conversation(uid, "sunny")
            for i in range(20):
                store.add_message(uid, conv, "user", f"{name}-{i}")
        except Exception as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"u{i % 3}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.count_messages() == 120
    assert len(store.users()) == 3


def _ours(name: str | None, type_: str, parent: object) -> bool:
    # full-text search structures are created by raw SQL in migration 0002, not by models
    return not (name or "").startswith(("memory_fts", "ix_memory_items_fts", "fts_", "alembic_"))


def test_migrations_match_the_models(store: Store) -> None:
    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": _ours})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_profile_updates_merge(store: Store) -> None:
    uid = store.user_id("sam")
    store.update_profile(uid, age=15)
    assert store.update_profile(uid, country="GB") == {"age": 15, "country": "GB"}


def test_the_store_imports_only_errors_and_types_of_amity() -> None:
    """Every table is declared in the store; nothing in it reaches up into the packages that
    use it (the old store -> policy.events -> store cycle)."""
    import ast
    from pathlib import Path

    import amity.store

    allowed = {"amity.errors", "amity.types", "amity.store"}
    root = Path(amity.store.__file__).parent
    for path in root.rglob("*.py"):
        package = "amity." + ".".join(path.relative_to(root.parent).parent.parts)
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    names = [".".join([*base, node.module or ""]).rstrip(".")]
                else:
                    names = [node.module or ""]
            for name in names:
                if name.startswith("amity"):
                    assert any(name == a or name.startswith(a + ".") for a in allowed), \
                        f"{path.name} imports {name}"


def test_an_idempotency_key_stores_a_message_once_per_user(store: Store) -> None:
    sam, alex = store.user_id("sam"), store.user_id("alex")
    conv, other = store.conversation(sam, "sunny"), store.conversation(alex, "sunny")
    first = store.add_message(sam, conv, "user", "hi", key="k1")
    with pytest.raises(DuplicateKeyError):
        store.add_message(sam, conv, "user", "hi", key="k1")
    store.add_message(alex, other, "user", "hi", key="k1")  # keys are per user
    store.add_message(sam, conv, "assistant", "hello")  # no key: as many as needed
    store.add_message(sam, conv, "assistant", "hello again")
    assert [m.id for m in store.history(sam, conv)][0] == first.id
    assert store.count_messages(sam) == 3
