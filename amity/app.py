"""Composition root: builds a ready Engine from Settings (store, backend, persona, stages).

Called once at startup by the CLI and the server's app factory; never at import time.
The understanding, memory and policy stages are wired in here, so the engine itself never
imports them; they are hard dependencies, imported directly (a broken one fails loudly).
"""

from __future__ import annotations

from .backends import make_backend
from .backends.base import Backend
from .config import Settings
from .engine import Engine
from .persona import CharacterLibrary, Persona
from .stages import Stages
from .store.repo import Store


def default_stages(settings: Settings, store: Store, persona: Persona | None = None) -> Stages:
    """The full pipeline. Every stage is a hard dependency: a broken import fails loudly.
    The voice (skills and reply bank) is on for a card that asks for it
    (``extensions.amity.voice``) unless ``settings.voice`` is off."""
    from .memory import LedgerMemory
    from .nlp import embed, emotion, facts, safety
    from .policy import SafetyPolicy
    from .stages import NoVoice
    from .voice import Voice
    from .voice.ranker_model import default_ranker
    from .voice.rated import default_rated
    from .voice.reader import default_reader
    from .voice.span_reader import default_span_reader

    card = (persona.extensions.get("amity") or {}) if persona else {}
    voice = (Voice(embed.encode, card_facts=card.get("facts") or (),
                   response_score=default_ranker().score,
                   read=reader.logits if (reader := default_reader()) else None,
                   span=spans.best if (spans := default_span_reader()) else None,
                   rated=rated.scores if (rated := default_rated()) else None,
                   min_match=settings.voice_min_match)
             if card.get("voice") == "sunny" and settings.voice else NoVoice())
    return Stages(
        check_input=safety.check,
        emotion=emotion.detect,
        facts=lambda text, context, now: facts.extract(text, context, now=now),
        memory=LedgerMemory(store),
        check_output=safety.check,
        policy=SafetyPolicy(store, settings),
        voice=voice,
    )


def build_engine(
    settings: Settings, *, backend: Backend | None = None, persona: Persona | None = None,
    stages: Stages | None = None, store: Store | None = None,
) -> Engine:
    store = store or Store(settings.db_url())
    persona = persona or CharacterLibrary(settings.home).get(settings.character)
    backend = backend or make_backend(settings)
    if stages is None:
        stages = default_stages(settings, store, persona)
    return Engine(store, backend, persona, settings, stages)
