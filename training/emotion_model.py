"""A minimal BERT (MiniLM-L6) with mean pooling and a linear head, for TRAINING only.

Contract: ``EmotionNet`` loads all-MiniLM-L6-v2 weights from a safetensors state dict whose
key names match Hugging Face's ``BertModel`` (so no ``transformers`` is needed), takes
``input_ids`` and ``attention_mask`` (int64, shape (batch, seq)) and returns logits
(batch, n_labels). It is written with plain tensor ops so ``torch.onnx.export`` gives a
graph onnxruntime runs; the runtime (``amity.nlp.emotion``) never imports this module.

Also here: GoEmotions TSV reading and length-bucketed batching. This module knows nothing
about thresholds, ONNX export or the shipped files.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

HIDDEN = 384
HEADS = 12
LAYERS = 6
INTERMEDIATE = 1536
VOCAB = 30522
MAX_POS = 512
EPS = 1e-12


class Layer(nn.Module):
    def __init__(self, dropout: float) -> None:
        super().__init__()
        self.attention = nn.Module()
        self.attention.self = nn.Module()
        self.attention.self.query = nn.Linear(HIDDEN, HIDDEN)
        self.attention.self.key = nn.Linear(HIDDEN, HIDDEN)
        self.attention.self.value = nn.Linear(HIDDEN, HIDDEN)
        self.attention.output = nn.Module()
        self.attention.output.dense = nn.Linear(HIDDEN, HIDDEN)
        self.attention.output.LayerNorm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.intermediate = nn.Module()
        self.intermediate.dense = nn.Linear(HIDDEN, INTERMEDIATE)
        self.output = nn.Module()
        self.output.dense = nn.Linear(INTERMEDIATE, HIDDEN)
        self.output.LayerNorm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, s, _ = x.shape
        d = HIDDEN // HEADS
        att = self.attention.self

        def split(t: torch.Tensor) -> torch.Tensor:
            return t.view(b, s, HEADS, d).transpose(1, 2)

        q, k, v = split(att.query(x)), split(att.key(x)), split(att.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        probs = self.drop(torch.softmax(scores, dim=-1))
        ctx = torch.matmul(probs, v).transpose(1, 2).reshape(b, s, HIDDEN)
        out = self.attention.output
        x = out.LayerNorm(x + self.drop(out.dense(ctx)))
        h = F.gelu(self.intermediate.dense(x))
        return self.output.LayerNorm(x + self.drop(self.output.dense(h)))


class EmotionNet(nn.Module):
    """MiniLM-L6 encoder + mean pooling + dropout + linear head."""

    def __init__(self, n_labels: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.embeddings = nn.Module()
        self.embeddings.word_embeddings = nn.Embedding(VOCAB, HIDDEN)
        self.embeddings.position_embeddings = nn.Embedding(MAX_POS, HIDDEN)
        self.embeddings.token_type_embeddings = nn.Embedding(2, HIDDEN)
        self.embeddings.LayerNorm = nn.LayerNorm(HIDDEN, eps=EPS)
        self.encoder = nn.Module()
        self.encoder.layer = nn.ModuleList(Layer(dropout) for _ in range(LAYERS))
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(HIDDEN, n_labels)

    def load_encoder(self, path: Path) -> None:
        from safetensors.torch import load_file

        state = {k: v for k, v in load_file(str(path)).items() if not k.startswith("pooler")}
        state.pop("embeddings.position_ids", None)
        missing, unexpected = self.load_state_dict(state, strict=False)
        assert not unexpected, unexpected
        assert set(missing) == {"head.weight", "head.bias"}, missing

    def hidden(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """The last layer's vector for every token (batch, seq, HIDDEN)."""
        e = self.embeddings
        pos = torch.arange(input_ids.shape[1], device=input_ids.device).unsqueeze(0)
        x = e.word_embeddings(input_ids) + e.position_embeddings(pos)
        x = x + e.token_type_embeddings(torch.zeros_like(input_ids))
        x = self.drop(e.LayerNorm(x))
        bias = ((1.0 - attention_mask.to(x.dtype)) * -10000.0)[:, None, None, :]
        for layer in self.encoder.layer:
            x = layer(x, bias)
        return x

    def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        x = self.hidden(input_ids, attention_mask)
        m = attention_mask.to(x.dtype)
        summed = (x * m.unsqueeze(-1)).sum(1)
        return summed / m.sum(1, keepdim=True).clamp(min=1e-9)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.drop(self.pooled(input_ids, attention_mask)))


@dataclass
class Split:
    texts: list[str]
    targets: np.ndarray  # (n, n_labels) float32 multi-hot


def read_labels(data: Path) -> list[str]:
    return (data / "emotions.txt").read_text(encoding="utf-8").split()


def read_split(path: Path, n_labels: int) -> Split:
    texts: list[str] = []
    rows: list[list[int]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        texts.append(parts[0])
        rows.append([int(i) for i in parts[1].split(",") if i])
    y = np.zeros((len(texts), n_labels), dtype=np.float32)
    for i, ids in enumerate(rows):
        y[i, ids] = 1.0
    return Split(texts, y)


def encode_texts(tokenizer, texts: list[str], max_len: int) -> list[list[int]]:  # noqa: ANN001
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_len)
    return [enc.ids for enc in tokenizer.encode_batch(texts)]


def pad(seqs: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(s) for s in seqs)
    ids = torch.zeros((len(seqs), width), dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for i, s in enumerate(seqs):
        ids[i, : len(s)] = torch.tensor(s, dtype=torch.long)
        mask[i, : len(s)] = 1
    return ids, mask


def bucketed_batches(
    lengths: list[int], batch_size: int, rng: random.Random, pool: int = 50
) -> list[list[int]]:
    """Shuffle, sort within pools of ``pool`` batches by length, then shuffle the batches."""
    order = list(range(len(lengths)))
    rng.shuffle(order)
    batches: list[list[int]] = []
    step = batch_size * pool
    for start in range(0, len(order), step):
        chunk = sorted(order[start : start + step], key=lambda i: lengths[i])
        batches.extend(chunk[j : j + batch_size] for j in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def f1_per_label(y: np.ndarray, pred: np.ndarray) -> np.ndarray:
    pred = pred.astype(np.float32)
    tp = (y * pred).sum(0)
    fp = ((1 - y) * pred).sum(0)
    fn = (y * (1 - pred)).sum(0)
    denom = 2 * tp + fp + fn
    return np.where(denom > 0, 2 * tp / np.maximum(denom, 1e-9), 0.0)


def tune_thresholds(y: np.ndarray, probs: np.ndarray) -> np.ndarray:
    """Per label, the threshold in 0.02..0.95 that maximises F1 on (y, probs)."""
    grid = np.round(np.arange(0.02, 0.951, 0.01), 2)
    best = np.full(y.shape[1], 0.5)
    for j in range(y.shape[1]):
        scores = [f1_per_label(y[:, j : j + 1], (probs[:, j : j + 1] >= t)).item() for t in grid]
        best[j] = grid[int(np.argmax(scores))]
    return best
