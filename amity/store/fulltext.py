"""Full-text search over one user's memory items: SQLite FTS5 bm25 or PostgreSQL ts_rank_cd.

Every query is scoped by user id inside the index: on SQLite the FTS5 table has an owner
column (``u<user id>``, migration 0009) and a search matches ``owner : "u7" AND text : (...)``;
on PostgreSQL a GIN index on ``(user_id, fts_vector)`` (btree_gin) serves
``user_id = :u AND fts_vector @@ q``. Both still join or filter on ``user_id``.

What a search costs is bounded at any size: terms so common that ranking their matches
would cost more than they tell are dropped (see ``selective``; SQLite's FTS5 vocabulary or
PostgreSQL's column statistics give their document counts), and only about the user's
``RANKED_MATCHES`` newest matching items are ranked (a user with fewer matches, as every
LoCoMo conversation, has them all ranked): FTS5 walks the matches newest first and stops;
PostgreSQL visits only the items above an id floor taken from the user's item ids.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from sqlalchemy import text
from sqlalchemy.orm import Session

RANKED_MATCHES = 1000
#: how common a kept term may be (see ``selection``)
MAX_TERM_DOCS = 3000

#: how long PostgreSQL's term shares are kept in the process: they come from the column
#: statistics, which change only when the table is analysed (the lookup cost 1-7 ms a search
#: at 100k items, p50-p95 on a busy 2-core machine)
SHARES_TTL = 600.0

_PG_SHARES = """
SELECT t.term, coalesce(max(st.f[array_position(st.e, l.lexeme)]), 0)
FROM unnest(CAST(:terms AS text[])) AS t(term)
LEFT JOIN LATERAL unnest(tsvector_to_array(to_tsvector('english', t.term))) AS l(lexeme)
    ON true
LEFT JOIN (SELECT most_common_elems::text::text[] AS e, most_common_elem_freqs AS f
           FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'memory_items'
           AND attname = 'fts_vector') AS st ON true
GROUP BY t.term
"""
_shares: WeakKeyDictionary[object, dict[str, tuple[float, float]]] = WeakKeyDictionary()


def _pg_shares(s: Session, terms: list[str]) -> dict[str, float]:
    """term -> the share of memory items holding it (the most common lexemes ANALYZE saw;
    rarer ones 0), looked up once per ``SHARES_TTL`` per database."""
    cache = _shares.setdefault(s.get_bind().engine, {})
    now = time.monotonic()
    fresh = {t: hit[0] for t in terms if (hit := cache.get(t)) and now - hit[1] < SHARES_TTL}
    missing = [t for t in terms if t not in fresh]
    if missing:
        for term, share in s.execute(text(_PG_SHARES), {"terms": missing}):
            fresh[str(term)] = float(share or 0)
            cache[str(term)] = (float(share or 0), now)
        if len(cache) > 20_000:
            cache.clear()
    return fresh


def _stems(word: str) -> set[str]:
    """The word and what a Porter stemmer may have made of it (for the FTS5 vocabulary)."""
    out = {word}
    for suffix in ("ing", "ed", "es", "s", "ly", "e", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.add(word[: -len(suffix)])
    out |= {w + "i" for w in list(out) if w.endswith("y")}
    return out


def _doc_counts(s: Session, user_id: int, terms: list[str],
                user_items: int | None = None) -> dict[str, float]:
    """About how many items hold each term: on SQLite every user's (the FTS5 vocabulary, an
    upper bound for one user); on PostgreSQL the share of rows holding it (``_pg_shares``)
    times the user's item count (``user_items``, else read from memory_state)."""
    if s.get_bind().dialect.name != "sqlite":
        if user_items is None:
            user_items = s.scalar(text("SELECT items FROM memory_state WHERE user_id = :u"),
                                  {"u": int(user_id)}) or 0
        return {t: share * user_items for t, share in _pg_shares(s, terms).items()}
    variants = {t: _stems(t) for t in terms}
    wanted = sorted({v for vs in variants.values() for v in vs})
    params = {f"t{i}": t for i, t in enumerate(wanted)}
    placeholders = ",".join(f":t{i}" for i in range(len(wanted)))
    docs = dict(s.execute(text(
        f"SELECT term, doc FROM memory_fts_vocab WHERE term IN ({placeholders})"),
        params).all())
    return {t: float(max((docs.get(v, 0) for v in vs), default=0))
            for t, vs in variants.items()}


def selective(s: Session, user_id: int, terms: list[str], max_term_docs: int) -> list[str]:
    """Drop the terms so common that ranking their matches would cost more than they tell,
    so full-text time stays bounded (see ``selection``)."""
    return selection(s, user_id, terms, max_term_docs)[0]


