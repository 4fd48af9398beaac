"""The reply bank keeps a reply only when it is about this message's subject."""

from __future__ import annotations

import pytest

from amity.nlp import embed, emotion
from amity.types import TurnView
from amity.voice import Voice, rank, reading
from amity.voice.bank import Bank, Hit
from amity.voice.lines import Exchange, load


@pytest.fixture(scope="module")
def bank() -> Bank:
    return Bank(load(), embed.encode)


def test_a_reply_about_its_own_subject_strays(bank: Bank) -> None:
    flavour = Hit(Exchange(1, "opinion_debate", "neutral", (), "whats the best ice cream flavor",
                           "cookie dough feels like the right answer, two desserts in one 🍦",
                           "I love a good this-or-that question. which side are you on?"), 0.55)
    message = "ok quick one, is a sunday or a monday worse for a birthday"
    assert bank.strays(flavour, flavour.exchange.reply, message)
    assert not bank.strays(flavour, flavour.exchange.reply, "mint chip or cookie dough ice cream")
    # the general line fits any this-or-that question
    assert not bank.strays(flavour, flavour.exchange.general, message)


@pytest.mark.parametrize(("text", "stray"), [
    ("ngl i did a little dance after lol", "rainy days"),
    ("my grandma was in the front row crying", "start forgetting"),  # (at a recital)
])
def test_the_voice_offers_no_stray_bank_line(text: str, stray: str) -> None:
    got = Voice(embed.encode).propose(TurnView("Sam", text, emotion=emotion.detect(text)))
    assert got and not any(stray in c.text for c in got)


@pytest.mark.parametrize(("text", "label", "not_mood"), [
    # tears of laughter, a laughed-off fall, a time cut in a race (round 15's misreads)
    ("my dog just stole my brothers sock and is running around the house with it im crying",
     "sadness", "sad"),
    ("it was awkward but then we fell at the same time skating and couldnt stop laughing",
     "embarrassment", "embarrassed"),
    ("and i dropped 2.4 seconds in the 100 free so i think im on the relay now", "sadness",
     "sad"),
])
def test_good_news_and_laughter_are_not_comforted(text: str, label: str, not_mood: str) -> None:
    assert reading.mood(label, text) != not_mood


@pytest.mark.parametrize("text", [
    "my dog died this morning im crying",
    "i tripped in front of my whole class and everyone laughed at me",
])
def test_real_tears_and_being_laughed_at_still_are(text: str) -> None:
    assert reading.mood("sadness", text) == "sad"


def test_what_is_yours_is_not_asked_after_they_said_theirs() -> None:
    text = "whats ur fav ice cream flavor? mine is mint chip"
    got = Voice(embed.encode).propose(TurnView("Sam", text, emotion=emotion.detect(text)))
    assert got and not any(c.text.rstrip().endswith(("what's yours?", "what about you?"))
                           for c in got)
    assert rank.without_own_ask("chocolate, obviously 🍫 what's yours?", text) == \
        "chocolate, obviously 🍫"
    assert rank.without_own_ask("what's yours?", text) == ""  # nothing left: not offered
    assert rank.without_own_ask("what's yours?", "whats ur fav ice cream") == "what's yours?"
