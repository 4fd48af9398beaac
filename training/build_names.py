"""Add the US Census first names to amity's first-name list (``facts_names.tsv``).

    python training/build_names.py --census DIR [--goemotions ../shared/data/goemotions]
    python training/build_names.py --extra training/names/world.tsv

``--extra`` adds the team's own list (``name<TAB>f/m/blank``) the same way, through the
same common-word filter; with ``--keep`` it adds them all (a list the team checked by hand
for English words: teens write names in lower case, so "eli", "nate" and "trevor" fail the
casing test in GoEmotions and in the team's own teen lines).

Contract: reads ``dist.female.first`` and ``dist.male.first`` (the 1990 US Census first
names, as shipped by the ``names`` package 0.3.0, MIT; the census lists are public domain)
from ``--census`` and appends to ``amity/nlp/data/facts_names.tsv`` every name it does not
hold yet: ``f`` or ``m`` when the name is in one list only, blank when in both. A name that
is also a common word ("will", "may", "rose", "hunter", "summer") is left out: it is kept
only when, in the GoEmotions train comments, it is written capitalized mid-sentence more
often than in lower case, and it is never a word of the team's own Sunny exchanges in
lower case mid-sentence more than twice. Rows already in the file are kept as they are.
Prints how many it added and the common words it left out.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "amity" / "nlp" / "data" / "facts_names.tsv"
_WORD = re.compile(r"(?<=[a-z,;] )([A-Za-z]+)\b")  # a word after a lower-case word: mid-sentence


def census(folder: Path) -> dict[str, str]:
    female = {line.split()[0].lower() for line in (folder / "dist.female.first").open()}
    male = {line.split()[0].lower() for line in (folder / "dist.male.first").open()}
    return {n: "f" if n not in male else "m" if n not in female else "" for n in female | male}


def casing(texts: list[str]) -> tuple[Counter[str], Counter[str]]:
    """(lower-case, capitalized) counts of each word written mid-sentence."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        for word in _WORD.findall(text):
            (upper if word[0].isupper() else lower)[word.lower()] += 1
    return lower, upper


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--census", type=Path)
    ap.add_argument("--extra", type=Path, help="a name<TAB>gender list of the team's own")
    ap.add_argument("--keep", action="store_true", help="no common-word filter for --extra")
    ap.add_argument("--goemotions", type=Path, default=ROOT.parent / "shared" / "data" /
                    "goemotions")
    args = ap.parse_args()
    lines = OUT.read_text(encoding="utf-8").splitlines()
    have = {line.split("\t")[0] for line in lines if line and not line.startswith("#")}
    comments = [row.split("\t")[0] for row in
                (args.goemotions / "train.tsv").read_text(encoding="utf-8").splitlines()]
    lower, upper = casing(comments)
    ours = [line for path in sorted((ROOT / "training" / "voice").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]
    own_lower, _ = casing(ours)
    added, common = [], []
    found = census(args.census) if args.census else {}
    if args.extra:
        found |= {row.split("\t")[0]: (row.split("\t") + [""])[1].strip() for row in
                  args.extra.read_text(encoding="utf-8").splitlines()
                  if row.strip() and not row.startswith("#")}
    for name, gender in sorted(found.items()):
        if name in have:
            continue
        if not args.keep and (lower[name] >= max(1, upper[name]) or own_lower[name] > 2):
            common.append(name)
            continue
        added.append(f"{name}\t{gender}")
    OUT.write_text("\n".join([*lines, *added]) + "\n", encoding="utf-8")
    print(f"added {len(added)} names; left out {len(common)} common words: "
          f"{' '.join(common[:80])} ...")


if __name__ == "__main__":
    main()
