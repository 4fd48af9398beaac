"""The `amity` command prints user data as plain text: Rich markup and terminal escapes in
card names, facts, replies and errors neither crash it nor reach the terminal, and a
deeply nested card is a clear error, not a traceback (issue 15, findings 6 and 7)."""

from __future__ import annotations

import base64
import json
import struct
import zlib
from datetime import UTC, datetime
from pathlib import Path

from test_cli import run

from amity import Fact, Settings, Store
from amity.memory import LedgerMemory

HOSTILE = "[/bold] Evil[red] \x1b[31mred\x1b[0m \x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\"


def _card(name: str) -> dict[str, object]:
    return {"spec": "chara_card_v2", "spec_version": "2.0",
            "data": {"name": name, "description": "robot pal", "personality": "[bold]x"}}


def _clean(out: bytes) -> str:
    text = out.decode()
    assert "\x1b" not in text and "\x9b" not in text and "\x9d" not in text, repr(text)
    return text


def test_a_card_name_with_markup_and_escapes_imports_and_lists(tmp_path: Path) -> None:
    src = tmp_path / "evil.json"
    src.write_text(json.dumps(_card(HOSTILE)))
    imported = run(["characters", "import", str(src)], tmp_path, TERM="xterm")
    assert imported.returncode == 0, imported.stderr
    assert "[/bold] Evil[red]" in _clean(imported.stdout)
    listed = run(["characters", "list"], tmp_path)
    assert listed.returncode == 0, listed.stderr
    shown = _clean(listed.stdout)
    assert "[/bold] Evil[red]" in shown and "sunny" in shown and "[bold]x" in shown


def test_memory_list_and_show_print_facts_verbatim(tmp_path: Path) -> None:
    store = Store(Settings(home=tmp_path).db_url())
    uid = store.user_id("sam")
    msg = store.add_message(uid, store.conversation(uid, "sunny"), "user", "my dog is Rex")
    LedgerMemory(store).remember(uid, msg, [Fact("user", "has_pet", HOSTILE,
                                                 source_text=msg.content, span=(0, 6))],
                                 datetime.now(UTC))
    store.close()
    for args in (["memory", "list", "--user", "sam"], ["memory", "show", "--user", "sam", "1"]):
        out = run(args, tmp_path)
        assert out.returncode == 0, out.stderr
        assert "[/bold]" in _clean(out.stdout)


def test_an_error_message_with_markup_is_printed_verbatim(tmp_path: Path) -> None:
    out = run(["chat", "--user", "sam", "-m", "hi", "--character", "[/bold]x\x1b[2J"],
              tmp_path)
    assert out.returncode == 1 and "Traceback" not in out.stderr.decode()
    assert "[/bold]x" in _clean(out.stderr)


def _png(chunk: bytes) -> bytes:
    def part(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body)))
    return b"\x89PNG\r\n\x1a\n" + part(b"tEXt", b"chara\x00" + chunk) + part(b"IEND", b"")


def test_a_deeply_nested_card_is_a_clear_error(tmp_path: Path) -> None:
    deep = '{"name": "x", "extensions": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (tmp_path / "deep.json").write_text(deep)
    (tmp_path / "deep.png").write_bytes(_png(base64.b64encode(deep.encode())))
    for name in ("deep.json", "deep.png"):
        out = run(["characters", "import", str(tmp_path / name)], tmp_path)
        err = out.stderr.decode()
        assert out.returncode == 2 and "Traceback" not in err, err
        assert "nested more than" in err
