"""Session 53: memory answers read from memory_dev26 (a new development set written from the
sealed sets' brief): someone's thing asked by their name ("bud's tractor", "ash's
character") answered only from what was told of them, a joke with a question in it kept as
told, a number checked of the one asked before ("shes like 74 right?"), "her exact words
were", a coach called professor, which of two captains, what someone said with its subject
left out; events named cleanup, blood drive, bonfire; "shows up" is no show."""

from __future__ import annotations

import pytest

from amity.nlp.facts.events import event_phrase
from amity.voice.recall_names import titled_for
from amity.voice.recall_said import _clauses, _statements
from amity.voice.recall_whose import asked_of
from amity.voice.recall_words import stems
from tests.cpu import VNNI_READING
from tests.test_s46 import _probe

# ---- pure rules ---------------------------------------------------------------------------

_FARM = ["everyone calls them bud and june. june hired me, bud mostly drives the tractor",
         "my cousin dani and her friend ash who i barely know"]


@pytest.mark.parametrize(("question", "who"), [
    ("what's the name of bud's tractor lol", "bud"),
    ("what's ash's character's name, i wanna put it in the recap", "ash"),
    ("whats my dog's name", None),  # a pet, not a person told by name
    ("what's the tractor's name", None),  # told after "the": a thing
])
def test_someones_thing_asked_by_a_name_told_as_one(question: str, who: str | None) -> None:
    assert asked_of(question, _FARM) == who


def test_a_name_told_after_my_is_no_owner() -> None:
    assert asked_of("what's my bud's name", ["my bud jake is coming over"]) is None


def test_a_joke_told_with_a_question_in_it_is_kept() -> None:
    kept = _statements("bud's joke today was 'why did the scarecrow win an award? because he "
                       "was outstanding in his field' lol")
    assert "outstanding" in kept and "scarecrow" in kept


def test_a_question_asked_is_still_left_out() -> None:
    assert "pizza" not in _statements("do u like pizza? i had tacos")


def test_what_someone_said_with_its_subject_left_out_is_theirs() -> None:
    clauses = _clauses("mr diallo is my english teacher hes the best. said my essay was "
                       "'weirdly brilliant'")
    assert any(c.startswith("mr diallo said my essay") for c in clauses)


def test_a_said_clause_after_no_titled_person_gets_no_subject() -> None:
    clauses = _clauses("my friend is nice. said my essay was fine")
    assert not any(c.startswith(("my friend said", "my said")) for c in clauses)


@pytest.mark.parametrize(("asked", "want"), [
    ("which captain does the training", "captain reyes"),
    ("which captain does the paperwork", "captain boone"),
])
def test_of_two_captains_the_one_asked(asked: str, want: str) -> None:
    told = ("two captains run it captain reyes who does the training and captain boone who "
            "does paperwork and yells about boots")
    assert (titled_for(stems(asked), told) or "").lower() == want


@pytest.mark.parametrize(("text", "event"), [
    ("river cleanup saturday w my friends", "river cleanup"),
    ("donating blood tomorrow at the school blood drive", "school blood drive"),
    ("we have a bonfire friday night", "bonfire"),
    ("my cousins bat mitzvah is saturday", "cousins bat mitzvah"),
])
def test_more_events_are_named(text: str, event: str) -> None:
    assert event_phrase(text) == event


@pytest.mark.parametrize("text", [
    "today he shows up with a pickleball paddle for me",
    "he always shows off his car",
])
def test_shows_up_is_no_show(text: str) -> None:
    assert event_phrase(text) is None


def test_a_show_is_still_an_event() -> None:
    assert event_phrase("the talent show is friday") == "talent show"


# ---- whole engine -------------------------------------------------------------------------


def test_someones_thing_never_told_is_not_invented() -> None:
    reply = _probe(["the owners are mr and mrs hartley but everyone calls them bud and june. "
                    "bud mostly drives the tractor and tells dad jokes",
                    "also my best friend tasha's sweet sixteen is friday at her house"],
                   ["hi", "what's the name of bud's tractor lol, i know it has one"])
    assert "tasha" not in reply.lower()


