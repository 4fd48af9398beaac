"""Indirect risk: a goodbye, a means named, a burden, no future, things given away or
self-harm now, said without a death word, reaches the crisis tier when the classifier is
confident; the same small words in ordinary chat, a joke or a topic do not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amity.nlp.safety import check, is_crisis
from amity.nlp.safety.checker import _CONFIDENT, _INDIRECT_MIN, _fuse
from amity.nlp.safety.indirect import indirect_cue
from amity.nlp.safety.rules import Hit

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "training" / "safety_teen"
TEEN_TRAIN = ROOT / "training" / "safety_teen_examples.jsonl"

INDIRECT = [
    "just wanted to say thanks for everything, you won't have to worry about me anymore",
    "i won't be around for the exam anyway",
    "everyone would be better off",
    "my sister can keep my hoodie, i won't need it",
    "i took more than i was supposed to. on purpose",
    "i have a plan now and i've decided",
]
PLAIN = [
    "i wanna do something fun but i dont know what",
    "my grandparents are visiting so i had to sleep on the couch",
    "what should i get my mom for her birthday",
    "i built a whole city in minecraft today",
]


@pytest.mark.parametrize("text", INDIRECT)
def test_indirect_phrases_are_cues(text: str) -> None:
    assert indirect_cue(text)


@pytest.mark.parametrize("text", PLAIN)
def test_plain_chat_has_no_cue(text: str) -> None:
    assert not indirect_cue(text)


# ---- the tier mapping (a stub classifier score through the real fusion) -----------------------
def _tier(text: str, score: float, tier: str = "check") -> str:
    hit = Hit("self_harm", tier, score, 0, len(text), "classifier")  # type: ignore[arg-type]
    out = [h for h in _fuse(text, [], [hit]) if h.category == "self_harm"]
    return out[0].tier if out else "none"


@pytest.mark.parametrize("text", INDIRECT)
def test_a_confident_indirect_reading_is_the_crisis_tier(text: str) -> None:
    assert _tier(text, _INDIRECT_MIN + 0.05) == "high"


def test_an_indirect_reading_under_the_bar_is_not_the_crisis_tier() -> None:
    text = "i won't be around for the exam anyway"
    assert _INDIRECT_MIN - 0.05 >= _CONFIDENT - 0.05
    assert _tier(text, _INDIRECT_MIN - 0.05) != "high"


@pytest.mark.parametrize("text", PLAIN)
def test_a_confident_reading_of_plain_chat_is_not_the_crisis_tier(text: str) -> None:
    assert _tier(text, 0.99) != "high"
    assert _tier(text, 0.99, tier="high") != "high"


@pytest.mark.parametrize("text", [
    "we learned in class that people sometimes say goodbye or give things away before "
    "a suicide attempt",
    "my friend keeps saying everyone would be better off without her, how do i help her",
    "i'm so done with this level lol, bye forever minecraft",
])
def test_a_topic_someone_else_or_a_joke_is_not_promoted(text: str) -> None:
    assert _tier(text, 0.99) != "high"


# ---- the shipped reader on indirect lines -----------------------------------------------------
DAY = ("So today was a pretty normal day. We had a quiz in biology and I think I did okay. "
       "At lunch my friends argued about which pizza place is best. After school I walked "
       "my neighbor's dog around the block because she pays me five bucks. ")
TAIL = ("Then my mom made spaghetti and my brother spilled juice on the table. I still have "
        "an essay due thursday and I haven't started it. Anyway what should I watch tonight?")


def test_a_burden_buried_in_a_long_post_gets_the_crisis_tier() -> None:
    text = (DAY + "Honestly everyone at home would be better off without me and soon they "
            "won't have to deal with me at all. " + TAIL)
    assert is_crisis(check(text))


@pytest.mark.parametrize("text", ["gtg bye sunny thanks for everything today",
                                  "i killed the boss finally after like 40 tries",
                                  "my phone is dying and my charger is at school"])
def test_ordinary_goodbyes_and_game_talk_are_not_a_crisis(text: str) -> None:
    assert not is_crisis(check(text))


# ---- the training lines ---------------------------------------------------------------------
def _lines(name: str) -> set[str]:
    return {x.strip().lower() for x in (SRC / name).read_text("utf-8").splitlines() if x.strip()}


def test_indirect_lines_are_built_as_crisis_and_hard_negatives_as_none() -> None:
    rows = {json.loads(x)["text"].lower(): json.loads(x) for x in TEEN_TRAIN.open(encoding="utf-8")}
    high, hard = _lines("high_indirect.txt"), _lines("negative_hard.txt") | _lines("everyday.txt")
    assert len(high) >= 500 and len(hard) >= 500 and not high & hard
    assert all(rows[t]["labels"] == {"self_harm": "high"} for t in high)
    assert all(rows[t]["labels"] == {} for t in hard)


# ---- a long post: words of risk, not mood alone (a stub classifier that scores everything) ----
def _constant(monkeypatch: pytest.MonkeyPatch, score: float) -> None:
    import numpy as np

    from amity.nlp.embed import DIM
    from amity.nlp.safety import model

    cats = ("self_harm", "sexual")
    logit = float(np.log(score / (1 - score)))
    params = {"W1": np.zeros((DIM, 2), np.float32), "b1": np.array([logit, -30.0], np.float32)}
    stub = model.Classifier(params, cats, {"self_harm": 0.9, "sexual": 0.9},
                            {"self_harm": 0.5, "sexual": 0.5})
    monkeypatch.setattr(model, "default", lambda: stub)


def test_a_confident_reading_of_a_long_post_without_words_of_risk_is_not_a_crisis(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _constant(monkeypatch, 0.99)
    assert not is_crisis(check(DAY + TAIL))


def test_a_confident_reading_of_a_long_post_with_an_indirect_goodbye_is_a_crisis(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _constant(monkeypatch, 0.99)
    assert is_crisis(check(DAY + "I told my sister she can have my room after I'm gone. " + TAIL))


@pytest.mark.parametrize("text", ["took my meds", "forgot my meds again ugh",
                                  "the pain meds made me kinda loopy lol"])
def test_medicine_taken_as_prescribed_is_no_crisis(text: str) -> None:
    assert not any(v.tier == "high" for v in check(text))


@pytest.mark.parametrize("text", ["ive been saving up my meds",
                                  "i took all my pills tonight, every one of them"])
def test_medicine_with_an_amount_or_a_plan_is(text: str) -> None:
    assert any(v.category == "self_harm" and v.tier == "high" for v in check(text))
