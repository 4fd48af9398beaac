"""Memory routes (the "What Sunny remembers" ledger: list, correct, forget) and the export.

The ledger routes exist when the engine has a memory ledger (``amity.memory.LedgerMemory``);
``ledger_router`` is only mounted then. The export is always there: one ZIP archive with the
account, the character card, and the user's memories and messages as JSON Lines.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from ...persona import to_card
from ...replies import clean_input
from ...store.models import utcnow
from ..auth import Caller, Ctx
from ..context import Context, Ledger
from ..errors import documented
from ..schemas import CorrectionIn, ForgottenOut, MemoriesOut, MemoryOut
from ..wording import friendly

ledger_router = APIRouter(tags=["memory"])
export_router = APIRouter(tags=["memory"])
AUTHED = documented(401, 403, 429)
FACT_ID = Annotated[int, Path(ge=1, le=2**31 - 1)]
README = """Your data from amity.

account.json     your account
character.json   the character you talk with (Character Card V2)
memories.jsonl   what the companion remembers about you: facts (with where each came from
                 and their history) and conversation summaries, one JSON object a line
messages.jsonl   every message you sent and every reply, one JSON object a line
"""


def _ledger(ctx: Context) -> Ledger:
    assert ctx.ledger is not None  # the router is only mounted with a ledger
    return ctx.ledger


def _memory_out(entry: Any, sources: dict[int, str]) -> MemoryOut:
    data = entry.as_dict()
    return MemoryOut(
        id=data["id"], text=data["text"],
        said=friendly(data["subject"], data["predicate"], data["object"], data["when"]),
        subject=data["subject"],
        predicate=data["predicate"], object=data["object"], status=data["status"],
        times_confirmed=data["times_confirmed"], source_message_id=data["source_message_id"],
        source_span=data["source_span"] or "",
        source_text=sources.get(data["source_message_id"] or 0),
        when=data["when"], created_at=data["created_at"], updated_at=data["updated_at"],
    )


@ledger_router.get("/api/memories", response_model=MemoriesOut, responses=AUTHED)
def memories(who: Caller, ctx: Ctx) -> MemoriesOut:
    """What your companion remembers about you, each with where it came from."""
    entries = _ledger(ctx).list_facts(who.user_id)
    ids = [e.source_message_id for e in entries if e.source_message_id]
    sources = ctx.accounts.message_texts(who.user_id, ids)
    return MemoriesOut(memories=[_memory_out(e, sources) for e in entries])


@ledger_router.patch("/api/memories/{fact_id}", response_model=MemoryOut,
                     responses={**AUTHED, **documented(400, 404, 413, 415, 422)})
def correct(fact_id: FACT_ID, body: CorrectionIn, who: Caller, ctx: Ctx) -> MemoryOut:
    """Correct a memory: give its right value (the old one is kept in its history)."""
    value = clean_input(body.value, 500)
    return _memory_out(_ledger(ctx).correct(who.user_id, fact_id, value, utcnow()), {})


@ledger_router.delete("/api/memories/{fact_id}", response_model=ForgottenOut,
                      responses={**AUTHED, **documented(404, 422)})
def forget(fact_id: FACT_ID, who: Caller, ctx: Ctx) -> ForgottenOut:
    """Forget a memory: it, its history and its words in your messages are erased."""
    return ForgottenOut(forgotten=_ledger(ctx).forget(who.user_id, fact_id))


def _jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in rows)


@export_router.get(
    "/api/export", response_class=Response, responses={
        200: {"content": {"application/zip": {"schema": {"type": "string",
                                                           "format": "binary"}}},
              "description": "a ZIP archive"}, **AUTHED})
def export(who: Caller, ctx: Ctx) -> Response:
    """Download everything of yours as one ZIP archive."""
    account = {**ctx.accounts.info(who.user_id), "exported_at": utcnow().isoformat()}
    messages = [{"id": m.id, "conversation_id": m.conversation_id, "role": m.role,
                 "content": m.content, "created_at": m.created_at.isoformat(), "meta": meta}
                for m, meta in ctx.engine.store.messages(who.user_id)]
    memories = [row for row in ctx.ledger.export(who.user_id)
                if row.get("type") != "message"] if ctx.ledger else []
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        archive.writestr("account.json", json.dumps(account, indent=2, ensure_ascii=False))
        archive.writestr("character.json",
                         json.dumps(to_card(ctx.engine.persona), indent=2, ensure_ascii=False))
        archive.writestr("memories.jsonl", _jsonl(memories))
        archive.writestr("messages.jsonl", _jsonl(messages))
    name = f"amity-export-{who.username}.zip"
    return Response(buffer.getvalue(), media_type="application/zip",
                    headers={"content-disposition": f'attachment; filename="{name}"'})
