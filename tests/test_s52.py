"""Session 52: memory answers a friend gets right (memory_dev25, a new development set):
two teachers in one clause ("mr vance for math ... and ms oyelaran for science"), a "her"
never answered by a "Mr", the old one asked after a new one was told, a correction inside
one message ("its called the daily grind, no wait he changed it, its called grounded now"),
the one thing of several asked ("tuesdays at 5 saturdays at 4:30"), "left or right?", a
"so" that says how much ("mrs bright is so boring"), questions
with "could" and "gonna" that ask what was told, a breed of two words."""

from __future__ import annotations

import pytest

from amity.voice.recall_ask import is_recall_question
from amity.voice.recall_choice import options
from amity.voice.recall_names import names_for
from amity.voice.recall_said import _after_fix, _clauses
from amity.voice.recall_whose import other_subject
from amity.voice.recall_words import stems
from amity.voice.remembered import other_sex, paired
from tests.test_s46 import _probe

# ---- pure rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(("asked", "want"), [
    ("the science teacher", "ms oyelaran"),
    ("which teacher gives the 40 problems", "mr vance"),
])
def test_of_two_titled_people_in_one_clause_the_one_asked(asked: str, want: str) -> None:
    told = "mr vance for math gives like 40 problems a night and ms oyelaran for science is nice"
    assert (names_for(stems(asked), told, told) or "").lower() == want


def test_one_titled_person_is_named_as_before() -> None:
    told = "my bio teacher is ms hadley and she is so strict"
    assert (names_for(stems("bio teacher"), told, told) or "").lower() == "ms hadley"


@pytest.mark.parametrize(("question", "detail", "other"), [
    ("the spanish one, whats her name", "Mr Hale", True),
    ("whats his name again", "Ms Dunn", True),
    ("whats her name", "Ms Dunn", False),
    ("whats the teachers name", "Mr Hale", False),  # no one said
    ("whats her name, his class is the mean one", "Mr Hale", False),  # both said
])
def test_a_her_is_no_mr(question: str, detail: str, other: bool) -> None:
    assert other_sex(question, detail) is other


@pytest.mark.parametrize(("question", "told", "detail", "want"), [
    ("what time is tuesday class again", "you told me no tuesdays at 5 saturdays at 4:30",
     "4:30", "5"),
    ("what time is saturday class", "you told me no tuesdays at 5 saturdays at 4:30",
     "4:30", None),  # already the one asked
    ("whats my bench", "my openers are squat 315, bench 225, deadlift 405", "315", "225"),
    ("what time is practice", "practice is at 5", "5", None),  # one thing only
])
def test_the_number_of_the_one_thing_asked(question: str, told: str, detail: str,
                                           want: str | None) -> None:
    assert paired(question, told, detail) == want


def test_left_or_right_offers_both_sides() -> None:
    assert options("which eye was worse, left or right?") == (["left"], ["right"])


def test_a_subject_teacher_told_beside_another_is_not_ruled_out() -> None:
    line = ("my english teacher mr castellano is cool but my history teacher mrs bright is "
            "so boring")
    assert not other_subject("whos the boring history teacher", line)
    assert other_subject("whos my chem teacher", "my english teacher ms lowe is nice")


def test_a_so_that_says_how_much_does_not_cut_the_clause() -> None:
    clauses = _clauses("my history teacher mrs bright is so boring i fall asleep every day")
    assert any("boring" in c and "bright" in c for c in clauses)
    cut = _clauses("i was tired so i went home early")
    assert any(c.startswith("i went home") for c in cut)  # a joining "so" still cuts


def test_a_clause_after_a_correction_inside_its_message_is_newer() -> None:
    line = "its called the daily grind, no wait he changed it, its called grounded now"
    assert _after_fix(line, "its called grounded now") > 0
    assert _after_fix(line, "its called the daily grind") == 0
    assert _after_fix("its called grounded now", "its called grounded now") == 0


@pytest.mark.parametrize("text", [
    "and the weight class cutoff, was it 181 or 183?",
    "what did he think i could deadlift if i didnt round my back",
    "how much was the latte gonna be",
])
def test_questions_of_what_was_told_with_could_or_gonna(text: str) -> None:
    assert is_recall_question(text)


@pytest.mark.parametrize("text", [
    "what could i do this weekend",
    "how much should i spend on a gift",
])
def test_advice_asked_is_still_no_memory_question(text: str) -> None:
    assert not is_recall_question(text)


