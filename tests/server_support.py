"""Shared helpers for the server tests (no tests here): apps on the scripted backend, a live
uvicorn server in a thread, server subprocesses, and sign-up helpers.

Run as a script it is a server process for the multi-process and fault tests:
``python tests/server_support.py --db URL --home DIR --port N [--delay S] [--words N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import numpy as np
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient

from amity import Emotion, Fact, ScriptedBackend, Settings, Stages, Store, build_engine
from amity.backends.scripted import echo
from amity.memory import LedgerMemory
from amity.server import ServerSettings, create_app
from amity.server.ready import wait_until_up

HERE = Path(__file__).resolve()
ROOT = HERE.parent.parent
FAST_HASH = {"argon2_time_cost": 1, "argon2_memory_kib": 64, "argon2_parallelism": 1}
NO_LIMITS = {"chat_per_minute": 100_000, "requests_per_minute": 1_000_000,
             "logins_per_15min": 100_000, "auth_per_15min": 1_000_000,
             "signups_per_hour": 1_000_000}
PASSWORD = "correct horse battery"


def server_settings(**overrides: Any) -> ServerSettings:
    """Fast password hashing (tests only) and limits out of the way unless overridden."""
    return ServerSettings(**{**FAST_HASH, **NO_LIMITS, "allowed_hosts": ["testserver"],
                             **overrides})


def said_in(reply: str) -> str:
    """The user message a reply of ``echo`` answers."""
    match = re.match(r"You said: (.*?)\.(?: [0-9a-f]{4}\d+\.?)*$", reply)
    return match.group(1) if match else ""


def build_app(settings: Settings, url: str, *, stages: Stages | None = None,
              backend: Any = None, **server: Any) -> FastAPI:
    store = Store(url)
    engine = build_engine(settings, backend=backend or ScriptedBackend(echo()),
                          stages=stages or Stages(), store=store)
    return create_app(settings, server_settings(**server), engine=engine)


def cheap_encode(texts: Sequence[str]) -> np.ndarray:
    """A deterministic bag-of-words vector (tests need retrieval to run, not to be good)."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for row, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            out[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % 384] += 1.0
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.where(norms == 0, 1, norms)


def likes(text: str, context: Sequence[str], now: datetime) -> list[Fact]:
    """A tiny facts stage: "I like X" / "I love X"."""
    found = re.search(r"\bI (like|love) ([A-Za-z ]+)", text)
    if not found:
        return []
    return [Fact("User", found.group(1) + "s", found.group(2).strip(),
                 span=found.span(), source_text=text)]


def joyful(text: str) -> Emotion:
    """A tiny emotion stage: always joy, so the reaction is known."""
    return Emotion(labels=("joy",), scores={"joy": 0.9}, emoji="😄")


MakeApp = Callable[..., FastAPI]


def app_maker(settings: Settings, db_url: str) -> Iterator[MakeApp]:
    """For a ``make_app`` fixture: make_app(memory=True, backend=..., **server settings)
    builds apps on the test database; they are closed afterwards."""
    apps: list[FastAPI] = []

    def make(*, memory: bool = False, backend: Any = None, **server: Any) -> FastAPI:
        stages = Stages(emotion=joyful)
        if memory:
            stages.facts = likes
            stages.memory = LedgerMemory(Store(db_url), encode=cheap_encode)
        app = build_app(settings, db_url, stages=stages, backend=backend, **server)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.state.ctx.engine.store.close()
        memory = app.state.ctx.engine.stages.memory
        if isinstance(memory, LedgerMemory):
            memory.store.close()


def signup(client: TestClient | httpx.Client, username: str,
           password: str = PASSWORD) -> str:
    """Sign up (the client keeps the session cookie); returns the CSRF token."""
    r = client.post("/api/signup", json={"username": username, "password": password})
    assert r.status_code == 201, r.text
    return str(r.json()["csrf_token"])


def new_key(client: TestClient | httpx.Client, csrf: str) -> str:
    r = client.post("/api/keys", json={"name": "tests"}, headers={"x-csrf-token": csrf})
    assert r.status_code == 201, r.text
    return str(r.json()["key"])


def sse_events(text: str) -> list[tuple[str, str]]:
    """(event, data) pairs of a text/event-stream body."""
    out = []
    for block in text.split("\n\n"):
        name, data = "message", []
        for line in block.splitlines():
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if data:
            out.append((name, "\n".join(data)))
    return out


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def live_server(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 in a thread; yields its base URL."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=free_port(),
                                           log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{server.config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=20)


def start_server_process(url: str, home: Path, *, delay: float = 0.0, words: int = 0,
                         log: Path | None = None, port: int | None = None,
                         ) -> tuple[subprocess.Popen[bytes], str]:
    """A server in its own process (this file run as a script); waits until it answers."""
    port = port or free_port()
    out = open(log or os.devnull, "ab")  # noqa: SIM115 - handed to the child process
    proc = subprocess.Popen(
        [sys.executable, str(HERE), "--db", url, "--home", str(home), "--port", str(port),
         "--delay", str(delay), "--words", str(words)],
        stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
    )
    out.close()
    base = f"http://127.0.0.1:{port}"
    if not wait_until_up(base, proc, timeout=60, interval=0.1):
        proc.kill()
        raise RuntimeError(f"the server process did not start (see {log})")
    return proc, base


def _serve() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--home", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--delay", type=float, default=0.0)
    parser.add_argument("--words", type=int, default=0)
    args = parser.parse_args()
    settings = Settings(home=Path(args.home), backend="scripted", seed=1)
    backend = ScriptedBackend(echo(args.words), delay=args.delay)
    app = build_app(settings, args.db, backend=backend)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    _serve()
