"""Request and response shapes of the HTTP API (they make the OpenAPI schema).

Pure pydantic models plus the functions that turn amity's values (``Reply``, ``Message``,
ledger entries) into them. Knows nothing about routes, storage or authentication.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..types import Message, Reply


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: str = Field(min_length=1, max_length=100, examples=["sam"])
    password: str = Field(min_length=1, max_length=1024)


class SignupIn(Credentials):
    display_name: str | None = Field(
        default=None, max_length=40, examples=["Sam"],
        description="what your companion calls you (optional; the username otherwise)")


class ProfileIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    display_name: str = Field(max_length=40, examples=["Sam"],
                              description="what your companion calls you (empty: the username)")


class PasswordConfirm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    password: str = Field(min_length=1, max_length=1024)


class SessionOut(BaseModel):
    username: str
    csrf_token: str


class CharacterOut(BaseModel):
    name: str
    slug: str
    greeting: str


class MeOut(BaseModel):
    username: str
    display_name: str = Field(description="what the companion calls you")
    created_at: datetime
    csrf_token: str | None = Field(description="send it as X-CSRF-Token on writes (page only)")
    character: CharacterOut
    memory: bool = Field(description="whether this server keeps a memory ledger")


Scope = Literal["chat", "memories:read", "memories:write"]


class KeyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(default="my program", min_length=1, max_length=100)
    scopes: list[Scope] = Field(
        default=["chat"], min_length=1, max_length=3,
        description="what the key may do: chat (send messages, read and reset the "
                    "conversation, the /v1 routes), memories:read, memories:write. No key "
                    "can manage keys, export or delete the account.")


class KeyOut(BaseModel):
    id: int
    name: str
    prefix: str
    created_at: datetime
    scopes: list[str]


class KeyCreated(KeyOut):
    key: str = Field(description="shown once: keep it somewhere safe")


class ChatIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(default="", max_length=100_000, examples=["hi! my dog is called Biscuit"])
    stream: bool = Field(default=True, description="stream the reply as server-sent events")
    reply_to: int | None = Field(
        default=None, ge=1, le=2**31 - 1,
        description="instead of sending text: the id of a message you sent that got no "
                    "reply (a retry; it is not stored again)")

    @model_validator(mode="after")
    def _text_or_reply_to(self) -> ChatIn:
        if self.reply_to is None and "text" not in self.model_fields_set:
            raise ValueError("send text (your message), or reply_to (a message's id)")
        return self


class MessageOut(BaseModel):
    id: int
    role: str
    content: str
    created_at: datetime
    complete: bool
    emoji: str | None = Field(description="the companion's reaction to a user message")
    emotion: str | None
    kind: str | None = Field(description="a reply's kind: normal, crisis, refusal, age_gate")


class HistoryOut(BaseModel):
    conversation_id: int
    messages: list[MessageOut]
    more: bool = Field(description="older messages exist (ask again with before=<first id>)")


class EmotionOut(BaseModel):
    top: str
    labels: list[str]
    emoji: str


class MemoryUsedOut(BaseModel):
    kind: str
    text: str
    score: float
    source_id: int | None


class VerdictOut(BaseModel):
    category: str
    tier: str


class FactOut(BaseModel):
    subject: str
    predicate: str
    object: str
    text: str


class ReplyOut(BaseModel):
    text: str
    user_message_id: int | None = Field(description="null when nothing of the turn was kept")
    reply_message_id: int | None
    conversation_id: int | None
    emoji: str | None = Field(description="the reaction to the user's message")
    emotion: EmotionOut | None
    memories: list[MemoryUsedOut]
    verdicts: list[VerdictOut]
    mode: str
    facts: list[FactOut]


class ResetOut(BaseModel):
    conversation_id: int


class OpeningOut(BaseModel):
    message: MessageOut | None = Field(
        description="the companion's opening for a returning user (a follow-up on a dated "
                    "event that has passed), already stored; null when there is none")


class MemoryOut(BaseModel):
    id: int
    text: str
    said: str = Field(description="the fact in friendly words, for people")
    subject: str
    predicate: str
    object: str
    status: str
    times_confirmed: int
    source_message_id: int | None = Field(description="the message it was learned from")
    source_span: str = Field(description="the words it was learned from")
    source_text: str | None = Field(description="that message, when it still exists")
    when: str | None
    created_at: datetime
    updated_at: datetime


class MemoriesOut(BaseModel):
    memories: list[MemoryOut]


class CorrectionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    value: str = Field(min_length=1, max_length=500, examples=["Biscuit"])


class ForgottenOut(BaseModel):
    forgotten: int


def reply_out(reply: Reply) -> dict[str, Any]:
    emotion = reply.emotion
    return ReplyOut(
        text=reply.text, user_message_id=reply.user_message_id,
        reply_message_id=reply.reply_message_id, conversation_id=reply.conversation_id,
        emoji=reply.emoji,
        emotion=EmotionOut(top=emotion.top, labels=list(emotion.labels), emoji=emotion.emoji)
        if emotion else None,
        memories=[MemoryUsedOut(kind=m.kind, text=m.text, score=float(m.score),
                                source_id=m.source_id) for m in reply.memories],
        verdicts=[VerdictOut(category=v.category, tier=v.tier) for v in reply.verdicts],
        mode=reply.mode,
        facts=[FactOut(subject=f.subject, predicate=f.predicate, object=f.object,
                       text=f.sentence()) for f in reply.facts],
    ).model_dump(mode="json")


def stored_reply(sent: Any) -> dict[str, Any]:
    """A reply already stored (a retry of an answered message), in the ``ReplyOut`` shape."""
    reply, meta = sent.reply, sent.meta
    return ReplyOut(
        text=reply.content, user_message_id=sent.message.id, reply_message_id=reply.id,
        conversation_id=reply.conversation_id, emoji=meta.get("emoji"), emotion=None,
        memories=[], verdicts=[], mode=str(sent.reply_meta.get("kind") or "normal"), facts=[],
    ).model_dump(mode="json")


def message_out(message: Message, meta: dict[str, Any]) -> MessageOut:
    return MessageOut(
        id=message.id, role=message.role, content=message.content,
        created_at=message.created_at, complete=message.complete,
        emoji=meta.get("emoji") if message.role == "user" else None,
        emotion=meta.get("emotion") if message.role == "user" else None,
        kind=meta.get("kind") if message.role == "assistant" else None,
    )
