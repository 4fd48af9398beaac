"""Who is calling: password hashing, session cookies, API keys, CSRF, per-user limits.

``Passwords`` hashes with argon2id (argon2-cffi), a bounded number at a time, and verifies
in constant work whether or not the account exists. ``caller`` is the FastAPI dependency
every protected route takes: it accepts ``Authorization: Bearer <API key>`` (programs) or
the HttpOnly, SameSite=Strict session cookie (the page), in which case any write must also
carry the session's ``X-CSRF-Token`` header. A key can do only what its scopes allow
(``scoped``); ``session_caller`` takes the session only (managing keys, the export, deleting
the account). It then counts the request against the user's limit in the database.
Routes get a ``Principal`` and scope every read and write by its user id.
Knows nothing about chat or memory.
"""

from __future__ import annotations

import hashlib
import hmac
import threading
from datetime import timedelta
from typing import Annotated, Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import Depends, Request, Response
from fastapi.security import APIKeyCookie, HTTPBearer

from ..store.accounts import Principal
from .config import ServerSettings
from .context import Context, context
from .errors import ApiError

COOKIE = "amity_session"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MINUTE = timedelta(minutes=1)

_bearer = HTTPBearer(auto_error=False,
                     description="an API key (create one in the page's settings, under API keys)")
_cookie = APIKeyCookie(name=COOKIE, auto_error=False, description="the page's login session")


class Passwords:
    def __init__(self, server: ServerSettings) -> None:
        self.hasher = PasswordHasher(time_cost=server.argon2_time_cost,
                                     memory_cost=server.argon2_memory_kib,
                                     parallelism=server.argon2_parallelism)
        self._slots = threading.BoundedSemaphore(server.max_parallel_hashes)
        self._dummy = self.hash("not a real password")

    def hash(self, password: str) -> str:
        with self._slots:
            return self.hasher.hash(password.encode("utf-8", "surrogatepass"))

    def verify(self, hashed: str | None, password: str) -> bool:
        """True when ``password`` matches; with no account, burns the same work and fails."""
        with self._slots:
            try:
                secret = password.encode("utf-8", "surrogatepass")
                return self.hasher.verify(hashed or self._dummy, secret) and hashed is not None
            except (VerifyMismatchError, VerificationError, InvalidHashError):
                return False

    def needs_rehash(self, hashed: str) -> bool:
        return self.hasher.check_needs_rehash(hashed)


def client_tag(request: Request) -> str:
    """A short hash of the client address, for per-address limits (no raw IPs stored)."""
    host = request.client.host if request.client else "unknown"
    return hashlib.sha256(host.encode()).hexdigest()[:16]


def limit(ctx: Context, bucket: str, count: int, window: timedelta, what: str,
          user_id: int | None = None) -> None:
    wait = ctx.accounts.hit(bucket, count, window, user_id=user_id)
    if wait:
        seconds = max(1, round(wait))
        raise ApiError(429, "rate_limited", f"Too many {what}: wait {seconds} s and try again.",
                       headers={"Retry-After": str(seconds)})


def set_session_cookie(request: Request, response: Response, token: str,
                       server: ServerSettings) -> None:
    secure = server.secure_cookies == "always" or (
        server.secure_cookies == "auto" and request.url.scheme == "https")
    response.set_cookie(COOKIE, token, max_age=server.session_days * 86400, path="/",
                        httponly=True, samesite="strict", secure=secure)


def clear_session_cookie(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/", httponly=True, samesite="strict")


def session_ttl(server: ServerSettings) -> timedelta:
    return timedelta(days=server.session_days)


def _resolve(request: Request, ctx: Context, *, keys_only: bool) -> Principal:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, "bad_authorization",
                           "Send the API key as 'Authorization: Bearer <key>'.",
                           headers={"WWW-Authenticate": "Bearer"})
        found = ctx.accounts.key_principal(token.strip())
        if found is None:
            raise ApiError(401, "invalid_api_key",
                           "That API key is not valid: create a new one in the page's "
                           "settings (⋯ → API keys).",
                           headers={"WWW-Authenticate": "Bearer"})
        return found
    if keys_only:
        raise ApiError(401, "missing_api_key",
                       "Send an API key as 'Authorization: Bearer <key>' (create one in the "
                       "page's settings, under API keys).", headers={"WWW-Authenticate": "Bearer"})
    token = request.cookies.get(COOKIE)
    found = ctx.accounts.session_principal(token) if token else None
    if found is None:
        raise ApiError(401, "not_logged_in", "Log in first (or send an API key).",
                       headers={"WWW-Authenticate": "Bearer"})
    if request.method not in SAFE_METHODS:
        sent = request.headers.get("x-csrf-token", "")
        if not hmac.compare_digest(sent.encode(), found.csrf.encode()):
            raise ApiError(403, "csrf_check_failed",
                           "This request lacks the page's X-CSRF-Token header: reload the "
                           "page and try again.")
    return found


