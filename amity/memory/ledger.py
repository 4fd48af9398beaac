"""The facts ledger: add, confirm, supersede, correct and list a user's facts.

Rules: the same fact told twice is one fact confirmed twice; a new value of a single-valued
predicate (name, age, lives_in, ...) supersedes the old one, which is kept as history and
points at its successor; "dislikes X" supersedes "likes X" (and the reverse). Every row is
scoped by user id; the rows are read and written by ``amity.store.memory``, in the caller's
transaction. Knows nothing about retrieval or prompts beyond ``render``.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..store import memory as rows_
from ..store.memory import LedgerEntry
from ..types import Fact

__all__ = ["LedgerEntry", "correct_fact", "current", "delete_facts", "facts_about", "learn",
           "list_facts", "norm", "render", "versions"]

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


def current(session: Session, user_id: int) -> list[LedgerEntry]:
    """The user's active facts, oldest first."""
    return rows_.facts(session, user_id, active_only=True)


def learn(session: Session, user_id: int, fact: Fact, source_message_id: int | None,
          now: datetime) -> tuple[LedgerEntry, list[LedgerEntry]]:
    """Add ``fact``; returns (the fact, the facts it superseded)."""
    subject, predicate, obj = fact.subject.strip(), fact.predicate.strip(), fact.object.strip()
    same_subject = [r for r in current(session, user_id) if norm(r.subject) == norm(subject)]
    for row in same_subject:
        if row.predicate == predicate and norm(row.object) == norm(obj) and row.when == fact.when:
            return rows_.confirm_fact(session, user_id, row.id, fact.confidence, now), []
    span = fact.source_text[fact.span[0]:fact.span[1]] if fact.span != (0, 0) else ""
    new = rows_.add_fact(
        session, user_id, subject=subject, predicate=predicate, obj=obj,
        text_=render(subject, predicate, obj, fact.when), confidence=fact.confidence,
        when=fact.when, source_message_id=source_message_id, source_span=span or obj, now=now,
    )
    contradicted = [
        row.id for row in same_subject
        if (predicate in SINGLE_VALUED and row.predicate == predicate)
        or (OPPOSITES.get(predicate) == row.predicate and norm(row.object) == norm(obj))
    ]
    return new, rows_.supersede_facts(session, user_id, contradicted, new.id, now)


def versions(session: Session, user_id: int, fact_id: int) -> list[LedgerEntry]:
    """The fact and every earlier version that led to it, oldest first."""
    rows = {r.id: r for r in rows_.facts(session, user_id)}
    if fact_id not in rows:
        return []
    out, frontier = [rows[fact_id]], {fact_id}
    while frontier:
        previous = [r for r in rows.values() if r.superseded_by in frontier and r not in out]
        out.extend(previous)
        frontier = {r.id for r in previous}
    return sorted(out, key=lambda r: r.id)


def list_facts(session: Session, user_id: int, include_history: bool = False
               ) -> list[LedgerEntry]:
    return rows_.facts(session, user_id, active_only=not include_history)


def correct_fact(session: Session, user_id: int, fact_id: int, new_object: str,
                 now: datetime) -> tuple[int, LedgerEntry]:
    """Replace an active fact's value: (the old fact's id, the new fact). The old one stays
    as history, 'corrected', pointing at the new one."""
    old = rows_.fact(session, user_id, fact_id)
    if old is None or old.status != "active":
        raise NotFoundError(f"No current memory {fact_id} for this user.")
    new = rows_.add_fact(
        session, user_id, subject=old.subject, predicate=old.predicate, obj=new_object,
        text_=render(old.subject, old.predicate, new_object, old.when), confidence=1.0,
        when=old.when, source_message_id=None, source_span="corrected by the user", now=now,
    )
    rows_.supersede_facts(session, user_id, [old.id], new.id, now, status="corrected")
    return old.id, new


def facts_about(session: Session, user_id: int, words: set[str]) -> list[int]:
    """Ids of the user's facts whose subject or object is one of ``words`` (normalised)."""
    wanted = {norm(w) for w in words}
    return [r.id for r in rows_.facts(session, user_id)
            if any(norm(x) in wanted for x in (r.subject, r.object))]


def delete_facts(session: Session, user_id: int, ids: list[int]) -> None:
    rows_.delete_facts(session, user_id, ids)
