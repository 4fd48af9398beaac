"""One chat turn run by the (synchronous) engine in a worker thread, seen from async code.

``Turn.begin()`` starts ``Engine.respond`` in a thread and returns as soon as the engine
says the user's message is committed (its ``saved`` event, before any model work), so a
route can answer 200 knowing the message is safe; an error before that point is raised as
an ``ApiError`` with its proper status. ``events()`` then yields ``("saved", message id)``,
``("token", text)``, ``("reset", "")``, ``("ping", "")`` while waiting, and ends with
``("done", Reply)`` or ``("error", ApiError)``: whatever the engine emits, as it emits it,
whether a reply comes as one piece or many. If the client goes away, the turn still runs
to its end in the background and stores the reply. ``answer`` is a message already stored
and left unanswered (a retry): the engine answers it without storing it again. Knows
nothing about HTTP framing.
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
from ..types import Message, Reply
from .context import Context
from .errors import ApiError, translate

log = logging.getLogger("amity.server")

Event = tuple[str, Any]
FORWARDED = ("token", "reset")


class Turn:
    def __init__(self, ctx: Context, who: Principal, text: str, *,
                 answer: Message | None = None, key: str | None = None) -> None:
        self.ctx = ctx
        self.who = who
        self.username = who.username
        self.text = text
        self.answer = answer
        self.key = key
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self._first: Event | None = None
        self.message_id: int | None = answer.id if answer else None

    # in the worker thread ------------------------------------------------------------------
    def _put(self, item: Event) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has closed: nobody is listening
            self.loop.call_soon_threadsafe(self.queue.put_nowait, item)

    def _on_event(self, kind: str, piece: str) -> None:
        if kind == "saved":
            self._put(("saved", int(piece)))
        elif kind in FORWARDED:
            self._put((kind, piece))

    def _respond(self) -> Reply:
        extra: dict[str, Any] = {}
        if self.answer is not None:
            extra["saved"] = self.answer
        if self.key is not None:
            extra["key"] = self.key
        return self.ctx.engine.respond(self.username, self.text, on_event=self._on_event,
                                       **extra)

    def _work(self) -> None:
        try:
            if not self.ctx.accounts.exists(self.who.user_id):
                raise account_gone()
            reply = self._respond()
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
        """Start the turn; return once the message is stored (or the turn is over)."""
        self.ctx.spawn(anyio.to_thread.run_sync(self._work, limiter=self.ctx.turn_slots))
        first = await self.queue.get()
        if first[0] == "error":
            raise first[1]
        if first[0] == "saved":
            self.message_id = first[1]
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
