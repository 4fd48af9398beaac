"""Session 61: a question about a thing told that carries no memory word ("how wide is the
pond gonna be") is answered from what was told, and only then (``voice.recall_told``)."""

from __future__ import annotations

import pytest

from amity.voice.recall_said import Said
from amity.voice.recall_told import asks_of_told
from tests.test_s55 import _scripted

_TOLD = ["the pond is gonna be 4 feet wide, my dad already dug half of it",
         "the speech can only be 2 minutes which is nothing",
         "i can spend $40 on the dress max, my mom said"]
_SAID = [Said(t, t, 0.0, line=t) for t in _TOLD]


@pytest.mark.parametrize("text", [
    "how wide is the pond gonna be", "how long can the speech be",
    "how much could i spend on the dress", "ok so how wide is the pond gonna be?"])
def test_a_question_of_a_told_thing_is_read(text: str) -> None:
    assert asks_of_told(text, _SAID)


@pytest.mark.parametrize("text", [
    "what can i make for dinner", "how long do u think the speech should be",
    "whats your favorite pond", "how do i dig a pond", "what should i wear to the dance",
    "how wide is a football field", "the pond is gonna be so cool"])
def test_advice_a_question_to_sunny_or_an_untold_thing_is_not(text: str) -> None:
    assert not asks_of_told(text, _SAID)


def test_a_told_things_detail_is_answered_in_a_later_visit() -> None:
    replies = _scripted([_TOLD[0], _TOLD[1], "ok bye", "--- 3", "heyy",
                         "how wide is the pond gonna be", "how long can the speech be"])
    assert "4" in replies[-2]
    assert "2 minutes" in replies[-1]


def test_a_question_nothing_told_answers_gets_no_i_dont_know() -> None:
    replies = _scripted([_TOLD[0], "ok bye", "--- 3", "heyy",
                         "how deep is the pond gonna be"])
    assert "told me" not in replies[-1].lower()


_LIGHT = [Said(t, t, 0.0, line=t) for t in [
    "i tried shooting by the window first but then i used the lamp bc it was too dark"]]


def test_a_choice_of_two_told_things_is_read() -> None:
    assert asks_of_told("and did i end up using the window or the lamp", _LIGHT)
    assert not asks_of_told("did u like the window or the lamp more", _LIGHT)
    assert not asks_of_told("should i use the window or the lamp", _LIGHT)
    assert not asks_of_told("did i end up using the window or the ring light", _LIGHT)


def test_a_clock_time_put_right_is_taken_and_recalled() -> None:
    replies = _scripted([
        "the shoot is tuesday the 18th at riverside park, they want us there at 7am 😩",
        "--- 2", "hey",
        "small update, its 6:30 not 7. my mom read the email again, call time is 6:30 am 💀",
        "--- 9", "hii", "what time did i say we had to be there again? i still feel tired"])
    assert "6:30" in replies[2] and "email" not in replies[2]
    assert "6:30" in replies[-1] and "7" not in replies[-1]


def test_a_price_charged_is_the_price_not_the_count_sold() -> None:
    replies = _scripted(["we sell jars for $5 and weve sold 34 so far!!", "--- 3", "hey",
                         "and how much do we charge again? im doing the math for the party order",
                         "how many have we sold"])
    assert "$5" in replies[-2] and "34" not in replies[-2]
    assert "34" in replies[-1]


def test_a_memory_check_is_a_memory_question() -> None:
    replies = _scripted(["we bought 6 pairs of eclipse glasses at the library for the family",
                         "--- 3", "hey", "ok memory check how many pairs of glasses did i buy?"])
    assert "6" in replies[-1]


def test_nothing_on_tv_and_someone_staying_are_no_plans() -> None:
    from datetime import UTC, datetime

    from amity.nlp.facts.extractor import extract
    now = datetime(2026, 3, 2, 16, tzinfo=UTC)
    events = [f.object for t in (
        "theres nothing on tv tonight so im just folding playdough dumplings lmao",
        "my grandpa is driving up from ohio on saturday and staying till monday so my little "
        "sister has to share my room ugh") for f in extract(t, now=now) if f.predicate == "event"]
    assert not any("nothing" in e or e == "staying" for e in events)
    assert any(f.object == "camping trip" or "camping" in f.object
               for f in extract("were going camping saturday", now=now))


def test_a_place_asked_is_no_number() -> None:
    from amity.voice.recall_guard import wrong_unit
    assert wrong_unit("where did i say my uncles family came from?", "250 dumplings")
    assert not wrong_unit("where did i say my uncles family came from?", "vancouver")
    assert not wrong_unit("how many dumplings did they bring", "250 dumplings")


@pytest.mark.parametrize("text, word", [
    ("so im back to square one", "start"),
    ("my 3d printed frog planter failed. 3 hours for nothing 😩", "work"),
    ("i have a bruise on my knee the size of a pancake 🥞 and it hurts so bad", "hurt"),
])
def test_setbacks_and_bruises_are_met(text: str, word: str) -> None:
    reply = _scripted([text])[0].lower()
    assert "keep going" not in reply and "go-go-go" not in reply and "3d" not in reply
    assert word in reply or "ouch" in reply or "frustrating" in reply


def test_a_bad_moment_that_ended_well_gets_no_condolence() -> None:
    reply = _scripted(["one girl cried bc she forgot the words but then everyone sang louder "
                       "so she was fine 🥹"])[0].lower()
    assert "sorry" not in reply and "rough" not in reply and "words" not in reply


def test_a_laugh_names_no_lone_common_word() -> None:
    reply = _scripted(["my cat pickles sat on my keyboard while i was fixing the file and "
                       "deleted the crown lmaooo. hes 3 and a menace"])[0].lower()
    assert "file" not in reply
