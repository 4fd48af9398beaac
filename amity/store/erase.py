"""Erasing without a trace, at the cost of one user's data only.

A forget (or an account deletion) must leave none of the forgotten words in the database
files, yet must not hold other users' writes: a whole-database ``VACUUM`` and an FTS5
``optimize`` take seconds on a large SQLite database, all of it under the write lock.
Instead, on SQLite:

- every connection runs with ``PRAGMA secure_delete=ON`` (set in ``db``), so the bytes of
  deleted and rewritten rows are overwritten with zeros in place, in the user's pages only;
- the full-text index deletes its entries in place (FTS5 ``secure-delete``, SQLite 3.42+);
  with an older SQLite, ``forget_fulltext`` does a small bounded merge instead of a whole
  ``optimize`` (see its limit there and in the README);
- after the commit, ``drop_old_pages`` checkpoints and truncates the write-ahead log, which
  still holds earlier copies of the changed pages: its cost is the log's size (a few MB at
  most), not the database's.

PostgreSQL keeps deleted tuples until its own vacuum reuses them; it is not a file the
operator greps, so nothing is done there. Knows nothing about facts or messages.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.orm import Session

from .repo import Store

FTS_SECURE_DELETE = sqlite3.sqlite_version_info >= (3, 42, 0)
MERGE_PAGES = 16


def _sqlite(s: Session) -> bool:
    return s.get_bind().dialect.name == "sqlite"


def begin_erase(s: Session) -> None:
    """In the transaction that deletes: make the full-text index delete in place."""
    if _sqlite(s):
        s.execute(text("PRAGMA secure_delete=ON"))
        if FTS_SECURE_DELETE:
            s.execute(text("INSERT INTO memory_fts(memory_fts, rank) "
                           "VALUES ('secure-delete', 1)"))


def forget_fulltext(s: Session) -> None:
    """After the rows are deleted (same transaction): nothing more with FTS5 secure-delete.
    With an older SQLite, a bounded incremental merge (``MERGE_PAGES`` pages of work, never
    the whole index): the forgotten rows' lower-cased tokens (not their text, which was in
    the zeroed rows) can stay in an index segment until merges reach it."""
    if _sqlite(s) and not FTS_SECURE_DELETE:
        s.execute(text("INSERT INTO memory_fts(memory_fts, rank) VALUES ('merge', :n)"),
                  {"n": MERGE_PAGES})


def drop_old_pages(store: Store) -> None:
    """After the commit: copy the log into the database and truncate it, so no earlier page
    image with the deleted text stays in the -wal file."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
