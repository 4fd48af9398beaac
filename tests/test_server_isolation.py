"""User A cannot read, change or delete anything of user B through any route (SQLite and
PostgreSQL). A guard test fails when a route is added without being covered here."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from server_support import PASSWORD, MakeApp, app_maker, new_key, signup

from amity import Settings
from amity.store.accounts import Accounts

#: every API route, and how the attack below exercises it
COVERED = {
    ("POST", "/api/signup"), ("POST", "/api/login"), ("POST", "/api/logout"),
    ("GET", "/api/me"), ("PATCH", "/api/me"), ("GET", "/api/keys"), ("POST", "/api/keys"),
    ("DELETE", "/api/keys/{key_id}"), ("DELETE", "/api/account"), ("POST", "/api/chat"),
    ("GET", "/api/messages"), ("POST", "/api/conversation/reset"), ("GET", "/api/memories"),
    ("PATCH", "/api/memories/{fact_id}"), ("DELETE", "/api/memories/{fact_id}"),
    ("GET", "/api/export"), ("POST", "/v1/chat/completions"), ("GET", "/v1/models"),
    ("GET", "/v1/models/{model_id}"), ("GET", "/healthz"), ("POST", "/api/opening"),
}
SECRET = "I love my secret garden"


@pytest.fixture
def make_app(settings: Settings, db_url: str) -> Iterator[MakeApp]:
    yield from app_maker(settings, db_url)


def test_every_route_is_covered_by_the_isolation_test(make_app: MakeApp) -> None:
    app = make_app(memory=True)
    routes = {(method.upper(), path) for path, item in app.openapi()["paths"].items()
              for method in item}
    assert routes == COVERED, "add new routes to the isolation test"


def test_user_a_cannot_reach_user_b(make_app: MakeApp) -> None:
    app = make_app(memory=True)
    accounts: Accounts = app.state.ctx.accounts
    b = TestClient(app)
    b_h = {"x-csrf-token": signup(b, "beaq9")}
    b_key = new_key(b, b_h["x-csrf-token"])
    assert b.post("/api/chat", json={"text": SECRET, "stream": False}, headers=b_h
                  ).status_code == 200
    b_id = accounts.login_record("beaq9")[0]  # type: ignore[index]
    b_rows = accounts.count_rows(b_id)
    b_history = b.get("/api/messages").json()
    b_fact = b.get("/api/memories").json()["memories"][0]
    b_key_id = b.get("/api/keys").json()[0]["id"]
    b_message_ids = [m["id"] for m in b_history["messages"]]

    a = TestClient(app)
    a_h = {"x-csrf-token": signup(a, "abe")}
    a_key = new_key(a, a_h["x-csrf-token"])
    a_auth = {"authorization": f"Bearer {a_key}"}

    # reads: only A's own data comes back
    assert a.get("/api/me").json()["username"] == "abe"
    assert a.get("/api/messages").json()["messages"] == []
    for before in b_message_ids:
        assert a.get("/api/messages", params={"before": before + 1}
                     ).json()["messages"] == []
    assert a.get("/api/memories").json()["memories"] == []
    assert [k["id"] for k in a.get("/api/keys").json()] != [b_key_id]
    archive = zipfile.ZipFile(io.BytesIO(a.get("/api/export").content))
    for name in archive.namelist():
        assert b"secret garden" not in archive.read(name) and b"beaq9" not in archive.read(name)
    assert a.get("/v1/models", headers=a_auth).status_code == 200
    assert a.get("/v1/models/amity-sunny", headers=a_auth).status_code == 200
    assert a.get("/healthz").status_code == 200
    opening = a.post("/api/opening", headers=a_h)  # A's own conversation: nothing of B's
    assert opening.status_code == 200 and "secret garden" not in opening.text

    # changes and deletions aimed at B's ids fail as "not found" and change nothing
    r = a.patch(f"/api/memories/{b_fact['id']}", json={"value": "weeds"}, headers=a_h)
    assert r.status_code == 404
    assert a.delete(f"/api/memories/{b_fact['id']}", headers=a_h).status_code == 404
    assert a.delete(f"/api/keys/{b_key_id}", headers=a_h).status_code == 404
    for message_id in b_message_ids:  # asking for the reply to B's message
        r = a.post("/api/chat", json={"reply_to": message_id}, headers=a_h)
        assert r.status_code == 404
    assert a.request("DELETE", "/api/account", json={"password": "bea's guess!"},
                     headers=a_h).status_code == 403

    # A's own writes land in A's account only
    a.post("/api/chat", json={"text": "hello from abe", "stream": False}, headers=a_h)
    a.post("/v1/chat/completions", headers=a_auth, json={
        "model": "sunny", "messages": [{"role": "user", "content": "abe again"}]})
    assert a.post("/api/conversation/reset", headers=a_h).status_code == 200
    assert a.patch("/api/me", json={"display_name": "Bea"}, headers=a_h).status_code == 200

    # A's session with B's CSRF token, and B's name at login, get nowhere
    assert a.post("/api/chat", json={"text": "x"}, headers=b_h).status_code == 403
    assert a.post("/api/login", json={"username": "beaq9", "password": PASSWORD + "!"}
                  ).status_code == 401
    assert a.post("/api/logout", headers=a_h).status_code == 204
    assert a.post("/api/signup", json={"username": "BEAQ9", "password": PASSWORD}
                  ).status_code == 409

    # B is exactly as before, and B's key still works
    assert accounts.count_rows(b_id) == b_rows
    assert b.get("/api/messages").json() == b_history
    assert b.get("/api/memories").json()["memories"] == [b_fact]
    assert b.get("/api/me", headers={"authorization": f"Bearer {b_key}"}).status_code == 200
    assert b.get("/api/me").json()["display_name"] == "beaq9"
