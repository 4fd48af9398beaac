"""Session 21: a short message the risk encoder reads nearly sure, not set in an ordinary day,
is the crisis tier; set in a day ("at 2pm on a saturday", "today") it needs the full bar."""

from __future__ import annotations

import pytest

from amity.nlp.safety import check, checker, is_crisis, risk_encoder

needs_encoder = pytest.mark.skipif(risk_encoder.default() is None,
                                   reason="the risk encoder is not installed")


@needs_encoder
def test_near_sure_risk_without_words_is_crisis() -> None:
    # the int8 encoder's fourth decimal moves with the onnxruntime build ("standing on the
    # tracks rn..." read 0.9970 in session 21 and 0.99697 with onnxruntime 1.32): every line
    # read in the band is the crisis tier, and at least one of them is read in it
    texts = ["cant wait to not exist tbh",
             "standing on the tracks rn. its so quiet out here. not moving"]
    scores = risk_encoder.default().scores(texts)  # type: ignore[union-attr]
    band = [t for t, s in zip(texts, scores, strict=True)
            if checker.CHAT_NEAR <= float(s) < checker.CHAT_SURE]
    assert band  # the band this rule is for
    assert all(is_crisis(check(t, ["age:15"])) for t in band)


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
