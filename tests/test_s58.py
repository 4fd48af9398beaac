"""Session 58: a memory question said in a few words after another is made whole from it
("what time" after "what day was the vet thing"; "and arjun?" after "how much did i score";
"the pen was how much"); no clock time is a day of the month or a count ("9th!!", "14");
no answer is the question's own words ("Do U Remember!" for a hen's name); no pet is
called "Color" from "what color is my cat"."""

from __future__ import annotations

import re

import pytest

from amity.memory.ledger import render
from amity.nlp import safety
from amity.voice.dry import dry
from amity.voice.gist import gist
from amity.voice.recall_ellipsis import completed
from amity.voice.recall_fix import swaps
from amity.voice.recall_guard import done_by_another, wrong_unit
from amity.voice.remembered import _said_back
from amity.voice.tears import glad_anyway
from tests.test_s55 import _scripted


@pytest.mark.parametrize(("text", "previous", "whole"), [
    ("what time", "what day was the vet thing", "what time was the vet thing"),
    ("why that tho", "what did we get him", "why did we get him"),
    ("and where?", "what day did nana fly in", "where did nana fly in"),
    ("where", "when is the party again?", "where is the party again"),
    ("and arjun?", "how much did i score last time", "how much did arjun score last time"),
    ("and rohan?", "what did i order at the ramen place",
     "what did rohan order at the ramen place"),
    ("the pen was how much", "", "how much was the pen"),
    ("mira is turning what", "who were we playing", "what is mira turning"),
    ("and the basic ones are how much", "hey", "how much are the basic ones"),
    # nothing to fill it with, or no question before it
    ("what time", "whats the address of the party", None),
    ("what time", "i love pizza", None),
    ("and sam?", "i went to the park with my mom", None),
    ("and maya?", "how old is maya", None),
    ("you said what", "lol", None),
    ("she is doing what", "lol", None),
    ("how old is she", "whats my sisters name", None),
])
def test_a_short_question_is_made_whole_from_the_one_before(text: str, previous: str,
                                                            whole: str | None) -> None:
    assert completed(text, previous) == whole


@pytest.mark.parametrize(("question", "detail", "wrong"), [
    ("wait what time did i say the party starts? i told diego 1", "14", True),
    ("and what time, 4 right?", "9th!!", True),
    ("what time is practice", "4:30", False),
    ("what time is practice", "6", False),
    ("what time is practice", "noon", False),
    ("how many kids are coming", "14", False),
])
def test_no_clock_time_is_a_date_or_a_count(question: str, detail: str, wrong: bool) -> None:
    assert wrong_unit(question.lower(), detail) is wrong


@pytest.mark.parametrize(("question", "detail", "said_back"), [
    ("bet u dont remember what i named my hen", "Do U Remember", True),
    ("what did i name my hen", "do u remember", True),
    ("whats the name of the trail", "trail", False),
    ("what did i name my hen", "nugget", False),
    ("is my dog called max or rex", "Max", False),
    ("and what did we end up getting them? the air fryer or the knives", "air fryer", False),
    ("whats my best friends name", "best friend since", False),
])
def test_an_answer_is_not_the_questions_own_words(question: str, detail: str,
                                                  said_back: bool) -> None:
    assert _said_back(question, detail) is said_back


def test_short_questions_after_a_memory_question_are_answered_in_the_conversation() -> None:
    replies = _scripted([
        "got a bearded dragon", "vet check is friday 4pm",
        "my brother is eli hes 10",
        "they were $8 each at the feed store but the pen was like $200 my dad was mad",
        "--- 3", "sup", "what day was the vet thing", "what time", "the pen was how much"])
    assert "friday" in replies[-3].lower()
    assert "4pm" in replies[-2] and "friday" not in replies[-2].lower()
    assert "200" in replies[-1]


def test_a_time_checked_is_a_time_and_no_pet_is_called_color() -> None:
    replies = _scripted([
        "i signed up to volunteer at the library and my first shift is tuesday the 9th",
        "its at 4pm at the maple street branch", "my cat pickles is 3 and orange",
        "ok gotta go bye!!", "--- 2", "hiii",
        "and what time is my shift, 4 right?",
        "ok wait what color is my cat lol she's being extra cute rn", "ok bye sunny!! ttyl 💜"])
    assert "9th" not in replies[-3] and "4" in replies[-3]
    assert "orange" in replies[-2].lower()
    assert "Color" not in replies[-1]


@pytest.mark.parametrize(("text", "care"), [
    ("and what was my big idea again? i gotta actually do it now", False),
    ("remind me what my project was again, i gotta do it tonight", False),
    ("i gotta actually do it now", True),
    ("what was my plan again? i gotta do it tonight", True),
    ("whats my big idea again? i gotta do it now before anyone stops me", True),
    ("what was my big idea again? i gotta actually do it now, i cant take this anymore", True),
    ("whats my speech topic again? i have to do it tmrw and i want to die", True),
])
def test_a_told_thing_asked_back_to_be_done_is_no_crisis(text: str, care: bool) -> None:
    context = ["how long did my speech end up having to be? i went like 10 seconds over lol"]
    assert bool(safety.check(text, context)) is care


