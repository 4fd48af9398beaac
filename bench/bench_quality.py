"""What the conversation-quality path costs: best-of-N + reranker (+ adapter) vs one sample.

Same GGUF, same thread count, same conversation, same machine, one run, two engines:

- ``plain``: one streamed sample, no adapter, the old decoding (80 tokens, repeat penalty
  1.1), the way amity answered before best-of-N;
- ``default``: today's default Settings (best-of-4 drawn in one batched llama.cpp request,
  reranked by ``amity.rerank.Scorer``, the persona adapter when it ships).

Prints, per engine, the median seconds per reply (whole reply ready), the median time until
the first text is shown, the mean reply length in words, and the ratio default/plain; then
the scorer's own cost per turn (4 candidates, no model).

    python bench/bench_quality.py [--turns 8] [--threads 1]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from amity import Settings
from amity.app import build_engine
from amity.rerank import ReplyContext, Scorer
from amity.stages import Stages

MESSAGES = ["hi! i'm Sam", "i had a really bad day at school", "we have a math test on friday",
            "my dog Biscuit ate my homework lol", "what should i do this weekend?",
            "i love skateboarding", "do you like music?", "ok i gotta go, bye!"]


def run(settings: Settings, turns: int, label: str) -> dict[str, float]:
    engine = build_engine(settings, stages=Stages())
    engine.backend.load()
    engine.respond(f"{label}-warmup", "hello")
    seconds, first, words = [], [], []
    for i in range(turns):
        stamps: list[float] = []
        start = time.perf_counter()
        def on_event(kind: str, _text: str, stamps: list[float] = stamps) -> None:
            if kind == "token":
                stamps.append(time.perf_counter())

        reply = engine.respond(label, MESSAGES[i % len(MESSAGES)], on_event=on_event)
        seconds.append(time.perf_counter() - start)
        first.append((stamps[0] if stamps else time.perf_counter()) - start)
        words.append(len(reply.text.split()))
    engine.backend.close()
    return {"reply_s": statistics.median(seconds), "first_text_s": statistics.median(first),
            "words": statistics.mean(words)}


def scorer_ms(reps: int = 200) -> float:
    scorer = Scorer()
    cands = ["i love skateboarding too , i go every weekend !",
             "Hello! How can I assist you today?",
             "oh nice , do you have a favourite trick ?", "i like music a lot ."]
    ctx = ReplyContext("i love skateboarding", ["Sam has a dog called Biscuit."],
                  ["hey sam , how was school ?"], "joy")
    start = time.perf_counter()
    for _ in range(reps):
        scorer.pick(cands, ctx)
    return (time.perf_counter() - start) / reps * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--turns", type=int, default=8)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="amity-bench-quality-"))
    plain = Settings(home=home / "plain", threads=args.threads, seed=1, best_of=1,
                     adapter="none", max_reply_tokens=80, repeat_penalty=1.1)
    default = Settings(home=home / "default", threads=args.threads, seed=1)
    print(f"{args.turns} turns each, threads {args.threads}; default: best_of "
          f"{default.candidates()}, max_reply_tokens {default.max_reply_tokens}, "
          f"adapter {default.adapter!r}")
    a = run(plain, args.turns, "plain")
    b = run(default, args.turns, "default")
    print(f"{'figure':28s} {'plain':>9s} {'default':>9s} {'ratio':>7s}")
    for key, name in (("reply_s", "seconds per reply (median)"),
                      ("first_text_s", "seconds to first text"), ("words", "words per reply")):
        print(f"{name:28s} {a[key]:9.2f} {b[key]:9.2f} {b[key] / a[key]:7.2f}")
    print(f"scorer alone: {scorer_ms():.2f} ms per turn (4 candidates)")


if __name__ == "__main__":
    main()
