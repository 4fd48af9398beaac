"""The terminal chat: read lines, stream replies with Rich, handle /quit /history /reset.

Thin: every turn goes through ``Engine.respond``; this module only draws. It reads plain
lines from stdin when stdin is not a terminal (scripts, pipes), decoding bad UTF-8 with
replacement characters rather than crashing.
"""

from __future__ import annotations

import sys

from rich.console import Console
from rich.live import Live
from rich.text import Text

from .engine import Engine
from .errors import AmityError, BackendError, InputError
from .plain import clean, plain

HELP = "Commands: /history (recent messages), /reset (start fresh), /quit (leave)."


def _said(name: str, body: Text) -> Text:
    """A line of the companion's: its name in bold, then what it said."""
    return Text.assemble(plain(f"{name}: ", "bold magenta"), body)


class _Stream:
    """Collects streamed pieces into a Rich Text that a Live display redraws."""

    def __init__(self, live: Live | None, console: Console, name: str) -> None:
        self.live, self.console, self.name = live, console, name
        self.text = Text()
        self.plain: list[str] = []

    def __call__(self, kind: str, piece: str) -> None:
        if kind == "reset":
            self.text = Text()
            self.plain.clear()
        elif kind == "token":
            self.text.append(clean(piece))
            self.plain.append(piece)
        else:
            return
        if self.live is not None:
            self.live.update(_said(self.name, self.text))


def one_turn(engine: Engine, user: str, message: str, console: Console) -> int:
    """``amity chat --message``: print the reply and exit 0 (or the error and exit 1/2)."""
    try:
        reply = engine.respond(user, message)
    except InputError as exc:
        console.print(plain(exc, "red"))
        return 2
    except BackendError as exc:
        console.print(plain(exc, "red"), "\nYour message was saved.")
        return 1
    except AmityError as exc:
        console.print(plain(exc, "red"))
        return 1
    print(clean(reply.text))
    return 0


def _show_history(engine: Engine, user: str, console: Console) -> None:
    messages = engine.history(user, 20)
    if not messages:
        console.print("[dim](no messages yet)[/dim]")
    for m in messages:
        who = user if m.role == "user" else engine.persona.name
        style = "cyan" if m.role == "user" else "magenta"
        console.print(Text.assemble(plain(f"{who}: ", f"bold {style}"), plain(m.content)))


def interactive(engine: Engine, user: str, console: Console) -> int:
    tty = sys.stdin.isatty()
    if hasattr(sys.stdin, "reconfigure"):
        sys.stdin.reconfigure(errors="replace")
    name = engine.persona.name
    if tty:
        console.print(plain(f"Chatting with {name} as {user}. {HELP}", "dim"))
    history = engine.history(user, 6)
    greeting = None if history else engine.greet(user)
    if greeting:
        console.print(_said(name, plain(greeting)))
    elif history and tty:
        _show_history(engine, user, console)
    while True:
        try:
            line = console.input("[bold cyan]you[/] › ") if tty else sys.stdin.readline()
        except (EOFError, KeyboardInterrupt):
            console.print()
            return 0
        if not tty and line == "":
            return 0
        line = line.strip()
        if line in ("/quit", "/exit", "/q"):
            return 0
        if line == "/history":
            _show_history(engine, user, console)
            continue
        if line == "/reset":
            engine.reset(user)
            console.print("[dim]Started a fresh conversation (the old one is kept).[/dim]")
            continue
        if line in ("/help", "/?"):
            console.print(f"[dim]{HELP}[/dim]")
            continue
        if not line:
            continue
        try:
            if not tty:  # piped: each reply whole, on lines of its own (no live redraw)
                reply = engine.respond(user, line)
                console.print(_said(name, plain(reply.text)))
                continue
            with Live(console=console, refresh_per_second=15, transient=False) as live:
                stream = _Stream(live, console, name)
                reply = engine.respond(user, line, on_event=stream)
                live.update(_said(name, plain(reply.text)))
        except InputError as exc:
            console.print(plain(exc, "yellow"))
        except BackendError as exc:
            console.print(plain(exc, "red"), Text("(your message was saved)", style="dim"))
        except AmityError as exc:
            console.print(plain(exc, "red"))
        except KeyboardInterrupt:
            console.print("\n[dim](interrupted; your message was saved)[/dim]")
