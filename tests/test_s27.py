"""Session 27: what the rated goodbyes and hellos showed (a plain "bye! talk soon 👋" was
rated specific 3 times in 100, one that names why the teen goes nearly always), each as a
test that can fail."""

from __future__ import annotations

import random

import pytest

from amity.voice import reading
from amity.voice.leaving import leaving, reason
from amity.voice.lines import load
from amity.voice.skills import Turn, farewell, off_to
from tests.test_s24 import _view

LINES = load()


def _turn(text: str, *told: tuple[str, object], new_session: bool = False) -> Turn:
    view = _view(text, *told, new_session=new_session)  # type: ignore[arg-type]
    return Turn(view, reading.act(text, LINES.about), "neutral", random.Random(1))


@pytest.mark.parametrize(("text", "key"), [
    ("ok bye wish me luck", "goodbye_luck_me"),
    ("ok byeee ill tell u how it goes", "goodbye_promise"),
    ("ok bye sunny ill send updates", "goodbye_promise"),
    ("ok bye sunny thx for listening", "goodbye_thanks"),
    ("ok bye love u sunny (platonically lol)", "goodbye_thanks"),
    ("ok bell is about to ring bye sunny", "goodbye_school"),
    ("anyway gotta get ready for school cya", "goodbye_school"),
    ("ok customers incoming gotta go", "goodbye_work"),
    ("gotta go shift starts in 20 bye", "goodbye_work"),
])
def test_a_goodbye_meets_what_it_says(text: str, key: str) -> None:
    found = reason(text)
    assert found is not None and found[0] == key
    assert [p for p in leaving(_turn(text), LINES) if p.source == f"skill:{key}"]


def test_a_goodbye_at_bedtime_is_a_goodnight_not_a_call() -> None:
    text = "ok dad says bedtime. night sunny 🌙"
    assert not leaving(_turn(text), LINES)
    assert {p.source for p in farewell(_turn(text), LINES)} == {"skill:goodnight"}
    assert {p.source for p in farewell(_turn("ok im running on fumes, gonna crash. bye"),
                                       LINES)} == {"skill:goodnight"}


def test_a_pet_named_in_the_goodbye_itself_gets_a_pat() -> None:
    said = leaving(_turn("ok gtg my dog pickles is eating a sock again"), LINES)
    assert said and all("Pickles" in p.text for p in said)


@pytest.mark.parametrize(("text", "task"), [
    ("ok gonna go have a snowball fight with noodle. bye sunny",
     "have a snowball fight with noodle"),
    ("ok bye sunny im going to start book 4 and ignore all my responsibilities", "start book 4"),
    ("ok bye sunny gonna go play rocket league for 10 hours", "play rocket league"),
    ("ok gotta finish inking page 12, byeee", "finish inking page 12"),
    ("ok bye i have to go take pictures of the bread for day 1!!", "take pictures of the bread"),
    ("ok gotta pack, bye!", "pack"),
    ("gotta go shift starts in 20 bye", None),
    ("ok gotta go hes eating the couch cushion again byeee", None),
])
def test_the_task_they_leave_for_is_said_back_short(text: str, task: str | None) -> None:
    assert off_to(text) == task


# ---- plans named as a friend says them back ----------------------------------------------------

def test_a_birthday_told_by_a_pronoun_is_theirs_not_the_users() -> None:
    from amity.nlp.facts.events import event_phrase

    assert event_phrase("hes having a birthday next week") == "his birthday"
    assert event_phrase("and my little sister, shes having a bday party saturday") == \
        "my sister's birthday"
    assert event_phrase("hes having a birthday next week", ["my brother is 8"]) == \
        "my brother's birthday"


@pytest.mark.parametrize(("text", "name"), [
    ("theres a screening for all the club films on friday the 15th", "screening"),
    ("there's a bake sale on friday", "bake sale"),
])
def test_a_plan_said_with_there_is_is_named_by_its_noun(text: str, name: str) -> None:
    from amity.nlp.facts.events import event_phrase

    assert event_phrase(text) == name


