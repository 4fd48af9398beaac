"""Moods round 18 read backwards (session 18): a thing got and cheered ("i got the bmx!!!")
with a story of a brake after it, and happy tears over a gift ("my mom LOVED the bowl she
cried a little")."""

from __future__ import annotations

import pytest

from amity.nlp import emotion
from amity.voice.reading import GOOD_NEWS, mood


@pytest.mark.parametrize(("text", "good"), [
    ("ok so i never told u. i got the bmx!!! went saturday and the lad knocked it down to £80 "
     "bc the back brake was a bit rubbish", True),
    ("we got a puppy!!!", True),
    ("i got detention!!", False),
    ("i got the flu!!", False),
    ("i got the bmx", False),
])
def test_a_thing_got_and_cheered_is_good_news(text: str, good: bool) -> None:
    assert bool(GOOD_NEWS.search(text)) is good


def test_happy_tears_over_a_gift_are_not_sadness() -> None:
    text = "my mom LOVED the bowl she cried a little and put it on the kitchen table"
    assert mood(emotion.detect(text).top, text) not in {"sad", "angry", "anxious"}
    text = "she loved my dog and cried when he died"
    assert mood(emotion.detect(text).top, text) == "sad"
