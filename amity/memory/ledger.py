"""The facts ledger: add, confirm, supersede, correct and list a user's facts.

Rules: the same fact told twice is one fact confirmed twice; a new value of a single-valued
predicate (name, age, lives_in, ...) supersedes the old one, which is kept as history and
points at its successor; "dislikes X" supersedes "likes X" (and the reverse). Every row is
scoped by user id. Knows nothing about retrieval or prompts beyond ``render``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..store.models import FactRow
from ..types import Fact

SINGLE_VALUED = frozenset({
    "name", "age", "pronouns", "lives_in", "school", "grade", "job", "birthday", "species",
    "pet_name", "gender", "nationality", "relationship_status",
})
OPPOSITES = {"likes": "dislikes", "dislikes": "likes", "loves": "hates", "hates": "loves"}

_TEMPLATES = {
    "name": "{poss} name is {o}",
    "age": "{s} is {o} years old",
    "pronouns": "{poss} pronouns are {o}",
    "lives_in": "{s} lives in {o}",
    "school": "{s} goes to {o}",
    "grade": "{s} is in {o}",
    "job": "{s} works as {o}",
    "likes": "{s} likes {o}",
    "loves": "{s} loves {o}",
    "dislikes": "{s} dislikes {o}",
    "hates": "{s} hates {o}",
    "hobby": "{s} enjoys {o}",
    "goal": "{s} wants to {o}",
    "has_pet": "{s} has a pet: {o}",
    "pet_name": "{poss} name is {o}",
    "species": "{s} is a {o}",
    "has_sibling": "{s} has a sibling: {o}",
    "has_parent": "{s} has a parent: {o}",
    "has_child": "{s} has a child: {o}",
    "has_partner": "{s} has a partner: {o}",
    "has_relative": "{s} has a relative: {o}",
    "has_friend": "{s} has a friend: {o}",
    "birthday": "{poss} birthday is {o}",
    "event": "{s} has {o}",
}


def render(subject: str, predicate: str, obj: str, when: date | None = None) -> str:
    """A short English sentence for a fact ("User's dog is called Biscuit")."""
    s = "User" if subject.lower() in {"user", "i", "me", "speaker"} else subject
    poss = f"{s}'s" if not s.endswith("s") else f"{s}'"
    template = _TEMPLATES.get(predicate, "{s} " + predicate.replace("_", " ") + " {o}")
    out = template.format(s=s, poss=poss, o=obj.strip())
    if when is not None and predicate != "birthday":
        out += f" on {when:%A %d %B %Y}"
    return out


def norm(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", value.lower()).strip()


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


def entry(row: FactRow) -> LedgerEntry:
    return LedgerEntry(
        id=row.id, text=row.text, subject=row.subject, predicate=row.predicate,
        object=row.object, status=row.status, confidence=row.confidence,
        times_confirmed=row.times_confirmed, source_message_id=row.source_message_id,
        source_span=row.source_span, when=row.when, created_at=row.created_at,
        updated_at=row.updated_at, superseded_by=row.superseded_by,
    )


def active(session: Session, user_id: int) -> list[FactRow]:
    return list(session.scalars(select(FactRow).where(
        FactRow.user_id == user_id, FactRow.status == "active").order_by(FactRow.id)))


def add_fact(session: Session, user_id: int, fact: Fact, source_message_id: int | None,
             now: datetime) -> tuple[FactRow, list[FactRow]]:
    """Add ``fact``; returns (the fact row, the rows it superseded)."""
    subject, predicate, obj = fact.subject.strip(), fact.predicate.strip(), fact.object.strip()
    current = [r for r in active(session, user_id) if norm(r.subject) == norm(subject)]
    for row in current:
        if row.predicate == predicate and norm(row.object) == norm(obj) and row.when == fact.when:
            row.times_confirmed += 1
            row.confidence = max(row.confidence, fact.confidence)
            row.updated_at = now
            return row, []
    span = fact.source_text[fact.span[0]:fact.span[1]] if fact.span != (0, 0) else ""
    new = FactRow(
        user_id=user_id, subject=subject, predicate=predicate, object=obj,
        text=render(subject, predicate, obj, fact.when), confidence=fact.confidence,
        when=fact.when, source_message_id=source_message_id, source_span=span or obj,
        status="active", times_confirmed=1, created_at=now, updated_at=now,
    )
    session.add(new)
    session.flush()
    replaced: list[FactRow] = []
    for row in current:
        contradicts = (
            (predicate in SINGLE_VALUED and row.predicate == predicate)
            or (OPPOSITES.get(predicate) == row.predicate and norm(row.object) == norm(obj))
        )
        if contradicts:
            row.status = "superseded"
            row.superseded_by = new.id
            row.updated_at = now
            replaced.append(row)
    return new, replaced


def chain(session: Session, user_id: int, fact_id: int) -> list[FactRow]:
    """The fact and every earlier version that led to it, oldest first."""
    rows = {r.id: r for r in session.scalars(select(FactRow).where(FactRow.user_id == user_id))}
    if fact_id not in rows:
        return []
    out, frontier = [rows[fact_id]], {fact_id}
    while frontier:
        previous = [r for r in rows.values() if r.superseded_by in frontier and r not in out]
        out.extend(previous)
        frontier = {r.id for r in previous}
    return sorted(out, key=lambda r: r.id)


# the ledger as plain entries (what the memory service uses) ----------------------------------
def current(session: Session, user_id: int) -> list[LedgerEntry]:
    """The user's active facts, oldest first."""
    return [entry(r) for r in active(session, user_id)]


