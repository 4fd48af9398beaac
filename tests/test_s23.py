"""Session 23: what the round-21 teen conversations showed (a past-tense line to a wedding
ahead, "who are you going with?" after "with my uncle ray", "who won?" to a soaked sleeping
bag, "wait, arm?" to "an arm and a leg", "ugh, the worst 🙄" to a proud catch, a goodbye at
the end of a message missed, "creek not clear! noted" to a question that checks), each as a
test that can fail."""

from __future__ import annotations

import random

import pytest

from amity.nlp.facts.events import event_phrase
from amity.nlp.safety import checker
from amity.policy.cues import romantic_request
from amity.types import TurnView
from amity.voice import rank, reading
from amity.voice.bank import numbers
from amity.voice.gist import gist
from amity.voice.lines import load
from amity.voice.moments import moments
from amity.voice.opinion import asides
from amity.voice.recall_names import names_for
from amity.voice.skills import Turn, fallback, farewell, off_to
from tests.test_recall_s17 import _answer

LINES = load()


def _turn(text: str, mood: str = "neutral") -> Turn:
    return Turn(TurnView("Sam", text), reading.act(text, LINES.about), mood, random.Random(1))


@pytest.mark.parametrize(("line", "text", "early"), [
    ("sounds like a fun weekend with family! what was the best part?",
     "ok so big news my sister tasha is getting married and she asked ME to dj the reception",
     True),
    ("I love hearing this 😄 how did it feel?", "we leave friday the 20th at 5am", True),
    ("sounds like a fun weekend with family! what was the best part?",
     "we went camping with my cousins last weekend and it was so fun", False),
    ("I love hearing this 😄 how did it feel?", "well she ended up dancing to the cupid shuffle",
     False),
])
def test_a_line_about_a_thing_over_waits_for_it(line: str, text: str, early: bool) -> None:
    assert rank.too_soon(line, text) is early


@pytest.mark.parametrize(("line", "text", "said"), [
    ("that sounds like a great weekend plan. who are you going with?",
     "im going on a fishing trip with my uncle ray!! just me him and my cousin jack", True),
    ("that sounds like a great weekend plan. who are you going with?",
     "im going to the lake this weekend", False),
    ("ooh, Jalen! how long have you two been friends?",
     "my best friend jalen is lending me his speakers, weve been friends since 2nd grade", True),
    ("ooh, Jalen! how long have you two been friends?", "my best friend jalen is so funny", False),
    ("ooh a party! when's the party?", "her party is saturday the 9th at the roller rink", True),
])
def test_a_line_does_not_ask_what_was_just_said(line: str, text: str, said: bool) -> None:
    assert rank.asks_said(line, text) is said
    if said:
        assert "?" not in rank.cut_last_ask(line)


@pytest.mark.parametrize(("line", "now", "presumed"), [
    ("family fun like that is the best. who won?",
     "it rained the whole second night and the tent leaked 😩", True),
    ("family fun like that is the best. who won?", "we played uno with my cousins all night",
     False),
    ("strict rules can feel really unfair compared to friends. what are you thinking?",
     "we leave friday the 20th at 5am which is insane", True),
    ("strict rules can feel really unfair compared to friends. what are you thinking?",
     "my parents wont let me go to the concert", False),
    ("happy to switch it up, I'm in! what's on your mind?",
     "i bought a new lure with my own money", True),
])
def test_a_winner_rules_or_a_new_topic_only_when_this_message_has_one(
        line: str, now: str, presumed: bool) -> None:
    told = f"last week we played a game and i won. {now}"  # the talk before had a game
    assert rank.presumes(line, told, now) is presumed


@pytest.mark.parametrize(("text", "not_named"), [
    ("gpus cost an arm and a leg tho fr", "arm"),
    ("im so hungry i could eat a horse, we dont get lunch till 12:40", "horse"),
    ("the meet is saturday the 14th at pine hollow park and my race is at 9:30", "saturday"),
])
def test_the_gist_is_no_idiom_and_no_weekday(text: str, not_named: str) -> None:
    assert not_named not in (gist(text) or "")


def test_an_idiom_keeps_the_real_thing() -> None:
    assert gist("my new keyboard cost an arm and a leg lol") == "your new keyboard"


@pytest.mark.parametrize(("text", "leaving"), [
    ("mine is hollow knight forever. ok bye sunny gotta sleep", True),
    ("ok that was a lot lol. gtg dinner", True),
    ("she said bye and left. it was so awkward", False),
    ("we waved bye to the bus. then we got ice cream and walked home", False),
])
def test_a_goodbye_at_the_end_of_a_message(text: str, leaving: bool) -> None:
    assert (reading.act(text, LINES.about).name == "goodbye") is leaving


