"""The openai backend against a real HTTP server on 127.0.0.1 (no mocked HTTP layer)."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from amity import (
    BackendResponseError,
    BackendUnavailable,
    ChatMessage,
    Engine,
    GenerateOptions,
)
from amity.backends.openai import OpenAIBackend


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        with contextlib.suppress(BrokenPipeError):  # the client gave up (the timeout test)
            self._answer()

    def _answer(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, dict(self.headers), body))  # type: ignore[attr-defined]
        model = body["model"]
        if model == "error500":
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b'{"error": "model crashed"}')
            return
        if model == "slow":
            time.sleep(2)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        last = body["messages"][-1]["content"]
        for piece in ["You said: ", last, " 😊"]:
            event = {"choices": [{"index": 0, "delta": {"content": piece}}]}
            self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.flush()
        if model == "badjson":
            self.wfile.write(b"data: {oops\n\n")
        self.wfile.write(b"data: [DONE]\n\n")


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _url(srv: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{srv.server_address[1]}/v1"


MSGS = [ChatMessage("user", "hello there")]


def test_streams_the_reply_and_sends_the_key(server: ThreadingHTTPServer) -> None:
    backend = OpenAIBackend(_url(server), "ok", api_key="sk-test")
    pieces = list(backend.stream(MSGS, GenerateOptions(max_tokens=20, stop=("\nUser:",))))
    assert "".join(pieces) == "You said: hello there 😊"
    path, headers, body = server.requests[0]  # type: ignore[attr-defined]
    assert path == "/v1/chat/completions"
    assert headers["Authorization"] == "Bearer sk-test"
    assert body["stream"] is True and body["max_tokens"] == 20 and body["stop"] == ["\nUser:"]


def test_server_errors_become_clear_errors(server: ThreadingHTTPServer) -> None:
    with pytest.raises(BackendResponseError, match="answered 500: .*model crashed"):
        list(OpenAIBackend(_url(server), "error500").stream(MSGS, GenerateOptions()))
    with pytest.raises(BackendResponseError, match="malformed"):
        list(OpenAIBackend(_url(server), "badjson").stream(MSGS, GenerateOptions()))


def test_timeouts_become_clear_errors(server: ThreadingHTTPServer) -> None:
    backend = OpenAIBackend(_url(server), "slow", timeout=0.5)
    with pytest.raises(BackendUnavailable, match="did not answer in time"):
        list(backend.stream(MSGS, GenerateOptions()))


def test_connection_refused_keeps_the_user_message(make_engine: Callable[..., Engine]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed when the block ends: nobody listens there
    engine = make_engine(backend=OpenAIBackend(f"http://127.0.0.1:{port}/v1", "m"))
    with pytest.raises(BackendUnavailable, match="Cannot connect"):
        engine.respond("sam", "please keep this")
    assert [m.content for m in engine.history("sam")] == ["please keep this"]


def test_engine_turn_over_the_openai_backend(server: ThreadingHTTPServer,
                                            make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(backend=OpenAIBackend(_url(server), "ok"))
    assert engine.respond("sam", "hi").text == "You said: hi 😊"