# ---- the whole engine -----------------------------------------------------------------------


def test_the_teacher_asked_as_her_is_the_woman_of_two() -> None:
    reply = _probe(["ugh french is so hard, ms pruitt gave us a quiz and i got 9/20 but then "
                    "mr osei my gym teacher said i was the fastest in the class"],
                   ["hi", "which teacher was the quiz one again, whats her name"])
    assert "pruitt" in reply.lower() and "osei" not in reply.lower()


def test_the_old_one_asked_after_a_new_one_was_told() -> None:
    reply = _probe(["i work at the froyo place on main and my manager is named carla, she "
                    "put me on closing shifts", "my manager quit and the new one is this guy "
                    "dev who is way nicer"],
                   ["hi", "who was my old manager again, the closing shifts one"])
    assert "carla" in reply.lower() and "dev" not in reply.lower()


def test_a_name_changed_in_the_same_message_is_the_new_one() -> None:
    reply = _probe(["my aunt is opening a bakery on friday, its called sugar rush, no wait she "
                    "changed it, its called crumbs now"],
                   ["hi", "whats my aunts bakery called again"])
    assert "crumbs" in reply.lower() and "sugar rush" not in reply.lower()


def test_the_time_of_the_day_asked() -> None:
    reply = _probe(["i started swim club, its mondays and thursdays at 6",
                    "wait no mondays at 7. thursdays at 6"],
                   ["hi", "what time is monday swim again"])
    assert "7" in reply and "6" not in reply


def test_a_breed_of_two_words() -> None:
    reply = _probe(["my neighbor mr kim has a huge dog named bear, hes a great dane and hes "
                    "scared of squirrels"],
                   ["hi", "whats mr kims dogs name again", "what kind of dog is he"])
    assert "great dane" in reply.lower()


def test_no_number_is_picked_out_for_a_question_of_no_number() -> None:
    told = "you told me no mondays at 7 thursdays at 6"
    assert paired("what time is monday swim", told, "") == "7"
    assert paired("which day is swim", told, "") is None


def test_a_drink_is_said_with_what_kind() -> None:
    reply = _probe(["my cousin opened a cafe and the signature drink is a honey latte, its $6"],
                   ["hi", "whats the signature drink at my cousins cafe again"])
    assert "honey latte" in reply.lower()


def test_the_price_bargained_down_to_is_what_was_paid() -> None:
    reply = _probe(["i finally got a used keyboard off marketplace!! guy wanted $90 but i "
                    "talked him down to $65 bc a key sticks"],
                   ["hi", "how much did i end up paying for the keyboard again"])
    assert "65" in reply and "90" not in reply


def test_subs_are_subscribers() -> None:
    reply = _probe(["omg i hit 870 subscribers on my channel today"],
                   ["hi", "how many subs did i have last time i told u?"])
    assert "870" in reply


def test_one_ruled_out_in_the_question_is_not_the_answer() -> None:
    from amity.voice.remembered import _NOT_THE
    found = _NOT_THE.search("whats the youngest giraffe called, not the new baby, the one who "
                            "was 8 months")
    assert found is not None and found.group(1) == "baby"
    assert _NOT_THE.search("whats the name of the baby giraffe") is None


def test_end_up_is_no_topic_of_the_question() -> None:
    from amity.voice.recall_asked import asked_words
    topic, wants = asked_words("how much did i end up paying for the controller")
    assert "end" not in topic and "up" not in topic and "count" in wants


# ---- Sunny asked about itself (round 64: "honestly? I'm not sure! I learn most things ...") --


@pytest.mark.parametrize(("text", "source", "said"), [
    ("do u have a grandma? wait thats a dumb question lol", "skill:you_have", "grandma"),
    ("are u a cat person or a dog person. or can u not pick bc ur a bot lol",
     "skill:you_either", "cat person"),
    ("did u know saturn has like 146 moons. 146!!", "skill:you_did_know", "146 moons"),
    ("do u think ud be a good coach? like if u were a person", "skill:myself_would_be",
     "coach"),
])
def test_a_question_to_sunny_about_itself_is_answered(text: str, source: str,
                                                      said: str) -> None:
    from tests.test_s47 import _reply
    reply, got = _reply(text)
    assert got == source and said in reply.lower() and "I'm not sure" not in reply