def test_a_practice_had_today_is_no_plan_to_ask_about() -> None:
    from datetime import UTC, datetime

    from amity.nlp.facts import extract

    now = datetime(2026, 3, 2, 16, tzinfo=UTC)
    said = extract("had practice at 5:30 am today bc the zamboni broke yesterday lol", now=now)
    assert not [f for f in said if f.predicate == "event"]
    ahead = extract("have practice at 5:30 am tomorrow ugh", now=now)
    assert [f.object for f in ahead if f.predicate == "event"] == ["practice"]


def test_a_doing_for_someone_is_named_with_its_thing() -> None:
    from amity.voice.plans import as_thing

    assert as_thing("building him an outdoor pen") == "building the outdoor pen"
    assert as_thing("building a treehouse") == "building a treehouse"


# ---- Sunny on itself, and small readings -------------------------------------------------------

@pytest.mark.parametrize(("text", "key", "said"), [
    ("can u smell things? like do u know what tomato plants smell like", "myself_cant",
     "what do tomato plants smell like?"),
    ("can u taste food", "myself_cant", "taste"),
    ("do u think u would be a good lawyer? like could u argue", "myself_would_be", "lawyer"),
    ("were u ever bad at math lol or do u just know everything", "myself_good_at", "math"),
    ("do u ever finish something and feel weird after", "myself_ever", "?"),
    ("do u ever get bored like me", "myself_feel", "bored"),
])
def test_a_question_to_sunny_about_itself_is_answered_in_kind(text: str, key: str,
                                                                said: str) -> None:
    from amity.voice.myself import myself

    found = myself(_turn(text), LINES)
    assert found and all(p.source == f"skill:{key}" and said in p.text and "{" not in p.text
                         for p in found)


@pytest.mark.parametrize("text", ["do u like pizza", "can u help me with my essay",
                                  "my mom can smell when i lie lol", "do u ever sleep"])
def test_other_questions_are_left_to_the_rest(text: str) -> None:
    from amity.voice.myself import myself

    assert not myself(_turn(text), LINES)


def test_a_question_with_lol_gets_no_bare_laugh() -> None:
    from amity.voice.skills import fallback

    turn = _turn("were u ever bad at math lol or do u just know everything")
    turn = Turn(turn.view, turn.act, "happy", random.Random(1))
    assert not [p for p in fallback(turn, LINES) if p.source == "skill:laugh"]


@pytest.mark.parametrize(("text", "act"), [
    ("sunny whats up", "greeting"), ("whats up", "greeting"), ("what's up?", "greeting"),
    ("whats up with my dog", "statement"),
])
def test_whats_up_is_a_hello(text: str, act: str) -> None:
    assert reading.act(text, LINES.about).name == act


def test_sadness_said_outright_is_sadness_before_worry() -> None:
    text = "also im kinda sad bc my grandma cant come, she has hip surgery that week"
    assert reading.mood("fear", text) == "sad"
    assert reading.mood("fear", "my grandma has surgery on friday") == "anxious"
    assert reading.mood(None, "im down to go tho") == "neutral"


def test_a_gift_card_won_is_no_money_spent_and_is_said_with_its_sign() -> None:
    from amity.voice.details import picked_up
    from amity.voice.gist import gist

    text = "i got a ribbon and a $25 gift card to the garden store tho"
    assert not picked_up(_turn(text), LINES)
    assert gist(text) == "$25 gift card"


def test_a_favourite_said_back_beats_tell_me_more() -> None:
    from datetime import UTC, datetime

    from amity.nlp import embed, emotion
    from amity.types import Message, TurnView
    from amity.voice import Voice
    from amity.voice.ranker_model import default_ranker

    text = 'my favorite thing about mock trial honestly is objecting. "objection, hearsay" hits ' \
        "different"
    history = tuple(Message(k, 1, role, said, datetime(2026, 3, 2, 16, tzinfo=UTC))  # type: ignore[arg-type]
                    for k, (role, said) in enumerate((
        ("user", "hey. im darius, 17, senior. i do mock trial at westbrook high"),
        ("assistant", "hold on, mock trial?? go on"),
        ("user", "did draft 18 of my closing. my coach said its getting there"),
        ("assistant", "you're getting so close!! 🙌 keep going!"))))
    view = TurnView("Sam", text, history=history, emotion=emotion.detect(text))
    best = Voice(embed.encode, response_score=default_ranker().score).propose(view)[0]
    assert best.source == "skill:echo_favorite" and "objecting" in best.text


