"""The vector cache's freshness check (``memory_state``, migration 0008): two processes on one
database never serve each other stale vectors, and every path that changes memory items
(add, remove, forget's redaction, account deletion and erasure) bumps the version."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import UTC, datetime

import numpy as np
import pytest
from sqlalchemy import event, func, select, text

from amity import Fact, Store
from amity.memory import LedgerMemory
from amity.memory import vectors as vectors_
from amity.memory.index import MemoryIndex
from amity.store import fulltext as fulltext_
from amity.store import memory as rows_
from amity.store.models import MemoryItemRow

AT = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
ONLY_STOPWORDS = "what is it"  # no full-text terms: only the vectors can find it


def _encode(texts: Sequence[str]) -> np.ndarray:
    """One axis per text: a text's vector is close to its own text's and to nothing else."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for i, t in enumerate(texts):
        out[i, zlib.crc32(t.encode()) % 384] = 1.0
    return out


def _db_ids(store: Store, uid: int) -> list[int]:
    with store.session() as s:
        return sorted(s.scalars(select(MemoryItemRow.id).where(MemoryItemRow.user_id == uid)))


def _cached_ids(index: MemoryIndex, uid: int) -> list[int]:
    with index.store.session() as s:
        return sorted(index._cache.matrix(s, uid).ids.tolist())


def _state(store: Store, uid: int) -> rows_.ItemState | None:
    with store.session() as s:
        return rows_.item_state(s, uid)


def test_two_processes_never_serve_stale_vectors(db_url: str) -> None:
    a_store, b_store = Store(db_url), Store(db_url)  # two engines: two processes
    try:
        a, b = MemoryIndex(a_store, _encode), MemoryIndex(b_store, _encode)
        uid = a_store.user_id("sam")
        with b_store.session() as s:
            b.add(s, uid, [("turn", "hello there", 1), ("turn", "the dog park", 2)], AT)
        assert _cached_ids(a, uid) == _db_ids(a_store, uid)  # a caches two rows
        assert [h.text for h in a.search(uid, ONLY_STOPWORDS)][:1] != [ONLY_STOPWORDS]

        with b_store.session() as s:  # b adds: a appends it
            b.add(s, uid, [("turn", ONLY_STOPWORDS, 3)], AT)
        assert a.search(uid, ONLY_STOPWORDS)[0].text == ONLY_STOPWORDS
        assert _cached_ids(a, uid) == _db_ids(a_store, uid)

        with b_store.session() as s:  # b deletes one and adds one: the count is the same
            b.remove(s, uid, "turn", [1])
            b.add(s, uid, [("turn", "a new line", 4)], AT)
        assert _cached_ids(a, uid) == _db_ids(a_store, uid)
        assert 1 not in {h.source_id for h in a.search(uid, "hello there")}

        with b_store.session() as s:  # an update (a redaction rewriting a row in place)
            s.execute(MemoryItemRow.__table__.update().where(
                MemoryItemRow.user_id == uid, MemoryItemRow.source_id == 3).values(
                vector=bytes(384)))
        with a_store.session() as s:
            item = s.scalar(select(MemoryItemRow.id).where(MemoryItemRow.source_id == 3))
            cached = a._cache.matrix(s, uid)
            row = int(np.flatnonzero(cached.ids == item)[0])
        assert not cached._q8[row].any()  # the updated (zeroed) vector, not the old one
    finally:
        a_store.close()
        b_store.close()


def test_a_reused_user_id_never_gets_the_old_users_vectors(tmp_path: object) -> None:
    url = f"sqlite:///{tmp_path}/amity.db"  # SQLite gives a deleted last id out again
    a_store, b_store = Store(url), Store(url)
    try:
        a, b = MemoryIndex(a_store, _encode), MemoryIndex(b_store, _encode)
        uid = b_store.user_id("sam")
        with b_store.session() as s:
            b.add(s, uid, [("turn", ONLY_STOPWORDS, 1)], AT)
        assert _cached_ids(a, uid) == _db_ids(b_store, uid) != []
        b_store.delete_user(uid)
        again = b_store.user_id("alex")
        assert again == uid
        with b_store.session() as s:
            b.add(s, again, [("turn", "another life", 1)], AT)
        assert _cached_ids(a, again) == _db_ids(b_store, again)
        assert [h.text for h in a.search(again, ONLY_STOPWORDS)] == ["another life"]
    finally:
        a_store.close()
        b_store.close()


