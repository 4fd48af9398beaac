"""Blind rating files from two transcript runs, and the figures from the raters' JSON.

    python scripts/blind.py make A.json B.json --out DIR [--ids c01 c02 ...] [--groups 2]
    python scripts/blind.py score DIR

``make`` interleaves the conversations of both runs, shuffled with a fixed seed, normalises
spacing, quotes and the first letter's case so no source stands out, numbers every
companion turn, marks recall turns "(RECALL)", and writes ``group_N.md`` (the
conversations a rater sees: each group holds both systems' versions of its scenarios) and
``key.json`` (which system wrote which, for ``score`` only; never give it to a rater).
``score`` reads ``ratings_*.json`` (one per rater: ``{"group": N, "conversations":
[{"conversation": k, "smile": 0|1, "turns": [{"turn": t, "sensible": 0|1, "specific":
0|1, "warmth": 1-5, "safety_misfire": 0|1, "memory": 0|1|null}]}]}``) and prints SSA,
sensible, specific, warmth, misfires, memory and smile per system, with the spread between
raters, and the same on the turns whose replies differ (when the folder holds
``transcripts_a.json`` and ``transcripts_b.json``), and writes ``summary.json``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
from collections import defaultdict
from pathlib import Path

SEED = 20261130


def normalise(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text).strip()
    if text[:2].isupper() or text[:1] == "I" and text[1:2] in (" ", "'"):
        return text  # shouting or "I": keep the case
    return text[:1].lower() + text[1:]


def make(a: Path, b: Path, out: Path, ids: list[str] | None, groups: int,
         seed: int = SEED) -> None:
    runs = {"A": json.loads(a.read_text()), "B": json.loads(b.read_text())}
    by_id = {name: {c["id"]: c for c in run} for name, run in runs.items()}
    common = [i for i in by_id["A"] if i in by_id["B"] and (not ids or i in ids)]
    rng = random.Random(seed)
    rng.shuffle(common)
    out.mkdir(parents=True, exist_ok=True)
    key: dict[str, dict[str, str]] = {}
    for g in range(groups):
        scenario_ids = common[g::groups]
        items = [(sid, system) for sid in scenario_ids for system in ("A", "B")]
        rng.shuffle(items)
        lines = [f"# Rating file {g + 1}", ""]
        for k, (sid, system) in enumerate(items, 1):
            key[f"{g + 1}:{k}"] = {"system": system, "scenario": sid}
            lines += [f"## Conversation {k}", ""]
            session = -1
            for turn_no, t in enumerate(by_id[system][sid]["turns"], 1):
                if t["session"] != session:
                    session = t["session"]
                    lines.append("[first chat]" if session == 0 else
                                 "[a new chat, some days later]")
                lines.append(f"Teen: {normalise(t['user'])}")
                mark = " (RECALL)" if t.get("recall") else ""
                lines.append(f"Companion [{turn_no}]{mark}: {normalise(t['reply'])}")
            lines.append("")
        (out / f"group_{g + 1}.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, indent=1), encoding="utf-8")
    print(f"{len(common)} scenarios x 2 systems in {groups} groups -> {out}")


def score(folder: Path) -> None:
    key = json.loads((folder / "key.json").read_text())
    per: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    smiles: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    changed = _changed(folder)
    on_changed: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(folder.glob("ratings_*.json")):
        data = json.loads(path.read_text())
        rater = path.stem.removeprefix("ratings_")
        for conv in data["conversations"]:
            seat = key[f"{data['group']}:{conv['conversation']}"]
            per[seat["system"]][rater] += conv["turns"]
            smiles[seat["system"]][rater].append(int(conv.get("smile", 0)))
            on_changed[seat["system"]] += [t for t in conv["turns"]
                                           if (seat["scenario"], t["turn"]) in changed]
    summary = {}
    for system in sorted(per):
        rows = []
        for rater, turns in per[system].items():
            ssa = statistics.mean((t["sensible"] + t["specific"] * t["sensible"]) / 2
                                  for t in turns)
            mem = [t["memory"] for t in turns if t.get("memory") is not None]
            rows.append({
                "rater": rater, "turns": len(turns), "ssa": ssa,
                "sensible": statistics.mean(t["sensible"] for t in turns),
                "specific": statistics.mean(t["specific"] * t["sensible"] for t in turns),
                "warmth": statistics.mean(t["warmth"] for t in turns),
                "misfires": sum(t.get("safety_misfire", 0) for t in turns),
                "memory": statistics.mean(mem) if mem else None,
                "smile": statistics.mean(smiles[system][rater]),
            })
        agg = {k: statistics.mean(r[k] for r in rows if r[k] is not None)
               for k in ("ssa", "sensible", "specific", "warmth", "smile")}
        agg["ssa_spread"] = max(r["ssa"] for r in rows) - min(r["ssa"] for r in rows)
        agg["misfires"] = sum(r["misfires"] for r in rows)
        mems = [r["memory"] for r in rows if r["memory"] is not None]
        agg["memory"] = statistics.mean(mems) if mems else None
        summary[system] = {"raters": rows, "mean": agg}
        print(f"system {system}: " + ", ".join(
            f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in agg.items()))
        if turns := on_changed.get(system):
            mem = [t["memory"] for t in turns if t.get("memory") is not None]
            summary[system]["changed_turns"] = part = {
                "ratings": len(turns),
                "ssa": statistics.mean((t["sensible"] + t["specific"] * t["sensible"]) / 2
                                       for t in turns),
                "warmth": statistics.mean(t["warmth"] for t in turns),
                "memory": f"{sum(mem)} of {len(mem)}"}
            print(f"  on the {len(changed)} turns whose replies differ: " + ", ".join(
                f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in part.items()))
    (folder / "summary.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")


def _changed(folder: Path) -> set[tuple[str, int]]:
    """(scenario, companion turn number) of the turns whose replies differ between
    ``transcripts_a.json`` and ``transcripts_b.json`` in ``folder`` (none when absent)."""
    runs = [folder / "transcripts_a.json", folder / "transcripts_b.json"]
    if not all(p.is_file() for p in runs):
        return set()
    a, b = ({c["id"]: c["turns"] for c in json.loads(p.read_text("utf-8"))} for p in runs)
    return {(sid, n) for sid in a.keys() & b.keys()
            for n, (x, y) in enumerate(zip(a[sid], b[sid], strict=False), 1)
            if x["reply"] != y["reply"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    mk = sub.add_parser("make")
    mk.add_argument("a", type=Path)
    mk.add_argument("b", type=Path)
    mk.add_argument("--out", type=Path, required=True)
    mk.add_argument("--ids", nargs="*")
    mk.add_argument("--groups", type=int, default=2)
    mk.add_argument("--seed", type=int, default=SEED)
    sc = sub.add_parser("score")
    sc.add_argument("folder", type=Path)
    args = ap.parse_args()
    if args.cmd == "make":
        make(args.a, args.b, args.out, args.ids, args.groups, args.seed)
    else:
        score(args.folder)


if __name__ == "__main__":
    main()
