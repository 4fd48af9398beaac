"""The rated-reply model (session 56): trained on the replies blind raters marked in the
team's own rounds, it guesses how likely a reply is to be found sensible and specific, and
the ranker weighs that guess (``rank.rated_parts``). Its rows come from the round folders
(``training/rated_data.py``), which this file checks on a round written here."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from amity.nlp import embed
from amity.types import Message, TurnView
from amity.voice import Voice, rank
from amity.voice.ranker_model import default_ranker
from amity.voice.rated import MODEL_PATH, RatedModel, default_rated, side_a

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))
from rated_data import load  # noqa: E402

T0 = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)


def _msg(role: str, text: str) -> Message:
    return Message(0, 1, role, text, T0)  # type: ignore[arg-type]


def test_side_a_reads_the_message_then_the_talk_newest_first() -> None:
    before = [("user", "my dog is pickle"), ("assistant", "Pickle!! love that")]
    assert side_a("he ate my homework", before, False) == \
        "he ate my homework / me: Pickle!! love that / you: my dog is pickle"
    assert side_a("hiii", [], True) == "(new chat) / hiii"


@pytest.fixture(scope="module")
def model() -> RatedModel:
    got = default_rated()
    assert got is not None, f"{MODEL_PATH} is missing"
    return got


def test_the_model_gives_two_probabilities_a_reply(model: RatedModel) -> None:
    probs = model.scores("my dog pickle is sleeping on my homework lol", [], False,
                         ["Pickle on your homework 😂 iconic", "ok.", ""])
    assert probs.shape == (3, 2)
    assert ((probs >= 0) & (probs <= 1)).all()
    assert model.scores("hi", [], False, []).shape == (0, 2)


@pytest.mark.parametrize(("text", "specific", "plain"), [
    ("my dog pickle is sleeping on my homework lol",
     "Pickle sleeping on your homework 😂 what a legend", "okay, I'm listening! what else?"),
    ("we got 2nd out of 12 teams at the robotics thing!!",
     "2nd out of 12 teams?! that's huge 🎉", "hmm, how do you feel about that?"),
    ("my grandma is teaching me to make tamales saturday",
     "tamales with your grandma on saturday, that sounds so fun 🫔", "huh, okay! tell me more?"),
])
def test_a_reply_that_names_the_message_reads_more_specific(
        model: RatedModel, text: str, specific: str, plain: str) -> None:
    probs = model.scores(text, [], False, [specific, plain])
    assert probs[0, 1] > probs[1, 1] + 0.2


def _view(text: str, history: tuple[tuple[str, str], ...] = ()) -> TurnView:
    return TurnView("Sam", text, history=tuple(_msg(r, t) for r, t in history))


class _Prefers:
    """A stand-in model that finds one reply sensible and specific and no other."""

    def __init__(self, liked: str) -> None:
        self.liked = liked
        self.calls: list[tuple[str, list[tuple[str, str]], bool, list[str]]] = []

    def __call__(self, user: str, before: list[tuple[str, str]], new_chat: bool,
                 replies: list[str]) -> np.ndarray:
        self.calls.append((user, list(before), new_chat, list(replies)))
        return np.array([[0.9, 0.9] if r == self.liked else [0.2, 0.1] for r in replies])


def test_rated_parts_center_on_the_median_and_leave_memory_answers() -> None:
    class P:
        def __init__(self, text: str, source: str) -> None:
            self.text, self.source = text, source

    kept = [(P("a", "skill:ack"), {}), (P("b", "bank"), {}), (P("c", "skill:memory"), {})]
    rated = _Prefers("a")
    view = _view("hey", (("user", "old"), ("assistant", "older reply"), ("user", "x"),
                         ("assistant", "last reply")))
    rank.rated_parts(view, kept, rated)
    assert kept[0][1]["rated"] == pytest.approx(0.75)
    assert kept[1][1]["rated"] == pytest.approx(0.0)
    assert "rated" not in kept[2][1]
    assert rated.calls[0][1] == [("user", "x"), ("assistant", "last reply")]
    new = TurnView("Sam", "hiii", history=view.history, new_session=True)
    rank.rated_parts(new, kept, rated)
    assert rated.calls[1][1] == [] and rated.calls[1][2] is True


def test_the_voice_picks_what_the_rated_model_prefers() -> None:
    text = "he hugged it for like 20 min straight and wont let it out of his sight now"
    plain = Voice(embed.encode).propose(_view(text))
    assert len(plain) >= 2
    liked = plain[1].text
    rated = _Prefers(liked)
    picked = Voice(embed.encode, rated=rated).propose(_view(text))
    assert picked[0].text == liked
    assert rated.calls


@pytest.mark.parametrize("text", [
    "do u have neighbors? wait thats a dumb question lol",
    "he hugged it for like 20 min straight and wont let it out of his sight now",
    "my cousin says i should try out for the school team next year. idk maybe",
])
def test_the_rated_model_orders_lines_but_drops_none(text: str) -> None:
    plain = Voice(embed.encode).propose(_view(text))
    last = plain[-1].text

    def dislikes_last(user: str, before: list, new_chat: bool, replies: list[str]) -> np.ndarray:
        return np.array([[0.1, 0.1] if r == last else [0.9, 0.9] for r in replies])

    rated = Voice(embed.encode, rated=dislikes_last).propose(_view(text))
    assert len(plain) >= 2 and {c.text for c in rated} == {c.text for c in plain}
    assert rated[-1].text == last


@pytest.mark.parametrize("text", ["whats my dogs name again", "whats ur fave season"])
def test_a_memory_question_or_one_about_sunny_is_not_weighed(text: str) -> None:
    rated = _Prefers("nothing")
    Voice(embed.encode, rated=rated).propose(_view(text))
    assert rated.calls == []


@pytest.mark.parametrize(("before", "text", "vetoed"), [
    ("", "ok byee sunny 💙", True),
    ("", "aight im out, bye sunny", True),
    ("", "ok im so tired, gn sunny", False),
    ("practice was 3 hours i could sleep for a week", "ok bye", False),
])
def test_no_goodnight_for_a_tired_teen_who_never_said_so(before: str, text: str,
                                                         vetoed: bool) -> None:
    line = "byeee, go sleep, you sound exhausted lol 😴"
    assert rank.presumes(line, f"{before} {text}", f"{before} {text}".strip()) is vetoed


def _round(folder: Path, reply_b: str) -> None:
    folder.mkdir(parents=True)
    turns = [{"session": 0, "index": 0, "user": "hi", "reply": "heyy", "source": "skill:greet"},
             {"session": 0, "index": 1, "user": "my dog is pickle", "reply": "Pickle!!",
              "source": "skill:echo_pet"},
             {"session": 1, "index": 0, "user": "hey again", "reply": reply_b,
              "source": "skill:greet_again"}]
    other = [dict(t) for t in turns]
    other[2]["reply"] = "what's new?"
    (folder / "transcripts_a.json").write_text(json.dumps([{"id": "s1", "turns": other}]))
    (folder / "transcripts_b.json").write_text(json.dumps([{"id": "s1", "turns": turns}]))
    (folder / "key.json").write_text(json.dumps({"1:1": {"system": "A", "scenario": "s1"},
                                                 "1:2": {"system": "B", "scenario": "s1"}}))
    marks = [{"turn": 1, "sensible": 1, "specific": 0},
             {"turn": 2, "sensible": 1, "specific": 1},
             {"turn": 3, "sensible": 0, "specific": 0}]
    (folder / "ratings_r1.json").write_text(json.dumps({"group": 1, "rater": "r1",
        "conversations": [{"conversation": 1, "turns": marks},
                          {"conversation": 2, "turns": marks}]}))


def test_rows_merge_the_same_reply_and_keep_their_talk(tmp_path: Path) -> None:
    _round(tmp_path / "round12b", "hey you! how's Pickle?")
    (tmp_path / "round13").mkdir()  # no key: not a round
    rows = load(tmp_path)
    by = {(r.user, r.reply): r for r in rows}
    assert len(rows) == 4  # A and B say the first two replies alike
    assert by[("hi", "heyy")].sensible == [1, 1] and by[("hi", "heyy")].new_chat
    pet = by[("my dog is pickle", "Pickle!!")]
    assert pet.before == [("user", "hi"), ("assistant", "heyy")] and not pet.new_chat
    assert pet.labels == (1.0, 1.0) and pet.number == 12
    again = by[("hey again", "hey you! how's Pickle?")]
    assert again.before == [] and again.new_chat and again.labels == (0.0, 0.0)


def test_the_app_weighs_the_rated_model(tmp_path: Path) -> None:
    from amity.app import default_stages
    from amity.config import Settings
    from amity.persona import CharacterLibrary
    from amity.store import Store

    settings = Settings(home=tmp_path)
    persona = CharacterLibrary(settings.home).get(settings.character)
    stages = default_stages(settings, Store(settings.db_url()), persona)
    assert getattr(stages.voice, "rated", None) is not None


@pytest.mark.parametrize(("text", "low"), [
    ("ngl i was nervous at first but then it was fine", False),
    ("i was so scared before the audition but it turned out great", False),
    ("i was nervous and then i froze on stage", True),
    ("im so nervous for tomorrow", True),
])
def test_a_worry_told_as_over_is_not_low(text: str, low: bool) -> None:
    from amity.nlp import emotion
    from amity.voice.lines import LOW_MOODS

    view = TurnView("Sam", text, emotion=emotion.detect(text))
    _, mood, _, _ = Voice(embed.encode).read(view)
    assert (mood in LOW_MOODS) is low


def test_no_condolences_to_a_message_not_read_sad() -> None:
    from amity.nlp import emotion

    def first(text: str) -> str:
        view = TurnView("Sam", text, emotion=emotion.detect(text))
        voice = Voice(embed.encode, response_score=default_ranker().score)
        return voice.propose(view)[0].text.lower()

    assert not any(w in first("grandpa wants to go again in february, i said yes obviously")
                   for w in ("sorry", "heavy", "loss"))
    assert "sorry" in first("my grandpa passed away last week and i miss him so much")
