"""amity: an open-source AI best friend.

The public API: build an engine with ``build_engine(Settings())`` and call
``engine.respond(user, text)``; or use the pieces (backends, store, persona, prompt).
"""

from .app import build_engine, default_stages
from .backends.base import Backend, GenerateOptions
from .backends.scripted import ScriptedBackend
from .config import Settings
from .engine import Engine
from .errors import (
    AmityError,
    BackendError,
    BackendResponseError,
    BackendUnavailable,
    CharacterCardError,
    ConfigError,
    EmptyMessageError,
    InputError,
    MessageTooLongError,
    ModelFileError,
    NotFoundError,
    StoreError,
)
from .persona import CharacterLibrary, Persona, load_card, to_card
from .prompt import PromptInput, build_prompt
from .stages import PolicyDecision, Stages
from .store import Store
from .types import ChatMessage, Emotion, Fact, MemoryHit, Message, Reply, Verdict

__version__ = "0.1.0"

__all__ = [
    "AmityError",
    "Backend",
    "BackendError",
    "BackendResponseError",
    "BackendUnavailable",
    "CharacterCardError",
    "CharacterLibrary",
    "ChatMessage",
    "ConfigError",
    "Emotion",
    "EmptyMessageError",
    "Engine",
    "Fact",
    "GenerateOptions",
    "InputError",
    "MemoryHit",
    "Message",
    "MessageTooLongError",
    "ModelFileError",
    "NotFoundError",
    "Persona",
    "PolicyDecision",
    "PromptInput",
    "Reply",
    "ScriptedBackend",
    "Settings",
    "Stages",
    "Store",
    "StoreError",
    "Verdict",
    "__version__",
    "build_engine",
    "build_prompt",
    "default_stages",
    "load_card",
    "to_card",
]
