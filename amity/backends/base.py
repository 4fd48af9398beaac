"""The Backend contract: one streaming method; the base class does the rest.

A backend turns a list of chat messages into a stream of text pieces. It knows nothing
about users, memory, safety or storage. A new backend implements ``stream`` (and may
override ``close``) in well under 100 lines.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace

from ..types import ChatMessage


@dataclass(frozen=True)
class GenerateOptions:
    """Decoding settings shared by every backend."""

    max_tokens: int = 80
    temperature: float = 0.7
    top_p: float = 0.9
    stop: tuple[str, ...] = field(default_factory=tuple)
    seed: int | None = None
    repeat_penalty: float = 1.1
    presence_penalty: float = 0.0


class Backend(ABC):
    """Base class of every model backend."""

    name: str = "backend"
    context_tokens: int = 2048

    @abstractmethod
    def stream(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> Iterator[str]:
        """Yield the reply in pieces as the model produces them."""

    def complete(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> str:
        return "".join(self.stream(messages, options))

    def sample(self, messages: Sequence[ChatMessage], options: GenerateOptions, n: int
               ) -> list[str]:
        """``n`` whole replies to the same prompt. By default ``n`` concurrent ``complete``
        calls with distinct seeds (a server such as vLLM batches them); a backend that can
        batch in one request (the local llama.cpp one) overrides this."""
        if n <= 1:
            return [self.complete(messages, options)]

        def one(i: int) -> str:
            seed = None if options.seed is None else options.seed + 1000 * i
            return self.complete(messages, replace(options, seed=seed))

        with ThreadPoolExecutor(max_workers=n, thread_name_prefix="amity-sample") as pool:
            return list(pool.map(one, range(n)))

    def count_tokens(self, text: str) -> int:
        """A conservative token estimate (English BPE averages about 4 characters a token)."""
        return len(text) // 3 + 1

    def load(self) -> None:
        """Load the model now (the CLI shows a spinner meanwhile); a no-op by default."""
        return None

    def close(self) -> None:
        """Release the model and anything it holds."""
        return None

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
