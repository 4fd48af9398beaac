"""ScriptedBackend: replies from a list, for tests and demos (no model needed).

It records the latest prompts it was given in ``calls`` (the last CALLS_KEPT, so a
long-running demo server stays bounded) so tests can check what the engine sent,
streams each reply word by word (``delay`` seconds before each word; with ``paced`` the
words are due on the clock, like a real model's, for load tests), and can fail part-way
through a reply to exercise the engine's fault handling. ``echo(words)`` is a reply
function that quotes the user's message (tests, the load bench). It knows nothing about
the engine.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence

from ..errors import BackendError
from ..types import ChatMessage
from .base import Backend, GenerateOptions

CALLS_KEPT = 1000  # prompts kept in ``calls``


def echo(words: int = 0) -> Callable[[Sequence[ChatMessage]], str]:
    """A reply function that quotes the user's last message, plus ``words`` filler words
    derived from it, so every reply is distinct and tells which message it answers:
    ``"You said: <message>. <filler>..."``."""

    def reply(messages: Sequence[ChatMessage]) -> str:
        said = next((m.content for m in reversed(messages) if m.role == "user"), "")
        extra = hashlib.sha256(said.encode()).hexdigest()
        filler = [extra[i % 60: i % 60 + 4] + str(i) + ("." if i % 5 == 4 else "")
                  for i in range(words)]
        return " ".join([f"You said: {said}.", *filler]).strip()

    return reply


class ScriptedBackend(Backend):
    name = "scripted"

    def __init__(
        self,
        replies: Sequence[str] | Callable[[Sequence[ChatMessage]], str] = ("Hi! 😊",),
        *,
        delay: float = 0.0,
        paced: bool = False,
        fail_after_words: int | None = None,
        cycle: bool = True,
    ) -> None:
        """``delay``: seconds before each word. ``paced``: word i is due at the start plus
        (i + 1) x ``delay`` on the clock, so a late wake-up does not delay the words after
        it (a model's pace, for load tests); otherwise each word sleeps ``delay``."""
        self.replies = replies
        self.delay = delay
        self.paced = paced
        self.fail_after_words = fail_after_words
        self.cycle = cycle
        # the latest prompts only: a long-running ``serve --backend scripted`` stays bounded
        self.calls: deque[list[ChatMessage]] = deque(maxlen=CALLS_KEPT)
        self._index = 0
        self._lock = threading.Lock()

    def _next(self, messages: Sequence[ChatMessage]) -> str:
        if callable(self.replies):
            return self.replies(messages)
        with self._lock:
            if not self.replies:
                raise BackendError("The scripted backend has no replies to give.")
            if self._index >= len(self.replies) and not self.cycle:
                raise BackendError("The scripted backend has run out of replies.")
            reply = self.replies[self._index % len(self.replies)]
            self._index += 1
        return reply

    def stream(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> Iterator[str]:
        with self._lock:
            self.calls.append(list(messages))
        reply = self._next(messages)
        words = reply.split(" ")
        start = time.perf_counter()
        for i, word in enumerate(words):
            if self.fail_after_words is not None and i >= self.fail_after_words:
                raise BackendError("The scripted backend failed mid-reply (as configured).")
            if self.paced:
                time.sleep(max(0.0, start + (i + 1) * self.delay - time.perf_counter()))
            elif self.delay:
                time.sleep(self.delay)
            yield word if i == 0 else " " + word