def learn(session: Session, user_id: int, fact: Fact, source_message_id: int | None,
          now: datetime) -> tuple[LedgerEntry, list[LedgerEntry]]:
    """``add_fact`` as entries: (the fact, the facts it superseded)."""
    row, replaced = add_fact(session, user_id, fact, source_message_id, now)
    return entry(row), [entry(r) for r in replaced]


def versions(session: Session, user_id: int, fact_id: int) -> list[LedgerEntry]:
    """``chain`` as entries: the fact and its earlier versions, oldest first."""
    return [entry(r) for r in chain(session, user_id, fact_id)]


def list_facts(session: Session, user_id: int, include_history: bool = False
               ) -> list[LedgerEntry]:
    query = select(FactRow).where(FactRow.user_id == user_id)
    if not include_history:
        query = query.where(FactRow.status == "active")
    return [entry(r) for r in session.scalars(query.order_by(FactRow.id))]


def correct_fact(session: Session, user_id: int, fact_id: int, new_object: str,
                 now: datetime) -> tuple[int, LedgerEntry]:
    """Replace an active fact's value: (the old fact's id, the new fact). The old one stays
    as history, 'corrected', pointing at the new one."""
    old = session.get(FactRow, fact_id)
    if old is None or old.user_id != user_id or old.status != "active":
        raise NotFoundError(f"No current memory {fact_id} for this user.")
    new = FactRow(user_id=user_id, subject=old.subject, predicate=old.predicate,
                  object=new_object, when=old.when, confidence=1.0,
                  text=render(old.subject, old.predicate, new_object, old.when),
                  source_message_id=None, source_span="corrected by the user",
                  status="active", times_confirmed=1, created_at=now, updated_at=now)
    session.add(new)
    session.flush()
    old.status, old.superseded_by, old.updated_at = "corrected", new.id, now
    return old.id, entry(new)


def facts_about(session: Session, user_id: int, words: set[str]) -> list[int]:
    """Ids of the user's facts whose subject or object is one of ``words`` (normalised)."""
    wanted = {norm(w) for w in words}
    return [r.id for r in session.scalars(select(FactRow).where(FactRow.user_id == user_id))
            if any(norm(x) in wanted for x in (r.subject, r.object))]


def delete_facts(session: Session, user_id: int, ids: list[int]) -> None:
    session.execute(delete(FactRow).where(FactRow.user_id == user_id, FactRow.id.in_(ids)))
