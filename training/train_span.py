"""Fine-tune all-MiniLM-L6-v2 as the answer-span reader, export int8 ONNX.

Contract: reads scripts in the conversation-memory format (``--train``, ``--val``), builds
rows with ``span_data.rows`` (question, one earlier message, the answer's character span or
none), encodes "question [SEP] message" (``amity.voice.span_reader.MAX_TOKENS``) and trains
``SpanNet`` (MiniLM-L6, one start and one end logit a token; the first token stands for "no
answer here") with cross-entropy on the start and on the end, AdamW with linear warmup and
decay, a fixed seed. Saves ``<out>/epoch<N>.pt`` after each epoch and, with ``--val``,
prints per epoch: of the answerable validation questions, the share whose best span over
all candidates holds the answer (``top1``), and the mean best score on never-told ones.
``--export N`` writes epoch N to ``amity/voice/data/span.int8.onnx`` (dynamic int8).
Torch is used here only; amity never imports it.

    OMP_NUM_THREADS=2 PYTHONPATH=.:/path/to/torch python training/train_span.py \
        --train training/reader/train_*.json ... --val amity/evals/data/memory_dev22.json \
        --out runs/span --epochs 2
    python training/train_span.py --out runs/span --export 2

The shipped span reader (session 42): ``--train training/reader/train_*.json`` (a-r),
every ``memory_dev*.json`` but dev24, and ``teen_memory_fresh`` to ``fresh4``; ``--negatives
4 --contrast --epochs 3`` (40,770 rows, 5,007 with an answer; 2 threads, 13-14 minutes an
epoch); validation memory_dev24 (held out): top-1 0.705, 0.752, 0.752 by epoch, never-told
-5.6, -6.8, -10.9; exported at epoch 3, int8 on dev24 top-1 0.765, never-told -10.6, where
session 41's int8 model reads dev24 at 0.678 / -10.3.

Session 41's span reader: ``--train training/reader/train_*.json`` (a-p; m-p
written for it from ``training/briefs/span_train_*.md``), every ``memory_dev*.json`` but
dev22 and dev23, and ``teen_memory_fresh``, ``fresh2`` and ``fresh3``; ``--negatives 4
--contrast --epochs 3`` (35,018 rows, 4,309 with an answer; 2 threads: 13.5 minutes an
epoch on a free machine, 38 shared); validation memory_dev22: top-1 0.634, 0.741, 0.779
by epoch, the never-told questions' mean best score -3.5, -3.0, -4.6; exported at epoch 3,
int8 on memory_dev23 top-1 0.743 (torch the same), never-told -7.1. A first run without
train_m-p, ``--contrast`` or the never-told questions' extra negatives (21,608 rows, 2
epochs) read dev22 at 0.741 with never-told -2.2.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from emotion_export import quantize
from emotion_model import EmotionNet, bucketed_batches, pad
from span_data import Row, rows
from train_emotion import minilm_dir

from amity.nlp.runtime import clean_text, load_tokenizer
from amity.voice.span_reader import MAX_TOKENS, MODEL_PATH, SpanReader, best_span


class SpanNet(EmotionNet):
    """MiniLM-L6 and a linear head giving (start, end) logits a token."""

    def __init__(self, dropout: float = 0.1) -> None:
        super().__init__(2, dropout)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        out = self.head(self.drop(self.hidden(input_ids, attention_mask)))
        return out + ((1.0 - attention_mask.to(out.dtype)) * -10000.0).unsqueeze(-1)


def encode(data: list[Row]) -> tuple[list[list[int]], list[tuple[int, int]], list[list[int]]]:
    """Token ids, the answer's (start, end) token (0, 0 when none) and, a row, which tokens
    belong to the message (1) or not (0)."""
    tok = load_tokenizer(None, MAX_TOKENS)
    encs = tok.encode_batch([(clean_text(r.query), clean_text(r.text)) for r in data])
    seqs, labels, segs = [], [], []
    for r, e in zip(data, encs, strict=True):
        seg = [1 if s == 1 else 0 for s in e.sequence_ids]
        seg[-1] = 0  # the closing [SEP]
        label = (0, 0)
        if r.start >= 0:
            inside = [i for i, (s, (x, y)) in enumerate(zip(seg, e.offsets, strict=True))
                      if s and x < r.end and y > r.start]  # (clean_text keeps offsets)
            if inside:
                label = (inside[0], inside[-1])
        seqs.append(e.ids)
        labels.append(label)
        segs.append(seg)
    return seqs, labels, segs


@torch.no_grad()
def logits_of(model: SpanNet, seqs: list[list[int]], batch_size: int = 64) -> list[np.ndarray]:
    model.eval()
    out: list[np.ndarray] = [np.zeros(0)] * len(seqs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    for s in range(0, len(order), batch_size):
        idx = order[s: s + batch_size]
        ids, mask = pad([seqs[i] for i in idx])
        got = model(ids, mask).numpy()
        for k, i in enumerate(idx):
            out[i] = got[k, : len(seqs[i])]
    model.train()
    return out


def report(data: list[Row], seqs: list[list[int]], segs: list[list[int]],
           logits: list[np.ndarray]) -> dict[str, float]:
    tok = load_tokenizer(None, MAX_TOKENS)
    by_q: dict[tuple[str, str], list[tuple[float, bool, bool]]] = defaultdict(list)
    for r, ids, seg, lg in zip(data, seqs, segs, logits, strict=True):
        score, a, b = best_span(lg, seg)
        said = tok.decode(ids[a: b + 1]).lower() if a else ""
        gold = tok.decode(tok.encode(r.text[r.start:r.end]).ids[1:-1]).lower() \
            if r.start >= 0 else ""
        right = bool(gold) and bool(said) and (gold in said or said in gold)
        by_q[(r.script, r.query)].append((score, right, r.start >= 0))
    top1 = [max(v)[1] for v in by_q.values() if any(p for _, _, p in v)]
    never = [max(v)[0] for v in by_q.values() if not any(p for _, _, p in v)]
    return {"top1": round(float(np.mean(top1)), 4), "answerable": len(top1),
            "never_told_best": round(float(np.mean(never)), 3) if never else 0.0}


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    load = [json.loads(p.read_text(encoding="utf-8")) for p in args.train]
    data = [r for scripts in load for r in rows(scripts, args.negatives, rng, args.contrast)]
    vload = [json.loads(p.read_text(encoding="utf-8")) for p in args.val]
    val = [r for scripts in vload for r in rows(scripts, 10_000, random.Random(0))]
    seqs, labels, _ = encode(data)
    vseqs, _, vsegs = encode(val)
    y = torch.tensor(labels)
    print(f"{len(data)} rows ({sum(1 for r in data if r.start >= 0)} with an answer), "
          f"{len(val)} validation", flush=True)
    model = SpanNet()
    model.load_encoder(minilm_dir() / "model.safetensors")
    if args.init:
        model.load_state_dict(torch.load(args.init, weights_only=False)["state_dict"])
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(data) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))
    args.out.mkdir(parents=True, exist_ok=True)
    for epoch in range(1, args.epochs + 1):
        t0, total = time.time(), 0.0
        for batch in bucketed_batches([len(s) for s in seqs], args.batch, rng):
            ids, mask = pad([seqs[i] for i in batch])
            out = model(ids, mask)
            loss = (F.cross_entropy(out[..., 0], y[batch, 0])
                    + F.cross_entropy(out[..., 1], y[batch, 1])) / 2
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(batch)
        torch.save({"state_dict": model.state_dict(), "epoch": epoch,
                    "args": {k: str(v) for k, v in vars(args).items()}},
                   args.out / f"epoch{epoch}.pt")
        line = {"epoch": epoch, "loss": round(total / len(data), 4),
                "minutes": round((time.time() - t0) / 60, 1)}
        if val:
            line |= report(val, vseqs, vsegs, logits_of(model, vseqs))
        print(json.dumps(line), flush=True)


def export(args: argparse.Namespace) -> None:
    model = SpanNet()
    model.load_state_dict(torch.load(args.out / f"epoch{args.export}.pt",
                                     weights_only=False)["state_dict"])
    model.eval()
    raw = args.out / "span.onnx"
    ids = torch.ones((2, 16), dtype=torch.int64)
    torch.onnx.export(model, (ids, torch.ones_like(ids)), str(raw),
                      input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"},
                                    "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch", 1: "seq"}},
                      opset_version=17, dynamo=False)
    quantize(raw, MODEL_PATH)  # dynamic int8, as the memory reader
    if args.val:
        vload = [json.loads(p.read_text(encoding="utf-8")) for p in args.val]
        val = [r for scripts in vload for r in rows(scripts, 10_000, random.Random(0))]
        vseqs, _, vsegs = encode(val)
        reader = SpanReader(MODEL_PATH)
        print("torch on validation", report(val, vseqs, vsegs, logits_of(model, vseqs)))
        got = [reader.logits_of([ids])[0] for ids in vseqs]
        print("int8 on validation", report(val, vseqs, vsegs, got))
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--train", type=Path, nargs="*", default=[])
    ap.add_argument("--val", type=Path, nargs="*", default=[])
    ap.add_argument("--init", type=Path, default=None)
    ap.add_argument("--out", type=Path, default=Path("runs/span"))
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--negatives", type=int, default=4)
    ap.add_argument("--contrast", action="store_true",
                    help="the positive with its answer cut out is a negative too")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--export", type=int, default=0, help="export this epoch and stop")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    export(args) if args.export else train(args)


if __name__ == "__main__":
    main()
