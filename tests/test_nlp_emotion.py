"""amity.nlp.emotion: scores, labels, emoji, awkward inputs, and never raising."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amity.errors import ConfigError
from amity.nlp import emotion
from amity.nlp.emotion import META_PATH, EmotionModel
from amity.types import Emotion

GOEMOTIONS = [
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion",
    "curiosity", "desire", "disappointment", "disapproval", "disgust", "embarrassment",
    "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
    "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
]
HAPPY = {"joy", "excitement", "gratitude", "love", "admiration", "amusement", "optimism",
         "pride", "relief", "approval", "caring"}
SAD = {"sadness", "grief", "disappointment", "remorse", "fear", "nervousness"}


@pytest.fixture(scope="module")
def model() -> EmotionModel:
    return EmotionModel()


def check_shape(e: Emotion, model: EmotionModel) -> None:
    assert isinstance(e, Emotion)
    assert list(e.scores) == GOEMOTIONS
    assert all(0.0 <= s <= 1.0 for s in e.scores.values())
    assert 1 <= len(e.labels) <= model.max_labels
    assert set(e.labels) <= set(GOEMOTIONS)
    assert e.emoji == model.emoji[e.labels[0]]


def test_labels_are_the_28_goemotions_labels(model: EmotionModel) -> None:
    assert model.labels == tuple(GOEMOTIONS)
    assert all(0.0 < t < 1.0 for t in model.thresholds)
    assert set(model.emoji) == set(GOEMOTIONS) and all(model.emoji.values())


@pytest.mark.parametrize(
    "text",
    ["I got the job!!! I'm so happy right now",
     "Thank you so much, this made my whole day",
     "We won the championship, best day ever!"],
)
def test_happy_messages(model: EmotionModel, text: str) -> None:
    e = model.detect(text)
    check_shape(e, model)
    assert e.top in HAPPY, (text, e.labels)
    assert e.emoji in {model.emoji[lab] for lab in HAPPY}


@pytest.mark.parametrize(
    "text",
    ["My grandmother passed away last night and I can't stop crying",
     "I feel so sad and lonely today",
     "I'm really scared about the surgery tomorrow"],
)
def test_sad_messages(model: EmotionModel, text: str) -> None:
    e = model.detect(text)
    check_shape(e, model)
    assert e.top in SAD, (text, e.labels)
    assert e.emoji in {model.emoji[lab] for lab in SAD}
    assert e.scores["joy"] < e.scores[e.top]


def test_labels_pass_thresholds_and_are_sorted(model: EmotionModel) -> None:
    texts = ["lol that is hilarious", "why would you do that?? I'm furious", "ok", "what is this?"]
    for e in model.detect_batch(texts):
        check_shape(e, model)
        s = [e.scores[lab] for lab in e.labels]
        assert s == sorted(s, reverse=True)
        thr = dict(zip(model.labels, model.thresholds, strict=True))
        if e.labels != ("neutral",):
            assert all(e.scores[lab] >= thr[lab] for lab in e.labels)


def test_batch_matches_single_in_order(model: EmotionModel) -> None:
    texts = ["I love this so much", "", "This is terrible news", "hmm, interesting"]
    batch = model.detect_batch(texts)
    assert len(batch) == len(texts)
    # int8 dynamic quantization scales activations per batch: scores move with the batch
    # (mostly by < 0.03, rarely by up to ~0.2), so compare loosely
    for t, b in zip(texts, batch, strict=True):
        one = model.detect(t)
        assert one.top == b.top
        for lab in GOEMOTIONS:
            assert one.scores[lab] == pytest.approx(b.scores[lab], abs=0.2)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\t", "🎉🎉🎉", "😭😭", "Je suis tellement heureuse aujourd'hui !",
     "今日はとても悲しい", "\ud800", "bad \udfff surrogate", "ha" * 50_000, "\x00\x01"],
)
def test_awkward_inputs_give_a_defined_emotion(model: EmotionModel, text: str) -> None:
    check_shape(model.detect(text), model)


def test_blank_text_is_neutral(model: EmotionModel) -> None:
    e = model.detect("  ")
    assert e.labels == ("neutral",) and e.top == "neutral"
    assert e.emoji == model.emoji["neutral"]


def test_bare_string_to_batch_is_rejected(model: EmotionModel) -> None:
    with pytest.raises(TypeError):
        model.detect_batch("oops")


def test_broken_meta_file_is_a_config_error(tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "emotion.json"
    bad.write_text("{not json")
    with pytest.raises(ConfigError):
        EmotionModel(meta_path=bad)
    meta = json.loads(META_PATH.read_text(encoding="utf-8"))
    del meta["emoji"]["joy"]
    bad.write_text(json.dumps(meta))
    with pytest.raises(ConfigError, match="joy"):
        EmotionModel(meta_path=bad)


def test_module_level_detect() -> None:
    assert emotion.detect("thank you!!").top in HAPPY
    assert emotion.default_model() is emotion.default_model()
    assert len(emotion.detect_batch(["a", "b"])) == 2


texts = st.lists(
    st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)), max_size=300
).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_detect_never_raises(text: str) -> None:
    e = emotion.detect(text)
    assert e.labels and e.emoji
    assert all(0.0 <= s <= 1.0 for s in e.scores.values())
