"""Development harness for prompt, decoding and reranker choices (never the reported turns).

Draws N candidates per turn on dev turns of ConvAI2 validation that are disjoint from the
reported subset of ``amity eval persona`` (the last ``--dialogues`` dialogues of the same
seeded shuffle), caches them as JSON, then scores offline: F1 of a single sample, of the
reranker's pick (``amity.rerank.Scorer``), the mean over candidates, and an oracle.

    python training/persona_tune.py --name plain --n 8 --dialogues 40
    python training/persona_tune.py --name lora --adapter amity/backends/data/persona-lora.gguf
    python training/persona_tune.py --analyse runs/persona_tune/base.json
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from amity.backends.base import GenerateOptions
from amity.backends.local import LocalBackend
from amity.evals.persona import eval_persona
from amity.evals.persona_data import find_file, mean, parse_convai2
from amity.metrics import parlai_f1
from amity.prompt import PromptInput, build_prompt
from amity.replies import clean_reply, stop_sequences
from amity.rerank import ReplyContext, Scorer, Weights
from amity.types import ChatMessage, Message

OUT = Path("runs/persona_tune")
NOW = datetime(2024, 6, 1, 18, 0, tzinfo=UTC)


def dev_turns(data: Path, dialogues_n: int, seed: int = 0) -> list[dict]:
    dialogues = parse_convai2(find_file(data).read_text("utf-8"))
    order = list(range(len(dialogues)))
    random.Random(seed).shuffle(order)
    rng = random.Random(seed + 1)
    out = []
    for d in order[-dialogues_n:]:
        dialogue = dialogues[d]
        t = rng.randrange(len(dialogue.turns))
        history = []
        for partner, gold in dialogue.turns[:t]:
            history += [("user", partner), ("assistant", gold)]
        out.append({"persona": list(dialogue.persona), "history": history,
                    "text": dialogue.turns[t][0], "gold": dialogue.turns[t][1]})
    return out


def messages_for(turn: dict) -> list[ChatMessage]:
    history = [Message(id=i, conversation_id=0, role=r, content=c, created_at=NOW)
               for i, (r, c) in enumerate(turn["history"])]
    inp = PromptInput(persona=eval_persona(turn["persona"]), user_name="Sam",
                      user_text=turn["text"], history=history, now=NOW)
    return build_prompt(inp, budget=1900, count=lambda s: len(s) // 3 + 1)


def generate(args: argparse.Namespace) -> Path:
    turns = dev_turns(args.data, args.dialogues)
    backend = LocalBackend(parallel=min(args.n, 8), adapter=args.adapter)
    options = GenerateOptions(max_tokens=args.max_tokens, temperature=args.temperature,
                              top_p=args.top_p, repeat_penalty=args.repeat_penalty, seed=0,
                              stop=stop_sequences("Sam", "Alex"))
    start = time.perf_counter()
    for turn in turns:
        msgs = messages_for(turn)
        turn["raw"] = backend.sample(msgs, replace(options), args.n)
        turn["prompt"] = [m.as_dict() for m in msgs]
    seconds = (time.perf_counter() - start) / len(turns)
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{args.name}.json"
    path.write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()},
                                "seconds_per_turn": seconds, "turns": turns}, indent=1))
    print(f"wrote {path} ({seconds:.2f} s/turn)")
    return path


def analyse(path: Path, weights: Weights | None = None, keep: int = 0, n: int = 0
            ) -> dict[str, float]:
    """Offline scores of cached candidates; ``keep`` sentences at most, first ``n`` only."""
    blob = json.loads(path.read_text())
    scorer = Scorer(weights)
    single, picked, avg, oracle, lengths = [], [], [], [], []
    for turn in blob["turns"]:
        raws = turn["raw"][:n] if n else turn["raw"]
        cands = [clean_reply(r, "Sam", "Alex", truncated=len(r) > 100) for r in raws]
        if keep:
            cands = [" ".join(re.findall(r"[^.!?]+[.!?]*", c)[:keep]).strip() for c in cands]
        gold = turn["gold"]
        scores = [parlai_f1(c, gold) for c in cands]
        single.append(scores[0])
        avg.append(mean(scores))
        oracle.append(max(scores))
        best = scorer.pick(cands, ReplyContext(turn["text"], turn["persona"],
                                          [c for r, c in turn["history"] if r == "assistant"]))
        picked.append(parlai_f1(best.text, gold) if best else 0.0)
        lengths.append(len(best.text.split()) if best else 0)
    return {"single": 100 * mean(single), "mean": 100 * mean(avg),
            "reranked": 100 * mean(picked), "oracle": 100 * mean(oracle),
            "words": mean(lengths), "s/turn": blob["seconds_per_turn"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--name", default="plain")
    parser.add_argument("--n", type=int, default=8)
    parser.add_argument("--dialogues", type=int, default=40)
    parser.add_argument("--max-tokens", type=int, default=40)
    parser.add_argument("--temperature", type=float, default=0.8)
    parser.add_argument("--top-p", type=float, default=0.9)
    parser.add_argument("--repeat-penalty", type=float, default=1.0)
    parser.add_argument("--adapter", type=Path, default=None)
    parser.add_argument("--analyse", type=Path, default=None)
    args = parser.parse_args()
    path = args.analyse or generate(args)
    print(json.dumps(analyse(path), indent=1))


if __name__ == "__main__":
    main()
