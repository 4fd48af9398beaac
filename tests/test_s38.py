"""Session 38: memory answers the dev sets missed: a place named before its kind ("i ride
at willow creek stables", "i work at tonys pizza"), a thing then "its called ..." in its
message ("at my aunts bakery on saturdays, its called flour child"), a shop asked of a
florist, a height ("how tall am i": "im 6'1"), the ER as the hospital, and a sister asked of
by the name she was told with ("my sister nora ... nora is 10")."""

from __future__ import annotations

import pytest

from amity.voice.recall_names import names_for
from amity.voice.recall_words import stems
from tests.test_recall_s17 import _answer


@pytest.mark.parametrize(("kind", "line", "name"), [
    ("stables", "i ride at willow creek stables, my trainer is named carla",
     "willow creek stables"),
    ("pizza place", "also i work at tonys pizza on weekends, i fold boxes", "tonys pizza"),
    ("school", "she goes to lincoln middle school", "lincoln middle school"),
])
def test_a_place_named_before_its_kind(kind: str, line: str, name: str) -> None:
    assert names_for(stems(kind), line, line) == name


@pytest.mark.parametrize(("kind", "line"), [
    ("park", "we went to the dog park after school"),
    ("rink", "i skate at the ice rink on fridays"),
    ("bakery", "i help at my aunts bakery on saturdays"),
    ("park", "we went to skate park"),
])
def test_a_kind_of_place_is_no_name(kind: str, line: str) -> None:
    assert names_for(stems(kind), line, line) is None


@pytest.mark.parametrize(("question", "lines", "word"), [
    ("whats the name of the stables again so my grandpa can look it up",
     ["i ride at willow creek stables, my trainer is named carla"], "willow creek"),
    ("sofia wants to come visit me at work, whats the bakery called again",
     ["also i started helping at my aunts bakery on saturdays, its called flour child lol "
      "i mostly box up cinnamon rolls"], "flour child"),
    ("whats the shop called, my grandma wants to come by",
     ["hiii ok so i got the job at the florist!!! its called bloom & co and its right by "
      "the train station", "the owner is mrs haddad"], "bloom"),
    ("how tall did i tell u i am lol the roster says 6'0",
     ["im 6'1 which is kinda short for a forward lol"], "6'1"),
    ("and which hospital did we go to? my mom needs it for insurance",
     ["my brother broke his arm skating", "we were at the ER at st josephs for like 5 hours"],
     "st josephs"),
    ("how old did i say my sister is? my friend doesnt believe shes that good",
     ["my sister nora has a piano recital on sunday. nora is 10 btw and honestly really good"],
     "10"),
])
def test_memory_answers_missed_on_dev(question: str, lines: list[str], word: str) -> None:
    found = _answer(question, *lines, read=True)
    assert found is not None
    assert word in f"{found.detail} {found.text}".lower()


def test_a_height_is_not_asked_of_a_number_beside_it() -> None:
    found = _answer("how tall am i again", "i scored 12 points tonight", read=True)
    assert found is None or "12" not in found.text


def test_the_shop_asked_is_not_a_place_never_named() -> None:
    assert _answer("whats the shop called", "i got a job at the florist!!", read=True) is None
