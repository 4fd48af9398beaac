"""Any OpenAI-compatible chat completions server (vLLM, llama.cpp server, Ollama, ...).

Streams ``POST {base_url}/chat/completions`` over server-sent events with httpx. Transport
failures and error statuses become amity errors whose messages say what to fix; nothing
from httpx escapes this module. Knows nothing about users or memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import httpx

from ..errors import BackendResponseError, BackendUnavailable
from ..types import ChatMessage
from .base import Backend, GenerateOptions


class OpenAIBackend(Backend):
    name = "openai"

    def __init__(
        self, base_url: str, model: str, *, api_key: str | None = None, timeout: float = 60.0,
        context_tokens: int = 4096,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.context_tokens = context_tokens
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            base_url=self.base_url, headers=headers,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
        )

    def close(self) -> None:
        self._client.close()

    def _payload(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> dict:
        payload: dict[str, Any] = {
            "model": self.model,
            "messages": [m.as_dict() for m in messages],
            "stream": True,
            "max_tokens": options.max_tokens,
            "temperature": options.temperature,
            "top_p": options.top_p,
        }
        if options.stop:
            payload["stop"] = list(options.stop)[:4]
        if options.seed is not None:
            payload["seed"] = options.seed
        if options.presence_penalty:
            payload["presence_penalty"] = options.presence_penalty
        return payload

    def stream(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> Iterator[str]:
        url = f"{self.base_url}/chat/completions"
        try:
            with self._client.stream(
                "POST", "/chat/completions", json=self._payload(messages, options)
            ) as response:
                if response.status_code >= 400:
                    body = response.read().decode("utf-8", "replace")[:300]
                    raise BackendResponseError(
                        f"The model server at {url} answered {response.status_code}: {body}",
                        status=response.status_code,
                    )
                yield from _sse_content(response.iter_lines(), url)
        except httpx.ConnectError:
            raise BackendUnavailable(
                f"Cannot connect to the model server at {self.base_url}: is it running? "
                "Check AMITY_OPENAI_BASE_URL."
            ) from None
        except httpx.TimeoutException:
            raise BackendUnavailable(
                f"The model server at {self.base_url} did not answer in time. "
                "Try again, or raise AMITY_OPENAI_TIMEOUT."
            ) from None
        except httpx.HTTPError as exc:
            raise BackendUnavailable(f"The connection to {self.base_url} failed: {exc}.") from None


def _sse_content(lines: Iterator[str], url: str) -> Iterator[str]:
    """The text deltas of an OpenAI chat completions event stream."""
    for line in lines:
        if not line.startswith("data:"):
            continue
        data = line[5:].strip()
        if data == "[DONE]":
            return
        try:
            event = json.loads(data)
        except json.JSONDecodeError:
            raise BackendResponseError(f"The model server at {url} sent malformed data.") from None
        if "error" in event:
            raise BackendResponseError(f"The model server at {url} reported: {event['error']}")
        for choice in event.get("choices") or ():
            piece = (choice.get("delta") or {}).get("content")
            if piece:
                yield piece
