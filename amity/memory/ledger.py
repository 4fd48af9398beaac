"""The facts ledger: add, confirm, supersede, correct and list a user's facts.

Rules: the same fact told twice is one fact confirmed twice; a new value of a single-valued
predicate (name, age, lives_in, ...) supersedes the old one, which is kept as history and
points at its successor; "dislikes X" supersedes "likes X" (and the reverse). Every row is
scoped by user id; the rows are read and written by ``amity.store.memory``, in the caller's
transaction. Knows nothing about retrieval or prompts beyond ``render``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..store import memory as rows_
from ..store.memory import LedgerEntry
from ..types import Fact

__all__ = ["MEMBER_PREDICATES", "LedgerEntry", "absorb_generic", "correct_fact", "current",
           "delete_facts", "facts_about", "is_user", "learn", "lines", "list_facts", "norm",
           "rename", "render", "say", "versions"]

SINGLE_VALUED = frozenset({
    "name", "age", "pronouns", "lives_in", "school", "grade", "job", "birthday", "species",
    "pet_name", "gender", "nationality", "relationship_status",
})
MEMBER_PREDICATES = frozenset(
    "has_pet has_sibling has_parent has_child has_partner has_relative has_friend".split())
OPPOSITES = {"likes": "dislikes", "dislikes": "likes", "loves": "hates", "hates": "loves"}

_TEMPLATES = {
    "name": "{poss} name is {o}",
    "age": "{s} is {o} years old",
    "pronouns": "{poss} pronouns are {o}",
    "lives_in": "{s} lives in {o}",
    "school": "{s} goes to school at {o}",
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


#: an event told as a doing ("coming home from college"), not an -ing thing ("wedding")
_DOING = re.compile(r"(?!(?:wedding|meeting|reading|hearing|painting|building|evening|outing|"
                    r"training|screening|fitting|gathering|spring|morning|thing|something|"
                    r"nothing|ring|king|swing|ceiling|fundraising|camping trip|"
                    r"bowling|skating|wrestling|swimming|boxing|fencing|rowing|curling)\b)"
                    r"[a-z]+ing\b", re.I)


USER_WORDS = frozenset({"user", "i", "me", "speaker"})


def is_user(subject: str) -> bool:
    """Whether a fact's subject is the user themselves ("user", "I", ...)."""
    return subject.lower() in USER_WORDS


def render(subject: str, predicate: str, obj: str, when: date | None = None,
           kind: str = "") -> str:
    """A short English sentence for a fact ("User's dog is called Biscuit"); ``kind`` is
    what a named member is ("dog", "best friend") when known."""
    s = "User" if is_user(subject) else subject
    poss = f"{s}'s" if not s.endswith("s") else f"{s}'"
    if predicate in MEMBER_PREDICATES and kind and not _generic(obj):
        return f"{poss} {kind} is called {obj.strip()}"
    if predicate == "relation":  # told with its owner, most often the user
        return f"{s} is User's {obj.strip()}"
    template = _TEMPLATES.get(predicate, "{s} " + predicate.replace("_", " ") + " {o}")
    if predicate == "event" and _DOING.match(obj.strip()):
        template = "{s} is {o}"  # "sister is coming home from college", not "has coming"
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
          now: datetime, kinds: dict[str, str] | None = None
          ) -> tuple[LedgerEntry, list[LedgerEntry]]:
    """Add ``fact``; returns (the fact, the facts it superseded). ``kinds``: what named
    members told in the same message are ("pickle" -> "dog"), for the fact's wording."""
    subject, predicate, obj = fact.subject.strip(), fact.predicate.strip(), fact.object.strip()
    active = current(session, user_id)
    same_subject = [r for r in active if norm(r.subject) == norm(subject)]
    for row in same_subject:
        if row.predicate == predicate and norm(row.object) == norm(obj) and row.when == fact.when:
            return rows_.confirm_fact(session, user_id, row.id, fact.confidence, now), []
    if predicate in MEMBER_PREDICATES:  # "I have a dog" when Pickle the dog is known
        known = _kinds(active)
        for row in same_subject:
            if row.predicate == predicate and _generic(obj) and \
                    norm(known.get(norm(row.object), "")).split()[-1:] == norm(obj).split()[-1:]:
                return rows_.confirm_fact(session, user_id, row.id, fact.confidence, now), []
    span = fact.source_text[fact.span[0]:fact.span[1]] if fact.span != (0, 0) else ""
    new = rows_.add_fact(
        session, user_id, subject=subject, predicate=predicate, obj=obj,
        text_=render(subject, predicate, obj, fact.when,
                     {**_kinds(active), **(kinds or {})}.get(norm(obj), "")),
        confidence=fact.confidence,
        when=fact.when, source_message_id=source_message_id, source_span=span or obj, now=now,
    )
    contradicted = [
        row.id for row in same_subject
        if (predicate in SINGLE_VALUED and row.predicate == predicate)
        or (OPPOSITES.get(predicate) == row.predicate and norm(row.object) == norm(obj))
        or _moved(row, predicate, obj, fact.when, now)
    ]
    return new, rows_.supersede_facts(session, user_id, contradicted, new.id, now)


