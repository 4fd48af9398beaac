"""Hits@1 of the shipped response ranker on ConvAI2, with onnxruntime only (no torch).

Contract: the protocol is ``amity/evals/persona.py``'s ``hits_at_1``, reused exactly: the
turns are ``sample_turns(dialogues, n, seed)`` (the first 100 are the README's subset), the
candidates are the gold reply plus 19 gold replies of OTHER dialogues drawn with
``random.Random(seed + 1000 * d + t)`` from the pool of every gold reply of the file
(no reply of the turn's own dialogue, no repeats), and a turn counts only when the gold
scores strictly above every distractor (ties lose). The context is
``amity.voice.ranker_model.format_context`` over the turn's partner message, the dialogue so
far and the bot's persona lines. ConvAI2 is read by path, only to evaluate; never trained on.

    python training/ranker_eval.py                       # shipped int8 model, 500 turns
    python training/ranker_eval.py --turns 100 --model /work/ranker-work/ranker.fp32.onnx

``candidates`` and ``contexts`` are also used by ``train_ranker.py`` for its float figures.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from amity.evals.persona_data import (
    Dialogue,
    candidates,
    history,
    parse_convai2,
    sample_turns,
)
from amity.voice.ranker_model import ResponseEncoder, format_context

CONVAI2 = Path("/work/shared/data/persona/valid_self_original_no_cands.txt")


def load_convai2(path: Path = CONVAI2) -> list[Dialogue]:
    return parse_convai2(path.read_text("utf-8"))


def contexts(dialogues: Sequence[Dialogue], turns: Sequence[tuple[int, int]]) -> list[str]:
    return [format_context(dialogues[d].turns[t][0], history(dialogues[d], t),
                           dialogues[d].persona) for d, t in turns]


def wins(encode_contexts: Callable[[list[str]], np.ndarray],
         encode_replies: Callable[[list[str]], np.ndarray],
         ctxs: Sequence[str], cands: Sequence[Sequence[str]]) -> list[bool]:
    """Per turn: does the gold (index 0) score strictly above all 19 distractors?"""
    uniq = sorted({c for cs in cands for c in cs})
    index = {c: i for i, c in enumerate(uniq)}
    rvec = encode_replies(uniq)
    cvec = encode_contexts(list(ctxs))
    out = []
    for i, cs in enumerate(cands):
        s = rvec[[index[c] for c in cs]] @ cvec[i]
        out.append(bool(np.all(s[0] > s[1:])))
    return out


def evaluate(encode_contexts: Callable[[list[str]], np.ndarray],
             encode_replies: Callable[[list[str]], np.ndarray],
             n_turns: int = 500, seed: int = 0, path: Path = CONVAI2) -> dict[str, float]:
    """Hits@1 on the first ``n_turns`` sampled turns and on the README's first 100."""
    dialogues = load_convai2(path)
    turns = sample_turns(dialogues, n_turns, seed)
    won = wins(encode_contexts, encode_replies, contexts(dialogues, turns),
               candidates(dialogues, turns, seed))
    return {f"hits_at_1_{len(turns)}": float(np.mean(won)),
            "hits_at_1_100": float(np.mean(won[:100]))}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=CONVAI2)
    ap.add_argument("--model", type=Path, default=None, help="ONNX file (default: shipped)")
    ap.add_argument("--turns", type=int, default=500)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    start = time.perf_counter()
    encoder = ResponseEncoder(args.model, threads=args.threads)
    result = evaluate(encoder.encode_contexts, encoder.encode_replies, args.turns, args.seed,
                      args.data)
    result["seconds"] = round(time.perf_counter() - start, 1)
    result["model"] = str(encoder.model_path)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
