"""OpenAI-compatible routes: ``POST /v1/chat/completions`` (streaming and not), ``GET
/v1/models`` and ``GET /v1/models/{id}``, authenticated by an amity API key, so front ends
such as SillyTavern or Open WebUI can talk to an amity companion as if it were a model.

The companion keeps its own history and memory, so only the last message of the request
(which must be the user's) is the new turn; earlier messages, system prompts and sampling
parameters are ignored. A stream sends each piece as the engine shows it (pieces have
passed the output check). An OpenAI stream cannot take text back: after a ``reset`` (the
reply is being replaced) nothing more is sent until the reply is final, then the rest of
it, or the replacement after a blank line. ``usage`` counts the messages sent (prompt) and
the reply (completion) with the model's tokenizer. The ``amity`` field of the last chunk
carries the emoji reaction, emotion and memories used.

Onboarding for programs: the age question is asked once (a client that does not answer it
is treated as a teen, as the safety policy does after two asks on the page), and with
``AMITY_SERVER_ADULT_API=1`` API users whose age is unknown are adults (for a front end
that verified its users' age itself).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from ...errors import InputError
from ...policy.cues import parse_age
from ...replies import clean_input
from ...store.accounts import Principal
from ...store.models import utcnow
from ...types import Reply
from ..auth import Ctx, KeyCaller, KeyChatCaller
from ..context import Context
from ..errors import ApiError, documented
from ..schemas import ReplyOut, reply_out
from ..turns import Turn

router = APIRouter(tags=["openai"])
AUTHED = documented(401, 403, 429)


class ChatMessageIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str = Field(max_length=32)
    content: str | list[dict[str, Any]] | None = None


class CompletionIn(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = Field(max_length=200)
    messages: list[ChatMessageIn] = Field(min_length=1, max_length=2000)
    stream: bool = False
    stream_options: dict[str, Any] | None = None
    n: int | None = None


class AssistantMessage(BaseModel):
    role: str = "assistant"
    content: str


class Choice(BaseModel):
    index: int
    message: AssistantMessage
    finish_reason: str
    logprobs: None = None


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class Completion(BaseModel):
    id: str
    object: str = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    amity: ReplyOut


class ModelOut(BaseModel):
    id: str
    object: str = "model"
    created: int
    owned_by: str


class ModelList(BaseModel):
    object: str = "list"
    data: list[ModelOut]


def _text(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, str):
        return content
    parts = [p.get("text") for p in content or [] if p.get("type") == "text"]
    return "\n".join(p for p in parts if isinstance(p, str))


def user_text(ctx: Context, body: CompletionIn) -> str:
    last = body.messages[-1]
    where = f"messages.{len(body.messages) - 1}"
    if body.n not in (None, 1):
        raise ApiError(400, "unsupported_n", "A companion gives one reply: leave n out or set 1.",
                       param="n")
    if last.role != "user":
        raise ApiError(400, "last_message_not_user",
                       "The last message must be the user's (role 'user'): it is the new turn.",
                       param=f"{where}.role")
    text = _text(last.content)
    if not text:
        raise ApiError(400, "no_text", "The last message has no text content.",
                       param=f"{where}.content")
    try:
        return clean_input(text, ctx.settings.max_message_chars)
    except InputError as exc:
        raise ApiError(400, "invalid_input", str(exc), param=f"{where}.content") from None


def onboard(ctx: Context, who: Principal, text: str) -> None:
    """An API client is asked its age once; with ``adult_api`` it is not asked at all."""
    store = ctx.engine.store
    profile = store.profile(who.user_id)
    if profile.get("age_band"):
        return
    if ctx.server.adult_api:
        store.update_profile(who.user_id, age_band="adult")
    elif profile.get("age_asks", 0) >= 1 and parse_age(text, utcnow().year) is None:
        store.update_profile(who.user_id, age_band="unknown")  # asked once: teen mode


def _usage(ctx: Context, body: CompletionIn, reply: Reply) -> dict[str, int]:
    count = ctx.engine.backend.count_tokens
    prompt = sum(count(_text(m.content)) for m in body.messages)
    completion = count(reply.text)
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def _chunk(ident: str, model: str, created: int, delta: dict[str, Any],
           finish: str | None = None, **extra: Any) -> str:
    data = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"


async def _stream(ctx: Context, turn: Turn, body: CompletionIn) -> AsyncIterator[str]:
    ident, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
    yield _chunk(ident, body.model, created, {"role": "assistant", "content": ""})
    sent, held = "", False  # what the client has; whether a reset stopped the pieces
    async for kind, value in turn.events():
        if kind == "ping":
            yield ": ping\n\n"
        elif kind == "token" and not held and value:
            sent += value
            yield _chunk(ident, body.model, created, {"content": value})
        elif kind == "reset":
            held = held or bool(sent)
        elif kind == "error":
            error: ApiError = value
            payload = {"error": {"message": error.message, "type": "server_error",
                                 "param": None, "code": error.code}}
            yield f"data: {json.dumps(payload)}\n\n"
            return
        elif kind == "done":
            reply: Reply = value
            rest = reply.text[len(sent):] if reply.text.startswith(sent) else \
                "\n\n" + reply.text
            if rest:
                yield _chunk(ident, body.model, created, {"content": rest})
            yield _chunk(ident, body.model, created, {}, "stop", amity=reply_out(reply))
            if (body.stream_options or {}).get("include_usage"):
                last = {"id": ident, "object": "chat.completion.chunk", "created": created,
                        "model": body.model, "choices": [], "usage": _usage(ctx, body, reply)}
                yield f"data: {json.dumps(last)}\n\n"
    yield "data: [DONE]\n\n"


@router.post(
    "/v1/chat/completions", response_model=Completion,
    responses={200: {"content": {"text/event-stream": {"schema": {
        "type": "object", "required": ["data"],
        "properties": {"data": {"type": "string",
                                "description": "a chat.completion.chunk as JSON, or [DONE]"}},
    }}},
                     "description": "a chat completion, or a stream of chunks"},
               **AUTHED, **documented(400, 413, 415, 422, 502, 503)},
)
async def completions(body: CompletionIn, who: KeyChatCaller, ctx: Ctx) -> Any:
    """Chat with your companion through the OpenAI chat-completions protocol."""
    text = user_text(ctx, body)
    onboard(ctx, who, text)
    turn = Turn(ctx, who, text)
    await turn.begin()
    if body.stream:
        return StreamingResponse(_stream(ctx, turn, body), media_type="text/event-stream",
                                 headers={"cache-control": "no-store",
                                          "x-accel-buffering": "no"})
    reply = await turn.result()
    return Completion(
        id=f"chatcmpl-{uuid.uuid4().hex}", created=int(time.time()), model=body.model,
        choices=[Choice(index=0, message=AssistantMessage(content=reply.text),
                        finish_reason="stop")],
        usage=Usage(**_usage(ctx, body, reply)), amity=ReplyOut(**reply_out(reply)),
    )


def _model(ctx: Context) -> ModelOut:
    return ModelOut(id=f"amity-{ctx.engine.persona.slug}", created=0, owned_by="amity")


@router.get("/v1/models", response_model=ModelList, responses=AUTHED)
def models(who: KeyCaller, ctx: Ctx) -> ModelList:
    """The companion, listed as a model."""
    return ModelList(data=[_model(ctx)])


@router.get("/v1/models/{model_id}", response_model=ModelOut,
            responses={**AUTHED, **documented(400, 404)})
def model(model_id: Annotated[str, Path(max_length=200)], who: KeyCaller, ctx: Ctx) -> ModelOut:
    """One model: the companion."""
    found = _model(ctx)
    if model_id != found.id:
        raise ApiError(404, "model_not_found",
                       f"The model '{model_id}' does not exist: this server has '{found.id}'.",
                       param="model")
    return found
