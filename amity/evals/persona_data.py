"""ConvAI2 data and the metrics of the persona evaluation: pure functions, no model.

``parse_convai2`` reads ParlAI's ``*_self_original_no_cands.txt`` format (numbered lines;
``your persona: ...`` lines, then ``partner<TAB>bot`` turns) into ``Dialogue`` values.
``sample_turns`` draws the documented, seeded subset of bot turns; ``history`` is a turn's
conversation so far; ``candidates`` draws hits@1's 20 candidates (gold first). F1 is
ParlAI's unigram F1 (``amity.metrics.parlai_f1``). ``distinct_n``, ``self_repeats`` and
``contradicts`` (from ``amity.rerank``: a polarity/number check against persona lines) score
a set of replies. ``chatml`` renders messages as the chat model's template does. Knows
nothing about backends, prompts or the engine.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..metrics import parlai_normalize
from ..replies import is_repeat
from ..rerank import contradicts  # noqa: F401  (re-exported for the eval)

CANDIDATES = 20


@dataclass(frozen=True)
class Dialogue:
    """One ConvAI2 dialogue from the bot's side: its persona and (partner, gold) turns."""

    persona: tuple[str, ...]
    turns: tuple[tuple[str, str], ...]


def find_file(data: Path, name: str = "valid_self_original_no_cands.txt") -> Path:
    if data.is_file():
        return data
    for candidate in (data / "persona" / name, data / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"No ConvAI2 file under {data}: pass --data ../shared/data or the "
                            f"path of {name}.")


def parse_convai2(text: str) -> list[Dialogue]:
    """Dialogues of a ParlAI ConvAI2 text file (a line numbered 1 starts a new dialogue)."""
    dialogues: list[Dialogue] = []
    persona: list[str] = []
    turns: list[tuple[str, str]] = []
    for raw in text.splitlines():
        number, _, line = raw.strip().partition(" ")
        if not number.isdigit():
            continue
        if number == "1" and (persona or turns):
            dialogues.append(Dialogue(tuple(persona), tuple(turns)))
            persona, turns = [], []
        if line.startswith("your persona:"):
            persona.append(line.removeprefix("your persona:").strip())
        elif "\t" in line:
            partner, gold = line.split("\t")[:2]
            turns.append((partner.strip(), gold.strip()))
    if persona or turns:
        dialogues.append(Dialogue(tuple(persona), tuple(turns)))
    return dialogues


def sample_turns(dialogues: Sequence[Dialogue], n: int, seed: int = 0
                 ) -> list[tuple[int, int]]:
    """``n`` (dialogue, turn) pairs: seeded shuffle of dialogues, up to 3 turns from each."""
    rng = random.Random(seed)
    order = list(range(len(dialogues)))
    rng.shuffle(order)
    picked: list[tuple[int, int]] = []
    for d in order:
        turns = list(range(len(dialogues[d].turns)))
        rng.shuffle(turns)
        for t in sorted(turns[:3]):
            picked.append((d, t))
            if len(picked) >= n:
                return picked
    return picked


def history(dialogue: Dialogue, upto: int) -> list[tuple[str, str]]:
    """The turns before ``upto`` as (role, text): the partner is "user", the bot
    "assistant"."""
    out: list[tuple[str, str]] = []
    for partner, gold in dialogue.turns[:upto]:
        out += [("user", partner), ("assistant", gold)]
    return out


def candidates(dialogues: Sequence[Dialogue], turns: Sequence[tuple[int, int]], seed: int = 0
               ) -> list[list[str]]:
    """Per turn: the gold reply first, then ``CANDIDATES - 1`` distractors, gold replies of
    other dialogues drawn with ``random.Random(seed + 1000 * dialogue + turn)``."""
    pool = [g for dialogue in dialogues for _, g in dialogue.turns]
    out: list[list[str]] = []
    for d, t in turns:
        dialogue = dialogues[d]
        rng = random.Random(seed + 1000 * d + t)
        own = {g for _, g in dialogue.turns}
        distractors: list[str] = []
        while len(distractors) < CANDIDATES - 1:
            pick = rng.choice(pool)
            if pick not in own and pick not in distractors:
                distractors.append(pick)
        out.append([dialogue.turns[t][1], *distractors])
    return out


def chatml(messages: Sequence[tuple[str, str]], *, open_reply: bool = True) -> str:
    """ChatML text for (role, content) pairs, ending with an open assistant turn."""
    text = "".join(f"<|im_start|>{r}\n{c}<|im_end|>\n" for r, c in messages)
    return text + ("<|im_start|>assistant\n" if open_reply else "")


def distinct_n(replies: Sequence[str], n: int = 2) -> float:
    """Distinct n-grams over all n-grams of the replies (normalised words)."""
    grams: list[tuple[str, ...]] = []
    for reply in replies:
        words = parlai_normalize(reply).split()
        grams.extend(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    return len(set(grams)) / len(grams) if grams else 0.0


def self_repeats(replies: Sequence[str]) -> int:
    """How many replies repeat an earlier one of the same conversation (>= 80% overlap)."""
    return sum(1 for i, reply in enumerate(replies) if i and is_repeat(reply, replies[:i]))


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0
