"""Build Sunny's voice data for the package from the team's files in ``training/voice/``.

    python training/build_voice.py [--src training/voice] [--out amity/voice/data]

Reads every ``*.jsonl`` exchange file and ``skills.json``, drops lines that are malformed,
duplicated, too long, flagged by the safety checks (high tier) or that claim a human life,
and writes ``exchanges.jsonl`` (with ids), ``skills.json`` and ``bank.npz`` (the bank's
search vectors, ``amity.voice.bank.vectors``, float16) to the package. Prints what it
dropped and why.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from amity.nlp import embed, safety
from amity.voice.bank import vectors
from amity.voice.lines import MOODS, load

HUMAN_LIFE = ("my mom", "my dad", "my parents", "my sister", "my brother", "my teacher",
              "my school", "my class", "my house", "my room", "my dog", "my cat", "my body",
              "i ate", "i slept", "when i was a kid", "i went to", "my job", "my boss")


def problems(row: dict[str, object]) -> list[str]:
    out = []
    for key in ("situation", "mood", "user", "reply", "general"):
        if not isinstance(row.get(key), str) or not str(row[key]).strip():
            out.append(f"missing {key}")
    if out:
        return out
    if row["mood"] not in MOODS:
        out.append(f"mood {row['mood']!r}")
    for key in ("reply", "general"):
        text = str(row[key])
        if len(text) > 280:
            out.append(f"{key} too long")
        if any(v.tripwire for v in safety.check(text, [])):
            out.append(f"{key} flagged by safety")
        low = text.lower()
        if any(phrase in low for phrase in HUMAN_LIFE):
            out.append(f"{key} claims a human life")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path("training/voice"))
    ap.add_argument("--out", type=Path, default=Path("amity/voice/data"))
    args = ap.parse_args()
    rows, seen, dropped = [], set(), 0
    for path in sorted(args.src.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except ValueError:
                print(f"{path.name}:{n}: not JSON")
                dropped += 1
                continue
            context = " | ".join(str(c) for c in row.get("context") or [])
            key = " ".join(f"{context} || {row.get('user', '')}".lower().split())
            found = problems(row) + (["duplicate message"] if key in seen else [])
            if found:
                print(f"{path.name}:{n}: {', '.join(found)}")
                dropped += 1
                continue
            seen.add(key)
            rows.append({"id": len(rows), "situation": row["situation"], "mood": row["mood"],
                         "context": [str(c) for c in row.get("context") or []][-2:],
                         "user": row["user"].strip(), "reply": row["reply"].strip(),
                         "general": row["general"].strip()})
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "exchanges.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    skills = json.loads((args.src / "skills.json").read_text(encoding="utf-8"))
    (args.out / "skills.json").write_text(json.dumps(skills, ensure_ascii=False, indent=1),
                                          encoding="utf-8")
    users, contexts = vectors(load(args.out).exchanges, embed.encode)
    digest = hashlib.sha256((args.out / "exchanges.jsonl").read_bytes()).hexdigest()[:16]
    np.savez_compressed(args.out / "bank.npz", users=users.astype(np.float16),
                        contexts=contexts.astype(np.float16), digest=np.array(digest))
    print(f"kept {len(rows)} exchanges, dropped {dropped}; bank digest {digest}")


if __name__ == "__main__":
    main()
