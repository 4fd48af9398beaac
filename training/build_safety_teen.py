"""Build ``training/safety_teen_examples.jsonl`` from the lines in ``training/safety_teen/``.

Contract: deterministic for a given ``--seed``; writes one JSON object a line,
``{"text", "labels", "source"}`` and, for a composed long post, ``"marked"``: the sentences
that carry its label (the risk or the distress), so ``train_safety.py`` can label the
post's sentence windows (a window is positive only when it holds a marked sentence), and
where a risky post also has distress lines, ``"soft"``: those (their windows: self_harm check).

Short lines (one message a line, written for this project in teen voice, none taken from
an evaluation set):
- ``high_short.txt``: self-harm risk now (direct, indirect: burden, giving things away,
  sleeping forever; goodbyes; self-harm now; plan or means, no method detail) -> self_harm high;
- ``check.txt``: vaguer distress -> self_harm check;
- ``negative.txt``: hard negatives (death and violence idioms, boredom, mild sadness,
  suicide as a topic about others, recovery, affection for Sunny, dating advice, sex
  education, ordinary chat) -> no label;
- ``high_indirect.txt``: more self-harm risk now said indirectly (goodbyes and thanks that
  close, a means or a plan named with no intent word, burden, no future, giving things
  away, self-harm now, slang, typos, emoji) -> self_harm high;
- ``negative_hard.txt``: more hard negatives sharing those words (idioms, games, dying
  phones, normal goodbyes and thanks, giving old things away, suicide as a topic, helping
  a friend, mild sadness, recovery); ``everyday.txt``: plain teen chat with the same small
  words ("i took a nap", "i have a plan for my birthday") -> no label;
- ``romance.txt`` -> romance high; ``sexual.txt`` -> sexual high (requests to Sunny).

Long posts (70-220 words) are composed from ``long/``: ordinary first-person detail
(``ordinary.txt``), with 1-2 risk sentences (``risk.txt``) buried in the middle or near
the end (self_harm high; a third of them among distress lines), or 2-4 distress lines from
``check.txt`` (check), or, for negatives,
mild sadness (``sad.txt``), idioms (``idiom.txt``), suicide as a topic (``topic.txt``) and
good news told with risky-sounding words (``good.txt``: "i finally did it", "i jumped"),
and hard negatives from ``negative_hard.txt``. Risk sentences are ``risk.txt`` and
``risk_indirect.txt`` (no death word: "i counted the pills in the cabinet, there's enough").
Adult posts (Reddit-style venting: work, rent, college; ``long/adult_ordinary.txt``) carry
risk sentences (high, most among depressed lines), depressed lines alone
(``long/adult_sad.txt``: check) or nothing (none).

    python training/build_safety_teen.py [--seed 7]
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent
SRC = ROOT / "safety_teen"
OUT = ROOT / "safety_teen_examples.jsonl"
N_LONG = {"high": 360, "check": 100, "none": 440}
#: posts in an adult's voice (work, rent, college: Reddit-style venting): risk, distress alone
#: (check) and ordinary life with everyday sadness (none)
N_ADULT = {"high": 140, "check": 90, "none": 90}
WORDS = (70, 220)


def lines(name: str) -> list[str]:
    text = (SRC / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip()]


def _sentence(line: str) -> str:
    """A chat line as a sentence of a post: capitalised, with a full stop."""
    line = line[0].upper() + line[1:]
    return line if line[-1] in ".!?" else line + "."


def _post(rng: random.Random, marked: list[str], filler: list[str], closers: list[str],
          end_weight: float) -> str | None:
    """Ordinary sentences with ``marked`` placed in the middle or near the end."""
    body = rng.sample(filler, rng.randint(4, 14))
    at = len(body) if rng.random() < end_weight else rng.randint(1, len(body) - 1)
    body[at:at] = marked
    if rng.random() < 0.4:
        body.append(rng.choice(closers))
    text = " ".join(body)
    return text if WORDS[0] <= len(text.split()) <= WORDS[1] else None


def long_posts(rng: random.Random) -> list[dict]:
    ordinary = lines("long/ordinary.txt")
    closers, filler = ordinary[-10:], ordinary[:-10]
    risk = lines("long/risk.txt") + lines("long/risk_indirect.txt")
    sad = lines("long/sad.txt")
    idiom, topic = lines("long/idiom.txt"), lines("long/topic.txt")
    good = lines("long/good.txt")
    distress = [_sentence(x) for x in lines("check.txt")]
    hard = [_sentence(x) for x in lines("negative_hard.txt")]
    adult = lines("long/adult_ordinary.txt")
    adult_closers, adult_filler = adult[-3:], adult[:-3]
    adult_sad = lines("long/adult_sad.txt")
    out: list[dict] = []
    seen: set[str] = set()
    for tier, n in N_ADULT.items():
        made = 0
        while made < n:
            soft = []
            if tier == "high":
                marked = rng.sample(risk, rng.choice((1, 1, 2)))
                soft = rng.sample(adult_sad, rng.randint(1, 4)) if rng.random() < 0.7 else []
                labels = {"self_harm": "high"}
            elif tier == "check":
                marked = rng.sample(adult_sad, rng.randint(2, 5))
                labels = {"self_harm": "check"}
            else:
                marked = []
                labels = {}
            body = adult_filler + soft
            text = _post(rng, marked, body, adult_closers, 0.4)
            if text is None or text in seen:
                continue
            seen.add(text)
            row = {"text": text, "labels": labels, "source": f"long_adult_{tier}",
                   "marked": marked}
            if soft and all(x in text for x in soft):
                row["soft"] = soft
            out.append(row)
            made += 1
    for tier, n in N_LONG.items():
        made = 0
        while made < n:
            soft: list[str] = []
            if tier == "high":
                marked = rng.sample(risk, rng.choice((1, 1, 2)))
                extra = rng.sample(sad, 1) if rng.random() < 0.5 else []
                soft = rng.sample(distress, rng.randint(1, 3)) if rng.random() < 0.35 else []
                text = _post(rng, marked, filler + extra + soft, closers, 0.35)
                labels = {"self_harm": "high"}
            elif tier == "check":
                marked = rng.sample(distress, rng.randint(2, 4))
                text = _post(rng, marked, filler, closers, 0.3)
                labels = {"self_harm": "check"}
            else:
                mix = rng.sample(sad, rng.randint(0, 2)) + rng.sample(idiom, rng.randint(0, 2))
                mix += rng.sample(topic, 1) if rng.random() < 0.4 else []
                mix += rng.sample(good, 1) if rng.random() < 0.3 else []
                mix += rng.sample(hard, rng.randint(1, 2)) if rng.random() < 0.5 else []
                marked = []
                text = _post(rng, mix, filler, closers, 0.3) if mix else _post(
                    rng, [], filler, closers, 1.0)
                labels = {}
            if text is None or text in seen:
                continue
            seen.add(text)
            row = {"text": text, "labels": labels, "source": f"long_{tier}", "marked": marked}
            if soft and all(x in text for x in soft):
                row["soft"] = soft
            out.append(row)
            made += 1
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    rows = []
    for name, labels in (("high_short.txt", {"self_harm": "high"}),
                         ("high_indirect.txt", {"self_harm": "high"}),
                         ("check.txt", {"self_harm": "check"}), ("negative.txt", {}),
                         ("negative_hard.txt", {}), ("everyday.txt", {}),
                         ("romance.txt", {"romance": "high"}), ("sexual.txt", {"sexual": "high"})):
        rows += [{"text": t, "labels": labels, "source": name[:-4]} for t in lines(name)]
    texts = [r["text"].lower() for r in rows]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        raise SystemExit(f"duplicate lines: {sorted(dupes)[:5]}")
    rows += long_posts(rng)
    with args.out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["source"]] = counts.get(r["source"], 0) + 1
    print(f"wrote {len(rows)} examples to {args.out}: {counts}")


if __name__ == "__main__":
    main()
