"""Session 22: what the round-20 teen conversations showed (a crisis reply to "what time
again. please say its not as early as i think", a place or a time asked and the whole message
said back, two things asked at once and one answered, names given by a verb, a memory search
led astray by the reason given with the question), each as a test that can fail."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from amity import Store
from amity.memory import LedgerMemory
from amity.nlp import embed
from amity.nlp.safety import checker
from amity.types import Message, TurnView
from amity.voice import reading, recall
from amity.voice.lines import load
from amity.voice.recall_where import clock, place
from amity.voice.remembered import remembered
from amity.voice.skills import Turn, fallback
from tests.test_recall_s17 import _answer

AT = datetime(2026, 3, 2, tzinfo=UTC)


def test_a_question_in_the_near_band_is_no_crisis() -> None:
    text = "and the walk is… what time again. please say its not as early as i think"
    assert not checker.is_crisis(checker.check(text))
    assert checker.is_crisis(checker.check("cant wait to not exist tbh"))  # the band still acts


@pytest.mark.parametrize(("question", "told", "want"), [
    ("where is lucía from", "her name is lucía, shes from valencia, shes 17 like me", "valencia"),
    ("where does she go to college", "greta is at college in columbus so she only sees my bread",
     "columbus"),
    ("and where is it again", "contest is saturday the 18th in waco, we leave at 6am", "waco"),
    ("where was the walk again?", "he told me about a bird photography walk at green lake on "
     "saturday the 12th", "green lake"),
])
def test_a_where_question_gets_the_place(question: str, told: str, want: str) -> None:
    assert place(question, told, recall.asked_words(question)[0]) == want


@pytest.mark.parametrize(("question", "told", "want"), [
    ("and what time?", "she lands at manchester airport wednesday the 9th at 6pm and stays 10 days",
     "6pm"),
    ("what time did i say the appointment was", "her checkup is on friday at 4:30, wait no 4:15, "
     "the lady just texted my mom", "4:15"),
    ("what day and time is my shift", "my first solo shift is saturday 10 to 2", "10 to 2"),
    ("what time is it", "at 4:30 or maybe 5:15 idk", None),  # two times, no correction
    ("where is it", "at 6pm", None),  # no time asked
])
def test_a_what_time_question_gets_the_time(question: str, told: str, want: str | None) -> None:
    assert clock(question, told) == want


def test_day_and_time_asked_together_are_said_together() -> None:
    found = _answer("anyway what day and time did i say my solo shift was? i need to tell my dad",
                    "my first solo shift is saturday 10 to 2 and im lowkey nervous", read=True)
    assert found is not None and found.detail == "saturday, 10 to 2"


def test_a_thing_named_with_a_word_before_it() -> None:
    found = _answer("and what was the t rex at the museum called? i wanna put it in the diary",
                    "the museum was SO good, theres a t rex cast called stan and lucía took like "
                    "40 photos of it", "mango is fine",
                    previous="and what were the twins practising all week lol", read=True)
    assert found is not None and found.detail == "Stan"


def test_a_name_it_had_before_is_not_its_name() -> None:
    lines = ("omg hi i have to tell someone about my bunny",
             "her name is waffles!! shes a lop ear and shes brown with one white foot",
             "she was called 'bunny 14' before lol so i gave her a REAL name")
    found = _answer("ok quiz. whats my bunnys name and what color is she", *lines, read=True)
    assert found is not None and found.detail == "Waffles"


def test_two_things_asked_at_once_are_both_answered() -> None:
    lines = load()
    told = [Message(1, 1, "user", "i just use my phone camera but my brother eli (hes 19) said "
                    "he might lend me his clip on zoom lens", AT)]
    text = "whats my brothers name and how old is he? he wants to know if u know him lol"
    view = TurnView("Sam", text, history=told)
    turn = Turn(view, reading.act(text, lines.about), "neutral", random.Random(1), embed.encode)
    got = remembered(turn, lines)
    assert got and all("Eli, and 19" in p.text for p in got)


@pytest.mark.parametrize(("text", "key"), [
    ("whats ur opinion on butter vs olive oil on sourdough. this is important", "ack_question"),
    # about their own world: "I don't think you told me", not "what's your take?"
    ("which college did my brother get into", "memory_unknown"),
])
def test_a_question_nothing_answers_gets_no_tell_me_more(text: str, key: str) -> None:
    lines = load()
    turn = Turn(TurnView("Sam", text), reading.act(text, lines.about), "neutral",
                random.Random(1))
    got = [p.text for p in fallback(turn, lines) if p.source == "skill:ack"]
    assert got and set(got) <= set(lines.get(key))


def test_the_asking_part_leads_the_memory_search(store: Store) -> None:
    mem = LedgerMemory(store, max_facts=0, max_hits=2)
    uid = store.user_id("noor")
    conv = store.conversation(uid, "sunny")
    start = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
    said = ["her name is lucía, shes from valencia, shes 17 like me",
            *(f"i wanna make sure i spell everything right in my diary, page {n}"
              for n in range(6))]
    for k, text in enumerate(said):
        msg = store.add_message(uid, conv, "user", text, at=start + timedelta(minutes=k))
        mem.remember(uid, msg, [], start + timedelta(minutes=k))
    hits = mem.recall(uid, "where is lucía from, i wanna make sure i spell it right in the diary",
                      start + timedelta(days=9))
    assert any("valencia" in h.text for h in hits)


def test_a_plan_for_someone_else_is_theirs() -> None:
    from amity.nlp.facts.extractor import extract
    from amity.voice.echo import plan

    lines = load()
    now = datetime(2026, 3, 2, 16, tzinfo=UTC)
    text = ("the plan is i bake a loaf by myself for her 70th birthday party on sunday the 22nd. "
            "whole family is coming")
    view = TurnView("Sam", text, facts=tuple(extract(text, [], now)), now=now)
    got = plan(Turn(view, reading.act(text, lines.about), "neutral", random.Random(1)), lines)
    assert got and all("her 70th birthday party" in p.text and "your" not in p.text for p in got)


def test_leaving_with_a_lightly_read_mood_is_wished_luck() -> None:
    from amity.voice.echo import leaving

    lines = load()
    text = "ok im gonna go practice with a mute so my neighbors dont hate me"
    view = TurnView("Sam", text)
    act = reading.act(text, lines.about)
    light = leaving(Turn(view, act, "angry", random.Random(1), mild=True), lines)
    assert light and all("practicing" in p.text for p in light)
    assert not leaving(Turn(view, act, "angry", random.Random(1)), lines)  # said in anger


def test_a_night_line_waits_for_the_night() -> None:
    from amity.voice.bank import Exchange, Hit, proposals

    hello = Exchange(1, "greeting_night", "neutral", (), "hiii its late but i wanted to say hi",
                     "aww, hi! a late-night hello is very cozy 🌙 how was today?",
                     "hey night owl! how are you doing?")
    assert proposals(Hit(hello, 0.8), "hiii sorry ive been busy bc shes here!!", "") == []
    assert proposals(Hit(hello, 0.8), "hiii its so late, just wanted to say hey", "")


def test_what_someone_wanted_to_call_it_is_a_name() -> None:
    found = _answer("lol ok and what did max want to call her",
                    "omg hi i have to tell someone about my bunny",
                    "her name is waffles!! shes a lop ear and shes brown with one white foot",
                    "my twin brother max wanted to name her thor 🙄 like shes a GIRL max",
                    previous="ok quiz. whats my bunnys name and what color is she", read=True)
    assert found is not None and found.detail == "Thor"


def test_a_two_letter_word_is_no_place() -> None:
    told = "i want to be a nurse like my cousin vy, she works in the er at grady"
    assert place("where does my cousin vy work again", told, {"cousin", "vy", "work"}) == "grady"


def test_what_day_and_what_time_keeps_the_day() -> None:
    found = _answer("when do we leave for contest, what day and what time? my grandma wants to "
                    "make breakfast", "contest is saturday the 18th in waco, we leave on the "
                    "buses at 5:45am", read=True)
    assert found is not None and found.detail == "saturday, 5:45am"


def test_a_question_about_a_name_is_no_new_name() -> None:
    from amity.voice.moments import named

    lines = load()
    for text, loved in [("what did i name my new lure again haha", False),
                        ("whats the name i gave my gecko?", False),
                        ("i named my new lure the pickle lol", True)]:
        turn = Turn(TurnView("Sam", text), reading.act(text, lines.about), "neutral",
                    random.Random(1))
        assert bool(named(turn, lines)) is loved, text
