"""The conversation-level memory eval: scoring, and one dev script through the engine."""

from __future__ import annotations

import json
from pathlib import Path

from amity.evals import EVALS
from amity.evals.conversation_memory import DEV, HELD_OUT, run, score


def test_scoring_counts_recall_invented_and_followups() -> None:
    script = {"id": "x", "questions": [{"session": 1, "turn": 1, "expect_any": ["pickle"]},
                                       {"session": 1, "turn": 2, "expect_any": ["tara"]}],
              "unknown": [{"session": 1, "turn": 3}],
              "followups": [{"session": 1, "expect_any": ["driving"]}]}
    played = [[], [("hey", "how did the driving test go?!", "skill:followup"),
                   ("whats my dog called", "Pickle! 🐶", "skill:memory"),
                   ("best friend?", "your friend is Jo", "skill:memory"),
                   ("middle name?", "you're Ann", "skill:memory")]]
    got = score(script, played)
    assert (got["recalled"], got["invented"], got["wrong_answers"], got["followups_made"]) \
        == (1, 1, 1, 1)
    assert {m["kind"] for m in got["misses"]} == {"invented", "wrong"}


def test_the_eval_is_registered_and_plays_a_dev_script(tmp_path: Path) -> None:
    assert "conversation-memory" in EVALS and HELD_OUT.exists()
    one = tmp_path / "one.json"
    one.write_text(json.dumps(json.loads(DEV.read_text())[:1]))
    got = run(None, scripts=one)
    assert got["questions"] == 2 and got["followups_due"] == 1
    assert got["followups_made"] == 1 and got["invented"] == 0
