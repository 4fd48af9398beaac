"""Every extension point of a turn, in one place, as plain documented signatures.

The engine calls these slots in order. Each has a do-nothing default, so a test or a
library user passes only the ones they need and the engine never asks whether a slot is
set. Implementations live in ``amity.nlp``, ``amity.memory`` and ``amity.policy``, and are
wired in ``amity.app``. A stage never imports another stage: it takes and returns
``amity.types``. Stages decide and return values; only the engine writes (habit 5).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from .types import Candidate, Emotion, Fact, FollowUp, MemoryHit, Message, TurnView, Verdict

#: check_input(text, context) -> verdicts. ``context`` is the recent user messages.
CheckText = Callable[[str, Sequence[str]], Sequence[Verdict]]
#: emotion(text) -> Emotion, or None when no detector is installed.
DetectEmotion = Callable[[str], "Emotion | None"]
#: facts(text, context, now) -> facts the user stated, pronouns resolved.
ExtractFacts = Callable[[str, Sequence[str], datetime], Sequence[Fact]]


class Memory(Protocol):
    """Long-term memory of one database, always scoped by user id."""

    def recall(self, user_id: int, text: str, now: datetime,
               before: str = "") -> Sequence[MemoryHit]:
        """The memories worth putting in the prompt for this message, best first; ``before``:
        the user's message before it (a "he" may point back to someone it names). Reads
        only."""
        ...

    def remember(
        self, user_id: int, message: Message, facts: Sequence[Fact], now: datetime
    ) -> None:
        """Store what the user's message taught us (facts keep ``message`` as their source)."""
        ...

    def opening(self, user_id: int, now: datetime) -> FollowUp | None:
        """A past dated event to ask about in the first reply of a session, or None. Reads."""
        ...

    def followed_up(self, user_id: int, follow_up: FollowUp, now: datetime) -> None:
        """The follow-up was asked: never ask it again."""
        ...

    def settle(self, user_id: int, now: datetime) -> None:
        """Slow upkeep after the reply is out: summarise sessions that have gone quiet."""
        ...


class Voice(Protocol):
    """Replies in the character's own voice (skills, a bank of written lines)."""

    def propose(self, view: TurnView) -> Sequence[Candidate]:
        """Candidates the voice is confident in, best first; empty: the model answers."""
        ...

    def opening(self, follow_up: FollowUp, name: str) -> str | None:
        """The character's first words when the user comes back and ``follow_up`` is due
        ("how did the driving test go?!"); None: the engine's plain line."""
        ...


class NoVoice:
    """The voice when the character has none: the model answers every turn."""

    def propose(self, view: TurnView) -> Sequence[Candidate]:
        return ()

    def opening(self, follow_up: FollowUp, name: str) -> str | None:
        return None


@dataclass(frozen=True)
class Blocked:
    """The policy stopped a generated reply: show ``replacement``; record ``category``."""

    category: str
    replacement: str


@dataclass(frozen=True)
class PolicyDecision:
    """What the policy decided about a turn; the engine acts on each field at its step."""

    fixed_reply: str | None = None  # when set, the model is not called
    modes: tuple[str, ...] = ()  # prompt modes: "teen", "gentle"
    notes: tuple[str, ...] = ()  # extra system notes for the prompt
    kind: str = "normal"  # what the UI may show: normal, crisis, refusal, age_gate, limit...
    preface: str = ""  # fixed text shown before the model's reply ("I'm an AI" reminder)
    postscript: str = ""  # fixed text shown after it (a break nudge)
    store_turn: bool = True  # keep the reply (and the message's meta) in the conversation
    learn_facts: bool = True  # extract and remember facts from the message
    hold_stream: bool = False  # show nothing before the whole reply passed the output check
    erase_user: bool = False  # erase everything of the user's but their safety events
    profile: Mapping[str, Any] = field(default_factory=dict)  # the user's profile updates
    events: tuple[tuple[str, str], ...] = ()  # safety events to record: (category, action)


class Policy(Protocol):
    """Safety decisions; checks return data and the policy decides (habit 5). Reads only."""

    def before(
        self, user_id: int, text: str, verdicts: Sequence[Verdict], now: datetime
    ) -> PolicyDecision:
        """Look at the input verdicts: answer with a fixed reply, or go on with modes/notes."""
        ...

    def after(self, decision: PolicyDecision, reply: str, verdicts: Sequence[Verdict]
              ) -> Blocked | None:
        """Look at a generated reply's verdicts: None keeps it, ``Blocked`` replaces it."""
        ...

    def may_open(self, user_id: int, now: datetime) -> bool:
        """Whether the companion may speak first now (a returning user's follow-up)."""
        ...


FALLBACK_REPLY = "Hmm, I lost my train of thought there 😅 Tell me more?"


class OpenPolicy:
    """The policy when none is installed: everything goes, except a reply that quotes the
    system prompt."""

    def before(self, user_id: int, text: str, verdicts: Sequence[Verdict], now: datetime
               ) -> PolicyDecision:
        return PolicyDecision()

    def after(self, decision: PolicyDecision, reply: str, verdicts: Sequence[Verdict]
              ) -> Blocked | None:
        if any(v.category == "prompt_leak" for v in verdicts):
            return Blocked("prompt_leak", FALLBACK_REPLY)
        return None

    def may_open(self, user_id: int, now: datetime) -> bool:
        return True


class NoMemory:
    """The memory when none is installed: remembers nothing."""

    def recall(self, user_id: int, text: str, now: datetime,
               before: str = "") -> Sequence[MemoryHit]:
        return ()

    def remember(self, user_id: int, message: Message, facts: Sequence[Fact],
                 now: datetime) -> None:
        return None

    def opening(self, user_id: int, now: datetime) -> FollowUp | None:
        return None

    def followed_up(self, user_id: int, follow_up: FollowUp, now: datetime) -> None:
        return None

    def settle(self, user_id: int, now: datetime) -> None:
        return None


def _no_verdicts(text: str, context: Sequence[str]) -> Sequence[Verdict]:
    return ()


def _no_emotion(text: str) -> Emotion | None:
    return None


def _no_facts(text: str, context: Sequence[str], now: datetime) -> Sequence[Fact]:
    return ()


@dataclass
class Stages:
    check_input: CheckText = _no_verdicts
    emotion: DetectEmotion = _no_emotion
    facts: ExtractFacts = _no_facts
    memory: Memory = field(default_factory=NoMemory)
    check_output: CheckText = _no_verdicts
    policy: Policy = field(default_factory=OpenPolicy)
    voice: Voice = field(default_factory=NoVoice)
