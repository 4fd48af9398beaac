"""Export a trained emotion checkpoint to ONNX, quantize it, tune thresholds, ship it.

Contract: reads ``<run>/epoch<N>.pt`` (from ``train_emotion.py``), exports the logits to
ONNX (opset 17, dynamic batch and sequence axes), quantizes with onnxruntime dynamic int8
(per channel, QInt8), scores GoEmotions dev and test with BOTH the float and the int8 ONNX
under onnxruntime, tunes per-label thresholds on dev with the int8 model (the one shipped)
and writes ``amity/nlp/data/emotion.int8.onnx`` and ``emotion.json`` (labels, thresholds,
emoji table, max length, metrics, training metadata). Test data is never used for tuning.

    python training/emotion_export.py --run runs/emotion --epoch 4

The emoji table below is the reviewed label -> emoji reaction (torchMoji's idea: the
emoji a friend would send back); change it here and re-run with ``--emoji-only``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import time
from pathlib import Path

import numpy as np
import torch
from emotion_model import EmotionNet, f1_per_label, read_labels, read_split, tune_thresholds

from amity.nlp.runtime import load_tokenizer, onnx_session, pad_batch

ROOT = Path(__file__).resolve().parents[1]

DATA_OUT = ROOT / "amity" / "nlp" / "data"

EMOJI = {
    "admiration": "🤩",
    "amusement": "😂",
    "anger": "😤",
    "annoyance": "😒",
    "approval": "👍",
    "caring": "💕",
    "confusion": "😕",
    "curiosity": "🤔",
    "desire": "😍",
    "disappointment": "😞",
    "disapproval": "👎",
    "disgust": "🤢",
    "embarrassment": "😅",
    "excitement": "🎉",
    "fear": "😟",
    "gratitude": "🥰",
    "grief": "🫂",
    "joy": "😄",
    "love": "❤️",
    "nervousness": "🤗",
    "optimism": "🙌",
    "pride": "👏",
    "realization": "💡",
    "relief": "😌",
    "remorse": "🫶",
    "sadness": "🫂",
    "surprise": "😮",
    "neutral": "🙂",
}


def export_onnx(ckpt: Path, out: Path) -> dict:
    state = torch.load(ckpt, map_location="cpu", weights_only=False)
    model = EmotionNet(len(state["labels"]))
    model.load_state_dict(state["state_dict"])
    model.eval()
    ids = torch.tensor([[101, 1045, 2293, 2009, 102], [101, 7592, 102, 0, 0]])
    mask = (ids != 0).long()
    axes = {"input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"}, "logits": {0: "batch"}}
    torch.onnx.export(model, (ids, mask), str(out), input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], dynamic_axes=axes, opset_version=17,
                      dynamo=False)
    with torch.no_grad():
        ref = model(ids, mask).numpy()
    got = onnx_session(out, 1).run(None, {"input_ids": ids.numpy(), "attention_mask": mask.numpy()})
    print("onnx vs torch max abs diff", float(np.abs(ref - got[0]).max()), flush=True)
    return state


def quantize(src: Path, dst: Path, how: str = "dynamic") -> None:
    """``dynamic``: int8 weights AND activations (scale per batch: fast, but a text's scores
    move with its batch). ``weight8``: int8 weights only (MatMulNBits, accuracy level 4,
    per-row activations; needs ``onnx_ir``): same scores in any batch, ~2.5x slower."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    if how == "dynamic":
        quantize_dynamic(str(src), str(dst), per_channel=True, weight_type=QuantType.QInt8)
        return
    from onnxruntime.quantization.matmul_nbits_quantizer import MatMulNBitsQuantizer

    q = MatMulNBitsQuantizer(onnx.load(str(src)), bits=8, block_size=32, is_symmetric=True,
                             accuracy_level=4)
    q.process()
    tmp = dst.with_suffix(".matmul.onnx")
    q.model.save_model_to_file(str(tmp), False)
    quantize_dynamic(str(tmp), str(dst), op_types_to_quantize=["Gather"],
                     weight_type=QuantType.QInt8)


def probs_of(model: Path, seqs: list[list[int]], threads: int, batch: int = 64) -> np.ndarray:
    sess = onnx_session(model, threads)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = None
    for s in range(0, len(order), batch):
        idx = order[s : s + batch]
        ids, mask = pad_batch([seqs[i] for i in idx])
        logits = sess.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        if out is None:
            out = np.zeros((len(seqs), logits.shape[1]), dtype=np.float32)
        out[idx] = 1.0 / (1.0 + np.exp(-logits))
    assert out is not None
    return out


