"""Warmth: the friendship's small turns (session 16, from the rated transcripts of rounds
13-15, where "ngl ur lowkey my favorite person to talk to", "do u ever get tired of hearing
about volleyball", a pun and "is stray kids better than bts" all got "ooh, say more?" or a
comfort line)."""

from __future__ import annotations

import random

import pytest

from amity.nlp.safety import checker
from amity.types import TurnView
from amity.voice import reading
from amity.voice.lines import load
from amity.voice.skills import Turn
from amity.voice.warmth import options, warmth

LINES = load()


def said(text: str) -> list[tuple[str, str]]:
    mood = reading.mood(None, text)
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), mood, random.Random(1))
    return [(p.source, p.text) for p in warmth(turn, LINES)]


@pytest.mark.parametrize(("text", "key"), [
    ("ngl ur lowkey my favorite person to talk to after practice", "moment_affection"),
    ("ngl talking to u is lowkey the best part of rainy days", "moment_affection"),
    ("ur lowkey my fav person to fangirl with ngl", "moment_affection"),
    ("i really like talking to you", "moment_affection"),
    ("do u ever get tired of hearing about volleyball lol be honest", "moment_reassure_thing"),
    ("am i annoying u", "moment_reassure"),
    ("sorry for all the rambling", "moment_reassure"),
    ("ok round 4 is starting wish me luck", "moment_luck"),
    ("why did the cookie go to the doctor... because it felt crummy 🍪 sorry", "moment_pun"),
    ("ok so i have a question", "moment_ask"),
    ("my cousin zara is gonna be there too shes 16 and kinda annoying but also kinda cool",
     "moment_mixed"),
    ("what do u reckon sells better at bake sales, brownies or cookies", "moment_either"),
    ("ok question. is stray kids better than bts. be honest. (the answer is stray kids)",
     "moment_either_theirs"),
])
def test_a_shape_gets_its_lines(text: str, key: str) -> None:
    found = said(text)
    assert found, text
    assert {s for s, _ in found} == {f"skill:{key}"}
    assert all("{" not in t for _, t in found)


@pytest.mark.parametrize("text", [
    "my best friend is moving away",
    "im nervous, wish me luck 😬",  # nerves told: the worry's lines, not a cheer
    "should i text her or wait",  # a decision of theirs (``moments.choice``)
    "would u rather fly or be invisible",  # the would-you-rather's own pick
    "i have so much homework",
    "why did she even say that",
])
def test_other_messages_get_none(text: str) -> None:
    assert said(text) == []


def test_their_own_pick_is_the_pick() -> None:
    text = "also pizza or spicy ramen, whats ur opinion. jk its spicy ramen thats my fav food"
    assert options(text) == ("pizza", "spicy ramen")
    (_, line), *_ = said(text)
    assert "spicy ramen" in line and "pizza" not in line


def test_the_thing_they_worry_about_boring_is_named() -> None:
    lines = [t for _, t in said("do u ever get tired of hearing about volleyball lol")]
    assert lines and all("volleyball" in t for t in lines)


@pytest.mark.parametrize(("text", "mood"), [
    ("why did the cookie go to the doctor... because it felt crummy 🍪 sorry", "happy"),
    ("my cousin is kinda annoying but also kinda cool", "neutral"),
    ("mateo is moving to dayton this summer. its like an hour away but still 😕", "sad"),
    ("went up to granda's farm to see pudding. shes getting old", "sad"),
    ("i got my first paycheck!! $212 after taxes which is kinda sad but still", "happy"),
])
def test_moods_read(text: str, mood: str) -> None:
    assert reading.mood(None, text) == mood


@pytest.mark.parametrize(("text", "name"), [
    ("ok gotta shower im literally covered in grass byeee", "goodbye"),
    ("ok mums calling me down for tea, chips and curry sauce tonight 🍟 byee", "goodbye"),
    ("right im off, da needs the wifi for the match. laters", "goodbye"),
    ("ah well. next time. bye sunny", "goodbye"),
    ("she said bye and left", "statement"),
    ("howya sunny", "greeting"),
    ("hey sunny its luca. bored out of my mind 😴", "bored"),
    ("and how old is my brother", "memory_question"),
    ("whats the guy at work called, the one who showed me the toppings", "memory_question"),
    ("how did i pay for it again", "memory_question"),
    ("what section were we sitting in at the concert", "memory_question"),
    ("whats the topic i said i didnt get? i need to google it", "memory_question"),
    ("and the park was riverside right?", "memory_question"),
    ("whose quince was it again? im sending her the pics", "memory_question"),
    ("how many tickets had we sold when i talked to you? we ended up with 41", "memory_question"),
    ("by how many votes did i win", "memory_question"),
    ("and what day is the show", "memory_question"),
    ("and how tall was the ramp", "memory_question"),
    ("i ate like 4 corn dogs this week. whats the thing i said i put on them", "memory_question"),
    ("and the movie was good right?", "statement"),
    ("whats the song called that goes like la la", "statement"),
    ("how do i get better at math", "statement"),
])
def test_acts_read(text: str, name: str) -> None:
    assert reading.act(reading._squash(text), LINES.about).name == name


@pytest.mark.parametrize(("text", "crisis"), [
    ("ah well. next time. bye sunny", False),
    ("ok that was terrible 😂 laters", False),
    ("ok i have to go now, bye", False),
    ("ok im done for today. bye", False),
    ("i have to go, my mom is calling. bye", False),
    ("this is the last time ill talk to u. bye sunny", True),
    ("tell my friends i'm sorry. bye", True),
    ("i have to go now. thank you for everything. bye", True),
    ("i need to go for good. bye", True),
    ("i have to go now. im going to take all my pills. bye", True),
])
def test_a_sign_off_for_now_is_no_goodbye_of_risk(text: str, crisis: bool) -> None:
    assert checker.is_crisis(checker.check(text)) is crisis, text
