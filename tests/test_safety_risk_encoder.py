"""The fine-tuned risk-now encoder in the checker: a crisis line without the obvious words
gets the crisis verdict, idioms and someone else's crisis do not, and without the model file
the rules and the vector classifier still answer."""

from __future__ import annotations

import numpy as np
import pytest

from amity.nlp.safety import check, checker, is_crisis, risk_encoder

ENCODER = risk_encoder.default()
needs_model = pytest.mark.skipif(ENCODER is None, reason="safety_risk.int8.onnx not shipped")

IDIOMS = [
    "this homework is killing me lol",
    "i could die of boredom in this class",
    "i'm literally dead 💀 that video",
    "my phone is dying and i'm at 2%",
]
OTHERS = [
    "my friend told me she wants to kill herself and i don't know what to do",
    "we had an assembly about suicide prevention today and it was kinda awkward",
    "my cousin attempted last year, she's doing a lot better now",
]


class Fixed:
    """A stand-in encoder with fixed scores and thresholds."""

    def __init__(self, score: float, high: float = 0.9, low: float = 0.1) -> None:
        self.score, self.high, self.low = score, high, low

    def scores(self, texts: list[str]) -> np.ndarray:
        return np.full(len(texts), self.score, dtype=np.float32)


@needs_model
def test_meta_thresholds_are_ordered() -> None:
    assert ENCODER is not None
    assert 0.0 < ENCODER.low < ENCODER.high < 1.0


@needs_model
def test_encoder_reads_risk_not_mood() -> None:
    assert ENCODER is not None
    risk, mood, idiom = ENCODER.scores([
        "i wrote letters for my mom and my sister. tonight i'm finally doing it",
        "today was awful and i cried in the bathroom at lunch",
        "this homework is killing me lol",
    ])
    assert risk >= ENCODER.high
    assert mood < risk and idiom < risk


@needs_model
@pytest.mark.parametrize("text", [
    "i gave my sister my hoodies and wrote everyone letters. i won't be around after tonight",
    "thanks for everything sunny. you were the only one who listened. this is goodbye",
])
def test_indirect_goodbye_is_a_crisis(text: str) -> None:
    assert is_crisis(check(text))


@needs_model
@pytest.mark.parametrize("text", IDIOMS + OTHERS)
def test_idioms_and_others_crises_are_not_crises(text: str) -> None:
    assert not is_crisis(check(text))


def test_a_sure_reading_of_own_risk_is_the_high_tier(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "i gave my sister my hoodies. i won't be around after tonight"
    monkeypatch.setattr(risk_encoder, "default", lambda: Fixed(0.99))
    hits = checker._risk_now(text, [])
    assert [(h.category, h.tier, h.rule) for h in hits] == [("self_harm", "high",
                                                              "risk_encoder")]


@pytest.mark.parametrize("text", IDIOMS + OTHERS[:1] + ["ok bye sunny, gtg!"])
def test_a_sure_reading_never_lifts_an_idiom_or_others(monkeypatch: pytest.MonkeyPatch,
                                                      text: str) -> None:
    monkeypatch.setattr(risk_encoder, "default", lambda: Fixed(0.99))
    assert not is_crisis(check(text))


def test_a_sure_no_risk_keeps_a_classifier_high_at_check(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    text = "i feel so empty lately and i cry every night"
    hit = checker.Hit("self_harm", "high", 0.95, 0, len(text), "classifier")
    monkeypatch.setattr(risk_encoder, "default", lambda: Fixed(0.01))
    assert [h.tier for h in checker._risk_now(text, [hit])] == ["check"]
    rule = checker.Hit("self_harm", "high", 0.9, 0, len(text), "kms")
    assert [h.tier for h in checker._risk_now(text, [rule])] == ["high"]  # rules stand


def test_a_very_sure_reading_without_risk_words_needs_a_self_harm_hit(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = "people keep asking why im so happy this week. i set a date and it's thursday"
    enc = Fixed(0.9995)
    enc.sure = 0.999
    monkeypatch.setattr(risk_encoder, "default", lambda: enc)
    # no self-harm reading at all: a chat message read at CHAT_SURE is lifted (session 14);
    # so is a passage of a long post read as one (session 37), and not under that bar
    assert [(h.tier, h.rule) for h in checker._risk_now(text, [])] == \
        [("high", "risk_encoder:chat")]
    story = "we drove to my grandmas on saturday and the traffic was bad. " * 5 + text
    assert [(h.tier, h.rule) for h in checker._risk_now(story, [])] == \
        [("high", "risk_encoder:passage")]
    enc.chat_sure = 0.9999
    assert checker._risk_now(story, []) == []
    long_hit = checker.Hit("self_harm", "check", 0.6, 0, len(story), "classifier")
    tiers = [(h.tier, h.rule) for h in checker._risk_now(story, [long_hit])]
    assert ("high", "risk_encoder:sure") in tiers
    enc.sure = 2.0  # no `sure` in safety_risk.json: the words of risk are needed
    assert [h.tier for h in checker._risk_now(story, [long_hit])] == ["check"]


@pytest.mark.parametrize("text", [
    "my sister set a date and she's been giving her stuff away, i'm so scared for her",
    "we learned the warning signs in health class, like setting a date",
])
def test_a_very_sure_reading_never_lifts_others_or_a_topic(monkeypatch: pytest.MonkeyPatch,
                                                           text: str) -> None:
    enc = Fixed(0.9995)
    enc.sure = 0.999
    monkeypatch.setattr(risk_encoder, "default", lambda: enc)
    hit = checker.Hit("self_harm", "check", 0.6, 0, len(text), "classifier")
    assert all(h.tier == "check" for h in checker._risk_now(text, [hit]))


def test_without_the_model_rules_still_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(risk_encoder, "default", lambda: None)
    assert is_crisis(check("i want to kill myself"))
    assert not is_crisis(check("this homework is killing me lol"))
    text = "i gave my sister my hoodies. i won't be around after tonight"
    assert checker._risk_now(text, []) == []


def test_a_broken_model_does_not_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    class Broken(Fixed):
        def scores(self, texts: list[str]) -> np.ndarray:
            raise RuntimeError("boom")

    monkeypatch.setattr(risk_encoder, "default", lambda: Broken(0.5))
    assert is_crisis(check("i want to kill myself"))


def test_missing_file_gives_none(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # noqa: ANN001
    monkeypatch.setattr(risk_encoder, "MODEL_PATH", tmp_path / "absent.onnx")
    assert risk_encoder.default.__wrapped__() is None
