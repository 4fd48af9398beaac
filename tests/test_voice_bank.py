"""The reply bank keeps a reply only when it is about this message's subject."""

from __future__ import annotations

import pytest

from amity.nlp import embed, emotion
from amity.types import TurnView
from amity.voice import Voice
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
