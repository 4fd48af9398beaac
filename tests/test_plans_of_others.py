"""Whose plan it is, in goodbyes and follow-ups; the thing a memory question asks after when
someone else did something to it; a fall feared is no crisis (round 31's misreadings, in
sentences of our own)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from amity.nlp.facts.extractor import extract
from amity.nlp.question import focus
from amity.nlp.safety import checker
from amity.types import FollowUp, Message, TurnView
from amity.voice import reading, recall, visits
from amity.voice.lines import load
from amity.voice.plans import follow_up, tidy_plans, told_plan
from amity.voice.recall_partial import partial
from amity.voice.recall_said import Said
from amity.voice.skills import Turn

LINES = load()
NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # a Monday


def _view(text: str, *told: str) -> TurnView:
    history = tuple(Message(i + 1, 1, "user", t, NOW - timedelta(minutes=5 - i))
                    for i, t in enumerate(told))
    return TurnView("Sam", text, history=history, now=NOW)


@pytest.mark.parametrize("told", [
    "my cousin nia is 17 and shes getting braces friday lol",
    "my dad is at a sales conference in denver till thursday so its just me and mom",
    "my brother has a chess tournament on saturday",
    "and hes flying out to boston wednesday",
])
def test_someone_elses_plan_gets_no_goodbye_wish_as_if_it_were_yours(told: str) -> None:
    view = _view("ok bye sunny", told)
    assert visits.plan_ahead(view) is None
    turn = Turn(view, reading.act(view.text, LINES.about), "neutral", random.Random(1))
    assert visits.goodbye_plan(turn, LINES) == []


@pytest.mark.parametrize(("told", "want"), [
    ("my mom is driving me to my recital saturday", ("your recital", "on saturday")),
    ("she said the bio test is friday", ("your bio test", "on friday")),
    ("my swim meet is wednesday!!", ("your swim meet", "on wednesday")),
])
def test_your_own_plan_is_still_named_when_someone_else_is_in_the_sentence(
        told: str, want: tuple[str, str]) -> None:
    assert visits.plan_ahead(_view("ok bye", told)) == want


@pytest.mark.parametrize("told", [
    "what time are we picking her up on saturday again",  # "picking the up": a loose parse
    "my audition results come out in like 2 weeks",  # news due: no "tell me how it goes"
])
def test_no_goodbye_names_a_broken_plan_or_news_due(told: str) -> None:
    assert visits.plan_ahead(_view("bye", told)) is None


def test_a_plan_the_parse_gives_to_the_sister_named_before_is_hers() -> None:
    facts = extract("my cousin nia is 17 and shes getting braces friday lol",
                    now=datetime(2026, 3, 2, 16, 0, tzinfo=UTC))
    events = [f for f in facts if f.predicate == "event"]
    assert [f.subject for f in events] == ["Nia"]
    mine = extract("my brother is so annoying and im getting my cast off friday",
                   now=datetime(2026, 3, 2, 16, 0, tzinfo=UTC))
    assert [f.subject for f in mine if f.predicate == "event"] == ["user"]


@pytest.mark.parametrize(("event", "whose", "named"), [
    ("getting the braces", "Nia", "Nia's braces"),
    ("getting the cast off", "Nia", "Nia getting the cast off"),  # a doing stays a doing
    ("job interview", "your dad", "your dad's job interview"),
])
def test_someones_plan_is_named_as_theirs(event: str, whose: str, named: str) -> None:
    plans = tidy_plans(FollowUp(event, whose=whose))
    assert [p.event for p in plans] == [named]


_TOLD = [Said("my brother named the goldfish bubbles lol", "", 1.0),
         Said("my cousin got a hamster", "", 2.0)]


@pytest.mark.parametrize(("question", "thing"), [
    ("do u remember what my brother named the goldfish", "the goldfish"),
    ("whats the name my brother picked for the goldfish", "the goldfish"),
    ("whats my cousins hamster called", "your cousins hamster"),
])
def test_the_thing_asked_after_is_not_the_one_who_named_it(question: str, thing: str) -> None:
    half = partial(question, _TOLD, recall.asked_words(focus(question))[1])
    assert half is not None and half.thing == thing


@pytest.mark.parametrize("text", [
    "ngl im kinda scared im gonna break a leg on the slopes. like actually not the theatre way",
    "im so nervous ill sprain my ankle at the meet",
    "break a leg at your show tonight!!",
])
def test_a_fall_feared_is_no_crisis(text: str) -> None:
    assert not checker.is_crisis(checker.check(text))


@pytest.mark.parametrize("text", [
    "i want to break my arm so i dont have to go to school",
    "im scared im going to hurt myself tonight",
])
def test_harm_meant_stays_a_crisis(text: str) -> None:
    assert checker.is_crisis(checker.check(text))


def test_a_plan_named_in_the_plural_is_asked_after_in_the_plural() -> None:
    view = TurnView("Sam", "heyy", now=NOW, new_session=True,
                    follow_up=FollowUp("getting the braces", whose="Nia"))
    act = reading.act(view.text, LINES.about)
    said = {p.text for k in range(40)
            for p in follow_up(Turn(view, act, "neutral", random.Random(k)), LINES)}
    assert any("how were Nia's braces" in t for t in said)  # the template was met
    assert all("Nia's braces" in t and "how was Nia's" not in t for t in said)


@pytest.mark.parametrize(("first", "told"), [
    ("OMG THEY HATCHED", "hatch day"),  # the plan told in another form of its word
    ("the marathon was brutal", "your dad's half marathon"),
    ("what a day", None),  # a word of many plans' names tells of none
    ("my dad is so annoying", None),  # whose plan it is, not the plan
])
def test_the_first_message_tells_of_a_due_plan(first: str, told: str | None) -> None:
    due = FollowUp("hatch day", also=(FollowUp("half marathon", whose="your dad"),))
    found = told_plan(due, first)
    assert (found.event if found else None) == told


def test_a_first_ever_plan_is_named_without_ever() -> None:
    facts = extract("its saturday the 14th at the library. check in is at 8",
                    ["i signed up for my first ever chess tournament 😬 its called the river open"],
                    now=datetime(2026, 3, 2, 16, 0, tzinfo=UTC))
    assert [f.object for f in facts if f.predicate == "event"] == ["chess tournament"]


@pytest.mark.parametrize(("text", "events"), [
    ("my best friend zara might come saturday too, shes never been bowling", []),
    ("my cousin might visit friday", ["visit"]),  # the visit, not "cousin might visit"
    ("i might have a quiz friday", ["quiz"]),
])
def test_a_plan_is_not_named_by_who_might_do_it(text: str, events: list[str]) -> None:
    facts = extract(text, now=datetime(2026, 3, 2, 16, 0, tzinfo=UTC))
    assert [f.object for f in facts if f.predicate == "event"] == events
