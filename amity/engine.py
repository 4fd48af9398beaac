"""The turn: the only place that calls every stage, top to bottom, in one direction.

``Engine.respond(user, text)`` runs: 1 save the user's message, 2 check input and decide
(the policy's decision carries what to store, what to learn, whether to hold the stream,
whether to erase the user; the engine records the decision's profile updates and events),
3 understand (emotion, facts), 4 recall (reads only), 5 build the prompt, 6 generate
(``amity.generation``: the voice's confident pick at once, else the model's reply
streamed a sentence at a time; every source passes the same output check), 7 record what the
output check blocked, 8 remember (or erase, when the decision says so), 9 reply, and after
the reply 10 settle (memory upkeep such as session summaries). The user's message is
committed before anything else can fail, so a crash later loses nothing the user said.

The engine knows no HTTP, no terminal, no SQL and no policy words: it talks to a Store, a
Backend and the Stages, and acts on the fields of the policy's decision.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from .backends.base import Backend
from .config import Settings
from .errors import BackendError
from .generation import Generator, OnEvent, ReplyRequest, Screen
from .persona import Persona
from .prompt import PromptInput, build_prompt, follow_up_note, opening_line, system_text
from .replies import apostrophes, clean_input
from .rerank import Scorer
from .stages import FALLBACK_REPLY, Blocked, PolicyDecision, Stages
from .store.models import utcnow
from .store.repo import Store
from .types import (
    ChatMessage,
    Emotion,
    Fact,
    FollowUp,
    MemoryHit,
    Message,
    Reply,
    TurnView,
    Verdict,
)

__all__ = ["FALLBACK_REPLY", "Engine", "OnEvent"]

log = logging.getLogger(__name__)

NEW_SESSION_AFTER = timedelta(minutes=30)  # a longer silence starts a new session


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
        self.scorer = Scorer()

    # ---- conversation helpers used by the CLI and the server --------------------------
    def open_conversation(self, user: str) -> tuple[int, int]:
        """(user id, open conversation id), creating the user and the conversation if new."""
        user_id = self.store.user_id(user)
        return user_id, self.store.conversation(user_id, self.persona.slug)

    def history(self, user: str, limit: int = 50) -> list[Message]:
        user_id, conv = self.open_conversation(user)
        return self.store.history(user_id, conv, limit)

    def reset(self, user: str) -> None:
        user_id, conv = self.open_conversation(user)
        self.store.close_conversation(user_id, conv)

    def greet(self, user: str) -> str | None:
        """The character's first message, stored as the first reply of a new conversation;
        None when the conversation has begun or the card has no greeting."""
        user_id, conv = self.open_conversation(user)
        if not self.persona.first_mes or self.store.history(user_id, conv, 1):
            return None
        greeting = self.persona.fill(self.persona.first_mes, self.display_name(user_id, user))
        self.store.add_message(user_id, conv, "assistant", greeting)
        return greeting

    def welcome_back(self, user: str) -> Message | None:
        """The companion's opening when the user comes back after a while and a dated event
        has passed ("how did the driving test go?!"): stored as a reply and asked once. None
        when nothing is due, the conversation is new or still going, the user's last
        message waits for its answer, or the policy says not now (quiet hours)."""
        user_id, conv = self.open_conversation(user)
        last = self.store.history(user_id, conv, 1)
        now = self.clock()
        if not last or last[-1].role != "assistant" or not _new_session(last, now) or \
                not self.stages.policy.may_open(user_id, now):
            return None
        due = self.stages.memory.opening(user_id, now)
        if due is None:
            return None
        name = self.display_name(user_id, user)
        text = self.stages.voice.opening(due, name) or opening_line(due, name)
        row = self.store.add_message(user_id, conv, "assistant", text, at=now,
                                     meta={"kind": "opening"})
        self.stages.memory.followed_up(user_id, due, now)
        return row

    def display_name(self, user_id: int, user: str) -> str:
        """What the companion calls the user: the profile's ``display_name``, else ``user``."""
        return str(self.store.profile(user_id).get("display_name") or user)

    # ---- the turn ----------------------------------------------------------------------
    def respond(self, user: str, text: str, *, on_event: OnEvent | None = None,
                saved: Message | None = None, key: str | None = None) -> Reply:
        """One turn. ``saved``: a message of this user already stored and left unanswered
        (a retry): it is answered as if just sent, and not stored again. ``key``: the
        sender's idempotency key, stored with the message (unique per user)."""
        emit = on_event or (lambda kind, piece: None)
        stages = self.stages
        now = self.clock()
        user_id, conv = self.open_conversation(user)
        history = self.store.history(user_id, conv, self.settings.history_turns)

        # 1. save the user's message first
        if saved is None:
            text = clean_input(text, self.settings.max_message_chars)
            saved = self.store.add_message(user_id, conv, "user", text, at=now, key=key)
        else:
            text, conv = saved.content, saved.conversation_id
            history = [m for m in history if m.id < saved.id]
        emit("saved", str(saved.id))
        user = self.display_name(user_id, user)
        context = [m.content for m in history if m.role == "user"][-6:]

        # 2. check input; the policy decides, the engine records what it decided
        verdicts: list[Verdict] = list(stages.check_input(text, context))
        decision = stages.policy.before(user_id, text, verdicts, now)
        if not decision.erase_user:
            self.store.update_profile(user_id, **decision.profile)
        for category, action in decision.events:
            self.store.record_event(user_id, category, action, now)

        # 3. understand (the apostrophes a teen leaves out put back: "shell come" is she'll)
        text = apostrophes(text)
        emotion: Emotion | None = stages.emotion(text)
        facts: list[Fact] = (list(stages.facts(text, context, now))
                             if decision.learn_facts else [])

        # 4. recall (reads only)
        memories: list[MemoryHit] = []
        follow_up: FollowUp | None = None
        notes = list(decision.notes)
        new_session = _new_session(history, now)
        if decision.fixed_reply is None:
            memories = list(stages.memory.recall(user_id, text, now,
                                                 before=context[-1] if context else ""))
            if new_session:
                follow_up = stages.memory.opening(user_id, now)
            if follow_up is not None:
                notes.append(follow_up_note(follow_up, user))

        source = "policy"
        if decision.fixed_reply is not None:
            reply_text = decision.fixed_reply
            emit("token", reply_text)
        else:
            # 5. build the prompt
            prompt_in = PromptInput(
                persona=self.persona, user_name=user, user_text=text, history=history,
                memories=memories, emotion=emotion, modes=decision.modes, now=now,
                notes=tuple(notes),
            )
            messages = self._prompt(prompt_in)

            # 6. reply: the voice's pick at once, else the model, streamed; all checked
            view = TurnView(user, text, tuple(history), emotion, tuple(facts),
                            tuple(memories), follow_up, decision.modes, tuple(verdicts), now,
                            new_session)
            request = ReplyRequest(
                messages, user, text,
                recent=[m.content for m in history if m.role == "assistant"][-6:],
                grounding=_grounding(self.persona, memories, user),
                emotion=emotion.top if emotion else None, preface=decision.preface,
                postscript=decision.postscript, hold_stream=decision.hold_stream,
                candidates=tuple(stages.voice.propose(view)),
            )
            screen = Screen(stages.check_output, _deciding(stages, decision), text,
                            system_text(prompt_in, ()), own=_told(history, text, memories,
                                                                  follow_up))
            try:
                generator = Generator(self.backend, self.settings, self.persona.name,
                                      self.scorer)
                generated = generator.reply(request, screen, emit)
            except BackendError as exc:
                self.store.update_meta(user_id, saved.id, reply_error=str(exc))
                raise
            source = generated.source

            # 7. record what the output check blocked
            for blocked in generated.blocked:
                self.store.record_event(user_id, blocked.category, "output_blocked", now)
            reply_text = "\n\n".join(part for part in (
                decision.preface, generated.text, decision.postscript) if part)

        # 8. remember, or erase when the decision says so
        reply_row: Message | None = None
        if decision.erase_user:
            self.store.erase_user_data(user_id)
            self.store.update_profile(user_id, **decision.profile)
        elif decision.store_turn:
            self.store.update_meta(user_id, saved.id, **_meta(emotion, verdicts))
            reply_row = self.store.add_message(
                user_id, conv, "assistant", reply_text, at=now, meta={"kind": decision.kind}
            )
            if decision.learn_facts:
                stages.memory.remember(user_id, saved, facts, now)
            if follow_up is not None:
                stages.memory.followed_up(user_id, follow_up, now)
        emit("final", reply_text)

        # 9. reply
        kept = not decision.erase_user
        reply = Reply(
            text=reply_text, user_message_id=saved.id if kept else None,
            reply_message_id=reply_row.id if reply_row else None,
            conversation_id=conv if kept else None, emoji=emotion.emoji if emotion else None,
            emotion=emotion, memories=tuple(memories), verdicts=tuple(verdicts),
            mode=decision.kind, facts=tuple(facts), source=source,
        )

        # 10. settle: slow upkeep, after the reply is out
        if kept:
            try:
                stages.memory.settle(user_id, now)
            except Exception:  # noqa: BLE001 - upkeep never fails a turn; it reruns next turn
                log.exception("memory upkeep failed; it will run again after the next turn")
        return reply

    def _prompt(self, prompt_in: PromptInput) -> list[ChatMessage]:
        window = min(self.backend.context_tokens, self.settings.context_tokens)
        budget = window - self.settings.max_reply_tokens - 16
        return build_prompt(prompt_in, budget=budget, count=self.backend.count_tokens)


