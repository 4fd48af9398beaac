"""ServerSettings: how ``amity serve`` listens and guards itself, from ``AMITY_SERVER_*``.

Separate from ``amity.config.Settings`` (which configures the companion) so the web layer's
knobs stay in the web layer. Build it once, in the app factory or the CLI; nothing here
runs at import time. Limits are per user (or per client address for sign-up and login) and
are counted in the database, so they hold across any number of server processes.
"""

from __future__ import annotations

import ipaddress
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


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
    logins_per_account_15min: int = Field(
        default=100, ge=1, description="per username from all addresses together (NIST SP "
                                       "800-63B: at most 100 failed attempts)")
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
    # X-Forwarded-For / X-Forwarded-Proto are believed only from these addresses (IPs or
    # CIDR ranges, comma-separated in the environment); empty: from nobody, so a client
    # can't rotate the header past the per-address limits
    trusted_proxies: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # Host names the server answers to (besides its own --host); the page and the API refuse
    # others (421), which stops DNS rebinding against a loopback server
    allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)

    @field_validator("trusted_proxies", "allowed_hosts", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for entry in value:
            ipaddress.ip_network(entry, strict=False)  # ValueError names the bad entry
        return value

    def uvicorn_options(self) -> dict[str, object]:
        """How uvicorn is run: forwarded headers only from the configured proxies, and
        malformed HTTP answered in the JSON error shape."""
        from .protocol import http_protocol  # uvicorn is only needed to serve

        return {"host": self.host, "port": self.port, "server_header": False,
                "http": http_protocol(),
                "proxy_headers": bool(self.trusted_proxies),
                "forwarded_allow_ips": ",".join(self.trusted_proxies) or ""}

    def host_names(self) -> frozenset[str] | None:
        """The Host header values (without port) the app accepts; None: any. A server bound
        to loopback answers only to loopback names unless ``allowed_hosts`` adds more."""
        names = {h.lower() for h in self.allowed_hosts}
        if "*" in names:
            return None
        if _is_loopback(self.host):
            return frozenset(names | LOOPBACK_NAMES | {self.host.lower()})
        return frozenset(names | {self.host.lower()}) if names else None


LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
