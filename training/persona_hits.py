"""The whole persona evaluation, hits@1 included: ``amity eval persona`` plus the torch model.

``amity.evals.persona.run`` scores hits@1 with a log-likelihood model that needs torch and
gguf (the ``train`` extra), so the package leaves it out; this script passes the torch port
of the shipped model (``persona_lm.load``) and prints the same JSON table with
``hits_at_1`` filled in.

    python training/persona_hits.py --data ../shared/data [--limit N]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from persona_lm import load

from amity.evals.persona import run


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--limit", type=int, default=None, help="turns (default: the full subset)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    print(json.dumps(run(args.data, args.limit, seed=args.seed, load_lm=load), default=str))


if __name__ == "__main__":
    main()