def test_every_path_that_changes_items_bumps_the_version(store: Store) -> None:
    memory = LedgerMemory(store, encode=_encode)
    uid, other = store.user_id("sam"), store.user_id("alex")
    conv = store.conversation(uid, "sunny")
    versions: list[tuple[int, int]] = []

    def seen() -> None:
        state = _state(store, uid)
        assert state is not None
        with store.session() as s:
            count = s.scalar(select(func.count()).where(MemoryItemRow.user_id == uid))
        assert state.items == count
        if versions:  # a newer version, or a new row (erasure deletes the old one)
            token, version = versions[-1]
            assert state.version > version or state.token != token
        versions.append((state.token, state.version))

    msg = store.add_message(uid, conv, "user", "my dog is called Biscuit")
    memory.remember(uid, msg, [Fact("User", "pet_name", "Biscuit")], AT)
    seen()
    fact_id = memory.list_facts(uid)[0].id
    memory.correct(uid, fact_id, "Pickle", AT)
    seen()
    memory.forget(uid, memory.list_facts(uid)[0].id)  # removes and redacts (take_items)
    seen()
    other_before = _state(store, other)
    store.erase_user_data(uid)
    seen()
    assert _state(store, uid).items == 0  # type: ignore[union-attr]
    assert _state(store, other) == other_before  # nothing of anyone else
    store.delete_user(uid)
    assert _state(store, uid) is None


def test_the_shortlist_finds_the_nearest_vector(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vectors_, "EXACT_LIMIT", 100)
    monkeypatch.setattr(vectors_, "SHORTLIST", 50)
    rng = np.random.default_rng(3)
    q8 = np.clip(rng.normal(0, 40, (1000, 384)), -127, 127).astype(np.int8)
    ids = np.arange(1, 1001, dtype=np.int64)
    vectors = vectors_.UserVectors(ids[:10], q8[:10])
    assert vectors._f32 is not None  # small: scored exactly
    vectors.append(ids[10:], q8[10:])
    assert vectors._f32 is None  # large: the sign bits shortlist
    query = q8[123].astype(np.float32) / np.linalg.norm(q8[123].astype(np.float32))
    found, sims = vectors.nearest(query, 5)
    assert int(found[np.argmax(sims)]) == 124
    assert len(found) == 5


@pytest.mark.parametrize("exact_limit", [20_000, 100])
def test_a_search_for_some_kinds_ranks_only_their_vectors(
        monkeypatch: pytest.MonkeyPatch, exact_limit: int) -> None:
    monkeypatch.setattr(vectors_, "EXACT_LIMIT", exact_limit)
    monkeypatch.setattr(vectors_, "SHORTLIST", 400)
    rng = np.random.default_rng(5)
    q8 = np.clip(rng.normal(0, 40, (1000, 384)), -127, 127).astype(np.int8)
    q8[:20] = q8[999]  # 20 episodes closer to the query than any turn
    kinds = np.array([vectors_.kind_code("episode")] * 20 +
                     [vectors_.kind_code("turn")] * 980, dtype=np.uint8)
    vectors = vectors_.UserVectors(np.arange(1, 1001, dtype=np.int64), q8, kinds)
    query = q8[999].astype(np.float32) / np.linalg.norm(q8[999].astype(np.float32))
    every, _ = vectors.nearest(query, 10)
    assert set(every.tolist()) <= set(range(1, 21)) | {1000}  # the episodes take the pool
    turns, sims = vectors.nearest(query, 10, kinds=("turn",))
    assert len(turns) == 10 and min(turns) > 20
    assert int(turns[np.argmax(sims)]) == 1000


