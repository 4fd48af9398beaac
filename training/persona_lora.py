"""Train the persona-chat LoRA adapter for the default model, on the CPU, reproducibly.

Data: Synthetic-Persona-Chat (Google, CC BY 4.0; ``../shared/data/persona/
Synthetic-Persona-Chat_test.csv``; the PersonaChat test personas, disjoint from ConvAI2
validation, which ``amity eval persona`` reports on). Conversations that share any persona
line with ConvAI2 validation are dropped. Each bot turn becomes one example, rendered with
amity's own prompt builder (``build_prompt`` + the eval's character card): the speaker's
persona lines on the card, the partner's persona lines as "What you remember about Sam"
(half of the examples, seeded), the last ``--history`` messages, the partner's message; the
target is the reply, kept to its first two sentences and at most 30 words, then
``<|im_end|>``. Only target tokens carry loss.

Model: the shipped Q4_1 GGUF dequantized into torch (``persona_lm.py``), frozen;
LoRA (rank 8, alpha 16) on every attention and MLP projection; AdamW; bf16 autocast (AMX);
loss on the reply tokens only; seeded; stops after ``--minutes`` (one pass at most). The adapter is
written as a llama.cpp LoRA GGUF (``general.type = adapter``) that ``LocalBackend`` loads.

    python training/persona_lora.py --minutes 45 --out amity/backends/data/persona-lora.gguf
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import torch
from persona_lm import TorchLM

from amity.backends.local import default_model_path
from amity.evals.persona import eval_persona
from amity.evals.persona_data import chatml, find_file, parse_convai2
from amity.prompt import PromptInput, build_prompt
from amity.types import MemoryHit, Message

NOW = datetime(2024, 6, 1, 18, 0, tzinfo=UTC)
_LINE = re.compile(r"^User ([12]):\s*(.*)$")


def load_spc(path: Path, banned: set[str]) -> list[dict]:
    convs = []
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            p1 = [x.strip() for x in row["user 1 personas"].splitlines() if x.strip()]
            p2 = [x.strip() for x in row["user 2 personas"].splitlines() if x.strip()]
            if any(x.lower().rstrip(".") in banned for x in p1 + p2):
                continue
            turns = []
            for line in row["Best Generated Conversation"].splitlines():
                m = _LINE.match(line.strip())
                if m and m.group(2):
                    turns.append((int(m.group(1)), m.group(2)))
            convs.append({"p1": p1, "p2": p2, "turns": turns})
    return convs


def third_person(line: str, name: str = "Sam") -> str:
    """'I like dogs.' -> 'Sam likes dogs.' (a small heuristic for memory-style facts)."""
    line = re.sub(r"^(I am|I'm)\b", f"{name} is", line)
    line = re.sub(r"^(I have|I've)\b", f"{name} has", line)
    line = re.sub(r"^My\b", f"{name}'s", line)
    m = re.match(r"^I ((?:just|also|really|never|always|recently|still|often) )?(\w+)(.*)$",
                 line)
    if m:
        adverb, verb, rest = m.group(1) or "", m.group(2), m.group(3)
        if verb in ("was", "will", "can", "would", "could", "should", "must", "used"):
            return f"{name} {adverb}{verb}{rest}"
        if re.search(r"(s|sh|ch|x|o)$", verb):
            verb += "es"
        elif re.search(r"[^aeiou]y$", verb):
            verb = verb[:-1] + "ies"
        else:
            verb += "s"
        return f"{name} {adverb}{verb}{rest}"
    return line


def short(reply: str) -> str | None:
    sentences = re.findall(r"[^.!?]+[.!?]*", reply)
    text = " ".join(s.strip() for s in sentences[:2]).strip()
    if "[" in text or len(text.split()) > 30 or len(text.split()) < 2:
        return None
    return text


def examples(convs: list[dict], history: int, seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    out = []
    for conv in convs:
        for bot in (1, 2):
            mine = conv["p1"] if bot == 1 else conv["p2"]
            theirs = conv["p2"] if bot == 1 else conv["p1"]
            msgs: list[Message] = []
            for i, (who, text) in enumerate(conv["turns"]):
                role = "assistant" if who == bot else "user"
                if role == "assistant" and msgs and msgs[-1].role == "user":
                    target = short(text)
                    if target:
                        memories = [MemoryHit(kind="fact", text=third_person(x), score=1.0)
                                    for x in theirs] if rng.random() < 0.5 else []
                        inp = PromptInput(persona=eval_persona(mine), user_name="Sam",
                                          user_text=msgs[-1].content,
                                          history=msgs[-1 - history:-1], memories=memories,
                                          now=NOW)
                        prompt = build_prompt(inp, budget=1500, count=lambda s: len(s) // 3)
                        out.append((chatml([(m.role, m.content) for m in prompt]),
                                    target + "<|im_end|>"))
                msgs.append(Message(id=i, conversation_id=0, role=role, content=text,
                                    created_at=NOW))
    rng.shuffle(out)
    return out


def save_adapter(model: TorchLM, path: Path, alpha: float, meta: dict) -> None:
    import gguf

    writer = gguf.GGUFWriter(str(path), arch="llama")
    writer.add_string("general.type", "adapter")
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", alpha)
    writer.add_string("general.name", "amity persona-chat LoRA for SmolLM2-135M-Instruct")
    writer.add_string("general.license", "apache-2.0")
    writer.add_string("amity.training", json.dumps(meta))
    for i, block in enumerate(model.blocks):
        for name, proj in block.proj.items():
            if hasattr(proj, "a"):
                writer.add_tensor(f"blk.{i}.{name}.weight.lora_a",
                                  proj.a.detach().numpy().astype(np.float16))
                writer.add_tensor(f"blk.{i}.{name}.weight.lora_b",
                                  (proj.b.detach()).numpy().astype(np.float16))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data"))
    parser.add_argument("--out", type=Path, default=Path("runs/persona_lora/adapter.gguf"))
    parser.add_argument("--minutes", type=float, default=45.0)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--lr", type=float, default=5e-4)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--alpha", type=float, default=16.0)
    parser.add_argument("--history", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--layers", type=int, default=30, help="LoRA on the top N blocks")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)

    valid = parse_convai2(find_file(args.data).read_text("utf-8"))
    banned = {p.lower().rstrip(".") for d in valid for p in d.persona}
    spc = find_file(args.data, "Synthetic-Persona-Chat_test.csv")
    data = examples(load_spc(spc, banned), args.history, args.seed)
    print(f"{len(data)} examples", flush=True)

    model = TorchLM.from_gguf(default_model_path())
    tok = model.tokenizer
    assert tok is not None
    params = model.add_lora(args.rank, args.alpha, layers=args.layers)
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.0)
    deadline = time.time() + 60 * args.minutes
    step, seen, losses = 0, 0, []
    args.out.parent.mkdir(parents=True, exist_ok=True)
    while time.time() < deadline and seen < len(data):
        batch = data[seen:seen + args.batch]
        seen += len(batch)
        rows = []
        for prompt, target in batch:
            p, t = tok.encode(prompt)[-400:], tok.encode(target)
            rows.append((p + t, [0] * len(p) + [1] * len(t)))
        width = max(len(ids) for ids, _ in rows)
        ids = torch.tensor([r + [2] * (width - len(r)) for r, _ in rows])
        mask = torch.tensor([m + [0] * (width - len(m)) for _, m in rows], dtype=torch.float)
        with torch.autocast("cpu", dtype=torch.bfloat16):  # AMX bf16 on the CPU
            states, _ = model(ids, hidden=True)
            where = mask[:, 1:].nonzero(as_tuple=True)  # positions that predict a target
            logits = model.logits(states[:, :-1][where]).float()
        nll = -torch.log_softmax(logits, -1).gather(-1, ids[:, 1:][where][:, None])
        loss = nll.mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        step += 1
        losses.append(loss.item())
        if step % 10 == 0:
            left = (deadline - time.time()) / 60
            print(f"step {step} seen {seen} loss {mean_last(losses):.3f} "
                  f"({left:.1f} min left)", flush=True)
        if step % 25 == 0:
            save_adapter(model, args.out, args.alpha, vars_meta(args, step, seen, losses))
    save_adapter(model, args.out, args.alpha, vars_meta(args, step, seen, losses))
    print(f"saved {args.out} after {step} steps, {seen} examples", flush=True)


def mean_last(values: list[float], n: int = 10) -> float:
    tail = values[-n:]
    return sum(tail) / len(tail)


def vars_meta(args: argparse.Namespace, step: int, seen: int, losses: list[float]) -> dict:
    return {"steps": step, "examples": seen, "final_loss": mean_last(losses),
            "first_loss": mean_last(losses[:10]), "batch": args.batch, "lr": args.lr,
            "rank": args.rank, "alpha": args.alpha, "history": args.history,
            "seed": args.seed, "data": "Synthetic-Persona-Chat_test.csv (CC BY 4.0)"}


if __name__ == "__main__":
    main()
