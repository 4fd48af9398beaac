"""Asked for a view, and told a fix (session 10): "is it a good idea to dye my hair blue" got
"how did it turn out?", "what do u think" after "should i text her or wait" got "tell me
more?", "wait no i meant papaya not mango" was not taken, and "im 15 btw" from a returning
teen got "no age for me, I'm an AI!"."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path

import pytest

from amity.types import Message, TurnView
from amity.voice import rank, reading
from amity.voice.lines import load
from amity.voice.opinion import asides
from amity.voice.recall_fix import swaps
from amity.voice.skills import Turn

LINES = load()
NOW = datetime(2026, 3, 2, 16, tzinfo=UTC)


def said(text: str, before: tuple[str, ...] = (), mood: str = "neutral"
         ) -> list[tuple[str, str]]:
    history = tuple(Message(i, 1, "user", t, NOW) for i, t in enumerate(before))
    turn = Turn(TurnView("Sam", text, history=history), reading.act(text, LINES.about), mood,
                random.Random(1))
    return [(p.source, p.text) for p in asides(turn, LINES)]


def keys(text: str, before: tuple[str, ...] = (), mood: str = "neutral") -> set[str]:
    return {source for source, _ in said(text, before, mood)}


@pytest.mark.parametrize(("text", "before", "mood", "key"), [
    ("would u rather have a dog or a cat", (), "neutral", "skill:moment_rather"),
    ("is it a good idea to dye my hair blue", (), "neutral", "skill:moment_good_idea"),
    ("my friend wants me to skip practice. is that a bad idea", (), "anxious",
     "skill:moment_bad_idea"),
    ("what do u think", ("should i text her or wait",), "neutral", "skill:moment_pick"),
    ("idk if i should quit band. what do u think", (), "neutral", "skill:moment_view_choice"),
    ("what do u think", ("my best friend stopped sitting with me at lunch",), "sad",
     "skill:moment_view_low"),
    ("wait no i meant thursday not tuesday", (), "neutral", "skill:moment_fixed"),
    ("im 15 btw", ("hey",), "neutral", "skill:moment_age"),
])
def test_shapes(text: str, before: tuple[str, ...], mood: str, key: str) -> None:
    assert keys(text, before, mood) == {key}


@pytest.mark.parametrize(("text", "before"), [
    ("what do u think", ()),  # nothing to have a view on
    ("what do u think is the strongest point for my side", ("hi",)),  # a question, not a view
    ("im 15", ()),  # the first answer is the age gate's
    ("i like cats not dogs", ()),
    ("also is it bad if he hasnt pooped in 3 days lol sorry tmi", ()),  # a worry: echo.worry
])
def test_quiet(text: str, before: tuple[str, ...]) -> None:
    assert said(text, before) == []


def test_a_fix_in_a_longer_message_ranks_below_its_news() -> None:
    # news first (session 50: the fix is still said back when nothing closer is)
    from amity.voice.opinion import IN_PASSING
    text = ("wait no i meant thursday not tuesday and also my mom said i can go to the concert "
            "with maya and her sister if i finish my chores")
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    found = [p for p in asides(turn, LINES) if p.source == "skill:moment_fixed"]
    assert found and all(p.prior == IN_PASSING for p in found)


def test_would_u_rather_is_answered_with_one_of_its_options() -> None:
    for text in ("would u rather be dorothy or the tin man. be honest",
                 "would u rather be the driver or the programmer if u had to pick"):
        texts = [t for _, t in said(text)]
        assert texts and all(("dorothy" in t or "tin man" in t or "driver" in t
                              or "programmer" in t) and "pick!" not in t for t in texts)
    texts = [t for _, t in said("would u rather have a dog or a cat")]
    assert texts and not any("have a dog" in t for t in texts)


def test_pick_names_the_option_and_fix_the_words() -> None:
    texts = [t for _, t in said("what do u think", ("should i text her or wait",))]
    assert texts and all("text her" in t for t in texts)
    fixed = [t for _, t in said("wait no its sunday not saturday")]
    assert fixed and all("Sunday" in t for t in fixed)
    named = [t for _, t in said("wait no her name is maya not maria autocorrect hates me")]
    assert named and all("Maya" in t for t in named)
    assert all("15" in t for _, t in said("im 15 btw", ("hey",)))


@pytest.mark.parametrize(("text", "pairs"), [
    ("wait no i meant thursday not tuesday", [("tuesday", "thursday")]),
    ("wait no i meant i love papaya not mango", [("mango", "papaya")]),
    ("no wait its march 15 not march 8", [("8", "15")]),
    ("oops i said ohio but i meant indiana", [("ohio", "indiana")]),
    ("sorry 4-6 weeks not 3-4", [("3-4", "4-6")]),
    ("my bad its monday, not tuesday", [("tuesday", "monday")]),
    ("wait no its not ellie its ella", [("ellie", "ella")]),
    ("actually not bad its fine", []),
    ("im not going its late", []),
    ("actually i like cats not dogs", []),  # no plain correction: a preference
    ("sorry not sorry lol", []),
    ("sorry i meant he not she", []),
    ("actually wait i mixed it up, its mondays not tuesdays", [("tuesdays", "mondays")]),
    ("wait no i lied the competition is next sunday not saturday", [("saturday", "sunday")]),
    ("wait no sorry the wedding is may 31. may 24 was the original date", [("24", "31")]),
])
def test_swaps(text: str, pairs: list[tuple[str, str]]) -> None:
    assert swaps(text) == pairs


def test_no_outcome_asked_of_a_plan() -> None:
    assert rank.too_soon("a new hair color is so fun. how did it turn out?",
                         "is it a good idea to dye my hair blue")
    assert not rank.too_soon("a new hair color is so fun. how did it turn out?",
                             "i dyed my hair blue!!")
    assert not rank.too_soon("how did it turn out?",
                             "i dyed my hair teal over the weekend and my school is gonna freak")


def test_a_correction_answers_the_memory_question(tmp_path: Path) -> None:
    """The whole engine (scripted backend): the fixed name and the fixed day are said back."""
    from amity.app import build_engine
    from amity.config import Settings

    engine = build_engine(Settings(home=tmp_path, backend="scripted"))
    for text in ("hi", "im 15", "my dog pickle ate my homework lol",
                 "wait no i meant my dog pancake not pickle"):
        engine.respond("sam", text)
    assert "Pancake" in engine.respond("sam", "whats my dogs name?").text
    for text in ("my recital is on tuesday", "wait no i meant thursday not tuesday"):
        engine.respond("sam", text)
    reply = engine.respond("sam", "what day is my recital?").text.lower()
    assert "thursday" in reply and "tuesday" not in reply


def test_a_fix_that_opens_a_longer_message_is_taken() -> None:
    text = ("wait no i lied the competition is next sunday not saturday, i just checked the "
            "band app 🤦‍♀️")
    assert ("skill:moment_fixed", "ahh okay, Sunday not Saturday! noted 📝") in said(text) or \
        keys(text) == {"skill:moment_fixed"}
    # a fix in passing, news after it: offered only below the other lines (session 50)
    from amity.voice.opinion import IN_PASSING
    text = ("so the competition is next sunday not saturday and also we got new uniforms and "
            "the bus leaves at six and i am so tired")
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    assert all(p.prior == IN_PASSING for p in asides(turn, LINES)
               if p.source == "skill:moment_fixed")


@pytest.mark.parametrize(("text", "mood", "key"), [
    ("is it dumb that im upset about this", "sad", "skill:moment_not_weird"),
    ("is it mean if i tell him no", "neutral", "skill:moment_not_weird"),
    ("also is it bad if i make a joke about toms terrible karaoke in the speech", "sad",
     "skill:moment_not_weird"),
    ("i open with a story about her crashing into a mailbox. is that good or cringe", "neutral",
     "skill:moment_not_weird"),
    ("idk i keep replaying it. do u think i should say sorry to carla or just let it go",
     "sad", "skill:moment_pick"),
])
def test_a_view_asked_outright_is_given(text: str, mood: str, key: str) -> None:
    from amity.voice.moments import moments
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), mood, random.Random(1))
    assert key in {p.source for p in moments(turn, LINES)}


def test_what_would_u_do_asked_mid_message_gets_a_view() -> None:
    text = "what do u think i should do about the mom and isabel thing, just stay out of it?"
    assert keys(text, ("ugh my mom and my sister had a huge fight about the seating chart",),
                "sad") & {"skill:moment_view", "skill:moment_view_low"}