@VNNI_READING
def test_a_number_checked_of_the_one_asked_before() -> None:
    reply = _probe(["my grandma got me into curling. shes 71 and destroys everyone",
                    "her team is called the stone cold grannies lol"],
                   ["hey", "whats my grandmas team called again lol", "shes like 74 right?"])
    assert "71" in reply


def test_her_exact_words_are_what_she_said() -> None:
    reply = _probe(["my mom is not thrilled. her exact words were 'i didnt raise u to get sat "
                    "on by strangers'"],
                   ["hey", "what did my mom say about it again, i wanna quote her"])
    assert "strangers" in reply.lower()


def test_a_coach_called_professor_is_named() -> None:
    reply = _probe(["so i started jiu jitsu and my coach (professor andrade, u have to call "
                    "them professor) said i might get my first stripe"],
                   ["hey", "whats my coachs name? professor something and i always forget"])
    assert "andrade" in reply.lower()


# ---- plans told in more ways (follow-ups) -----------------------------------------------

_MONDAY = __import__("datetime").datetime(2026, 3, 2, 16, 0, tzinfo=__import__("datetime").UTC)


def _plans(text: str) -> list[tuple[str, str]]:
    from amity.nlp.facts.extractor import extract
    return [(f.object, str(f.when)) for f in extract(text, [], _MONDAY) if f.predicate == "event"]


def test_a_plan_moved_in_a_sentence_of_its_own_keeps_its_owner_and_takes_the_new_day() -> None:
    events = _plans("my sister kiara graduates this week and her party was gonna be saturday "
                    "but my mom moved it to next sunday")
    assert ("party", "2026-03-15") in events and ("party", "2026-03-07") not in events


def test_a_day_put_instead_is_the_plans_day() -> None:
    events = _plans("oh and my first shift got moved, it was gonna be this saturday but june "
                    "said start next sunday instead")
    assert events and all(when == "2026-03-15" for _, when in events)


@pytest.mark.parametrize("text", [
    "my grandparents cant come this weekend",
    "i cant go to the party saturday",
])
def test_a_plan_said_not_to_happen_is_no_plan(text: str) -> None:
    assert _plans(text) == []


@pytest.mark.parametrize(("text", "event"), [
    ("meteor shower wed night, peak is like 2am", "meteor shower"),
    ("shes got her chem final on thursday so im not gonna text her", "chem final"),
    ("my big sister lena graduates saturday from community college", "graduation"),
])
def test_plans_told_in_more_ways(text: str, event: str) -> None:
    assert event in [e for e, _ in _plans(text)]


@pytest.mark.parametrize("text", ["i sat night after night", "we sat morning and night"])
def test_sat_done_is_no_saturday(text: str) -> None:
    from amity.nlp.facts.dates import find_dates
    assert find_dates(text, _MONDAY) == []


def test_a_price_asked_is_no_clock_time_nor_a_wage() -> None:
    reply = _probe(["class is tues and thurs at 5:45 at this gym called iron lotus",
                    "my shifts are 7 to 1, $12 an hour, and i get to take home a pint of "
                    "blueberries every shift"],
                   ["hey", "how much does the gym cost a month, i told u right?",
                    "how much does a pint of blueberries cost at the stand"])
    assert "$12" not in reply and "5:45" not in reply


@pytest.mark.parametrize(("text", "event"), [
    ("my actual dad lives in tucson now, im flying out to see him next wednesday",
     "trip to see my dad"),
    ("mom and elodie come home from the hospital on wednesday", "coming home from the hospital"),
    ("also my cat nova has to get a tooth pulled on thursday", "getting the tooth pulled"),
    ("uncle ray is last lol. i play him sunday", "game against uncle ray"),
])
def test_plans_named_by_who_and_what(text: str, event: str) -> None:
    assert event in [e for e, _ in _plans(text)]


def test_a_number_put_right_at_once() -> None:
    from amity.voice.recall_fix import swaps
    assert swaps("grandma gave me 20 for raking leaves. wait it was 25") == [("20", "25")]
    assert swaps("i got 3 of them wait its 4pm already") == []


def test_the_price_said_for_the_thing_asked() -> None:
    from amity.voice.remembered import paired
    told = "you told me cost $45 plus like $80 for the tank setup"
    assert paired("how much did the tank setup cost", told, "$45") == "$80"
    assert paired("how much was the frog", told, "$45") is None


