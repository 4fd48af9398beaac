"""Generation: from a prompt to a reply that passed the output check, shown as it is written.

``Generator.reply(request, screen, emit)`` is the single guarded-stream entry point. A ready
candidate (the voice's lines, best first) that passes the check goes out at once; else it
draws the reply from the backend (one streamed sample, or the best of
``settings.candidates()`` kept by ``amity.rerank``), cleans it (``amity.replies``), draws
again hotter when a reply is empty or repeats a recent one, and passes text to ``emit`` a
sentence at a time through a ``Gate``: a sentence goes on screen only once the text so far
has no output verdict (with ``hold_stream``, nothing is shown before the whole reply
passed). The output check runs in one place, ``Screen``: the checks' verdicts plus
"prompt_leak" when a reply quotes the system prompt, and the policy's decision on them; a
blocked reply is drawn once more, then replaced by the policy's text. The result says what
was blocked, so the engine records it.

Knows nothing about storage, users, memory or HTTP; ``BackendError`` passes through to the
caller (the engine records it once).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .backends.base import Backend, GenerateOptions
from .config import Settings
from .replies import clean_reply, is_repeat, quoting, stop_sequences
from .rerank import ReplyContext, Scorer
from .stages import FALLBACK_REPLY, Blocked
from .types import Candidate, ChatMessage, Verdict

log = logging.getLogger(__name__)

#: on_event(kind, text): kind is "saved" (the user's message is stored; text is its id),
#: "token" (a piece of the reply), "reset" (discard the pieces shown so far: the reply is
#: being regenerated) or "final" (the whole reply).
OnEvent = Callable[[str, str], None]

class Screen:
    """The output check of one turn, run once per distinct text.

    ``check`` gives the safety verdicts of a reply (given the user's message); ``secret`` is
    the system text no reply may quote ("prompt_leak"); ``decide`` is the policy's decision
    on a whole reply's verdicts (None: show it).
    """

    def __init__(self, check: Callable[[str, Sequence[str]], Sequence[Verdict]],
                 decide: Callable[[str, Sequence[Verdict]], Blocked | None],
                 user_text: str, secret: str, own: str = "") -> None:
        leaks = quoting(secret, own)

        @lru_cache(maxsize=64)
        def verdicts(text: str) -> tuple[Verdict, ...]:
            found = list(check(text, [user_text]))
            if leaks(text):
                found.append(Verdict("prompt_leak", 1.0))
            return tuple(found)

        self.verdicts = verdicts
        self.decide = decide

    def blocked(self, text: str) -> Blocked | None:
        return self.decide(text, self.verdicts(text))

    def tripwire(self, text: str) -> bool:
        return any(v.tripwire for v in self.verdicts(text))


@dataclass(frozen=True)
class ReplyRequest:
    """Everything a reply is drawn from and judged against."""

    messages: Sequence[ChatMessage]
    user_name: str
    user_text: str
    recent: Sequence[str] = ()  # the companion's recent replies, oldest first
    grounding: Sequence[str] = ()  # persona lines and memories a reply should stay true to
    emotion: str | None = None  # the user's top emotion label
    preface: str = ""  # fixed text shown before the reply
    postscript: str = ""  # fixed text shown after it
    hold_stream: bool = False  # show nothing until the whole reply passed the check
    candidates: Sequence[Candidate] = ()  # ready lines (the voice's), best first


@dataclass(frozen=True)
class Generated:
    text: str  # the reply, without preface or postscript
    blocked: tuple[Blocked, ...] = field(default_factory=tuple)  # what the check stopped
    source: str = "model"  # the candidate's source, or "model"


class Generator:
    """Draws, cleans, ranks, checks and shows replies for one engine (module docstring)."""

    def __init__(self, backend: Backend, settings: Settings, char_name: str,
                 scorer: Scorer | None = None) -> None:
        self.backend = backend
        self.settings = settings
        self.char_name = char_name
        self.scorer = scorer or Scorer()

    def options(self, seed_offset: int = 0, user_name: str = "User") -> GenerateOptions:
        s = self.settings
        return GenerateOptions(
            max_tokens=s.max_reply_tokens, temperature=s.temperature, top_p=s.top_p,
            repeat_penalty=s.repeat_penalty, stop=stop_sequences(user_name, self.char_name),
            seed=None if s.seed is None else s.seed + seed_offset,
        )

    def reply(self, req: ReplyRequest, screen: Screen, emit: OnEvent) -> Generated:
        gate = Gate(emit, lambda part: not screen.verdicts(part), prefix=req.preface,
                    hold_all=req.hold_stream)
        blocked: list[Blocked] = []
        for candidate in req.candidates:  # a ready line goes out at once, if it passes
            if not screen.verdicts(candidate.text) and screen.blocked(candidate.text) is None:
                gate.finish(candidate.text, req.postscript)
                return Generated(candidate.text, (), candidate.source)
        text = self._draw(req, screen, gate, 0)
        for retry in (True, False):
            found = screen.blocked(text)
            if found is None:
                break
            blocked.append(found)
            if retry:
                gate("reset", "")
                text = self._draw(req, screen, gate, 3)
            else:
                text = found.replacement
        gate.finish(text, req.postscript)
        return Generated(text, tuple(blocked))

    # ---- drawing ------------------------------------------------------------------------
    def _draw(self, req: ReplyRequest, screen: Screen, emit: OnEvent, seed_offset: int) -> str:
        """One usable reply: the best of n, or one streamed sample; an empty or repeated reply
        is drawn again, hotter, then replaced by ``FALLBACK_REPLY``."""
        for attempt in range(seed_offset, seed_offset + 3):
            if attempt:
                emit("reset", "")
            options = self.options(attempt, req.user_name)
            if attempt:
                hotter = min(1.2, options.temperature + 0.25 * min(attempt, 2))
                options = replace(options, temperature=hotter, presence_penalty=0.6)
            reply = (self._best_of(req, screen, options) if self.settings.candidates() > 1
                     else self._streamed(req, options, emit))
            if reply:
                if self.settings.candidates() > 1:
                    emit("token", reply)
                return reply
            log.info("regenerating: no usable reply")
        emit("reset", "")
        emit("token", FALLBACK_REPLY)
        return FALLBACK_REPLY

    def _clean(self, raw: str, req: ReplyRequest, options: GenerateOptions) -> str:
        truncated = self.backend.count_tokens(raw) >= options.max_tokens - 2
        return clean_reply(raw, req.user_name, self.char_name, truncated=truncated)

    def _streamed(self, req: ReplyRequest, options: GenerateOptions, emit: OnEvent) -> str:
        pieces: list[str] = []
        for piece in self.backend.stream(req.messages, options):
            pieces.append(piece)
            emit("token", piece)
        raw = "".join(pieces)
        reply = self._clean(raw, req, options)
        if not reply or is_repeat(reply, req.recent):
            return ""
        if reply != raw.strip():
            emit("reset", "")
            emit("token", reply)
        return reply

    def _best_of(self, req: ReplyRequest, screen: Screen, options: GenerateOptions) -> str:
        """The scorer's pick of the cleaned candidates that repeat no recent reply."""
        raws = self.backend.sample(req.messages, options, self.settings.candidates())
        candidates: list[str] = []
        for raw in raws:
            reply = self._clean(raw, req, options)
            if reply and not is_repeat(reply, req.recent) and reply not in candidates:
                candidates.append(reply)
        ctx = ReplyContext(req.user_text, req.grounding, req.recent, req.emotion,
                           screen.tripwire, req.user_name)
        best = self.scorer.pick(candidates, ctx)
        return best.text if best else ""


_SENTENCE_END = re.compile(r"[.!?…\n][\"')\]]*(?=\s)")


class Gate:
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
