"""One validated Settings object, read from ``AMITY_*`` environment variables.

Build it once at startup (``Settings()``) and pass it down; nothing here runs at import
time. It knows nothing about what the settings are used for.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("amity", appauthor=False))


class Settings(BaseSettings):
    """Everything an operator can configure. Env vars: ``AMITY_<NAME>`` (DATABASE_URL too)."""

    model_config = SettingsConfigDict(env_prefix="AMITY_", extra="forbid")

    home: Path = Field(default_factory=default_home, description="data directory")
    database_url: str | None = Field(
        default=None,
        validation_alias="DATABASE_URL",
        description="SQLAlchemy URL; default is an SQLite file in the home directory",
    )
    backend: Literal["local", "openai", "scripted"] = "local"
    model: Path | None = Field(default=None, description="GGUF file for the local backend")
    threads: int = Field(default=1, ge=1, le=64, description="llama.cpp threads")
    context_tokens: int = Field(default=2048, ge=256)
    max_reply_tokens: int = Field(default=48, ge=8, le=2048)
    temperature: float = Field(default=0.7, ge=0.0, le=2.0)
    top_p: float = Field(default=0.9, gt=0.0, le=1.0)
    repeat_penalty: float = Field(default=1.0, ge=0.5, le=2.0,
                                  description="llama.cpp repeat penalty (1.0 = off)")
    best_of: int | None = Field(default=None, ge=1, le=16, description="candidates the "
                                "model draws per reply, the reranker keeps one; default 1: "
                                "the reply streams as it is written (more: nothing shows "
                                "until every candidate is done)")
    voice: bool = Field(default=True, description="answer from the character's own voice "
                        "(skills and reply bank) when its card has one; off: the model "
                        "answers every turn")
    # 0.55: written lines matched at 0.50-0.55 were sensible-and-specific 0.40 of the time
    # over 195 rated turns of rounds 40-61, below the fallbacks that answer in their place
    voice_min_match: float = Field(default=0.55, ge=0.0, le=1.0, description="how close a "
                                   "written exchange must be to the message to answer it; "
                                   "below, a warm general line answers")
    adapter: str = Field(default="persona", description="local LoRA: 'persona' (shipped, "
                         "default model only), 'none', or a GGUF adapter file path")
    seed: int | None = None
    openai_base_url: str = "http://127.0.0.1:8080/v1"
    openai_model: str = "default"
    openai_api_key: str | None = None
    openai_timeout: float = Field(default=60.0, gt=0)
    character: str = "sunny"
    max_message_chars: int = Field(default=8000, ge=1)
    history_turns: int = Field(default=24, ge=0)
    # safety / operator settings (used by the safety layer)
    force_teen_mode: bool = False
    country: str = "US"
    quiet_hours: str | None = Field(default=None, description="e.g. '23:00-07:00'")
    daily_limit_minutes: int | None = Field(default=None, ge=1)

    @field_validator("home", mode="after")
    @classmethod
    def _expand(cls, value: Path) -> Path:
        return value.expanduser()

    def candidates(self) -> int:
        """How many replies to draw per turn (``best_of``, or its per-backend default)."""
        if self.best_of is not None:
            return self.best_of
        return 1

    def db_url(self) -> str:
        if self.database_url:
            url = self.database_url
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
            return url
        return f"sqlite:///{self.home / 'amity.db'}"
