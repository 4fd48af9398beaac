"""Session 54: a pet's or a member's name said with "is" in lower case ("my dog is pepper",
"my big sister is maya") is a name fact, while "my dog is lazy", "my mom is nurse" are not;
and "my dog" is not answered with the name of someone else's dog of a breed told beside it
("tariq has a newfie named moose and my dog is pepper")."""

from __future__ import annotations

import pytest

from amity.nlp.facts import extract
from amity.voice.recall_names import names_for
from tests.test_s46 import _probe


def _named(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in extract(text)
            if f.predicate in {"has_pet", "has_sibling", "has_parent"}}


@pytest.mark.parametrize(("text", "fact"), [
    ("my dog is pepper", ("user", "has_pet", "Pepper")),
    ("my cat is luna", ("user", "has_pet", "Luna")),
    ("my dog is pepper lol", ("user", "has_pet", "Pepper")),
    ("my puppy is bean hes so tiny", ("user", "has_pet", "Bean")),
    ("my big sister is maya", ("user", "has_sibling", "Maya")),
    ("my dog is biscuit and my cat is mochi", ("user", "has_pet", "Mochi")),
])
def test_a_name_said_with_is_in_lower_case(text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _named(text)


@pytest.mark.parametrize(("text", "word"), [
    ("my dog is lazy", "Lazy"), ("my dog is sleeping", "Sleeping"), ("my dog is home", "Home"),
    ("my dog is love", "Love"), ("my mom is nurse", "Nurse"), ("my dog is sixteen", "Sixteen"),
    ("my dog is pepper spray trained", "Pepper"), ("my brother is grounded", "Grounded"),
])
def test_a_state_or_a_job_said_with_is_is_no_name(text: str, word: str) -> None:
    assert all(obj != word for _, _, obj in _named(text))


_TOLD = "my best friend tariq has a newfie named moose and my dog is pepper"


def test_my_dog_is_not_someone_elses_dog_of_a_breed() -> None:
    assert names_for({"dog"}, _TOLD, _TOLD) != "moose"  # (the ledger's "Pepper" answers)
    alone = "my best friend tariq has a newfie named moose"
    assert names_for({"dog"}, alone, alone) == "moose"  # (no dog of "my" told beside it)


def test_whose_dog_through_the_engine() -> None:
    reply = _probe([_TOLD], ["whats my dogs name"])
    assert "Pepper" in reply and "Moose" not in reply


_TWO_DOGS = ["my dog pepper is a whippet",
             "my best friend tariq lives next door and his newfie moose is huge"]


@pytest.mark.parametrize(("question", "name"), [
    ("whats my dogs name", "Pepper"),
    ("whats my best friends dogs name", "Moose"),  # no apostrophe: the friend's dog
    ("and what did i say my best friend's dog is called? the big one", "Moose"),
    ("whats tariqs dogs name", "Moose"),  # a told name with its "s"
])
def test_whose_dog_is_asked(question: str, name: str) -> None:
    reply = _probe(_TWO_DOGS, [question])
    other = "Moose" if name == "Pepper" else "Pepper"
    assert name in reply and other not in reply


def test_role_and_name_owners_are_read() -> None:
    from amity.voice.recall_heads import named_head
    from amity.voice.recall_whose import asked_of, mine_not_theirs
    assert named_head("what did i say my best friend's dog is called?") == "dog"
    assert mine_not_theirs("whats tariqs dogs name", _TWO_DOGS[0], {"dog"})
    assert not mine_not_theirs("whats tariqs dogs name", _TWO_DOGS[1], {"dog"})
    assert asked_of("whats my dogs name", _TWO_DOGS) is None
    assert asked_of("hows maya doing", ["my sister maya has a cat"]) is None
    assert mine_not_theirs("whats my best friends dogs name", _TWO_DOGS[0])
    assert not mine_not_theirs("whats my best friends dogs name", _TWO_DOGS[1])
    assert not mine_not_theirs("whats my dogs name", _TWO_DOGS[0])


@pytest.mark.parametrize(("text", "pair"), [
    ("wait i said judging is at 8 but ms bautista said 8:30, i was wrong", ("8", "8:30")),
    ("i said it was at 5 but coach said 6", ("5", "6")),
    ("i told u 14.2 grams before but its actually 14.6 now", ("14.2", "14.6")),
])
def test_a_time_put_right_by_someone_elses_word(text: str, pair: tuple[str, str]) -> None:
    from amity.voice.recall_fix import swaps
    assert pair in swaps(text)


def test_the_time_put_right_is_the_one_said_back() -> None:
    told = ["judging is wednesday the 18th at 8am, the principal mr lyons does it",
            "wait i said judging is at 8 but ms bautista said 8:30, i was wrong"]
    reply = _probe(told, ["what time did judging end up being, did u remember my correction"])
    assert "8:30" in reply


@pytest.mark.parametrize(("event", "named"), [
    ("dj her sweet sixteen", "djing her sweet sixteen"),
    ("ref the little kids games", "refing the little kids games"),
    ("host a game night", "hosting a game night"),
])
def test_a_gig_said_with_its_verb_is_a_plan_name(event: str, named: str) -> None:
    from amity.voice.plans import as_thing
    assert as_thing(event) == named


@pytest.mark.parametrize(("text", "dated"), [
    ("im doing a photo walk sat", True),
    ("lily and i are doing a photo walk on sat", True),
    ("we have a game sat", True),
    ("then we sat", False), ("my dog sat", False), ("we had a game sat", False),
    ("i sat down", False),
])
def test_a_short_saturday_ending_a_plan(text: str, dated: bool) -> None:
    from datetime import datetime
    got = [f for f in extract(text, now=datetime(2026, 3, 2, 16)) if f.predicate == "event"]
    assert bool(got) is dated


def test_the_gig_is_asked_after_by_name() -> None:
    told = ["and my older sister nia asked me to dj her sweet sixteen on saturday"]
    assert "sweet sixteen" in _probe(told, ["whats good sunny"], days=7)


@pytest.mark.parametrize("text", [
    "i pick it up wednesday after school. ok bye sunny",  # round 67: the crisis message
    "i have a test tomorrow. ok bye",
    "we meet at the park saturday. bye!",
])
def test_an_errand_with_its_day_before_a_goodbye_is_a_sign_off(text: str) -> None:
    from amity.nlp import safety
    assert not [v for v in safety.check(text) if v.tier == "high"]


@pytest.mark.parametrize("text", [
    "i have a plan for tomorrow. bye", "i get my pills tomorrow. bye",
    "i pick it up tomorrow then its over. bye", "i pick up the rope tomorrow. bye",
    "i wont be here tomorrow. bye",
])
def test_a_goodbye_with_a_plan_that_may_be_one_keeps_its_care(text: str) -> None:
    from amity.nlp import safety
    assert [v for v in safety.check(text) if v.tier == "high"]


def test_a_plan_named_only_going_is_not_asked_after() -> None:
    from datetime import date

    from amity.types import FollowUp
    from amity.voice.plans import tidy_plans
    due = FollowUp("going", when=date(2026, 3, 7),
                   also=(FollowUp("job interview", when=date(2026, 3, 6), whose="your dad"),))
    assert [p.event for p in tidy_plans(due)] == ["your dad's job interview"]


@pytest.mark.parametrize(("text", "called"), [
    ("yo. im theo, 13. my mom says i talk to my phone too much so here i am talking to a "
     "phone lol", False),  # round 67: "don't keep your mom waiting! talk later"
    ("ok my mom says i gotta go", True), ("my mom says dinner bye", True),
    ("my dad said its bedtime", True), ("my mom is calling me", True),
])
def test_a_parent_who_says_something_is_not_always_calling(text: str, called: bool) -> None:
    from amity.voice.leaving import reason
    assert (reason(text) is not None) is called


@pytest.mark.parametrize(("text", "glad"), [
    ("sunny!!! gave my mom the recipe book on her birthday last thursday and she CRIED", True),
    ("i showed my grandma the video and she literally cried", True),
    ("i gave my grandma the news that were moving and she cried", False),
    ("i gave my dog away to my aunt and my sister cried", False),
    ("i made my mom mad and she cried", False),
    ("my dog got hit by a car and my mom cried", False), ("i got a C and my mom cried", False),
    ("we got a puppy and my mom cried", False), ("made my mom a card and she cried", True),
])
def test_tears_at_a_gift_are_glad_ones(text: str, glad: bool) -> None:
    from amity.voice.comforts import _BAD_TEARS, _GIFT_TEARS, _SAD_GIVEN
    got = bool(_GIFT_TEARS.search(text)) and not _BAD_TEARS.search(text) and \
        not _SAD_GIVEN.search(text)
    assert got is glad


def test_a_gift_that_made_mom_cry_is_cheered_through_the_engine() -> None:
    reply = _probe(["im making my mom a recipe book for her birthday"],
                   ["sunny!!! gave my mom the recipe book on her birthday and she CRIED"])
    assert "sad moment" not in reply and "🥹" in reply
