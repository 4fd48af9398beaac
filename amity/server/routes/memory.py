"""Memory routes (the "What Sunny remembers" ledger: list, correct, forget) and the export.

The ledger routes exist when the engine has a memory ledger (``amity.memory.LedgerMemory``);
``ledger_router`` is only mounted then. The export is always there: one ZIP archive with the
account, the character card, and the user's memories and messages as JSON Lines, written by
``amity.export.zip_archive`` (the CLI's export uses the same module).
"""

from __future__ import annotations

import re
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Path, Response

from ...export import zip_archive
from ...replies import clean_text
from ...store.models import utcnow
from ..auth import Ctx, MemoryReader, MemoryWriter, SessionCaller
from ..context import Context, Ledger
from ..errors import documented
from ..schemas import CorrectionIn, ForgottenOut, MemoriesOut, MemoryOut
from ..wording import friendly

ledger_router = APIRouter(tags=["memory"])
export_router = APIRouter(tags=["memory"])
AUTHED = documented(401, 403, 429)
FACT_ID = Annotated[int, Path(ge=1, le=2**31 - 1)]


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
def memories(who: MemoryReader, ctx: Ctx) -> MemoriesOut:
    """What your companion remembers about you, each with where it came from."""
    entries = _ledger(ctx).list_facts(who.user_id)
    ids = [e.source_message_id for e in entries if e.source_message_id]
    sources = ctx.accounts.message_texts(who.user_id, ids)
    return MemoriesOut(memories=[_memory_out(e, sources) for e in entries])


@ledger_router.patch("/api/memories/{fact_id}", response_model=MemoryOut,
                     responses={**AUTHED, **documented(400, 404, 413, 415, 422)})
def correct(fact_id: FACT_ID, body: CorrectionIn, who: MemoryWriter, ctx: Ctx) -> MemoryOut:
    """Correct a memory: give its right value (the old one is kept in its history)."""
    value = clean_text(body.value, 500, "memory's new value")
    return _memory_out(_ledger(ctx).correct(who.user_id, fact_id, value, utcnow()), {})


@ledger_router.delete("/api/memories/{fact_id}", response_model=ForgottenOut,
                      responses={**AUTHED, **documented(404, 422)})
def forget(fact_id: FACT_ID, who: MemoryWriter, ctx: Ctx) -> ForgottenOut:
    """Forget a memory: it, its history and its words in your messages are erased."""
    return ForgottenOut(forgotten=_ledger(ctx).forget(who.user_id, fact_id))


@export_router.get(
    "/api/export", response_class=Response, responses={
        200: {"content": {"application/zip": {"schema": {"type": "string",
                                                           "format": "binary"}}},
              "description": "a ZIP archive"}, **AUTHED})
def export(who: SessionCaller, ctx: Ctx) -> Response:
    """Download everything of yours as one ZIP archive (the page's session only)."""
    account = {**ctx.accounts.info(who.user_id), "exported_at": utcnow().isoformat()}
    body = zip_archive(ctx.engine.store, ctx.ledger, ctx.engine.persona, who.user_id, account)
    return Response(body, media_type="application/zip",
                    headers={"content-disposition": attachment(f"amity-export-{who.username}.zip")})


def attachment(filename: str) -> str:
    """A Content-Disposition value for any file name: an ASCII fallback of safe characters
    only (no quotes, backslashes or line breaks can reach the header) and the full name
    percent-encoded (RFC 6266 / RFC 5987)."""
    fallback = re.sub(r"[^A-Za-z0-9._-]", "_", filename)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
