"""ConvAI2 persona chat: the plain model beside amity's default path, same turns, same run.

``run(data, limit=None)`` prints two columns for every metric:

- ``baseline``: the plain model (the default GGUF, no adapter), a minimal prompt (the
  persona lines as the system message, then the history), llama.cpp-style sampling
  (temperature 0.7, top-p 0.9, repeat penalty 1.1, up to 80 tokens), one sample, the text
  as it comes;
- ``amity``: the real ``Engine.respond`` with default ``Settings`` (prompt shaping, decoding,
  best-of-N with ``amity.rerank``, reply cleaning, the shipped adapter when there is one),
  playing a character card made from the persona lines (``eval_persona``).

Subset (fixed, seeded): ``TURNS`` = 100 bot turns from ``sample_turns(seed=0)`` (up to three
turns from each of the first dialogues in a seeded shuffle of the 1,000 validation
dialogues) for ``f1``, ``f1_fixed_baseline``, ``hits_at_1``, length, distinct-2 and
contradictions; ``CONVERSATIONS`` = 50 simulated conversations of 12 turns (6 user messages
replayed from a dialogue, 6 bot replies kept in the history) from the next dialogues of the
same shuffle for ``self_repeat``. ``limit=N`` uses N turns and max(2, N // 6) conversations.
``hits_at_1``: the gold reply among 20 candidates (19 gold replies of other dialogues, drawn
with ``random.Random(seed + turn)``), ranked by mean token log-likelihood under the model in
torch (the baseline's plain prompt), and for amity by the log-likelihood under amity's
prompt and model (adapter merged) plus the reranker's relevance and grounding (weights
``HITS_*``); the gold counts as first only when it beats every distractor. The torch model
is training code (``training/persona_lm.py``): ``run`` gets it as ``load_lm``, which
``python training/persona_hits.py`` passes; without it (``amity eval persona``) both
``hits_at_1`` columns are ``None``.
Lengths count words after ParlAI's normalisation (as F1 does), for replies and gold alike.
Reads ConvAI2 by path; it is never copied into the repository nor trained on.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from ..backends.base import Backend, GenerateOptions
from ..metrics import parlai_f1, parlai_normalize
from ..types import ChatMessage
from .persona_data import (
    Dialogue,
    candidates,
    chatml,
    contradicts,
    distinct_n,
    find_file,
    history,
    mean,
    parse_convai2,
    sample_turns,
    self_repeats,
)

TURNS = 100
CONVERSATIONS = 50
SIM_USER_TURNS = 6
HITS_RELEVANCE = HITS_GROUNDING = 8.0  # tuned on 60 dev turns outside the reported subset
FIXED_REPLY = "i am doing well . what do you like to do for fun ?"
USER = "Sam"
CLOCK = datetime(2024, 6, 1, 18, 0, tzinfo=UTC)

Reply = Callable[[Sequence[str], Sequence[tuple[str, str]], str], str]


class LanguageModel(Protocol):
    """What hits@1 needs of a model: mean log-likelihood of each continuation."""

    def loglik(self, prefix: str, continuations: Sequence[str]) -> Sequence[float]: ...


#: loads the default chat model, with the given LoRA adapter merged (``None``: plain)
LoadLM = Callable[[Path | None], LanguageModel]


def eval_persona(lines: Sequence[str]) -> Any:
    """A character card for a ConvAI2 persona, shaped like Sunny's card."""
    from ..persona import Persona

    return Persona(
        name="Alex",
        system_prompt="You are {{char}}, texting with {{user}}, a new friend. Reply like a "
                      "friend in one short casual sentence, about yourself, in first person.",
        description="About you (stay true to these):\n" + "\n".join(f"- {x}" for x in lines),
    )


def baseline_reply(backend: Backend) -> Reply:
    options = GenerateOptions(max_tokens=80, temperature=0.7, top_p=0.9, seed=0,
                              stop=("<|im_end|>",))

    def reply(persona: Sequence[str], history: Sequence[tuple[str, str]], text: str) -> str:
        messages = [ChatMessage("system", "Your persona:\n" + "\n".join(persona))]
        messages += [ChatMessage(role, content) for role, content in history]
        messages.append(ChatMessage("user", text))
        return backend.complete(messages, options).strip()

    return reply


