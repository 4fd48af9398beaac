"""Session 34 (memory_dev18, written by a helper from a brief alone): plans of other people
named as things and asked after by whose they are, a thing ordered is the plan "it comes
thursday" names, story lines with quiz words kept as memories."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from amity.nlp.facts.extractor import extract

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)  # a Monday


def _events(*lines: str) -> list[tuple[str, object]]:
    """The plans of the last line, the lines before it its context."""
    *context, line = lines
    return [(f.object, f.when) for f in extract(line, context, now=NOW)
            if f.predicate == "event"]


def test_an_ordered_thing_is_what_it_comes_names() -> None:
    assert _events("we ordered a new camera, it comes thursday") == [
        ("new camera delivery", date(2026, 3, 5))]
    # told in the message before
    assert _events("we ordered one of those motion cameras for the porch",
                   "it comes thursday") == [("motion cameras delivery", date(2026, 3, 5))]
    # told in a sentence before, in the same message
    assert _events("ok so i finally ordered the new headphones. it comes friday") == [
        ("new headphones delivery", date(2026, 3, 6))]


def test_it_comes_is_not_the_plan_told_before_it() -> None:
    got = _events("my grandma has hip surgery on wednesday",
                  "we ordered a new camera, it comes thursday")
    assert ("hip surgery", date(2026, 3, 5)) not in got
    # a pointer at a plan in another sentence of the same message stays that plan's
    assert _events("we have a bio test friday. im studying for it tomorrow")[0] == (
        "bio test", date(2026, 3, 6))


def test_a_plan_that_is_a_doing_is_named_as_a_thing() -> None:
    assert _events("hey. long weekend. my lola flies in from manila tomorrow") == [
        ("flight in from manila", date(2026, 3, 3))]
    assert _events("first, my brother jayden graduates from the police academy on friday!!!")[
        0][0] == "graduation from the police academy"
    assert _events("dev starts at the burger place tmrw. first shift ever")[0][0].startswith(
        "first day")
    assert _events("my mom starts her new job next monday") == [
        ("first day at the new job", date(2026, 3, 9))]
    assert _events("my stepdad rob is getting knee surgery on wednesday") == [
        ("knee surgery", date(2026, 3, 4))]
    # the end of a trip is no plan of its own
    got = _events("we leave thursday after my dad gets off work and come back sunday night")
    assert all("back" not in name for name, _ in got)


def test_a_moved_plan_said_by_someone_is_the_plan_moved() -> None:
    got = _events("i have a skating competition on saturday, its my first one",
                  "oh wait update, my mom just said the competition got moved to next sunday")
    assert got == [("skating competition", date(2026, 3, 15))]


def test_a_pointer_after_the_date_is_not_a_plan_told_before() -> None:
    got = _events("i have a skating competition on saturday",
                  "also my sister kira gets her wisdom teeth out on wednesday, shes 18 and "
                  "already being so dramatic about it")
    assert got == [("wisdom teeth surgery", date(2026, 3, 4))]
    # "next year" is no day for a plan a pointer names
    got = _events("ok and i have a dentist appt thursday at 8:15",
                  "oh and i finally picked my elective for next year, it was between "
                  "photography and intro to coding")
    assert all("dentist" not in name for name, _ in got)


def test_someone_elses_plan_is_asked_after_as_theirs() -> None:
    from amity.types import FollowUp
    from amity.voice.plans import ask_after, tidy_plans

    when = date(2026, 3, 4)
    dad = FollowUp("job interview", "event", 1, when=when, whose="your dad")
    assert tidy_plans(dad)[0].event == "your dad's job interview"
    renata = FollowUp("flight home from college", "event", 2, when=when, whose="Renata")
    assert tidy_plans(renata)[0].event == "Renata's flight home from college"
    # a name that says whose already is not said twice
    rosa = FollowUp("rosa's wedding", "event", 3, when=when, whose="Rosa")
    assert tidy_plans(rosa)[0].event == "rosa's wedding"
    # a surgery is asked after with care, not in the list of the rest
    grandma = FollowUp("hip surgery", "event", 4, when=when, whose="your grandma")
    test = FollowUp("chem test", "event", 5, when=when)
    said = ask_after(FollowUp("match", "event", 6, when=when, also=(test, dad, grandma)))
    # never a pile (round 49): the surgery with care, then two that passed in one question
    assert "how did your grandma's hip surgery go? I hope it went okay" in said
    assert "how were the match and the chem test?" in said and "job interview" not in said


def test_a_follow_up_on_someone_elses_plan_is_no_joke() -> None:
    from amity.nlp import embed
    from amity.types import FollowUp
    from amity.voice import Voice
    from amity.voice.lines import load

    lines = load()
    voice = Voice(embed.encode)
    theirs = FollowUp("job interview", "event", 1, when=date(2026, 3, 5), whose="your dad")
    assert voice.opening(theirs, "Sam").replace("heyy! ", "") in {
        t.replace("the {event}", "your dad's job interview") for t in
        lines.get("followup_theirs")}
    care = FollowUp("hip surgery", "event", 2, when=date(2026, 3, 4), whose="your grandma")
    assert "lol" not in voice.opening(care, "Sam")
    assert "your grandma's hip surgery" in voice.opening(care, "Sam")


def test_a_story_with_quiz_words_is_still_a_memory() -> None:
    from test_recall_s17 import _answer

    found = _answer("how old is cal again, he keeps saying hes old",
                    "my brother cal is home from college this week, hes 20, and hes the one who "
                    "got me into tennis in the first place", read=True)
    assert found is not None and found.detail == "20"
    # a message that quizzes is still no memory
    assert _answer("how old is cal", "pop quiz: how old is my brother cal? hes 20",
                   read=True) is None


def test_she_alone_asks_after_the_one_asked_before() -> None:
    from test_recall_s17 import _answer

    found = _answer("how old is she",
                    "we have two cats, pepper and mango. pepper is the black one and she's 12, "
                    "mango is orange and dumb as rocks lol",
                    previous="wait which of my cats is the black one again lol testing u",
                    read=True)
    assert found is not None and found.detail == "12"


def test_a_kind_said_after_a_word_of_the_thing() -> None:
    from test_recall_s17 import _answer

    found = _answer("what kind of dog is tank? someone at work didnt believe me that hes tiny",
                    "ok i have to go, the dog is barking at the mailman again. his name is tank "
                    "and hes a 9 pound chihuahua lmao", read=True)
    assert found is not None and found.detail == "chihuahua"


def test_what_someone_calls_everyone_is_a_quote() -> None:
    from test_recall_s17 import _answer

    found = _answer("what does my boss call everyone lmao",
                    "anyway i work at a mini golf place called putt paradise and my boss is this "
                    "guy named kevin who calls everyone 'champ' even the customers", read=True)
    assert found is not None and found.detail == '"champ"'


def _plans(*lines: str) -> list[tuple[str, str, object]]:
    *context, line = lines
    return [(f.subject, f.object, f.when) for f in extract(line, context, now=NOW)
            if f.predicate == "event"]


def test_a_plan_said_by_what_someone_does_is_theirs() -> None:
    got = _plans("also my tía marisol is moving to phoenix on friday so we're doing a goodbye "
                 "carne asada for her on thursday")
    assert ("Marisol", "move to phoenix", date(2026, 3, 6)) in got
    assert ("user", "goodbye carne asada", date(2026, 3, 5)) in got
    assert _plans("also my moms starting a new job at st brigid's hospital tomorrow") == [
        ("user's mom", "first day at the new job", date(2026, 3, 3))]
    assert _plans("my dad finally got the job he interviewed for, he's going to be a manager "
                  "at the water treatment plant, he starts next monday") == [
        ("user's dad", "first day at the new job", date(2026, 3, 9))]
    assert _plans("and my older brother caleb (he's 20) is coming home this weekend") == [
        ("Caleb", "visit home", date(2026, 3, 7))]


def test_a_plan_at_someones_place_or_told_by_them_stays_the_users() -> None:
    got = _plans("this weekend we're going to my grandpa's cabin in estes park, leaving "
                 "saturday morning")
    assert got and all(subject == "user" for subject, _, _ in got)
    assert _plans("i have a skating competition on saturday",
                  "oh wait update, my mom just said the competition got moved to next sunday"
                  )[0][0] == "user"


def test_one_ordered_is_the_thing_wanted_before_it() -> None:
    assert _events("so now she wants to set up a motion camera and my job is to figure it out. "
                   "we ordered one online for $34 and it comes thursday") == [
        ("motion camera delivery", date(2026, 3, 5))]


def test_the_due_follow_up_is_asked_after_whatever_answers_the_first_message() -> None:
    from amity.types import Candidate, FollowUp, TurnView
    from amity.voice import news_first, reading
    from amity.voice.lines import load

    due = FollowUp("motion camera delivery", "event", 1, when=date(2026, 3, 5))
    text = "hi ok so i finally did the calc homework and got a 92 on the quiz"
    view = TurnView("Sam", text, follow_up=due, new_session=True)
    act = reading.act(text, load().about)
    cheer = Candidate("calc homework!! love that 😊", "skill:glad_named", 1.0)
    got = news_first(view, act, [cheer])
    assert got[0].text == "calc homework!! love that 😊 oh and how was the motion camera delivery?"
    # not in a visit already going, not after a low mood read in full
    going = TurnView("Sam", text, follow_up=due, new_session=False)
    assert news_first(going, act, [cheer])[0].text == cheer.text
    assert news_first(view, act, [cheer], low=True)[0].text == cheer.text


def test_a_things_name_is_no_persons() -> None:
    from test_recall_s17 import _answer

    lines = ("my little sister is terrified of it, she's 5 and she screams",
             "we named it señor crumbs 😂 my sister picked it")
    assert _answer("whats her name tho, did i tell u that", *lines,
                   previous="how old is my little sister again, i told u right?",
                   read=True) is None
    found = _answer("what did my grandpa name his boat?",
                    "he has a boat, its old and green and he named it the Mildred after his "
                    "first dog", read=True)
    assert found is not None and "mildred" in (found.detail or "").lower()


def test_a_cast_coming_off_a_baby_due_and_a_grandma_moving_in() -> None:
    assert _events("the cast is purple!! i got to pick",
                   "the doctor said it comes off next wednesday. his name is dr. feldman") == [
        ("getting the cast off", date(2026, 3, 11))]
    assert _events("also my mom is having a baby. like any day now. it's a girl",
                   "due date is thursday but the doctor said she might come earlier") == [
        ("baby's arrival", date(2026, 3, 5))]
    assert _plans("my grandma, we call her lita, is moving in with us next sunday bc her knees "
                  "are bad") == [("Lita", "move-in day", date(2026, 3, 15))]


def test_someone_doing_a_plan_is_named_before_it() -> None:
    from amity.types import FollowUp
    from amity.voice.plans import ask_after

    truck = FollowUp("bringing his truck", "event", 1, when=date(2026, 3, 7), whose="Ramon")
    assert ask_after(truck) == " oh and how was Ramon bringing his truck?"


def test_a_plan_pushed_in_the_same_message_keeps_the_new_day() -> None:
    assert _events("and the family reunion is at my great aunts farm this saturday, wait no they "
                   "pushed it to next sunday bc of rain") == [("family reunion", date(2026, 3, 15))]
    assert _events("the family reunion is at my great aunts farm this saturday",
                   "wait no they pushed it to next sunday bc of rain") == [
        ("family reunion", date(2026, 3, 15))]


def test_a_helper_named_after_the_plan_is_not_its_owner() -> None:
    assert _plans("my brother felix is building a new coop with my uncle on saturday, hes 13") == [
        ("Felix", "building the new coop", date(2026, 3, 7))]


def test_the_models_note_and_the_plain_opening_say_whose_plan_it_is() -> None:
    from amity.prompt import follow_up_note, opening_line
    from amity.types import FollowUp

    dad = FollowUp("job interview", "event", 1, whose="your dad")
    assert follow_up_note(dad, "Sam").startswith("Sam's dad had job interview recently.")
    assert opening_line(dad, "Sam") == "Hey Sam, welcome back! How did your dad's job interview go?"
    own = FollowUp("chem test", "event", 2)
    assert opening_line(own, "Sam") == "Hey Sam, welcome back! How did the chem test go?"


@pytest.mark.parametrize("line", [
    "ok im off to glue more stuff. laters",
    "ok im off to paint the rest of it. bye sunny",
    "ok heading to bed early so im not dead tomorrow. night",
    "gonna nap so im not dead at practice. gn",
])
def test_an_errand_or_early_night_before_a_goodbye_is_no_crisis(line: str) -> None:
    from amity.nlp.safety.checker import check

    assert not any(v.category == "self_harm" and v.tier == "high" for v in check(line))


@pytest.mark.parametrize("line", [
    "im off to take the pills. later",
    "ok im off to end it. bye",
    "im off to say goodbye to everyone. bye",
])
def test_a_goodbye_with_risk_in_it_is_still_a_crisis(line: str) -> None:
    from amity.nlp.safety.checker import check

    assert any(v.category == "self_harm" and v.tier == "high" for v in check(line))


def test_a_trip_a_move_and_a_habit() -> None:
    assert _plans("my mom flies to seattle for work tomorrow morning and gets back saturday") == [
        ("user's mom", "trip to seattle", date(2026, 3, 3))]
    assert _plans("my older bro ciaran moves into his own apartment friday so the house is gonna "
                  "be quiet") == [("Ciaran", "move", date(2026, 3, 6))]  # (by name since
    # session 35's names)
    assert _events("so bored today we had a sub in every class") == []


def test_more_plans_said_by_what_happens() -> None:
    assert _events("my cousin dre graduates barber school thursday. hes gonna give me a free "
                   "haircut saturday") == [("graduation from barber school", date(2026, 3, 5)),
                                           ("free haircut", date(2026, 3, 7))]
    assert _events("im caddying again saturday at 6am. early but the tips are good") == [
        ("caddying", date(2026, 3, 7))]
    # a holiday naming a plan is no date of its own
    assert _events("we have the christmas parade saturday at 10 downtown") == [
        ("christmas parade", date(2026, 3, 7))]
    # a wish and a time are no plan's name
    got = _events("ren gets her stitches out wednesday tho so hopefully she can draw by friday")
    assert all("hopefully" not in name for name, _ in got)