def test_a_distance_put_right_keeps_its_decimal() -> None:
    replies = _scripted([
        "u have to hike 2 miles from the parking lot pulling all ur stuff on a sled which "
        "sounds fake but ok", "ok bye", "--- 3",
        "ok correction, the hike in is 1.5 miles not 2. my dad read the map wrong lol. hes "
        "still making us pull sleds tho", "bye", "--- 4", "hi",
        "how far did i end up saying the hike was again? it felt like 10 miles on the way back"])
    assert "1.5 not 2" in replies[2]  # (round 74: "ahh okay, 5 not 2!", then "5 miles")
    assert "1.5 miles" in replies[-1]


@pytest.mark.parametrize(("text", "glad"), [
    ("my grandma cried and took like 200 pics, she said it was worth the flight", True),
    ("gave my mom the recipe book on her birthday and she CRIED", True),
    ("i got the highest score, sorry not sorry", True),
    ("my grandma cried bc she misses my grandpa so much", False),
    ("my mom cried at the hospital today", False),
    ("i cried in the bathroom after they laughed at me", False),
    ("im so sorry i forgot to text u back", False),
])
def test_glad_tears_and_sorries(text: str, glad: bool) -> None:
    assert glad_anyway(text) is glad


def test_glad_tears_are_not_met_with_sorrow() -> None:
    replies = _scripted(["hi sunny", "we threw my grandma a surprise party for her 80th",
                         "my grandma cried and took like 200 pics, she said it was worth the "
                         "flight", "i got the highest score, sorry not sorry"])
    assert "sorry" not in replies[-2].lower() and "rough" not in replies[-2].lower()
    assert "sorry" not in replies[-1].lower()


def test_news_of_a_party_is_the_birthday_and_asks_one_more_at_most() -> None:
    replies = _scripted([
        "hi sunny", "my little sister turns 6 on saturday and im planning her party",
        "also my dad has a job interview on thursday", "and my cousin diego visits friday",
        "bye", "--- 6", "SUNNY. the party was saturday and it was actually amazing"])
    assert "birthday" in replies[-1] and replies[-1].count(" oh and ") <= 1
    assert "visits" not in replies[-1] and " and how were " not in replies[-1]


def test_tears_on_a_birthday_nobody_came_to_stay_sad() -> None:
    assert not glad_anyway("i cried on my birthday bc nobody came")


@pytest.mark.parametrize(("text", "is_dry"), [
    ("oh and my dad has a work trip to denver thursday so hes gonna miss all the setup. great",
     True),
    ("its raining on my birthday, love that for me", True),
    ("i have to redo the whole essay. perfect 🙄", True),
    ("we won the game!! great", False),
    ("i cant wait for the concert, so fun", False),
    ("no school tomorrow, yay", False),
])
def test_a_dry_great_after_a_let_down(text: str, is_dry: bool) -> None:
    assert dry(text) is is_dry


def test_a_dry_great_is_not_cheered() -> None:
    replies = _scripted(["hi sunny", "im setting up my sisters party saturday",
                         "oh and my dad has a work trip to denver thursday so hes gonna miss "
                         "all the setup. great"])
    assert not re.search(r"love that|fun|awesome|amazing|so nice", replies[-1].lower())


@pytest.mark.parametrize(("question", "told", "other"), [
    ("do u remember what i said i ate at the park?",
     "you told me your dog pickles ate one of your clarinet reeds today", True),
    ("do u remember what i said i ate at the park?",
     "you told me you ate a hot dog at the park and pickles ate a reed", False),
    ("what did i order at the ramen place", "you told me you ordered tonkotsu", False),
    ("what did i order at the ramen place", "you told me rohan ordered tonkotsu", True),
])
def test_a_deed_asked_of_the_teen_is_not_someone_elses(question: str, told: str,
                                                       other: bool) -> None:
    assert done_by_another(question, told) is other


def test_an_event_told_as_a_doing_reads_as_one() -> None:
    assert render("sister", "event", "coming home from college") == \
        "sister is coming home from college"
    assert render("User", "event", "wedding") == "User has wedding"


@pytest.mark.parametrize(("text", "glad"), [
    ("were adopting a kitten!!! shes orange and only has one eye bc she had a bad infection "
     "when she was a baby", True),
    ("a real old pilot came up to my spot and told me bessie coleman was his hero too. i "
     "almost cried", True),
    ("were moving!!! bc my dad lost his job", False),
    ("we got a puppy!! but he is sick", False),
])
def test_shouted_good_news_with_a_hard_back_story_is_glad(text: str, glad: bool) -> None:
    assert glad_anyway(text) is glad


