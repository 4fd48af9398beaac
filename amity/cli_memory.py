"""``amity memory list|show|correct|forget|export --user NAME``: the ledger in the terminal.

Thin: each command opens the store, calls ``LedgerMemory`` and prints. The export is JSON
Lines (``amity.export.jsonl_lines``, the one exporter the web's ZIP export uses too): the
character card first, then facts (with their history), episodes and messages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .config import Settings
from .errors import AmityError
from .export import jsonl_lines
from .memory import LedgerMemory
from .persona import CharacterLibrary
from .plain import plain
from .store.models import utcnow
from .store.repo import Store

memory_app = typer.Typer(help="What your companion remembers: see, correct, forget, export.",
                         no_args_is_help=True)
console = Console()
err = Console(stderr=True, soft_wrap=True)
UserOpt = Annotated[str, typer.Option("--user", help="Whose memories.")]


def _open(user: str) -> tuple[LedgerMemory, int, Settings]:
    settings = Settings()
    store = Store(settings.db_url())
    return LedgerMemory(store), store.user_id(user, create=False), settings


def _run(fn: Any) -> Any:
    try:
        return fn()
    except AmityError as exc:
        err.print(plain(exc, "red"))
        raise typer.Exit(1) from None


@memory_app.command("list")
def list_(user: UserOpt, history: Annotated[bool, typer.Option(
        help="Include superseded, corrected and cancelled versions.")] = False) -> None:
    """List the facts your companion keeps, with where each came from."""
    memory, uid, _ = _run(lambda: _open(user))
    facts = memory.list_facts(uid, include_history=history)
    if not facts:
        console.print("[dim]Nothing remembered yet.[/dim]")
        return
    table = Table("id", "memory", "from", "status", "seen")
    for f in facts:
        table.add_row(str(f.id), plain(f.text), plain(f'"{f.source_span}"'), plain(f.status),
                      str(f.times_confirmed))
    console.print(table)


@memory_app.command()
def show(user: UserOpt, fact_id: int) -> None:
    """Show one memory and its history (every earlier version)."""
    memory, uid, _ = _run(lambda: _open(user))
    for f in _run(lambda: memory.history(uid, fact_id)):
        console.print(Text.assemble(plain(f.id, "bold"), " ", plain(f.text), "  ", plain(
            f"({f.status}, from \"{f.source_span}\", {f.created_at:%Y-%m-%d %H:%M})", "dim")))


@memory_app.command()
def correct(user: UserOpt, fact_id: int, value: str) -> None:
    """Correct a memory's value (the old one stays in its history)."""
    memory, uid, _ = _run(lambda: _open(user))
    new = _run(lambda: memory.correct(uid, fact_id, value, utcnow()))
    console.print(plain(f"Corrected: {new.text} (memory {new.id})"))


@memory_app.command()
def forget(user: UserOpt, fact_id: int) -> None:
    """Forget a memory everywhere: the fact, its history, and its words in your messages."""
    memory, uid, _ = _run(lambda: _open(user))
    count = _run(lambda: memory.forget(uid, fact_id))
    console.print(f"Forgotten ({count} memor{'y' if count == 1 else 'ies'} removed).")


@memory_app.command()
def export(user: UserOpt, out: Annotated[Path | None, typer.Option(
        help="Write to this file (default: stdout).")] = None) -> None:
    """Export everything about you: character card, memories, messages (JSON Lines)."""
    memory, uid, settings = _run(lambda: _open(user))
    persona = CharacterLibrary(settings.home).get(settings.character)
    lines = list(jsonl_lines(memory.store, memory, persona, uid))
    if out is None:
        print("\n".join(lines))
    else:
        out.write_text("\n".join(lines) + "\n", "utf-8")
        err.print(plain(f"Wrote {len(lines)} records to {out}"))
