"""Building the prompt: a pure function of persona, memories, history, emotion and mode.

``build_prompt`` returns the chat messages for the backend, fitted to a token budget, with a
stable prefix: the persona (system message) first, the history in order, then a second
system message with the turn's notes (date, memories, mood, modes), then the new user
message. The persona, the notes and the new message are never dropped; memories are cut to
their own share of the budget; the oldest history goes first. Because nothing that changes
per turn sits before the history, llama.cpp's prompt cache reuses the conversation. It
knows nothing about databases, models or HTTP, and does no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from .persona import Persona
from .types import ChatMessage, Emotion, FollowUp, MemoryHit, Message

TokenCounter = Callable[[str], int]

GENTLE_EMOTIONS = {"sadness", "grief", "fear", "nervousness", "disappointment", "remorse",
                   "embarrassment", "anger", "annoyance", "disgust"}
HAPPY_EMOTIONS = {"joy", "excitement", "amusement", "love", "gratitude", "pride", "optimism",
                  "admiration", "relief"}

MODE_NOTES = {
    "teen": "{user} is a teenager: keep everything age-appropriate and never romantic or "
            "sexual; encourage real-world friends and trusted adults when it fits.",
    "gentle": "{user} may be going through something hard. Be gentle, calm and caring; "
              "no jokes; ask how they are doing.",
}


def follow_up_note(follow_up: FollowUp, user: str) -> str:
    """The system note that asks the model to follow up on a past event."""
    if follow_up.kind == "birthday":
        return f"Today is {user}'s birthday! Start by wishing them a happy birthday."
    who = re.sub(r"^your ", f"{user}'s ", follow_up.whose) or user  # "Sam's dad", "Renata"
    if follow_up.kind == "today":
        return (f"{who} has {follow_up.event} today. Start your reply by asking how the "
                f"{follow_up.event} is going.")
    return (f"{who} had {follow_up.event} recently. Start your reply by asking how the "
            f"{follow_up.event} went.")


def opening_line(follow_up: FollowUp, user: str) -> str:
    """A plain opening for a returning user when the character's voice has none."""
    if follow_up.kind == "birthday":
        return f"Happy birthday, {user}! 🎂"
    whose = f"{follow_up.whose}'s" if follow_up.whose else "the"  # "your dad's interview"
    if follow_up.kind == "today":
        return f"Hey {user}, welcome back! Isn't {whose} {follow_up.event} today?"
    return f"Hey {user}, welcome back! How did {whose} {follow_up.event} go?"


@dataclass(frozen=True)
class PromptInput:
    persona: Persona
    user_name: str
    user_text: str
    history: Sequence[Message] = ()
    memories: Sequence[MemoryHit] = ()
    emotion: Emotion | None = None
    modes: Sequence[str] = ()
    now: datetime | None = None
    notes: Sequence[str] = field(default_factory=tuple)


def persona_text(inp: PromptInput) -> str:
    """The stable head of the prompt: the character, the same every turn of a conversation
    (so a backend's prompt cache reuses it and the history after it)."""
    p, user = inp.persona, inp.user_name
    parts = [p.fill(p.system_prompt or f"You are {p.name}, {user}'s friend.", user)]
    if p.description:
        parts.append(p.fill(p.description, user))
    if p.personality:
        parts.append(f"{p.name}'s personality: {p.fill(p.personality, user)}.")
    if p.scenario:
        parts.append(p.fill(p.scenario, user))
    return "\n\n".join(part.strip() for part in parts if part.strip())


def turn_text(inp: PromptInput, memory_lines: Sequence[str]) -> str:
    """The per-turn notes, placed just before the new message: date, memories, mood,
    modes, the policy's notes and the card's post-history instructions."""
    p, user = inp.persona, inp.user_name
    parts = []
    if inp.now is not None:
        parts.append(f"Today is {inp.now:%A, %B %d, %Y}.")
    if memory_lines:
        parts.append(f"What you remember about {user}:\n" + "\n".join(memory_lines))
    emotion = inp.emotion.top if inp.emotion else None
    if emotion in GENTLE_EMOTIONS:
        parts.append(f"{user} seems to feel {emotion} right now: be kind and supportive.")
    elif emotion in HAPPY_EMOTIONS:
        parts.append(f"{user} seems to feel {emotion}: share the good mood.")
    for mode in inp.modes:
        if mode in MODE_NOTES:
            parts.append(MODE_NOTES[mode].format(user=user))
    parts.extend(p.fill(note, user) for note in inp.notes)
    if p.post_history_instructions:
        parts.append(p.fill(p.post_history_instructions, user))
    return "\n\n".join(part.strip() for part in parts if part.strip())


def system_text(inp: PromptInput, memory_lines: Sequence[str]) -> str:
    """Every instruction of a turn (the persona and the turn's notes): the text no reply
    may quote."""
    return "\n\n".join(t for t in (persona_text(inp), turn_text(inp, memory_lines)) if t)


def build_prompt(
    inp: PromptInput, *, budget: int, count: TokenCounter, memory_share: float = 0.25
) -> list[ChatMessage]:
    """Chat messages for the backend within ``budget`` tokens (see the module docstring):
    the persona first, then the history in order, then the turn's notes, then the message."""
    user_msg = ChatMessage("user", inp.user_text)
    memory_budget = max(0, int(budget * memory_share))
    lines: list[str] = []
    used = 0
    for hit in inp.memories:
        line = f"- {hit.text.strip()}"
        cost = count(line) + 1
        if used + cost > memory_budget:
            continue
        lines.append(line)
        used += cost
    head = ChatMessage("system", persona_text(inp))
    notes = turn_text(inp, lines)
    tail = [ChatMessage("system", notes)] if notes else []
    remaining = budget - count(head.content) - count(notes) - count(inp.user_text) - 12
    kept: list[ChatMessage] = []
    for message in reversed(inp.history):
        if message.role not in ("user", "assistant") or not message.content.strip():
            continue
        cost = count(message.content) + 4
        if cost > remaining:
            break
        kept.append(ChatMessage(message.role, message.content))
        remaining -= cost
    kept.reverse()
    return [head, *kept, *tail, user_msg]
