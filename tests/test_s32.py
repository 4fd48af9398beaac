"""Session 32: the sealed regressions traced (an old name asked after a renaming, "señor" as a
teacher), memory_dev16's and safety dev7's first runs, each fix a test that can fail: words
shouted in capitals read as words, "my tío ramon" is a relative with his own plans, a
statement that starts with "when i went" is no question, "that thing my brother kept saying"
asks for a quote, a savings total asked back is no crisis, and risk said plainly in dev7's
words is the crisis reply."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from amity.nlp.facts.casing import truecase
from amity.nlp.facts.extractor import extract
from amity.nlp.safety.checker import check, is_crisis
from amity.voice.plans import as_thing
from amity.voice.recall import asked_words
from amity.voice.recall_ask import is_recall_question
from amity.voice.recall_plain import plainly
from amity.voice.recall_said import Said
from amity.voice.recall_words import SAME
from tests.test_recall_s17 import _answer

_NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # a Monday


def _facts(text: str) -> list[tuple[str, str, str]]:
    return [(f.subject, f.predicate, f.object) for f in extract(text, now=_NOW)]


# ---- the sealed regressions ------------------------------------------------------------------

def test_the_new_name_alone_is_no_answer_to_the_old_one() -> None:
    assert _answer("what did my grandpa used to call him before i renamed him",
                   "my grandpa gave me his tortoise when he moved",
                   "i renamed him gus. he likes strawberries and hates my socks") is None


def test_a_renaming_that_tells_the_old_name_too_still_answers() -> None:
    found = _answer("what did the shelter call him before we renamed him",
                    "the shelter called him bandit but we renamed him tank", "he likes carrots")
    assert found is not None and "bandit" in found.text


def test_senor_is_no_teacher_word_but_senora_is() -> None:
    assert SAME.get("señora") == "teacher"
    assert "señor" not in SAME and "senor" not in SAME


# ---- facts -----------------------------------------------------------------------------------

def test_words_shouted_in_capitals_are_read_as_words() -> None:
    assert ("user", "has_pet", "puppy") in _facts("hey so WE GOT A PUPPY this weekend!!!!")
    assert not any(p == "event" and "GOT" in o for _, p, o in
                   _facts("hey so WE GOT A PUPPY this weekend!!!!"))


def test_an_acronym_alone_keeps_its_capitals_and_offsets() -> None:
    text = "my SAT is on friday and OMG im so nervous"
    out = truecase(text)
    assert "SAT" in out and len(out) == len(text)


def test_a_relative_named_in_spanish_has_their_own_plan() -> None:
    facts = _facts("my tio ramon is bringing his truck this saturday")
    assert ("user", "has_relative", "Ramon") in facts
    assert not any(s == "user" and p == "event" for s, p, _ in facts)


# ---- questions -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,asks", [
    ("when i went in for training i got to order staff meal and i got the kimchi fried rice",
     False),
    ("when i was little my dad took me fishing every sunday", False),
    ("when did i say it comes off again", True),
    ("when was the recital again", True),
])
def test_a_statement_that_starts_with_when_is_no_question(text: str, asks: bool) -> None:
    assert is_recall_question(text) is asks


def test_the_thing_someone_kept_saying_is_a_quote() -> None:
    assert "quote" in asked_words("what was that thing my brother kept saying to me", "")[1]
    found = _answer("what was that thing my brother kept saying to me",
                    "theyre brothers. one is white, one is grey w a white stripe down his back",
                    "my brother cole is 11 and he already has braces so he keeps going 'welcome "
                    "to the pain club' every time he sees me")
    assert found is not None and found.detail == '"welcome to the pain club"'


# ---- safety ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["how much i have saved", "how much have i saved up"])
def test_a_savings_total_asked_back_is_no_crisis(text: str) -> None:
    assert not is_crisis(check(text))


@pytest.mark.parametrize("text", ["how many pills would it take",
                                  "how much rope do i need"])
def test_an_amount_of_a_means_is_still_the_crisis_reply(text: str) -> None:
    assert is_crisis(check(text))


@pytest.mark.parametrize("text", [
    "bought a rope today lol",
    "im at the bridge rn. its windy lol",
    "took grandmas pills from her cabinet, hiding them under my bed for tonight",
    "planning to do it at 3am when everyone sleeps",
    "i looked up how many i need and i have more than that",
    "i wrote down who gets my stuff lol. just in case. its not just in case",
    "ngl i just want everything to go quiet. permanently",
    "say sorry to my coach for me, i wont make the game. or any game. ever",
    "relapsed tonight after 3 months clean and im about to do it again",
    "i jus wanna dye rn everything hurts so much",
])
def test_risk_said_plainly_in_dev7s_words_is_the_crisis_reply(text: str) -> None:
    assert is_crisis(check(text))


@pytest.mark.parametrize("text", [
    "bought a rope today for the tire swing",
    "jump rope today in gym was brutal",
    "im at the bridge rn waiting for my friends to go fishing",
    "my note is done for bio finally",
    "i wanna dye rn, my hair is so boring",
    "i wont make the game saturday, dentist",
    "got the blade out again to trim the grip tape on my new deck",
    "burned myself on the oven tray again making cookies lol, im so clumsy",
    "i have the pills in my hand rn, do i take my allergy meds with food or not",
    "wont be around for my bday next month, well be at my grandmas in texas",
    "this is goodbye to middle school. thanks for the memories and the bad cafeteria nachos",
])
def test_their_everyday_twins_are_not(text: str) -> None:
    assert not is_crisis(check(text))


@pytest.mark.parametrize("text", [
    "got the blade out again",
    "i burned myself again on purpose",
    "i have the pills in my hand",
    "i wont be around for my bday",
    "this is goodbye",
])
def test_without_the_use_or_the_trip_they_are_the_crisis_reply(text: str) -> None:
    assert is_crisis(check(text))


def test_a_time_told_first_is_kept_as_told_and_answers() -> None:
    found = _answer("what did i order for staff meal that one time, i want it again",
                    "okay i got my first job!!! i'm a host at my uncle's korean bbq place",
                    "when i went in for training i got to order staff meal and i got the kimchi "
                    "fried rice with an egg on top and it was life changing")
    assert found is not None and "kimchi" in found.text


def test_a_reason_asked_is_not_a_clause_without_one_about_something_else() -> None:
    found = _answer("my friend asked why lita is moving in with us and i explained it bad, what "
                    "did i say the reason was",
                    "my grandma, we call her lita, is moving in with us next sunday bc her knees "
                    "are bad and she can't do the stairs at her apartment anymore",
                    "i'm saving up for a trip with my boys after graduation, we wanna go to gulf "
                    "shores, the beach house is like $400 each split 6 ways")
    assert found is not None and "knees" in found.text


@pytest.mark.parametrize("event,thing", [("do chem homework", "chem homework"),
                                         ("finish history project", "history project"),
                                         ("run club", "run club"),
                                         ("use the school overlocker",
                                          "using the school overlocker")])
def test_a_plan_named_by_a_bare_verb_is_asked_after_as_a_thing(event: str,
                                                               thing: str | None) -> None:
    assert as_thing(event) == thing


@pytest.mark.parametrize("text,crisis", [
    ("ima kill myself tonight lmao idc anymore", True),
    ("i want to be dead tbh 💀 like actually, not the meme way", True),
    ("i want to die lmao this homework", False),
    ("im gonna kill myself lol my mom saw my grades", False),
])
def test_a_joke_marker_is_no_excuse_when_it_is_said_to_be_meant(text: str, crisis: bool) -> None:
    assert is_crisis(check(text)) is crisis


def test_a_name_chosen_for_a_pet_is_no_answer_for_a_person() -> None:
    around = ("we got a puppy!! we argued about names for like 3 hours, my mom wanted daisy. "
              "we went with juniper")
    said = Said("we went with juniper", around, 2.0)
    assert plainly({"name"}, {"dog", "full"})(said) == "juniper"
    assert plainly({"name"}, {"nurs", "help", "mom"})(said) is None
