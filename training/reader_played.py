"""Training pairs for the memory reader as it reads at run time: scripts played through the
whole engine.

Contract: ``reads(scripts)`` plays each script (the conversation-memory format,
``amity/evals/conversation_memory.py``) through ``Engine.respond`` with the default stages
on a fresh SQLite database, the memory reader wrapped so that every call is kept:
``Read(script, session, turn, query, texts)`` for each recall question and never-told
question that recall read (the texts are what ``recall._read`` gives the reader: the
user's clauses, their short messages whole and after the message before, the turns and
episode lines memory found, and the ledger's facts in the first person). ``pairs(reads,
scripts, negatives, rng)`` labels them as ``reader_data.pairs`` does (a text holding one of
``expect_any`` is a positive; a never-told question gives negatives only; all positives and
at most ``negatives`` negatives, half sharing most words with the question). ``main``
writes the pairs as JSON lines for ``train_reader.py --pairs``:

    PYTHONPATH=.:training python training/reader_played.py \
        --scripts training/reader/train_*.json amity/evals/data/memory_dev.json \
        --out runs/played.jsonl

Torch-free. A question recall never read (no memory question, nothing said yet) gives no
pair: the reader is never asked it.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
from reader_data import Pair, _holds, _pick, _words, contrasts, load

from amity.app import default_stages
from amity.backends.scripted import ScriptedBackend
from amity.config import Settings
from amity.engine import Engine
from amity.evals.conversation_memory import MODEL_LINE, START, _store_clock
from amity.persona import CharacterLibrary
from amity.store.repo import Store
from amity.voice.reader import default_reader


@dataclass(frozen=True)
class Read:
    script: str
    session: int
    turn: int
    query: str
    texts: tuple[str, ...]


def _asked(script: dict[str, Any]) -> dict[tuple[int, int], list[str]]:
    out = {(q["session"], q["turn"]): q["expect_any"] for q in script.get("questions", [])}
    out |= {(u["session"], u["turn"]): [] for u in script.get("unknown", [])}
    return out


def reads(scripts: Sequence[dict[str, Any]]) -> list[Read]:
    """Every reader call made on a script's asked turns (the last one, if several)."""
    if len({sc["id"] for sc in scripts}) != len(scripts):
        raise SystemExit("script ids repeat: each Read is labelled by its script's id")
    reader = default_reader()
    if reader is None:
        raise SystemExit("the shipped reader is missing: run from a full checkout")
    calls: list[tuple[str, tuple[str, ...]]] = []

    def record(query: str, texts: Sequence[str]) -> np.ndarray:
        calls.append((query, tuple(texts)))
        return reader.logits(query, texts)

    out: list[Read] = []
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), backend="scripted")
        store = Store(settings.db_url())
        try:
            persona = CharacterLibrary(settings.home).get(settings.character)
            stages = default_stages(settings, store, persona)
            stages.voice.read_memory = record  # type: ignore[attr-defined]
            engine = Engine(store, ScriptedBackend((MODEL_LINE,)), persona, settings, stages)
            for script in scripts:
                user = f"teen_{script['id']}"
                engine.store.update_profile(engine.store.user_id(user), age_band="teen",
                                            age=int(script.get("age", 15)))
                asked = _asked(script)
                for s, session in enumerate(script["sessions"]):
                    start = START + timedelta(days=session.get("days_later", 0))
                    for t, text in enumerate(session["turns"]):
                        at = start + timedelta(minutes=t)
                        engine.clock = lambda at=at: at  # type: ignore[misc]
                        calls.clear()
                        with _store_clock(at):
                            engine.respond(user, text)
                        if (s, t) in asked and calls:
                            out.append(Read(script["id"], s, t, *calls[-1]))
        finally:
            store.close()
    return out


def pairs(got: Sequence[Read], scripts: Sequence[dict[str, Any]], negatives: int,
          rng: random.Random, contrast: int = 0) -> list[Pair]:
    expects = {(sc["id"], s, t): e for sc in scripts for (s, t), e in _asked(sc).items()}
    rows: list[Pair] = []
    for r in got:
        expect = expects[(r.script, r.session, r.turn)]
        texts = list(dict.fromkeys(r.texts))
        pos = [c for c in texts if expect and _holds(c, expect)]
        neg = [c for c in texts if c not in pos]
        rows += [Pair(r.query, c, 1.0, r.script) for c in pos]
        rows += [Pair(r.query, c, 0.0, r.script)
                 for c in _pick(neg, negatives, _words(r.query), rng)]
        if contrast:
            rows += contrasts(r.query, pos, expect, r.script, rng, contrast)
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scripts", type=Path, nargs="+", required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--negatives", type=int, default=12)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--contrast", type=int, default=0,
                    help="positives a question also given with the answer cut out")
    args = ap.parse_args(argv)
    scripts = load(args.scripts)
    rows = pairs(reads(scripts), scripts, args.negatives, random.Random(args.seed),
                 args.contrast)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(asdict(row)) + "\n")
    print(f"{len(rows)} pairs ({sum(r.label for r in rows):.0f} positive) -> {args.out}")


if __name__ == "__main__":
    main()
