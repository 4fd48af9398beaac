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
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from ..errors import NotFoundError
from ..export import message_records
from ..nlp.question import focus
from ..store import SESSION_GAP, erase
from ..store import memory as rows_
from ..store.repo import Store
from ..types import Fact, FollowUp, MemoryHit, Message
from .cancel import calls_off, cancelled
from .episodes import Turn, split_sessions, summarize, turn_windows
from .index import Encode, MemoryIndex
from .ledger import (
    MEMBER_PREDICATES,
    LedgerEntry,
    absorb_generic,
    correct_fact,
    current,
    delete_facts,
    facts_about,
    is_user,
    learn,
    list_facts,
    norm,
    rename,
    versions,
)
from .pointed import points_back
from .redate import redated
from .terms import query_terms

REDACTED = "[forgotten]"
FOLLOW_UP_DAYS = 14
#: a trip lasts days or weeks: asked about on the first visit within a month of its start
#: ("we leave in 2 weeks", then "back from mexico!!" 17 days after)
TRIP_DAYS = 31
_TRIP = re.compile(r"\b(?:trip|vacation|holiday|holidays|travel|cruise|visiting|camp)\b", re.I)
ALSO = 3  # plans asked after the first one in a visit's first reply


def _whose(subject: str) -> str:
    """Whose plan a fact's subject says, as said to the user: "" for the user's own, "your
    dad" for "user's dad", "Renata" for a name, "your mom's boyfriend" for "user's mom's
    boyfriend"; "" for anything else."""
    if is_user(subject):
        return ""
    kin = re.fullmatch(r"(?:user|User)'s ([a-z]+(?:'s [a-z]+)?)", subject)
    if kin:
        return f"your {kin.group(1)}"  # ("user's mom's boyfriend": "your mom's boyfriend")
    return subject[:1].upper() + subject[1:] if re.fullmatch(r"[A-Za-z][a-z'-]+", subject) \
        else ""


def _today_told_before(row: rows_.DatedFact, today: date) -> bool:
    """A plan dated today that the user told about on an earlier day."""
    return row.when == today and row.told_at is not None and row.told_at.date() < today


