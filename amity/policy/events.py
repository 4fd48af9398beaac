"""Safety events: what the operator may see of a safety decision (category, action, time).

Contract: ``SafetyEvents(store).record(user_id, category, action, at)`` adds one row;
``recent(...)`` and ``counts(...)`` read them back for the operator. A row holds no message
text, no reply and no verdict span: only which user, which category ("self_harm",
"abuse", "sexual", "romantic", "prompt_injection", "prompt_leak", "human_claim",
"under_13", ...), which action ("crisis_reply", "refused", "output_blocked", ...) and
when. Nothing here sends anything anywhere: the rows stay in the local database. Rows go
with their user.

A thin facade over ``Store.record_event``, ``Store.events`` and ``Store.event_counts``;
the table (``SafetyEventRow``) is declared in ``amity.store.models``, migration 0003.
Knows nothing about policies, models or prompts.
"""

from __future__ import annotations

from datetime import datetime

from ..store.repo import SafetyEvent, Store

__all__ = ["SafetyEvent", "SafetyEvents"]


class SafetyEvents:
    """The safety events of one database."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, user_id: int, category: str, action: str, at: datetime | None = None
               ) -> None:
        self.store.record_event(user_id, category, action, at)

    def recent(self, *, since: datetime | None = None, user_id: int | None = None,
               limit: int = 100) -> list[SafetyEvent]:
        """The newest events first (optionally since a time, or of one user)."""
        return self.store.events(since=since, user_id=user_id, limit=limit)

    def counts(self, *, since: datetime | None = None) -> dict[str, int]:
        """How many events of each ``category/action`` (for an operator's summary)."""
        return self.store.event_counts(since=since)
