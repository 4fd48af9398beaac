"""Character cards: V1/V2/V3 JSON and PNG import, export round trip, and every bad file."""

from __future__ import annotations

import base64
import contextlib
import json
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amity import CharacterCardError, CharacterLibrary, NotFoundError, load_card, to_card
from amity.persona import parse_card

V2 = {"spec": "chara_card_v2", "spec_version": "2.0",
      "data": {"name": "Pip", "description": "A cheerful robot.", "first_mes": "Beep!",
               "personality": "bubbly", "extensions": {"x": 1}}}


def _png_with(chunks: dict[str, bytes]) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    out = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
    for key, value in chunks.items():
        out += chunk(b"tEXt", key.encode() + b"\x00" + value)
    return out + chunk(b"IEND", b"")


def test_sunny_ships_as_a_v2_card(tmp_path: Path) -> None:
    sunny = CharacterLibrary(tmp_path).get("Sunny")
    card = to_card(sunny)
    assert card["spec"] == "chara_card_v2"
    assert "AI" in card["data"]["description"]
    assert sunny.fill("hi {{user}}, I'm {{char}}", "Sam") == "hi Sam, I'm Sunny"


def test_v2_v3_and_v1_cards_load(tmp_path: Path) -> None:
    v3 = {"spec": "chara_card_v3", "spec_version": "3.0",
          "data": {**V2["data"], "nickname": "Pippy", "group_only_greetings": []}}
    v1 = {"name": "Old", "description": "v1 card", "first_mes": "hey"}
    for i, card in enumerate((V2, v3, v1)):
        path = tmp_path / f"c{i}.json"
        path.write_text(json.dumps(card))
        assert load_card(path).name == card.get("data", card)["name"]
    assert load_card(tmp_path / "c1.json").model_dump()["nickname"] == "Pippy"


def test_png_cards_load(tmp_path: Path) -> None:
    path = tmp_path / "pip.png"
    path.write_bytes(_png_with({"chara": base64.b64encode(json.dumps(V2).encode())}))
    assert load_card(path).name == "Pip"
    empty = tmp_path / "plain.png"
    empty.write_bytes(_png_with({}))
    with pytest.raises(CharacterCardError, match="no character card"):
        load_card(empty)


def test_import_then_export_round_trips(tmp_path: Path) -> None:
    src = tmp_path / "pip.json"
    src.write_text(json.dumps(V2))
    lib = CharacterLibrary(tmp_path / "home")
    lib.import_card(src)
    assert "pip" in lib.all()
    assert to_card(lib.get("pip"))["data"] == {**to_card(parse_card(V2))["data"]}
    assert to_card(lib.get("pip"))["data"]["extensions"] == {"x": 1}


@pytest.mark.parametrize(("content", "message"), [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2]", "must be a JSON object"),
    (b'{"spec": "chara_card_v9", "data": {}}', "unknown card format"),
    (b'{"spec": "chara_card_v2", "data": {"name": ""}}', "invalid field 'name'"),
    (b'{"spec": "chara_card_v2"}', "no 'data' object"),
])
def test_corrupt_cards_get_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CharacterCardError, match=message):
        load_card(path)


def test_missing_card_and_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(CharacterCardError, match="No character card at"):
        load_card(tmp_path / "nope.json")
    with pytest.raises(NotFoundError, match="Known characters: sunny"):
        CharacterLibrary(tmp_path).get("nobody")


@given(st.dictionaries(st.text(max_size=10), st.one_of(st.text(), st.integers(), st.none())))
def test_parse_card_never_crashes_unexpectedly(raw: dict) -> None:
    with contextlib.suppress(CharacterCardError):
        parse_card(raw)
