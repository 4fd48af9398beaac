"""Store: the small protocol the engine uses to keep users, conversations and messages,
and the operator's safety events.

Every method opens its own short transaction, so a message is durable the moment the
method returns (the engine saves the user's message before generating). Every query is
scoped by user id: a caller can only reach rows of the user it names. Returns the plain
values of ``amity.types``; SQLAlchemy never leaks out. Knows nothing about models or prompts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import InputError, NotFoundError
from ..types import Message, Role
from .db import open_engine, translate
from .models import Base, Conversation, MessageRow, SafetyEventRow, User, utcnow

SESSION_GAP = timedelta(minutes=30)
"""A silence longer than this ends a session of messages (for the policy and for memory)."""


@dataclass(frozen=True)
class SafetyEvent:
    """One safety decision as the operator sees it: no message text, no reply."""

    id: int
    user: str
    category: str
    action: str
    at: datetime


class DuplicateKeyError(InputError):
    """A message with this idempotency key is already stored for this user."""


def _message(row: MessageRow) -> Message:
    return Message(
        id=row.id, conversation_id=row.conversation_id, role=row.role,  # type: ignore[arg-type]
        content=row.content, created_at=row.created_at, complete=row.complete,
    )


class Store:
    """Users, conversations and messages in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or open_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A transaction; SQLAlchemy errors leave as StoreError with the fix."""
        try:
            with self._sessions.begin() as session:
                yield session
        except SQLAlchemyError as exc:
            raise translate(exc, self.url) from None

    # users -------------------------------------------------------------------------------
    # A server sets this False: its users are made by sign-up only, so a request still under
    # way when its account is deleted can't bring the user back by name.
    creates_users = True

    def user_id(self, name: str, *, create: bool = True) -> int:
        """The id of user ``name``; created on first use unless ``create`` is False (or the
        store's ``creates_users`` is False)."""
        with self.session() as s:
            found = s.scalar(select(User.id).where(User.name == name))
            if found is not None:
                return found
            if not create or not self.creates_users:
                raise NotFoundError(f"No user named '{name}'. Chat first, or check the name.")
        try:
            with self._sessions.begin() as s:
                user = User(name=name, profile={})
                s.add(user)
                s.flush()
                return user.id
        except IntegrityError:  # created by a concurrent process meanwhile
            return self.user_id(name, create=False)
        except SQLAlchemyError as exc:
            raise translate(exc, self.url) from None

    def users(self) -> list[str]:
        with self.session() as s:
            return list(s.scalars(select(User.name).order_by(User.name)))

    def profile(self, user_id: int) -> dict[str, Any]:
        with self.session() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError(f"No user with id {user_id}.")
            return dict(user.profile or {})

    def update_profile(self, user_id: int, **values: Any) -> dict[str, Any]:
        with self.session() as s:
            user = s.get(User, user_id, with_for_update=True)
            if user is None:
                raise NotFoundError(f"No user with id {user_id}.")
            merged = {**(user.profile or {}), **values}
            user.profile = merged
            return merged

    def delete_user(self, user_id: int) -> None:
        """Remove the user and every row that belongs to them, in every table (messages,
        memories, safety events, account, sessions, keys...), in one transaction, and
        nothing of anyone else. The one way a user is deleted."""
        with self.session() as s:
            _delete_rows(s, user_id, keep=())
            s.execute(delete(User).where(User.id == user_id))

    def erase_user_data(self, user_id: int, keep: tuple[str, ...] = ("safety_events",)
                        ) -> None:
        """Delete every row of the user's in every table but ``users`` and ``keep``, and
        empty their profile: the user id stays, holding nothing (the under-13 erasure)."""
        with self.session() as s:
            _delete_rows(s, user_id, keep=keep)
            s.execute(update(User).where(User.id == user_id).values(profile={}))

    # conversations -----------------------------------------------------------------------
    def conversation(self, user_id: int, character: str) -> int:
        """The user's open conversation with ``character``, started if there is none."""
        with self.session() as s:
            found = s.scalar(
                select(Conversation.id)
                .where(Conversation.user_id == user_id, Conversation.character == character,
                       Conversation.closed_at.is_(None))
                .order_by(Conversation.id.desc()).limit(1)
            )
            if found is not None:
                return found
            conv = Conversation(user_id=user_id, character=character)
            s.add(conv)
            s.flush()
            return conv.id

    def close_conversation(self, user_id: int, conversation_id: int) -> None:
        """End a conversation (``/reset``); it stays in the database and in exports."""
        with self.session() as s:
            s.execute(
                update(Conversation)
                .where(Conversation.id == conversation_id, Conversation.user_id == user_id)
                .values(closed_at=utcnow())
            )

    # messages ----------------------------------------------------------------------------
    def add_message(
        self, user_id: int, conversation_id: int, role: Role, content: str, *,
        meta: dict[str, Any] | None = None, at: datetime | None = None,
        key: str | None = None,
    ) -> Message:
        """Store a message. ``key``: the sender's idempotency key; a second message of this
        user with the same key raises ``DuplicateKeyError`` and stores nothing."""
        try:
            with self._sessions.begin() as s:
                conv = s.get(Conversation, conversation_id)
                if conv is None or conv.user_id != user_id:
                    raise NotFoundError(f"No conversation {conversation_id} for this user.")
                row = MessageRow(
                    conversation_id=conversation_id, user_id=user_id, role=role,
                    content=content, meta=meta or {}, created_at=at or utcnow(),
                    client_key=key,
                )
                s.add(row)
                conv.updated_at = row.created_at
                s.flush()
                return _message(row)
        except IntegrityError as exc:
            if key is not None and "client_key" in str(exc.orig):
                raise DuplicateKeyError("This message was already sent (same idempotency "
                                        "key): ask for its reply instead.") from None
            raise translate(exc, self.url) from None
        except SQLAlchemyError as exc:
            raise translate(exc, self.url) from None

    def update_meta(self, user_id: int, message_id: int, **values: Any) -> None:
        with self.session() as s:
            row = s.get(MessageRow, message_id)
            if row is None or row.user_id != user_id:
                raise NotFoundError(f"No message {message_id} for this user.")
            row.meta = {**(row.meta or {}), **values}

    def history(self, user_id: int, conversation_id: int, limit: int = 50) -> list[Message]:
        """The last ``limit`` messages of a conversation, oldest first."""
        with self.session() as s:
            rows = s.scalars(
                select(MessageRow)
                .where(MessageRow.conversation_id == conversation_id,
                       MessageRow.user_id == user_id)
                .order_by(MessageRow.id.desc()).limit(limit)
            ).all()
            return [_message(r) for r in reversed(rows)]

    def messages(self, user_id: int) -> list[tuple[Message, dict[str, Any]]]:
        """Every message of the user, oldest first, with its metadata (for export)."""
        with self.session() as s:
            rows = s.scalars(
                select(MessageRow).where(MessageRow.user_id == user_id).order_by(MessageRow.id)
            ).all()
            return [(_message(r), dict(r.meta or {})) for r in rows]

    def count_messages(self, user_id: int | None = None) -> int:
        with self.session() as s:
            query = select(func.count(MessageRow.id))
            if user_id is not None:
                query = query.where(MessageRow.user_id == user_id)
            return int(s.scalar(query) or 0)

    # safety events -----------------------------------------------------------------------
    def record_event(self, user_id: int, category: str, action: str,
                     at: datetime | None = None) -> None:
        """Add one safety event (category and action cut to 32 characters; no content)."""
        with self.session() as s:
            s.add(SafetyEventRow(user_id=user_id, category=category[:32], action=action[:32],
                                 created_at=at or utcnow()))

    def events(self, *, since: datetime | None = None, user_id: int | None = None,
               limit: int = 100) -> list[SafetyEvent]:
        """Safety events, newest first (optionally since a time, or of one user)."""
        query = (select(SafetyEventRow, User.name).join(User, User.id == SafetyEventRow.user_id)
                 .order_by(SafetyEventRow.id.desc()).limit(limit))
        if since is not None:
            query = query.where(SafetyEventRow.created_at >= since)
        if user_id is not None:
            query = query.where(SafetyEventRow.user_id == user_id)
        with self.session() as s:
            return [SafetyEvent(r.id, name, r.category, r.action, r.created_at)
                    for r, name in s.execute(query).all()]

    def event_counts(self, *, since: datetime | None = None) -> dict[str, int]:
        """How many safety events of each ``category/action`` (optionally since a time)."""
        query = select(SafetyEventRow.category, SafetyEventRow.action)
        if since is not None:
            query = query.where(SafetyEventRow.created_at >= since)
        with self.session() as s:
            return dict(Counter(f"{c}/{a}" for c, a in s.execute(query).all()))


def _delete_rows(s: Session, user_id: int, keep: tuple[str, ...]) -> None:
    """Delete the user's rows in every table that has a ``user_id``, but ``keep``."""
    for table in reversed(Base.metadata.sorted_tables):
        if table.name != "users" and table.name not in keep and "user_id" in table.c:
            s.execute(delete(table).where(table.c.user_id == user_id))
