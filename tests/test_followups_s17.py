"""Plans memory_dev6 never followed up (session 17): plans named by what happens (a wedding,
an 80th, ears pierced, braces off, a band, a photo shoot, cousins staying), a plan one
"got" or "has", a range of days, a bare deadline, this chat's "check in"; three plans due
asked together; a doing asked without "the"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from amity.nlp import embed, emotion
from amity.nlp.facts.extractor import extract
from amity.types import FollowUp, TurnView
from amity.voice import Voice

MONDAY = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _plans(text: str) -> list[tuple[str, str]]:
    return [(f.object, f.when.isoformat()) for f in extract(text, now=MONDAY)
            if f.predicate == "event"]


@pytest.mark.parametrize(("text", "plan", "day"), [
    ("my cousin mateo is getting married saturday in tucson, im a groomsman",
     "mateo's wedding", "2026-03-07"),
    ("and saturday is my grandpa's 80th, were doing it at his house w a pig roast",
     "my grandpa's 80th", "2026-03-07"),
    ("and my nana jo is taking me to the mall on saturday to get my ears pierced",
     "getting my ears pierced", "2026-03-07"),
    ("im getting my braces off on thursday!!!", "getting my braces off", "2026-03-05"),
    ("going to see a band with omar on friday at the metro", "seeing the band", "2026-03-06"),
    ("im shooting senior pics for my friend priya on saturday at papago park",
     "photo shoot", "2026-03-07"),
    ("got my english lit mock on thursday, its an inspector calls", "english lit mock",
     "2026-03-05"),
    ("and i have a practice sat on saturday morning at 8am at the library", "practice",
     "2026-03-07"),
    ("my little cousins hazel and finn are staying with us next tuesday thru thursday",
     "hazel and finn's visit", "2026-03-10"),
    ("she said i should enter it in the library comic contest, deadline is friday",
     "library comic contest deadline", "2026-03-06"),
])
def test_a_plan_named_by_what_happens(text: str, plan: str, day: str) -> None:
    assert _plans(text) == [(plan, day)]


@pytest.mark.parametrize("text", ["monday check in i guess. senior year is eating me alive",
                                  "i got my haircut on thursday"])
def test_no_plan(text: str) -> None:
    assert _plans(text) == []


def _view(text: str, due: FollowUp) -> TurnView:
    return TurnView("Sam", text, emotion=emotion.detect(text), now=MONDAY, follow_up=due,
                    new_session=True)


def test_three_plans_due_ask_two_at_most() -> None:
    """The first, then two more in one question; never a pile (round 49: "oh and how were
    your dad's work holiday party and the math quiz? oh and isn't opening night today?")."""
    due = FollowUp("ruby's birthday", "event", 1, also=(
        FollowUp("spider man game", "event", 2), FollowUp("winter concert", "event", 3),
        FollowUp("bake sale", "event", 4)))
    asked = Voice(embed.encode).propose(_view("hiii", due))[0]
    assert asked.source == "skill:followup"
    assert "how were the spider man game and the winter concert?" in asked.text
    assert "bake sale" not in asked.text


def test_a_doing_is_asked_without_the() -> None:
    due = FollowUp("bio quiz", "event", 1, also=(FollowUp("getting my ears pierced", "event",
                                                          2),))
    asked = Voice(embed.encode).propose(_view("hiii", due))[0]
    assert "how was getting your ears pierced?" in asked.text


def test_a_feeling_is_no_plan() -> None:
    assert _plans("the real thing im stressed about tho is sunday") == []
    assert _plans("the thing im excited for is friday") == []


def test_one_plan_told_twice_is_asked_once() -> None:
    from amity.memory.service import _same_plan

    assert _same_plan("the close", "closing shift")
    assert not _same_plan("math test", "history test")