def test_the_index_pool_holds_only_the_kinds_searched(store: Store) -> None:
    index = MemoryIndex(store, _encode)
    uid = store.user_id("kinds")
    with store.session() as s:  # many episodes with the query's own vector, one turn after
        index.add(s, uid, [("episode", ONLY_STOPWORDS, i) for i in range(60)], AT)
        index.add(s, uid, [("turn", ONLY_STOPWORDS, 99)], AT)
    hits = index.search(uid, ONLY_STOPWORDS, k=5, kinds=("turn",), pool=10)
    assert [h.source_id for h in hits] == [99]
    assert vectors_.kind_code("a new kind") > vectors_.kind_code("turn")


def test_common_terms_are_dropped_only_past_the_budget(store: Store) -> None:
    """The full text keeps every term for a user with few items; past ``max_term_docs`` it
    keeps the rarest terms within the budget (so what a search ranks stays bounded)."""
    index = MemoryIndex(store, _encode)
    uid = store.user_id("terms")
    texts = ([f"pizza night {i}" for i in range(30)] + [f"skate park {i}" for i in range(6)]
             + ["pizza and a skate and a zebra"])
    with store.session() as s:
        index.add(s, uid, [("turn", t, i) for i, t in enumerate(texts)], AT)
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as conn:  # the statistics PostgreSQL counts terms with
            conn.execute(text("ANALYZE memory_items"))
            conn.commit()
    terms = ["pizza", "skate", "zebra"]
    with store.session() as s:
        every = rows_.fulltext(s, uid, terms, 100, max_term_docs=1000, user_items=37)
        bounded = rows_.fulltext(s, uid, terms, 100, max_term_docs=10, user_items=37)
        kept = fulltext_.selective(s, uid, terms, 10)
        summed = fulltext_.selective(s, uid, terms, 35)  # each term fits, not the three
    assert len(every) == 37  # every item matches one of the terms
    if store.engine.dialect.name == "postgresql":  # their matches add up (SQLite: each)
        assert summed == ["zebra", "skate"]
    assert kept[0] == "zebra" and "pizza" not in kept  # the rarest first, the commonest out
    assert len(bounded) < len(every)


def test_past_the_cap_only_the_newest_matches_are_ranked(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    index = MemoryIndex(store, _encode)
    uid = store.user_id("newest")
    with store.session() as s:  # the oldest items match best (the word twice)
        ids = index.add(s, uid, [("turn", "pizza pizza" if i < 10 else f"pizza {i}", i)
                                 for i in range(40)], AT)
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect() as conn:
            conn.execute(text("ANALYZE memory_items"))
            conn.commit()
    with store.session() as s:
        every = rows_.fulltext(s, uid, ["pizza"], 50, max_term_docs=10, user_items=40,
                               item_ids=ids)
        monkeypatch.setattr(fulltext_, "RANKED_MATCHES", 5)
        newest = rows_.fulltext(s, uid, ["pizza"], 50, max_term_docs=10, user_items=40,
                                item_ids=ids)
    assert len(every) == 40
    assert 1 <= len(newest) <= 8 and set(newest) <= set(ids[-8:])


def test_postgres_term_shares_are_read_once_per_ttl(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("SQLite reads its FTS5 vocabulary (kept in step with every write)")
    index = MemoryIndex(store, _encode)
    uid = store.user_id("shares")
    with store.session() as s:
        index.add(s, uid, [("turn", f"pizza {i}", i) for i in range(20)], AT)
    with store.engine.connect() as conn:
        conn.execute(text("ANALYZE memory_items"))
        conn.commit()
    lookups: list[str] = []

    def seen(conn: object, cursor: object, statement: str, *args: object) -> None:
        if "pg_stats" in statement:
            lookups.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    with store.session() as s:
        first = fulltext_._doc_counts(s, uid, ["pizza", "zebra"], 20)
        again = fulltext_._doc_counts(s, uid, ["pizza"], 40)
    assert first == {"pizza": pytest.approx(20.0), "zebra": 0.0}
    assert again == {"pizza": pytest.approx(40.0)} and len(lookups) == 1
    monkeypatch.setattr(fulltext_, "SHARES_TTL", 0.0)
    with store.session() as s:
        fulltext_._doc_counts(s, uid, ["pizza"], 20)
    assert len(lookups) == 2
