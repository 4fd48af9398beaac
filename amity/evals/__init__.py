"""amity.evals: evaluations on public data sets, each ``run(data_dir, ...) -> dict``.

``EVALS`` is the one list ``amity eval NAME`` reads: name -> ``Eval`` (the function to call
and which of the command's options, ``limit`` and ``answer``, it takes). Each entry
imports its module only when it runs, so listing them costs nothing. Evals read public
data from ``data_dir`` and their own sets from ``amity/evals/data/``; they never train
or write weights (that is ``training/``, which may import evals, never the reverse).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["EVALS", "Eval"]


@dataclass(frozen=True)
class Eval:
    """An evaluation: ``run(data_dir, **options)`` and the option names it takes."""

    run: Callable[..., dict[str, Any]]
    options: frozenset[str] = frozenset()


def _emotion(data: Path) -> dict[str, Any]:
    from .emotion import run

    return run(data)


def _safety(data: Path, limit: int | None = None) -> dict[str, Any]:
    from .safety import run

    return run(data, limit)


def _facts(data: Path) -> dict[str, Any]:
    from .facts import run

    return run(data)


def _coref(data: Path) -> dict[str, Any]:
    from .coref import run

    return run(data)


def _memory(data: Path, limit: int | None = None, answer: int | None = None,
            conversations: str | None = None) -> dict[str, Any]:
    from .memory import run

    return run(data, limit, answer=answer or 0, conversations_=conversations)


def _redteam(data: Path, limit: int | None = None) -> dict[str, Any]:
    from .redteam import run

    return run(data, limit)


def _teen(data: Path, limit: int | None = None) -> dict[str, Any]:
    from .teen import run

    return run(data, limit)


def _persona(data: Path, limit: int | None = None) -> dict[str, Any]:
    from .persona import run

    return run(data, limit)


def _conversation_memory(data: Path, limit: int | None = None) -> dict[str, Any]:
    from .conversation_memory import run

    return run(data, limit, scripts=data if data.suffix == ".json" else None)


EVALS: dict[str, Eval] = {
    "emotion": Eval(_emotion),
    "safety": Eval(_safety, frozenset({"limit"})),
    "facts": Eval(_facts),
    "coref": Eval(_coref),
    "memory": Eval(_memory, frozenset({"limit", "answer", "conversations"})),
    "redteam": Eval(_redteam, frozenset({"limit"})),
    "persona": Eval(_persona, frozenset({"limit"})),
    # held-out teen scripts; --data amity/evals/data/memory_dev.json plays the dev set
    "conversation-memory": Eval(_conversation_memory, frozenset({"limit"})),
    "teen": Eval(_teen, frozenset({"limit"})),
}
