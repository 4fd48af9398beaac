"""`amity memory ...` as a user runs it: list, show, correct, forget, export."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from amity import Fact, Settings, Store
from amity.memory import LedgerMemory


def amity(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["AMITY_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "amity", "memory", *args], env=env,
                          capture_output=True, text=True, timeout=120)


def seed(home: Path) -> None:
    store = Store(Settings(home=home).db_url())
    mem = LedgerMemory(store)
    uid = store.user_id("sam")
    msg = store.add_message(uid, store.conversation(uid, "sunny"), "user",
                            "my dog is called Biscuit")
    mem.remember(uid, msg, [Fact("user", "has_pet", "a dog named Biscuit",
                                 source_text=msg.content, span=(0, len(msg.content)))],
                 datetime.now(UTC))
    store.close()


def test_list_correct_show_export_forget(tmp_path: Path) -> None:
    seed(tmp_path)
    listed = amity(tmp_path, "list", "--user", "sam")
    assert listed.returncode == 0 and "Biscuit" in listed.stdout
    assert "my dog is called Biscuit" in listed.stdout  # where it came from
    fixed = amity(tmp_path, "correct", "--user", "sam", "1", "a dog named Biscuit Jr")
    assert fixed.returncode == 0 and "Biscuit Jr" in fixed.stdout
    shown = amity(tmp_path, "show", "--user", "sam", "2")
    assert "corrected" in shown.stdout and "active" in shown.stdout
    out = tmp_path / "me.jsonl"
    assert amity(tmp_path, "export", "--user", "sam", "--out", str(out)).returncode == 0
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert records[0]["type"] == "character" and records[0]["card"]["data"]["name"] == "Sunny"
    assert {r["type"] for r in records} == {"character", "fact", "message"}
    gone = amity(tmp_path, "forget", "--user", "sam", "2")
    assert gone.returncode == 0 and "Forgotten" in gone.stdout
    assert "Biscuit" not in amity(tmp_path, "export", "--user", "sam").stdout


def test_unknown_user_and_memory_get_clear_errors(tmp_path: Path) -> None:
    seed(tmp_path)
    nobody = amity(tmp_path, "list", "--user", "nobody")
    assert nobody.returncode == 1 and "No user named 'nobody'" in nobody.stderr
    missing = amity(tmp_path, "forget", "--user", "sam", "999")
    assert missing.returncode == 1 and "No memory 999" in missing.stderr
