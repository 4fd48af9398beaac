"""Session 19: feelings that are someone else's or lessened, and praise beside someone
(round 18's raters: "mum cried" at a fashion show comforted, "ok slightly less panic"
calmed down, "ur better at remembering stuff than jamie. hes useless" pitied)."""

from __future__ import annotations

import pytest

from amity.voice.reading import mood
from amity.voice.warmth import _AFFECTION


@pytest.mark.parametrize(("text", "family"), [
    ("ok slightly less panic", "neutral"),
    ("im not nervous lol", "neutral"),
    ("im not sad im so mad at her", "angry"),  # a lessened cue leaves the others their say
    ("shes got nobody to warn lol", "neutral"),
    ("i feel so alone", "lonely"),
    ("i cried all night", "sad"),
    ("now shes not answering my texts 😭", "sad"),  # a let-down done to the user
    ("my grandpa passed away", "sad"),  # a loss is a cue whoever's it is
])
def test_feelings_that_are_someone_elses_or_lessened(text: str, family: str) -> None:
    assert mood(None, text) == family


def test_a_feeling_word_of_someone_else_is_left_to_the_model() -> None:
    assert mood(None, "mum cried. rob took like 200 photos") == "neutral"
    assert mood("sadness", "mum cried. rob took like 200 photos") == "sad"


@pytest.mark.parametrize("text", ["ngl ur better at remembering stuff than jamie. hes useless",
                                  "youre way nicer than my actual friends lol"])
def test_praise_beside_someone_is_affection(text: str) -> None:
    assert _AFFECTION.search(text)


def test_a_comparison_of_others_is_no_praise() -> None:
    assert not _AFFECTION.search("is stray kids better than bts")
