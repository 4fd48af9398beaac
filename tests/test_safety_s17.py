"""Safety misfires found in session 17's memory conversations: a goodbye with "luv u" is
the end of a chat, not a goodbye of risk."""

from __future__ import annotations

import pytest

from amity.nlp.safety import check, is_crisis


@pytest.mark.parametrize("text", ["ok bye luv u", "bye luv u", "ok byeee ilysm",
                                  "ok bye lub u sm"])
def test_a_loving_sign_off_is_no_crisis(text: str) -> None:
    assert not is_crisis(check(text))


def test_a_goodbye_of_risk_still_is() -> None:
    assert is_crisis(check("bye. love you all. im sorry"))


@pytest.mark.parametrize("text", [
    "ok its monday and the 6 train was delayed for 40 min so im already over it",
    "so im just gonna keep it to myself for now probably",
    "im so over this group project honestly",
])
def test_everyday_words_of_risk_are_no_crisis(text: str) -> None:
    # the memory conversations of session 17 gave the first two the crisis reply
    assert not is_crisis(check(text))


@pytest.mark.parametrize("text", [
    "the pills are lined up on my desk and everyones asleep",
    "im so over everything. i dont want to be here anymore",
])
def test_risk_said_without_the_words_is_still_a_crisis(text: str) -> None:
    assert is_crisis(check(text))


def test_a_models_own_chat_bar_is_read(tmp_path) -> None:  # noqa: ANN001
    import json

    from amity.nlp.safety import risk_encoder

    if risk_encoder.default() is None:
        pytest.skip("the risk encoder is not installed")
    meta = json.loads(risk_encoder.META_PATH.read_text("utf-8"))
    (tmp_path / "m.json").write_text(json.dumps({**meta, "chat_sure": 0.997}), "utf-8")
    enc = risk_encoder.RiskEncoder(risk_encoder.MODEL_PATH, tmp_path / "m.json")
    assert enc.chat_sure == 0.997
    (tmp_path / "n.json").write_text(json.dumps({k: v for k, v in meta.items()
                                                 if k != "chat_sure"}), "utf-8")
    assert risk_encoder.RiskEncoder(risk_encoder.MODEL_PATH, tmp_path / "n.json").chat_sure \
        is None
