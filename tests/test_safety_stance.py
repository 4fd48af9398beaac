"""Whose risk, and when: a time long past, an idiom inside a long story, someone else's words
and the plain short lines of a plan or an act (issue 13, session 6)."""

from __future__ import annotations

import pytest

from amity.nlp.safety import check, is_crisis
from amity.nlp.safety.checker import _owned_risk
from amity.nlp.safety.risk import topical
from amity.nlp.safety.rules import _other_subject, told_as_past, without_idioms

STORY = ("we had a sub in english so we watched a movie and my friend fell asleep on her desk. "
         "after that i had practice and coach made us do laps for like an hour. ")
END = (" anyway my mom made tacos and my little brother spilled salsa on the couch. "
       "i still have a history essay due friday and i have not even started it")


def crisis(text: str) -> bool:
    return is_crisis(check(text, ["age:15"]))


# ---- pure pieces ----------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "past"), [
    ("three years ago i tried to kill myself", True),
    ("when i was 13 i wrote a note", True),
    ("in 7th grade i didnt want to be alive", True),
    ("at 14, i overdosed and spent a week in the hospital", True),
    ("i started cutting in 8th grade and now its every night", False),  # says now
    ("i tried to kill myself last night", False),
    ("i spent the last month looking up ways to die", False),  # a stretch up to now
])
def test_told_as_past(sentence: str, past: bool) -> None:
    assert told_as_past(sentence) is past


def test_a_recovery_is_over_and_a_lesson_is_a_topic() -> None:
    assert topical("six months clean from self harm!!")
    assert topical("we learned about suicide prevention in health class")
    assert not topical("i want to die tonight")


def test_the_last_subject_before_the_words_decides() -> None:
    assert _other_subject("my friend told me she ")  # "me" is an object here
    assert not _other_subject("she said i ")
    assert not _other_subject("i ")


def test_idioms_are_blanked_before_risk_words_are_read() -> None:
    assert "kill" not in without_idioms("my mom is going to kill me when she sees the car")
    assert "kill" in without_idioms("i want to kill myself")
    assert not _owned_risk("My dad is going to kill me. I dented his car backing out.")
    # one sentence decides: a negation elsewhere does not excuse it
    assert _owned_risk("I don't want to go to school. I think about dying every single day.")


# ---- whole messages -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    STORY + "two years ago i tried to kill myself and today i got my drivers license." + END,
    STORY + "when i was 14 i overdosed and my sister found me. now im doing a lot better." + END,
    STORY + "im literally going to drop dead if i have to run one more lap lol." + END,
    STORY + "my dad is going to kill me when he sees the scratch on his car." + END,
    "my friend told me she wants to die and i dont know what to do. " + STORY + END,
])
def test_a_long_story_of_the_past_an_idiom_or_a_friend_is_no_crisis(text: str) -> None:
    assert not crisis(text)


@pytest.mark.parametrize("text", [
    STORY + "i started cutting in 8th grade and now its every night again." + END,
    STORY + "i lie awake hoping i just stop breathing in my sleep. i think about dying constantly."
    + END,
    STORY + "i spent the last month figuring out the most painless way to die." + END,
])
def test_risk_said_now_inside_a_long_story_is_a_crisis(text: str) -> None:
    assert crisis(text)


@pytest.mark.parametrize("text", [
    "i wont be a burden for anyone much longer",
    "why even study. im not going to be around for senior year anyway",
    "cut my arms after practice, its the only thing that works",
    "i searched how many it would take",
    "im going to take everything in the bathroom cabinet tonight",
    "i have all my pills in my hand",
])
def test_short_lines_of_a_plan_a_means_or_an_act(text: str) -> None:
    assert crisis(text)


@pytest.mark.parametrize("text", [
    "i cut my leg on a rock at the lake",
    "im not gonna be around for an hour, going to practice",
    "i have the pills my doctor gave me for my ear",
    "i looked up how many calories a burrito has",
])
def test_their_ordinary_twins_are_not(text: str) -> None:
    assert not crisis(text)


@pytest.mark.parametrize("text", [
    "my cat died last night and the house feels so empty",
    "i want to die, i just fell up the stairs in front of everyone",
    STORY + "i want to crawl into a hole and disappear forever, he read the whole text." + END,
    STORY + "i wanted to tell someone who gets it. if ur struggling right now it gets better."
    + " two years ago i tried to kill myself." + END,
])
def test_grief_embarrassment_and_someone_who_gets_it_are_no_crisis(text: str) -> None:
    assert not crisis(text)


def test_grief_with_a_wish_of_ones_own_is_still_a_crisis() -> None:
    assert crisis("my dog died and now i want to die too")


def test_not_wanting_something_ordinary_does_not_make_risk_a_topic() -> None:
    assert not topical("i dont want to go to school tomorrow")
    assert topical("i dont want to die, i just want the pain to stop")
    assert crisis("im trying not to kms right now. i dont want to do that to my sister")
