"""The public API is pinned: a change here is a change users will notice."""

import amity

EXPECTED = {
    "AmityError", "Backend", "BackendError", "BackendResponseError", "BackendUnavailable",
    "CharacterCardError", "CharacterLibrary", "ChatMessage", "ConfigError", "Emotion",
    "EmptyMessageError", "Engine", "Fact", "GenerateOptions", "InputError", "MemoryHit",
    "Message", "MessageTooLongError", "ModelFileError", "NotFoundError", "Persona",
    "PolicyDecision", "PromptInput", "Reply", "ScriptedBackend", "Settings", "Stages", "Store",
    "StoreError", "Verdict", "__version__", "build_engine", "build_prompt", "default_stages",
    "load_card", "to_card",
}


def test_all_is_pinned_and_importable() -> None:
    assert set(amity.__all__) == EXPECTED
    for name in amity.__all__:
        assert getattr(amity, name) is not None


def test_importing_builds_nothing() -> None:
    import sys

    assert "xllamacpp" not in sys.modules or "amity.backends.local" in sys.modules
