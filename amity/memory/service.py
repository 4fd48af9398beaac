"""LedgerMemory: the engine's long-term memory, and the ledger API the user controls.

For the engine (the ``Memory`` stage): ``remember`` writes facts with their source message
and indexes the turn; ``recall`` only reads: profile facts and hybrid-search hits for the
prompt; ``settle`` (after the reply) closes quiet sessions (episode summary, re-indexed turn
windows); ``opening``
(reads) returns the past dated event to ask about, or a birthday to wish, and
``followed_up`` marks it asked. For the user:
``list_facts``, ``history``, ``correct``, ``forget`` (leaves no trace of the text) and
``export``. Every method takes a user id and touches only that user's rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..store.models import MessageRow, User
from ..store.repo import Store
from ..types import Fact, FollowUp, MemoryHit, Message
from .episodes import SESSION_GAP, Turn, split_sessions, summarize, turn_windows
from .index import Encode, MemoryIndex, query_terms
from .ledger import LedgerEntry, active, add_fact, chain, entry, norm, render
from .models import EpisodeRow, FactRow, MemoryItemRow

REDACTED = "[forgotten]"
FOLLOW_UP_DAYS = 14


class LedgerMemory:
    def __init__(self, store: Store, encode: Encode | None = None, *, max_facts: int = 12,
                 max_hits: int = 6) -> None:
        self.store = store
        self.index = MemoryIndex(store, encode)
        self.max_facts = max_facts
        self.max_hits = max_hits

    # ---- engine stage --------------------------------------------------------------------
    def remember(self, user_id: int, message: Message, facts: Sequence[Fact],
                 now: datetime) -> None:
        with self.store.session() as s:
            for fact in facts:
                row, replaced = add_fact(s, user_id, fact, message.id, now)
                if row.times_confirmed == 1:
                    self.index.add(s, user_id, [("fact", row.text, row.id)], now)
                self.index.remove(s, user_id, "fact", [r.id for r in replaced])
            self.index.add(s, user_id, [("turn", f"[{now:%d %B %Y}] {message.content}",
                                         message.id)], now)

    def recall(self, user_id: int, text_: str, now: datetime) -> list[MemoryHit]:
        """Profile facts and search hits for the prompt. Reads only (``settle`` writes)."""
        with self.store.session() as s:
            facts = active(s, user_id)
            user = s.get(User, user_id)
        name = user.name if user else "User"
        terms = set(query_terms(text_))
        ranked = sorted(facts, key=lambda f: (
            -len(terms & set(query_terms(f"{f.subject} {f.predicate} {f.object}"))),
            -f.times_confirmed, -f.id))
        hits = [MemoryHit("fact", _named(f.text, name), 1.0, f.id)
                for f in ranked[: self.max_facts]]
        fact_ids = {f.id for f in ranked[: self.max_facts]}
        for hit in self.index.search(user_id, text_, k=self.max_hits * 2):
            if hit.kind == "fact" and hit.source_id in fact_ids:
                continue
            hits.append(MemoryHit(hit.kind, _named(hit.text, name), hit.score,  # type: ignore[arg-type]
                                  hit.source_id))
            if len(hits) >= self.max_facts + self.max_hits:
                break
        return hits

    def opening(self, user_id: int, now: datetime) -> FollowUp | None:
        """The dated event to ask about (it passed in the last two weeks and was not asked
        about), or today's birthday not yet wished this year. Reads only."""
        today = now.date()
        with self.store.session() as s:
            rows = s.scalars(select(FactRow).where(
                FactRow.user_id == user_id, FactRow.status == "active",
                FactRow.when.is_not(None)).order_by(FactRow.when.desc())).all()
            for row in rows:
                assert row.when is not None
                done_this_year = row.followed_up_at and row.followed_up_at.year == today.year
                if row.predicate == "birthday":
                    if (row.when.month, row.when.day) == (today.month, today.day) and \
                            not done_this_year:
                        return FollowUp("birthday", "birthday", row.id)
                elif row.followed_up_at is None and \
                        today - timedelta(days=FOLLOW_UP_DAYS) <= row.when < today:
                    return FollowUp(row.object, "event", row.id)
        return None

    def followed_up(self, user_id: int, follow_up: FollowUp, now: datetime) -> None:
        """Mark ``follow_up`` as asked, so it is asked once."""
        with self.store.session() as s:
            row = s.get(FactRow, follow_up.fact_id)
            if row is not None and row.user_id == user_id:
                row.followed_up_at = now

    def settle(self, user_id: int, now: datetime) -> None:
        """Upkeep after the reply is out: summarise and re-index sessions gone quiet."""
        self.close_sessions(user_id, now)

    # ---- sessions and episodes -------------------------------------------------------------
    def close_sessions(self, user_id: int, now: datetime, speaker: str = "User") -> int:
        """Summarise and re-index every session that has gone quiet; returns how many."""
        with self.store.session() as s:
            last = s.scalar(select(EpisodeRow.last_message_id).where(
                EpisodeRow.user_id == user_id).order_by(EpisodeRow.last_message_id.desc())
                .limit(1)) or 0
            rows = s.scalars(select(MessageRow).where(
                MessageRow.user_id == user_id, MessageRow.id > last,
                MessageRow.created_at < now - SESSION_GAP).order_by(MessageRow.id)).all()
            turns = [Turn(r.id, speaker if r.role == "user" else "Friend", r.content,
                          r.created_at, r.role == "user") for r in rows]
            conv = {r.id: r.conversation_id for r in rows}
            sessions = split_sessions(turns)
            if sessions and now - sessions[-1][-1].at <= SESSION_GAP:
                sessions.pop()
            for session_turns in sessions:
                self.write_session(s, user_id, conv[session_turns[0].message_id], session_turns)
        return len(sessions)

    def write_session(self, s: Session, user_id: int, conversation_id: int,
                      turns: Sequence[Turn], centres: str = "user") -> None:
        """Index a finished session: turn windows (replacing provisional turns) + summary."""
        ids = [t.message_id for t in turns]
        self.index.remove(s, user_id, "turn", ids)
        at = turns[-1].at
        self.index.add(s, user_id, [("turn", body, mid) for mid, body in
                                    turn_windows(turns, centres=centres)], at)
        summary = summarize(turns)
        episode = EpisodeRow(user_id=user_id, conversation_id=conversation_id,
                             first_message_id=ids[0], last_message_id=ids[-1],
                             summary=summary, started_at=turns[0].at, ended_at=at)
        s.add(episode)
        s.flush()
        if summary:
            self.index.add(s, user_id, [("episode", summary, episode.id)], at)

    # ---- the ledger ------------------------------------------------------------------------
    def list_facts(self, user_id: int, include_history: bool = False) -> list[LedgerEntry]:
        with self.store.session() as s:
            query = select(FactRow).where(FactRow.user_id == user_id)
            if not include_history:
                query = query.where(FactRow.status == "active")
            return [entry(r) for r in s.scalars(query.order_by(FactRow.id))]

    def history(self, user_id: int, fact_id: int) -> list[LedgerEntry]:
        with self.store.session() as s:
            rows = chain(s, user_id, fact_id)
            if not rows:
                raise NotFoundError(f"No memory {fact_id} for this user.")
            return [entry(r) for r in rows]

    def correct(self, user_id: int, fact_id: int, new_object: str, now: datetime
                ) -> LedgerEntry:
        """Replace a fact's value; the old version stays in its history as 'corrected'."""
        new_object = new_object.strip()
        if not new_object:
            raise NotFoundError("A correction needs the new value.")
        with self.store.session() as s:
            old = s.get(FactRow, fact_id)
            if old is None or old.user_id != user_id or old.status != "active":
                raise NotFoundError(f"No current memory {fact_id} for this user.")
            new = FactRow(user_id=user_id, subject=old.subject, predicate=old.predicate,
                          object=new_object, when=old.when, confidence=1.0,
                          text=render(old.subject, old.predicate, new_object, old.when),
                          source_message_id=None, source_span="corrected by the user",
                          status="active", times_confirmed=1, created_at=now, updated_at=now)
            s.add(new)
            s.flush()
            old.status, old.superseded_by, old.updated_at = "corrected", new.id, now
            self.index.remove(s, user_id, "fact", [old.id])
            self.index.add(s, user_id, [("fact", new.text, new.id)], now)
            return entry(new)

    def forget(self, user_id: int, fact_id: int) -> int:
        """Delete a fact, its history, vectors, full-text rows, the summaries that quoted
        it, and its words in the user's messages. Returns how many facts were removed."""
        with self.store.session() as s:
            rows = chain(s, user_id, fact_id)
            if not rows:
                raise NotFoundError(f"No memory {fact_id} for this user.")
            secrets = {r.object for r in rows} | {r.source_span for r in rows}
            secrets |= {w for r in rows for w in re.findall(r"\b[A-Z][\w'-]+", r.object)}
            secrets = {x for x in secrets if len(norm(x)) >= 3}
            about = [r for r in s.scalars(select(FactRow).where(FactRow.user_id == user_id))
                     if any(norm(x) in {norm(sec) for sec in secrets} for x in
                            (r.subject, r.object))]
            doomed = {r.id for r in rows} | {r.id for r in about}
            self.index.remove(s, user_id, "fact", sorted(doomed))
            s.execute(delete(FactRow).where(FactRow.user_id == user_id,
                                            FactRow.id.in_(sorted(doomed))))
            self._scrub(s, user_id, sorted(secrets, key=len, reverse=True))
        self._vacuum()
        return len(doomed)

    def _scrub(self, s: Session, user_id: int, secrets: list[str]) -> None:
        if not secrets:
            return
        pattern = re.compile("|".join(re.escape(x) for x in secrets), re.IGNORECASE)
        for row in s.scalars(select(MessageRow).where(MessageRow.user_id == user_id)):
            if pattern.search(row.content):
                row.content = pattern.sub(REDACTED, row.content)
        episodes = s.scalars(select(EpisodeRow).where(EpisodeRow.user_id == user_id)).all()
        for ep in episodes:
            if pattern.search(ep.summary):
                self.index.remove(s, user_id, "episode", [ep.id])
                ep.summary = pattern.sub(REDACTED, ep.summary)
                self.index.add(s, user_id, [("episode", ep.summary, ep.id)], ep.ended_at)
        items = s.scalars(select(MemoryItemRow).where(
            MemoryItemRow.user_id == user_id, MemoryItemRow.kind == "turn")).all()
        for item in items:
            if pattern.search(item.text):
                new_text = pattern.sub(REDACTED, item.text)
                s.delete(item)
                self.index.add(s, user_id, [("turn", new_text, item.source_id)],
                               item.created_at)
        self.index.purge_fulltext(s)

    def _vacuum(self) -> None:
        """Make deleted text unrecoverable from the database files too."""
        if self.store.engine.dialect.name == "sqlite":
            with self.store.engine.connect() as conn:
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
                conn.exec_driver_sql("VACUUM")
                conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))

    def export(self, user_id: int) -> Iterator[dict[str, object]]:
        """Facts (with history), episodes and messages as JSON-ready dicts."""
        for fact in self.list_facts(user_id, include_history=True):
            yield {"type": "fact", **fact.as_dict()}
        with self.store.session() as s:
            for ep in s.scalars(select(EpisodeRow).where(EpisodeRow.user_id == user_id)
                                .order_by(EpisodeRow.id)):
                yield {"type": "episode", "id": ep.id, "summary": ep.summary,
                       "started_at": ep.started_at.isoformat(),
                       "ended_at": ep.ended_at.isoformat()}
        for message, meta in self.store.messages(user_id):
            yield {"type": "message", "id": message.id, "conversation_id":
                   message.conversation_id, "role": message.role, "content": message.content,
                   "created_at": message.created_at.isoformat(), "meta": meta}


def _named(text_: str, name: str) -> str:
    return re.sub(r"\bUser\b", name, text_)
