"""The OpenAI-compatible route, driven by the official ``openai`` Python client against a
real uvicorn server on 127.0.0.1 (SQLite and PostgreSQL): chat, real streaming (chunks as
the reply is written), usage over the messages sent, one model by id, OpenAI's error shape
(400 with ``param``), and onboarding for programs (the age question once, or none when the
operator declares API users adults)."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import openai
import pytest
from server_support import MakeApp, app_maker, echo, live_server, new_key, said_in, signup

from amity import ScriptedBackend, Settings
from amity.policy import SafetyPolicy


@pytest.fixture
def make_app(settings: Settings, db_url: str) -> Iterator[MakeApp]:
    yield from app_maker(settings, db_url)


@pytest.fixture
def served(make_app: MakeApp) -> Iterator[tuple[str, str]]:
    """(base URL, API key of user 'sam') of a live server."""
    with live_server(make_app(memory=True)) as base, httpx.Client(base_url=base) as web:
        key = new_key(web, signup(web, "sam"))
        yield base, key


def test_the_openai_client_chats_without_streaming(served: tuple[str, str]) -> None:
    base, key = served
    client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
    assert [m.id for m in client.models.list()] == ["amity-sunny"]
    done = client.chat.completions.create(model="amity-sunny", messages=[
        {"role": "system", "content": "You are a pirate."},  # amity keeps its own persona
        {"role": "user", "content": "I like kites"}])
    assert said_in(done.choices[0].message.content or "") == "I like kites"
    assert done.choices[0].finish_reason == "stop" and done.usage and done.usage.total_tokens > 0
    extra = done.model_extra or {}
    assert extra["amity"]["facts"][0]["object"] == "kites"
    again = client.chat.completions.create(model="amity-sunny", messages=[
        {"role": "user", "content": [{"type": "text", "text": "what do I like?"}]}])
    memories = (again.model_extra or {})["amity"]["memories"]
    assert any("kites" in m["text"] for m in memories)  # amity's memory, through the route


def test_the_openai_client_streams(served: tuple[str, str]) -> None:
    base, key = served
    client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
    stream = client.chat.completions.create(
        model="amity-sunny", stream=True, stream_options={"include_usage": True},
        messages=[{"role": "user", "content": "tell me a story about owls"}])
    pieces, finish, usage = [], None, None
    for chunk in stream:
        if chunk.usage:
            usage = chunk.usage
        for choice in chunk.choices:
            pieces.append(choice.delta.content or "")
            finish = choice.finish_reason or finish
    text = "".join(pieces)
    assert said_in(text) == "tell me a story about owls"
    assert [p for p in pieces if p] and finish == "stop" and usage is not None
    with httpx.Client(base_url=base, headers={"authorization": f"Bearer {key}"}) as web:
        history = web.get("/api/messages").json()["messages"]
    assert [m["content"] for m in history][-2:] == ["tell me a story about owls", text]


def test_the_openai_client_sees_clear_errors(served: tuple[str, str]) -> None:
    base, key = served
    bad = openai.OpenAI(base_url=f"{base}/v1", api_key="amity_not-a-key", max_retries=0)
    with pytest.raises(openai.AuthenticationError, match="not valid"):
        bad.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
    with pytest.raises(openai.BadRequestError, match="last message must be the user's"):
        client.chat.completions.create(model="m", messages=[
            {"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}])
    with pytest.raises(openai.BadRequestError, match="empty") as empty:
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": " "}])
    assert empty.value.status_code == 400 and empty.value.param == "messages.0.content"
    with pytest.raises(openai.BadRequestError) as invalid:  # a validation error: 400, not 422
        client.chat.completions.create(model="m", messages=[{"content": "hi"}])  # type: ignore[list-item, typeddict-item]
    assert invalid.value.param == "messages.0.role"
    assert invalid.value.body["type"] == "invalid_request_error"  # type: ignore[index]
    assert client.models.retrieve("amity-sunny").id == "amity-sunny"
    with pytest.raises(openai.NotFoundError, match="does not exist") as missing:
        client.models.retrieve("gpt-4")
    assert missing.value.param == "model"  # type: ignore[attr-defined]


def test_usage_counts_every_message_sent(served: tuple[str, str]) -> None:
    base, key = served
    client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
    short = client.chat.completions.create(model="amity-sunny", messages=[
        {"role": "user", "content": "hi"}])
    long = client.chat.completions.create(model="amity-sunny", messages=[
        {"role": "system", "content": "a long system prompt " * 20},
        {"role": "assistant", "content": "an earlier reply"},
        {"role": "user", "content": "hi"}])
    assert short.usage and long.usage
    assert long.usage.prompt_tokens > short.usage.prompt_tokens + 40
    assert long.usage.total_tokens == long.usage.prompt_tokens + long.usage.completion_tokens


def test_the_stream_sends_pieces_as_they_are_written(make_app: MakeApp) -> None:
    app = make_app(backend=ScriptedBackend(echo(words=20), delay=0.03))
    with live_server(app) as base, httpx.Client(base_url=base) as web:
        key = new_key(web, signup(web, "sam"))
        client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
        stream = client.chat.completions.create(model="amity-sunny", stream=True, messages=[
            {"role": "user", "content": "tell me everything"}])
        start, times, pieces = time.monotonic(), [], []
        for chunk in stream:
            for choice in chunk.choices:
                if choice.delta.content:
                    times.append(time.monotonic() - start)
                    pieces.append(choice.delta.content)
    assert said_in("".join(pieces)) == "tell me everything" and len(pieces) >= 3
    assert times[-1] - times[0] > 0.2  # spread over the writing, not sent all at once


def _first_replies(make_app: MakeApp, **server: object) -> list[str]:
    app = make_app(**server)
    ctx = app.state.ctx
    ctx.engine.stages.policy = SafetyPolicy(ctx.engine.store, ctx.settings)
    with live_server(app) as base, httpx.Client(base_url=base) as web:
        key = new_key(web, signup(web, "sam"))
        client = openai.OpenAI(base_url=f"{base}/v1", api_key=key, max_retries=0)
        return [client.chat.completions.create(model="amity-sunny", messages=[
            {"role": "user", "content": text}]).choices[0].message.content or ""
            for text in ("hello!", "tell me a joke", "what's new?")]


def test_an_api_client_is_asked_its_age_once(make_app: MakeApp) -> None:
    replies = _first_replies(make_app)
    assert "how old are you" in replies[0].lower()
    assert not any("old are you" in r.lower() or "how old" in r.lower() for r in replies[1:])
    assert said_in(replies[2].split("\n\n")[-1]) == "what's new?"


def test_an_operator_can_declare_api_users_adults(make_app: MakeApp) -> None:
    replies = _first_replies(make_app, adult_api=True)
    assert not any("how old" in r.lower() for r in replies)
    assert "I'm an AI" in replies[0]  # the disclosure still comes first
