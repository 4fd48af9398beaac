"""Where recall's misses come from: for each recall question of conversation-memory sets the
engine (scripted backend) answers wrongly, was the expected detail among the clauses recall
read (``in_said``: the rules chose wrong or gave up), only in an earlier user message the
memory search did not return (``in_hist_not_said``), nowhere, or was recall never asked
(``no_call``: the question was not read as a memory question)?

    PYTHONPATH=. python scripts/recall_reach.py amity/evals/data/memory_dev23.json ...

Session 61 on memory_dev23-26 (the start code): 68 in_said, 2 in_hist_not_said, 14 no_call,
0 nowhere.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from amity.evals import conversation_memory as cm
from amity.voice import recall

_READ: dict[str, list[Any]] = {}
_sayings = recall.sayings


def _spy(*args: Any, **kwargs: Any) -> Any:
    out = _sayings(*args, **kwargs)
    _READ.setdefault("said", []).extend(out)
    return out


def main(paths: list[str]) -> None:
    recall.sayings = _spy  # type: ignore[assignment]
    totals = {"ok": 0, "in_said": 0, "in_hist_not_said": 0, "nowhere": 0, "no_call": 0}
    for path in paths:
        for script in json.loads(Path(path).read_text(encoding="utf-8")):
            asked = {(q["session"], q["turn"]): q for q in script.get("questions", [])}
            with cm.scripted_engine() as engine:
                user = f"teen_{script['id']}"
                engine.store.update_profile(engine.store.user_id(user), age_band="teen",
                                            age=int(script.get("age", 15)))
                past: list[str] = []
                for si, session in enumerate(script["sessions"]):
                    start = cm.START + cm.timedelta(days=session.get("days_later", 0))
                    for k, text in enumerate(session["turns"]):
                        at = start + cm.timedelta(minutes=k)
                        engine.clock = lambda at=at: at  # type: ignore[misc]
                        _READ.clear()
                        with cm._store_clock(at):
                            reply = engine.respond(user, text)
                        if (q := asked.get((si, k))) is not None:
                            expect = q["expect_any"]
                            read = [f"{s.text} {s.line or ''}" for s in _READ.get("said", [])]
                            where = "ok" if cm._hit(reply.text, expect) else \
                                "no_call" if "said" not in _READ else \
                                "in_said" if any(cm._hit(t, expect) for t in read) else \
                                "in_hist_not_said" if any(cm._hit(t, expect) for t in past) \
                                else "nowhere"
                            totals[where] += 1
                            if where != "ok":
                                print(where, script["id"], repr(text[:90]), "->",
                                      repr(reply.text[:60]), expect[:3])
                        past.append(text)
    print(totals)


if __name__ == "__main__":
    main(sys.argv[1:])
