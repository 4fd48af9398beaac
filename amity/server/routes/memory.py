"""Memory routes (the "What Sunny remembers" ledger: list, correct, forget) and the export.

The ledger routes exist when the engine has a memory ledger (``amity.memory.LedgerMemory``);
``ledger_router`` is only mounted then. The export is always there: one ZIP archive with the
account, the character card, and the user's memories and messages as JSON Lines, written by
``amity.export.zip_archive`` (the CLI's export uses the same module).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Response

from ...export import zip_archive
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


@export_router.get(
    "/api/export", response_class=Response, responses={
        200: {"content": {"application/zip": {"schema": {"type": "string",
                                                           "format": "binary"}}},
              "description": "a ZIP archive"}, **AUTHED})
def export(who: Caller, ctx: Ctx) -> Response:
    """Download everything of yours as one ZIP archive."""
    account = {**ctx.accounts.info(who.user_id), "exported_at": utcnow().isoformat()}
    body = zip_archive(ctx.engine.store, ctx.ledger, ctx.engine.persona, who.user_id, account)
    name = f"amity-export-{who.username}.zip"
    return Response(body, media_type="application/zip",
                    headers={"content-disposition": f'attachment; filename="{name}"'})
