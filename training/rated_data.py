"""Rated replies from the blind rounds (``ratings/round*``) as training rows.

Contract: ``load(root)`` reads every round folder under ``root`` that holds ``key.json``,
``transcripts_a.json``/``transcripts_b.json`` and ``ratings_r*.json``, and returns one
``Rated`` row per distinct (message, reply, talk before) with every rater's sensible and
specific marks for it (the same reply rated in A and B, or by two raters, is one row with
several marks). A rating file's conversation N of group G is the scenario ``key.json`` names
for "G:N"; its turn T is that transcript's T-th reply. ``side_a`` (``amity.voice.rated``) is
the text the rated-reply model reads before the reply.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from amity.voice.rated import side_a

__all__ = ["Rated", "load", "side_a"]



@dataclass
class Rated:
    round: str
    scenario: str
    user: str
    reply: str
    source: str
    before: list[tuple[str, str]]  # (role, text), oldest first, the same chat only
    new_chat: bool
    sensible: list[int] = field(default_factory=list)
    specific: list[int] = field(default_factory=list)

    @property
    def number(self) -> int:
        """The round's number ("round20b" -> 20)."""
        return int(re.sub(r"\D", "", self.round) or 0)

    @property
    def labels(self) -> tuple[float, float]:
        """The share of raters who found it sensible, and specific."""
        return (sum(self.sensible) / len(self.sensible), sum(self.specific) / len(self.specific))


def _round(folder: Path, rows: dict[tuple, Rated]) -> None:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    talks = {s: {t["id"]: t["turns"] for t in json.loads(
        (folder / f"transcripts_{s.lower()}.json").read_text(encoding="utf-8"))} for s in "AB"}
    for path in sorted(folder.glob("ratings_r*.json")):
        rated = json.loads(path.read_text(encoding="utf-8"))
        for conv in rated.get("conversations", []):
            which = key.get(f"{rated.get('group')}:{conv['conversation']}")
            turns = talks.get(which["system"], {}).get(which["scenario"]) if which else None
            if not turns:
                continue
            for mark in conv["turns"]:
                i = mark["turn"] - 1
                if i >= len(turns) or mark.get("sensible") is None:
                    continue
                now = turns[i]
                same = [t for t in turns[max(0, i - 2):i] if t["session"] == now["session"]]
                before = [(role, t[k]) for t in same
                          for role, k in (("user", "user"), ("assistant", "reply"))]
                new = i == 0 or turns[i - 1]["session"] != now["session"]
                row = rows.setdefault((now["user"], now["reply"], tuple(before)), Rated(
                    folder.name, which["scenario"], now["user"], now["reply"],
                    now.get("source", ""), before, new))
                row.sensible.append(int(mark["sensible"]))
                row.specific.append(int(mark.get("specific") or 0))


def load(root: Path) -> list[Rated]:
    rows: dict[tuple, Rated] = {}
    for folder in sorted(Path(root).glob("round*")):
        if all((folder / f).is_file() for f in ("key.json", "transcripts_a.json",
                                                 "transcripts_b.json")):
            _round(folder, rows)
    return list(rows.values())
