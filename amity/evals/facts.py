"""MSC evaluation of ``amity.nlp.facts.extract``: precision and recall of persona facts.

Contract: ``run(data_dir) -> dict`` reads ``memory/msc/msc_personasummary/session_1/
test.txt`` under ``data_dir`` (Multi-Session Chat, ParlAI; evaluation only: it is read
from there, never copied). Each line is a dialogue; each turn has ``text`` and, when the
speaker stated something about themselves, ``persona_text``: the annotators' persona
sentences for that turn ("I have a dog. I like running, camping, hiking."). Every turn is
passed to ``extract`` with the dialogue's previous 8 turns as context; its facts are
compared with that turn's gold sentences (a turn without ``persona_text`` has none).

Matching rule: a fact's words are the content words of its object (of its subject and
predicate too when the object has none: "Joe relation husband"); a gold sentence's are
its content words. Content words are lower-cased, stripped of a plural/-ing/-ed suffix,
not in a short stop list (pronouns, articles, "be", "have", "like", "love", ...), and a
few family and pet synonyms are merged ("kids" = "children", "mom" = "mother").
A fact matches a gold sentence when at least half of its words, and at least one, occur
in the sentence. Precision = facts matching some gold sentence of their turn / facts;
recall = gold sentences matched by some fact of their turn / gold sentences. The rule
ignores polarity ("I like meat" would match gold "I don't eat meat") and predicates.

Split: dialogues 0-99 are the development slice (the rules were tuned by reading those
only); the headline keys ``facts_precision`` / ``facts_recall`` are on dialogues 100-500,
which were not read. ``dev_*`` and ``all_*`` keys give the other two views.

What it does not know: MSC's gold is what crowd workers chose to write down; it misses
facts a turn states (so precision is a lower bound) and paraphrases freely.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from amity.nlp.facts import extract
from amity.types import Fact

__all__ = ["content_words", "matches", "run"]

DEV_DIALOGUES = 100
CONTEXT_TURNS = 8
_NOW = datetime(2024, 6, 3, 12, 0)  # fixed so runs are reproducible
_STOP = frozenset(
    "i me my mine myself we our us you your he she it they them his her their its a an the "
    "is am are was were be been being do does did have has had having to of and or but in "
    "on at for with from by as so that this these those there here just really very also "
    "too not no don't can't like likes love loves enjoy enjoys lot lots some any all one "
    "user user's has_pet is has will would can could go going get got im i'm it's".split()
)


def _stem(word: str) -> str:
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + keep
    return word


_SAME = {"kid": "child", "children": "child", "grandkid": "grandchild",
         "grandchildren": "grandchild", "mom": "mother", "mum": "mother", "dad": "father",
         "puppy": "dog", "doggy": "dog", "doggie": "dog", "kitten": "cat", "kitty": "cat",
         "hubby": "husband", "bf": "boyfriend", "gf": "girlfriend", "tv": "television"}


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9']+", text.lower().replace("_", " "))
    stems = (_stem(w.strip("'")) for w in words if w not in _STOP and w.strip("'"))
    return {_SAME.get(w, w) for w in stems}


def _fact_words(fact: Fact) -> set[str]:
    words = content_words(fact.object)
    return words or content_words(f"{fact.subject} {fact.predicate}")


def matches(fact: Fact, gold: str) -> bool:
    """Whether ``fact`` expresses the gold persona sentence (the rule above)."""
    fw, gw = _fact_words(fact), content_words(gold)
    hit = len(fw & gw)
    return hit >= 1 and hit * 2 >= len(fw)


def _msc_file(data_dir: Path) -> Path:
    path = Path(data_dir) / "memory" / "msc" / "msc_personasummary" / "session_1" / "test.txt"
    if not path.is_file():
        raise FileNotFoundError(
            f"MSC not found at {path}: pass the shared data root (the folder holding "
            "memory/msc/msc_personasummary/session_1/test.txt), e.g. --data ../shared/data")
    return path


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text or "") if s.strip()]


def _score(dialogues: Sequence[dict]) -> dict:
    n_facts = n_correct = n_gold = n_found = n_turns = 0
    elapsed = 0.0
    for dialogue in dialogues:
        turns = dialogue["dialog"]
        for i, turn in enumerate(turns):
            context = [t["text"] for t in turns[max(0, i - CONTEXT_TURNS):i]]
            t0 = time.perf_counter()
            facts = extract(turn["text"], context, now=_NOW)
            elapsed += time.perf_counter() - t0
            gold = _sentences(turn.get("persona_text") or "")
            n_turns += 1
            n_facts += len(facts)
            n_gold += len(gold)
            n_correct += sum(any(matches(f, g) for g in gold) for f in facts)
            n_found += sum(any(matches(f, g) for f in facts) for g in gold)
    return {
        "precision": round(n_correct / n_facts, 4) if n_facts else 0.0,
        "recall": round(n_found / n_gold, 4) if n_gold else 0.0,
        "facts": n_facts, "facts_correct": n_correct, "gold": n_gold, "gold_found": n_found,
        "turns": n_turns, "ms_per_turn": round(1000 * elapsed / max(n_turns, 1), 2),
    }


def run(data_dir: Path) -> dict:
    """Precision and recall on MSC session 1 (see the module docstring)."""
    with _msc_file(data_dir).open(encoding="utf-8") as fh:
        dialogues = [json.loads(line) for line in fh if line.strip()]
    test = _score(dialogues[DEV_DIALOGUES:])
    dev = _score(dialogues[:DEV_DIALOGUES])
    result = {"facts_precision": test["precision"], "facts_recall": test["recall"]}
    names = {"facts": "extracted", "facts_correct": "correct"}
    result.update({f"facts_{names.get(k, k)}": v for k, v in test.items()
                   if k not in {"precision", "recall"}})
    result.update({f"dev_{names.get(k, k)}": v for k, v in dev.items()})
    both = {k: test[k] + dev[k] for k in ("facts", "facts_correct", "gold", "gold_found")}
    result["all_precision"] = round(both["facts_correct"] / both["facts"], 4) if both["facts"] \
        else 0.0
    result["all_recall"] = round(both["gold_found"] / both["gold"], 4) if both["gold"] else 0.0
    result["split"] = f"test = dialogues {DEV_DIALOGUES}-{len(dialogues) - 1}; dev = 0-" \
                      f"{DEV_DIALOGUES - 1}"
    return result
