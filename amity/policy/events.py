"""Safety events: what the operator may see of a safety decision (category, action, time).

Contract: ``SafetyEvents(store).record(user_id, category, action, at)`` adds one row;
``recent(...)`` and ``counts(...)`` read them back for the operator. A row holds no message
text, no reply and no verdict span: only which user, which category ("self_harm",
"abuse", "sexual", "romantic", "prompt_injection", "prompt_leak", "human_claim",
"under_13", ...), which action ("crisis_reply", "refused", "output_blocked", ...) and
when. Nothing here sends anything anywhere: the rows stay in the local database. Rows go
with their user (``ON DELETE CASCADE``).

The ``SafetyEventRow`` model is on ``amity.store.models.Base``; migration 0003 creates it.
Knows nothing about policies, models or prompts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, select
from sqlalchemy.orm import Mapped, mapped_column

from ..store.models import Base, User, UTCDateTime, utcnow
from ..store.repo import Store


class SafetyEventRow(Base):
    __tablename__ = "safety_events"
    __table_args__ = (Index("ix_safety_events_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    category: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


@dataclass(frozen=True)
class SafetyEvent:
    id: int
    user: str
    category: str
    action: str
    at: datetime


class SafetyEvents:
    """The safety events table of one database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, user_id: int, category: str, action: str, at: datetime | None = None
               ) -> None:
        with self.store.session() as s:
            s.add(SafetyEventRow(user_id=user_id, category=category[:32], action=action[:32],
                                 created_at=at or utcnow()))

    def recent(self, *, since: datetime | None = None, user_id: int | None = None,
               limit: int = 100) -> list[SafetyEvent]:
        """The newest events first (optionally since a time, or of one user)."""
        query = (select(SafetyEventRow, User.name).join(User, User.id == SafetyEventRow.user_id)
                 .order_by(SafetyEventRow.id.desc()).limit(limit))
        if since is not None:
            query = query.where(SafetyEventRow.created_at >= since)
        if user_id is not None:
            query = query.where(SafetyEventRow.user_id == user_id)
        with self.store.session() as s:
            return [SafetyEvent(r.id, name, r.category, r.action, r.created_at)
                    for r, name in s.execute(query).all()]

    def counts(self, *, since: datetime | None = None) -> dict[str, int]:
        """How many events of each ``category/action`` (for an operator's summary)."""
        query = select(SafetyEventRow.category, SafetyEventRow.action)
        if since is not None:
            query = query.where(SafetyEventRow.created_at >= since)
        with self.store.session() as s:
            return dict(Counter(f"{c}/{a}" for c, a in s.execute(query).all()))
