"""The memory tables' queries: what ``amity.memory`` does with rows and SQL, in one place.

Functions on an open transaction (``with store.session() as s``), so the memory service
decides what one transaction holds and this module only reads and writes rows: retrieval
items with their int8 vectors and their version (``memory_state``), the full-text search
(re-exported from ``amity.store.fulltext``), the facts ledger's rows (``LedgerEntry``),
episodes, the dated facts of the opening note, and the redaction of forgotten words. Every
query is scoped by user id. Returns plain values, never ORM rows. Knows nothing about
embeddings, summaries, prompts, or the ledger's rules (``amity.memory.ledger`` decides what
supersedes what).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ..types import Message
from .fulltext import fulltext, purge_fulltext  # noqa: F401 - the memory SQL, in one place
from .models import EpisodeRow, FactRow, MemoryItemRow, MemoryStateRow, MessageRow, User
from .repo import Store


@dataclass(frozen=True)
class LedgerEntry:
    """A fact as the user sees it in the ledger."""

    id: int
    text: str
    subject: str
    predicate: str
    object: str
    status: str
    confidence: float
    times_confirmed: int
    source_message_id: int | None
    source_span: str
    when: date | None
    created_at: datetime
    updated_at: datetime
    superseded_by: int | None

    def as_dict(self) -> dict[str, object]:
        return {k: (v.isoformat() if isinstance(v, date | datetime) else v)
                for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Item:
    """A retrieval item: an active fact, an episode summary or a turn with its neighbours."""

    id: int
    kind: str
    text: str
    source_id: int | None
    created_at: datetime


@dataclass(frozen=True)
class Episode:
    id: int
    summary: str
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True)
class DatedFact:
    """An active fact with a date (a birthday, an event), for the opening note."""

    id: int
    predicate: str
    object: str
    when: date
    followed_up_at: datetime | None
    subject: str = "user"
    told_at: datetime | None = None  # when the fact was learned


# users -------------------------------------------------------------------------------------
def user_name(s: Session, user_id: int) -> str | None:
    user = s.get(User, user_id)
    return user.name if user else None


# retrieval items ---------------------------------------------------------------------------
def add_items(s: Session, user_id: int, items: Sequence[tuple[str, str, int | None]],
              vectors: Sequence[bytes], at: datetime) -> list[int]:
    """Insert ``(kind, text, source_id)`` items with their vectors; returns their ids."""
    rows = [MemoryItemRow(user_id=user_id, kind=k, text=t, source_id=src, created_at=at,
                          vector=v) for (k, t, src), v in zip(items, vectors, strict=True)]
    s.add_all(rows)
    s.flush()
    return [r.id for r in rows]


def remove_items(s: Session, user_id: int, kind: str, source_ids: Sequence[int]) -> None:
    if source_ids:
        s.execute(delete(MemoryItemRow).where(
            MemoryItemRow.user_id == user_id, MemoryItemRow.kind == kind,
            MemoryItemRow.source_id.in_(list(source_ids))))


@dataclass(frozen=True)
class ItemState:
    """The user's ``memory_state`` row: bumped by triggers with every change to their items
    (migration 0008). ``token`` is random per row, ``version`` grows on every change,
    ``removed`` is the version of the last delete or update, ``items`` the row count."""

    token: int
    version: int
    removed: int
    items: int


def item_state(s: Session, user_id: int) -> ItemState | None:
    """The vector cache's freshness check: one primary-key read (None: never had items)."""
    row = s.execute(select(MemoryStateRow.token, MemoryStateRow.version,
                           MemoryStateRow.removed, MemoryStateRow.items)
                    .where(MemoryStateRow.user_id == user_id)).first()
    return ItemState(*(int(v) for v in row)) if row is not None else None