def selection(s: Session, user_id: int, terms: list[str], max_term_docs: int,
              user_items: int | None = None) -> tuple[list[str], float]:
    """(the terms kept, about how many of the user's items they match). SQLite: terms in
    more than ``max_term_docs`` items dropped, the two rarest kept (FTS5 then ranks only the
    newest matches). PostgreSQL: the rarest terms kept while their matches add up to at most
    ``max_term_docs`` (the rarest always)."""
    docs = _doc_counts(s, user_id, terms, user_items)
    ranked = sorted(terms, key=lambda t: docs.get(t, 0.0))
    if s.get_bind().dialect.name == "sqlite":
        kept = [t for i, t in enumerate(ranked) if i < 2 or docs.get(t, 0.0) <= max_term_docs]
        return kept, sum(docs.get(t, 0.0) for t in kept)
    kept = []
    total = 0.0
    for term in ranked:
        if kept and total + docs.get(term, 0.0) > max_term_docs:
            break
        total += docs.get(term, 0.0)
        kept.append(term)
    return kept, total


def fulltext(s: Session, user_id: int, terms: list[str], limit: int,
             kinds: Sequence[str] | None = None, *, max_term_docs: int = MAX_TERM_DOCS,
             user_items: int | None = None, item_ids: Sequence[int] | None = None
             ) -> dict[int, float]:
    """Item id -> full-text rank of the user's items matching any of ``terms`` (of about the
    newest ``RANKED_MATCHES`` matches), normalised so the best is 1. ``user_items``, how many
    items the user has (if known), spares the term statistics lookup when they are too few
    to need it (every term is then kept). ``item_ids``: the user's item ids, ascending (the
    vector cache has them), with which PostgreSQL ranks only the newest matches too."""
    if not terms:
        return {}
    floor = 0
    if user_items is None or user_items > max_term_docs:
        terms, matches = selection(s, user_id, terms, max_term_docs, user_items)
        floor = _newest_floor(item_ids, matches)
    kind_sql = ""
    params: dict[str, object] = {"u": int(user_id), "n": limit}
    if kinds:
        kind_sql = " AND m.kind IN (" + ",".join(f":k{i}" for i in range(len(kinds))) + ")"
        params.update({f"k{i}": k for i, k in enumerate(kinds)})
    if s.get_bind().dialect.name == "sqlite":
        # FTS5 walks the matches newest first and stops at the cap; the owner column's
        # weight 0 keeps it out of the rank
        words = " OR ".join(f'"{t}"' for t in terms)
        params["q"] = f'owner : "u{int(user_id)}" AND text : ({words})'
        params["cap"] = RANKED_MATCHES
        ranked = ("SELECT rowid AS id, bm25(memory_fts, 1.0, 0.0) AS score FROM memory_fts "
                  "WHERE memory_fts MATCH :q ORDER BY rowid DESC LIMIT :cap")
        if not kinds:  # only the best n are then checked against memory_items (1.3 of 10 ms
            # at 100k items, p50)
            ranked = f"SELECT id, score FROM ({ranked}) ORDER BY score LIMIT :n"
        sql = (f"SELECT m.id, -f.score FROM ({ranked}) f JOIN memory_items m ON m.id = f.id "
               f"WHERE m.user_id = :u{kind_sql} ORDER BY f.score LIMIT :n")
    else:
        # an integer parameter, so btree_gin's int4 operator class serves user_id too; the
        # query is parsed once, in FROM (in WHERE a prepared plan parses it for every row).
        # No newest-first cap here: the index hands over every match anyway (the terms kept
        # bound them), and with one a prepared plan walked the primary key backwards instead
        # Past RANKED_MATCHES (estimated), only the items newer than the floor are visited:
        # the planner ANDs the primary key's range with the GIN index's matches, so the
        # rows visited and ranked stay about RANKED_MATCHES (at 100k items, 2,000 -> 1,000)
        params["q"] = " | ".join(terms)
        params["floor"] = floor
        sql = ("SELECT m.id, ts_rank_cd(m.fts_vector, q) FROM memory_items m, "
               "to_tsquery('english', :q) q WHERE m.user_id = CAST(:u AS integer) AND "
               f"m.fts_vector @@ q{kind_sql}" + (" AND m.id > :floor" if floor else "") +
               " ORDER BY 2 DESC LIMIT :n")
    rows = s.execute(text(sql), params).all()
    if not rows:
        return {}
    top = max(float(r[1]) for r in rows) or 1.0
    return {int(r[0]): float(r[1]) / top for r in rows}


def _newest_floor(item_ids: Sequence[int] | None, matches: float) -> int:
    """The id below the user's newest items that hold about ``RANKED_MATCHES`` of
    ``matches`` (spread evenly over time, as estimated); 0 when all of them may be ranked."""
    if item_ids is None or not len(item_ids) or matches <= RANKED_MATCHES:
        return 0
    newest = max(1, int(len(item_ids) * RANKED_MATCHES / matches))
    return int(item_ids[-newest - 1]) if newest < len(item_ids) else 0


def purge_fulltext(s: Session) -> None:
    """Merge the FTS5 segments so deleted text leaves no trace in the index."""
    if s.get_bind().dialect.name == "sqlite":
        s.execute(text("INSERT INTO memory_fts(memory_fts) VALUES ('optimize')"))
