"""The per-process context the routes share: the engine, accounts, and the server settings.

Built once by the app factory and kept on ``app.state``. It holds no per-user state: every
fact about a user (sessions, limits, conversations, memories) lives in the database, so any
process can serve any request. ``spawn`` keeps a reference to a background task (a turn that
finishes after its client went away) so it is not collected before it ends.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from fastapi import Request

from ..config import Settings
from ..engine import Engine
from ..store.accounts import Accounts
from .config import ServerSettings

if TYPE_CHECKING:
    import anyio

    from .auth import Passwords


class Ledger(Protocol):
    """The memory ledger API the routes use (``amity.memory.LedgerMemory``)."""

    def list_facts(self, user_id: int, include_history: bool = False) -> list[Any]: ...
    def correct(self, user_id: int, fact_id: int, new_object: str, now: Any) -> Any: ...
    def forget(self, user_id: int, fact_id: int) -> int: ...
    def export(self, user_id: int) -> Any: ...


@dataclass
class Context:
    settings: Settings
    server: ServerSettings
    engine: Engine
    accounts: Accounts
    passwords: Passwords
    ledger: Ledger | None = None
    turn_slots: anyio.CapacityLimiter | None = None
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    def spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task


async def context(request: Request) -> Context:
    """The process's context (async: no thread hop for a dictionary lookup)."""
    ctx: Context = request.app.state.ctx
    return ctx
