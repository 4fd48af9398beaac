"""The voice's written lines: exchanges in Sunny's voice and the skills' line lists.

Contract: ``load(data_dir)`` returns ``Lines``: ``exchanges`` (teen message -> a reply
specific to it and a general reply that fits any message of the same situation and mood),
``skills`` (named lists of lines: jokes, comfort by mood, follow-up templates ...) and
``about`` (Sunny's answers about itself, by topic, with the words that ask for them). The
files are written by the team (``training/voice/``) and built into ``amity/voice/data/`` by
``training/build_voice.py``. Knows nothing about models, users or storage.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import ConfigError

DATA_DIR = Path(__file__).resolve().parent / "data"

MOODS = ("sad", "anxious", "angry", "lonely", "bored", "tired", "happy", "neutral",
         "affectionate", "embarrassed")
#: moods that want comfort, not cheer
LOW_MOODS = frozenset({"sad", "anxious", "angry", "lonely", "tired", "embarrassed"})


@dataclass(frozen=True)
class Exchange:
    id: int
    situation: str
    mood: str
    context: tuple[str, ...]  # "user: ..." / "sunny: ..." lines before the message
    user: str
    reply: str  # specific to ``user``
    general: str  # fits any message of this situation and mood


@dataclass(frozen=True)
class Topic:
    name: str
    keywords: tuple[str, ...]
    answers: tuple[str, ...]


@dataclass(frozen=True)
class Lines:
    exchanges: tuple[Exchange, ...]
    skills: dict[str, tuple[str, ...]]  # "jokes", "comfort.sad", "followup", ...
    riddles: tuple[tuple[str, str], ...]
    about: tuple[Topic, ...]

    def get(self, key: str) -> tuple[str, ...]:
        return self.skills.get(key, ())


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"Cannot read {path} ({exc}): reinstall amity.") from exc


def parse_skills(raw: dict[str, object]) -> tuple[dict[str, tuple[str, ...]],
                                                  tuple[tuple[str, str], ...], tuple[Topic, ...]]:
    skills: dict[str, tuple[str, ...]] = {}
    riddles: tuple[tuple[str, str], ...] = ()
    about: tuple[Topic, ...] = ()
    for key, value in raw.items():
        if key == "about_sunny" and isinstance(value, list):
            about = tuple(Topic(str(t["topic"]), tuple(t["keywords"]), tuple(t["answers"]))
                          for t in value)
        elif key == "riddles" and isinstance(value, list):
            riddles = tuple((str(r["q"]), str(r["a"])) for r in value)
        elif isinstance(value, dict):
            for sub, lines in value.items():
                skills[f"{key}.{sub}"] = tuple(lines)
        elif isinstance(value, list):
            skills[key] = tuple(str(v) for v in value)
    return skills, riddles, about


@cache
def load(data_dir: Path = DATA_DIR) -> Lines:
    exchanges = []
    for i, line in enumerate(_read(data_dir / "exchanges.jsonl").splitlines()):
        if line.strip():
            row = json.loads(line)
            exchanges.append(Exchange(int(row.get("id", i)), row["situation"], row["mood"],
                                      tuple(row.get("context") or ()), row["user"],
                                      row["reply"], row["general"]))
    skills, riddles, about = parse_skills(json.loads(_read(data_dir / "skills.json")))
    return Lines(tuple(exchanges), skills, riddles, about)
