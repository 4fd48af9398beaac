"""Shared fixtures: settings in a temporary home, stores on SQLite and PostgreSQL, engines
on the scripted backend. PostgreSQL tests use a fresh database per test session on the
server at 127.0.0.1:5432 (trust auth) and are skipped, saying why, when it is not running.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from policy_support import safe_engine_factory
from sqlalchemy import create_engine, text

from amity import Engine, ScriptedBackend, Settings, Stages, Store
from amity.persona import CharacterLibrary

PG_ADMIN_URL = os.environ.get("AMITY_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home", backend="scripted", seed=1)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    name = f"amity_test_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any failure means: no server here
        pytest.skip(f"PostgreSQL not available at {PG_ADMIN_URL}: {exc}")
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'amity.db'}"
    base = request.getfixturevalue("pg_url")
    # a fresh schema state per test: drop everything amity created, then migrate again
    eng = create_engine(base)
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    eng.dispose()
    return base


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = Store(db_url)
    yield s
    s.close()


@pytest.fixture
def make_engine(settings: Settings) -> Iterator[Callable[..., Engine]]:
    stores: list[Store] = []

    def factory(
        replies: object = ("Hey! 😊",), *, store: Store | None = None,
        stages: Stages | None = None, backend: object | None = None, **overrides: object,
    ) -> Engine:
        cfg = settings.model_copy(update=overrides) if overrides else settings
        st = store or Store(cfg.db_url())
        stores.append(st)
        be = backend or ScriptedBackend(replies)  # type: ignore[arg-type]
        persona = CharacterLibrary(cfg.home).get("sunny")
        return Engine(st, be, persona, cfg, stages or Stages())  # type: ignore[arg-type]

    yield factory
    for st in stores:
        st.close()


@pytest.fixture
def safe_engine(make_engine: Callable[..., Engine]) -> Callable[..., Engine]:
    """An engine with ``SafetyPolicy``, a keyword checker and an injected clock (see
    policy_support.py): safe_engine(replies, check=..., age=15, **settings)."""
    return safe_engine_factory(make_engine)
