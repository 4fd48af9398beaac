"""schemathesis against the app's OpenAPI schema (SQLite and PostgreSQL): generated requests,
valid and invalid, never get a 5xx, and every answer matches the schema (status codes,
content types, bodies, headers)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi import checks as openapi_checks
from server_support import MakeApp, app_maker, new_key, signup

from amity import Settings
from amity.store.accounts import Accounts

CHECKS = [
    schemathesis.checks.not_a_server_error,
    openapi_checks.status_code_conformance,
    openapi_checks.content_type_conformance,
    openapi_checks.response_schema_conformance,
    openapi_checks.response_headers_conformance,
    openapi_checks.negative_data_rejection,
]


@pytest.fixture
def make_app(settings: Settings, db_url: str) -> Iterator[MakeApp]:
    yield from app_maker(settings, db_url)


@pytest.fixture
def served(make_app: MakeApp) -> dict[str, Any]:
    """An app with one user who has a conversation and memories, and their API key."""
    app: FastAPI = make_app(memory=True)
    client = TestClient(app)
    csrf = signup(client, "sam")
    for text in ("I like kites", "I love the sea", "how are you"):
        client.post("/api/chat", json={"text": text, "stream": False},
                    headers={"x-csrf-token": csrf})
    accounts: Accounts = app.state.ctx.accounts
    return {"app": app, "key": new_key(client, csrf), "accounts": accounts,
            "user_id": accounts.login_record("sam")[0]}  # type: ignore[index]


#: invalid data may also be refused for its size (413), before it is even parsed
REJECTED = ["400", "401", "403", "404", "405", "406", "409", "413", "415", "422", "428", "429"]
CONFIG = SchemathesisConfig.from_dict(
    {"checks": {"negative_data_rejection": {"expected-statuses": REJECTED}}})


def _operations(app: FastAPI) -> list[Any]:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("mode", list(schemathesis.GenerationMode), ids=lambda m: m.value)
def test_the_api_keeps_to_its_schema(served: dict[str, Any],
                                     mode: schemathesis.GenerationMode) -> None:
    accounts: Accounts = served["accounts"]
    operations = _operations(served["app"])
    assert len(operations) >= 17

    for operation in operations:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=10, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def check(case: Any) -> None:
            if accounts.key_principal(served["key"]) is None:  # a generated DELETE revoked it
                served["key"] = accounts.create_api_key(served["user_id"], "again")[0]
            case.call_and_validate(headers={"Authorization": f"Bearer {served['key']}"},
                                   checks=CHECKS)

        try:
            check()
        except Unsatisfiable:  # nothing to make invalid (no parameters, no body)
            assert mode is schemathesis.GenerationMode.NEGATIVE


def test_every_operation_documents_what_the_guard_may_answer(served: dict[str, Any]) -> None:
    # found by the negative schema run: a GET with "Content-Length: @" is refused with 400
    client = TestClient(served["app"])
    got = client.get("/v1/models", headers={"content-length": "@",
                                            "Authorization": f"Bearer {served['key']}"})
    assert got.status_code == 400 and got.json()["error"]["code"] == "bad_content_length"
    schema = served["app"].openapi()
    for path in schema["paths"].values():
        for operation in path.values():
            assert {"400", "413"} <= set(operation["responses"])