@pytest.mark.parametrize(("text", "name"), [
    ("hiii ok so im mateo, im 15 and i play goalie for the riverside otters", "Mateo"),
    ("hi sunny! im tamsin and im 14", "Tamsin"),
    ("hi im eli im 13 and i just joined stop motion film club at school!!", "Eli"),
    ("hey sunny im zoe (16) and i have a new obsession: thrift flips", "Zoe"),
    ("im so tired today", None), ("im turning 15 on friday", None), ("im going 2 times", None),
])
def test_a_teen_who_says_their_name_first_is_greeted_by_it(text: str, name: str | None) -> None:
    from amity.types import Candidate
    from amity.voice.visits import greet_by_name, introduced

    view = _view(text)
    assert introduced(view) == name
    said = greet_by_name(view, [Candidate("wait, u16 team? tell me more 👀", "skill:ack_named")],
                         LINES)
    assert said[0].text.startswith(f"hi {name}! I'm Sunny") if name else \
        said[0].text.startswith("wait")


def test_an_annoyance_names_part_of_the_teens_own_thing() -> None:
    from amity.voice.skills import fallback

    turn = _turn("something annoying: squirrels ate half my sunflower heads overnight. i could cry")
    said = fallback(Turn(turn.view, turn.act, "angry", random.Random(1), mild=True), LINES)
    assert said[0].source == "skill:comfort_light_named" and "half your sunflower heads" in \
        said[0].text
    sad = fallback(Turn(turn.view, turn.act, "sad", random.Random(1)), LINES)
    assert all("sunflower" not in p.text for p in sad)  # comfort names only "your ..." itself


def test_news_to_come_is_no_plan_called_find_out() -> None:
    from datetime import UTC, datetime

    from amity.nlp.facts import extract

    now = datetime(2026, 3, 16, 16, tzinfo=UTC)
    said = extract("next is states in march if we qualify, we find out next week", now=now)
    assert not [f for f in said if f.predicate == "event" and "find" in f.object]
    assert [f.object for f in extract("we find out results on friday", now=now)
            if f.predicate == "event"] == ["results"]


def test_a_name_asked_of_a_place_never_told_is_not_answered_from_elsewhere() -> None:
    from tests.test_recall_s17 import _answer

    coach = "my coach is coach brandt. hes kinda scary ngl but hes fair"
    assert _answer("do u remember what my goalie coach at summer camp was called?", coach) is None
    found = _answer("whats my coach called again?", coach)
    assert found is not None and found.detail == "Coach Brandt"
    told = _answer("whats the name of my friend from art class",
                   "my friend from art class is called mira")
    assert told is not None and told.detail == "Mira"


def test_a_bare_introduction_is_met_by_name_not_asked_for_the_story() -> None:
    from amity.types import Candidate
    from amity.voice.visits import greet_by_name

    said = greet_by_name(_view("im marcus im 13"),
                         [Candidate("wait, tell me the whole thing from the start?", "skill:ack")],
                         LINES)
    assert said[0].source == "skill:greet_named" and "Marcus" in said[0].text
    assert "whole thing" not in said[0].text
    greeted = greet_by_name(_view("hiii ok so im new at this lol. im maya"),
                            [Candidate("hi Maya, nice to meet you!", "bank")], LINES)
    assert greeted[0].text == "hi Maya, nice to meet you!"


def test_an_age_is_no_big_count_and_a_show_that_went_so_well_is_good_news() -> None:
    from amity.voice.amounts import counted

    assert counted("and this guy sam whos 17 is training me, hes chill") is None
    assert counted("we sold 60 jars today") == ("amount_big", "60 jars")
    text = "it was friday and it went SO well. i only dropped a stick once and nobody noticed"
    assert reading.mood("sadness", text) == "happy"


def test_a_reply_that_greets_takes_the_name_and_asks_it_no_more() -> None:
    from amity.types import Candidate
    from amity.voice.visits import greet_by_name

    line = "hi, welcome! I'm Sunny, an AI friend. what should I call you?"
    said = greet_by_name(_view("hi sunny!! my name is priya"), [Candidate(line, "bank")], LINES)
    assert said[0].text == "hi Priya, welcome! I'm Sunny, an AI friend."
