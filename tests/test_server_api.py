"""The web API in-process (FastAPI TestClient) on SQLite and PostgreSQL: accounts, streamed
chat, keys, CSRF, limits, bad input, errors, memory ledger, export and account deletion."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from server_support import (
    PASSWORD,
    MakeApp,
    app_maker,
    echo,
    new_key,
    said_in,
    signup,
    sse_events,
)

from amity import ScriptedBackend, Settings
from amity.errors import BackendError
from amity.policy import SafetyPolicy
from amity.store.accounts import Accounts


@pytest.fixture
def make_app(settings: Settings, db_url: str) -> Iterator[MakeApp]:
    yield from app_maker(settings, db_url)


def csrf_of(client: TestClient) -> dict[str, str]:
    return {"x-csrf-token": client.get("/api/me").json()["csrf_token"]}


def chat(client: TestClient, text: str, headers: dict[str, str], **extra: Any) -> Any:
    return client.post("/api/chat", json={"text": text, **extra}, headers=headers)


def test_signup_chat_streams_the_reply_and_keeps_the_history(make_app: MakeApp) -> None:
    client = TestClient(make_app(backend=ScriptedBackend(echo(words=10))))
    headers = {"x-csrf-token": signup(client, "sam")}
    r = chat(client, "hello there friend", headers)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/event-stream")
    events = sse_events(r.text)
    tokens = [json.loads(d)["text"] for kind, d in events if kind == "token"]
    kind, data = events[-1]
    reply = json.loads(data)
    assert kind == "reply" and len(tokens) > 1 and "".join(tokens) == reply["text"]
    assert said_in(reply["text"]) == "hello there friend"
    assert reply["emoji"] == "😄" and reply["emotion"]["top"] == "joy"
    history = client.get("/api/messages").json()
    assert [(m["role"], m["content"]) for m in history["messages"]] == [
        ("user", "hello there friend"), ("assistant", reply["text"])]
    assert history["messages"][0]["emoji"] == "😄"
    assert history["conversation_id"] == reply["conversation_id"]


def test_non_streaming_chat_paging_and_reset(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    headers = {"x-csrf-token": signup(client, "sam")}
    for i in range(3):
        r = chat(client, f"number {i} q{i}x{i}", headers, stream=False)
        assert r.status_code == 200 and r.json()["text"] == f"You said: number {i} q{i}x{i}."
    page = client.get("/api/messages", params={"limit": 2}).json()
    assert page["more"] is True and len(page["messages"]) == 2
    older = client.get("/api/messages", params={"limit": 10,
                                                 "before": page["messages"][0]["id"]}).json()
    assert len(older["messages"]) == 4 and older["more"] is False
    old_conv = page["conversation_id"]
    new_conv = client.post("/api/conversation/reset", headers=headers).json()["conversation_id"]
    assert new_conv != old_conv
    assert client.get("/api/messages").json() == {"conversation_id": new_conv, "messages": [],
                                                   "more": False}


def test_accounts_login_logout_and_names(make_app: MakeApp) -> None:
    app = make_app()
    client = TestClient(app)
    signup(client, "Sam")
    assert client.get("/api/me").json()["username"] == "Sam"
    r = client.post("/api/logout", headers=csrf_of(client))
    assert r.status_code == 204
    assert client.get("/api/me").status_code == 401
    bad = client.post("/api/login", json={"username": "Sam", "password": "wrong password"})
    assert bad.status_code == 401 and bad.json()["error"]["code"] == "wrong_credentials"
    unknown = client.post("/api/login", json={"username": "nobody", "password": PASSWORD})
    assert unknown.status_code == 401 and unknown.json() == bad.json()
    assert client.post("/api/login", json={"username": "sam", "password": PASSWORD}
                       ).status_code == 200  # usernames are case-insensitive
    assert client.get("/api/me").json()["username"] == "Sam"
    other = TestClient(app)
    taken = other.post("/api/signup", json={"username": "SAM", "password": PASSWORD})
    assert taken.status_code == 409 and taken.json()["error"]["code"] == "username_taken"
    for name in ("a", "has space", "-dash", "x" * 33, "émile"):
        r = other.post("/api/signup", json={"username": name, "password": PASSWORD})
        assert r.status_code == 422, name
    short = other.post("/api/signup", json={"username": "alex", "password": "short"})
    assert short.status_code == 422 and "8 characters" in short.json()["error"]["message"]


def test_session_cookie_is_httponly_and_strict(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    r = client.post("/api/signup", json={"username": "sam", "password": PASSWORD})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie


def test_api_keys_work_for_programs_and_can_be_revoked(make_app: MakeApp) -> None:
    app = make_app()
    page = TestClient(app)
    csrf = signup(page, "sam")
    key = new_key(page, csrf)
    listed = page.get("/api/keys").json()
    assert len(listed) == 1 and "key" not in listed[0] and key.startswith(listed[0]["prefix"])
    program = TestClient(app)
    auth = {"authorization": f"Bearer {key}"}
    assert program.get("/api/me", headers=auth).json()["csrf_token"] is None
    r = program.post("/api/chat", json={"text": "from a script", "stream": False},
                     headers=auth)  # no CSRF token needed with a key
    assert r.status_code == 200
    assert page.post("/v1/chat/completions", headers={"x-csrf-token": csrf}, json={
        "model": "x", "messages": [{"role": "user", "content": "hi"}]}).status_code == 401
    assert page.delete(f"/api/keys/{listed[0]['id']}", headers={"x-csrf-token": csrf}
                       ).status_code == 204
    r = program.get("/api/me", headers=auth)
    assert r.status_code == 401 and r.json()["error"]["code"] == "invalid_api_key"
    assert program.get("/api/me", headers={"authorization": "Basic abc"}).status_code == 401


def test_cookie_writes_need_the_csrf_token_and_the_same_origin(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    csrf = signup(client, "sam")
    for headers in ({}, {"x-csrf-token": "forged"}):
        r = chat(client, "hi", headers)
        assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_check_failed"
    evil = {"x-csrf-token": csrf, "origin": "https://evil.example"}
    r = chat(client, "hi", evil)
    assert r.status_code == 403 and r.json()["error"]["code"] == "cross_origin"
    assert chat(client, "hi", {"x-csrf-token": csrf, "origin": "http://testserver"}
                ).status_code == 200
    assert client.get("/api/messages").json()["messages"][0]["content"] == "hi"


BAD_REQUESTS: list[tuple[str, dict[str, Any], int, str]] = [
    ("malformed JSON", {"content": b'{"text": '}, 400, "invalid_json"),
    ("not UTF-8", {"content": b'{"text": "\xff\xfe"}'}, 400, "invalid_json"),
    ("binary", {"content": bytes(range(256))}, 400, "invalid_json"),
    ("form data", {"content": b"text=hi", "ctype": "application/x-www-form-urlencoded"},
     415, "unsupported_media_type"),
    ("no content type", {"content": b'{"text": "hi"}', "ctype": ""}, 415,
     "unsupported_media_type"),
    ("latin-1 JSON", {"content": b'{"text": "hi"}', "ctype": "application/json; charset=latin-1"},
     415, "unsupported_charset"),
    ("too big", {"json": {"text": "x" * 70_000}}, 413, "body_too_large"),
    ("empty message", {"json": {"text": "   "}}, 422, "invalid_input"),
    ("too long", {"json": {"text": "y" * 8001}}, 422, "invalid_input"),
    ("wrong type", {"json": {"text": 42}}, 422, "invalid_request"),
    ("unknown field", {"json": {"text": "hi", "admin": True}}, 422, "invalid_request"),
    ("missing field", {"json": {}}, 422, "invalid_request"),
    ("a list", {"json": ["hi"]}, 422, "invalid_request"),
]


@pytest.mark.parametrize("case", BAD_REQUESTS, ids=[c[0] for c in BAD_REQUESTS])
def test_bad_input_gets_a_clear_json_error(make_app: MakeApp,
                                           case: tuple[str, dict[str, Any], int, str]) -> None:
    _, request, status, code = case
    client = TestClient(make_app())
    headers = {"x-csrf-token": signup(client, "sam")}
    if "json" in request:
        r = client.post("/api/chat", json=request["json"], headers=headers)
    else:
        ctype = request.get("ctype", "application/json")
        if ctype:
            headers["content-type"] = ctype
        r = client.post("/api/chat", content=request["content"], headers=headers)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == code and len(error["message"]) > 10
    assert "Traceback" not in r.text and "File \"" not in r.text


def test_a_huge_body_without_a_length_is_cut_off(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    headers = {"x-csrf-token": signup(client, "sam"), "content-type": "application/json"}

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(100):
            yield b"z" * 1024
        yield b'"}'

    r = client.post("/api/chat", content=chunks(), headers=headers)
    assert r.status_code == 413 and r.json()["error"]["code"] == "body_too_large"
    assert client.get("/api/messages").json()["messages"] == []


def test_control_characters_are_cleaned_and_lone_surrogates_refused(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    headers = {"x-csrf-token": signup(client, "sam"), "content-type": "application/json"}
    for text, status in (("nul\x00 and \x07bell", 200), ("half a pair \ud800", 422)):
        raw = json.dumps({"text": text, "stream": False})  # ASCII with \u escapes
        assert client.post("/api/chat", content=raw.encode(), headers=headers
                           ).status_code == status
    stored = [m["content"] for m in client.get("/api/messages").json()["messages"]]
    assert stored[0] == "nul  and  bell" and len(stored) == 2


def test_unknown_routes_and_methods_answer_json(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    for r, status in ((client.get("/api/nothing"), 404), (client.put("/api/chat"), 405),
                      (client.get("/api/me"), 401), (client.get("/api/messages?limit=0"), 401)):
        assert r.status_code == status
        assert r.json()["error"]["message"]


def test_failures_reach_the_client_without_a_stack_trace(make_app: MakeApp) -> None:
    def explode(messages: Any) -> str:
        raise RuntimeError("secret internals /etc/passwd")

    client = TestClient(make_app(backend=ScriptedBackend(explode)), raise_server_exceptions=False)
    headers = {"x-csrf-token": signup(client, "sam")}
    r = chat(client, "hi", headers, stream=False)
    assert r.status_code == 500 and r.json()["error"]["code"] == "internal_error"
    assert "secret" not in r.text and "Traceback" not in r.text
    streamed = chat(client, "hello", headers)  # stored first, then the error as an event
    assert [k for k, _ in sse_events(streamed.text)] == ["saved", "error"]
    assert "secret" not in streamed.text and "Traceback" not in streamed.text
    assert [m["content"] for m in client.get("/api/messages").json()["messages"]] == [
        "hi", "hello"]


def test_a_model_failure_says_the_message_was_saved(make_app: MakeApp) -> None:
    client = TestClient(make_app(backend=ScriptedBackend(["one two three four"],
                                                         fail_after_words=0)))
    headers = {"x-csrf-token": signup(client, "sam")}
    r = chat(client, "hi", headers, stream=False)
    assert r.status_code == 502 and "saved" in r.json()["error"]["message"]
    events = sse_events(chat(client, "hi again", headers).text)
    assert [k for k, _ in events] == ["saved", "error"]
    assert json.loads(events[-1][1])["error"]["code"] == "model_unavailable"
    mid = TestClient(make_app(backend=ScriptedBackend(["One. Two. Three four."],
                                                      fail_after_words=3)))
    headers = {"x-csrf-token": signup(mid, "alex")}
    r = chat(mid, "hello", headers)
    assert r.status_code == 200
    events = sse_events(r.text)
    assert [k for k, _ in events] == ["saved", "token", "token", "error"]
    assert json.loads(events[-1][1])["error"]["code"] == "model_unavailable"
    assert [m["content"] for m in mid.get("/api/messages").json()["messages"]] == ["hello"]


def test_a_retry_answers_the_stored_message_without_storing_it_again(
        make_app: MakeApp) -> None:
    calls: list[int] = []

    def flaky(messages: Any) -> str:
        calls.append(1)
        if len(calls) == 1:
            raise BackendError("the model went away")
        return echo()(messages)

    app = make_app(backend=ScriptedBackend(flaky))
    client = TestClient(app)
    headers = {"x-csrf-token": signup(client, "sam")}
    events = sse_events(chat(client, "are you there?", headers).text)
    assert [k for k, _ in events] == ["saved", "error"]
    saved = json.loads(events[0][1])["message_id"]
    again = sse_events(client.post("/api/chat", json={"reply_to": saved}, headers=headers).text)
    kinds = [k for k, _ in again]
    assert kinds[0] == "saved" and kinds[-1] == "reply" and "token" in kinds
    reply = json.loads(again[-1][1])
    assert said_in(reply["text"]) == "are you there?" and reply["user_message_id"] == saved
    twice = client.post("/api/chat", json={"reply_to": saved, "stream": False}, headers=headers)
    assert twice.json()["text"] == reply["text"] and len(calls) == 2  # the stored reply
    history = client.get("/api/messages").json()["messages"]
    assert [(m["role"], m["content"]) for m in history] == [
        ("user", "are you there?"), ("assistant", reply["text"])]
    other = TestClient(app)
    other_headers = {"x-csrf-token": signup(other, "alex")}
    r = other.post("/api/chat", json={"reply_to": saved}, headers=other_headers)
    assert r.status_code == 404 and r.json()["error"]["code"] == "no_such_message"


def test_the_same_idempotency_key_stores_a_message_once(make_app: MakeApp) -> None:
    calls: list[int] = []

    def flaky(messages: Any) -> str:
        calls.append(1)
        if len(calls) == 2:  # the second message's first reply fails
            raise BackendError("the model went away")
        return echo()(messages)

    app = make_app(backend=ScriptedBackend(flaky))
    client = TestClient(app)
    csrf = signup(client, "sam")
    once = {"x-csrf-token": csrf, "idempotency-key": "a1b2-c3"}
    first = sse_events(chat(client, "hello once", once).text)
    again = sse_events(chat(client, "hello once", once).text)  # the answer was lost: again
    assert [k for k, _ in again] == ["saved", "reply"]
    assert json.loads(again[0][1]) == json.loads(first[0][1])
    assert json.loads(again[1][1])["text"] == json.loads(first[-1][1])["text"]
    whole = chat(client, "hello once", once, stream=False).json()
    assert whole["text"] == json.loads(first[-1][1])["text"] and len(calls) == 1

    failed = {"x-csrf-token": csrf, "idempotency-key": "d4e5"}
    assert [k for k, _ in sse_events(chat(client, "are you there", failed).text)] == [
        "saved", "error"]
    answered = sse_events(chat(client, "are you there", failed).text)  # stored: answered
    assert answered[0][0] == "saved" and answered[-1][0] == "reply"
    assert said_in(json.loads(answered[-1][1])["text"]) == "are you there"
    history = [(m["role"], said_in(m["content"]) or m["content"])
               for m in client.get("/api/messages").json()["messages"]]
    assert history == [("user", "hello once"), ("assistant", "hello once"),
                       ("user", "are you there"), ("assistant", "are you there")]

    other = TestClient(app)  # keys are per user: another user's same key is their own
    theirs = {"x-csrf-token": signup(other, "alex"), "idempotency-key": "a1b2-c3"}
    reply = chat(other, "my own hello", theirs, stream=False).json()
    assert said_in(reply["text"]) == "my own hello"
    bad = chat(client, "x", {"x-csrf-token": csrf, "idempotency-key": "has space"})
    assert bad.status_code == 422 and bad.json()["error"]["param"] == "header.idempotency-key"


def test_the_display_name_is_what_the_companion_calls_you(make_app: MakeApp) -> None:
    backend = ScriptedBackend(echo())
    client = TestClient(make_app(backend=backend))
    r = client.post("/api/signup", json={"username": "mia.w", "password": PASSWORD,
                                         "display_name": "  Mia  "})
    headers = {"x-csrf-token": r.json()["csrf_token"]}
    me = client.get("/api/me").json()
    assert me["username"] == "mia.w" and me["display_name"] == "Mia"
    chat(client, "hi", headers, stream=False)
    system = backend.calls[-1][0].content
    assert "Mia" in system and "mia.w" not in system
    changed = client.patch("/api/me", json={"display_name": "Mimi"}, headers=headers).json()
    assert changed["display_name"] == "Mimi"
    chat(client, "hello", headers, stream=False)
    assert "Mimi" in backend.calls[-1][0].content
    assert client.patch("/api/me", json={"display_name": " "}, headers=headers
                        ).json()["display_name"] == "mia.w"  # empty: the username again
    too_long = client.patch("/api/me", json={"display_name": "x" * 41}, headers=headers)
    assert too_long.status_code == 422


def test_per_user_rate_limits(make_app: MakeApp) -> None:
    app = make_app(chat_per_minute=2, logins_per_15min=3)
    client = TestClient(app)
    headers = {"x-csrf-token": signup(client, "sam")}
    assert [chat(client, f"m{i}", headers, stream=False).status_code for i in range(3)] == [
        200, 200, 429]
    r = chat(client, "again", headers)
    assert r.status_code == 429 and int(r.headers["retry-after"]) >= 1
    assert r.json()["error"]["code"] == "rate_limited"
    other = TestClient(app)  # another user is not limited by sam's messages
    assert chat(other, "hi", {"x-csrf-token": signup(other, "alex")}).status_code == 200
    codes = [TestClient(app).post("/api/login", json={"username": "sam", "password": "nope"}
                                  ).status_code for _ in range(4)]
    assert codes == [401, 401, 401, 429]


def test_security_headers_on_page_api_and_stream(make_app: MakeApp) -> None:
    client = TestClient(make_app())
    page = client.get("/")
    assert page.status_code == 200 and "<html" in page.text
    headers = {"x-csrf-token": signup(client, "sam")}
    for r in (page, client.get("/api/me"), chat(client, "hi", headers),
              client.get("/static/app.js"), client.get("/api/none")):
        assert "default-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.headers["x-frame-options"] == "DENY"
        assert r.headers["referrer-policy"] == "no-referrer"
    assert client.get("/api/me").headers["cache-control"] == "no-store"


def test_memory_ledger_lists_corrects_and_forgets(make_app: MakeApp) -> None:
    client = TestClient(make_app(memory=True))
    headers = {"x-csrf-token": signup(client, "sam")}
    assert chat(client, "I like pizza", headers, stream=False).status_code == 200
    memories = client.get("/api/memories").json()["memories"]
    assert len(memories) == 1
    fact = memories[0]
    assert fact["object"] == "pizza" and fact["source_text"] == "I like pizza"
    assert fact["source_message_id"] is not None
    r = client.patch(f"/api/memories/{fact['id']}", json={"value": "sushi"}, headers=headers)
    assert r.status_code == 200 and r.json()["object"] == "sushi"
    memories = client.get("/api/memories").json()["memories"]
    assert [m["object"] for m in memories] == ["sushi"]
    assert client.patch(f"/api/memories/{fact['id']}", json={"value": "x"},
                        headers=headers).status_code == 404  # the old version is history now
    r = client.delete(f"/api/memories/{memories[0]['id']}", headers=headers)
    assert r.status_code == 200 and r.json()["forgotten"] >= 1
    assert client.get("/api/memories").json()["memories"] == []
    assert client.delete(f"/api/memories/{memories[0]['id']}", headers=headers
                         ).status_code == 404


def test_export_is_one_archive_with_card_memories_and_messages(make_app: MakeApp) -> None:
    client = TestClient(make_app(memory=True))
    headers = {"x-csrf-token": signup(client, "sam")}
    chat(client, "I love dogs", headers, stream=False)
    chat(client, "what a day q7", headers, stream=False)
    r = client.get("/api/export")
    assert r.status_code == 200 and r.headers["content-type"] == "application/zip"
    assert "attachment" in r.headers["content-disposition"]
    archive = zipfile.ZipFile(io.BytesIO(r.content))
    assert {"README.txt", "account.json", "character.json", "memories.jsonl",
            "messages.jsonl"} <= set(archive.namelist())
    card = json.loads(archive.read("character.json"))
    assert card["spec"] == "chara_card_v2" and card["data"]["name"] == "Sunny"
    messages = [json.loads(x) for x in archive.read("messages.jsonl").splitlines()]
    assert [m["content"] for m in messages] == [
        "I love dogs", "You said: I love dogs.", "what a day q7", "You said: what a day q7."]
    memories = [json.loads(x) for x in archive.read("memories.jsonl").splitlines()]
    assert any(m["type"] == "fact" and m["object"] == "dogs" for m in memories)
    assert json.loads(archive.read("account.json"))["username"] == "sam"


def test_deleting_an_account_purges_it_and_nothing_else(make_app: MakeApp) -> None:
    app = make_app(memory=True)
    sam, alex = TestClient(app), TestClient(app)
    sam_h, alex_h = {"x-csrf-token": signup(sam, "sam")}, {"x-csrf-token": signup(alex, "alex")}
    sam_key, alex_key = new_key(sam, sam_h["x-csrf-token"]), new_key(alex, alex_h["x-csrf-token"])
    for client, h in ((sam, sam_h), (alex, alex_h)):
        chat(client, "I like pizza", h, stream=False)
        chat(client, "I love the sea", h, stream=False)
    accounts: Accounts = app.state.ctx.accounts
    sam_id = accounts.login_record("sam")[0]  # type: ignore[index]
    alex_id = accounts.login_record("alex")[0]  # type: ignore[index]
    alex_before = accounts.count_rows(alex_id)
    assert accounts.count_rows(sam_id)["facts"] == 2
    r = sam.request("DELETE", "/api/account", json={"password": "not it at all"}, headers=sam_h)
    assert r.status_code == 403 and accounts.count_rows(sam_id)["messages"] == 4
    r = sam.request("DELETE", "/api/account", json={"password": PASSWORD}, headers=sam_h)
    assert r.status_code == 204
    assert set(accounts.count_rows(sam_id).values()) == {0}
    assert accounts.count_rows(alex_id) == alex_before
    assert sam.get("/api/me").status_code == 401
    assert sam.get("/api/me", headers={"authorization": f"Bearer {sam_key}"}).status_code == 401
    assert alex.get("/api/me", headers={"authorization": f"Bearer {alex_key}"}
                    ).status_code == 200
    assert len(alex.get("/api/messages").json()["messages"]) == 4
    assert TestClient(app).post("/api/signup", json={"username": "sam", "password": PASSWORD}
                                ).status_code == 201  # the name is free again


def test_an_under_13_answer_closes_the_web_account(make_app: MakeApp) -> None:
    app = make_app()
    ctx = app.state.ctx
    ctx.engine.stages.policy = SafetyPolicy(ctx.engine.store, ctx.settings)
    client = TestClient(app)
    headers = {"x-csrf-token": signup(client, "kid")}
    user_id = ctx.accounts.login_record("kid")[0]
    assert "how old" in chat(client, "hi", headers, stream=False).json()["text"]
    reply = chat(client, "I'm 11", headers, stream=False).json()
    assert reply["mode"] == "under_13" and reply["reply_message_id"] is None
    assert client.get("/api/me").status_code == 401  # the account went with the data
    assert ctx.accounts.login_record("kid") is None
    left = {k: v for k, v in ctx.accounts.count_rows(user_id).items() if v}
    assert set(left) <= {"users", "safety_events"}  # the policy keeps the age band only


def test_a_returning_user_is_asked_about_a_passed_event_once(make_app: MakeApp) -> None:
    from datetime import UTC, datetime, timedelta

    from amity.types import Fact

    app = make_app(memory=True)
    client = TestClient(app)
    headers = {"x-csrf-token": signup(client, "sam")}
    assert chat(client, "my driving test is on friday", headers, stream=False).status_code == 200
    assert client.post("/api/opening", headers=headers).json()["message"] is None  # still here
    engine = app.state.ctx.engine
    uid = engine.store.user_id("sam")
    told = engine.history("sam")[0]
    now = datetime.now(UTC)
    engine.stages.memory.remember(uid, told, [Fact("user", "event", "driving test",
                                                   when=(now + timedelta(days=2)).date())], now)
    engine.clock = lambda: now + timedelta(days=4)
    opened = client.post("/api/opening", headers=headers).json()["message"]
    assert opened is not None and opened["role"] == "assistant"
    assert "driving test" in opened["content"] and opened["kind"] == "opening"
    history = client.get("/api/messages").json()["messages"]
    assert history[-1]["id"] == opened["id"]  # stored in the conversation
    assert client.post("/api/opening", headers=headers).json()["message"] is None  # asked once
    assert client.post("/api/opening").status_code == 403  # the session's CSRF token
