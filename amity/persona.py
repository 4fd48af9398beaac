"""Personas as Character Cards (V1, V2 and V3 JSON, and PNG cards carrying them).

``load_card(path)`` reads a card file and returns a validated ``Persona``; ``to_card(persona)``
writes Character Card V2 JSON (the format SillyTavern and the card ecosystem read), keeping
unknown fields under ``extensions`` so a round trip loses nothing. ``CharacterLibrary`` lists
the built-in characters (shipped in ``amity/characters``) and those the user imported into
``<home>/characters``. This module knows nothing about prompts or models.
"""

from __future__ import annotations

import base64
import json
import re
import struct
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import CharacterCardError, NotFoundError

MAX_CARD_BYTES = 5_000_000


class Persona(BaseModel):
    """The character a companion plays (the ``data`` block of a V2/V3 card)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    personality: str = ""
    scenario: str = ""
    first_mes: str = ""
    mes_example: str = ""
    creator_notes: str = ""
    system_prompt: str = ""
    post_history_instructions: str = ""
    alternate_greetings: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    creator: str = ""
    character_version: str = ""
    extensions: dict[str, Any] = Field(default_factory=dict)

    @property
    def slug(self) -> str:
        return slugify(self.name)

    def fill(self, text: str, user: str) -> str:
        """Replace the card macros ``{{char}}`` and ``{{user}}``."""
        return re.sub(r"\{\{\s*char\s*\}\}", self.name, re.sub(r"\{\{\s*user\s*\}\}", user, text,
                      flags=re.I), flags=re.I)


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "character"


def parse_card(raw: Any, source: str = "card") -> Persona:
    """Validate a decoded card object (V1 flat, V2 or V3) into a Persona."""
    if not isinstance(raw, dict):
        raise CharacterCardError(f"{source}: a character card must be a JSON object.")
    spec = raw.get("spec")
    if spec in ("chara_card_v2", "chara_card_v3"):
        data = raw.get("data")
        if not isinstance(data, dict):
            raise CharacterCardError(f"{source}: '{spec}' card has no 'data' object.")
    elif spec is None and "name" in raw:
        data = raw  # V1: the fields sit at the top level
    else:
        raise CharacterCardError(
            f"{source}: unknown card format (spec={spec!r}); expected Character Card V1, V2 or V3."
        )
    try:
        return Persona.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CharacterCardError(f"{source}: invalid field '{where}': {first['msg']}.") from None


def _png_card_json(blob: bytes, source: str) -> Any:
    """The JSON a PNG card carries in its 'ccv3' or 'chara' tEXt chunk (base64)."""
    pos, found = 8, {}
    while pos + 8 <= len(blob):
        (length,) = struct.unpack(">I", blob[pos : pos + 4])
        kind = blob[pos + 4 : pos + 8]
        body = blob[pos + 8 : pos + 8 + length]
        if kind == b"tEXt" and b"\x00" in body:
            key, _, value = body.partition(b"\x00")
            found[key.decode("latin-1").lower()] = value
        pos += 12 + length
    value = found.get("ccv3") or found.get("chara")
    if value is None:
        raise CharacterCardError(f"{source}: this PNG has no character card inside.")
    try:
        text = base64.b64decode(value).decode("utf-8")
    except (ValueError, UnicodeDecodeError) as exc:
        raise CharacterCardError(f"{source}: the card in this PNG is corrupt ({exc}).") from None
    try:
        return _shallow_json(text, source)
    except json.JSONDecodeError as exc:
        raise CharacterCardError(f"{source}: the card in this PNG is corrupt ({exc}).") from None


MAX_CARD_DEPTH = 32


def _shallow_json(text: str, source: str) -> Any:
    """``json.loads``, refusing a document nested deeper than MAX_CARD_DEPTH (a card is a
    few levels deep; a deep one would exhaust the stack here or later)."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:  # brackets outside strings, before the parser recurses on them
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > MAX_CARD_DEPTH:
                raise CharacterCardError(
                    f"{source}: the card is nested more than {MAX_CARD_DEPTH} levels deep.")
        elif char in "]}":
            depth -= 1
    return json.loads(text)


def load_card(path: Path) -> Persona:
    """Read a card file (.json or .png) with a clear error for every way it can be wrong."""
    if not path.is_file():
        raise CharacterCardError(f"No character card at {path}: check the path.")
    size = path.stat().st_size
    if size > MAX_CARD_BYTES:
        raise CharacterCardError(f"{path}: {size:,} bytes is too large for a character card.")
    blob = path.read_bytes()
    if blob.startswith(b"\x89PNG\r\n\x1a\n"):
        return parse_card(_png_card_json(blob, str(path)), str(path))
    try:
        raw = _shallow_json(blob.decode("utf-8-sig"), str(path))
    except UnicodeDecodeError:
        raise CharacterCardError(f"{path}: not UTF-8 text; is this a card file?") from None
    except json.JSONDecodeError as exc:
        raise CharacterCardError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from None
    return parse_card(raw, str(path))


def to_card(persona: Persona) -> dict[str, Any]:
    """Character Card V2 JSON for ``persona`` (unknown V3 fields are kept in ``data``)."""
    data = persona.model_dump()
    return {"spec": "chara_card_v2", "spec_version": "2.0", "data": data}


class CharacterLibrary:
    """Built-in characters plus the user's imported ones (which win on a name clash)."""

    def __init__(self, home: Path) -> None:
        self.user_dir = home / "characters"

    def _builtin(self) -> dict[str, Persona]:
        out: dict[str, Persona] = {}
        for entry in resources.files("amity.characters").iterdir():
            if entry.name.endswith(".json"):
                persona = parse_card(json.loads(entry.read_text("utf-8")), entry.name)
                out[persona.slug] = persona
        return out

    def all(self) -> dict[str, Persona]:
        out = self._builtin()
        if self.user_dir.is_dir():
            for path in sorted(self.user_dir.glob("*.json")):
                try:
                    persona = load_card(path)
                except CharacterCardError:
                    continue  # a broken file must not hide the others; `show` reports it
                out[persona.slug] = persona
        return out

    def get(self, name: str) -> Persona:
        path = Path(name)
        if path.suffix.lower() in (".json", ".png") or path.is_file():
            return load_card(path)
        found = self.all().get(slugify(name))
        if found is None:
            known = ", ".join(sorted(self.all())) or "none"
            raise NotFoundError(f"No character named '{name}'. Known characters: {known}.")
        return found

    def import_card(self, path: Path) -> Persona:
        persona = load_card(path)
        self.user_dir.mkdir(parents=True, exist_ok=True)
        target = self.user_dir / f"{persona.slug}.json"
        target.write_text(json.dumps(to_card(persona), indent=2, ensure_ascii=False), "utf-8")
        return persona