def _counted(ctx: Context, found: Principal) -> Principal:
    limit(ctx, f"u{found.user_id}:req", ctx.server.requests_per_minute, MINUTE, "requests",
          found.user_id)
    return found


def _allowed(found: Principal, scope: str) -> Principal:
    if scope not in found.scopes:
        raise ApiError(403, "insufficient_scope",
                       f"This API key lacks the '{scope}' scope: create a key with it on "
                       "the page.")
    return found


def caller(
    request: Request, ctx: Annotated[Context, Depends(context)],
    _b: Annotated[object, Depends(_bearer)] = None,
    _c: Annotated[object, Depends(_cookie)] = None,
) -> Principal:
    """The logged-in user (session cookie or API key of any scope), counted against their
    limit."""
    return _counted(ctx, _resolve(request, ctx, keys_only=False))


def scoped(scope: str) -> Any:
    """A dependency: the caller, who must be the session or a key with ``scope``."""

    def dependency(
        request: Request, ctx: Annotated[Context, Depends(context)],
        _b: Annotated[object, Depends(_bearer)] = None,
        _c: Annotated[object, Depends(_cookie)] = None,
    ) -> Principal:
        return _counted(ctx, _allowed(_resolve(request, ctx, keys_only=False), scope))

    dependency.__name__ = f"caller_with_{scope.replace(':', '_')}"
    return dependency


def session_caller(
    request: Request, ctx: Annotated[Context, Depends(context)],
    _c: Annotated[object, Depends(_cookie)] = None,
) -> Principal:
    """The user of the browser session: key management, the export and deleting the
    account take no API key (a leaked key must not mint keys, take the data or delete)."""
    if request.headers.get("authorization") is not None:
        raise ApiError(403, "session_required",
                       "API keys can't do this: log in on the page and do it there.")
    return _counted(ctx, _resolve(request, ctx, keys_only=False))


def key_caller(
    request: Request, ctx: Annotated[Context, Depends(context)],
    _b: Annotated[object, Depends(_bearer)] = None,
) -> Principal:
    """The user of an API key with the chat scope (the OpenAI-compatible routes take keys
    only)."""
    return _counted(ctx, _allowed(_resolve(request, ctx, keys_only=True), "chat"))


def chat_caller(
    request: Request, ctx: Annotated[Context, Depends(context)],
    _b: Annotated[object, Depends(_bearer)] = None,
    _c: Annotated[object, Depends(_cookie)] = None,
) -> Principal:
    """The user sending a chat message, counted against their message allowance."""
    return _chat(_allowed(_resolve(request, ctx, keys_only=False), "chat"), ctx)


def key_chat_caller(
    request: Request, ctx: Annotated[Context, Depends(context)],
    _b: Annotated[object, Depends(_bearer)] = None,
) -> Principal:
    """The API-key user sending a chat message (the OpenAI-compatible route)."""
    return _chat(_allowed(_resolve(request, ctx, keys_only=True), "chat"), ctx)


def _chat(who: Principal, ctx: Context) -> Principal:
    limit(ctx, f"u{who.user_id}:chat", ctx.server.chat_per_minute, MINUTE, "messages",
          who.user_id)
    return who


Caller = Annotated[Principal, Depends(caller)]
SessionCaller = Annotated[Principal, Depends(session_caller)]
conversation_caller = scoped("chat")
memory_reader = scoped("memories:read")
memory_writer = scoped("memories:write")
ConversationCaller = Annotated[Principal, Depends(conversation_caller)]
MemoryReader = Annotated[Principal, Depends(memory_reader)]
MemoryWriter = Annotated[Principal, Depends(memory_writer)]
ChatCaller = Annotated[Principal, Depends(chat_caller)]
KeyChatCaller = Annotated[Principal, Depends(key_chat_caller)]
KeyCaller = Annotated[Principal, Depends(key_caller)]
Ctx = Annotated[Context, Depends(context)]
