"""Plain typed values that flow between the stages of a turn.

Every stage (nlp, memory, prompt, backends, store, engine) takes and returns these frozen
dataclasses, so no stage needs to import another. This module knows nothing about
databases, models or HTTP.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    """One message as a backend sees it (OpenAI chat format)."""

    role: Role
    content: str

    def as_dict(self) -> dict[str, str]:
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Message:
    """A stored message of a conversation."""

    id: int
    conversation_id: int
    role: Role
    content: str
    created_at: datetime
    complete: bool = True


@dataclass(frozen=True)
class Emotion:
    """What a message feels like: GoEmotions scores, the top labels and a fitting emoji."""

    labels: tuple[str, ...]
    scores: Mapping[str, float]
    emoji: str

    @property
    def top(self) -> str:
        return self.labels[0] if self.labels else "neutral"


@dataclass(frozen=True)
class Fact:
    """Something a person said about themselves or someone they know.

    ``span`` is the (start, end) character offsets of the evidence in the source message.
    ``when`` is set for dated events and commitments ("math test on Friday").
    """

    subject: str
    predicate: str
    object: str
    span: tuple[int, int] = (0, 0)
    confidence: float = 1.0
    when: date | None = None
    source_text: str = ""

    def sentence(self) -> str:
        subj = "User" if self.subject.lower() in {"user", "i", "me"} else self.subject
        text = f"{subj} {self.predicate.replace('_', ' ')} {self.object}".strip()
        if self.when is not None:
            text += f" (on {self.when.isoformat()})"
        return text


@dataclass(frozen=True)
class Verdict:
    """A safety check's finding; the engine decides what to do with it.

    ``tier`` is "high" for the high-precision tier (acts: crisis reply, block) and
    "check" for the high-recall tier (a gentle check-in, stricter output).
    """

    category: str
    score: float
    span: tuple[int, int] = (0, 0)
    matched: str = ""
    tier: Literal["high", "check"] = "high"

    @property
    def tripwire(self) -> bool:
        return self.tier == "high"


@dataclass(frozen=True)
class MemoryHit:
    """A memory recalled for a turn: a fact, an episode summary or a past turn."""

    kind: Literal["fact", "episode", "turn", "event"]
    text: str
    score: float
    source_id: int | None = None


@dataclass(frozen=True)
class Reply:
    """What a turn returns to the caller (CLI, server)."""

    text: str
    user_message_id: int | None  # None when nothing of the turn was kept (under 13)
    reply_message_id: int | None
    conversation_id: int | None
    emoji: str | None = None
    emotion: Emotion | None = None
    memories: tuple[MemoryHit, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    mode: str = "normal"
    facts: tuple[Fact, ...] = field(default=())
    source: str = "model"  # where the reply came from: model, bank, skill:..., policy


@dataclass(frozen=True)
class FollowUp:
    """A dated event the user told about that has passed: ask how it went, once. Kind
    "today": a plan told on an earlier day that is today ("isn't the driving test today?");
    "birthday": the user's birthday today."""

    event: str  # "driving test", "birthday"
    kind: Literal["event", "birthday", "today"] = "event"
    fact_id: int | None = None
    also: tuple[FollowUp, ...] = ()  # another plan due at the same time, asked after it
    when: date | None = None  # its day, to name it by when its name is no thing
    whose: str = ""  # someone else's plan: "your dad", "Renata" ("how was Renata's flight?")


@dataclass(frozen=True)
class TurnView:
    """What a reply source sees of a turn (read-only; built by the engine)."""

    user_name: str  # the name to call the user by
    text: str
    history: tuple[Message, ...] = ()
    emotion: Emotion | None = None
    facts: tuple[Fact, ...] = ()  # what this message taught
    memories: tuple[MemoryHit, ...] = ()
    follow_up: FollowUp | None = None
    modes: tuple[str, ...] = ()
    verdicts: tuple[Verdict, ...] = ()
    now: datetime | None = None
    new_session: bool = False

    @property
    def last_reply(self) -> str:
        """The companion's last message in this conversation ("" when none)."""
        return next((m.content for m in reversed(self.history) if m.role == "assistant"), "")


@dataclass(frozen=True)
class Candidate:
    """A reply a source proposes; the ranker's ``score`` decides (higher is better)."""

    text: str
    source: str  # "skill:comfort", "bank", "model", ...
    score: float = 0.0
    parts: Mapping[str, float] = field(default_factory=dict)
