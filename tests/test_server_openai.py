"""The OpenAI-compatible route, driven by the official ``openai`` Python client against a
real uvicorn server on 127.0.0.1 (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest
from server_support import MakeApp, app_maker, live_server, new_key, said_in, signup

from amity import Settings


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
    assert len([p for p in pieces if p]) > 1 and finish == "stop" and usage is not None
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
    with pytest.raises(openai.UnprocessableEntityError, match="empty"):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": " "}])
