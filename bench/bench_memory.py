"""Memory retrieval latency at 1k, 10k and 100k memories for one user, SQLite and PostgreSQL,
against the old retrieval path in the same run, and the cost of writing memory for one turn.

Items are synthetic chat lines (Zipf-distributed words: a few common, a long tail, as in
real chat) with random int8 vectors (precomputed random directions, not encodings of the
texts), bulk-inserted straight into ``memory_items`` (encoding 100k real texts would take
minutes and the timing depends on row counts, not on meaning; the memory_state and
full-text triggers still run for every row); each query is encoded by the real MiniLM
encoder, without its cache. Other users' items sit in the same tables (10% extra) so the
per-user filter is exercised.

Retrieval is timed given the query's vector, and the encoding is timed apart: a turn encodes
the user's message once, through the process-wide encoder and its cache, and both the recall
stage and the voice's reply bank (``amity.voice.bank``, which encodes the same message) read
that one vector, so the encoding is a cost of the turn, not of retrieval. Without a voice
(``NoVoice``) recall pays it alone: the line also prints retrieval + encoding, serial, which
is then what a search costs. The old path encodes inside, as it did.

For every query both paths run, alternately, on the same data:

- now: ``MemoryIndex.search`` (the O(1) ``memory_state`` check, full text filtered by owner
  inside the index, exact float32 scores up to 20k vectors and a sign-bit shortlist above);
- old: the path before migrations 0008/0009, reproduced here: a COUNT(*) + MAX(id) check per
  search, full text ranking every match (FTS5 matching every user's rows then joining on
  user_id; on PostgreSQL the old query, which now finds the new index too), an exact float32
  scan of every vector.

Prints p50/p95 per size, the old path's, and how much of the top 10 of the same search
without its shortcuts (every term kept, every match ranked, every vector scored) the new
path finds: the correctness check;
target: retrieval p95 under 20 ms at 100k on both databases. ``--sqlite-vec`` also times
sqlite-vec's brute-force KNN through the ``sqlite3`` shell (Python's sqlite3 here cannot load
extensions), when the shell and the sqlite_vec package are there. On PostgreSQL the bench
says whether the server has pgvector.

    python bench/bench_memory.py [--sizes 1000 10000 100000] [--queries 60] [--no-pg]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import create_engine, func, insert, select, text
from sqlalchemy.orm import Session

from amity import Fact, Store
from amity.memory import LedgerMemory
from amity.memory import vectors as vectors_
from amity.memory.index import MemoryIndex, query_terms
from amity.nlp.embed import Encoder
from amity.store import fulltext as fulltext_
from amity.store import memory as rows_
from amity.store.fulltext import _doc_counts
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


class OldPath:
    """Retrieval as it was before migrations 0008/0009 (see the module docstring)."""

    def __init__(self, index: MemoryIndex) -> None:
        self.index = index
        self._cache: dict[int, tuple[int, int, np.ndarray, np.ndarray]] = {}

    def _fulltext(self, s: Session, user_id: int, terms: list[str], limit: int
                  ) -> dict[int, float]:
        if not terms:
            return {}
        if self.index.dialect == "sqlite":  # the terms in over 3000 items dropped, two kept
            docs = _doc_counts(s, user_id, terms)
            ranked = sorted(terms, key=lambda t: docs.get(t, 0.0))
            terms = [t for i, t in enumerate(ranked) if i < 2 or docs.get(t, 0.0) <= 3000]
            sql = ("SELECT m.id, -bm25(memory_fts) FROM memory_fts JOIN memory_items m "
                   "ON m.id = memory_fts.rowid WHERE memory_fts MATCH :q AND m.user_id = :u "
                   "ORDER BY bm25(memory_fts) LIMIT :n")
            query = " OR ".join(f'"{t}"' for t in terms)
        else:
            sql = ("SELECT m.id, ts_rank_cd(m.fts_vector, q) FROM memory_items m, "
                   "to_tsquery('english', :q) q WHERE m.user_id = :u AND "
                   "m.fts_vector @@ q ORDER BY 2 DESC LIMIT :n")
            query = " | ".join(terms)
        rows = s.execute(text(sql), {"q": query, "u": user_id, "n": limit}).all()
        top = max((float(r[1]) for r in rows), default=1.0) or 1.0
        return {int(r[0]): float(r[1]) / top for r in rows}

    def _matrix(self, s: Session, user_id: int) -> tuple[np.ndarray, np.ndarray]:
        count, newest = s.execute(
            select(func.count(MemoryItemRow.id), func.max(MemoryItemRow.id))
            .where(MemoryItemRow.user_id == user_id)).one()
        cached = self._cache.get(user_id)
        if cached and (cached[0], cached[1]) == (count, newest):
            return cached[2], cached[3]
        rows = rows_.item_vectors(s, user_id)
        ids = np.array([r[0] for r in rows], dtype=np.int64)
        mat = np.zeros((len(rows), 384), dtype=np.float32)
        for i, row in enumerate(rows):
            if blob := row[1]:
                mat[i] = np.frombuffer(blob, dtype=np.int8).astype(np.float32) / 127.0
        self._cache[user_id] = (count, newest, ids, mat)
        return ids, mat

    def search(self, user_id: int, query: str, k: int = 10, pool: int = 50) -> list[int]:
        weight = self.index.text_weight
        with self.index.store.session() as s:
            scores = {i: weight * v for i, v in
                      self._fulltext(s, user_id, query_terms(query), pool).items()}
            ids, mat = self._matrix(s, user_id)
            sims = mat @ self.index.encode([query])[0]
            for idx in np.argpartition(-sims, min(pool, len(ids) - 1))[:pool]:
                item = int(ids[idx])
                scores[item] = scores.get(item, 0.0) + (1 - weight) * float(sims[idx])
            best = sorted(scores, key=scores.__getitem__, reverse=True)[:pool]
            found = rows_.items(s, user_id, best)
        return [i for i in best if i in found][:k]


def time_queries(memory: LedgerMemory, old: OldPath, user_id: int, count: int
                 ) -> Timings:
    memory.index.search(user_id, "warm up", k=10)  # cache the user's vectors once
    old.search(user_id, "warm up")
    out = Timings()
    queries: list[tuple[str, np.ndarray, list[int]]] = []
    for i in range(count):
        query = QUERIES[i % len(QUERIES)] + f" {WORDS[i % len(WORDS)]}"
        got: dict[str, list[int]] = {}
        for path in ("now", "old") if i % 2 else ("old", "now"):
            start = time.perf_counter()
            if path == "old":
                got[path] = old.search(user_id, query)
                out.old.append((time.perf_counter() - start) * 1000)
                continue
            vector = memory.index.encode([query])[0]
            out.encode.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            got[path] = [h.item_id for h in memory.index.search(user_id, query, k=10,
                                                                 vector=vector)]
            out.now.append((time.perf_counter() - start) * 1000)
        queries.append((query, vector, got["now"]))
    for query, vector, found in queries:  # after the timing: the exact search fills caches
        exact = exact_search(memory.index, user_id, query, vector)
        out.overlap.append(len(set(found) & set(exact)) / max(1, len(exact)))
    return out


def exact_search(index: MemoryIndex, user_id: int, query: str, vector: np.ndarray
                 ) -> list[int]:
    """The same search without its shortcuts: every term kept, every match ranked, every
    vector scored (what the new path's top 10 is checked against; not timed)."""
    saved = fulltext_.RANKED_MATCHES, index.max_term_docs, vectors_._shortlist
    fulltext_.RANKED_MATCHES, index.max_term_docs = 10**9, 10**9
    vectors_._shortlist = lambda bits, _query: np.arange(bits.shape[1])
    try:
        return [h.item_id for h in index.search(user_id, query, k=10, vector=vector)]
    finally:
        fulltext_.RANKED_MATCHES, index.max_term_docs, vectors_._shortlist = saved


@dataclass
class Timings:
    """Milliseconds per query: retrieval given the query vector (now), the query's encoding
    (apart: the turn encodes the user's message once, see the module docstring), the old
    path (encoding included); and the share of the exact search's top 10 that now finds."""

    now: list[float] = field(default_factory=list)
    encode: list[float] = field(default_factory=list)
    old: list[float] = field(default_factory=list)
    overlap: list[float] = field(default_factory=list)


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 2 else values[0]


def bench_db(label: str, url: str, sizes: list[int], queries: int) -> None:
    store = Store(url)
    memory = LedgerMemory(store, encode=Encoder(cache_size=0).encode)
    old = OldPath(memory.index)
    if store.engine.dialect.name == "postgresql":
        with store.session() as s:
            has = s.execute(text("SELECT 1 FROM pg_available_extensions "
                                 "WHERE name = 'vector'")).first()
        print(f"  {label:10s} pgvector on this server: {'yes' if has else 'no'} "
              "(retrieval uses the in-process vectors)")
    rng = random.Random(1)
    have = 0
    user = store.user_id("bench")
    other = store.user_id("someone-else")
    fill(store, other, max(sizes) // 10, rng)
    for size in sizes:
        fill(store, user, size - have, rng)
        have = size
        if store.engine.dialect.name == "postgresql":
            with store.engine.connect() as conn:  # as autovacuum would after a bulk load
                conn.execute(text("ANALYZE memory_items"))
                conn.commit()
        t = time_queries(memory, old, user, queries)
        both = [a + b for a, b in zip(t.now, t.encode, strict=True)]
        print(f"  {label:10s} {size:>7,} memories  retrieval p50 {pct(t.now, 50):6.1f} ms   "
              f"p95 {pct(t.now, 95):6.1f} ms   (+ encoding p50 {pct(t.encode, 50):5.1f} ms  "
              f"p95 {pct(t.encode, 95):5.1f} ms; both, serial, p95 {pct(both, 95):6.1f} ms)   "
              f"old path p50 {pct(t.old, 50):6.1f} ms   p95 {pct(t.old, 95):6.1f} ms   "
              f"top-10 overlap with exact {statistics.mean(t.overlap):.3f}")
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


def bench_sqlite_vec(size: int, queries: int) -> None:
    """sqlite-vec brute-force KNN (k=50, int8 and float) over ``size`` random vectors."""
    try:
        import sqlite_vec
    except ImportError:
        print("  sqlite-vec: not installed (pip install sqlite-vec)")
        return
    shell = shutil.which("sqlite3")
    if shell is None:
        print("  sqlite-vec: no sqlite3 shell to load it with")
        return
    rng = np.random.default_rng(0)
    q8 = np.clip(rng.normal(0, 40, (size, 384)), -127, 127).astype(np.int8)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "vec.db"
        import sqlite3

        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE v(id INTEGER PRIMARY KEY, f BLOB, i BLOB)")
            conn.executemany("INSERT INTO v VALUES (?, ?, ?)", [
                (n + 1, (q8[n].astype(np.float32) / 127).tobytes(), q8[n].tobytes())
                for n in range(size)])
        script = [f".load {sqlite_vec.loadable_path()}",
                  "CREATE VIRTUAL TABLE vf USING vec0(embedding float[384]);",
                  "INSERT INTO vf(rowid, embedding) SELECT id, f FROM v;",
                  "CREATE VIRTUAL TABLE vi USING vec0(embedding int8[384]);",
                  "INSERT INTO vi(rowid, embedding) SELECT id, vec_int8(i) FROM v;",
                  ".timer on"]
        for _ in range(queries):
            q = rng.normal(size=384).astype(np.float32)
            blob = (q / np.linalg.norm(q)).tobytes().hex()
            script += [f"SELECT count(*) FROM vf WHERE embedding MATCH x'{blob}' AND k = 50;",
                       "SELECT count(*) FROM vi WHERE embedding MATCH "
                       f"vec_quantize_int8(x'{blob}', 'unit') AND k = 50;"]
        out = subprocess.run([shell, str(db)], input="\n".join(script), text=True,
                             capture_output=True, check=True).stdout
    times = [float(line.split()[3]) * 1000 for line in out.splitlines()
             if line.startswith("Run Time")][2:]
    for name, values in (("float", times[0::2]), ("int8", times[1::2])):
        print(f"  sqlite-vec {size:>7,} vectors  {name:5s} KNN p50 {pct(values, 50):6.1f} ms   "
              f"p95 {pct(values, 95):6.1f} ms (vectors only, no query encoding)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    ap.add_argument("--queries", type=int, default=60)
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--sqlite-vec", action="store_true")
    ap.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = ap.parse_args()
    if args.sqlite_vec:
        bench_sqlite_vec(max(args.sizes), 20)
    if not args.no_sqlite:
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
