"""ServerSettings: how ``amity serve`` listens and guards itself, from ``AMITY_SERVER_*``.

Separate from ``amity.config.Settings`` (which configures the companion) so the web layer's
knobs stay in the web layer. Build it once, in the app factory or the CLI; nothing here
runs at import time. Limits are per user (or per client address for sign-up and login) and
are counted in the database, so they hold across any number of server processes.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class ServerSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="AMITY_SERVER_", extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, le=64, description="server processes")
    threads: int = Field(default=128, ge=4, le=4096,
                         description="worker threads per process (each running turn holds one)")
    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    session_days: int = Field(default=30, ge=1)
    secure_cookies: Literal["auto", "always", "never"] = "auto"
    chat_per_minute: int = Field(default=30, ge=1, description="messages a user may send")
    requests_per_minute: int = Field(default=600, ge=1, description="API calls per user")
    logins_per_15min: int = Field(default=10, ge=1, description="per address and username")
    auth_per_15min: int = Field(default=100, ge=1, description="login/sign-up per address")
    signups_per_hour: int = Field(default=20, ge=1, description="per client address")
    adult_api: bool = Field(
        default=False, description="API-key users whose age is unknown are adults: for a "
        "front end (SillyTavern, Open WebUI...) that verified its users' age itself")
    # argon2id parameters; the defaults are argon2-cffi's (RFC 9106 low-memory profile)
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_kib: int = Field(default=65536, ge=8)
    argon2_parallelism: int = Field(default=4, ge=1)
    max_parallel_hashes: int = Field(default=4, ge=1, description="bounds hashing memory")
