"""The `amity` command as a user runs it, in subprocesses with a temporary home."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

AMITY = [sys.executable, "-m", "amity"]


def run(args: list[str], home: Path, stdin: bytes | None = None, **env: str
        ) -> subprocess.CompletedProcess[bytes]:
    environ = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    environ.update({"AMITY_HOME": str(home), "AMITY_BACKEND": "scripted", **env})
    return subprocess.run(AMITY + args, input=stdin, capture_output=True, env=environ,
                          timeout=120)


def test_one_turn_prints_the_reply_and_remembers(tmp_path: Path) -> None:
    out = run(["chat", "--user", "sam", "--message", "hi! i'm Sam"], tmp_path)
    assert out.returncode == 0, out.stderr
    printed = out.stdout.decode().strip()
    assert "Hi! 😊" in printed  # the model's reply, between the first-message disclosure...
    assert "I'm an AI" in printed and "how old are you" in printed  # ...and the age question
    db = sqlite3.connect(tmp_path / "amity.db")
    rows = db.execute("select role, content from messages order by id").fetchall()
    assert rows == [("user", "hi! i'm Sam"), ("assistant", printed)]


def test_empty_and_huge_messages_exit_2_with_a_message(tmp_path: Path) -> None:
    empty = run(["chat", "--user", "sam", "--message", "   "], tmp_path)
    assert empty.returncode == 2 and b"empty" in empty.stderr
    huge = run(["chat", "--user", "sam", "--message", "x" * 100_000], tmp_path)
    assert huge.returncode == 2 and b"limit" in huge.stderr


def test_piped_stdin_with_invalid_utf8_and_control_chars(tmp_path: Path) -> None:
    out = run(["chat", "--user", "sam"], tmp_path, stdin=b"hello \xff\xfe there\x01\n\n/quit\n")
    assert out.returncode == 0, out.stderr
    db = sqlite3.connect(tmp_path / "amity.db")
    users = [r[0] for r in db.execute("select content from messages where role='user'")]
    assert users == ["hello \ufffd\ufffd there"]


def test_history_and_reset_commands(tmp_path: Path) -> None:
    run(["chat", "--user", "sam", "-m", "first message"], tmp_path)
    out = run(["chat", "--user", "sam"], tmp_path, stdin=b"/reset\nsecond\n/quit\n")
    assert out.returncode == 0
    db = sqlite3.connect(tmp_path / "amity.db")
    convs = db.execute("select count(*) from conversations").fetchone()[0]
    assert convs == 2


def test_unknown_character_and_corrupt_card(tmp_path: Path) -> None:
    out = run(["chat", "--user", "sam", "-m", "hi", "--character", "nobody"], tmp_path)
    assert out.returncode == 1 and b"No character named 'nobody'" in out.stderr
    bad = tmp_path / "bad.json"
    bad.write_text("{broken")
    out = run(["characters", "import", str(bad)], tmp_path)
    assert out.returncode == 2 and b"not valid JSON" in out.stderr


def test_characters_import_list_export(tmp_path: Path) -> None:
    card = {"spec": "chara_card_v2", "spec_version": "2.0",
            "data": {"name": "Pip", "description": "robot pal", "personality": "bubbly"}}
    src = tmp_path / "pip.json"
    src.write_text(json.dumps(card))
    assert run(["characters", "import", str(src)], tmp_path).returncode == 0
    listed = run(["characters", "list"], tmp_path).stdout.decode()
    assert "pip" in listed and "sunny" in listed
    exported = json.loads(run(["characters", "export", "pip"], tmp_path).stdout)
    assert exported["data"]["name"] == "Pip" and exported["spec"] == "chara_card_v2"
    chat = run(["chat", "--user", "sam", "-m", "hey", "--character", "pip"], tmp_path)
    assert chat.returncode == 0


def test_missing_model_file_names_the_path(tmp_path: Path) -> None:
    out = run(["chat", "--user", "sam", "-m", "hi", "--backend", "local", "--model",
               str(tmp_path / "nope.gguf")], tmp_path)
    assert out.returncode == 1
    assert b"Model file not found" in out.stderr and b"nope.gguf" in out.stderr
    fake = tmp_path / "fake.gguf"
    fake.write_bytes(b"not a model at all")
    out = run(["chat", "--user", "sam", "-m", "hi", "--backend", "local", "--model", str(fake)],
              tmp_path)
    assert out.returncode == 1 and b"is not a GGUF model file" in out.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_is_reported(tmp_path: Path) -> None:
    run(["chat", "--user", "sam", "-m", "hi"], tmp_path)
    for p in tmp_path.iterdir():
        p.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        out = run(["chat", "--user", "sam", "-m", "again"], tmp_path)
    finally:
        tmp_path.chmod(0o755)
    assert out.returncode == 1 and b"read-only" in out.stderr


def test_read_only_database_via_sqlite_uri(tmp_path: Path) -> None:
    run(["chat", "--user", "sam", "-m", "hi"], tmp_path)
    url = f"sqlite:///file:{tmp_path / 'amity.db'}?mode=ro&uri=true"
    out = run(["chat", "--user", "sam", "-m", "again"], tmp_path, DATABASE_URL=url)
    assert out.returncode == 1 and b"read-only" in out.stderr, out.stderr


def test_locked_database_is_reported(tmp_path: Path) -> None:
    run(["chat", "--user", "sam", "-m", "hi"], tmp_path)
    holder = sqlite3.connect(tmp_path / "amity.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        out = run(["chat", "--user", "sam", "-m", "locked?"], tmp_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert out.returncode == 1 and b"locked" in out.stderr, out.stderr


def test_kill_9_mid_reply_keeps_the_user_message(tmp_path: Path) -> None:
    script = (
        "import sys; from amity import *; from amity.app import build_engine\n"
        "s = Settings(backend='scripted')\n"
        # sentences: the first is shown while the rest is still coming (a reply with no
        # full stop is shown only when it is whole, and then stored at once: a race)
        "e = build_engine(s, backend=ScriptedBackend(['One two. Three four. Five six.'], "
        "delay=2),"
        " stages=Stages())\n"
        "e.respond('sam', 'do not lose me', on_event=lambda k, t: print(k, flush=True))\n"
    )
    env = {**os.environ, "AMITY_HOME": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"saved"  # the message is stored
    assert proc.stdout.readline().strip() == b"token"  # generation has started
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    time.sleep(0.1)
    db = sqlite3.connect(tmp_path / "amity.db")
    rows = db.execute("select role, content from messages").fetchall()
    assert rows == [("user", "do not lose me")]


def test_piped_replies_each_start_a_line(tmp_path: Path) -> None:
    out = run(["chat", "--user", "sam"], tmp_path, stdin=b"hi sunny\nwhats up\n/quit\n")
    assert out.returncode == 0, out.stderr
    starts = [line for line in out.stdout.decode().splitlines() if line.startswith("Sunny: ")]
    assert len(starts) == 3  # the greeting and one reply to each message, none run together
