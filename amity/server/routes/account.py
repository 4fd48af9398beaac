"""Account routes: sign up, log in, log out, who am I, API keys, delete the account.

Thin: each route checks its input, counts the attempt against the limits, and calls
``Passwords`` and ``Accounts``. Sign-up also opens the user's conversation, so there is
exactly one even when the first messages reach several server processes at once.
"""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from ...errors import InputError
from ...replies import clean_input, clean_text
from ...store.accounts import check_username, username_key
from ...store.models import utcnow
from ..auth import (
    Caller,
    Ctx,
    SessionCaller,
    clear_session_cookie,
    client_tag,
    limit,
    session_ttl,
    set_session_cookie,
)
from ..errors import ApiError, documented
from ..passwords import check_new_password
from ..schemas import (
    CharacterOut,
    Credentials,
    KeyCreated,
    KeyIn,
    KeyOut,
    MeOut,
    PasswordConfirm,
    ProfileIn,
    SessionOut,
    SignupIn,
)

router = APIRouter(tags=["account"])
WINDOW = timedelta(minutes=15)
AUTHED = documented(401, 403, 429)
BODY = documented(400, 413, 415, 422)
KEY_ID = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _start_session(request: Request, response: Response, ctx: Ctx, user_id: int,
                   username: str) -> SessionOut:
    token, csrf = ctx.accounts.create_session(user_id, session_ttl(ctx.server))
    set_session_cookie(request, response, token, ctx.server)
    if random.random() < 0.02:  # now and then, drop expired sessions and idle counters
        ctx.accounts.purge_expired(utcnow(), timedelta(days=1))
    return SessionOut(username=username, csrf_token=csrf)


@router.post("/api/signup", status_code=201, response_model=SessionOut,
             responses={**BODY, **documented(409, 429)})
def signup(body: SignupIn, request: Request, response: Response, ctx: Ctx) -> SessionOut:
    """Create an account and log in (sets the session cookie); ``display_name`` is what your
    companion will call you."""
    tag = client_tag(request)
    limit(ctx, f"ip{tag}:auth", ctx.server.auth_per_15min, WINDOW, "sign-in attempts")
    limit(ctx, f"ip{tag}:signup", ctx.server.signups_per_hour, timedelta(hours=1), "sign-ups")
    check_username(body.username)
    check_new_password(body.password, body.username)
    name = _display_name(body.display_name or "")
    user_id = ctx.accounts.create(body.username, ctx.passwords.hash(body.password))
    if name:
        ctx.engine.store.update_profile(user_id, display_name=name)
    ctx.engine.store.conversation(user_id, ctx.engine.persona.slug)
    return _start_session(request, response, ctx, user_id, body.username)


@router.post("/api/login", response_model=SessionOut,
             responses={**BODY, **documented(401, 429)})
def login(body: Credentials, request: Request, response: Response, ctx: Ctx) -> SessionOut:
    """Log in with username and password (sets the session cookie)."""
    tag = client_tag(request)
    limit(ctx, f"ip{tag}:auth", ctx.server.auth_per_15min, WINDOW, "sign-in attempts")
    try:
        key = username_key(check_username(body.username))
    except InputError:
        key = ""
    record = None
    if key:
        limit(ctx, f"login:{tag}:{key}", ctx.server.logins_per_15min, WINDOW, "login attempts")
        limit(ctx, f"login:*:{key}", ctx.server.logins_per_account_15min, WINDOW,
              "login attempts for this account")
        record = ctx.accounts.login_record(body.username)
    if not ctx.passwords.verify(record[2] if record else None, body.password) or not record:
        raise ApiError(401, "wrong_credentials", "Wrong username or password.")
    user_id, username, hashed = record
    if ctx.passwords.needs_rehash(hashed):
        ctx.accounts.set_password_hash(user_id, ctx.passwords.hash(body.password))
    return _start_session(request, response, ctx, user_id, username)


@router.post("/api/logout", status_code=204, response_class=Response, responses=AUTHED)
def logout(who: Caller, ctx: Ctx) -> Response:
    """End this login session (clears the cookie)."""
    if who.via == "session":
        ctx.accounts.end_session(who)
    response = Response(status_code=204)
    clear_session_cookie(response)
    return response


def _display_name(value: str) -> str:
    """A display name: one line, trimmed, up to 40 characters ("" means the username)."""
    if not value.strip():
        return ""
    return " ".join(clean_input(value, 40).split())


@router.get("/api/me", response_model=MeOut, responses=AUTHED)
def me(who: Caller, ctx: Ctx) -> MeOut:
    """The logged-in user, the page's CSRF token, and the companion's character."""
    info = ctx.accounts.info(who.user_id)
    persona = ctx.engine.persona
    name = ctx.engine.display_name(who.user_id, who.username)
    return MeOut(
        username=who.username, display_name=name, created_at=info["created_at"],
        csrf_token=who.csrf or None,
        character=CharacterOut(name=persona.name, slug=persona.slug,
                               greeting=persona.fill(persona.first_mes, name)),
        memory=ctx.ledger is not None,
    )


@router.patch("/api/me", response_model=MeOut, responses={**AUTHED, **BODY})
def update_me(body: ProfileIn, who: Caller, ctx: Ctx) -> MeOut:
    """Change what your companion calls you (an empty name: your username)."""
    ctx.engine.store.update_profile(who.user_id, display_name=_display_name(body.display_name))
    return me(who, ctx)


@router.get("/api/keys", response_model=list[KeyOut], responses=AUTHED)
def list_keys(who: SessionCaller, ctx: Ctx) -> list[KeyOut]:
    """Your API keys (their names, scopes and first characters; never the keys themselves).
    The page's session only: an API key can't list, create or revoke keys."""
    return [KeyOut(**{**k.__dict__, "scopes": list(k.scopes)})
            for k in ctx.accounts.api_keys(who.user_id)]


@router.post("/api/keys", status_code=201, response_model=KeyCreated,
             responses={**AUTHED, **BODY})
def create_key(body: KeyIn, who: SessionCaller, ctx: Ctx) -> KeyCreated:
    """A new API key for a program (shown once), allowed only its ``scopes``."""
    name = clean_text(body.name, 100, "key name")
    key, info = ctx.accounts.create_api_key(who.user_id, name, tuple(body.scopes))
    return KeyCreated(key=key, **{**info.__dict__, "scopes": list(info.scopes)})


@router.delete("/api/keys/{key_id}", status_code=204, response_class=Response,
               responses={**AUTHED, **documented(404, 422)})
def delete_key(key_id: KEY_ID, who: SessionCaller, ctx: Ctx) -> Response:
    """Revoke one of your API keys."""
    ctx.accounts.delete_api_key(who.user_id, key_id)
    return Response(status_code=204)


@router.delete("/api/account", status_code=204, response_class=Response,
               responses={**AUTHED, **BODY})
def delete_account(body: PasswordConfirm, who: SessionCaller, ctx: Ctx) -> Response:
    """Delete your account and everything of yours: messages, memories, keys, sessions.
    The page's session and your password only (never an API key)."""
    if not ctx.passwords.verify(ctx.accounts.password_hash(who.user_id), body.password):
        raise ApiError(403, "wrong_password", "That is not your password: nothing was deleted.")
    ctx.engine.store.delete_user(who.user_id)
    response = Response(status_code=204)
    clear_session_cookie(response)
    return response
