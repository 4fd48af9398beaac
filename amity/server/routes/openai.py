"""OpenAI-compatible routes: ``POST /v1/chat/completions`` (streaming and not), ``GET
/v1/models``, authenticated by an amity API key, so front ends such as SillyTavern or Open
WebUI can talk to an amity companion as if it were a model.

The companion keeps its own history and memory, so only the last message of the request
(which must be the user's) is the new turn; earlier messages, system prompts and sampling
parameters are ignored. A stream carries the reply after amity has checked it (the output
safety check and the reply cleaner look at the whole reply, and an OpenAI stream cannot take
text back), in word-sized chunks; the ``amity`` field carries the emoji reaction, emotion
and memories used.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

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


def user_text(body: CompletionIn) -> str:
    last = body.messages[-1]
    if body.n not in (None, 1):
        raise ApiError(400, "unsupported_n", "A companion gives one reply: leave n out or set 1.")
    if last.role != "user":
        raise ApiError(400, "last_message_not_user",
                       "The last message must be the user's (role 'user'): it is the new turn.")
    if isinstance(last.content, str):
        return last.content
    parts = [p.get("text") for p in last.content or [] if p.get("type") == "text"]
    text = "\n".join(p for p in parts if isinstance(p, str))
    if not text:
        raise ApiError(400, "no_text", "The last message has no text content.")
    return text


def _usage(ctx: Context, text: str, reply: Reply) -> dict[str, int]:
    prompt = ctx.engine.backend.count_tokens(text)
    completion = ctx.engine.backend.count_tokens(reply.text)
    return {"prompt_tokens": prompt, "completion_tokens": completion,
            "total_tokens": prompt + completion}


def _chunk(ident: str, model: str, created: int, delta: dict[str, Any],
           finish: str | None = None, **extra: Any) -> str:
    data = {"id": ident, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
    return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"


async def _stream(ctx: Context, turn: Turn, body: CompletionIn, text: str) -> AsyncIterator[str]:
    ident, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
    yield _chunk(ident, body.model, created, {"role": "assistant", "content": ""})
    async for kind, value in turn.events():
        if kind == "ping":
            yield ": ping\n\n"
        elif kind == "error":
            error: ApiError = value
            payload = {"error": {"message": error.message, "type": "server_error",
                                 "code": error.code}}
            yield f"data: {json.dumps(payload)}\n\n"
            return
        elif kind == "done":
            reply: Reply = value
            for piece in re.findall(r"\s*\S+", reply.text):
                yield _chunk(ident, body.model, created, {"content": piece})
            yield _chunk(ident, body.model, created, {}, "stop", amity=reply_out(reply))
            if (body.stream_options or {}).get("include_usage"):
                last = {"id": ident, "object": "chat.completion.chunk", "created": created,
                        "model": body.model, "choices": [], "usage": _usage(ctx, text, reply)}
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
    text = user_text(body)
    turn = Turn(ctx, who, text)
    await turn.begin()
    if body.stream:
        return StreamingResponse(_stream(ctx, turn, body, text), media_type="text/event-stream",
                                 headers={"cache-control": "no-store"})
    reply = await turn.result()
    return Completion(
        id=f"chatcmpl-{uuid.uuid4().hex}", created=int(time.time()), model=body.model,
        choices=[Choice(index=0, message=AssistantMessage(content=reply.text),
                        finish_reason="stop")],
        usage=Usage(**_usage(ctx, text, reply)), amity=ReplyOut(**reply_out(reply)),
    )


@router.get("/v1/models", response_model=ModelList, responses=AUTHED)
def models(who: KeyCaller, ctx: Ctx) -> ModelList:
    """The companion, listed as a model."""
    persona = ctx.engine.persona
    return ModelList(data=[ModelOut(id=f"amity-{persona.slug}", created=0, owned_by="amity")])