def test_a_story_with_a_quote_to_someone_is_told_not_asked() -> None:
    kept = _statements("the coach is this huge guy, professor dante, and last week he told me "
                       "'you roll like a washing machine' which i THINK was a compliment??")
    assert "washing machine" in kept


@pytest.mark.parametrize("text", ["oh and my coachs name is professor what lol",
                                  "and the nice one is ms... ?"])
def test_a_name_begun_with_its_title_is_a_memory_question(text: str) -> None:
    from amity.voice.recall_ask import is_recall_question
    assert is_recall_question(text)


def test_savings_asked_are_the_money_had() -> None:
    reply = _probe(["saving for a switch", "got $140 so far", "need 300"],
                   ["hey", "how much did i have saved"])
    assert "140" in reply


def test_a_number_fixed_at_once_is_the_one_said_back() -> None:
    reply = _probe(["grandma gave me 20 for raking leaves. wait it was 25"],
                   ["hey", "how much grandma give me"])
    assert "25" in reply and "20" not in reply


def test_the_brothers_age_not_a_coworkers_told_beside_him() -> None:
    reply = _probe(["theres this other guy who works there, hes 17 and kinda mean?? his name is "
                    "trent", "also my little brother leo has his birthday on thursday, he turns 8"],
                   ["hey", "how old is my brother now lol he keeps saying hes basically 10"])
    assert "8" in reply and "17" not in reply


def test_a_name_asked_by_role_is_not_someone_elses() -> None:
    reply = _probe(["we're gonna watch the meteors together. her name is sofi",
                    "my science class is so boring"],
                   ["hey", "whats the name of my science teacher"])
    assert "sofi" not in reply.lower()


def test_a_name_told_with_its_role_is_still_said() -> None:
    reply = _probe(["i have a new science teacher. her name is ms lee and shes nice"],
                   ["hey", "whats the name of my science teacher"])
    assert "lee" in reply.lower()


def test_savings_asked_are_not_the_goal_for_the_thing() -> None:
    from amity.voice.remembered import paired
    told = "you told me you've saved $340 so far need $400 for the trip plus rentals"
    assert paired("and how much had i saved up before the trip", told, "$340") is None


def test_wish_us_luck_gets_luck() -> None:
    reply = _probe([], ["hiii", "the rangoli contest is saturday at the community center!!",
                        "ok wish us luck for saturday!!"])
    assert "luck" in reply.lower()


def test_our_win_is_not_taken_for_someone_elses_plan() -> None:
    from amity.types import FollowUp
    from amity.voice.plans import told_plan
    due = FollowUp(event="basketball game", kind="today", fact_id=1, whose="Daichi")
    assert told_plan(due, "SUNNY WE WON") is None
    assert told_plan(due, "DAICHI WON") is not None


def test_an_age_put_right_in_a_visit_before_is_said_put_right() -> None:
    from amity.evals import conversation_memory as cm
    script = {"id": "age", "sessions": [
        {"days_later": 0, "turns": ["ok so my dog pepper is about to see snow for the first time",
                                    "shes a whippet, 7 months old, and she gets cold lol"]},
        {"days_later": 4, "turns": ["hey", "ok correction shes actually 8 months not 7, my mom "
                                    "said i counted wrong lol"]},
        {"days_later": 11, "turns": ["hi", "how old is she again, the right age not the wrong "
                                     "one i said first"]}]}
    reply = cm.play_one(script)[2][1][1]
    assert "8 months" in reply and "7 months" not in reply


def test_a_thing_ruled_out_in_the_question_gives_no_price() -> None:
    from amity.voice.remembered import paired
    told = "you told me it was $240 plus $30 for the phone mount"
    assert paired("how much was my telescope? not the mount, just the telescope", told,
                  "$240") is None


def test_a_name_asked_of_someone_never_named_is_not_a_clause_about_another() -> None:
    reply = _probe(["i started working at the farmers market on saturdays at this jam stand run "
                    "by mrs pellegrino who lives two houses down from me"],
                   ["hey", "what was the name of the girl at the stand next to ours? she waved "
                    "at me and i panicked"])
    assert "pellegrino" not in reply.lower()
