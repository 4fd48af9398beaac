"""Chat routes: send a message (reply streamed as server-sent events, or as JSON), ask
again for the reply to a stored message, read the conversation, start a fresh one.

The stream is ``event: saved`` (``{"message_id": id}``: the message is stored, sent before
any model work), ``event: token`` (``{"text": piece}``, as the reply is written: one piece
or many), ``event: reset`` (discard the text so far: the reply is being regenerated or
replaced), then ``event: reply`` (the whole reply with its metadata: emoji reaction,
emotion, memories used) or ``event: error`` (the error shape). A 200 answer means the
user's message is already stored, so after a failure the client asks for the reply with
``reply_to`` (the saved id) instead of sending the message again. A send may carry an
``Idempotency-Key`` header: the same key again (the answer was lost on the way) never
stores a second message; it answers the stored one, or gives its stored reply.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.responses import StreamingResponse

from ...errors import StoreError
from ..auth import ChatCaller, ConversationCaller, Ctx
from ..context import Context
from ..errors import ApiError, documented
from ..schemas import (
    ChatIn,
    HistoryOut,
    OpeningOut,
    ReplyOut,
    ResetOut,
    message_out,
    reply_out,
    stored_reply,
)
from ..sent import Sent, find
from ..turns import Turn, account_gone

router = APIRouter(tags=["chat"])
AUTHED = documented(401, 403, 429)
IdempotencyKey = Annotated[str | None, Header(
    max_length=100, pattern=r"^[!-~]+$",
    description="your id for this message (e.g. a UUID); sending again with the same key "
                "never stores the message twice")]
STREAM_HEADERS = {"cache-control": "no-store", "x-accel-buffering": "no"}
EVENT_SCHEMA = {  # one server-sent event; its data is JSON
    "type": "object", "required": ["event", "data"],
    "properties": {"event": {"enum": ["saved", "token", "reset", "reply", "error"]},
                   "data": {"type": "string", "contentMediaType": "application/json"}},
}


def frame(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


async def sse(turn: Turn) -> AsyncIterator[str]:
    async for kind, value in turn.events():
        if kind == "saved":
            yield frame("saved", {"message_id": value})
        elif kind == "token":
            yield frame("token", {"text": value})
        elif kind == "reset":
            yield frame("reset", {})
        elif kind == "ping":
            yield ": ping\n\n"
        elif kind == "done":
            yield frame("reply", reply_out(value))
        else:
            error: ApiError = value
            yield frame("error", {"error": {"code": error.code, "message": error.message,
                                            "status": error.status_code}})


@router.post(
    "/api/chat", response_model=ReplyOut,
    responses={200: {"content": {"text/event-stream": {"schema": EVENT_SCHEMA}},
                     "description": "the reply (JSON, or an event stream when stream=true)"},
               **AUTHED, **documented(400, 404, 409, 413, 415, 422, 502, 503)},
)
async def chat(body: ChatIn, who: ChatCaller, ctx: Ctx,
               idempotency_key: IdempotencyKey = None) -> Any:
    """Send a message to your companion; the reply streams back (or comes whole). With
    ``reply_to``, ask for the reply to a message you sent before (it is not stored again;
    one already answered gets its stored reply); the same ``Idempotency-Key`` again works
    the same way."""
    store = ctx.engine.store
    sent = None
    if body.reply_to is not None:
        sent = find(store, who.user_id, body.reply_to)
        if sent is None:
            raise ApiError(404, "no_such_message",
                           "There is no message of yours with that id: send it again.")
    elif idempotency_key is not None:
        sent = find(store, who.user_id, key=idempotency_key)
    if sent is not None and sent.reply is not None:
        return _answered(sent, body.stream)
    if sent is not None:
        turn = Turn(ctx, who, sent.message.content, answer=sent.message)
    else:
        turn = Turn(ctx, who, body.text, key=idempotency_key)
    await turn.begin()
    if not body.stream:
        return reply_out(await turn.result())
    return StreamingResponse(sse(turn), media_type="text/event-stream", headers=STREAM_HEADERS)


def _answered(sent: Sent, stream: bool) -> Any:
    reply = stored_reply(sent)
    if not stream:
        return reply

    async def replay() -> AsyncIterator[str]:
        yield frame("saved", {"message_id": sent.message.id})
        yield frame("reply", reply)

    return StreamingResponse(replay(), media_type="text/event-stream", headers=STREAM_HEADERS)


@router.get("/api/messages", response_model=HistoryOut, responses=documented(401, 403, 422, 429))
def history(
    who: ConversationCaller, ctx: Ctx,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    before: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> HistoryOut:
    """The current conversation, oldest first (``before`` pages back)."""
    conversation = open_conversation(ctx, who.user_id)
    rows = ctx.accounts.messages_page(who.user_id, conversation, limit + 1, before)
    more = len(rows) > limit
    rows = rows[1:] if more else rows
    return HistoryOut(conversation_id=conversation, more=more,
                      messages=[message_out(m, meta) for m, meta in rows])


@router.post("/api/opening", response_model=OpeningOut, responses=AUTHED)
def opening(who: ConversationCaller, ctx: Ctx) -> OpeningOut:
    """What the companion says first when you come back after a while ("how did the
    driving test go?!"): stored in the conversation and asked once; nothing in quiet hours."""
    open_conversation(ctx, who.user_id)
    row = ctx.engine.welcome_back(who.username)
    return OpeningOut(message=message_out(row, {"kind": "opening"}) if row is not None else None)


@router.post("/api/conversation/reset", response_model=ResetOut, responses=AUTHED)
def reset(who: ConversationCaller, ctx: Ctx) -> ResetOut:
    """Start a fresh conversation (the old one stays in your export)."""
    ctx.engine.store.close_conversation(who.user_id, open_conversation(ctx, who.user_id))
    return ResetOut(conversation_id=open_conversation(ctx, who.user_id))


def open_conversation(ctx: Context, user_id: int) -> int:
    """The user's open conversation, by user id (a route never creates a user); 401 when
    the account was deleted while the request was under way."""
    if not ctx.accounts.exists(user_id):
        raise account_gone()
    try:
        return ctx.engine.store.conversation(user_id, ctx.engine.persona.slug)
    except StoreError:
        if not ctx.accounts.exists(user_id):  # deleted in between: the insert broke its key
            raise account_gone() from None
        raise