def amity_reply(home: Path, backend: Backend | None = None, **settings: Any
                ) -> tuple[Reply, Callable[[], None]]:
    """The default path: a real Engine on a scratch SQLite store, default Settings."""
    from ..backends import make_backend
    from ..config import Settings
    from ..engine import Engine
    from ..stages import Stages
    from ..store.repo import Store

    config = Settings(home=home, seed=0, **{"best_of": 4, **settings})  # as first measured
    store = Store(config.db_url())
    model = backend or make_backend(config)
    engines: dict[tuple[str, ...], Engine] = {}

    def reply(persona: Sequence[str], history: Sequence[tuple[str, str]], text: str) -> str:
        key = tuple(persona)
        if key not in engines:
            engines.clear()
            engines[key] = Engine(store, model, eval_persona(persona), config, Stages(),
                                  clock=lambda: CLOCK)
        engine = engines[key]
        engine.reset(USER)
        user_id, conv = engine.open_conversation(USER)
        for role, content in history:
            store.add_message(user_id, conv, role, content, at=CLOCK)
        return engine.respond(USER, text).text

    return reply, model.close


def turn_metrics(reply: Reply, dialogues: Sequence[Dialogue],
                 turns: Sequence[tuple[int, int]]) -> dict[str, Any]:
    preds, golds, seconds = [], [], []
    for d, t in turns:
        dialogue = dialogues[d]
        start = time.perf_counter()
        preds.append(reply(dialogue.persona, history(dialogue, t), dialogue.turns[t][0]))
        seconds.append(time.perf_counter() - start)
        golds.append(dialogue.turns[t][1])
    return {
        "f1": 100 * mean([parlai_f1(p, g) for p, g in zip(preds, golds, strict=True)]),
        "mean_words": mean([len(parlai_normalize(p).split()) for p in preds]),
        "distinct_2": distinct_n(preds, 2),
        "contradiction": mean([float(contradicts(p, dialogues[d].persona))
                               for p, (d, _) in zip(preds, turns, strict=True)]),
        "seconds_per_reply": mean(seconds),
        "examples": [{"user": dialogues[d].turns[t][0], "gold": g, "reply": p}
                     for (d, t), g, p in list(zip(turns, golds, preds, strict=True))[:3]],
    }


def self_repeat(reply: Reply, dialogues: Sequence[Dialogue], picks: Sequence[int]) -> float:
    repeats = total = 0
    for d in picks:
        dialogue, history, replies = dialogues[d], [], []
        for partner, _ in dialogue.turns[:SIM_USER_TURNS]:
            answer = reply(dialogue.persona, history, partner)
            history += [("user", partner), ("assistant", answer)]
            replies.append(answer)
        repeats += self_repeats(replies)
        total += len(replies)
    return repeats / total if total else 0.0


