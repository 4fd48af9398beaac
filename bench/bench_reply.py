"""Reply latency as a user feels it: first text on screen and the whole reply, per turn.

Runs the same 12 ordinary teen turns (the user's age given as 16) through the whole engine on
the embedded model, twice in one run: the baseline (amity 0.1's path: the model answers
every turn, best of 4) and the default path (the voice answers what it can at once, the
model streams the rest). Prints p50/p90 of the time to the first text and to the whole
reply for each, the ratios, and which source answered. Targets: first text p90 <= 1 s,
whole reply p90 <= 3 s.

    python bench/bench_reply.py [--threads 1] [--rounds 1]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from amity import Settings
from amity.app import build_engine

TURNS = ["hey sunny", "ugh today was so long", "we have a math test on friday",
         "im kinda nervous about it tbh", "my dog biscuit ate my worksheet lol",
         "what should i do this weekend?", "do you like music?", "i started learning guitar",
         "my little brother keeps taking my charger", "tell me a joke",
         "lol ok that was bad", "ok i gotta go, bye!"]


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def run(label: str, threads: int, rounds: int, **overrides: object) -> dict[str, object]:
    first, whole, sources = [], [], Counter()
    with tempfile.TemporaryDirectory() as home:
        settings = Settings(home=Path(home), threads=threads, seed=3, **overrides)  # type: ignore[arg-type]
        engine = build_engine(settings)
        engine.backend.load()
        clock = {"now": datetime(2026, 3, 2, 16, tzinfo=UTC)}
        engine.clock = lambda: clock["now"]
        engine.respond("sam", "hi")
        engine.respond("sam", "i'm 16")
        for r in range(rounds):
            for text in TURNS:
                clock["now"] += timedelta(minutes=1)
                stamps: list[float] = []

                def seen(kind: str, piece: str, stamps: list[float] = stamps) -> None:
                    if kind == "token" and piece.strip():
                        stamps.append(time.perf_counter())

                start = time.perf_counter()
                reply = engine.respond(f"sam{r}" if r else "sam", text, on_event=seen)
                end = time.perf_counter()
                first.append((stamps[0] if stamps else end) - start)
                whole.append(end - start)
                sources[reply.source.split(":")[0]] += 1
        engine.backend.close()
        engine.store.close()
    out = {"label": label, "first_p50": p(first, 0.5), "first_p90": p(first, 0.9),
           "whole_p50": p(whole, 0.5), "whole_p90": p(whole, 0.9), "mean": statistics.mean(whole),
           "sources": dict(sources)}
    print(f"{label:28s} first text p50 {out['first_p50']:.2f} s p90 {out['first_p90']:.2f} s | "
          f"whole p50 {out['whole_p50']:.2f} s p90 {out['whole_p90']:.2f} s | {dict(sources)}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=1)
    args = ap.parse_args()
    base = run("baseline (0.1: model, best of 4)", args.threads, args.rounds, voice=False,
               best_of=4)
    new = run("default (voice + streamed model)", args.threads, args.rounds)
    for key in ("first_p90", "whole_p90"):
        print(f"{key}: {new[key]:.2f} s vs {base[key]:.2f} s "
              f"({base[key] / max(new[key], 1e-6):.1f}x faster)")


if __name__ == "__main__":
    main()
