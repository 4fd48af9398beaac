"""The ConvAI2 persona evaluation: parsing, subset, metrics and both columns, no model."""

from __future__ import annotations

from pathlib import Path

import pytest

from amity import ScriptedBackend
from amity.evals import persona
from amity.evals.persona_data import (
    distinct_n,
    parse_convai2,
    sample_turns,
    self_repeats,
)
from amity.metrics import parlai_f1 as f1
from amity.metrics import parlai_normalize as normalize

FIXTURE = """1 your persona: i have two dogs.
2 your persona: i work as a nurse.
3 hi , how are you ?\ti am good , just walked my two dogs .
4 nice ! what do you do ?\ti am a nurse at the hospital .
5 cool . i am a teacher .\tdo you like teaching kids ?
1 your persona: i love pizza.
2 your persona: i live in ohio.
3 hello !\thi ! i just ate some pizza .
4 where are you from ?\ti live in ohio , you ?
"""


def test_parse_reads_personas_and_turns() -> None:
    dialogues = parse_convai2(FIXTURE)
    assert len(dialogues) == 2
    assert dialogues[0].persona == ("i have two dogs.", "i work as a nurse.")
    assert dialogues[0].turns[1] == ("nice ! what do you do ?", "i am a nurse at the hospital .")
    assert len(dialogues[1].turns) == 2


def test_parlai_normalisation_and_f1() -> None:
    assert normalize("The dog's   BALL, a toy!") == "dog s ball toy"
    assert f1("i am a nurse", "I am a nurse.") == 1.0
    assert f1("hello", "goodbye") == 0.0
    assert f1("i like dogs", "i like cats") == pytest.approx(2 / 3)


def test_subset_is_seeded_and_stable() -> None:
    dialogues = parse_convai2(FIXTURE)
    assert sample_turns(dialogues, 4, seed=0) == sample_turns(dialogues, 4, seed=0)
    assert len(sample_turns(dialogues, 4, seed=0)) == 4
    assert len(set(sample_turns(dialogues, 5, seed=1))) == 5


def test_distinct_and_self_repeat() -> None:
    assert distinct_n(["a b c", "a b c"], 2) == pytest.approx(0.5)  # articles drop: "b c" x2
    assert self_repeats(["i like dogs .", "what about you ?", "i like dogs !"]) == 1
    assert self_repeats(["one thing", "another thing entirely"]) == 0


def test_both_columns_run_on_any_backend(tmp_path: Path) -> None:
    dialogues = parse_convai2(FIXTURE)
    turns = sample_turns(dialogues, 4, seed=0)
    baseline = persona.baseline_reply(ScriptedBackend(["i am a nurse ."]))
    plain = persona.turn_metrics(baseline, dialogues, turns)
    plain_repeat = persona.self_repeat(baseline, dialogues, [0, 1])
    reply, close = persona.amity_reply(
        tmp_path, ScriptedBackend(["How can I assist you?", "i am a nurse , you ?"]),
        best_of=2)
    try:
        ours = persona.turn_metrics(reply, dialogues, turns)
        repeat = persona.self_repeat(reply, dialogues, [0, 1])
    finally:
        close()
    assert plain["f1"] > 0 and ours["f1"] > 0
    assert all(e["reply"] == "i am a nurse , you ?" for e in ours["examples"])
    assert plain_repeat > 0  # the plain column says the same thing every turn
    assert repeat < plain_repeat  # the engine draws again rather than repeat itself


def test_hits_at_1_needs_a_model_from_training() -> None:
    dialogues = parse_convai2(FIXTURE)
    turns = sample_turns(dialogues, 2, seed=0)
    assert persona.hits_at_1(dialogues, turns) == {"baseline": None, "amity": None}


def test_hits_at_1_ranks_with_the_model_it_is_given() -> None:
    from amity.evals.persona_data import Dialogue

    dialogues = [Dialogue(("i like tea.",), ((f"question {i} ?", f"answer number {i} ."),))
                 for i in range(25)]
    loaded: list[Path | None] = []

    class GoldFirst:
        def loglik(self, prefix: str, continuations: list[str]) -> list[float]:
            assert prefix.endswith("<|im_start|>assistant\n")
            assert all(c.endswith("<|im_end|>") for c in continuations)
            return [1.0] + [0.0] * (len(continuations) - 1)

    def load(adapter: Path | None) -> GoldFirst:
        loaded.append(adapter)
        return GoldFirst()

    out = persona.hits_at_1(dialogues, [(0, 0), (1, 0)], load_lm=load)
    assert out["baseline"] == 1.0 and 0.0 <= (out["amity"] or 0.0) <= 1.0
    assert loaded[0] is None  # the plain model first; then the adapter, if one ships
