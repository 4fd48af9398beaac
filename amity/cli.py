"""The ``amity`` command: chat, characters, eval (and, as they land, memory, export, serve).

Thin entry points: each command builds Settings once, calls the engine or a library
function, and prints. Errors print their message (which says the fix) and exit non-zero.
"""

from __future__ import annotations

import getpass
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.text import Text

from .cli_memory import memory_app
from .config import Settings
from .errors import AmityError, InputError
from .evals import EVALS
from .persona import CharacterLibrary, to_card
from .plain import plain

app = typer.Typer(help="amity: an open-source AI best friend.", no_args_is_help=True,
                  pretty_exceptions_enable=False, add_completion=False)
characters_app = typer.Typer(help="Character cards (Character Card V2/V3 JSON).",
                             no_args_is_help=True)
app.add_typer(characters_app, name="characters")
app.add_typer(memory_app, name="memory")
console = Console()
err = Console(stderr=True, soft_wrap=True)

def settings(**overrides: Any) -> Settings:
    values = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise typer.BadParameter(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None


def fail(exc: Exception, code: int = 1) -> typer.Exit:
    err.print(plain(exc, "red"))
    return typer.Exit(code)


def default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "friend"


@app.command()
def chat(
    user: Annotated[str | None, typer.Option(help="Who is chatting (default: your login).")] = None,
    message: Annotated[str | None, typer.Option("--message", "-m",
                       help="Send one message, print the reply and exit.")] = None,
    character: Annotated[str | None, typer.Option(help="Character name or card file.")] = None,
    model: Annotated[Path | None, typer.Option(help="A GGUF model file (local backend).")] = None,
    backend: Annotated[str | None, typer.Option(help="local | openai")] = None,
    threads: Annotated[int | None, typer.Option(help="llama.cpp threads.")] = None,
) -> None:
    """Chat with your companion (Sunny by default) in the terminal."""
    from .app import build_engine
    from .terminal import interactive, one_turn

    cfg = settings(character=character, model=model, backend=backend, threads=threads)
    name = user or default_user()
    try:
        with console.status(plain(f"Waking up {cfg.character.title()}…"), spinner="dots"):
            engine = build_engine(cfg)
            engine.backend.load()
    except AmityError as exc:
        raise fail(exc) from None
    try:
        if message is not None:
            code = one_turn(engine, name, message, err)
        else:
            code = interactive(engine, name, console)
    finally:
        engine.backend.close()
    raise typer.Exit(code)


@characters_app.command("list")
def characters_list() -> None:
    """List the built-in and imported characters."""
    for slug, persona in sorted(CharacterLibrary(settings().home).all().items()):
        console.print(Text.assemble(plain(slug, "bold"), "  ", plain(persona.name), " — ",
                                    plain(persona.personality or "")))


@characters_app.command("show")
def characters_show(name: str) -> None:
    """Show a character card."""
    try:
        persona = CharacterLibrary(settings().home).get(name)
    except AmityError as exc:
        raise fail(exc) from None
    console.print_json(json.dumps(to_card(persona), ensure_ascii=False))


@characters_app.command("import")
def characters_import(file: Path) -> None:
    """Import a Character Card (V1/V2/V3 JSON, or a PNG card)."""
    try:
        persona = CharacterLibrary(settings().home).import_card(file)
    except AmityError as exc:
        raise fail(exc, 2) from None
    console.print(Text.assemble("Imported ", plain(persona.name, "bold"), " as '",
                                plain(persona.slug), "'."))


@characters_app.command("export")
def characters_export(
    name: str,
    out: Annotated[Path | None, typer.Option(help="Write to this file (default: stdout).")] = None,
) -> None:
    """Export a character as Character Card V2 JSON."""
    try:
        persona = CharacterLibrary(settings().home).get(name)
    except AmityError as exc:
        raise fail(exc) from None
    text = json.dumps(to_card(persona), indent=2, ensure_ascii=False)
    if out:
        out.write_text(text + "\n", "utf-8")
        err.print(plain(f"Wrote {out}"))
    else:
        print(text)


@app.command("eval")
def evaluate(
    name: Annotated[str, typer.Argument(help=" | ".join(EVALS))],
    data: Annotated[Path, typer.Option(help="The data folder (e.g. ../shared/data) or file.")] =
    Path("../shared/data"),
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    limit: Annotated[int | None, typer.Option(help="Evaluate on the first N items.")] = None,
    answer: Annotated[int | None, typer.Option(
        help="memory: also answer N questions with the embedded model.")] = None,
    conversations: Annotated[str | None, typer.Option(
        help="memory: only these conversations, numbered from 1 (e.g. 1-3 or 1,4).")] = None,
) -> None:
    """Run an evaluation on public data and print the field's metrics."""
    if name not in EVALS:
        raise fail(ValueError(f"Unknown evaluation '{name}'. Choose one of: {', '.join(EVALS)}."),
                   2)
    if not data.exists():
        raise fail(FileNotFoundError(
            f"No data at {data}. Pass --data with the path to amity's shared data folder."), 2)
    chosen = EVALS[name]
    wanted = {"limit": limit, "answer": answer, "conversations": conversations}
    kwargs: dict[str, Any] = {k: v for k, v in wanted.items() if v is not None}
    ignored = [k for k in kwargs if k not in chosen.options]
    if ignored:
        raise fail(ValueError(f"The '{name}' evaluation takes no --{', --'.join(ignored)}."), 2)
    try:
        result = chosen.run(data, **kwargs)
    except ImportError as exc:
        raise fail(ImportError(f"The '{name}' evaluation is not available: {exc}")) from None
    except (FileNotFoundError, AmityError) as exc:
        raise fail(exc) from None
    except ValueError as exc:  # a bad option value, e.g. --conversations 9-12
        raise fail(exc, 2) from None
    if as_json:
        print(json.dumps(result, indent=None, default=str))
        return
    for key, value in result.items():
        shown = f"{value:.4f}" if isinstance(value, float) else json.dumps(value, default=str)
        console.print(plain(f"{key:32s} {shown}"))


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000).")] = None,
    workers: Annotated[int | None, typer.Option(help="Server processes.")] = None,
    backend: Annotated[str | None, typer.Option(help="local | openai | scripted")] = None,
) -> None:
    """Serve the web page and the API (http://127.0.0.1:8000 by default)."""
    import os

    try:
        import uvicorn

        from .server import ServerSettings, create_app
        from .store import Store
    except ImportError as exc:
        raise fail(ImportError(f"amity serve needs the server extra ({exc.name} is missing): "
                               "pip install 'amity[server]'.")) from None

    cfg = settings(backend=backend)
    try:
        srv = ServerSettings(**{k: v for k, v in
                                {"host": host, "port": port, "workers": workers}.items()
                                if v is not None})
    except ValidationError as exc:
        first = exc.errors()[0]
        raise typer.BadParameter(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from None
    err.print(plain(f"amity is serving {cfg.character.title()} on http://{srv.host}:{srv.port}"))
    if srv.workers == 1:
        try:
            web = create_app(cfg, srv)
        except AmityError as exc:
            raise fail(exc) from None
        uvicorn.run(web, **srv.uvicorn_options())  # type: ignore[arg-type]
        return
    if backend:  # each worker process builds its own app from the environment
        os.environ["AMITY_BACKEND"] = backend
    try:  # migrate once, here, before the workers start (they would race on a new SQLite)
        Store(cfg.db_url()).close()
    except AmityError as exc:
        raise fail(exc) from None
    uvicorn.run("amity.server.app:app_from_env", factory=True, workers=srv.workers,
                **srv.uvicorn_options())  # type: ignore[arg-type]


def main() -> None:
    try:
        app()
    except InputError as exc:
        err.print(plain(exc, "red"))
        sys.exit(2)
    except AmityError as exc:
        err.print(plain(exc, "red"))
        sys.exit(1)
