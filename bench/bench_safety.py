"""What the safety check costs per message, short chat lines against long posts: the whole
``safety.check`` (rules, the MiniLM classifier over the message and its windows, the risk
encoder) against the rules alone (``classifier=False``), the baseline measured in the same
run. Messages are the team's own teen safety lines (``amity/evals/data/teen_safety``, the
development halves): short ones (under 15 words) and long posts (60 words or more). The
models are loaded and warmed on other texts first; each message is then timed once, rules
first, then the whole check, since the MiniLM encoder caches the texts it has read (a second
reading of the same message would time the cache); the figures are the median and the 95th
percentile over messages.

    python bench/bench_safety.py [--limit 120]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from amity.nlp.safety import check

DATA = Path(__file__).resolve().parents[1] / "amity" / "evals" / "data" / "teen_safety"


def texts(limit: int) -> tuple[list[str], list[str]]:
    """(short lines, long posts) of the development halves, at most ``limit`` of each."""
    short: list[str] = []
    long_: list[str] = []
    for path in sorted(DATA.glob("*.dev*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            words = len(text.split())
            if words < 15 and len(short) < limit:
                short.append(text)
            elif words >= 60 and len(long_) < limit:
                long_.append(text)
    return short, long_


def timed_ms(text: str, classifier: bool) -> float:
    start = time.perf_counter()
    check(text, classifier=classifier)
    return (time.perf_counter() - start) * 1000


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=120, help="messages of each length")
    args = ap.parse_args()
    short, long_ = texts(args.limit + 3)
    if len(short) < 4 or len(long_) < 4:
        raise SystemExit(f"no teen safety lines under {DATA}")
    for text in short[-3:] + long_[-3:]:
        check(text)  # load the models and warm them, on texts that are not timed
    short, long_ = short[:-3], long_[:-3]
    print(f"{'messages':<22} {'n':>4} {'rules p50':>10} {'p95':>8} {'whole p50':>10} {'p95':>8} "
          f"{'ratio p50':>10}")
    for name, group in (("short (<15 words)", short), ("long (60+ words)", long_)):
        rules = [timed_ms(t, classifier=False) for t in group]
        whole = [timed_ms(t, classifier=True) for t in group]
        print(f"{name:<22} {len(group):>4} {statistics.median(rules):>10.1f} {p95(rules):>8.1f} "
              f"{statistics.median(whole):>10.1f} {p95(whole):>8.1f} "
              f"{statistics.median(whole) / statistics.median(rules):>10.1f}")


if __name__ == "__main__":
    main()
