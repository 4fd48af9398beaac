"""The GGUF chat model in torch, for log-likelihood scoring (hits@1) and LoRA training.

``TorchLM.from_gguf(path)`` dequantizes a llama-architecture GGUF file (the ``gguf`` package)
into a small torch Llama with the same arithmetic as llama.cpp: RMSNorm, rotary embeddings
on adjacent pairs (GGUF's Q/K layout), grouped-query attention, SwiGLU, tied output. Its
tokenizer is rebuilt from the GGUF vocabulary and merges (byte-level BPE, digits split,
ChatML special tokens). ``loglik(prefix, continuations)`` runs the prefix once and scores
every continuation against its cached keys and values, batched. ``load(adapter)`` is the
shipped model (an adapter merged in) for ``amity.evals.persona.hits_at_1``, which
``persona_hits.py`` runs. Optional LoRA adapters on the attention and MLP projections
(``add_lora``) serve ``persona_lora.py``. Needs ``torch`` and ``gguf`` (the ``train``
extra, not runtime dependencies of amity); nothing here is used while chatting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F  # noqa: N812
from torch import nn

SPECIAL = ("<|im_start|>", "<|im_end|>")
PROJECTIONS = ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")


class Tokenizer:
    """Byte-level BPE rebuilt from GGUF metadata; ChatML markers are single tokens."""

    def __init__(self, tokens: list[str], merges: list[str]) -> None:
        from tokenizers import Tokenizer as HFTokenizer
        from tokenizers import models, pre_tokenizers

        vocab = {t: i for i, t in enumerate(tokens)}
        pairs = [tuple(m.split(" ", 1)) for m in merges]
        tok = HFTokenizer(models.BPE(vocab=vocab, merges=pairs))  # type: ignore[arg-type]
        tok.pre_tokenizer = pre_tokenizers.Sequence([  # type: ignore[assignment]
            pre_tokenizers.Digits(individual_digits=True),
            pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)])
        self._tok = tok
        self.special = {s: vocab[s] for s in SPECIAL}

    def encode(self, text: str) -> list[int]:
        ids: list[int] = []
        pieces = text.split("<|im_start|>")
        for i, piece in enumerate(pieces):
            if i:
                ids.append(self.special["<|im_start|>"])
            for j, part in enumerate(piece.split("<|im_end|>")):
                if j:
                    ids.append(self.special["<|im_end|>"])
                if part:
                    ids.extend(self._tok.encode(part, add_special_tokens=False).ids)
        return ids


class LoRA(nn.Module):
    """y = base(x) + (alpha / r) * B(A(x)); the base weight is frozen."""

    def __init__(self, base: nn.Linear, r: int, alpha: float) -> None:
        super().__init__()
        self.base = base
        self.a = nn.Parameter(torch.randn(r, base.in_features) / math.sqrt(base.in_features))
        self.b = nn.Parameter(torch.zeros(base.out_features, r))
        self.scale = alpha / r

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.base(x) + (x @ self.a.T @ self.b.T) * self.scale


class Block(nn.Module):
    def __init__(self, dim: int, ffn: int, heads: int, kv_heads: int) -> None:
        super().__init__()
        hd = dim // heads
        self.heads, self.kv_heads, self.hd = heads, kv_heads, hd
        self.attn_norm = nn.Parameter(torch.ones(dim))
        self.ffn_norm = nn.Parameter(torch.ones(dim))
        self.proj = nn.ModuleDict({
            "attn_q": nn.Linear(dim, dim, bias=False),
            "attn_k": nn.Linear(dim, kv_heads * hd, bias=False),
            "attn_v": nn.Linear(dim, kv_heads * hd, bias=False),
            "attn_output": nn.Linear(dim, dim, bias=False),
            "ffn_gate": nn.Linear(dim, ffn, bias=False),
            "ffn_up": nn.Linear(dim, ffn, bias=False),
            "ffn_down": nn.Linear(ffn, dim, bias=False),
        })


class TorchLM(nn.Module):
    def __init__(self, meta: dict[str, Any]) -> None:
        super().__init__()
        self.dim, self.eps = meta["dim"], meta["eps"]
        self.heads, self.kv_heads = meta["heads"], meta["kv_heads"]
        self.embed = nn.Embedding(meta["vocab"], self.dim)
        self.blocks = nn.ModuleList(Block(self.dim, meta["ffn"], self.heads, self.kv_heads)
                                    for _ in range(meta["layers"]))
        self.out_norm = nn.Parameter(torch.ones(self.dim))
        hd = self.dim // self.heads
        inv = 1.0 / (meta["theta"] ** (torch.arange(0, hd, 2).float() / hd))
        angles = torch.outer(torch.arange(meta["ctx"]).float(), inv)
        self.register_buffer("cos", angles.cos(), persistent=False)
        self.register_buffer("sin", angles.sin(), persistent=False)
        self.tokenizer: Tokenizer | None = None

    @classmethod
    def from_gguf(cls, path: Path, ctx: int = 2048) -> TorchLM:
        from gguf import GGUFReader
        from gguf.quants import dequantize

        reader = GGUFReader(str(path))

        def field(name: str) -> Any:
            return reader.fields[name].contents()

        meta = {"dim": field("llama.embedding_length"), "ffn": field("llama.feed_forward_length"),
                "heads": field("llama.attention.head_count"),
                "kv_heads": field("llama.attention.head_count_kv"),
                "layers": field("llama.block_count"), "theta": field("llama.rope.freq_base"),
                "eps": field("llama.attention.layer_norm_rms_epsilon"),
                "vocab": len(reader.fields["tokenizer.ggml.tokens"].data), "ctx": ctx}
        model = cls(meta)
        weights = {t.name: torch.from_numpy(np.ascontiguousarray(
            dequantize(t.data, t.tensor_type).reshape([int(x) for x in reversed(t.shape)]),
            dtype=np.float32)) for t in reader.tensors}
        with torch.no_grad():
            model.embed.weight.copy_(weights["token_embd.weight"])
            model.out_norm.copy_(weights["output_norm.weight"])
            for i, block in enumerate(model.blocks):
                block.attn_norm.copy_(weights[f"blk.{i}.attn_norm.weight"])
                block.ffn_norm.copy_(weights[f"blk.{i}.ffn_norm.weight"])
                for name in PROJECTIONS:
                    block.proj[name].weight.copy_(weights[f"blk.{i}.{name}.weight"])
        model.tokenizer = Tokenizer(list(field("tokenizer.ggml.tokens")),
                                    list(field("tokenizer.ggml.merges")))
        model.requires_grad_(False)
        return model.eval()

    def add_lora(self, r: int = 8, alpha: float = 16.0, targets: Sequence[str] = PROJECTIONS,
                 layers: int | None = None) -> list[nn.Parameter]:
        """LoRA on ``targets`` of the top ``layers`` blocks (all by default)."""
        params: list[nn.Parameter] = []
        for block in self.blocks[len(self.blocks) - (layers or len(self.blocks)):]:
            for name in targets:
                lora = LoRA(block.proj[name], r, alpha)
                block.proj[name] = lora
                params += [lora.a, lora.b]
        return params

    @torch.no_grad()
    def merge_adapter(self, path: Path) -> None:
        """Fold a llama.cpp LoRA GGUF (``lora_a``/``lora_b`` pairs) into the weights."""
        from gguf import GGUFReader

        reader = GGUFReader(str(path))
        alpha = float(reader.fields["adapter.lora.alpha"].contents())
        tensors = {t.name: torch.from_numpy(np.array(t.data, dtype=np.float32).reshape(
            [int(x) for x in reversed(t.shape)])) for t in reader.tensors}
        for name, a in tensors.items():
            if not name.endswith(".lora_a"):
                continue
            b = tensors[name.removesuffix(".lora_a") + ".lora_b"]
            _, layer, proj, _ = name.split(".", 3)
            target = self.blocks[int(layer)].proj[proj]
            weight = target.base.weight if isinstance(target, LoRA) else target.weight
            weight += (alpha / a.shape[0]) * (b @ a)

    def _norm(self, x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * w

    def _rope(self, x: torch.Tensor, pos: torch.Tensor) -> torch.Tensor:
        cos, sin = self.cos[pos][None, None], self.sin[pos][None, None]  # type: ignore[index]
        x1, x2 = x[..., 0::2], x[..., 1::2]
        return torch.stack((x1 * cos - x2 * sin, x1 * sin + x2 * cos), -1).flatten(-2)

    def forward(self, ids: torch.Tensor, past: list[tuple[torch.Tensor, torch.Tensor]] | None
                = None, start: int = 0, hidden: bool = False) -> tuple[torch.Tensor, list]:
        """Logits for ``ids`` (batch, time) after ``past`` keys/values of ``start`` tokens
        (with ``hidden``, the final normed states instead: ``logits(states)`` later)."""
        b, t = ids.shape
        x = self.embed(ids)
        pos = torch.arange(start, start + t)
        cache = []
        for i, block in enumerate(self.blocks):
            h = self._norm(x, block.attn_norm)
            q = block.proj["attn_q"](h).view(b, t, self.heads, -1).transpose(1, 2)
            k = block.proj["attn_k"](h).view(b, t, self.kv_heads, -1).transpose(1, 2)
            v = block.proj["attn_v"](h).view(b, t, self.kv_heads, -1).transpose(1, 2)
            q, k = self._rope(q, pos), self._rope(k, pos)
            if past is not None:
                pk, pv = past[i]
                k = torch.cat([pk.expand(b, -1, -1, -1), k], 2)
                v = torch.cat([pv.expand(b, -1, -1, -1), v], 2)
            cache.append((k, v))
            rep = self.heads // self.kv_heads
            mask = torch.ones(t, k.shape[2], dtype=torch.bool).tril(k.shape[2] - t)
            att = F.scaled_dot_product_attention(q, k.repeat_interleave(rep, 1),
                                                 v.repeat_interleave(rep, 1), attn_mask=mask)
            x = x + block.proj["attn_output"](att.transpose(1, 2).reshape(b, t, -1))
            h = self._norm(x, block.ffn_norm)
            x = x + block.proj["ffn_down"](F.silu(block.proj["ffn_gate"](h))
                                           * block.proj["ffn_up"](h))
        x = self._norm(x, self.out_norm)
        return (x if hidden else self.logits(x)), cache

    def logits(self, states: torch.Tensor) -> torch.Tensor:
        return states @ self.embed.weight.T

    @torch.no_grad()
    def loglik(self, prefix: str, continuations: Sequence[str]) -> list[float]:
        """Mean log-probability per token of each continuation after ``prefix``."""
        assert self.tokenizer is not None
        pre = self.tokenizer.encode(prefix)
        conts = [self.tokenizer.encode(c)[:64] or [0] for c in continuations]
        logits, cache = self(torch.tensor([pre]))
        first = torch.log_softmax(logits[0, -1], -1)
        past = [(k[:1], v[:1]) for k, v in cache]
        width = max(len(c) for c in conts)
        ids = torch.tensor([c + [0] * (width - len(c)) for c in conts])
        logits, _ = self(ids, past, start=len(pre))
        logp = torch.log_softmax(logits, -1)
        out = []
        for row, cont in enumerate(conts):
            total = first[cont[0]].item()
            for j in range(1, len(cont)):
                total += logp[row, j - 1, cont[j]].item()
            out.append(total / len(cont))
        return out


def load(adapter: Path | None = None) -> TorchLM:
    """The shipped GGUF chat model in torch (one thread), with ``adapter`` merged when given."""
    from amity.backends.local import default_model_path

    torch.set_num_threads(1)
    model = TorchLM.from_gguf(default_model_path())
    if adapter is not None:
        model.merge_adapter(adapter)
    return model