#: the hits of the message a pronoun question points back to, read after its own
POINTED = 6
_ASKING_PART = re.compile(r"[?!.,;]|\s+(?:i wanna|i want to|i need to|im trying|cuz|bc|because)\b")


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
            kinds = {norm(f.subject): f.object for f in facts
                     if f.predicate in {"species", "relation"}}
            for fact in facts:
                if fact.predicate == "name" and norm(fact.subject) not in {"user", ""} \
                        and fact.subject[:1].isupper():
                    # "his name is Biscuit, not Pickle": every fact naming Pickle moves over
                    added, replaced = rename(s, user_id, fact.subject, fact.object,
                                             message.id, now)
                    if added:
                        self.index.add(s, user_id, [("fact", r.text, r.id) for r in added],
                                       now)
                        self.index.remove(s, user_id, "fact", [r.id for r in replaced])
                        continue
                row, replaced = learn(s, user_id, fact, message.id, now, kinds)
                if row.times_confirmed == 1:
                    self.index.add(s, user_id, [("fact", row.text, row.id)], now)
                self.index.remove(s, user_id, "fact", [r.id for r in replaced])
            for fact in facts:  # "Pickle" the dog replaces the nameless "dog"
                if fact.predicate in {"species", "relation"}:
                    owner = next((f for f in facts if norm(f.object) == norm(fact.subject)
                                  and f.predicate in MEMBER_PREDICATES), None)
                    row_ = next((r for r in current(s, user_id) if owner is not None
                                 and r.predicate == owner.predicate
                                 and norm(r.subject) == norm(owner.subject)
                                 and norm(r.object) == norm(owner.object)), None)
                    if row_ is not None:
                        gone = absorb_generic(s, user_id, row_, now)
                        self.index.remove(s, user_id, "fact", [r.id for r in gone])
            # "nvm coach just cancelled wednesday": the match is off, not asked after; else a
            # date put right moves a plan (a plan named is learn's to move)
            if not self._cancel(s, user_id, message, now) and \
                    not any(f.when is not None for f in facts):
                self._redate(s, user_id, message, now)
            self.index.add(s, user_id, [("turn", f"[{now:%d %B %Y}] {message.content}",
                                         message.id)], now)

    def _redate(self, s: Session, user_id: int, message: Message, now: datetime) -> None:
        """"i had the date wrong, its the 21st not the 14th": the plan moves (``redate``)."""
        plans = [r for r in current(s, user_id) if r.predicate == "event" and r.when]
        found = redated(message.content, plans, now)
        if found is None:
            return
        plan, day = found
        moved = Fact(plan.subject, "event", plan.object, when=day, source_text=message.content)
        new, replaced = learn(s, user_id, moved, message.id, now)
        self.index.add(s, user_id, [("fact", new.text, new.id)], now)
        self.index.remove(s, user_id, "fact", [r.id for r in replaced])

    def _cancel(self, s: Session, user_id: int, message: Message, now: datetime) -> bool:
        """"the party got cancelled": the plan leaves the ledger's plans (``cancel``), kept in
        its history as "cancelled"; returns whether one did."""
        if not calls_off(message.content):
            return False  # (no plan read for a message that calls nothing off)
        plans = [r for r in current(s, user_id) if r.predicate == "event" and r.when]
        plan = cancelled(message.content, plans, now, message.id)
        if plan is None:
            return False
        rows_.supersede_facts(s, user_id, [plan.id], None, now, status="cancelled")
        self.index.remove(s, user_id, "fact", [plan.id])
        return True

    def recall(self, user_id: int, text_: str, now: datetime,
               before: str = "") -> list[MemoryHit]:
        """Profile facts and search hits for the prompt, then, for a question whose "he" or
        "she" points back to someone ``before`` names (``pointed``), up to ``POINTED`` hits
        of ``before`` ("how old did i say he was?" after a question about the grandpa: his
        "hes 78" is read, not only the dog's "hes a 10 yr old dachshund"). Reads only
        (``settle`` writes)."""
        hits = self._recall(user_id, text_)
        if (pointed := points_back(text_, before)) is not None:
            seen = {(h.kind, h.text) for h in hits}
            hits += [h for h in self._recall(user_id, pointed, with_facts=False)
                     if (h.kind, h.text) not in seen][:POINTED]
        return hits

    def _recall(self, user_id: int, text_: str, with_facts: bool = True) -> list[MemoryHit]:
        with self.store.session() as s:
            facts = current(s, user_id)
            name = rows_.user_name(s, user_id) or "User"
        asked = focus(text_)  # "whats our band name again" out of a longer story
        query = text_ if asked == text_ else f"{asked} {text_}"
        terms = set(query_terms(asked))
        ranked = sorted(facts, key=lambda f: (
            -len(terms & set(query_terms(f"{f.subject} {f.predicate} {f.object}"))),
            -f.times_confirmed, -f.id))
        hits = [MemoryHit("fact", _named(f.text, name), 1.0, f.id)
                for f in ranked[: self.max_facts]] if with_facts else []
        fact_ids = {f.id for f in ranked[: self.max_facts]}
        # the asking part alone too ("where is lucía from", not "...i wanna make sure i spell
        # it right in the diary", whose words find the diary): a few more hits after the rest
        core = _ASKING_PART.split(asked, maxsplit=1)[0].strip()
        extra = [] if len(core.split()) < 2 or core == query else \
            self.index.search(user_id, core, k=self.max_hits)
        seen: set[tuple[str, int | None, str]] = set()
        main = self.index.search(user_id, query, k=self.max_hits * 2)
        for k, hit in enumerate([*main, *extra]):
            key = (hit.kind, hit.source_id, hit.text)
            if hit.kind == "fact" and hit.source_id in fact_ids or key in seen:
                continue
            if len(hits) >= self.max_facts + self.max_hits + (
                    self.max_hits // 2 if k >= len(main) else 0):
                continue
            seen.add(key)
            hits.append(MemoryHit(hit.kind, _named(hit.text, name), hit.score,  # type: ignore[arg-type]
                                  hit.source_id))
        return hits

    def opening(self, user_id: int, now: datetime) -> FollowUp | None:
        """The dated event to ask about (it passed in the last two weeks and was not asked
        about since; or it is today and was told on an earlier day: "isn't the X today?"),
        today's birthday not yet wished this year, or one (the user's or a friend's) that
        passed.
        Reads only."""
        today = now.date()
        with self.store.session() as s:
            facts = sorted(rows_.dated_facts(s, user_id), key=lambda f: f.when, reverse=True)
        due: list[FollowUp] = []
        for row in facts:
            done_this_year = row.followed_up_at and row.followed_up_at.year == today.year
            days = TRIP_DAYS if row.predicate == "event" and _TRIP.search(row.object) else \
                FOLLOW_UP_DAYS
            passed = today - timedelta(days=days) <= row.when < today
            if row.predicate == "birthday":
                if is_user(row.subject) and not done_this_year and \
                        (row.when.month, row.when.day) == (today.month, today.day):
                    return FollowUp("birthday", "birthday", row.id)
                if not done_this_year and passed:  # "how was your / freya's birthday?"
                    whose = "your" if is_user(row.subject) else \
                        re.sub(r"^(?:user|User)'s ", "your ", row.subject) + "'s"
                    due.append(FollowUp(f"{whose} birthday", "event", row.id))
            elif not any(_same_plan(f.event, row.object) for f in due):
                # "isn't the show today?" asked on the day does not ask how it went
                asked_after = row.followed_up_at is not None and \
                    row.followed_up_at.date() > row.when
                whose = _whose(row.subject)
                if passed and not asked_after:
                    due.append(FollowUp(row.object, "event", row.id, when=row.when,
                                        whose=whose))
                elif row.followed_up_at is None and _today_told_before(row, today):
                    due.append(FollowUp(row.object, "today", row.id, when=row.when,
                                        whose=whose))
        if not due:
            return None
        # the newest first; up to ``ALSO`` more plans that passed too are asked after it (one
        # left out waits for the next visit, while it is still within FOLLOW_UP_DAYS)
        return replace(due[0], also=tuple(due[1:ALSO + 1]))

    def followed_up(self, user_id: int, follow_up: FollowUp, now: datetime) -> None:
        """Mark ``follow_up`` as asked, so it is asked once."""
        asked = (follow_up, *follow_up.also)
        with self.store.session() as s:
            for due in asked:
                if due.fact_id is not None:
                    rows_.mark_followed_up(s, user_id, due.fact_id, now)
            for row in rows_.dated_facts(s, user_id):  # the same plan told twice: asked too
                if row.followed_up_at is None and row.predicate != "birthday" and \
                        row.when < now.date() and any(_same_plan(d.event, row.object)
                                                       for d in asked if d.kind == "event"):
                    rows_.mark_followed_up(s, user_id, row.id, now)

    def settle(self, user_id: int, now: datetime) -> None:
        """Upkeep after the reply is out: summarise and re-index sessions gone quiet."""
        self.close_sessions(user_id, now)

    # ---- sessions and episodes -------------------------------------------------------------
    def close_sessions(self, user_id: int, now: datetime, speaker: str = "User") -> int:
        """Summarise and re-index every session that has gone quiet; returns how many."""
        with self.store.session() as s:
            last = rows_.last_episode_end(s, user_id)
            rows = rows_.messages_between(s, user_id, last, now - SESSION_GAP)
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
        episode = rows_.add_episode(s, user_id, conversation_id, ids[0], ids[-1], summary,
                                    turns[0].at, at)
        if summary:
            self.index.add(s, user_id, [("episode", summary, episode)], at)

    # ---- the ledger ------------------------------------------------------------------------
    def list_facts(self, user_id: int, include_history: bool = False) -> list[LedgerEntry]:
        with self.store.session() as s:
            return list_facts(s, user_id, include_history)

    def history(self, user_id: int, fact_id: int) -> list[LedgerEntry]:
        with self.store.session() as s:
            rows = versions(s, user_id, fact_id)
            if not rows:
                raise NotFoundError(f"No memory {fact_id} for this user.")
            erase.begin_erase(s)
            return rows

    def correct(self, user_id: int, fact_id: int, new_object: str, now: datetime
                ) -> LedgerEntry:
        """Replace a fact's value; the old version stays in its history as 'corrected'."""
        new_object = new_object.strip()
        if not new_object:
            raise NotFoundError("A correction needs the new value.")
        with self.store.session() as s:
            old_id, new = correct_fact(s, user_id, fact_id, new_object, now)
            self.index.remove(s, user_id, "fact", [old_id])
            self.index.add(s, user_id, [("fact", new.text, new.id)], now)
            return new

    def forget(self, user_id: int, fact_id: int) -> int:
        """Delete a fact, its history, vectors, full-text rows, the summaries that quoted
        it, and its words in the user's messages. Returns how many facts were removed."""
        with self.store.session() as s:
            rows = versions(s, user_id, fact_id)
            if not rows:
                raise NotFoundError(f"No memory {fact_id} for this user.")
            erase.begin_erase(s)
            secrets = {r.object for r in rows} | {r.source_span for r in rows}
            secrets |= {w for r in rows for w in re.findall(r"\b[A-Z][\w'-]+", r.object)}
            secrets = {x for x in secrets if len(norm(x)) >= 3}
            doomed = {r.id for r in rows} | set(facts_about(s, user_id, secrets))
            self.index.remove(s, user_id, "fact", sorted(doomed))
            delete_facts(s, user_id, sorted(doomed))
            self._scrub(s, user_id, sorted(secrets, key=len, reverse=True))
            erase.forget_fulltext(s)
        erase.drop_old_pages(self.store)  # no whole-database VACUUM: see amity.store.erase
        return len(doomed)

    def _scrub(self, s: Session, user_id: int, secrets: list[str]) -> None:
        if not secrets:
            return
        pattern = re.compile("|".join(re.escape(x) for x in secrets), re.IGNORECASE)
        rows_.redact_messages(s, user_id, pattern, REDACTED)
        for ep in rows_.redact_episodes(s, user_id, pattern, REDACTED):
            self.index.remove(s, user_id, "episode", [ep.id])
            self.index.add(s, user_id, [("episode", ep.summary, ep.id)], ep.ended_at)
        for item in rows_.take_items(s, user_id, "turn", pattern):
            self.index.add(s, user_id, [("turn", pattern.sub(REDACTED, item.text),
                                         item.source_id)], item.created_at)

    def export(self, user_id: int) -> Iterator[dict[str, object]]:
        """Facts (with history), episodes and messages as JSON-ready dicts."""
        for fact in self.list_facts(user_id, include_history=True):
            yield {"type": "fact", **fact.as_dict()}
        with self.store.session() as s:
            episodes = rows_.episodes(s, user_id)
        for ep in episodes:
            yield {"type": "episode", "id": ep.id, "summary": ep.summary,
                   "started_at": ep.started_at.isoformat(), "ended_at": ep.ended_at.isoformat()}
        for record in message_records(self.store, user_id):
            yield {"type": "message", **record}


def _named(text_: str, name: str) -> str:
    return re.sub(r"\bUser\b", name, text_)


def _same_plan(a: str, b: str) -> bool:
    """Two names of one plan: the words of one all in the other ("the close" and "closing
    shift", told again after a correction); "math test" and "history test" are two."""
    def words(x: str) -> set[str]:
        return {w[:4] for w in re.findall(r"[a-z]+", x.lower()) if len(w) > 2
                and w not in {"the", "my", "your", "first", "big", "next"}}
    wa, wb = words(a), words(b)
    return bool(wa and wb) and (wa <= wb or wb <= wa)
