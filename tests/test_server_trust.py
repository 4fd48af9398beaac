"""Regression tests for the security and fault review (issue 15): API key scopes, usernames
and headers, deleting an account while requests are under way, forwarded headers and
per-account login limits, weak passwords, the Host header, and input checks. Each ran red
before its fix."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from server_support import PASSWORD, MakeApp, app_maker, free_port, new_key, signup
from sqlalchemy import func, select

from amity import Settings
from amity.server import ServerSettings
from amity.server.auth import chat_caller, conversation_caller, session_caller
from amity.store.accounts import Accounts, Principal
from amity.store.models import User


@pytest.fixture
def make_app(settings: Settings, db_url: str) -> Iterator[MakeApp]:
    yield from app_maker(settings, db_url)


def _bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


# 1. API key scopes -----------------------------------------------------------------------
def test_an_api_key_cannot_mint_keys_export_or_delete_the_account(make_app: MakeApp) -> None:
    app = make_app(memory=True)
    page = TestClient(app)
    csrf = {"x-csrf-token": signup(page, "sam")}
    key = new_key(page, csrf["x-csrf-token"])  # no scopes given: chat only
    program = TestClient(app)
    auth = _bearer(key)
    for method, path, body in (("POST", "/api/keys", {"name": "more"}),
                               ("GET", "/api/keys", None),
                               ("DELETE", "/api/keys/1", None),
                               ("GET", "/api/export", None),
                               ("DELETE", "/api/account", {"password": PASSWORD})):
        r = program.request(method, path, json=body, headers=auth)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "session_required"
    assert len(page.get("/api/keys").json()) == 1
    assert page.get("/api/me").status_code == 200  # the account is still there
    # what a chat key may do
    r = program.post("/api/chat", json={"text": "I like tea", "stream": False}, headers=auth)
    assert r.status_code == 200
    assert program.get("/api/messages", headers=auth).status_code == 200
    assert program.post("/v1/chat/completions", headers=auth, json={
        "model": "x", "messages": [{"role": "user", "content": "hi"}]}).status_code == 200
    r = program.get("/api/memories", headers=auth)
    assert r.status_code == 403 and r.json()["error"]["code"] == "insufficient_scope"
    # the session keeps the whole API: keys, export, memories
    assert page.get("/api/export").status_code == 200
    assert page.get("/api/memories").status_code == 200


def test_key_scopes_are_listed_and_enforced(make_app: MakeApp) -> None:
    app = make_app(memory=True)
    page = TestClient(app)
    csrf = {"x-csrf-token": signup(page, "sam")}
    r = page.post("/api/keys", json={"name": "reader", "scopes": ["memories:read"]},
                  headers=csrf)
    assert r.status_code == 201 and r.json()["scopes"] == ["memories:read"]
    reader = _bearer(r.json()["key"])
    assert page.get("/api/keys").json()[0]["scopes"] == ["memories:read"]
    program = TestClient(app)
    assert program.get("/api/memories", headers=reader).status_code == 200
    assert program.get("/api/me", headers=reader).status_code == 200
    for method, path, body in (("POST", "/api/chat", {"text": "hi", "stream": False}),
                               ("GET", "/api/messages", None),
                               ("POST", "/api/conversation/reset", None),
                               ("DELETE", "/api/memories/1", None),
                               ("POST", "/v1/chat/completions",
                                {"model": "x", "messages": [{"role": "user", "content": "x"}]}),
                               ("GET", "/v1/models", None)):
        r = program.request(method, path, json=body, headers=reader)
        assert r.status_code == 403, (method, path, r.text)
        assert r.json()["error"]["code"] == "insufficient_scope"
    r = page.post("/api/keys", json={"name": "x", "scopes": ["admin"]}, headers=csrf)
    assert r.status_code == 422
    r = page.post("/api/keys", json={"name": "x", "scopes": []}, headers=csrf)
    assert r.status_code == 422


# 4. usernames and headers --------------------------------------------------------------
@pytest.mark.parametrize("name", ["frank\n", "frank\r\n", "\nfrank", "fr\nank"])
def test_a_username_with_a_line_break_is_refused(make_app: MakeApp, name: str) -> None:
    client = TestClient(make_app())
    r = client.post("/api/signup", json={"username": name, "password": PASSWORD})
    assert r.status_code == 422, r.text
    assert client.post("/api/login", json={"username": name, "password": PASSWORD}
                       ).status_code == 401


def test_the_export_header_is_safe_for_any_username(make_app: MakeApp) -> None:
    from amity.server.routes.memory import attachment

    assert attachment('a"b\r\nX-Evil: 1.zip') == (
        'attachment; filename="a_b__X-Evil__1.zip"; '
        "filename*=UTF-8''a%22b%0D%0AX-Evil%3A%201.zip")
    client = TestClient(make_app())
    signup(client, "frank.o-k_1")
    r = client.get("/api/export")
    assert r.status_code == 200
    assert 'filename="amity-export-frank.o-k_1.zip"' in r.headers["content-disposition"]


# 5. deleting an account while requests are under way -------------------------------------
def test_requests_in_flight_never_bring_a_deleted_user_back(make_app: MakeApp) -> None:
    app = make_app(memory=True)
    client = TestClient(app)
    signup(client, "frank")
    accounts: Accounts = app.state.ctx.accounts
    user_id = accounts.login_record("frank")[0]  # type: ignore[index]
    # requests that passed authentication just before the account was deleted
    stale = Principal(user_id, "frank", "session")
    for dependency in (chat_caller, session_caller):
        app.dependency_overrides[dependency] = lambda: stale
    app.state.ctx.engine.store.delete_user(user_id)
    try:
        r = client.post("/api/chat", json={"text": "still here?", "stream": False})
        assert r.status_code == 401 and r.json()["error"]["code"] == "account_deleted"
        r = client.post("/api/chat", json={"text": "still here?"})
        assert r.status_code == 401
    finally:
        app.dependency_overrides.clear()
    with app.state.ctx.engine.store.session() as s:
        assert s.scalar(select(func.count()).select_from(User)
                        .where(User.name == "frank")) == 0
    assert TestClient(app).post("/api/signup", json={"username": "frank",
                                                     "password": PASSWORD}).status_code == 201


def test_conversation_routes_work_by_user_id(make_app: MakeApp) -> None:
    app = make_app()
    client = TestClient(app)
    signup(client, "frank")
    accounts: Accounts = app.state.ctx.accounts
    user_id = accounts.login_record("frank")[0]  # type: ignore[index]
    stale = Principal(user_id, "frank", "session")
    app.dependency_overrides[conversation_caller] = lambda: stale
    app.state.ctx.engine.store.delete_user(user_id)
    try:
        assert client.get("/api/messages").status_code == 401
        assert client.post("/api/conversation/reset").status_code == 401
    finally:
        app.dependency_overrides.clear()
    assert "frank" not in app.state.ctx.engine.store.users()


# 7. input checks --------------------------------------------------------------------------
def test_blank_fields_say_which_field_and_invisible_messages_are_empty(
        make_app: MakeApp) -> None:
    client = TestClient(make_app(memory=True))
    csrf = {"x-csrf-token": signup(client, "sam")}
    r = client.post("/api/keys", json={"name": "   "}, headers=csrf)
    assert r.status_code == 422 and "key name is empty" in r.json()["error"]["message"]
    client.post("/api/chat", json={"text": "I like tea", "stream": False}, headers=csrf)
    fact = client.get("/api/memories").json()["memories"][0]["id"]
    r = client.patch(f"/api/memories/{fact}", json={"value": " \t "}, headers=csrf)
    assert r.status_code == 422 and "new value is empty" in r.json()["error"]["message"]
    for text in ("\u200b\u200b", "\u200d \ufeff", "\u2060\u200e"):
        r = client.post("/api/chat", json={"text": text, "stream": False}, headers=csrf)
        assert r.status_code == 422, (text, r.text)
        assert "message is empty" in r.json()["error"]["message"]


# 3. forwarded headers and per-account login limits ----------------------------------------
def _serve(app: FastAPI, srv: ServerSettings) -> tuple[uvicorn.Server, threading.Thread]:
    options = {**srv.uvicorn_options(), "port": free_port()}
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.02)
    return server, thread


@pytest.mark.parametrize("trusted", [[], ["127.0.0.1"]])
def test_x_forwarded_for_counts_only_from_a_trusted_proxy(make_app: MakeApp,
                                                          trusted: list[str]) -> None:
    app = make_app(signups_per_hour=2, trusted_proxies=trusted)
    srv: ServerSettings = app.state.ctx.server
    server, thread = _serve(app, srv)
    try:
        base = f"http://127.0.0.1:{server.config.port}"
        codes = []
        for n in range(4):
            with httpx.Client(base_url=base) as client:
                codes.append(client.post("/api/signup", json={
                    "username": f"user{n}", "password": PASSWORD},
                    headers={"x-forwarded-for": f"203.0.113.{n}"}).status_code)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
    # from an untrusted address the header is ignored: one client, two sign-ups an hour
    assert codes == ([201, 201, 201, 201] if trusted else [201, 201, 429, 429])


def test_trusted_proxies_setting_is_checked_and_read_from_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMITY_SERVER_TRUSTED_PROXIES", "10.0.0.1, 192.168.0.0/16")
    srv = ServerSettings()
    assert srv.trusted_proxies == ["10.0.0.1", "192.168.0.0/16"]
    assert srv.uvicorn_options()["forwarded_allow_ips"] == "10.0.0.1,192.168.0.0/16"
    monkeypatch.delenv("AMITY_SERVER_TRUSTED_PROXIES")
    assert ServerSettings().uvicorn_options()["proxy_headers"] is False
    with pytest.raises(ValueError):
        ServerSettings(trusted_proxies=["not an address"])


def test_logins_to_one_account_are_limited_from_every_address(make_app: MakeApp) -> None:
    app = make_app(logins_per_account_15min=3)
    signup(TestClient(app), "sam")
    codes = [TestClient(app).post("/api/login", json={"username": "SAM", "password": "wrong"}
                                  ).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]
    r = TestClient(app).post("/api/login", json={"username": "sam", "password": PASSWORD})
    assert r.status_code == 429 and "this account" in r.json()["error"]["message"]
    assert TestClient(app).post("/api/login", json={"username": "alex", "password": "x"}
                                ).status_code == 401  # other accounts are not affected


# 7. the Host header -----------------------------------------------------------------------
def test_a_loopback_server_refuses_other_host_names(make_app: MakeApp) -> None:
    app = make_app(allowed_hosts=[])
    for host in ("localhost:8000", "127.0.0.1:8000", "[::1]:8000", "localhost"):
        assert TestClient(app, base_url=f"http://{host}").get("/healthz").status_code == 200
    evil = TestClient(app, base_url="http://rebound.example:8000")
    for method, path in (("GET", "/"), ("POST", "/api/signup"), ("POST", "/api/login")):
        r = evil.request(method, path, json={"username": "sam", "password": PASSWORD})
        assert r.status_code == 421 and r.json()["error"]["code"] == "unknown_host"
    named = make_app(allowed_hosts=["amity.example"])
    assert TestClient(named, base_url="http://amity.example").get("/healthz").status_code == 200
    assert TestClient(named, base_url="http://other.example").get("/healthz").status_code == 421
    assert ServerSettings(host="0.0.0.0").host_names() is None  # noqa: S104 - any name


# 7. weak passwords, a bounded scripted backend -------------------------------------------
@pytest.mark.parametrize("password", ["12345678", "password", "PASSWORD", " " * 8,
                                      "frankfrank", "my-frank-pass", "aaaaaaaa", "abababab",
                                      "qwertyuiop", "87654321", "iloveyou"])
def test_weak_passwords_are_refused_at_sign_up(make_app: MakeApp, password: str) -> None:
    client = TestClient(make_app())
    r = client.post("/api/signup", json={"username": "Frank", "password": password})
    assert r.status_code == 422, (password, r.text)
    assert "password" in r.json()["error"]["message"]


def test_a_good_password_is_accepted(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    assert client.post("/api/signup", json={"username": "frank", "password": "tulip rivers 9"}
                       ).status_code == 201


def test_the_scripted_backend_keeps_a_bounded_record_of_prompts() -> None:
    from amity import ScriptedBackend
    from amity.backends.base import GenerateOptions
    from amity.backends.scripted import CALLS_KEPT
    from amity.types import ChatMessage

    backend = ScriptedBackend(("hi",), cycle=True)
    for n in range(CALLS_KEPT + 50):
        list(backend.stream([ChatMessage("user", f"m{n}")], GenerateOptions()))
    assert len(backend.calls) == CALLS_KEPT
    assert backend.calls[-1][0].content == f"m{CALLS_KEPT + 49}"


# 7. malformed HTTP ------------------------------------------------------------------------
def test_malformed_http_gets_the_json_error_shape(make_app: MakeApp) -> None:
    import json
    import socket

    app = make_app()
    server, thread = _serve(app, app.state.ctx.server)
    try:
        answers = []
        for request in (b"GARBAGE\r\n\r\n", b"GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n"):
            with socket.create_connection(("127.0.0.1", server.config.port), timeout=10) as s:
                s.sendall(request)
                data = b""
                while chunk := s.recv(65536):
                    data += chunk
            answers.append(data)
    finally:
        server.should_exit = True
        thread.join(timeout=20)
    for data in answers:
        head, _, payload = data.partition(b"\r\n\r\n")
        assert head.startswith(b"HTTP/1.1 400"), data
        assert b"content-type: application/json" in head.lower()
        assert json.loads(payload)["error"]["code"] == "bad_http"
