"""Accounts for the web app: sign-up records, login sessions, API keys and rate-limit counters.

``Accounts(store)`` works on the same database as the ``Store`` (SQLite or PostgreSQL) and
keeps no state of its own, so any number of server processes can share it. It stores only
hashes of session tokens and API keys (the raw values are returned once, to the caller) and
a password hash made by the caller (this module never sees a password). Every query is
scoped by user id. An account is deleted with the user, by ``Store.delete_user`` (every row
of one user, from every table). The tables are declared in ``models``.
Knows nothing about HTTP, cookies or how passwords are hashed.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlalchemy import (
    bindparam,
    case,
    delete,
    func,
    select,
    text,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from ..errors import AmityError, InputError, NotFoundError
from ..types import Message
from .db import translate
from .models import (
    Account,
    ApiKey,
    Base,
    MessageRow,
    RateLimit,
    User,
    UTCDateTime,
    WebSession,
    utcnow,
)
from .repo import Store

USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{1,31}")  # always used with fullmatch
KEY_PREFIX = "amity_"
# What an API key may be allowed to do. A key never manages keys, exports or deletes the
# account: those need the browser session (and deleting, the password too).
SCOPES = {
    "chat": "send messages, read and reset the conversation (and the /v1 routes)",
    "memories:read": "list what the companion remembers",
    "memories:write": "correct and forget memories",
}
DEFAULT_SCOPES = ("chat",)
SESSION_SCOPES = frozenset(SCOPES)


class AccountExistsError(AmityError):
    """The username is taken (by an account, or by a local user of the same database)."""


@dataclass(frozen=True)
class Principal:
    """Who is calling: the user, and how they proved it."""

    user_id: int
    username: str
    via: Literal["session", "key"]
    csrf: str = ""
    token_hash: str = ""
    scopes: frozenset[str] = SESSION_SCOPES


@dataclass(frozen=True)
class ApiKeyInfo:
    id: int
    name: str
    prefix: str
    created_at: datetime
    scopes: tuple[str, ...] = DEFAULT_SCOPES


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def username_key(username: str) -> str:
    return username.casefold()


def check_username(username: str) -> str:
    if not USERNAME.fullmatch(username):
        raise InputError(
            "A username is 2 to 32 characters: letters, digits, '_', '.' or '-', "
            "starting with a letter or digit."
        )
    return username


def check_scopes(scopes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The scopes, known ones only and each once (an InputError names the unknown one)."""
    out: list[str] = []
    for scope in scopes:
        if scope not in SCOPES:
            raise InputError(f"Unknown API key scope '{scope}': use "
                             + ", ".join(SCOPES) + ".")
        if scope not in out:
            out.append(scope)
    if not out:
        raise InputError("Give the key at least one scope: " + ", ".join(SCOPES) + ".")
    return tuple(out)


def _key_info(row: ApiKey) -> ApiKeyInfo:
    return ApiKeyInfo(row.id, row.name, row.prefix, row.created_at,
                      tuple((row.scopes or "").split()))


_ASYNC_COMMIT = text("SET LOCAL synchronous_commit TO OFF")
_SESSION_LOOKUP = (
    select(WebSession.user_id, User.name, WebSession.csrf, WebSession.expires_at)
    .join(User, User.id == WebSession.user_id)
    .where(WebSession.token_hash == bindparam("hash"))
)
_KEY_LOOKUP = (
    select(ApiKey.user_id, User.name, ApiKey.scopes).join(User, User.id == ApiKey.user_id)
    .where(ApiKey.key_hash == bindparam("hash"))
)


