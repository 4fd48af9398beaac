"""Fine-tune all-MiniLM-L6-v2 as the rated-reply model (a cross-encoder), export int8 ONNX.

Contract: reads every blind round under ``--ratings`` (``rated_data.load``), trains
``EmotionNet(2)`` (MiniLM-L6, mean pooling, two logits: sensible, specific) on
"talk [SEP] reply" (``rated_data.side_a``) against the share of raters who marked the
reply sensible and specific (soft labels, BCE), AdamW with linear warmup and decay, a
fixed seed, and saves ``<out>/epoch<N>.pt`` after each epoch. Rounds numbered
``--hold`` and above are held out: per epoch it prints their ROC AUC for sensible,
specific and both (a reply rated sensible and specific by most raters). ``--export N``
writes epoch N to ``amity/voice/data/rated.int8.onnx`` and checks it on the held-out rows.
Torch is used here only; amity never imports it.

    OMP_NUM_THREADS=2 PYTHONPATH=.:training python training/train_rated.py \
        --out runs/rated --epochs 2 --hold 64 --threads 2
    PYTHONPATH=.:training python training/train_rated.py --out runs/rated --export 2
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from emotion_export import export_onnx, quantize
from emotion_model import EmotionNet, bucketed_batches, pad
from rated_data import Rated, load, side_a
from sklearn.metrics import roc_auc_score
from train_emotion import minilm_dir, predict

from amity.nlp.runtime import load_tokenizer
from amity.voice.rated import MAX_TOKENS, MODEL_PATH, RatedModel


def encode(rows: list[Rated]) -> list[list[int]]:
    tok = load_tokenizer(None, MAX_TOKENS)
    return [e.ids for e in tok.encode_batch(
        [(side_a(r.user, r.before, r.new_chat), " ".join(r.reply.split())) for r in rows])]


def report(rows: list[Rated], probs: np.ndarray) -> dict[str, float]:
    y = np.array([r.labels for r in rows])
    out = {}
    for j, name in enumerate(("sensible", "specific")):
        out[name] = round(float(roc_auc_score(y[:, j] >= 0.5, probs[:, j])), 4)
    both = (y[:, 0] >= 0.5) & (y[:, 1] >= 0.5)
    out["both"] = round(float(roc_auc_score(both, probs[:, 0] * probs[:, 1])), 4)
    out["held_out"] = len(rows)
    return out


def split(args: argparse.Namespace) -> tuple[list[Rated], list[Rated]]:
    rows = load(args.ratings)
    return [r for r in rows if r.number < args.hold], [r for r in rows if r.number >= args.hold]


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    rows, val = split(args)
    seqs, vseqs = encode(rows), encode(val)
    y = torch.tensor([r.labels for r in rows], dtype=torch.float32)
    print(f"{len(rows)} rated replies, {len(val)} held out", flush=True)
    model = EmotionNet(2)
    model.load_encoder(minilm_dir() / "model.safetensors")
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(rows) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / max(1, 0.1 * steps)) * max(0.0, (steps - s) / steps))
    loss_fn = torch.nn.BCEWithLogitsLoss()
    args.out.mkdir(parents=True, exist_ok=True)
    for epoch in range(1, args.epochs + 1):
        t0, total = time.time(), 0.0
        for batch in bucketed_batches([len(s) for s in seqs], args.batch, rng):
            ids, mask = pad([seqs[i] for i in batch])
            loss = loss_fn(model(ids, mask), y[batch])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item() * len(batch)
        torch.save({"state_dict": model.state_dict(), "labels": ["sensible", "specific"],
                    "epoch": epoch, "args": {k: str(v) for k, v in vars(args).items()}},
                   args.out / f"epoch{epoch}.pt")
        line = {"epoch": epoch, "loss": round(total / len(rows), 4),
                "minutes": round((time.time() - t0) / 60, 1)}
        if val:
            line |= report(val, predict(model, vseqs, 64))
        print(json.dumps(line), flush=True)


def export(args: argparse.Namespace) -> None:
    raw = args.out / "rated.onnx"
    export_onnx(args.out / f"epoch{args.export}.pt", raw)
    quantize(raw, MODEL_PATH)
    _, val = split(args)
    if val:
        model = RatedModel(MODEL_PATH)
        probs = np.stack([model.scores(r.user, r.before, r.new_chat, [r.reply])[0]
                          for r in val])
        print("int8 on held-out rounds", report(val, probs))
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size / 1e6:.1f} MB)")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--ratings", type=Path, default=Path("ratings"))
    ap.add_argument("--hold", type=int, default=64, help="hold out rounds numbered this or more")
    ap.add_argument("--out", type=Path, default=Path("runs/rated"))
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--export", type=int, default=0, help="export this epoch and stop")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)
    export(args) if args.export else train(args)


if __name__ == "__main__":
    main()
