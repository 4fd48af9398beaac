"""What the user said, said back to them: "i was baking" is "you were baking", never
"you you're baking" (a "were" read as "we're")."""

from __future__ import annotations

import pytest

from amity.voice.recall_words import second_person


@pytest.mark.parametrize(("said", "back"), [
    ("i was baking cookies for my best friend", "you were baking cookies for your best friend"),
    ("we were at the lake", "you were at the lake"),
    ("we're going to the lake", "you're going to the lake"),
    ("me and my sister", "you and your sister"),
])
def test_said_back_in_the_second_person(said: str, back: str) -> None:
    assert second_person(said) == back
