"""Memory in conversation: multi-session teen scripts played through the whole engine.

``run(data=None, limit=None, scripts=None)`` plays each script of ``scripts`` (default:
the held-out ``amity/evals/data/teen_memory.json``; ``memory_dev.json`` beside it is the
development set, for tuning) through ``Engine.respond`` with the default character
(Sunny, the voice on) and the full default stages (safety, emotion, facts, the ledger),
on a fresh SQLite database. The model is the scripted backend with one neutral line,
since memory answers and follow-ups come from the voice: a reply that is that line is
the voice staying silent.

A script: ``{"id", "sessions": [{"days_later", "turns": [...]}], "questions": [{"session",
"turn", "expect_any": [...]}], "followups": [{"session", "expect_any": [...]}],
"unknown": [{"session", "turn"}]}``. Session ``k`` starts at Monday 2 March 2026 16:00
UTC plus ``days_later``; its turns are a minute apart.

Reported: ``recall`` (share of questions whose reply holds one of ``expect_any``, case
folded), ``invented`` (replies to ``unknown`` questions, facts never told, that answer
from memory instead of saying Sunny doesn't know), ``wrong_answers`` (replies to recall
questions that answer from memory without the asked detail: a stale, off-target or wrong
memory), ``followups_made`` of ``followups_due`` (the first reply
of that session holds one of ``expect_any``), and ``misses``: every failed item with the
message and the reply.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..app import default_stages
from ..backends.scripted import ScriptedBackend
from ..config import Settings
from ..engine import Engine
from ..persona import CharacterLibrary
from ..store import repo as repo_
from ..store.repo import Store

DATA = Path(__file__).parent / "data"
HELD_OUT = DATA / "teen_memory.json"
DEV = DATA / "memory_dev.json"
START = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # a Monday, after school
MODEL_LINE = "haha ok tell me more!"


def _hit(reply: str, expect: Sequence[str]) -> bool:
    low = reply.lower()
    return any(word.lower() in low for word in expect)


@contextmanager
def _store_clock(at: datetime) -> Iterator[None]:
    """The engine stores its reply at the store's wall clock, not the engine's: in a
    simulated March 2026 the reply would be newer than the next session, which would then
    not start a new session. The store reads the simulated time while a turn runs."""
    saved = repo_.utcnow
    repo_.utcnow = lambda: at  # type: ignore[assignment]
    try:
        yield
    finally:
        repo_.utcnow = saved  # type: ignore[assignment]


def play(engine: Engine, script: dict[str, Any]) -> list[list[tuple[str, str, str]]]:
    """Every session's (message, reply, source) triples, in order."""
    user = f"teen_{script['id']}"
    # the age question is answered already (as on the sign-up page): a teen
    engine.store.update_profile(engine.store.user_id(user), age_band="teen",
                                age=int(script.get("age", 15)))
    out: list[list[tuple[str, str, str]]] = []
    for session in script["sessions"]:
        start = START + timedelta(days=session.get("days_later", 0))
        replies = []
        for k, text in enumerate(session["turns"]):
            at = start + timedelta(minutes=k)
            engine.clock = lambda at=at: at  # type: ignore[misc]
            with _store_clock(at):
                reply = engine.respond(user, text)
            replies.append((text, reply.text, reply.source))
        out.append(replies)
    return out


def score(script: dict[str, Any], played: list[list[tuple[str, str, str]]]
          ) -> dict[str, Any]:
    misses: list[dict[str, Any]] = []
    recalled = invented = wrong_answers = made = 0
    for q in script.get("questions", []):
        text, reply, source = played[q["session"]][q["turn"]]
        if _hit(reply, q["expect_any"]):
            recalled += 1
            continue
        wrong = source == "skill:memory"
        wrong_answers += wrong
        misses.append({"script": script["id"], "kind": "wrong" if wrong else "recall",
                       "message": text, "reply": reply, "source": source,
                       "expect_any": q["expect_any"]})
    for u in script.get("unknown", []):
        text, reply, source = played[u["session"]][u["turn"]]
        if source == "skill:memory":
            invented += 1
            misses.append({"script": script["id"], "kind": "invented", "message": text,
                           "reply": reply, "source": source})
    for f in script.get("followups", []):
        text, reply, source = played[f["session"]][0]
        if _hit(reply, f["expect_any"]):
            made += 1
        else:
            misses.append({"script": script["id"], "kind": "followup", "message": text,
                           "reply": reply, "source": source, "expect_any": f["expect_any"]})
    return {"questions": len(script.get("questions", [])), "recalled": recalled,
            "unknown": len(script.get("unknown", [])), "invented": invented,
            "wrong_answers": wrong_answers,
            "followups_due": len(script.get("followups", [])), "followups_made": made,
            "misses": misses}


@contextmanager
def scripted_engine() -> Iterator[Engine]:
    """The whole engine (Sunny, the default stages) on the scripted backend's one neutral
    line, over a fresh SQLite file that is gone when the block ends."""
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), backend="scripted")
        store = Store(settings.db_url())
        try:
            persona = CharacterLibrary(settings.home).get(settings.character)
            yield Engine(store, ScriptedBackend((MODEL_LINE,)), persona, settings,
                         default_stages(settings, store, persona))
        finally:
            store.close()


def play_one(script: dict[str, Any]) -> list[list[tuple[str, str, str]]]:
    """``play`` of one script on its own fresh ``scripted_engine``."""
    with scripted_engine() as engine:
        return play(engine, script)


def run(data: Path | None = None, limit: int | None = None,
        scripts: Path | None = None) -> dict[str, Any]:
    """Play the scripts (see the module doc) and report recall, invented, follow-ups."""
    path = Path(scripts) if scripts else HELD_OUT
    items = json.loads(path.read_text(encoding="utf-8"))[:limit]
    totals: dict[str, Any] = {"questions": 0, "recalled": 0, "unknown": 0, "invented": 0,
                              "wrong_answers": 0,
                              "followups_due": 0, "followups_made": 0, "misses": []}
    with scripted_engine() as engine:
        for script in items:
            got = score(script, play(engine, script))
            for key, value in got.items():
                totals[key] += value
    n = max(1, totals["questions"])
    return {"scripts": path.name, "conversations": len(items),
            "recall": round(totals["recalled"] / n, 4), **totals}
