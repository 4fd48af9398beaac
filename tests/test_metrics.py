"""amity.metrics: the one token F1 and its SQuAD and ParlAI normalisations."""

from __future__ import annotations

import pytest

from amity.metrics import parlai_f1, parlai_normalize, squad_f1, squad_tokens, token_f1


def test_token_f1_clips_counts_and_handles_empty() -> None:
    assert token_f1(["a", "b"], ["a", "b"]) == 1.0
    assert token_f1(["a", "a", "b"], ["a", "c"]) == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
    assert token_f1([], ["a"]) == 0.0
    assert token_f1(["a"], []) == 0.0
    assert token_f1(["x"], ["y"]) == 0.0


def test_squad_normalisation_drops_punctuation_articles_and_and() -> None:
    assert squad_tokens("The cat, and a Dog!") == ["cat", "dog"]
    assert squad_f1("7 May 2023", "7 may, 2023") == 1.0
    assert squad_f1("the", "a") == 0.0


def test_parlai_normalisation_keeps_and_and_splits_on_punctuation() -> None:
    assert parlai_normalize("The dog's   BALL, and a toy!") == "dog s ball and toy"
    assert parlai_f1("i like dogs", "i like cats") == pytest.approx(2 / 3)
