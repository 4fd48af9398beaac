"""Finding a message the user already sent, and its reply if it has one: what makes a retry
safe. A retry names the stored message (``reply_to``, after "Sunny didn't answer") or sends
the same idempotency key again (after a send whose answer never arrived); either way the
message is not stored twice, and a message already answered gets its stored reply back.

Reads only, scoped by user id. Knows nothing about HTTP.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..store.models import MessageRow
from ..store.repo import Store
from ..types import Message


@dataclass(frozen=True)
class Sent:
    message: Message
    meta: dict[str, Any]
    reply: Message | None
    reply_meta: dict[str, Any]


def _plain(row: MessageRow) -> Message:
    return Message(id=row.id, conversation_id=row.conversation_id, role=row.role,  # type: ignore[arg-type]
                   content=row.content, created_at=row.created_at, complete=row.complete)


def find(store: Store, user_id: int, message_id: int | None = None,
         key: str | None = None) -> Sent | None:
    """The user's message (by id, or by the idempotency key it was sent with) and the reply
    that follows it, if any."""
    with store.session() as s:
        if key is not None:
            row = s.scalars(select(MessageRow).where(MessageRow.user_id == user_id,
                                                     MessageRow.client_key == key)).first()
        else:
            row = s.get(MessageRow, message_id)
        if row is None or row.user_id != user_id or row.role != "user":
            return None
        after = s.scalars(select(MessageRow).where(
            MessageRow.conversation_id == row.conversation_id, MessageRow.user_id == user_id,
            MessageRow.id > row.id).order_by(MessageRow.id).limit(1)).first()
        reply = after if after is not None and after.role == "assistant" else None
        return Sent(_plain(row), dict(row.meta or {}), _plain(reply) if reply else None,
                    dict(reply.meta or {}) if reply else {})
