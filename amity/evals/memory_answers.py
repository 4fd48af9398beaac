"""Answering LoCoMo questions with the embedded model, from memories vs from full context.

``answer_f1`` asks the local model each question twice, greedy and short: once with the
top 5 retrieved memory items as context, once with the most recent turns of the whole
conversation that fit the same token budget ("full context", all a 2k-token model can
see). Both are scored with SQuAD token F1 against the gold answer.
"""

from __future__ import annotations

from typing import Any

from ..backends.base import GenerateOptions
from ..backends.local import LocalBackend
from ..memory import LedgerMemory
from ..metrics import squad_f1
from ..store.repo import Store
from ..types import ChatMessage

SYSTEM = ("Answer the question about the conversation below in a few words. "
          "If the answer is a date, give the date.")
BUDGET_TOKENS = 1400


def _fit(texts: list[str], backend: LocalBackend, newest_first: bool) -> str:
    kept: list[str] = []
    used = 0
    for text in texts:
        cost = backend.count_tokens(text) + 1
        if used + cost > BUDGET_TOKENS:
            break
        kept.append(text)
        used += cost
    return "\n".join(reversed(kept) if newest_first else kept)


def _ask(backend: LocalBackend, context: str, question: str) -> str:
    messages = [ChatMessage("system", SYSTEM),
                ChatMessage("user", f"{context}\n\nQuestion: {question}")]
    options = GenerateOptions(max_tokens=24, temperature=0.0, seed=1, stop=("\n",))
    return backend.complete(messages, options).strip()


def answer_f1(store: Store, pool: list[tuple[LedgerMemory, int, dict[str, Any], list[str]]]
              ) -> dict[str, Any]:
    backend = LocalBackend(threads=1)
    memory_scores: list[float] = []
    full_scores: list[float] = []
    try:
        for memory, uid, qa, _ in pool:
            gold = str(qa.get("answer", ""))
            hits = memory.index.search(uid, qa["question"], k=5, kinds=("turn",))
            from_memory = _fit([h.text for h in hits], backend, newest_first=False)
            recent = [m.content for m, _ in reversed(store.messages(uid))]
            full = _fit(recent, backend, newest_first=True)
            memory_scores.append(squad_f1(_ask(backend, from_memory, qa["question"]), gold))
            full_scores.append(squad_f1(_ask(backend, full, qa["question"]), gold))
    finally:
        backend.close()
    n = max(1, len(memory_scores))
    return {"answer_questions": len(memory_scores), "answer_f1": sum(memory_scores) / n,
            "answer_f1_full_context": sum(full_scores) / n}