def _deciding(stages: Stages, decision: PolicyDecision
              ) -> Callable[[str, Sequence[Verdict]], Blocked | None]:
    return lambda reply, verdicts: stages.policy.after(decision, reply, verdicts)


def _meta(emotion: Emotion | None, verdicts: Sequence[Verdict]) -> dict[str, object]:
    return {
        "emotion": emotion.top if emotion else None,
        "emoji": emotion.emoji if emotion else None,
        "verdicts": [v.category for v in verdicts if v.tripwire],
    }


def _told(history: Sequence[Message], text: str, memories: Sequence[MemoryHit],
          follow_up: FollowUp | None) -> str:
    """Everything the user told, in their words: a reply may say it back though the turn's
    notes hold it too (a plan's name in the follow-up note)."""
    plans = (follow_up, *follow_up.also) if follow_up is not None else ()
    return "\n".join([*(m.content for m in history if m.role == "user"), text,
                      *(h.text for h in memories), *(p.event for p in plans)])


def _grounding(persona: Persona, memories: Sequence[MemoryHit], user: str) -> list[str]:
    """What a reply should stay true to: the card's description lines and the memories."""
    lines = [persona.fill(line, user).strip().lstrip("-• ").strip()
             for line in persona.description.splitlines()]
    lines = [line for line in lines if line and not line.endswith(":")]
    return lines + [re.sub(r"^\[[^\]]*\]\s*", "", m.text) for m in memories]


def _same_day(a: datetime, b: datetime) -> bool:
    return a.date() == b.date()


def _new_session(history: Sequence[Message], now: datetime) -> bool:
    """No history, or a silence longer than ``NEW_SESSION_AFTER`` since its last message."""
    return not history or now - history[-1].created_at > NEW_SESSION_AFTER
