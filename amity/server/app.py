"""The app factory: ``create_app(settings, server)`` builds one FastAPI app per process.

It builds the engine once (``build_engine(settings)``: store, backend, persona, stages)
unless one is passed in, wraps every request in the ``Guard`` (limits, security headers),
installs the JSON error handlers and mounts the routes and the static page. Nothing is
built at import time; ``app_from_env`` is the factory uvicorn calls in each worker
process (``uvicorn --factory amity.server.app:app_from_env``). The process keeps no state
another process needs: sessions, limits, conversations and memories are in the database.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import anyio
import anyio.to_thread
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..app import build_engine
from ..config import Settings
from ..engine import Engine
from ..store.accounts import Accounts
from . import errors
from .auth import Passwords
from .config import ServerSettings
from .context import Context, Ledger
from .guard import Guard
from .routes import account, chat, memory, openai, page

log = logging.getLogger("amity.server")
SHUTDOWN_GRACE_S = 30.0


def _ledger(engine: Engine) -> Ledger | None:
    found = engine.stages.memory
    needed = ("list_facts", "correct", "forget", "export")
    return found if all(hasattr(found, name) for name in needed) else None  # type: ignore[return-value]


def create_app(settings: Settings | None = None, server: ServerSettings | None = None, *,
               engine: Engine | None = None) -> FastAPI:
    """The web app and API for one process."""
    settings = settings or Settings()
    server = server or ServerSettings()
    owns_engine = engine is None
    engine = engine or build_engine(settings)
    engine.store.creates_users = False  # only sign-up makes users (Accounts.create)
    ctx = Context(settings=settings, server=server, engine=engine,
                  accounts=Accounts(engine.store), passwords=Passwords(server),
                  ledger=_ledger(engine))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        ctx.turn_slots = anyio.CapacityLimiter(server.threads)
        anyio.to_thread.current_default_thread_limiter().total_tokens = server.threads
        await anyio.to_thread.run_sync(engine.backend.load)
        yield
        if ctx.tasks:  # turns whose clients left: let them store their replies
            await asyncio.wait(list(ctx.tasks), timeout=SHUTDOWN_GRACE_S)
        if owns_engine:
            engine.backend.close()
            engine.store.close()

    app = FastAPI(
        title="amity", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
        description="An open-source AI best friend: chat, memory ledger, export, and an "
                    "OpenAI-compatible chat-completions route.",
    )
    app.state.ctx = ctx
    errors.install(app)
    app.add_middleware(Guard, max_body_bytes=server.max_body_bytes, hosts=server.host_names())
    app.include_router(page.router)
    app.include_router(account.router)
    app.include_router(chat.router)
    if ctx.ledger is not None:
        app.include_router(memory.ledger_router)
    app.include_router(memory.export_router)
    app.include_router(openai.router)
    app.mount("/static", StaticFiles(directory=page.STATIC), name="static")
    _document_guard(app)
    return app


def _document_guard(app: FastAPI) -> None:
    """Every operation may be answered by the ``Guard`` before it runs: 400 for a
    Content-Length that is not a number, 413 for a body over the limit. Say so in the
    OpenAPI schema, so clients (and the schema tests) know."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            for path in schema.get("paths", {}).values():
                for operation in path.values():
                    answers = operation.setdefault("responses", {})
                    for status in ("400", "413"):
                        answers.setdefault(status, {
                            "description": "refused before it ran (bad length or too large)",
                            "content": {"application/json": {"schema": {
                                "$ref": "#/components/schemas/ErrorBody"}}}})
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]


def app_from_env() -> FastAPI:
    """Settings and ServerSettings from the environment (what ``amity serve`` runs)."""
    return create_app(Settings(), ServerSettings())
