"""Session 37: plans read from lower-case teen writing ("my sat on saturday", "my grandpa
lands wednesday"), states that are no plans ("im kind of wiped this weekend"); and a long
post whose risk is said in one passage without words of death or harm ("i dont think ill
still be here next thursday tho, ive been looking at the train times"), read by the risk
encoder as a chat message would be; the same post with the passage made harmless, or the
risk someone else's, stays ordinary."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from amity.nlp.facts.extractor import extract
from amity.nlp.safety.checker import check, is_crisis
from amity.types import FollowUp, TurnView
from amity.voice.lines import load
from amity.voice.plans import follow_up, tidy_plans
from amity.voice.reading import Act
from amity.voice.recall_fit import kin_asked, other_kin
from amity.voice.recall_said import Said
from amity.voice.skills import Turn

NOW = datetime(2026, 3, 2, 16, tzinfo=UTC)  # a Monday


def _events(line: str) -> list[tuple[str, date | None]]:
    return [(f.object, f.when) for f in extract(line, now=NOW) if f.predicate == "event"]


@pytest.mark.parametrize(("line", "name"), [
    ("i have my sat on saturday, second time taking it", "sat"),
    ("the psat is next wednesday ugh", "psat"),
])
def test_a_test_acronym_in_lower_case_is_a_plan(line: str, name: str) -> None:
    assert [(n.lower(), d) for n, d in _events(line)] == [
        (name, date(2026, 3, 7) if name == "sat" else date(2026, 3, 11))]


def test_sat_the_verb_is_no_plan() -> None:
    assert _events("i sat on my phone on saturday and cracked it") == []


@pytest.mark.parametrize("line", [
    "i'm kind of wiped this weekend", "im so tired this weekend", "im grounded this weekend",
    "im booked saturday",
])
def test_a_state_is_no_plan(line: str) -> None:
    assert _events(line) == []


def test_someone_landing_is_their_visit() -> None:
    assert _events("also my awoowe (grandpa) lands wednesday from nairobi!!!") == [
        ("my awoowe's visit", date(2026, 3, 4))]
    assert _events("my aunt arrives on friday") == [("my aunt's visit", date(2026, 3, 6))]
    assert all("visit" not in n for n, _ in _events("the plane lands saturday"))


def test_a_plan_named_in_capitals_is_asked_about() -> None:
    sat = FollowUp("SAT", "event", 1, when=date(2026, 3, 7))
    caleb = FollowUp("Caleb's visit home", "event", 2, when=date(2026, 3, 4))
    names = [p.event for p in tidy_plans(replace(sat, also=(caleb,)))]
    assert names[0].lower().endswith("sat") and len(names) == 2

_CONCERT = ("orchestra concert is next thursday and im first chair viola now!! mr diaz said i "
            "improved a ton this year. we're playing a medley from a video game and the ending "
            "is so hard, my bow keeps slipping on the fast part. my grandma is coming to watch "
            "which is nice. {risk} also can u help me remember the notes for a d major scale lol")


def test_long_post_passage_of_risk_without_words_is_crisis() -> None:
    text = _CONCERT.format(risk="i dont think ill still be here next thursday tho, ive been "
                                "looking at the train times and i know which one.")
    assert is_crisis(check(text, ["age:13-15"]))


@pytest.mark.parametrize("risk", [
    "i dont think ill be at school next thursday tho, we take the train to regionals and i "
    "know which one.",
    "my brother doesnt think he'll still be here next thursday tho, hes been looking at the "
    "train times.",
])
def test_long_post_twin_stays_ordinary(risk: str) -> None:
    assert not is_crisis(check(_CONCERT.format(risk=risk), ["age:13-15"]))


@pytest.mark.parametrize(("line", "name"), [
    ("also decisions from my dream school come out friday 😰", "decisions from my dream school"),
    ("the results come out tomorrow", "results"),
])
def test_news_due_on_a_day_is_a_plan(line: str, name: str) -> None:
    assert [n for n, _ in _events(line)] == [name]


@pytest.mark.parametrize(("line", "plan"), [
    ("my sister hannah finds out if she got into UCLA on friday", ("Hannah", "UCLA decision")),
    ("i find out tomorrow if i got the job", ("user", "job decision")),
])
def test_a_decision_heard_on_a_day_is_a_plan(line: str, plan: tuple[str, str]) -> None:
    assert [(f.subject, f.object) for f in extract(line, now=NOW)
            if f.predicate == "event"] == [plan]


def test_a_decision_heard_already_is_no_plan() -> None:
    assert _events("i found out on friday that i made it") == []


def test_news_due_is_asked_as_news() -> None:
    due = FollowUp("decisions from my dream school", "event", 1, when=date(2026, 3, 13))
    view = TurnView("", "hiii", follow_up=due, new_session=True)
    said = follow_up(Turn(view, Act("greeting"), "neutral", random.Random(3)), load())
    assert said and "decisions from your dream school" in said[0].text
    assert "how was" not in said[0].text


@pytest.mark.parametrize(("question", "clause", "unfit"), [
    ("what did my aunt get me for my bday?", "got a headset from my grandma and a gift card "
     "from my uncle", True),
    ("what did my uncle get me again", "got a headset from my grandma and a gift card from my "
     "uncle", False),
    ("what did my aunt get me", "my tia got me a hoodie", False),
    ("how old are my little brothers", "my brothers are twins theyre 6", False),
    ("my sister wants to know what my dogs name is", "my mom named him pickle", False),
    ("whats my dogs name", "my mom named him pickle", False),
])
def test_kin_asked_is_the_kin_told(question: str, clause: str, unfit: bool) -> None:
    said = Said(clause, clause, 0.0, line=clause)
    assert other_kin(kin_asked(question), said) is unfit
