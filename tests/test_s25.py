"""Session 25: what the memory dev scripts and round 23's fallbacks showed, each as a test
that can fail."""

from __future__ import annotations

import pytest

from amity.nlp.safety import checker
from amity.voice.recall_asked import asked_words
from amity.voice.recall_names import asked_of, named_heads, names_for
from amity.voice.recall_words import stems
from tests.test_recall_s17 import _answer


def test_a_one_person_compound_keeps_both_words_asked() -> None:
    # "the boss lady" is one person; "my brothers dog" is the brother's
    assert named_heads("whats the boss lady name again", {"lady", "manag"}) == {"lady", "manag"}
    assert "broth" not in named_heads("whats my brothers dog called", {"broth", "dog"})


@pytest.mark.parametrize(("word", "same"), [("saved", "saving"), ("loved", "loving"),
                                             ("moved", "moving"), ("tired", "tiring")])
def test_a_short_past_tense_stems_as_its_ing(word: str, same: str) -> None:
    assert stems(word) == stems(same)


@pytest.mark.parametrize("word", ["need", "bred", "shed"])
def test_a_word_that_only_ends_in_ed_keeps_it(word: str) -> None:
    assert stems(word) == {word}


def test_the_boss_lady_is_named() -> None:
    found = _answer("whats the boss lady name again",
                    "got the job at the car wash on route 9 lol",
                    "boss is this lady denise, shes like 50 and yells a lot but shes fair i "
                    "guess. her son marco is the one who trains the new guys", read=True)
    assert found is not None and found.detail == "Denise"


def test_money_saved_is_found_as_saving() -> None:
    found = _answer("how much did i have saved before i started",
                    "saving for a ps5, been saving since summer, got $290 rn",
                    "my lil brother deshawn (12) already says he gets to play it too. nah",
                    read=True)
    assert found is not None and "$290" in found.text


def test_a_sensei_is_a_title() -> None:
    found = _answer("whats my senseis name, my uncle wants to sign up",
                    "karate belt test is this saturday at 11, going for green belt. sensei "
                    "okada says my kicks are good but my kata is 'too polite'", read=True)
    assert found is not None and found.detail == "Sensei Okada"


def test_a_she_after_the_girl_asked_about_is_hers() -> None:
    topic, _ = asked_words("whos the girl whos been doing karate since she was little",
                           "how much did the couch cost??")
    assert "couch" not in topic and "karat" in topic
    assert asked_of("since she was little", ["my little sister luz"]) is None
    found = _answer("whos the girl whos been doing karate since she was little? i wanna ask "
                    "her for tips",
                    "my sparring partner is bilal whos like a foot taller than me, and the "
                    "other kid testing with me is hana who's been doing karate since she was 5",
                    "my little sister luz is 8 and the pickiest eater alive",
                    "oh and we got a new couch, green velvet. it cost $640",
                    previous="how much did the couch cost?? luz just spilled grape juice on it",
                    read=True)
    assert found is not None and "hana" in found.text


def test_a_name_given_just_after_the_thing() -> None:
    said = "oh and i finally named the shop, its hop & loop. i think its genius"
    assert names_for({"shop"}, "its hop loop", said) == "hop & loop"
    found = _answer("my aunt wants to find the shop online and my brain is mush, what did i "
                    "name it", said, "i sold 14 hats this week",
                    previous="how many hats had i sold that first week? wanna compare",
                    read=True)
    assert found is not None and found.detail == "Hop & Loop"


def test_the_it_of_the_message_beats_the_question_before() -> None:
    topic, _ = asked_words("what did i name it", "how many hats had i sold that first week?")
    assert "hat" in topic  # alone, "it" borrows the question before ...
    found = _answer("my aunt wants to find the shop online, what did i name it",
                    "i named the shop, its hop & loop", "i sold 14 hats this week",
                    previous="how many hats had i sold that first week?", read=True)
    assert found is not None and "loop" in (found.detail or "").lower()  # ... not here


@pytest.mark.parametrize("text", [
    "ok bye gotta do hw", "bye gotta pack for tomorrow", "ok i have to walk my dog now bye",
    "ok ima take a nap bye", "ok i have to finish this level now bye", "ok gtg chores",
    "ok imma go help my mom cya"])
def test_an_everyday_goodbye_gets_no_crisis_reply(text: str) -> None:
    assert not checker.is_crisis(checker.check(text))


@pytest.mark.parametrize("text", [
    "ok bye gotta do it", "ok ima do it bye", "ok i have to finish it now bye",
    "ok ima take the pills bye", "i have to finish the letter now bye",
    "bye gotta do hw first then im done with everything", "ok ima end it bye"])
def test_a_goodbye_that_may_close_for_good_still_gets_care(text: str) -> None:
    assert checker.is_crisis(checker.check(text))


CALM = ["omg my mugs came out of the kiln today", "the blue one cracked a little but its fine",
        "my mom is gonna love them"]
LOW = ["i feel like nobody would care if i disappeared", "idk whats the point anymore"]


@pytest.mark.parametrize("text", ["ok im gonna go now bye", "ok i think ill go now",
                                  "goodbye for now", "ok that was all i wanted to say bye"])
def test_a_plain_goodbye_after_calm_talk_is_a_goodbye(text: str) -> None:
    assert not checker.is_crisis(checker.check(text, CALM))
    assert checker.is_crisis(checker.check(text, LOW))  # after distress: care
    assert checker.is_crisis(checker.check(text))  # alone: the models' reading stands


def test_a_goodbye_that_says_more_keeps_its_reading_after_calm_talk() -> None:
    for text in ("im gonna go now. bye everyone. thank you for everything",
                 "ok im gonna go now forever bye"):
        assert checker.is_crisis(checker.check(text, CALM))
