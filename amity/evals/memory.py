"""LoCoMo retrieval evaluation: does memory recall the evidence turns of each question?

Each conversation's sessions go through the memory writer in order (``write_session``:
every turn indexed with its neighbours, speakers and date), in a fresh SQLite database.
For each question, the top k items are retrieved; an item covers the dialogue turn it is
centred on (strict: neighbours inside its window do not count). ``recall_at_k`` is the mean
share of a question's evidence turns covered, overall and per category (1 multi-hop,
2 temporal, 3 open-domain, 4 single-hop, 5 adversarial). With ``answer=N`` the embedded
model also answers N seeded questions from the retrieved memories and from the most recent
turns that fit its context ("full context"), scored by SQuAD token F1 (``answer_f1``).
``conversations`` (e.g. ``"1-3"``, ``"4-6"``, ``"1,5"``; numbered from 1) selects the
conversations, so retrieval can be tuned on some and reported on the others.
Reads LoCoMo by path; it is evaluation-only data and never copied into the repository.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..memory import LedgerMemory
from ..memory.episodes import Turn
from ..store.repo import Store

CATEGORIES = {1: "multi_hop", 2: "temporal", 3: "open_domain", 4: "single_hop",
              5: "adversarial"}


def find_file(data: Path) -> Path:
    if data.is_file():
        return data
    for candidate in (data / "memory" / "locomo_dev.json", data / "locomo_dev.json"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"No LoCoMo file under {data}: pass --data ../shared/data or the "
                            "path of locomo_dev.json.")


def parse_when(value: str) -> datetime:
    for fmt in ("%I:%M %p on %d %B, %Y", "%H:%M on %d %B, %Y"):
        try:
            return datetime.strptime(value.strip(), fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return datetime(2023, 1, 1, tzinfo=UTC)


def load_conversation(memory: LedgerMemory, store: Store, conv: dict[str, Any], name: str
                      ) -> dict[int, str]:
    """Write every session; returns message id -> dia_id."""
    uid = store.user_id(name)
    cid = store.conversation(uid, "locomo")
    dia: dict[int, str] = {}
    body = conv["conversation"]
    keys = sorted((k for k in body if re.fullmatch(r"session_\d+", k)),
                  key=lambda k: int(k.split("_")[1]))
    for key in keys:
        at = parse_when(body.get(f"{key}_date_time", ""))
        turns: list[Turn] = []
        for turn in body[key]:
            content = turn["text"]
            if turn.get("blip_caption"):
                content += f" [shares a photo of {turn['blip_caption']}]"
            msg = store.add_message(uid, cid, "user", content, at=at)
            dia[msg.id] = turn["dia_id"]
            turns.append(Turn(msg.id, turn["speaker"], content, at))
        with store.session() as s:
            memory.write_session(s, uid, cid, turns, centres="all")
    return dia


def pick(spec: str | None, count: int) -> list[int]:
    """0-based indexes of the conversations ``spec`` names ("1-3", "4,6", "2-3,5"; from 1)."""
    if not spec:
        return list(range(count))
    out: list[int] = []
    for part in spec.split(","):
        first, dash, last = part.strip().partition("-")
        if not first.isdigit() or (dash and not last.isdigit()):
            raise ValueError(f"Bad conversation range '{part}': use e.g. 1-3 or 1,4.")
        lo, hi = int(first), int(last or first)
        if not 1 <= lo <= hi <= count:
            raise ValueError(f"Conversations {part} are outside 1-{count}.")
        out += [n - 1 for n in range(lo, hi + 1) if n - 1 not in out]
    return out


def retrieve(memory: LedgerMemory, uid: int, question: str, k: int) -> list[int]:
    hits = memory.index.search(uid, question, k=k * 3, kinds=("turn",))
    out: list[int] = []
    for hit in hits:
        if hit.source_id is not None and hit.source_id not in out:
            out.append(hit.source_id)
    return out[:k]


def run(data_dir: Path, limit: int | None = None, ks: tuple[int, ...] = (5, 10),
        answer: int = 0, seed: int = 7, conversations_: str | None = None) -> dict[str, Any]:
    conversations = json.loads(find_file(data_dir).read_text("utf-8"))
    chosen = pick(conversations_, len(conversations))
    conversations = [conversations[i] for i in chosen]
    if limit is not None:
        conversations = conversations[:limit]
    scores: dict[int, list[float]] = defaultdict(list)
    by_cat: dict[tuple[int, int], list[float]] = defaultdict(list)
    answer_pool: list[tuple[LedgerMemory, int, dict[str, Any], list[str]]] = []
    with tempfile.TemporaryDirectory(prefix="amity-locomo-") as tmp:
        store = Store(f"sqlite:///{Path(tmp) / 'locomo.db'}")
        memory = LedgerMemory(store)
        for n, conv in zip(chosen, conversations, strict=False):
            dia = load_conversation(memory, store, conv, f"conv{n}")
            uid = store.user_id(f"conv{n}")
            for qa in conv["qa"]:
                evidence = set(qa.get("evidence") or [])
                if not evidence:
                    continue
                got = [dia.get(mid, "") for mid in retrieve(memory, uid, qa["question"],
                                                             max(ks))]
                for k in ks:
                    share = len(evidence & set(got[:k])) / len(evidence)
                    scores[k].append(share)
                    by_cat[(k, qa["category"])].append(share)
                if answer and qa["category"] != 5:
                    answer_pool.append((memory, uid, qa, got[:5]))
        result: dict[str, Any] = {"questions": len(scores[ks[0]]),
                                  "conversations": len(conversations),
                                  "conversation_numbers": [n + 1 for n in
                                                           chosen[: len(conversations)]]}
        for k in ks:
            result[f"recall_at_{k}"] = sum(scores[k]) / max(1, len(scores[k]))
            result[f"recall_at_{k}_by_category"] = {
                CATEGORIES[c]: round(sum(v) / len(v), 4)
                for (kk, c), v in sorted(by_cat.items()) if kk == k}
        if answer:
            from .memory_answers import answer_f1

            random.Random(seed).shuffle(answer_pool)
            result.update(answer_f1(store, answer_pool[:answer]))
        store.close()
    return result
