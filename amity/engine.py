"""The turn: the only place that calls every stage, top to bottom.

``Engine.respond(user, text)`` runs: 1 save the user's message, 2 check input, 3 understand
(emotion, facts), 4 recall, 5 build the prompt, 6 generate (streaming to ``on_event``),
7 check output, 8 remember, 9 reply. The user's message is committed before anything else
can fail, so a crash later loses nothing the user said. The engine knows no HTTP, no
terminal and no SQL: it talks to a Store, a Backend and the Stages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from .backends.base import Backend, GenerateOptions
from .config import Settings
from .errors import BackendError
from .persona import Persona
from .prompt import PromptInput, build_prompt
from .replies import clean_input, clean_reply, is_repeat, stop_sequences
from .stages import PolicyDecision, Stages
from .store.models import utcnow
from .store.repo import Store
from .types import Emotion, Fact, MemoryHit, Message, Reply, Verdict

log = logging.getLogger(__name__)

#: on_event(kind, text): kind is "token" (a piece of the reply), "reset" (discard the
#: pieces shown so far: the reply is being regenerated) or "final" (the whole reply).
OnEvent = Callable[[str, str], None]

FALLBACK_REPLY = "Hmm, I lost my train of thought there 😅 Tell me more?"


class Engine:
    def __init__(
        self, store: Store, backend: Backend, persona: Persona, settings: Settings,
        stages: Stages | None = None, clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.store = store
        self.backend = backend
        self.persona = persona
        self.settings = settings
        self.stages = stages or Stages()
        self.clock = clock

    # ---- conversation helpers used by the CLI and the server --------------------------
    def conversation_id(self, user: str) -> tuple[int, int]:
        user_id = self.store.user_id(user)
        return user_id, self.store.conversation(user_id, self.persona.slug)

    def history(self, user: str, limit: int = 50) -> list[Message]:
        user_id, conv = self.conversation_id(user)
        return self.store.history(user_id, conv, limit)

    def reset(self, user: str) -> None:
        user_id, conv = self.conversation_id(user)
        self.store.close_conversation(user_id, conv)

    def options(self, seed_offset: int = 0, user_name: str = "User") -> GenerateOptions:
        s = self.settings
        return GenerateOptions(
            max_tokens=s.max_reply_tokens, temperature=s.temperature, top_p=s.top_p,
            stop=stop_sequences(user_name, self.persona.name),
            seed=None if s.seed is None else s.seed + seed_offset,
        )

    # ---- the turn ----------------------------------------------------------------------
    def respond(self, user: str, text: str, *, on_event: OnEvent | None = None) -> Reply:
        emit = on_event or (lambda kind, piece: None)
        text = clean_input(text, self.settings.max_message_chars)
        now = self.clock()
        user_id, conv = self.conversation_id(user)
        history = self.store.history(user_id, conv, self.settings.history_turns)

        # 1. save the user's message first
        saved = self.store.add_message(user_id, conv, "user", text, at=now)
        context = [m.content for m in history if m.role == "user"][-6:]

        # 2. check input
        verdicts: list[Verdict] = list(self.stages.check_input(text, context)) \
            if self.stages.check_input else []
        decision = (self.stages.policy.before(user_id, text, verdicts, now)
                    if self.stages.policy else PolicyDecision())

        # 3. understand
        emotion: Emotion | None = self.stages.emotion(text) if self.stages.emotion else None
        facts: list[Fact] = list(self.stages.facts(text, context, now)) \
            if self.stages.facts and decision.kind not in ("age_gate",) else []

        # 4. recall
        memories: list[MemoryHit] = []
        notes = list(decision.notes)
        if self.stages.memory and decision.fixed_reply is None:
            memories = list(self.stages.memory.recall(user_id, text, now))
            if not any(m.role == "assistant" and _same_day(m.created_at, now) for m in history):
                opening = self.stages.memory.opening(user_id, now)
                if opening:
                    notes.append(opening)

        if decision.fixed_reply is not None:
            reply_text = decision.fixed_reply
            emit("token", reply_text)
        else:
            # 5. build the prompt, 6. generate
            prompt_in = PromptInput(
                persona=self.persona, user_name=user, user_text=text, history=history,
                memories=memories, emotion=emotion, modes=decision.modes, now=now,
                notes=tuple(notes),
            )
            reply_text = self._generate(user, user_id, saved, prompt_in, history, emit)
            # 7. check output
            if self.stages.check_output and self.stages.policy:
                out_verdicts = self.stages.check_output(reply_text, [text])
                replacement = self.stages.policy.after(user_id, reply_text, out_verdicts)
                if replacement is not None:
                    emit("reset", "")
                    emit("token", replacement)
                    reply_text = replacement

        # 8. remember
        meta = {
            "emotion": emotion.top if emotion else None,
            "emoji": emotion.emoji if emotion else None,
            "verdicts": [v.category for v in verdicts if v.tripwire],
        }
        self.store.update_meta(user_id, saved.id, **meta)
        reply_row = self.store.add_message(
            user_id, conv, "assistant", reply_text, meta={"kind": decision.kind}
        )
        if self.stages.memory and decision.kind != "age_gate":
            self.stages.memory.remember(user_id, saved, facts, now)
        emit("final", reply_text)

        # 9. reply
        return Reply(
            text=reply_text, user_message_id=saved.id, reply_message_id=reply_row.id,
            conversation_id=conv, emoji=emotion.emoji if emotion else None, emotion=emotion,
            memories=tuple(memories), verdicts=tuple(verdicts), mode=decision.kind,
            facts=tuple(facts),
        )

    def _generate(
        self, user: str, user_id: int, saved: Message, prompt_in: PromptInput,
        history: Sequence[Message], emit: OnEvent,
    ) -> str:
        window = min(self.backend.context_tokens, self.settings.context_tokens)
        budget = window - self.settings.max_reply_tokens - 16
        messages = build_prompt(prompt_in, budget=budget, count=self.backend.count_tokens)
        earlier = [m.content for m in history if m.role == "assistant"][-6:]
        for attempt in range(3):
            if attempt:
                emit("reset", "")
            pieces: list[str] = []
            options = self.options(attempt, user)
            if attempt:
                hotter = min(1.2, options.temperature + 0.25 * attempt)
                options = replace(options, temperature=hotter, presence_penalty=0.6)
            try:
                for piece in self.backend.stream(messages, options):
                    pieces.append(piece)
                    emit("token", piece)
            except BackendError as exc:
                self.store.update_meta(user_id, saved.id, reply_error=str(exc))
                raise
            raw = "".join(pieces)
            truncated = self.backend.count_tokens(raw) >= options.max_tokens - 2
            reply = clean_reply(raw, user, self.persona.name, truncated=truncated)
            if reply and not is_repeat(reply, earlier):
                if reply != raw.strip():
                    emit("reset", "")
                    emit("token", reply)
                return reply
            log.info("regenerating: empty or repeated reply %r", raw[:80])
        emit("reset", "")
        emit("token", FALLBACK_REPLY)
        return FALLBACK_REPLY


def _same_day(a: datetime, b: datetime) -> bool:
    return a.date() == b.date()