def _moved(row: LedgerEntry, predicate: str, obj: str, when: date | None, now: datetime
           ) -> bool:
    """``row`` is the same plan, still ahead, told again with another date ("the
    tournament is sunday not saturday"): the plan moved (one passed stays: a weekly test)."""
    return predicate == "event" == row.predicate and _ends_alike(norm(row.object), norm(obj)) \
        and when is not None and row.when is not None and row.when != when and \
        row.when >= now.date()


def _ends_alike(one: str, other: str) -> bool:
    """One plan's name, or the other's ending it in two words or more ("the tea party got
    pushed to next wednesday" of "a spring tea party this friday"). Stricter than the
    follow-ups' ``service._same_plan`` (any name's words inside the other's), since a match
    here moves a plan's date: "party" does not move "birthday party"."""
    short, long_ = sorted((one, other), key=len)
    return one == other or len(short.split()) >= 2 and long_.endswith(f" {short}")


def _generic(obj: str) -> bool:
    """A member told without a name ("dog", "older sister", "best friend")."""
    return obj == obj.lower() and bool(norm(obj))


def _kinds(rows: list[LedgerEntry]) -> dict[str, str]:
    """Named pet or person (normalised) -> what it is ("dog", "best friend")."""
    return {norm(r.subject): r.object for r in rows if r.predicate in {"species", "relation"}}


def absorb_generic(session: Session, user_id: int, by: LedgerEntry, now: datetime
                   ) -> list[LedgerEntry]:
    """Once a member has a name, the nameless fact about it goes: (user, has_pet, dog) is
    superseded by (user, has_pet, Pickle) when Pickle is a dog. Returns what it replaced."""
    if by.predicate not in MEMBER_PREDICATES or _generic(by.object):
        return []
    active = current(session, user_id)
    kind = norm(_kinds(active).get(norm(by.object), "")).split()[-1:]
    if not kind:
        return []
    doomed = [r.id for r in active if r.id != by.id and r.predicate == by.predicate
              and norm(r.subject) == norm(by.subject) and _generic(r.object)
              and norm(r.object).split()[-1:] == kind]
    return rows_.supersede_facts(session, user_id, doomed, by.id, now)


def rename(session: Session, user_id: int, old: str, new: str, source_message_id: int | None,
           now: datetime) -> tuple[list[LedgerEntry], list[LedgerEntry]]:
    """ "his name is Biscuit, not Pickle": every active fact naming ``old`` is replaced by
    the same fact naming ``new``; (the new facts, the replaced ones). Nothing when no fact
    names ``old``."""
    added: list[LedgerEntry] = []
    replaced: list[LedgerEntry] = []
    rows = current(session, user_id)
    kinds = _kinds(rows)
    for row in rows:
        subject = new if norm(row.subject) == norm(old) else row.subject
        obj = new if norm(row.object) == norm(old) else row.object
        if (subject, obj) == (row.subject, row.object):
            continue
        fresh = rows_.add_fact(
            session, user_id, subject=subject, predicate=row.predicate, obj=obj,
            text_=render(subject, row.predicate, obj, row.when, kinds.get(norm(row.object), "")),
            confidence=row.confidence, when=row.when, source_message_id=source_message_id,
            source_span=new, now=now)
        added.append(fresh)
        replaced += rows_.supersede_facts(session, user_id, [row.id], fresh.id, now)
    return added, replaced