def _hit_statement(dialect: str) -> Any:
    """The rate-limit upsert, built once: a new window, or one more in the current one."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    now = bindparam("now", type_=UTCDateTime())
    expired = RateLimit.window_start <= bindparam("cutoff", type_=UTCDateTime())
    stmt = insert(RateLimit).values(bucket=bindparam("bucket"), user_id=bindparam("user_id"),
                                    window_start=now, count=1)
    return stmt.on_conflict_do_update(
        index_elements=[RateLimit.bucket],
        set_={"count": case((expired, 1), else_=RateLimit.count + 1),
              "window_start": case((expired, now), else_=RateLimit.window_start)},
    ).returning(RateLimit.count, RateLimit.window_start)


class Accounts:
    """Accounts, sessions, API keys and rate limits, on the database of ``store``."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.session = store.session
        self._hit: Any = None

    # accounts ----------------------------------------------------------------------------
    def create(self, username: str, password_hash: str) -> int:
        """A new user with an account; AccountExistsError when the name is taken."""
        check_username(username)
        try:
            with self.store._sessions.begin() as s:
                user = User(name=username, profile={})
                s.add(user)
                s.flush()
                s.add(Account(user_id=user.id, username_key=username_key(username),
                              password_hash=password_hash))
                return user.id
        except IntegrityError:
            raise AccountExistsError(
                f"The username '{username}' is taken: choose another one."
            ) from None
        except SQLAlchemyError as exc:
            raise translate(exc, self.store.url) from None

    def login_record(self, username: str) -> tuple[int, str, str] | None:
        """(user id, username, password hash) of the account, or None."""
        with self.session() as s:
            row = s.execute(
                select(Account.user_id, User.name, Account.password_hash)
                .join(User, User.id == Account.user_id)
                .where(Account.username_key == username_key(username))
            ).first()
        return (row[0], row[1], row[2]) if row else None

    def password_hash(self, user_id: int) -> str:
        with self.session() as s:
            found = s.scalar(select(Account.password_hash).where(Account.user_id == user_id))
        if found is None:
            raise NotFoundError("No such account.")
        return found

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        with self.session() as s:
            account = s.get(Account, user_id)
            if account is None:
                raise NotFoundError("No such account.")
            account.password_hash = password_hash

    def info(self, user_id: int) -> dict[str, Any]:
        with self.session() as s:
            row = s.execute(
                select(User.name, Account.created_at)
                .join(Account, Account.user_id == User.id).where(User.id == user_id)
            ).first()
        if row is None:
            raise NotFoundError("No such account.")
        return {"username": row[0], "created_at": row[1].isoformat()}

    # sessions ----------------------------------------------------------------------------
    def create_session(self, user_id: int, ttl: timedelta) -> tuple[str, str]:
        """A new login session: (token for the cookie, CSRF token for the page)."""
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        now = utcnow()
        with self.session() as s:
            s.add(WebSession(token_hash=digest(token), user_id=user_id, csrf=csrf,
                             created_at=now, expires_at=now + ttl))
        return token, csrf

    def session_principal(self, token: str) -> Principal | None:
        hashed = digest(token)
        row = self._first(_SESSION_LOOKUP, {"hash": hashed})
        if row is None or row[3] <= utcnow():
            return None
        return Principal(row[0], row[1], "session", csrf=row[2], token_hash=hashed)

    def end_session(self, principal: Principal) -> None:
        with self.session() as s:
            s.execute(delete(WebSession).where(WebSession.token_hash == principal.token_hash,
                                               WebSession.user_id == principal.user_id))

    def purge_expired(self, now: datetime, keep_limits: timedelta) -> None:
        """Drop expired sessions and rate-limit windows nobody has touched for a while."""
        with self.session() as s:
            s.execute(delete(WebSession).where(WebSession.expires_at <= now))
            s.execute(delete(RateLimit).where(RateLimit.window_start < now - keep_limits))

    # API keys ----------------------------------------------------------------------------
    def create_api_key(self, user_id: int, name: str,
                       scopes: tuple[str, ...] = DEFAULT_SCOPES) -> tuple[str, ApiKeyInfo]:
        """A new API key: (the key, shown once; its public description)."""
        scopes = check_scopes(scopes)
        key = KEY_PREFIX + secrets.token_urlsafe(32)
        row = ApiKey(user_id=user_id, name=name, prefix=key[:12], key_hash=digest(key),
                     created_at=utcnow(), scopes=" ".join(scopes))
        with self.session() as s:
            s.add(row)
            s.flush()
            return key, _key_info(row)

    def api_keys(self, user_id: int) -> list[ApiKeyInfo]:
        with self.session() as s:
            rows = s.scalars(select(ApiKey).where(ApiKey.user_id == user_id)
                             .order_by(ApiKey.id)).all()
            return [_key_info(r) for r in rows]

    def delete_api_key(self, user_id: int, key_id: int) -> None:
        with self.session() as s:
            done = s.execute(delete(ApiKey).where(ApiKey.id == key_id,
                                                  ApiKey.user_id == user_id))
        if not getattr(done, "rowcount", 0):
            raise NotFoundError(f"No API key {key_id} on this account.")

    def key_principal(self, key: str) -> Principal | None:
        if not key.startswith(KEY_PREFIX):
            return None
        row = self._first(_KEY_LOOKUP, {"hash": digest(key)})
        if row is None:
            return None
        return Principal(row[0], row[1], "key",
                         scopes=frozenset(row[2].split()) & SESSION_SCOPES)

    def exists(self, user_id: int) -> bool:
        """Whether the user (still) has an account."""
        return self._first(select(Account.user_id).where(Account.user_id == bindparam("id")),
                           {"id": user_id}) is not None

    def _first(self, statement: Any, params: dict[str, Any]) -> Any:
        """The first row of a prepared lookup (Core, no ORM session: it runs per request)."""
        try:
            with self.store.engine.connect() as conn:
                return conn.execute(statement, params).first()
        except SQLAlchemyError as exc:
            raise translate(exc, self.store.url) from None

    # rate limits -------------------------------------------------------------------------
    def hit(self, bucket: str, limit: int, window: timedelta, *,
            user_id: int | None = None) -> float:
        """Count one request in ``bucket``'s fixed window: 0 when allowed, else the seconds
        until the window ends. One atomic upsert, so every process shares the count."""
        now = utcnow()
        if self._hit is None:
            self._hit = _hit_statement(self.store.engine.dialect.name)
        params = {"bucket": bucket, "user_id": user_id, "now": now, "cutoff": now - window}
        try:
            with self.store.engine.begin() as conn:
                if conn.dialect.name == "postgresql":  # a lost count after a crash is harmless
                    conn.execute(_ASYNC_COMMIT)
                count, start = conn.execute(self._hit, params).one()
        except SQLAlchemyError as exc:
            raise translate(exc, self.store.url) from None
        if count <= limit:
            return 0.0
        return max(0.001, (start + window - now).total_seconds())

    # reading a conversation with its metadata --------------------------------------------
    def messages_page(
        self, user_id: int, conversation_id: int, limit: int, before: int | None = None
    ) -> list[tuple[Message, dict[str, Any]]]:
        """Up to ``limit`` messages of the user's conversation before message ``before``,
        oldest first, each with its metadata (the emoji reaction, the reply's kind)."""
        query = (select(MessageRow)
                 .where(MessageRow.user_id == user_id,
                        MessageRow.conversation_id == conversation_id))
        if before is not None:
            query = query.where(MessageRow.id < before)
        with self.session() as s:
            rows = s.scalars(query.order_by(MessageRow.id.desc()).limit(limit)).all()
            return [(Message(id=r.id, conversation_id=r.conversation_id, role=r.role,  # type: ignore[arg-type]
                             content=r.content, created_at=r.created_at, complete=r.complete),
                     dict(r.meta or {})) for r in reversed(rows)]

    def message_texts(self, user_id: int, ids: list[int]) -> dict[int, str]:
        """The text of the user's messages with these ids (others' ids are ignored)."""
        if not ids:
            return {}
        with self.session() as s:
            rows = s.execute(select(MessageRow.id, MessageRow.content).where(
                MessageRow.user_id == user_id, MessageRow.id.in_(ids))).all()
        return {int(r[0]): r[1] for r in rows}

    def count_rows(self, user_id: int) -> dict[str, int]:
        """How many rows each table holds for this user (for tests and the account page)."""
        out: dict[str, int] = {}
        with self.session() as s:
            for table in Base.metadata.sorted_tables:
                column = table.c.get("user_id") if table.name != "users" else table.c.id
                if column is not None:
                    out[table.name] = int(s.scalar(
                        select(func.count()).select_from(table).where(column == user_id)) or 0)
        return out
