"""Session 21: a short message the risk encoder reads nearly sure, not set in an ordinary day,
is the crisis tier; set in a day ("at 2pm on a saturday", "today") it needs the full bar."""

from __future__ import annotations

import pytest

from amity.nlp.safety import check, checker, is_crisis, risk_encoder

needs_encoder = pytest.mark.skipif(risk_encoder.default() is None,
                                   reason="the risk encoder is not installed")


@needs_encoder
@pytest.mark.parametrize("text", [
    "cant wait to not exist tbh",
    "standing on the tracks rn. its so quiet out here. not moving",
])
def test_near_sure_risk_without_words_is_crisis(text: str) -> None:
    score = float(risk_encoder.default().scores([text])[0])  # type: ignore[union-attr]
    assert checker.CHAT_NEAR <= score < checker.CHAT_SURE  # the band this rule is for
    assert is_crisis(check(text, ["age:15"]))


@needs_encoder
@pytest.mark.parametrize("text", [
    "its 2pm on a saturday and ive done nothing",
    "i have the pills my doctor gave me for my ear",
])
def test_a_line_set_in_an_ordinary_day_needs_the_full_bar(text: str) -> None:
    assert not is_crisis(check(text, ["age:15"]))


def test_the_day_words() -> None:
    assert checker._DAY_SET.search("its 2pm on a saturday")
    assert checker._DAY_SET.search("drove past it three times today")
    assert not checker._DAY_SET.search("cant wait to not exist tbh")
