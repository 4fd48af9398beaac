"""Guard: an ASGI middleware that every HTTP request passes first.

It adds the security headers to every response (a strict Content-Security-Policy, no
sniffing, no framing, no referrer; HSTS over HTTPS; ``no-store`` on API answers), refuses
bodies over the size limit (413, also when the size is not announced), refuses API writes
that are not JSON (415) and cross-site API writes (403, by the Origin header), each with the
JSON error shape, and requests for a host name the server does not answer to (421: DNS
rebinding against a loopback server). It keeps no state between requests.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import ApiError, body

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
API_PREFIXES = ("/api/", "/v1/")


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, "body_too_large", f"The request body is over the {limit:,}-byte "
                         "limit.")


class Guard:
    def __init__(self, app: ASGIApp, max_body_bytes: int,
                 hosts: frozenset[str] | None = None) -> None:
        self.app = app
        self.limit = max_body_bytes
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        is_api = path.startswith(API_PREFIXES)
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in HEADERS if k not in names]
                if is_api and b"cache-control" not in names:
                    headers.append((b"cache-control", b"no-store"))
                if https:
                    headers.append((b"strict-transport-security", b"max-age=31536000"))
                message = {**message, "headers": headers}
            await send(message)

        refusal = self._refuse(scope, is_api)
        if refusal is not None:
            await _send_json(send_with_headers, *refusal)
            return
        await self.app(scope, self._counting(receive), send_with_headers)

    def _refuse(self, scope: Scope, is_api: bool) -> tuple[int, str, str] | None:
        headers = Headers(scope=scope)
        if self.hosts is not None and host_name(headers.get("host", "")) not in self.hosts:
            return (421, "unknown_host", "This server does not answer to that host name "
                    "(set AMITY_SERVER_ALLOWED_HOSTS to add it).")
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return 400, "bad_content_length", "The Content-Length header is not a number."
            if int(length) > self.limit:
                return (413, "body_too_large",
                        f"The request body is over the {self.limit:,}-byte limit.")
        method = scope["method"]
        if not is_api or method in SAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin and origin != "null":
            host = headers.get("host", "")
            if origin.split("://", 1)[-1].rstrip("/") != host:
                return 403, "cross_origin", "Cross-site requests to this API are not allowed."
        has_body = (length not in (None, "0")) or "chunked" in headers.get(
            "transfer-encoding", "")
        if has_body:
            kind, _, params = headers.get("content-type", "").partition(";")
            if kind.strip().lower() != "application/json":
                return (415, "unsupported_media_type",
                        "Send the request body as JSON (Content-Type: application/json).")
            charset = params.strip().lower().removeprefix("charset=").strip('"')
            if params.strip() and charset not in ("utf-8", "utf8"):
                return 415, "unsupported_charset", "Send JSON encoded as UTF-8."
        return None

    def _counting(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.limit

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise BodyTooLarge(limit)
            return message

        return counted


def host_name(host: str) -> str:
    """The Host header without its port, lower-case ('[::1]:8000' -> '::1')."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


async def _send_json(send: Send, status: int, code: str, message: str) -> None:
    payload: Any = json.dumps(body(status, code, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(payload)).encode())]})
    await send({"type": "http.response.body", "body": payload})
