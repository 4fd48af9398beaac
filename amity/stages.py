"""Every extension point of a turn, in one place, as plain documented signatures.

The engine calls these slots in order; each is optional, and a missing one is skipped.
Implementations live in ``amity.nlp``, ``amity.memory`` and ``amity.safety``; tests may
pass their own. A stage never imports another stage: it takes and returns ``amity.types``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from .types import Emotion, Fact, MemoryHit, Message, Verdict

#: check_input(text, context) -> verdicts. ``context`` is the recent user messages.
CheckText = Callable[[str, Sequence[str]], Sequence[Verdict]]
#: emotion(text) -> Emotion.
DetectEmotion = Callable[[str], Emotion]
#: facts(text, context, now) -> facts the user stated, pronouns resolved.
ExtractFacts = Callable[[str, Sequence[str], datetime], Sequence[Fact]]


class Memory(Protocol):
    """Long-term memory of one database, always scoped by user id."""

    def recall(self, user_id: int, text: str, now: datetime) -> Sequence[MemoryHit]:
        """The memories worth putting in the prompt for this message, best first."""
        ...

    def remember(
        self, user_id: int, message: Message, facts: Sequence[Fact], now: datetime
    ) -> None:
        """Store what the user's message taught us (facts keep ``message`` as their source)."""
        ...

    def opening(self, user_id: int, now: datetime) -> str | None:
        """A note for the first reply of a new day ("ask how the exam went"), or None."""
        ...


class Policy(Protocol):
    """Safety decisions; checks return data and the policy decides (habit 5)."""

    def before(
        self, user_id: int, text: str, verdicts: Sequence[Verdict], now: datetime
    ) -> PolicyDecision:
        """Look at the input verdicts: answer with a fixed reply, or go on with modes/notes."""
        ...

    def after(self, user_id: int, reply: str, verdicts: Sequence[Verdict]) -> str | None:
        """Look at the output verdicts: None keeps the reply, a string replaces it."""
        ...


@dataclass(frozen=True)
class PolicyDecision:
    fixed_reply: str | None = None  # when set, the model is not called
    modes: tuple[str, ...] = ()  # prompt modes: "teen", "gentle"
    notes: tuple[str, ...] = ()  # extra system notes for the prompt
    kind: str = "normal"  # what the UI may show: normal, crisis, refusal, age_gate, limit...
    preface: str = ""  # fixed text shown before the model's reply ("I'm an AI" reminder)
    postscript: str = ""  # fixed text shown after it (a break nudge)


@dataclass
class Stages:
    check_input: CheckText | None = None
    emotion: DetectEmotion | None = None
    facts: ExtractFacts | None = None
    memory: Memory | None = None
    check_output: CheckText | None = None
    policy: Policy | None = None
