"""Opening a database: the engine (SQLite WAL or PostgreSQL), migrations, error translation.

``open_engine(url)`` returns a SQLAlchemy engine with the schema migrated to the newest
Alembic revision (the one head). ``translate(exc)`` turns SQLAlchemy errors into
``StoreError`` with a message that says what to do. Knows nothing about users or conversations.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from ..errors import StoreError

MIGRATIONS = Path(__file__).parent / "migrations"
_PG_MIGRATION_LOCK = 7_272_717


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")  # deleted rows are zeroed (amity.store.erase)
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    except Exception:  # a read-only database cannot switch journal mode; reads still work
        pass
    cursor.close()


def describe(url: str) -> str:
    """The database location without any password, for messages."""
    if url.startswith("sqlite"):
        return url.split("///", 1)[-1] or "(in memory)"
    head, _, tail = url.rpartition("@")
    return tail if head else url


def translate(exc: SQLAlchemyError, url: str) -> StoreError:
    """A StoreError with the fix, for a database error."""
    where = describe(url)
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    low = detail.lower()
    if "locked" in low:
        return StoreError(
            f"The database {where} is locked by another program: close other amity "
            "processes (or the tool holding it) and try again."
        )
    if "readonly" in low or "read-only" in low or "read only" in low:
        return StoreError(
            f"The database {where} is read-only: make the file and its folder writable, "
            "or point AMITY_HOME / DATABASE_URL elsewhere."
        )
    if "unable to open" in low or "could not connect" in low or "connection refused" in low:
        return StoreError(
            f"Cannot open the database {where} ({detail}). Check the path or DATABASE_URL, "
            "and that the server is running."
        )
    if isinstance(exc, OperationalError | DBAPIError):
        return StoreError(f"The database {where} failed: {detail}.")
    return StoreError(f"Database error on {where}: {detail or type(exc).__name__}.")


def open_engine(url: str, *, migrate: bool = True) -> Engine:
    """An engine for ``url`` with the schema migrated (creating the SQLite folder if needed)."""
    kwargs: dict[str, Any] = {}
    if url.startswith("sqlite"):
        path = url.split("///", 1)[-1]
        if path and path != ":memory:" and not path.startswith("file:"):
            try:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"Cannot create the data folder {Path(path).parent}: {exc.strerror}. "
                    "Set AMITY_HOME to a writable folder."
                ) from None
        kwargs["connect_args"] = {"timeout": 5, "check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        try:
            upgrade(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise translate(exc, url) from None
    return engine


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the Alembic migrations up to ``revision`` (one process at a time on PostgreSQL);
    the migrations have one head, so a database of any earlier version comes up to date."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.execute(text(f"SELECT pg_advisory_xact_lock({_PG_MIGRATION_LOCK})"))
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


@contextlib.contextmanager
def translated(url: str) -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as exc:
        raise translate(exc, url) from None
