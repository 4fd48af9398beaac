"""Run the held-out teen conversations through the whole engine and write the transcripts.

    python scripts/transcripts.py --out runs/new.json [--limit N] [--set KEY=VALUE ...]

Each conversation of ``amity/evals/data/teen_conversations.json`` gets its own fresh
database. The teen answers the age question first (not part of the transcript), then says
each scripted message one minute apart; a later session starts ``days_later`` days after
Monday 2 March 2026, 16:00 (UTC). Settings come from the environment (``AMITY_*``) and
``--set`` (e.g. ``--set best_of=1``), so any build or configuration can be compared on the
same scenarios. Writes a JSON list: per conversation its id, title and turns (session,
index, user, reply, source, seconds, recall flag). Uses only ``build_engine``,
``Settings``, ``Engine.respond`` and ``Engine.clock``, so older builds run it too.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from amity.app import build_engine
from amity.config import Settings

DATA = Path(__file__).resolve().parents[1] / "amity" / "evals" / "data"
START = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def run(conversation: dict, overrides: dict[str, str]) -> dict:
    recall = {tuple(r) for r in conversation.get("recall", [])}
    user = conversation.get("name", "sam").lower()
    turns = []
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), seed=7, **overrides)  # type: ignore[arg-type]
        engine = build_engine(settings)
        clock = {"now": START - timedelta(minutes=5)}
        engine.clock = lambda: clock["now"]
        engine.respond(user, "hi")
        clock["now"] += timedelta(seconds=30)
        engine.respond(user, f"i'm {conversation.get('age', 15)}")
        for s, session in enumerate(conversation["sessions"]):
            clock["now"] = START + timedelta(days=session["days_later"])
            for t, text in enumerate(session["turns"]):
                began = time.perf_counter()
                reply = engine.respond(user, text)
                turns.append({"session": s, "index": t, "user": text, "reply": reply.text,
                              "source": getattr(reply, "source", "model"),
                              "seconds": round(time.perf_counter() - began, 3),
                              "recall": (s, t) in recall})
                clock["now"] += timedelta(minutes=1)
        engine.store.close()
        engine.backend.close()
    return {"id": conversation["id"], "title": conversation["title"], "turns": turns}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--data", type=Path, default=DATA / "teen_conversations.json")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--only", nargs="*", help="conversation ids")
    ap.add_argument("--set", nargs="*", default=[], help="settings as KEY=VALUE")
    args = ap.parse_args()
    overrides = dict(item.split("=", 1) for item in args.set)
    conversations = json.loads(args.data.read_text(encoding="utf-8"))
    if args.only:
        conversations = [c for c in conversations if c["id"] in args.only]
    out = []
    for conversation in conversations[: args.limit]:
        out.append(run(conversation, overrides))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        secs = [t["seconds"] for t in out[-1]["turns"]]
        print(f"{conversation['id']}: {len(secs)} turns, {sum(secs):.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
