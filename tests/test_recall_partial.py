"""A memory half kept: "when is my chem test?" after the test was told but not its day
gets "I remember your chem test! I'm blanking on when..." (never a made-up day), and a
thing never told still gets "I don't think you told me"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from amity.nlp import embed, emotion
from amity.nlp.question import focus
from amity.types import MemoryHit, Message, TurnView
from amity.voice import Voice, recall
from amity.voice.recall_partial import Partial, partial
from amity.voice.recall_said import Said

NOW = datetime(2026, 3, 4, 16, 0, tzinfo=UTC)
TOLD = [Said("going to the concert with maya", "", 1.0), Said("my dog is so lazy", "", 2.0),
        Said("my little sister is so annoying", "", 3.0), Said("the party was wild", "", 4.0)]


def _partial(question: str) -> Partial | None:
    return partial(question, TOLD, recall.asked_words(focus(question))[1])


@pytest.mark.parametrize(("question", "thing", "missing"), [
    ("when is my concert?", "your concert", "when it is"),
    ("whats my dogs name again", "your dog", "the name"),
    ("whats my little sisters name", "your little sister", "the name"),
    ("where is the party", "the party", "where"),
    ("who am i going to the concert with", "the concert", "who"),
])
def test_a_told_thing_and_the_detail_asked(question: str, thing: str, missing: str) -> None:
    half = _partial(question)
    assert half is not None and (half.thing, half.missing) == (thing, missing)


@pytest.mark.parametrize("question", [
    "whats my cats name",  # no cat was told of
    "what did i say about my sister",  # no detail asked
    "how many goals did i score",  # no thing named
])
def test_nothing_told_or_nothing_asked_is_no_half(question: str) -> None:
    assert _partial(question) is None


@pytest.fixture(scope="module")
def voice() -> Voice:
    return Voice(embed.encode)


def _said(role: str, text: str, minutes_ago: int) -> Message:
    return Message(0, 1, role, text, NOW - timedelta(minutes=minutes_ago))  # type: ignore[arg-type]


def _view(text: str, **kw: object) -> TurnView:
    return TurnView("Sam", text, emotion=emotion.detect(text), now=NOW, **kw)  # type: ignore[arg-type]


def test_the_voice_says_what_it_keeps_and_asks_for_the_rest(voice: Voice) -> None:
    history = (_said("user", "ugh my chem test is coming up and im so stressed", 3000),
               _said("assistant", "you've got this!", 3000))
    view = _view("wait when is my chem test again?", history=history)
    best = voice.propose(view)[0]
    assert best.source == "skill:memory_partial"
    assert "chem test" in best.text.lower()
    assert not any(day in best.text.lower() for day in ("monday", "friday", "tomorrow"))


def test_a_thing_never_told_is_still_unknown(voice: Voice) -> None:
    dog = MemoryHit("fact", "Sam's dog is called Biscuit", 1.0, 3)
    view = _view("whats my cats name?", memories=(dog,))
    best = voice.propose(view)[0]
    assert best.source == "skill:memory_unknown" and "Biscuit" not in best.text