def _owners(rows: list[LedgerEntry]) -> dict[str, str]:
    """Named pet or person (normalised) -> whose it is ("user", "Maya")."""
    return {norm(r.object): r.subject for r in rows if r.predicate in MEMBER_PREDICATES}


def lines(entries: list[LedgerEntry]) -> list[str]:
    """Each entry as ``say`` words it, reading the other entries for names and kinds."""
    kinds, owners = _kinds(entries), _owners(entries)
    return [say(e, kinds, owners) for e in entries]


def say(entry: LedgerEntry, kinds: dict[str, str], owners: dict[str, str] | None = None
        ) -> str:
    """The fact as a friend would say it back to the user ("Your dog is called Pickle");
    ``kinds`` maps a named member to what it is, ``owners`` to whose it is."""
    s, p, o = entry.subject, entry.predicate, entry.object
    you = is_user(s)
    who = "you" if you else s
    your = "your" if you else (f"{s}'" if s.endswith("s") else f"{s}'s")
    kind = kinds.get(norm(o), "")
    if p in MEMBER_PREDICATES:
        if kind and not _generic(o):
            return f"{your.capitalize()} {kind} is called {o}"
        article = "" if o.endswith("s") else "an " if o[:1].lower() in "aeiou" else "a "
        return f"{who.capitalize()} {'have' if you else 'has'} {article}{o}"
    if p in {"species", "relation"}:
        owner = (owners or {}).get(norm(s))
        if owner is not None:
            mine = "your" if is_user(owner) else \
                f"{owner}'s"
            return f"{s} is {mine} {o}"
        return f"{s} is {'an' if o[:1].lower() in 'aeiou' else 'a'} {o}"
    verb3 = {"lives_in": ("live in", "lives in"), "hobby": ("like", "likes"),
             "likes": ("like", "likes"), "dislikes": ("don't like", "doesn't like"),
             "fears": ("are scared of", "is scared of"), "goal": ("want to", "wants to"),
             "from": ("are from", "is from"), "school": ("go to", "goes to"),
             "studies": ("study", "studies"), "job": ("work as", "works as"),
             "workplace": ("work at", "works at"), "owns": ("have", "has"),
             "is": ("are", "is"), "grade": ("are in", "is in")}
    if p in verb3:
        out = f"{who.capitalize()} {verb3[p][0 if you else 1]} {o}"
    elif p == "age":
        out = f"{who.capitalize()} {'are' if you else 'is'} {o}"
    elif p in {"name", "pronouns", "birthday"}:
        noun = {"name": "name", "pronouns": "pronouns", "birthday": "birthday"}[p]
        out = f"{your.capitalize()} {noun} {'are' if p == 'pronouns' else 'is'} {o}"
    elif p == "event":
        out = f"{who.capitalize()} {'have' if you else 'has'} {o}"
    else:
        return entry.text.replace("User's", "Your").replace("User", "You")
    if entry.when is not None and p != "birthday":
        out += f" on {entry.when:%A %d %B}"
    return out


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
    """The user's facts, each ``text`` worded as ``say`` words it ("Your dog is called
    Pickle"); the stored fields are as they were."""
    rows = rows_.facts(session, user_id, active_only=not include_history)
    active = [r for r in rows if r.status == "active"]
    kinds, owners = _kinds(active), _owners(active)
    return [replace(r, text=say(r, kinds, owners)) for r in rows]


def correct_fact(session: Session, user_id: int, fact_id: int, new_object: str,
                 now: datetime) -> tuple[int, LedgerEntry]:
    """Replace an active fact's value: (the old fact's id, the new fact). The old one stays
    as history, 'corrected', pointing at the new one."""
    old = rows_.fact(session, user_id, fact_id)
    if old is None or old.status != "active":
        raise NotFoundError(f"No current memory {fact_id} for this user.")
    new = rows_.add_fact(
        session, user_id, subject=old.subject, predicate=old.predicate, obj=new_object,
        text_=render(old.subject, old.predicate, new_object, old.when,
                     _kinds(current(session, user_id)).get(norm(old.object), "")),
        confidence=1.0,
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
