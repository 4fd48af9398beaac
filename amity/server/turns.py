"""One chat turn run by the (synchronous) engine in a worker thread, seen from async code.

``Turn.begin()`` starts ``Engine.respond`` in a thread and returns once the turn has
produced its first event: by then the user's message is committed (the engine saves it
before anything else), so a route can answer 200 knowing the message is safe; an error
before that point is raised as an ``ApiError`` with its proper status. ``events()`` then
yields ``("token", text)``, ``("reset", "")``, ``("ping", "")`` while waiting, and ends with
``("done", Reply)`` or ``("error", ApiError)``. If the client goes away, the turn still
runs to its end in the background and stores the reply. Knows nothing about HTTP framing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

import anyio.to_thread

from ..errors import AmityError, NotFoundError, StoreError
from ..store.accounts import Principal
from ..types import Reply
from .context import Context
from .errors import ApiError, translate

log = logging.getLogger("amity.server")

Event = tuple[str, Any]


class Turn:
    def __init__(self, ctx: Context, who: Principal, text: str) -> None:
        self.ctx = ctx
        self.who = who
        self.username = who.username
        self.text = text
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self._first: Event | None = None

    # in the worker thread ------------------------------------------------------------------
    def _put(self, item: Event) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is listening
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)

    def _on_event(self, kind: str, piece: str) -> None:
        if kind in ("token", "reset"):
            self._put((kind, piece))

    def _work(self) -> None:
        try:
            if not self.ctx.accounts.exists(self.who.user_id):
                raise account_gone()
            reply = self.ctx.engine.respond(self.username, self.text, on_event=self._on_event)
        except ApiError as exc:
            self._put(("error", exc))
        except AmityError as exc:
            # the account was deleted while this request was under way (the store never
            # creates users in the server, so the user stays deleted)
            gone = isinstance(exc, (NotFoundError, StoreError)) and not self._still_there()
            self._put(("error", account_gone() if gone else translate(exc)))
        except Exception:  # noqa: BLE001 - logged here; the client gets a generic error
            log.exception("turn failed for a user")
            self._put(("error", ApiError(500, "internal_error",
                                         "Something went wrong on the server. Try again.")))
        else:
            self._put(("done", reply))

    def _still_there(self) -> bool:
        try:
            return self.ctx.accounts.exists(self.who.user_id)
        except AmityError:
            return True

    # in the event loop ---------------------------------------------------------------------
    async def begin(self) -> None:
        self.ctx.spawn(anyio.to_thread.run_sync(self._work, limiter=self.ctx.turn_slots))
        first = await self.queue.get()
        if first[0] == "error":
            raise first[1]
        self._first = first

    async def events(self, heartbeat: float = 15.0) -> AsyncIterator[Event]:
        item = self._first
        assert item is not None, "call begin() first"
        while True:
            yield item
            if item[0] in ("done", "error"):
                return
            try:
                item = await asyncio.wait_for(self.queue.get(), heartbeat)
            except TimeoutError:
                item = ("ping", "")

    async def result(self) -> Reply:
        """The whole reply (the non-streaming routes)."""
        async for kind, value in self.events():
            if kind == "done":
                return value  # type: ignore[no-any-return]
            if kind == "error":
                raise value
        raise ApiError(500, "internal_error", "The turn ended without a reply.")


def account_gone() -> ApiError:
    return ApiError(401, "account_deleted",
                    "This account has been deleted: sign up again to keep chatting.")
