"""What the rated-reply model costs a turn: the voice's proposals timed with and without it.

Runs the same teen messages through ``Voice.propose`` (the embedded sentence encoder, the
response ranker and the memory reader, as the app builds them), once with the rated-reply
model weighing the lines and once without, alternating turn by turn so both see the same
machine load. Prints p50/p95 of each and the ratio, and how many first replies differ.

    python bench/bench_rated.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

from amity.nlp import embed, emotion
from amity.types import TurnView
from amity.voice import Voice
from amity.voice.ranker_model import default_ranker
from amity.voice.rated import default_rated
from amity.voice.reader import default_reader

MESSAGES = [
    "hey sunny", "ugh today was so long", "we have a math test on friday",
    "im kinda nervous about it tbh", "my dog biscuit ate my worksheet lol",
    "i looked high and low in the car, its like finding a needle in a haystack",
    "he hugged it for like 20 min straight and wont let it out of his sight now",
    "my grandma is teaching me to make tamales saturday", "we got 2nd out of 12 teams!!",
    "my little brother keeps taking my charger", "ngl i was nervous at first but then it was fine",
    "also he has a cat named biscotti whos like 12 and hates everyone except me fr",
    "im so bored, school starts again next week ugh", "ok i gotta go, bye!",
]


def _p(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    rated = default_rated()
    if rated is None:
        raise SystemExit("the rated-reply model is not installed")
    common = dict(response_score=default_ranker().score,
                  read=(r.logits if (r := default_reader()) else None))
    voices = {"without": Voice(embed.encode, **common),
              "with": Voice(embed.encode, rated=rated.scores, **common)}
    views = [TurnView("Sam", m, emotion=emotion.detect(m)) for m in MESSAGES]
    for voice in voices.values():  # load every model once
        voice.propose(views[0])
    times: dict[str, list[float]] = {k: [] for k in voices}
    firsts: dict[str, list[str]] = {k: [] for k in voices}
    for _ in range(args.rounds):
        for view in views:
            for name, voice in voices.items():
                t0 = time.perf_counter()
                got = voice.propose(view)
                times[name].append((time.perf_counter() - t0) * 1000)
                firsts[name].append(got[0].text if got else "")
    for name, ms in times.items():
        print(f"{name:8s} rated model: p50 {statistics.median(ms):6.1f} ms  "
              f"p95 {_p(ms, 0.95):6.1f} ms  ({len(ms)} turns)")
    base, new = times["without"], times["with"]
    print(f"ratio with/without: p50 x{statistics.median(new) / statistics.median(base):.2f}  "
          f"p95 x{_p(new, 0.95) / _p(base, 0.95):.2f}")
    differ = sum(a != b for a, b in zip(firsts["without"], firsts["with"], strict=True))
    print(f"first replies that differ: {differ} of {len(firsts['with'])}")


if __name__ == "__main__":
    main()
