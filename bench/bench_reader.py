"""What the memory reader adds to a memory question: the cross-encoder over 10, 40 and 80
clauses (``READ_MAX`` is 80) against the baseline measured in the same run, the MiniLM
bi-encoder encoding the same clauses (what recall's similarity costs for as many clauses;
recall itself encodes only its top 12). Then the answer-span reader (``span_reader``) over
10, 32 and 64 whole messages (``recall_spanned.MOST`` is 64) against the bi-encoder on the
same messages: only a memory question the rules leave unanswered pays it. One thread, the
median of ``--runs`` runs each. Other turns never call either reader.

    python bench/bench_reader.py [--runs 7]
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from collections.abc import Callable

from amity.nlp.embed import Encoder
from amity.voice.reader import default_reader
from amity.voice.span_reader import default_span_reader

WORDS = ("my dog pickle ate a whole stick of butter off the counter and my brother theo "
         "laughed so hard at practice today after the chem test").split()


def median_ms(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    reader = default_reader()
    if reader is None:
        raise SystemExit("the memory reader is not installed (amity/voice/data/reader.int8.onnx)")
    rng = random.Random(0)
    clauses = [" ".join(rng.sample(WORDS, 10)) + f" {k}" for k in range(80)]
    encoder = Encoder(threads=1)
    reader.logits("whats my dogs name again", clauses[:4])  # load both models first
    encoder.encode(clauses[:4])
    print(f"{'clauses':>8} {'reader ms':>10} {'bi-encoder ms':>14} {'ratio':>6}")
    for n in (10, 40, 80):
        read = median_ms(lambda n=n: reader.logits("whats my dogs name again", clauses[:n]),
                         args.runs)
        tag = itertools.count()  # each run's texts are new: past the encoder's cache

        def encode(n: int = n, tag: itertools.count = tag) -> object:
            run = next(tag)
            return encoder.encode([f"{c} {WORDS[run % len(WORDS)]}{run}" for c in clauses[:n]])

        base = median_ms(encode, args.runs)
        print(f"{n:>8} {read:>10.1f} {base:>14.1f} {read / base:>6.2f}")
    spans = default_span_reader()
    if spans is None:
        raise SystemExit("the span reader is not installed (amity/voice/data/span.int8.onnx)")
    messages = [" ".join(rng.sample(WORDS, 20)) + f" {k}" for k in range(64)]
    spans.best("whats my dogs name again", messages[:4])
    print(f"{'messages':>8} {'span ms':>10} {'bi-encoder ms':>14} {'ratio':>6}")
    for n in (10, 32, 64):
        read = median_ms(lambda n=n: spans.best("whats my dogs name again", messages[:n]),
                         args.runs)
        tag = itertools.count()

        def encode_messages(n: int = n, tag: itertools.count = tag) -> object:
            run = next(tag)
            return encoder.encode([f"{m} {WORDS[run % len(WORDS)]}{run}" for m in messages[:n]])

        base = median_ms(encode_messages, args.runs)
        print(f"{n:>8} {read:>10.1f} {base:>14.1f} {read / base:>6.2f}")


if __name__ == "__main__":
    main()
