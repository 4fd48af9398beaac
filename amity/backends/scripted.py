"""ScriptedBackend: replies from a list, for tests and demos (no model needed).

It records every prompt it was given in ``calls`` so tests can check what the engine sent,
streams each reply word by word, and can fail part-way through a reply to exercise the
engine's fault handling. It knows nothing about the engine.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence

from ..errors import BackendError
from ..types import ChatMessage
from .base import Backend, GenerateOptions


class ScriptedBackend(Backend):
    name = "scripted"

    def __init__(
        self,
        replies: Sequence[str] | Callable[[Sequence[ChatMessage]], str] = ("Hi! 😊",),
        *,
        delay: float = 0.0,
        fail_after_words: int | None = None,
        cycle: bool = True,
    ) -> None:
        self.replies = replies
        self.delay = delay
        self.fail_after_words = fail_after_words
        self.cycle = cycle
        self.calls: list[list[ChatMessage]] = []
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
        for i, word in enumerate(words):
            if self.fail_after_words is not None and i >= self.fail_after_words:
                raise BackendError("The scripted backend failed mid-reply (as configured).")
            if self.delay:
                time.sleep(self.delay)
            yield word if i == 0 else " " + word
