"""The export of everything amity keeps about a user, written once for the CLI and the web.

Two forms of the same records: ``jsonl_lines`` (``amity memory export``: the character card,
then facts with their history, episode summaries and messages, one JSON object a line) and
``zip_archive`` (``GET /api/export``: README, account, character card, memories and
messages as separate files). Messages come from the ``Store``; memories (facts and
episodes) from the memory ledger when there is one (anything with ``export(user_id)``, such
as ``amity.memory.LedgerMemory``). Knows nothing about HTTP or the terminal.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from .persona import Persona, to_card
from .store.repo import Store
from .types import Message

README = """Your data from amity.

account.json     your account
character.json   the character you talk with (Character Card V2)
memories.jsonl   what the companion remembers about you: facts (with where each came from
                 and their history) and conversation summaries, one JSON object a line
messages.jsonl   every message you sent and every reply, one JSON object a line
"""


class Memories(Protocol):
    def export(self, user_id: int) -> Iterable[dict[str, Any]]: ...


def message_record(message: Message, meta: dict[str, Any]) -> dict[str, Any]:
    """One message as exported (JSON-ready)."""
    return {"id": message.id, "conversation_id": message.conversation_id,
            "role": message.role, "content": message.content,
            "created_at": message.created_at.isoformat(), "meta": meta}


def message_records(store: Store, user_id: int) -> list[dict[str, Any]]:
    """Every message of the user, oldest first."""
    return [message_record(m, meta) for m, meta in store.messages(user_id)]


def memory_records(memory: Memories | None, user_id: int) -> list[dict[str, Any]]:
    """The user's facts (with history) and episodes; none without a memory ledger."""
    if memory is None:
        return []
    return [r for r in memory.export(user_id) if r.get("type") != "message"]


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, default=str)


def jsonl_lines(store: Store, memory: Memories | None, persona: Persona,
                user_id: int) -> Iterator[str]:
    """JSON Lines: the character card, then memories, then messages (each with a type)."""
    yield _json({"type": "character", "card": to_card(persona)})
    for record in memory_records(memory, user_id):
        yield _json(record)
    for record in message_records(store, user_id):
        yield _json({"type": "message", **record})


def _jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(_json(r) + "\n" for r in records)


def zip_archive(store: Store, memory: Memories | None, persona: Persona, user_id: int,
                account: dict[str, Any]) -> bytes:
    """One ZIP archive: README.txt, account.json, character.json, memories.jsonl and
    messages.jsonl (messages without a type: the file says what they are)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        archive.writestr("account.json", json.dumps(account, indent=2, ensure_ascii=False))
        archive.writestr("character.json",
                         json.dumps(to_card(persona), indent=2, ensure_ascii=False))
        archive.writestr("memories.jsonl", _jsonl(memory_records(memory, user_id)))
        archive.writestr("messages.jsonl", _jsonl(message_records(store, user_id)))
    return buffer.getvalue()
