"""The turn: the only place that calls every stage, top to bottom.

``Engine.respond(user, text)`` runs: 1 save the user's message, 2 check input, 3 understand
(emotion, facts), 4 recall, 5 build the prompt, 6 generate (streaming to ``on_event``),
7 check output, 8 remember, 9 reply. The user's message is committed before anything else
can fail, so a crash later loses nothing the user said. The engine knows no HTTP, no
terminal and no SQL: it talks to a Store, a Backend and the Stages.

Output safety: a generated reply is shown sentence by sentence, each sentence only once the
text so far passed ``check_output`` and does not quote the system prompt (in teen mode,
only after the whole reply passed the policy); the policy's ``after`` then sees the whole
reply: an unsafe one is generated once more, then replaced by the policy's fixed text.
A decision of kind "under_13" keeps nothing of the turn (the policy erased the rest).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime

from .backends.base import Backend, GenerateOptions
from .config import Settings
from .errors import BackendError
from .persona import Persona
from .prompt import PromptInput, build_prompt, system_text
from .replies import clean_input, clean_reply, is_repeat, quotes, stop_sequences
from .rerank import Context, Scorer, draw
from .stages import PolicyDecision, Stages
from .store.models import utcnow
from .store.repo import Store
from .types import ChatMessage, Emotion, Fact, MemoryHit, Message, Reply, Verdict

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
        self.scorer = Scorer()

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
            repeat_penalty=s.repeat_penalty,
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
        keep = decision.kind != "under_13"  # under 13: nothing of the turn is stored

        # 3. understand
        emotion: Emotion | None = self.stages.emotion(text) if self.stages.emotion else None
        facts: list[Fact] = list(self.stages.facts(text, context, now)) \
            if self.stages.facts and keep and decision.kind != "age_gate" else []

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
            # 5. build the prompt
            prompt_in = PromptInput(
                persona=self.persona, user_name=user, user_text=text, history=history,
                memories=memories, emotion=emotion, modes=decision.modes, now=now,
                notes=tuple(notes),
            )
            messages = self._prompt(prompt_in)
            secret = system_text(prompt_in, ())  # the instructions a reply must never quote

            # 6. generate, shown a sentence at a time once the text so far passed the check
            shown = _Gate(emit, lambda part: not self._flags(part, text, secret),
                          prefix=decision.preface, hold_all="teen" in decision.modes)
            grounding = _grounding(self.persona, memories, user)
            mood = emotion.top if emotion else None
            reply_text = self._generate(user, user_id, saved, messages, history, shown,
                                        facts=grounding, emotion=mood)

            # 7. check output: an unsafe reply is generated once more, then replaced
            replacement = self._replacement(user_id, reply_text, text, secret)
            if replacement is not None:
                shown("reset", "")
                reply_text = self._generate(user, user_id, saved, messages, history, shown,
                                            seed_offset=3, facts=grounding, emotion=mood)
                replacement = self._replacement(user_id, reply_text, text, secret)
            if replacement is not None:
                reply_text = replacement
            shown.finish(reply_text, decision.postscript)
            reply_text = "\n\n".join(
                part for part in (decision.preface, reply_text, decision.postscript) if part)

        # 8. remember
        reply_row: Message | None = None
        if keep:
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
            text=reply_text, user_message_id=saved.id,
            reply_message_id=reply_row.id if reply_row else None,
            conversation_id=conv, emoji=emotion.emoji if emotion else None, emotion=emotion,
            memories=tuple(memories), verdicts=tuple(verdicts), mode=decision.kind,
            facts=tuple(facts),
        )

    def _prompt(self, prompt_in: PromptInput) -> list[ChatMessage]:
        window = min(self.backend.context_tokens, self.settings.context_tokens)
        budget = window - self.settings.max_reply_tokens - 16
        return build_prompt(prompt_in, budget=budget, count=self.backend.count_tokens)

    def _flags(self, reply: str, user_text: str, secret: str) -> list[Verdict]:
        """Output verdicts of ``reply``, plus "prompt_leak" when it quotes ``secret``."""
        verdicts = list(self.stages.check_output(reply, [user_text])) \
            if self.stages.check_output else []
        if quotes(reply, secret):
            verdicts.append(Verdict("prompt_leak", 1.0))
        return verdicts

    def _replacement(self, user_id: int, reply: str, user_text: str, secret: str
                     ) -> str | None:
        """None when ``reply`` may be shown, else what to show instead."""
        verdicts = self._flags(reply, user_text, secret)
        if self.stages.policy:
            return self.stages.policy.after(user_id, reply, verdicts)
        return FALLBACK_REPLY if any(v.category == "prompt_leak" for v in verdicts) else None

    def _generate(
        self, user: str, user_id: int, saved: Message, messages: Sequence[ChatMessage],
        history: Sequence[Message], emit: OnEvent, seed_offset: int = 0, *,
        facts: Sequence[str] = (), emotion: str | None = None,
    ) -> str:
        """The reply: best of ``settings.best_of`` candidates (``amity.rerank``), or one
        streamed sample when best_of is 1; a repeat or empty reply is drawn again, hotter."""
        earlier = [m.content for m in history if m.role == "assistant"][-6:]
        for attempt in range(seed_offset, seed_offset + 3):
            if attempt:
                emit("reset", "")
            pieces: list[str] = []
            options = self.options(attempt, user)
            if attempt:
                hotter = min(1.2, options.temperature + 0.25 * min(attempt, 2))
                options = replace(options, temperature=hotter, presence_penalty=0.6)
            if self.settings.candidates() > 1:
                ctx = Context(messages[-1].content, facts, earlier, emotion,
                              self._unsafe(messages[-1].content), user)
                best = self._best_of(user, user_id, saved, messages, options, ctx)
                if best:
                    emit("token", best)
                    return best
                log.info("regenerating: no usable candidate")
                continue
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


    def _best_of(self, user: str, user_id: int, saved: Message,
                 messages: Sequence[ChatMessage], options: GenerateOptions, ctx: Context,
                 ) -> str | None:
        """The scorer's pick of ``best_of`` cleaned candidates that repeat no recent reply."""
        try:
            raws = draw(self.backend, messages, options, self.settings.candidates())
        except BackendError as exc:
            self.store.update_meta(user_id, saved.id, reply_error=str(exc))
            raise
        candidates = []
        for raw in raws:
            cut = self.backend.count_tokens(raw) >= options.max_tokens - 2
            reply = clean_reply(raw, user, self.persona.name, truncated=cut)
            if reply and not is_repeat(reply, ctx.recent) and reply not in candidates:
                candidates.append(reply)
        best = self.scorer.pick(candidates, ctx)
        return best.text if best else None

    def _unsafe(self, user_text: str) -> Callable[[str], bool] | None:
        check = self.stages.check_output
        if check is None:
            return None
        return lambda reply: any(v.tripwire for v in check(reply, [user_text]))