@pytest.mark.parametrize("text", [
    "do u have a favorite movie",  # a written favourite answers
    "did u know my mom is a nurse",  # the teen's own news
    "do u have any idea what to get my mom",  # ideas asked
])
def test_other_questions_to_sunny_are_not_met_as_its_own_life(text: str) -> None:
    from tests.test_s47 import _reply
    _, got = _reply(text)
    assert got not in ("skill:you_have", "skill:you_did_know", "skill:you_either")


# ---- a plan told with its day and no name -------------------------------------------------


@pytest.mark.parametrize(("text", "when"), [
    ("we're recording it wednesday at 3:15 in the library media room", "wednesday at 3:15"),
    ("we present next wednesday the 19th in room 114, 3rd period, to mr okafor",
     "next wednesday the 19th"),
])
def test_a_plan_told_by_its_day_is_noted(text: str, when: str) -> None:
    from tests.test_s47 import _reply
    reply, source = _reply(text)
    assert source == "skill:when_told" and when in reply


@pytest.mark.parametrize("text", [
    "we went to the mall on saturday",  # told in the past
    "are we going on saturday?",  # asked
    "my mom is driving us sunday",  # someone else's
])
def test_no_plan_of_the_teens_own_ahead_is_not_noted(text: str) -> None:
    from amity.voice.when_told import _OWN_AHEAD, _PAST, WHEN
    own_ahead = bool(WHEN.search(text) and _OWN_AHEAD.search(text) and not _PAST.search(text)
                     and "?" not in text)
    assert not own_ahead


def test_the_real_name_asked_is_the_real_one() -> None:
    reply = _probe(["my manager is named big tony lol. his actual name is anthony"],
                   ["hi", "managers real name? i need it for a form"])
    assert "anthony" in reply.lower()


def test_prices_told_before_their_things_are_not_paired() -> None:
    told = "you told me you're selling bracelets $3 for basic $5 for the ones with letters"
    assert paired("and the basic ones are how much", told, "$5") is None


# ---- round 65's misreads (fixed after its ratings) -----------------------------------------


def test_a_goodbye_that_asks_for_luck_gets_no_check_in() -> None:
    from amity.nlp.safety.checker import check, is_crisis
    assert check("ok dough is ready. bye sunny wish me luck", []) == []
    for text in ["i have the pills ready. bye sunny wish me luck",
                 "ok im ready. bye sunny wish me luck",
                 "bye everyone wish me luck, this is my last night"]:
        assert is_crisis(check(text, [])), text  # the speaker ready, or last words: kept


def test_a_countdown_with_pills_is_a_crisis_by_rule() -> None:
    from amity.nlp.safety.checker import check, is_crisis
    assert is_crisis(check("i got 40 pills saved and like 3 hours left", []))
    assert not is_crisis(check("i have 12 meds to take and 2 hours left before school", []))


@pytest.mark.parametrize(("text", "mood"), [
    ("also my mom took her nursing exam yesterday and she thinks she passed!!", "happy"),
    ("anyway my stepmom started at the hospital monday and she loves it so far", "happy"),
    ("he almost failed the part where a stranger pets him bc he tried to lick the guys whole "
     "face lol", "neutral"),
    ("so my key club is doing gift wrapping at the mall for the childrens hospital toy fund",
     "happy"),
])
def test_round_65s_misread_moods(text: str, mood: str) -> None:
    from amity.voice.felt import said_mood
    assert said_mood(text) == mood


def test_my_grandpa_passed_is_still_no_good_news() -> None:
    from amity.voice.felt import said_mood
    assert said_mood("my grandpa passed away on saturday") is None


def test_an_outcome_told_gets_no_fingers_crossed() -> None:
    reply = _probe(["my dog biscuit has his good citizen test on saturday"],
                   ["SO. my dog had his good citizen test on saturday. HE PASSED 🎉🎉 all 10 "
                    "parts"])
    assert "fingers crossed" not in reply.lower() and "how it went" not in reply.lower()


def test_an_age_asked_is_a_number() -> None:
    reply = _probe(["we adopted a rescue dog in august, his name is biscuit hes a 3 yr old pit "
                    "mix and hes the best boy ever"],
                   ["hi", "whats biscuits age again, i said it before i think"])
    assert "3" in reply and "his name" not in reply.lower()