def item_vectors(s: Session, user_id: int, after: int = 0
                 ) -> list[tuple[int, bytes | None, str]]:
    """(id, int8 vector, kind) of the user's items with an id above ``after``, by id."""
    rows = s.execute(
        select(MemoryItemRow.id, MemoryItemRow.vector, MemoryItemRow.kind)
        .where(MemoryItemRow.user_id == user_id, MemoryItemRow.id > after)
        .order_by(MemoryItemRow.id)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def items(s: Session, user_id: int, ids: Sequence[int],
          kinds: Sequence[str] | None = None) -> dict[int, Item]:
    """The user's items with these ids (optionally of these kinds), by id."""
    query = select(MemoryItemRow.id, MemoryItemRow.kind, MemoryItemRow.text,
                   MemoryItemRow.source_id, MemoryItemRow.created_at).where(
        MemoryItemRow.id.in_(list(ids)), MemoryItemRow.user_id == user_id)
    if kinds:
        query = query.where(MemoryItemRow.kind.in_(list(kinds)))
    return {r[0]: Item(*r) for r in s.execute(query)}


def vacuum(store: Store) -> None:
    """Make deleted text unrecoverable from the database files too (SQLite; PostgreSQL
    reuses the space of deleted rows itself)."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            conn.exec_driver_sql("VACUUM")
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


# episodes ----------------------------------------------------------------------------------
def last_episode_end(s: Session, user_id: int) -> int:
    """The last message id summarised in an episode of the user (0 when none)."""
    return s.scalar(select(EpisodeRow.last_message_id).where(
        EpisodeRow.user_id == user_id).order_by(EpisodeRow.last_message_id.desc())
        .limit(1)) or 0


def messages_between(s: Session, user_id: int, after_id: int, before: datetime
                     ) -> list[Message]:
    """The user's messages with an id above ``after_id`` written before ``before``."""
    rows = s.scalars(select(MessageRow).where(
        MessageRow.user_id == user_id, MessageRow.id > after_id,
        MessageRow.created_at < before).order_by(MessageRow.id)).all()
    return [Message(id=r.id, conversation_id=r.conversation_id, role=r.role,  # type: ignore[arg-type]
                    content=r.content, created_at=r.created_at, complete=r.complete)
            for r in rows]


def add_episode(s: Session, user_id: int, conversation_id: int, first_message_id: int,
                last_message_id: int, summary: str, started_at: datetime,
                ended_at: datetime) -> int:
    """Insert an episode (a finished session's summary); returns its id."""
    episode = EpisodeRow(user_id=user_id, conversation_id=conversation_id,
                         first_message_id=first_message_id, last_message_id=last_message_id,
                         summary=summary, started_at=started_at, ended_at=ended_at)
    s.add(episode)
    s.flush()
    return episode.id


def episodes(s: Session, user_id: int) -> list[Episode]:
    """The user's episodes, oldest first."""
    return [Episode(e.id, e.summary, e.started_at, e.ended_at) for e in s.scalars(
        select(EpisodeRow).where(EpisodeRow.user_id == user_id).order_by(EpisodeRow.id))]


# facts -------------------------------------------------------------------------------------
def _entry(row: FactRow) -> LedgerEntry:
    return LedgerEntry(
        id=row.id, text=row.text, subject=row.subject, predicate=row.predicate,
        object=row.object, status=row.status, confidence=row.confidence,
        times_confirmed=row.times_confirmed, source_message_id=row.source_message_id,
        source_span=row.source_span, when=row.when, created_at=row.created_at,
        updated_at=row.updated_at, superseded_by=row.superseded_by,
    )


def facts(s: Session, user_id: int, *, active_only: bool = False) -> list[LedgerEntry]:
    """The user's facts (every version, or only the active ones), by id."""
    query = select(FactRow).where(FactRow.user_id == user_id)
    if active_only:
        query = query.where(FactRow.status == "active")
    return [_entry(r) for r in s.scalars(query.order_by(FactRow.id))]


def fact(s: Session, user_id: int, fact_id: int) -> LedgerEntry | None:
    row = s.get(FactRow, fact_id)
    return _entry(row) if row is not None and row.user_id == user_id else None


def add_fact(s: Session, user_id: int, *, subject: str, predicate: str, obj: str, text_: str,
             confidence: float, when: date | None, source_message_id: int | None,
             source_span: str, now: datetime) -> LedgerEntry:
    """Insert an active fact, seen once."""
    row = FactRow(user_id=user_id, subject=subject, predicate=predicate, object=obj,
                  text=text_, confidence=confidence, when=when,
                  source_message_id=source_message_id, source_span=source_span,
                  status="active", times_confirmed=1, created_at=now, updated_at=now)
    s.add(row)
    s.flush()
    return _entry(row)


def _row(s: Session, user_id: int, fact_id: int) -> FactRow:
    row = s.get(FactRow, fact_id)
    if row is None or row.user_id != user_id:
        raise KeyError(fact_id)
    return row


def confirm_fact(s: Session, user_id: int, fact_id: int, confidence: float, now: datetime
                 ) -> LedgerEntry:
    """The fact was told again: one more confirmation, the higher confidence."""
    row = _row(s, user_id, fact_id)
    row.times_confirmed += 1
    row.confidence = max(row.confidence, confidence)
    row.updated_at = now
    return _entry(row)


def supersede_facts(s: Session, user_id: int, fact_ids: Sequence[int], by: int | None,
                    now: datetime, status: str = "superseded") -> list[LedgerEntry]:
    """Mark facts as replaced by fact ``by`` ("superseded", or "corrected" by the user), or
    retired by none ("cancelled": a plan called off)."""
    out = []
    for fact_id in fact_ids:
        row = _row(s, user_id, fact_id)
        row.status, row.superseded_by, row.updated_at = status, by, now
        out.append(_entry(row))
    return out


def delete_facts(s: Session, user_id: int, fact_ids: Sequence[int]) -> None:
    s.execute(delete(FactRow).where(FactRow.user_id == user_id,
                                    FactRow.id.in_(list(fact_ids))))


# dated facts -------------------------------------------------------------------------------
def dated_facts(s: Session, user_id: int) -> list[DatedFact]:
    """The user's active facts that have a date."""
    rows = s.scalars(select(FactRow).where(
        FactRow.user_id == user_id, FactRow.status == "active",
        FactRow.when.is_not(None))).all()
    return [DatedFact(r.id, r.predicate, r.object, r.when, r.followed_up_at,  # type: ignore[arg-type]
                      r.subject, r.created_at) for r in rows]


def mark_followed_up(s: Session, user_id: int, fact_id: int, at: datetime) -> None:
    row = s.get(FactRow, fact_id)
    if row is not None and row.user_id == user_id:
        row.followed_up_at = at


# redaction ---------------------------------------------------------------------------------
def redact_messages(s: Session, user_id: int, pattern: re.Pattern[str], repl: str) -> None:
    """Replace every match of ``pattern`` in the user's messages with ``repl``."""
    for row in s.scalars(select(MessageRow).where(MessageRow.user_id == user_id)):
        if pattern.search(row.content):
            row.content = pattern.sub(repl, row.content)


def redact_episodes(s: Session, user_id: int, pattern: re.Pattern[str], repl: str
                    ) -> list[Episode]:
    """Redact the user's episode summaries; returns the changed episodes (as now)."""
    changed = []
    for ep in s.scalars(select(EpisodeRow).where(EpisodeRow.user_id == user_id)).all():
        if pattern.search(ep.summary):
            ep.summary = pattern.sub(repl, ep.summary)
            changed.append(Episode(ep.id, ep.summary, ep.started_at, ep.ended_at))
    return changed


def take_items(s: Session, user_id: int, kind: str, pattern: re.Pattern[str]) -> list[Item]:
    """Delete the user's items of ``kind`` whose text matches ``pattern``; returns them."""
    found = s.scalars(select(MemoryItemRow).where(
        MemoryItemRow.user_id == user_id, MemoryItemRow.kind == kind)).all()
    out = []
    for item in found:
        if pattern.search(item.text):
            out.append(Item(item.id, item.kind, item.text, item.source_id, item.created_at))
            s.delete(item)
    return out