def _grounding(persona: Persona, memories: Sequence[MemoryHit], user: str) -> list[str]:
    """What a reply should stay true to: the card's description lines and the memories."""
    lines = [persona.fill(line, user).strip().lstrip("-• ").strip()
             for line in persona.description.splitlines()]
    lines = [line for line in lines if line and not line.endswith(":")]
    return lines + [re.sub(r"^\[[^\]]*\]\s*", "", m.text) for m in memories]


def _same_day(a: datetime, b: datetime) -> bool:
    return a.date() == b.date()


_SENTENCE_END = re.compile(r"[.!?…\n][\"')\]]*(?=\s)")



class _Gate:
    """Passes streamed pieces on a sentence at a time, each once ``safe(text so far)``.

    After a failed check (from the start with ``hold_all``) the rest waits for ``finish``,
    which shows the final reply (or what of it is not on screen yet). ``prefix`` is shown
    first, and again after every reset.
    """

    def __init__(self, emit: OnEvent, safe: Callable[[str], bool], *, prefix: str = "",
                 hold_all: bool = False) -> None:
        self.emit, self.safe, self.hold_all = emit, safe, hold_all
        self.prefix = f"{prefix}\n\n" if prefix else ""
        self.buffer, self.shown, self.held = "", 0, hold_all
        if self.prefix:
            emit("token", self.prefix)

    def __call__(self, kind: str, piece: str) -> None:
        if kind == "reset":
            self.emit("reset", "")
            if self.prefix:
                self.emit("token", self.prefix)
            self.buffer, self.shown, self.held = "", 0, self.hold_all
        elif kind == "token":
            self.buffer += piece
            ends = [m.end() for m in _SENTENCE_END.finditer(self.buffer, self.shown)]
            if ends and not self.held:
                if self.safe(self.buffer[:ends[-1]]):
                    self.emit("token", self.buffer[self.shown:ends[-1]])
                    self.shown = ends[-1]
                else:
                    self.held = True

    def finish(self, final: str, postscript: str = "") -> None:
        on_screen = self.buffer[:self.shown].lstrip()
        if not final.startswith(on_screen):
            self("reset", "")
            on_screen = ""
        rest = final[len(on_screen):] + (f"\n\n{postscript}" if postscript else "")
        if rest:
            self.emit("token", rest)
