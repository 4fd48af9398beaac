"""Session 19: feelings that are someone else's or lessened, and praise beside someone
(round 18's raters: "mum cried" at a fashion show comforted, "ok slightly less panic"
calmed down, "ur better at remembering stuff than jamie. hes useless" pitied)."""

from __future__ import annotations

import random

import pytest

from amity.types import TurnView
from amity.voice import reading
from amity.voice.gist import gist
from amity.voice.lines import load
from amity.voice.reading import mood
from amity.voice.skills import Turn, fallback
from amity.voice.warmth import _AFFECTION

LINES = load()


@pytest.mark.parametrize(("text", "family"), [
    ("ok slightly less panic", "neutral"),
    ("im not nervous lol", "neutral"),
    ("im not sad im so mad at her", "angry"),  # a lessened cue leaves the others their say
    ("shes got nobody to warn lol", "neutral"),
    ("i feel so alone", "lonely"),
    ("i cried all night", "sad"),
    ("now shes not answering my texts 😭", "sad"),  # a let-down done to the user
    ("my grandpa passed away", "sad"),  # a loss is a cue whoever's it is
])
def test_feelings_that_are_someone_elses_or_lessened(text: str, family: str) -> None:
    assert mood(None, text) == family


def test_a_feeling_word_of_someone_else_is_left_to_the_model() -> None:
    assert mood(None, "mum cried. rob took like 200 photos") == "neutral"
    assert mood("sadness", "mum cried. rob took like 200 photos") == "sad"


@pytest.mark.parametrize("text", ["ngl ur better at remembering stuff than jamie. hes useless",
                                  "youre way nicer than my actual friends lol"])
def test_praise_beside_someone_is_affection(text: str) -> None:
    assert _AFFECTION.search(text)


def test_a_comparison_of_others_is_no_praise() -> None:
    assert not _AFFECTION.search("is stray kids better than bts")


@pytest.mark.parametrize(("text", "said"), [
    ("ok gotta pack my closet. this is killing me i own 40 hoodies apparently", "40 hoodies"),
    ("also our rabbit nugget escaped into next doors garden yesterday", "Nugget"),
    ("i failed my driving test", "your driving test"),
    ("fav food is a wawa hoagie and there are no wawas in new mexico", "wawa hoagie"),
    ("my mom LOVED the bowl she put it on the kitchen table", "bowl"),  # not where it was put
])
def test_the_gist_is_the_thing_a_friend_would_name(text: str, said: str) -> None:
    assert gist(text) == said


@pytest.mark.parametrize("text", ["i feel so bad today", "ok i have to go now",
                                  "the goodbye thing at jonahs was so fun", "my mom is mad",
                                  "hey from a motel in oklahoma lol", ""])
def test_no_gist_where_nothing_is_worth_naming(text: str) -> None:
    assert gist(text) is None


def test_a_laugh_and_a_comfort_name_the_gist() -> None:
    funny = "then we got wingstop and he ate like 20 lemon pepper wings 💀"
    got = fallback(Turn(TurnView("Sam", funny), reading.act(funny, LINES.about), "neutral",
                        random.Random(1)), LINES)
    assert any(p.source == "skill:laugh_named" and "20 lemon pepper wings" in p.text
               for p in got)
    assert any(p.source == "skill:laugh" for p in got)  # the plain laugh is still there
    sad = "my dog is sick"
    got = fallback(Turn(TurnView("Sam", sad), reading.act(sad, LINES.about), "sad",
                        random.Random(1)), LINES)
    assert any(p.source == "skill:comfort_named" and "your dog" in p.text for p in got)
    other = "mum cried. rob took like 200 photos"  # not theirs: no "oh no, 200 photos"
    got = fallback(Turn(TurnView("Sam", other), reading.act(other, LINES.about), "sad",
                        random.Random(1)), LINES)
    assert not any(p.source == "skill:comfort_named" for p in got)


@pytest.mark.parametrize(("text", "said"), [
    ("lol ok valeria is yelling at me to get off the computer gtg", "valeria"),  # not "ok valeria"
    ("apparently lulu keeps asking for the crayon girl 😭", "crayon girl"),  # no emoji
])
def test_the_gist_leaves_out_chat_words_and_emoji(text: str, said: str) -> None:
    assert gist(text) == said


@pytest.mark.parametrize("text", ["we have to be there at 8am", "she cried for like 10 min",
                                  "ok whats ur opinion on it"])
def test_times_and_sunnys_things_are_no_gist(text: str) -> None:
    assert gist(text) is None


@pytest.mark.parametrize(("text", "family"), [
    ("ok so i got my chem test back and i got a B+!!! he even wrote 'good improvement'", "happy"),
    ("graduation was class. isla cried, mum cried, i did NOT cry (i did a little)", "happy"),
    ("i got a D!!", "neutral"),
])
def test_round_19_good_news_is_good(text: str, family: str) -> None:
    """Round 19's raters: a B+ and a graduation met with "I'm really sorry"."""
    assert mood(None, text) == family


@pytest.mark.parametrize("text", [
    "also my friend leo might quit club bc he got a job at his dads restaurant",
    "mr pike told this story about a raccoon that got into the gym in 1998"])
def test_someone_elses_job_or_way_in_is_not_celebrated(text: str) -> None:
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    assert not any(p.source.startswith("skill:celebrate") for p in fallback(turn, LINES))
