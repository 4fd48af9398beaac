"""Composition root: builds a ready Engine from Settings (store, backend, persona, stages).

Called once at startup by the CLI and the server's app factory; never at import time.
The understanding, memory and safety stages are wired in here, each optional, so the
engine itself never imports them.
"""

from __future__ import annotations

import logging

from .backends import make_backend
from .backends.base import Backend
from .config import Settings
from .engine import Engine
from .persona import CharacterLibrary, Persona
from .stages import Stages
from .store.repo import Store

log = logging.getLogger(__name__)


def default_stages(settings: Settings, store: Store) -> Stages:
    """The full pipeline with every stage that is installed and loads."""
    stages = Stages()
    try:
        from .nlp import emotion

        stages.emotion = emotion.detect
    except ImportError as exc:  # pragma: no cover - depends on the install
        log.debug("emotion stage unavailable: %s", exc)
    try:
        from .nlp import safety

        stages.check_input = safety.check
        stages.check_output = safety.check
    except ImportError as exc:  # pragma: no cover
        log.debug("safety stage unavailable: %s", exc)
    try:
        from .nlp import facts

        stages.facts = lambda text, context, now: facts.extract(text, context, now=now)
    except ImportError as exc:  # pragma: no cover
        log.debug("facts stage unavailable: %s", exc)
    try:
        from .memory import LedgerMemory

        stages.memory = LedgerMemory(store)
    except ImportError as exc:  # pragma: no cover
        log.debug("memory stage unavailable: %s", exc)
    try:
        from .policy import SafetyPolicy

        stages.policy = SafetyPolicy(store, settings)
    except ImportError as exc:  # pragma: no cover
        log.debug("safety policy unavailable: %s", exc)
    return stages


def build_engine(
    settings: Settings, *, backend: Backend | None = None, persona: Persona | None = None,
    stages: Stages | None = None, store: Store | None = None,
) -> Engine:
    store = store or Store(settings.db_url())
    persona = persona or CharacterLibrary(settings.home).get(settings.character)
    backend = backend or make_backend(settings)
    if stages is None:
        stages = default_stages(settings, store)
    return Engine(store, backend, persona, settings, stages)
