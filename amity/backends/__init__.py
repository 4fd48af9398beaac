"""Model backends. Each implements ``Backend.stream``; ``make_backend`` picks one from Settings."""

from __future__ import annotations

from ..config import Settings
from .base import Backend, GenerateOptions
from .scripted import ScriptedBackend

__all__ = ["Backend", "GenerateOptions", "ScriptedBackend", "make_backend"]


def make_backend(settings: Settings) -> Backend:
    """The backend the settings name (local is the default and needs no network)."""
    if settings.backend == "openai":
        from .openai import OpenAIBackend

        return OpenAIBackend(
            settings.openai_base_url, settings.openai_model, api_key=settings.openai_api_key,
            timeout=settings.openai_timeout, context_tokens=settings.context_tokens,
        )
    if settings.backend == "scripted":
        return ScriptedBackend()
    from .local import LocalBackend, resolve_adapter

    return LocalBackend(
        settings.model, threads=settings.threads, context_tokens=settings.context_tokens,
        parallel=settings.candidates(), adapter=resolve_adapter(settings.adapter, settings.model),
    )
