"""Fault bench: does one user's forget hold other users' writes? (issue 15, finding 2)

Builds a SQLite database of about ``--mb`` MB (default 200): many users' messages and
memory items with their full-text index, bulk-inserted. Then, for each path, one user
forgets a memory while another user's writer adds a message every 5 ms; prints how long
the forget took and the longest and median wait of the other user's writes during it.

- ``old``: the path before the fix: the forget, an FTS5 ``optimize`` and a whole-database
  ``VACUUM`` (what ``LedgerMemory.forget`` ran);
- ``new``: ``LedgerMemory.forget`` as it is (``amity.store.erase``: secure_delete, the FTS5
  index deleting in place where SQLite has it, a truncating WAL checkpoint).

Target: a forget holds another user's write for no more than 100 ms.

    python bench/bench_forget.py [--mb 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import insert, text

from amity import Fact, Store
from amity.errors import StoreError
from amity.memory import LedgerMemory
from amity.store import erase
from amity.store import memory as rows_
from amity.store.models import Conversation, MemoryItemRow, MessageRow, User

NOW = datetime(2026, 11, 26, tzinfo=UTC)
WORDS = ("dog cat school exam friday pizza skate park music guitar sister brother mom dad "
         "movie game soccer homework math science art beach summer birthday party cake "
         "trip grandma puppy coffee rain sunny tired happy sad nervous excited test").split()


def encode(texts: list[str]) -> np.ndarray:
    rng = np.random.default_rng(len(texts))
    out = rng.standard_normal((len(texts), 384)).astype(np.float32)
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def build(store: Store, mb: int) -> None:
    """About ``mb`` MB of other users' messages and memory items (with the FTS index)."""
    rng = random.Random(7)
    users = 200
    with store.engine.begin() as conn:
        conn.execute(insert(User), [{"id": i, "name": f"user{i}", "profile": {},
                                     "created_at": NOW} for i in range(1, users + 1)])
        conn.execute(insert(Conversation), [{"id": i, "user_id": i, "character": "sunny",
                                             "created_at": NOW, "updated_at": NOW}
                                            for i in range(1, users + 1)])
    per_row = 1400  # bytes: a message (~500), an item (~400 vector + text) and the index
    rows = mb * 1024 * 1024 // per_row
    batch = 5000
    for start in range(0, rows, batch):
        n = min(batch, rows - start)
        texts = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 80)))
                 for _ in range(n)]
        owners = [rng.randint(1, users) for _ in range(n)]
        vectors = [rng.randbytes(384) for _ in range(n)]
        with store.engine.begin() as conn:
            conn.execute(insert(MessageRow), [
                {"conversation_id": u, "user_id": u, "role": "user", "content": t,
                 "created_at": NOW, "complete": True, "meta": {}}
                for u, t in zip(owners, texts, strict=True)])
            conn.execute(insert(MemoryItemRow), [
                {"user_id": u, "kind": "turn", "text": t[:200], "source_id": None,
                 "created_at": NOW, "vector": v}
                for u, t, v in zip(owners, texts, vectors, strict=True)])
    with store.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def seed_secret(mem: LedgerMemory, store: Store, round_: int) -> tuple[int, int]:
    uid = store.user_id("sam")
    conv = store.conversation(uid, "sunny")
    secret = f"Biscuit{round_}"
    msg = store.add_message(uid, conv, "user", f"my dog is called {secret}", at=NOW)
    mem.remember(uid, msg, [Fact("user", "pet_name", secret, source_text=msg.content,
                                 span=(18, 18 + len(secret)))], NOW)
    fact = next(f.id for f in mem.list_facts(uid) if f.object == secret)
    return uid, fact


def old_forget(mem: LedgerMemory, store: Store, uid: int, fact: int) -> None:
    """The path before the fix: forget, then an FTS5 optimize and a whole-database VACUUM."""
    mem.forget(uid, fact)
    with store.session() as s:
        rows_.purge_fulltext(s)
    rows_.vacuum(store)


def measure(url: str, run: object, store: Store, mem: LedgerMemory, round_: int
            ) -> tuple[float, float, float, int]:
    """(forget seconds, longest and median wait of the other user's writes meanwhile, how
    many of them failed on the busy timeout)."""
    uid, fact = seed_secret(mem, store, round_)
    with store.engine.connect() as conn:  # the same start for each path: an empty log (a
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))  # VACUUM leaves it full)
    other = Store(url)
    alex = other.user_id("alex")
    conv = other.conversation(alex, "sunny")
    waits: list[float] = []
    failed: list[float] = []
    stop = threading.Event()
    during = threading.Event()

    def writer() -> None:
        while not stop.is_set():
            began = time.perf_counter()
            try:
                other.add_message(alex, conv, "user", "just a normal message", at=NOW)
            except StoreError:  # past the busy timeout: the server would answer 503
                failed.append(time.perf_counter() - began)
            if during.is_set():
                waits.append(time.perf_counter() - began)
            time.sleep(0.005)

    thread = threading.Thread(target=writer)
    thread.start()
    time.sleep(0.2)
    during.set()
    began = time.perf_counter()
    run(mem, store, uid, fact)  # type: ignore[operator]
    took = time.perf_counter() - began
    time.sleep(0.05)
    stop.set()
    thread.join()
    other.close()
    return took, max(waits or [0.0]), statistics.median(waits or [0.0]), len(failed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "amity.db"
        url = f"sqlite:///{path}"
        store = Store(url)
        began = time.perf_counter()
        build(store, args.mb)
        size = path.stat().st_size / 1e6
        print(f"SQLite {sqlite3.sqlite_version} (FTS5 secure-delete: "
              f"{'yes' if erase.FTS_SECURE_DELETE else 'no'}); database {size:.0f} MB, "
              f"built in {time.perf_counter() - began:.0f} s")
        mem = LedgerMemory(store, encode=encode)
        paths = {"new": lambda m, s, u, f: m.forget(u, f),
                 "old": old_forget}
        for round_ in range(args.rounds):
            for name, run in paths.items():
                took, worst, median, failed = measure(url, run, store, mem,
                                                      round_ * 10 + len(name))
                print(f"round {round_ + 1} {name:3s}: forget {took * 1000:7.0f} ms; other "
                      f"user's write waited at most {worst * 1000:6.0f} ms "
                      f"(median {median * 1000:5.1f} ms), {failed} failed on the busy "
                      "timeout")
        store.close()


if __name__ == "__main__":
    main()
