"""Session 33: names said loosely, a title said as a name, the reader's veto giving way to a
plain answer close behind (memory_dev17, written by a helper from a brief alone)."""

from __future__ import annotations

import pytest
from test_recall_s17 import _answer

from amity.voice.recall_loose import loosely_named
from amity.voice.recall_plain import plainly
from amity.voice.recall_whose import titled
from amity.voice.recall_words import stems


@pytest.mark.parametrize(("topic", "heads", "text", "name"), [
    ({"activity", "lady", "run"}, {"activity", "lady", "run"},
     "the activities director is named deb and she gave me a lanyard", "deb"),
    ({"dog", "paloma"}, {"dog"}, "its a heeler mix and paloma already named her chispa", "chispa"),
    ({"moth", "real"}, {"moth"}, "her real name is claire", "claire"),
    ({"pixel", "real"}, {"pixel", "real"}, "my closest friends there are Pixel real name Jasmine",
     "jasmine"),
    ({"librarian"}, {"librarian"}, "the librarian who runs the program is mr castellano",
     "mr castellano"),
    ({"sist", "want"}, {"sist", "want"}, "my sister wants luna", "luna"),
    ({"diner", "work"}, {"diner"}, "and i got the hostess job at moonlight diner on 5th",
     "moonlight diner"),
    ({"announc", "chair", "director"}, {"director"}, "our band director mr. delgado announced it",
     "mr delgado"),
])
def test_a_name_said_loosely_is_read(topic: set[str], heads: set[str], text: str,
                                     name: str) -> None:
    assert loosely_named(topic, heads, text, text) == name


def test_no_loose_name_without_the_asked_thing_or_beside_another() -> None:
    # the thing asked is nowhere in the message: no name from it
    line = "my sister wants luna"
    assert loosely_named({"neighbor"}, {"neighbor"}, line, line) is None
    # "uncle ray" names the uncle, not the uncle's neighbour asked about
    line = "me and my uncle ray are building a go kart in his garage"
    assert loosely_named({"uncl", "neighbor"}, {"neighbor"}, line, line) is None
    # a pronoun or a chat word is no name
    assert loosely_named({"dog"}, {"dog"}, "my dog is called lol", "my dog is called lol") is None


def test_a_title_in_a_name_given_is_no_teacher() -> None:
    assert titled("her name is ms oyelaran") == {"teach"}
    assert titled("my teacher ms oyelaran is strict") == set()


def test_a_title_said_to_be_the_asked_one_is_plain() -> None:
    plain = plainly({"name"}, set(stems("owner last")))
    found = _answer("whats the owners last name again. writing him a card",
                    "i got a job at the corner store", "owner is mr baptiste. nice guy",
                    read=True)
    assert found is not None and found.detail == "Mr Baptiste"
    assert plain is not None


def test_a_name_by_role_in_a_long_story() -> None:
    found = _answer("also the lady in charge of the garden, what's her name, i have to email her "
                    "about the potluck and i'm blanking",
                    "oh and the lady who runs the garden, the coordinator, her name is ms "
                    "oyelaran, she said if we catch someone actually stealing we should come to "
                    "her and not 'confront anyone in the beans' lmao", read=True)
    assert found is not None and found.detail == "Ms Oyelaran"
    found = _answer("whats the name of the lady who runs activities there? i lost her number",
                    "i started volunteering at sunny pines, the activities director is named "
                    "deb and she gave me a lanyard that says VOLUNTEER in huge letters lol",
                    read=True)
    assert found is not None and "deb" in found.text.lower()


def test_the_name_said_outright_wins_over_its_neighbour_clause() -> None:
    lines = ("my moms boyfriend, his name is curtis, is driving me there bc mom has work. hes "
             "actually cool, he makes the best pancakes with chocolate chips",
             "also we got a new rug for the living room its so soft")
    found = _answer("my friend asked what my moms boyfriends name is and i blanked lmaooo what "
                    "is it", *lines, read=True)
    assert found is not None and found.detail == "Curtis"


def test_the_uncles_neighbour_is_not_the_uncle() -> None:
    found = _answer("whats my uncles neighbors name, the one who gave us the engine, we wanna "
                    "say thanks", "me and my uncle ray are building a go kart in his garage!!",
                    "the engine is from an old lawnmower he got for free from his neighbor",
                    read=True)
    assert found is None or "ray" not in found.text.lower()


def _events(line: str) -> list[tuple[str, object]]:
    from datetime import UTC, datetime

    from amity.nlp.facts.extractor import extract
    now = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # a Monday
    return [(f.object, f.when) for f in extract(line, (), now=now) if f.predicate == "event"]


def test_no_plan_in_a_likeness_or_in_what_the_bot_will_believe() -> None:
    assert _events("okay so sunny you are not going to believe the lunch table drama today, "
                   "it's honestly like a tv show") == []
    assert _events("my flight is on saturday")  # an event noun said plainly still is one


def test_a_plan_signed_up_for_is_ahead_and_named_by_its_first_phrase() -> None:
    from datetime import date
    assert _events("also i signed up to volunteer at the food pantry at st luke's on saturday "
                   "morning with birdie, 9 to 12") == [("volunteer at the food pantry",
                                                        date(2026, 3, 7))]
    assert _events("i went to the pantry on saturday") == []  # told as done: no plan


def test_flights_of_stairs_are_no_flight() -> None:
    got = _events("also my brother andre is moving into his first apartment on saturday and im "
                  "supposed to help carry his couch up 3 flights of stairs")
    assert all("flight" not in name for name, _ in got)


def test_a_word_after_the_asked_one_is_no_name_behind_a_ruled_out_clause() -> None:
    found = _answer("whats my cousins name, the one who graduated",
                    "this weekend tho im not working bc me and my grandma are making pho for my "
                    "cousins graduation party on sunday", read=True)
    assert found is None or "graduation" not in (found.detail or "").lower()


def test_a_name_asked_by_naming_it_alone_is_a_memory_question() -> None:
    from amity.voice.recall_ask import is_recall_question
    assert is_recall_question("also birdies real name, im making her a thank you card")
    assert is_recall_question("and my coachs last name?")
    assert not is_recall_question("my moms name is linda")
