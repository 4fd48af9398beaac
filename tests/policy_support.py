"""Helpers for the safety-policy tests: a keyword checker (``fake_check``), an injected
clock, onboarding, and ``safe_engine_factory`` (behind the ``safe_engine`` fixture in
conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from amity import Engine, ScriptedBackend, Stages, Verdict
from amity.policy import SafetyEvents, SafetyPolicy

MakeEngine = Callable[..., Engine]

TRIGGERS = {
    "KILLME": ("self_harm", "high"), "SADNESS": ("self_harm", "check"),
    "HITSME": ("abuse", "high"), "NUDES": ("sexual", "high"),
    "HACK": ("prompt_injection", "high"), "UNSAFE": ("hate", "high"),
    "SPICY": ("sexual", "check"),
}


def fake_check(text: str, context: Sequence[str] = ()) -> list[Verdict]:
    return [Verdict(cat, 0.99, tier=tier)  # type: ignore[arg-type]
            for word, (cat, tier) in TRIGGERS.items() if word in text]


class Clock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2025, 3, 3, 12, 0).astimezone()  # local noon

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def onboard(engine: Engine, user: str, age: int) -> None:
    """Answer the age question; the model's pre-age reply comes from a neutral backend so
    the test's own scripted replies and call counts start after onboarding."""
    backend, engine.backend = engine.backend, ScriptedBackend(["Nice to meet you!"])
    try:
        assert engine.respond(user, "hi").mode == "age_gate"
        assert engine.respond(user, f"i'm {age}").mode in ("age_gate", "under_13")
    finally:
        engine.backend = backend


def calls(engine: Engine) -> int:
    return len(engine.backend.calls)  # type: ignore[attr-defined]


def system_prompt(engine: Engine) -> str:
    """Every system message of the last prompt (the persona head and the turn's notes)."""
    sent = engine.backend.calls[-1]  # type: ignore[attr-defined]
    return "\n\n".join(m.content for m in sent if m.role == "system")


def events(engine: Engine) -> list[tuple[str, str]]:
    return [(e.category, e.action) for e in SafetyEvents(engine.store).recent()]


def profile(engine: Engine, user: str = "sam") -> dict:
    return engine.store.profile(engine.store.user_id(user))


def real_check(text: str, context: Sequence[str] = ()) -> list[Verdict]:
    """The real checker, ``amity.nlp.safety.check``."""
    from amity.nlp import safety

    return safety.check(text, context)


def safe_engine_factory(make_engine: MakeEngine) -> Callable[..., Engine]:
    def factory(replies: object = ("Hey! 😊",), *, check: Callable = fake_check,
                age: int | None = None, user: str = "sam", **overrides: object) -> Engine:
        engine = make_engine(replies, **overrides)
        engine.stages = Stages(check_input=check, check_output=check,
                               policy=SafetyPolicy(engine.store, engine.settings))
        engine.clock = Clock()
        if age is not None:
            onboard(engine, user, age)
        return engine
    return factory


