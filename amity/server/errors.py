"""Every failure as one JSON shape, and never a stack trace to a client.

``{"error": {"code": "...", "message": "...", "type": "...", "param": ...}}`` — ``message``
says what to do; ``type`` and ``param`` (the request field at fault, or null) follow the
OpenAI error convention so OpenAI clients show the message too. Under ``/v1`` a request
that fails validation is a 400, as OpenAI answers; elsewhere it is a 422.
``install(app)`` registers the handlers: ``ApiError`` (raised by routes), amity's own
errors (translated to a status here, at the boundary), FastAPI's validation errors,
routing errors (404, 405), and anything unexpected (500, logged on the server with its
traceback, answered with a generic message).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from ..errors import AmityError, BackendError, InputError, NotFoundError, StoreError
from ..store.accounts import AccountExistsError
from ..store.repo import DuplicateKeyError

log = logging.getLogger("amity.server")

_TYPES = {400: "invalid_request_error", 401: "authentication_error",
          403: "permission_error", 404: "not_found_error", 409: "conflict_error",
          413: "invalid_request_error", 415: "invalid_request_error",
          422: "invalid_request_error", 429: "rate_limit_error"}


class ErrorDetail(BaseModel):
    code: str
    message: str
    type: str
    param: str | None = None


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class ApiError(HTTPException):
    """An error a route means to return: status, a stable code, and a message with the fix."""

    def __init__(self, status: int, code: str, message: str,
                 headers: dict[str, str] | None = None, param: str | None = None) -> None:
        super().__init__(status, message, headers)
        self.code = code
        self.message = message
        self.param = param


def body(status: int, code: str, message: str, param: str | None = None) -> dict[str, Any]:
    kind = _TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    return {"error": {"code": code, "message": message, "type": kind, "param": param}}


def respond(status: int, code: str, message: str,
            headers: dict[str, str] | None = None, param: str | None = None) -> JSONResponse:
    return JSONResponse(body(status, code, message, param), status_code=status,
                        headers=headers)


def translate(exc: AmityError) -> ApiError:
    """An amity error as the status and message a client should see (no server paths)."""
    if isinstance(exc, AccountExistsError):
        return ApiError(409, "username_taken", str(exc))
    if isinstance(exc, DuplicateKeyError):
        return ApiError(409, "already_sent", str(exc))
    if isinstance(exc, InputError):
        return ApiError(422, "invalid_input", str(exc))
    if isinstance(exc, NotFoundError):
        return ApiError(404, "not_found", str(exc))
    if isinstance(exc, StoreError):
        log.error("database error: %s", exc)
        return ApiError(503, "database_unavailable",
                        "The server's database is unavailable right now: try again shortly.")
    if isinstance(exc, BackendError):
        log.error("backend error: %s", exc)
        return ApiError(502, "model_unavailable",
                        "The companion couldn't reply just now (its model is unavailable). "
                        "Your message was saved: try again in a moment.")
    log.error("unexpected amity error: %s", exc)
    return ApiError(500, "internal_error", "Something went wrong on the server. Try again.")


_PHRASES = {404: ("not_found", "Nothing here: check the address (the API lives under /api "
                               "and /v1)."),
            405: ("method_not_allowed", "This address does not accept that method.")}


def _validation_error(exc: RequestValidationError, openai: bool) -> ApiError:
    errors = exc.errors()
    first = errors[0] if errors else {}
    if first.get("type") == "json_invalid":
        return ApiError(400, "invalid_json",
                        "The request body is not valid JSON (send UTF-8 JSON).")
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
    return ApiError(400 if openai else 422, "invalid_request",
                    f"{where}: {first.get('msg', 'invalid value')}.", param=where)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return respond(exc.status_code, exc.code, exc.message, exc.headers, exc.param)

    @app.exception_handler(AmityError)
    async def _amity(request: Request, exc: AmityError) -> JSONResponse:
        api = translate(exc)
        return respond(api.status_code, api.code, api.message)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        error = _validation_error(exc, request.url.path.startswith("/v1/"))
        return respond(error.status_code, error.code, error.message, param=error.param)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        code, message = _PHRASES.get(exc.status_code, ("http_error", str(exc.detail)))
        if exc.status_code == 400:  # FastAPI could not decode the body
            code, message = "invalid_json", "The request body is not valid JSON (send UTF-8 JSON)."
        return respond(exc.status_code, code, message, exc.headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return respond(500, "internal_error", "Something went wrong on the server. Try again.")


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for these error statuses (all share ErrorBody)."""
    return {s: {"model": ErrorBody, "description": "error"} for s in statuses}