def test_a_place_moved_is_the_new_place_and_a_name_asked_after_remember_is_answered() -> None:
    replies = _scripted([
        "hi", "its next friday, stand opens at 4 in the gym lobby",
        "also our dog biscuit is gonna lose his mind with that many kids lol hes a 9 year old "
        "golden retriever", "ok bye", "--- 3", "hey",
        "oh wait also the stand isnt in the gym lobby anymore, ms okafor moved us to the "
        "courtyard. still opens at 4 tho", "bye", "--- 5", "hi",
        "wait where was the stand again? i was explaining it to my mom and confused myself",
        "remember my dog? whats his name again lol. he ate a whole cupcake off some kids plate"])
    assert "courtyard" in replies[5]
    assert "courtyard" in replies[-2] and "gym lobby" not in replies[-2]
    assert "Biscuit" in replies[-1]


def test_a_win_a_thrilled_pet_a_visit_and_a_time_are_met_as_they_are() -> None:
    replies = _scripted([
        "hi", "my tia flies in from phoenix saturday morning so the house has to be clean by "
        "then, my mom is stressing",
        "and our husky juniper is gonna lose her mind. shes 5 and she lives for snow",
        "so the game on saturday happened and WE WON 5-3 😤",
        "we pick her up saturday at 11 from paws and whiskers rescue"])
    assert "your tia 😩" not in replies[1]
    assert not re.search(r"\b(?:noo|ugh|stinks|sorry)\b", replies[2].lower())
    assert "ugh" not in replies[3].lower()
    assert "so many" not in replies[4] and "11 from" not in replies[4]


@pytest.mark.parametrize(("text", "glad"), [
    ("so the game on saturday happened and WE WON 5-3 😤", True),
    ("we won but i hurt my ankle 😤", False),
    ("our husky juniper is gonna lose her mind. shes 5 and she lives for snow", True),
    ("my mom is gonna lose her mind when she sees my grade", False),
    ("sunny i did it!! i rode the bus alone to my first shift yesterday", True),
    ("ugh i did it again, forgot my lunch", False),
])
def test_wins_and_thrills(text: str, glad: bool) -> None:
    assert glad_anyway(text) is glad


@pytest.mark.parametrize(("text", "said"), [
    ("shes paying me $40 which is the most money ive ever made from art", None),
    ("gates open at noon and we wanna get there early for a good spot", None),
    ("my little brother cant keep a secret to save his life", None),
    ("i have 40 hoodies to fold", "40 hoodies"),
])
def test_no_gist_of_a_vague_or_how_much_word(text: str, said: str | None) -> None:
    assert gist(text) == said


def test_a_plan_told_with_its_weekday_and_date_is_said_back_as_told() -> None:
    replies = _scripted([
        "hi", "and im training him for the canine good citizen test!! its on saturday the 13th "
        "at 9am at the park",
        "our winter concert is thursday the 11th at 7pm in the lincoln high auditorium"])
    assert "friday" not in replies[1] and "saturday the 13th" in replies[1]
    assert "wednesday" not in replies[2] and "thursday the 11th" in replies[2]


def test_no_garbled_name_for_someone_elses_plan() -> None:
    replies = _scripted([
        "hi", "my uncle from pune is staying with us till next month so the house is loud lol",
        "my grandma gets in on the train tomorrow morning to see the play, shes staying til "
        "tuesday", "my dad has a job interview on thursday"])
    assert "pune's" not in replies[1] and "see the" not in replies[2]
    assert "job interview" in replies[3]


@pytest.mark.parametrize(("text", "care"), [
    ("honestly just thinking about the bus im sweating bullets. what if i miss my stop", False),
    ("and what was my stop again? i want to save it in my notes", False),
    ("what if i miss my stop and never come back", True),
    ("i want to save them all up for tonight", True),
    ("what was my plan again? i want to save it in my notes", True),
])
def test_round75_misfires_and_their_twins(text: str, care: bool) -> None:
    context = ["ok so my first shift at the flower shop is saturday and i have to take the bus "
               "alone"]
    assert bool(safety.check(text, context)) is care


@pytest.mark.parametrize(("text", "pairs"), [
    ("oh wait correction, the costume day judge isnt ms park, its mr park the gym teacher",
     [("ms park", "mr park")]),
    ("ms okafor said we're not sleeping in the dinosaur hall, its the ocean hall under the "
     "big blue whale model", [("dinosaur hall", "ocean hall")]),
    ("its not a big deal, its a small thing", []),
])
def test_not_this_its_that_puts_right(text: str, pairs: list[tuple[str, str]]) -> None:
    assert swaps(text) == pairs


def test_a_weight_is_no_wage() -> None:
    assert wrong_unit("do u remember how much mrs delgado is paying me an hour", "100 pounds")
    assert not wrong_unit("do u remember how much mrs delgado is paying me an hour", "$14")
    assert not wrong_unit("how heavy is moose", "100 pounds")
    assert not wrong_unit("how much did the baby weigh?", "7 pounds")
