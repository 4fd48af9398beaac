"""Time to first token and decode speed: amity's engine vs the raw llama.cpp binding.

Same GGUF, same thread count, same prompt messages, greedy decoding, one run. Prints the
figures and the ratios (targets: decode >= 0.9x raw; engine overhead before the first token
under 50 ms). Also times `amity chat --message` as a user runs it (model load included).

    python bench/bench_chat.py [--reps 5] [--threads 1] [--tokens 48]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import xllamacpp

from amity import Settings
from amity.app import build_engine, default_stages
from amity.backends.local import LocalBackend, default_model_path
from amity.replies import stop_sequences
from amity.stages import Stages

MESSAGES = ["hi! i'm Sam", "i had a long day at school", "we have a math test on friday",
            "my dog Biscuit ate my homework lol", "what should i do this weekend?",
            "i love skateboarding", "do you like music?", "ok i gotta go, bye!"]


def raw_server(threads: int, ctx: int) -> tuple[xllamacpp.Server, str]:
    params = xllamacpp.CommonParams()
    params.model.path = str(default_model_path())
    params.n_ctx = ctx
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.verbosity = -1
    params.warmup = False
    sock_dir = tempfile.mkdtemp(prefix="bench-raw-")
    params.hostnames = [os.path.join(sock_dir, "s.sock")]
    return xllamacpp.Server(params), sock_dir


def raw_turn(server: xllamacpp.Server, messages: list[dict], tokens: int,
             stop: list[str]) -> tuple[float, float, int]:
    stamps: list[float] = []
    start = time.perf_counter()

    def on_chunk(chunk: dict) -> None:
        for choice in chunk.get("choices", ()):
            if (choice.get("delta") or {}).get("content"):
                stamps.append(time.perf_counter())

    server.handle_chat_completions({"messages": messages, "stream": True, "max_tokens": tokens,
                                    "temperature": 0.0, "seed": 1, "stop": stop,
                                    "cache_prompt": True}, on_chunk)
    return _rates(start, stamps)


def _rates(start: float, stamps: list[float]) -> tuple[float, float, int]:
    if not stamps:
        return float("nan"), float("nan"), 0
    ttft = stamps[0] - start
    decode = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else float("nan")
    return ttft, decode, len(stamps)


class RecordingBackend(LocalBackend):
    """The local backend, keeping the last messages it sent (for the raw twin) and when each
    generated piece reached the engine (the engine shows text a sentence at a time, after
    its safety check, so its own events are not per token)."""

    last: list[dict] = []
    stamps: list[float] = []

    def stream(self, messages, options):  # type: ignore[no-untyped-def]
        self.last = [m.as_dict() for m in messages]
        for piece in super().stream(messages, options):
            self.stamps.append(time.perf_counter())
            yield piece


def engine_turns(settings: Settings, stages: Stages, reps: int, raw: xllamacpp.Server,
                 tokens: int, label: str) -> dict[str, list[float]]:
    """Each turn goes to the engine, then the exact same messages to the raw binding, so
    both llama.cpp instances see the same prompt sequence (and the same cache state)."""
    backend = RecordingBackend(threads=settings.threads, context_tokens=settings.context_tokens)
    backend.load()
    engine = build_engine(settings, backend=backend, stages=stages)
    user = f"{label}-user"
    engine.respond(user, "hello")  # loads every stage's model once
    engine.respond(user, "i'm 20")  # answers the age question (the safety policy asks it)
    raw_turn(raw, backend.last, tokens, list(stop_sequences("x", engine.persona.name)))
    out: dict[str, list[float]] = {"e_ttft": [], "e_dec": [], "r_ttft": [], "r_dec": [],
                                   "shown": []}
    for i in range(reps):
        text = MESSAGES[i % len(MESSAGES)]
        shown: list[float] = []
        backend.stamps = []
        start = time.perf_counter()

        def on_event(kind: str, _text: str, shown: list[float] = shown) -> None:
            if kind == "token":
                shown.append(time.perf_counter())

        engine.respond(user, text, on_event=on_event)
        e_ttft, e_dec, _ = _rates(start, backend.stamps)
        r_ttft, r_dec, _ = raw_turn(raw, backend.last, tokens,
                                    list(stop_sequences(user, engine.persona.name)))
        for key, value in (("e_ttft", e_ttft), ("e_dec", e_dec), ("r_ttft", r_ttft),
                           ("r_dec", r_dec), ("shown", shown[0] - start if shown else 0.0)):
            out[key].append(value)
    backend.close()
    return out


def cli_turn(home: Path) -> float:
    env = {**os.environ, "AMITY_HOME": str(home), "AMITY_TEMPERATURE": "0"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "amity", "chat", "--user", "bench", "--message",
                    "hi! i'm Sam"], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def med(values: list[float]) -> float:
    clean = [v for v in values if v == v]
    return statistics.median(clean) if clean else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=6)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--tokens", type=int, default=48)
    args = ap.parse_args()
    home = Path(tempfile.mkdtemp(prefix="amity-bench-"))
    # best_of=1: the streaming path, token for token against the raw binding (best-of-N's
    # own cost is measured by bench/bench_quality.py)
    settings = Settings(home=home, threads=args.threads, temperature=0.0, seed=1,
                        max_reply_tokens=args.tokens, best_of=1, adapter="none")  # streaming
    raw, _ = raw_server(args.threads, settings.context_tokens)
    raw_turn(raw, [{"role": "user", "content": "warm up"}], 4, [])
    print(f"model {default_model_path().name}, threads {args.threads}, {args.reps} turns each")
    for label, stages in (("engine, no stages", Stages()),
                          ("engine, full pipeline", default_stages(settings, build_engine(
                              settings, backend=LocalBackend(), stages=Stages()).store))):
        r = engine_turns(settings, stages, args.reps, raw, args.tokens, label.split()[-1])
        overhead_ms = (med(r["e_ttft"]) - med(r["r_ttft"])) * 1000
        print(f"\n[{label}]")
        print(f"  raw binding   TTFT {med(r['r_ttft']) * 1000:7.1f} ms   decode "
              f"{med(r['r_dec']):6.1f} tok/s")
        print(f"  amity engine  TTFT {med(r['e_ttft']) * 1000:7.1f} ms   decode "
              f"{med(r['e_dec']):6.1f} tok/s")
        print(f"  decode ratio amity/raw {med(r['e_dec']) / med(r['r_dec']):.3f} (target >= 0.9)")
        print(f"  engine overhead before first token {overhead_ms:.1f} ms (target < 50)")
        print(f"  first text on screen (first sentence, after its safety check) "
              f"{med(r['shown']) * 1000:.0f} ms")
    walls = [cli_turn(home) for _ in range(3)]
    print(f"\n`amity chat --message` wall time (process start, model load, one turn): "
          f"median {med(walls):.2f} s")


if __name__ == "__main__":
    main()