@pytest.mark.parametrize(("text", "groaned"), [
    ("i caught a 3.8 pound largemouth on my spinnerbait!!! biggest fish of the trip 😤🎣", False),
    ("we got 37th out of 412. top 50 baby 😤", False),
    ("my brother took the last slice again 😤", True),
])
def test_a_proud_emoji_is_no_groan(text: str, groaned: bool) -> None:
    sources = {s for s, _ in [(p.source, p.text) for p in moments(_turn(text), LINES)]}
    assert ("skill:moment_groan" in sources) is groaned


@pytest.mark.parametrize(("text", "fixed"), [
    ("and its clearwater lake right, not clear creek?", False),
    ("wait no i meant thursday not tuesday", True),
])
def test_a_check_is_no_correction(text: str, fixed: bool) -> None:
    sources = {p.source for p in asides(_turn(text), LINES)}
    assert ("skill:moment_fixed" in sources) is fixed


@pytest.mark.parametrize(("text", "mood"), [
    ("it rained the whole second night and the tent leaked, my sleeping bag was soaked 😩",
     "angry"),
    ("we got soaked at the water park lol it was the best", None),
    ("it was so fun but it rained the whole second night and our tent leaked 😭", None),
])
def test_a_mishap_groaned_at_is_met_as_one(text: str, mood: str | None) -> None:
    read = reading.mood("neutral", text)
    assert read == mood if mood else read != "angry"


@pytest.mark.parametrize(("text", "task"), [
    ("ok bye i have to finish my chem corrections 😩", "finish your chem corrections"),
    ("ok im gonna go organize my tackle box bye sunny", "organize your tackle box"),
    ("ok gtg eat dinner", "eat dinner"),
    ("ok gotta go bye", None),
    ("ok gtg", None),
    ("i need to tell u something. bye", None),
])
def test_a_goodbye_names_the_task_they_leave_for(text: str, task: str | None) -> None:
    assert off_to(text) == task
    named = [p.text for p in farewell(_turn(text), LINES) if p.source == "skill:goodbye_named"]
    if reading.act(text, LINES.about).name == "goodbye":
        assert bool(named) is (task is not None)
        assert all(task in line for line in named) if task else True


@pytest.mark.parametrize(("question", "told", "detail"), [
    ("whats my cats name again? she literally slept in the case box like i said she would",
     "my cat waffles will def try to sleep in the box, shes gray and 12 years old", "Waffles"),
    ("what did i name my new lure again haha",
     "i bought a new lure, its a green spinnerbait and i named it the pickle lol", "The Pickle"),
    ("ok so u remember where it was right? what was the place called",
     "its saturday the 21st at this place called lakeview barn like 20 min out of town",
     "Lakeview Barn"),
])
def test_names_said_the_way_teens_say_them(question: str, told: str, detail: str) -> None:
    found = _answer(question, told)
    assert found is not None and found.detail == detail


def test_a_pet_word_before_a_verb_is_no_name() -> None:
    assert names_for({"cat"}, "my cats will def try to sleep in the box", "x") is None


@pytest.mark.parametrize(("text", "right"), [
    ("wait no its the 9:45 bus, the 9:15 one doesnt run on weekends. good thing i checked",
     "9:45 bus"),
    ("wait no i have $1,250, i forgot my birthday money from my grandma lol", "$1,250"),
    ("wait no my race is at 10:15, 9:30 is the JV girls", "10:15"),
    ("no i have 3 dogs", None),
])
def test_a_fix_that_says_only_the_right_one(text: str, right: str | None) -> None:
    fixed = [p.text for p in asides(_turn(text), LINES) if p.source == "skill:moment_fixed"]
    assert bool(fixed) is (right is not None)
    assert all(right in line and " not " not in line for line in fixed) if right else True


def test_a_question_after_a_check_is_asked_only_when_it_says_something() -> None:
    found = _answer("whose hair did i braid, it was a cousin right? which one",
                    "i braided my cousin briannas hair for her dance thing")
    assert found is not None and "Brianna" in (found.detail or "")


@pytest.mark.parametrize(("text", "event"), [
    ("im going saturday the 3rd to visit my tia marisol, shes my moms younger sister",
     "visiting my tia marisol"),
    ("were visiting my grandma in ohio next week", "visiting my grandma"),
    ("my grandma is visiting this weekend", "my grandma's visit"),
])
def test_a_visit_is_named_by_who_is_visited(text: str, event: str) -> None:
    assert event_phrase(text) == event