def scores(y: np.ndarray, probs: np.ndarray, thr: np.ndarray) -> dict:
    pred = (probs >= thr).astype(np.float32)
    tp, fp, fn = (y * pred).sum(), ((1 - y) * pred).sum(), (y * (1 - pred)).sum()
    return {"macro_f1": round(float(f1_per_label(y, pred).mean()), 4),
            "micro_f1": round(float(2 * tp / max(2 * tp + fp + fn, 1)), 4)}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--run", type=Path, default=ROOT / "runs" / "emotion")
    ap.add_argument("--epoch", type=int, required=True)
    ap.add_argument("--data", type=Path, default=Path("/work/shared/data/goemotions"))
    ap.add_argument("--max-len", type=int, default=128, help="truncation at run time")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--quant", choices=["dynamic", "weight8"], default="dynamic")
    ap.add_argument("--emoji-only", action="store_true", help="only rewrite the emoji table")
    args = ap.parse_args(argv)
    torch.set_num_threads(args.threads)

    meta_path = DATA_OUT / "emotion.json"
    if args.emoji_only:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        meta["emoji"] = {label: EMOJI[label] for label in meta["labels"]}
        meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")
        return

    labels = read_labels(args.data)
    assert set(labels) == set(EMOJI), set(labels) ^ set(EMOJI)
    fp32 = args.run / f"emotion.epoch{args.epoch}.fp32.onnx"
    int8 = args.run / f"emotion.epoch{args.epoch}.int8.onnx"
    state = export_onnx(args.run / f"epoch{args.epoch}.pt", fp32)
    quantize(fp32, int8, args.quant)
    tok = load_tokenizer(DATA_OUT / "tokenizer.json", args.max_len)
    dev = read_split(args.data / "dev.tsv", len(labels))
    test = read_split(args.data / "test.tsv", len(labels))
    dev_ids = [e.ids for e in tok.encode_batch(dev.texts)]
    test_ids = [e.ids for e in tok.encode_batch(test.texts)]

    metrics: dict[str, dict] = {}
    thresholds: dict[str, np.ndarray] = {}
    for name, path in (("float", fp32), ("int8", int8)):
        t0 = time.time()
        pd, pt = probs_of(path, dev_ids, args.threads), probs_of(path, test_ids, args.threads)
        thr = tune_thresholds(dev.targets, pd)
        thresholds[name] = thr
        metrics[name] = {"dev": scores(dev.targets, pd, thr), "test": scores(test.targets, pt, thr),
                         "test_at_0.5": scores(test.targets, pt, np.full(len(labels), 0.5)),
                         "seconds": round(time.time() - t0, 1)}
        if name == "int8":
            per = f1_per_label(test.targets, (pt >= thr))
            metrics[name]["test_per_label_f1"] = {
                lab: round(float(f), 4) for lab, f in zip(labels, per, strict=True)}
        print(name, json.dumps(metrics[name]), flush=True)

    DATA_OUT.mkdir(parents=True, exist_ok=True)
    shipped = DATA_OUT / "emotion.int8.onnx"
    shutil.copyfile(int8, shipped)
    train_log = args.run / "train_log.json"
    meta = {
        "model": "all-MiniLM-L6-v2 fine-tuned on GoEmotions (train), mean pooling, linear head;"
                 " onnxruntime int8 (see quantization)",
        "labels": labels,
        "thresholds": {lab: float(t) for lab, t in zip(labels, thresholds["int8"], strict=True)},
        "emoji": {lab: EMOJI[lab] for lab in labels},
        "max_length": args.max_len,
        "quantization": args.quant,
        "onnx_sha256": sha256(shipped),
        "metrics": metrics,
        "training": {"epoch": state["epoch"], "args": state["args"],
                     "log": json.loads(train_log.read_text()) if train_log.exists() else None,
                     "data": "GoEmotions (Apache-2.0), google-research/goemotions; thresholds "
                             "tuned on dev with the int8 model; test used only for reporting",
                     "base_model": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0)",
                     "torch": torch.__version__},
    }
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print("wrote", shipped, shipped.stat().st_size, "bytes and", meta_path)


if __name__ == "__main__":
    main()
