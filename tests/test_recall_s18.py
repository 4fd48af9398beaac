"""Memory answers memory_dev7 and the dev sets missed (session 18): a question with a
topic of its own read alone too, a placing that is no time, questions asked in passing, a
count said as "3 of them", "a&m" kept whole, a day corrected later in the message, a pet
asked by its group, names of two words, "his name is dmitri", someone introduced then
named, and no invented names ("taught", a title and a surname for a first name)."""

from __future__ import annotations

import pytest
from test_recall_s17 import _answer

from amity.voice import recall
from amity.voice.recall_counts import placed_only
from amity.voice.recall_plain import pronoun_named


def test_a_question_with_its_own_topic_is_read_alone() -> None:
    lines = ("my bearded dragon kevin escaped last night and we found him in my sister "
             "tilly's shoe lmao", "tilly is 10 and she screamed so loud the neighbours came over")
    found = _answer("and how old is tilly", *lines,
                    previous="what's kevin's favourite food, did i say?", read=True)
    assert found is not None and "10" in found.text
    assert recall._leans("and where?") and recall._leans("what was his name again")
    assert not recall._leans("and how old is tilly")


def test_a_placing_is_no_time() -> None:
    assert _answer("whats my pb in backstroke", "came 2nd in 100m backstroke", read=True) is None
    found = _answer("whats my pb in backstroke", "came 2nd in 100m backstroke",
                    "my pb in backstroke is 1:05", read=True)
    assert found is not None and found.detail == "1:05"
    assert placed_only("came 2nd in 100m backstroke")
    assert not placed_only("its my grandmas 80th birthday")
    found = _answer("how old is my grandma turning", "its my grandmas 80th birthday")
    assert found is not None and "80th" in found.text


@pytest.mark.parametrize("question", [
    "brianna came from texas right? she just sent me a package",
    "ok my mom wants to know how much the car thing was gonna cost, what did the mechanic say",
    "my aunt keeps asking what the babys name is and i almost said jenny lol its juniper right",
])
def test_a_memory_question_in_passing(question: str) -> None:
    from amity.voice.recall_ask import is_recall_question
    assert is_recall_question(question)


def test_no_memory_question() -> None:
    from amity.voice.recall_ask import is_recall_question
    assert not is_recall_question("what are we gonna do tonight")
    assert not is_recall_question("she came over right?")


def test_a_count_said_as_so_many_of_them() -> None:
    found = _answer("how many kittens do we have, my grandma asked",
                    "we're fostering kittens from the shelter!!! 3 of them, i named them "
                    "cumin, paprika and nutmeg", read=True)
    assert found is not None and found.detail == "3"


def test_an_ampersand_inside_a_name_is_kept() -> None:
    from amity.voice.recall_said import clauses_of
    line = "it was between ut austin and texas a&m and i picked a&m bc they gave me money"
    assert "a&m" in clauses_of(line)[0]


def test_a_day_corrected_later_in_the_same_message() -> None:
    found = _answer("so which day was my interview again",
                    "and next thursday i have my interview for the vet clinic internship, "
                    "wait no its next friday. thursday is the dentist")
    assert found is not None and "friday" in (found.detail or found.text).lower()


def test_a_pet_asked_by_its_group() -> None:
    found = _answer("whats my lizard called again",
                    "my bearded dragon nacho is shedding and he looks like a crusty potato",
                    read=True)
    assert found is not None and "nacho" in (found.detail or found.text).lower()
    found = _answer("whats my rabbit's name again",
                    "my bunny waffles chewed through my laptop charger", read=True)
    assert found is not None and "waffles" in (found.detail or found.text).lower()


def test_a_worry_met_before_the_answer_fits_the_worry() -> None:
    from amity.voice.remembered import _care
    assert _care("anxious", "my fish is floating sideways and im kinda worried") \
        .startswith("oh no, I hope they're okay")
    assert _care("anxious", "which college did i pick? i keep second guessing myself") \
        .startswith("hey, one thing at a time")
    assert _care("anxious", "which day was my interview, i think i mixed it up") == ""


def test_a_name_of_two_words() -> None:
    found = _answer("what did i name the turtle? my friend doesnt believe me",
                    "we got a turtle this weekend and i named him señor crunch. my sister "
                    "wanted to name him tortuga", read=True)
    assert found is not None and found.detail == "Señor Crunch"
    found = _answer("what is noahs villain called again",
                    "my best friend noah wants to be in it as the villain, hes called mustard man",
                    read=True)
    assert found is not None and found.detail == "Mustard Man"
    found = _answer("whats my dogs name", "my dog rex is the best boy", read=True)
    assert found is not None and found.detail == "Rex"


def test_a_name_given_by_his_name_is() -> None:
    found = _answer("whats my moms boyfriends name, i always say it wrong",
                    "so my moms boyfriend is staying for dinner a lot now, his name is dmitri "
                    "and honestly hes ok", read=True)
    assert found is not None and "Dmitri" in (found.detail or "")
    assert pronoun_named({"cousin"}, recall.Said(
        "his name is dmitri", "", 1.0, line="my moms boyfriend is here, his name is dmitri")) \
        is None


def test_the_name_then_what_it_is() -> None:
    from amity.voice.recall_names import names_for
    line = "my favorite dog there is pretzel, hes a corgi who thinks hes a rottweiler"
    assert names_for({"corgi"}, line, line, strict=True) == "pretzel"
    assert names_for({"corgi"}, "i saw him yesterday, hes a corgi lover", "", strict=True) is None


def test_no_invented_name() -> None:
    assert _answer("whats my little brothers name? jk but do u know",
                   "my parrot kevin keeps saying pizza time bc my little brother taught him",
                   read=True) is None  # "taught" is no name
    line = "so today in guitar mr okafor said my g chord sounds like a sad goose"
    assert _answer("whats my guitar teachers first name, my mom wants to email him", line,
                   read=True) is None  # a title and a surname are no first name
    found = _answer("whats my guitar teachers name", line, read=True)
    assert found is not None and found.detail == "Mr Okafor"


def test_someone_introduced_then_named() -> None:
    from amity.voice.recall_names import names_for
    line = "theres this new guy in homeroom, elijah, he moved from georgia"
    assert names_for({"guy"}, "theres this new guy in homeroom elijah", line, strict=True) \
        == "elijah"
    assert names_for({"guy"}, "the guy at the shop sold it", "the guy at the shop, sold it",
                     strict=True) is None
    topic, _ = recall.asked_words("and whats his name lol", "the new guy is from georgia right?")
    assert "guy" in topic
    topic, _ = recall.asked_words("whats his name again",
                                  "what did i get for my birthday last year")
    assert "birthday" not in topic  # "his" is no birthday's