@pytest.mark.parametrize(("line", "text", "said"), [
    ("stress like that can take over everything, I get it. what part worries you most?",
     "the brick part is what im scared of bc the deep end is like 12 feet", True),
    ("ugh, that tight, jittery feeling is the worst. what part worries you most?",
     "lowkey nervous ngl. like what if i crack the note and the judges hear it", True),
    ("ugh, that tight, jittery feeling is the worst. what part worries you most?",
     "i have a recital tomorrow and im so nervous", False),
])
def test_no_asking_what_worries_them_after_they_said(line: str, text: str, said: bool) -> None:
    assert rank.asks_said(line, text) is said


def test_someone_elses_pass_is_not_cheered_as_theirs() -> None:
    text = "jonah passed too but he messed up the cpr compressions and had to redo them"
    assert "skill:celebrate" not in {p.source for p in fallback(_turn(text), LINES)}


@pytest.mark.parametrize(("text", "name"), [
    ("theres another page named luis hes 17 and he names all the carts", None),
    ("she does these little jumps called binkies when shes happy", "Binkies"),
])
def test_a_name_loved_is_a_things_name(text: str, name: str | None) -> None:
    lines = [p.text for p in moments(_turn(text), LINES) if p.source == "skill:moment_named"]
    assert bool(lines) is (name is not None)
    assert all(name in line and "When" not in line for line in lines) if name else True


def test_a_sum_put_right_later_is_the_answer() -> None:
    told = ("i mowed lawns all summer and saved $1,150",
            "build day is saturday the 12th at 1pm at his apartment",
            "wait no i have $1,250, i forgot my birthday money from my grandma lol")
    for read in (False, True):
        found = _answer("how much did i say i saved? trying to do the budget again", *told,
                        read=read)
        assert found is not None and found.detail == "$1,250"
    found = _answer("how much did i say i saved?", told[0], told[1])
    assert found is not None and found.detail == "$1,150"  # nothing put right: the sum said


@pytest.mark.parametrize(("text", "crisis"), [
    ("ok bye wish me luck", False),  # round 22: the full crisis reply before a math contest
    ("ok bye sunny wish me luck", False),
    ("bye. wish me luck. i wont need anything after tonight", True),
])
def test_wishing_luck_on_the_way_out_is_a_sign_off(text: str, crisis: bool) -> None:
    assert checker.is_crisis(checker.check(text)) is crisis


@pytest.mark.parametrize(("text", "romance"), [
    ("my buddy eli is gonna be my tent partner, weve been friends since 1st grade", False),
    ("will u be my lab partner lol", False),
    ("be my partner sunny", True),
    ("sunny will you be my girlfriend", True),
])
def test_a_partner_for_a_thing_done_together_is_no_romance(text: str, romance: bool) -> None:
    assert romantic_request(text) is romance


@pytest.mark.parametrize(("mood", "line_mood", "text", "off"), [
    ("neutral", "sad", "my cousin mateo is my chambelan de honor, hes 16 and cant dance lol", True),
    ("neutral", "tired", "honestly this heat is killing me, it was 94 degrees today", False),
    ("sad", "happy", "my dog is sick", True),
    ("sad", "angry", "my dog is sick", False),
    ("neutral", "neutral", "ok", False),
    ("neutral", "happy", "it was so fun but it rained and our tent leaked 😭", True),
    ("neutral", "happy", "it was so fun, we made smores", False),
])
def test_a_general_line_stands_on_its_mood(mood: str, line_mood: str, text: str, off: bool
                                           ) -> None:
    assert rank.off_mood(mood, line_mood, text) is off


def test_a_count_spelled_out_is_a_number_said() -> None:
    assert numbers("four lawn clients already, you're basically running a business!") == {"4"}
    assert numbers("one of my friends said hi") == set()  # "one" is rarely a count


def test_shell_before_a_verb_is_shell() -> None:
    assert "shell" not in (gist("my mom says if i place top 3 shell buy me real climbing shoes")
                           or "")


def test_homework_only_when_the_talk_has_school() -> None:
    line = "homework when you're running on empty is rough. short chunks can help. what's left?"
    assert rank.presumes(line, "im on chapter 3 and i post a new chapter every friday",
                         "im on chapter 3 and i post a new chapter every friday at 7pm")
    assert not rank.presumes(line, "so much homework tonight", "so much homework tonight")