def amity_prompt(persona: Sequence[str], history: Sequence[tuple[str, str]], text: str
                 ) -> list[tuple[str, str]]:
    """The messages the engine builds for this turn (eval card, fixed clock)."""
    from ..prompt import PromptInput, build_prompt
    from ..types import Message

    past = [Message(id=i, conversation_id=0, role=role, content=content,  # type: ignore[arg-type]
                    created_at=CLOCK) for i, (role, content) in enumerate(history)]
    inp = PromptInput(persona=eval_persona(persona), user_name=USER, user_text=text,
                      history=past, now=CLOCK)
    return [(m.role, m.content) for m in build_prompt(inp, budget=1900,
                                                       count=lambda s: len(s) // 3 + 1)]


def _first(scores: Sequence[float]) -> bool:
    """The gold (index 0) ranks first only when it beats every distractor (ties lose)."""
    return all(scores[0] > x for x in scores[1:])


def hits_at_1(dialogues: Sequence[Dialogue], turns: Sequence[tuple[int, int]], seed: int = 0,
              load_lm: LoadLM | None = None) -> dict[str, float | None]:
    """Share of turns whose gold reply ranks first among the candidates (see the module
    docstring); ``None`` for both columns without ``load_lm``."""
    if load_lm is None:
        return {"baseline": None, "amity": None}
    from ..backends.local import resolve_adapter
    from ..config import Settings
    from ..rerank import ReplyContext, Scorer

    plain_lm = load_lm(None)
    adapter = resolve_adapter(Settings().adapter, None)
    lm = plain_lm if adapter is None else load_lm(adapter)
    scorer = Scorer()
    plain = ours = 0
    for (d, t), cands in zip(turns, candidates(dialogues, turns, seed), strict=True):
        dialogue = dialogues[d]
        ends = [c + "<|im_end|>" for c in cands]
        past, text = history(dialogue, t), dialogue.turns[t][0]
        system = ("system", "Your persona:\n" + "\n".join(dialogue.persona))
        plain += _first(plain_lm.loglik(chatml([system, *past, ("user", text)]), ends))
        ll = lm.loglik(chatml(amity_prompt(dialogue.persona, past, text)), ends)
        feats = scorer.features(cands, ReplyContext(text, dialogue.persona))
        ours += _first([x + HITS_RELEVANCE * f["relevance"] + HITS_GROUNDING * f["grounding"]
                        for x, f in zip(ll, feats, strict=True)])
    return {"baseline": plain / len(turns), "amity": ours / len(turns)}


def ranker_hits_at_1(dialogues: Sequence[Dialogue], turns: Sequence[tuple[int, int]],
                     seed: int = 0) -> float:
    """Hits@1 of the shipped response ranker (``amity.voice.ranker_model``, int8 ONNX, no
    torch) over the same 20 candidates as ``hits_at_1``."""
    import numpy as np

    from ..voice.ranker_model import default_ranker, format_context

    ranker = default_ranker()
    won = 0
    for (d, t), cands in zip(turns, candidates(dialogues, turns, seed), strict=True):
        dialogue = dialogues[d]
        past = [(role, text) for partner, gold in dialogue.turns[:t]
                for role, text in (("user", partner), ("assistant", gold))]
        context = format_context(dialogue.turns[t][0], past, dialogue.persona)
        scores = ranker.encode_replies(list(cands)) @ ranker.encode_contexts([context])[0]
        won += bool(np.all(scores[0] > scores[1:]))
    return won / max(1, len(turns))


def run(data: Path, limit: int | None = None, *, seed: int = 0,
        load_lm: LoadLM | None = None) -> dict[str, Any]:
    """The table of the module docstring; ``hits_at_1`` needs ``load_lm`` (torch)."""
    from ..backends.local import LocalBackend

    dialogues = parse_convai2(find_file(data).read_text("utf-8"))
    n_turns = limit or TURNS
    turns = sample_turns(dialogues, n_turns, seed)
    used = {d for d, _ in turns}
    order = list(range(len(dialogues)))
    random.Random(seed).shuffle(order)
    n_convs = max(2, n_turns // 6) if limit else CONVERSATIONS
    convs = [d for d in order if d not in used][:n_convs]
    golds = [dialogues[d].turns[t][1] for d, t in turns]
    fixed = 100 * mean([parlai_f1(FIXED_REPLY, g) for g in golds])

    results: dict[str, dict[str, Any]] = {}
    plain = LocalBackend()
    try:
        results["baseline"] = turn_metrics(baseline_reply(plain), dialogues, turns)
        results["baseline"]["self_repeat"] = self_repeat(baseline_reply(plain), dialogues, convs)
    finally:
        plain.close()
    with tempfile.TemporaryDirectory(prefix="amity-persona-") as home:
        reply, close = amity_reply(Path(home))
        try:
            results["amity"] = turn_metrics(reply, dialogues, turns)
            results["amity"]["self_repeat"] = self_repeat(reply, dialogues, convs)
        finally:
            close()
    table: dict[str, Any] = {
        "subset": f"{len(turns)} turns (seed {seed}), {len(convs)} conversations x "
                  f"{2 * SIM_USER_TURNS} turns",
        "gold_mean_words": mean([len(parlai_normalize(g).split()) for g in golds]),
    }
    for key in ("f1", "self_repeat", "distinct_2", "mean_words", "contradiction",
                "seconds_per_reply"):
        table[key] = {col: round(results[col][key], 4) for col in ("baseline", "amity")}
    table["f1_fixed_baseline"] = round(fixed, 4)
    table["f1_margin"] = {col: round(results[col]["f1"] - fixed, 4)
                          for col in ("baseline", "amity")}
    table["hits_at_1"] = hits_at_1(dialogues, turns, seed, load_lm)
    table["hits_at_1_ranker"] = round(ranker_hits_at_1(dialogues, turns, seed), 4)
    table["examples"] = {col: results[col]["examples"] for col in ("baseline", "amity")}
    return table
