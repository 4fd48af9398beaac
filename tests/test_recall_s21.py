"""Session 21: a long message said back in short, and no asked word given back as the answer."""

from __future__ import annotations

import pytest

from amity.voice.recall import asked_words
from amity.voice.recall_trim import MOST, pieces, trim
from tests.test_recall_s17 import _answer


def _trim(question: str, text: str) -> str:
    topic, wants = asked_words(question)
    return trim(question, text, topic, wants)


def test_what_follows_the_answer_is_kept() -> None:
    text = "the new drink is brown sugar oat milk and its $6.75 which is insane but i get it free"
    assert _trim("what did i say the new drink costs", text) == text


def test_the_story_before_the_asked_part_is_left_out() -> None:
    text = ("i work at harmon's grocery and my manager gary put me on 4 closing shifts this "
            "week when i asked for 2")
    assert _trim("how many closing shifts did gary give me", text).startswith(
        "my manager gary put me on 4 closing shifts")


@pytest.mark.parametrize(("question", "text"), [
    # short: said whole
    ("whats my cats name", "my cat is called pickle and shes orange lol"),
    # a story asked for
    ("what happened when my moms boyfriend tried to cook",
     "long story but last night my moms boyfriend rick tried to make lasagna and he forgot "
     "to boil the noodles and it was crunchy"),
    # two numbers and no word of the question: which one is a guess
    ("what was my last sat score", "my goal is 1300 my last one was 1180 so i need to "
     "like actually study ok"),
])
def test_said_whole(question: str, text: str) -> None:
    assert _trim(question, text) == text


def test_a_piece_waiting_for_more_keeps_what_follows() -> None:
    text = ("also i have a science fair on wednesday, my project is about which paper towel "
            "absorbs the most water")
    assert "paper towel" in _trim("what was my science project about", text)


def test_quotes_are_never_cut_and_asked_quotes_are_kept() -> None:
    text = ("my neighbour mrs kowalski has a parrot named mango and every time i walk past "
            "he screams 'go away, go away' lol its so rude")
    assert "'go away, go away'" in pieces(text)[-2] or any(
        "'go away, go away'" in p for p in pieces(text))
    assert "go away" in _trim("what does the parrot next door yell at me", text)
    assert len(text.split()) > MOST


@pytest.mark.parametrize(("question", "lines", "not_detail"), [
    # "the party is my abuela's birthday": no name of the grandmother
    ("whats my abuelas name", ("the party is my abuela's 70th birthday this sunday at my "
                               "tía carmen's house",), "Party"),
    # the asked word is no answer
    ("what was the dogs old racing name, the funny one",
     ("shes 4 and her racing name was 'lightning lou' which is hilarious",), "Name"),
])
def test_no_asked_word_or_thing_given_as_the_name(question: str, lines: tuple[str, ...],
                                                  not_detail: str) -> None:
    found = _answer(question, *lines)
    assert found is None or found.detail != not_detail


def test_the_thing_asked_about_is_not_its_own_answer() -> None:
    found = _answer("grandma says my pizza order is a crime, what did i even get last time",
                    "also we got pizza last night and i got pineapple and jalapeño dont judge me",
                    read=True)
    assert found is not None and found.detail != "pizza"
    assert "pineapple" in found.text


def test_a_generic_thing_keeps_what_it_is() -> None:
    found = _answer("what did i say luz only eats",
                    "my little sister luz is 8 and the pickiest eater alive, she only eats "
                    "food that is beige")
    assert found is not None and "beige" in (found.detail or found.text)


def test_how_big_was_the_thing_i_caught_is_a_memory_question() -> None:
    from amity.voice.reading import MEMORY
    assert MEMORY.search("how big was that bass i caught? my friend doesnt believe me")
    assert not MEMORY.search("how big is a blue whale")
    found = _answer("how big was that bass i caught? my friend doesnt believe me",
                    "went fishing w my uncle ray at his cabin on lake tillery and i caught a "
                    "largemouth bass that was like 3 pounds, biggest fish ive ever caught",
                    read=True)
    assert found is not None and found.detail == "3 pounds"
