"""Memory retrieval latency at 1k, 10k and 100k memories for one user, SQLite and PostgreSQL,
and the cost of writing memory for one turn.

Items are synthetic chat lines (Zipf-distributed words: a few common, a long tail, as in
real chat) with random int8 vectors, bulk-inserted (encoding 100k real
texts would take minutes and the timing depends on row counts, not on meaning); each query
is encoded by the real MiniLM encoder, so its cost is included. Other users' items sit in
the same tables (10% extra) so the per-user filter is exercised. Prints p50/p95 per size;
target: p95 under 20 ms at 100k on SQLite.

    python bench/bench_memory.py [--sizes 1000 10000 100000] [--queries 60] [--no-pg]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, insert, text

from amity import Fact, Store
from amity.memory import LedgerMemory
from amity.store.models import MemoryItemRow

WORDS = ("dog cat school exam friday pizza skate park music guitar sister brother mom dad "
         "movie game soccer homework math science art beach summer birthday party cake "
         "trip grandma puppy coffee rain sunny tired happy sad nervous excited test").split()
QUERIES = ["what's my dog called?", "how did the math exam go", "remember my sister's party",
           "i'm nervous about friday", "we went to the beach", "my guitar lesson was fun"]
NOW = datetime(2026, 11, 26, tzinfo=UTC)


# Zipf over a chat-like vocabulary: the most frequent ranks are filler words (which queries
# drop as stopwords), topic words sit just below them, then a long tail
VOCAB = [f"f{i}" for i in range(60)] + WORDS + [f"w{i}" for i in range(6000)]
ZIPF = [1.0 / (rank + 1) for rank in range(len(VOCAB))]


def fill(store: Store, user_id: int, n: int, rng: random.Random) -> None:
    batch = 5000
    np_rng = np.random.default_rng(rng.randrange(2**32))
    for start in range(0, n, batch):
        size = min(batch, n - start)
        vectors = np.clip(np_rng.normal(0, 40, (size, 384)), -127, 127).astype(np.int8)
        rows = [{"user_id": user_id, "kind": "turn", "source_id": None, "created_at": NOW,
                 "text": " ".join(rng.choices(VOCAB, weights=ZIPF, k=12)),
                 "vector": vectors[i].tobytes()} for i in range(size)]
        with store.session() as s:
            s.execute(insert(MemoryItemRow), rows)


def time_queries(memory: LedgerMemory, user_id: int, count: int) -> list[float]:
    memory.index.search(user_id, "warm up", k=10)  # cache the user's vectors once
    out = []
    for i in range(count):
        query = QUERIES[i % len(QUERIES)] + f" {WORDS[i % len(WORDS)]}"
        start = time.perf_counter()
        memory.index.search(user_id, query, k=10)
        out.append((time.perf_counter() - start) * 1000)
    return out


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 2 else values[0]


def bench_db(label: str, url: str, sizes: list[int], queries: int) -> None:
    store = Store(url)
    memory = LedgerMemory(store)
    rng = random.Random(1)
    have = 0
    user = store.user_id("bench")
    other = store.user_id("someone-else")
    fill(store, other, max(sizes) // 10, rng)
    for size in sizes:
        fill(store, user, size - have, rng)
        have = size
        lat = time_queries(memory, user, queries)
        print(f"  {label:10s} {size:>7,} memories  retrieval p50 {pct(lat, 50):6.1f} ms   "
              f"p95 {pct(lat, 95):6.1f} ms")
    conv = store.conversation(user, "sunny")
    writes = []
    for i in range(20):
        msg = store.add_message(user, conv, "user", f"my dog Biscuit {i} loves the park")
        start = time.perf_counter()
        memory.remember(user, msg, [Fact("user", "has_pet", f"a dog named Biscuit{i}")], NOW)
        writes.append((time.perf_counter() - start) * 1000)
    print(f"  {label:10s} memory write per turn (1 fact + the turn): p50 {pct(writes, 50):.1f} ms"
          f"  p95 {pct(writes, 95):.1f} ms")
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bench_db("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}", args.sizes, args.queries)
    if args.no_pg:
        return
    name = f"amity_bench_{uuid.uuid4().hex[:6]}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - no server: say so and stop
        print(f"  postgresql skipped: {exc}")
        return
    try:
        bench_db("postgresql", args.pg.rsplit("/", 1)[0] + f"/{name}", args.sizes, args.queries)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
