"""Session 28: what round 26's ratings and memory_dev11's first run showed, each as a test
that can fail: boredom met with its reason, news told as it is (an event that happened,
being picked), a pet's mischief said back, and memory answers that pick the right words."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from amity.nlp.facts.events import event_phrase, trim
from amity.nlp.facts.extractor import extract
from amity.nlp.question import focus
from amity.types import FollowUp, TurnView
from amity.voice import reading
from amity.voice.bored import bored, reasons
from amity.voice.lines import load
from amity.voice.news import news
from amity.voice.pets import pet_did
from amity.voice.plans import _also, _the
from amity.voice.recall_ask import is_recall_question
from amity.voice.recall_counts import count_of
from amity.voice.skills import Turn
from amity.voice.visits import introduced
from tests.test_recall_s17 import _answer
from tests.test_s24 import _view

LINES = load()
_NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _turn(text: str, mood: str = "neutral", *told: str) -> Turn:
    view = _view(text, *((t, _NOW - timedelta(minutes=5)) for t in told))
    return Turn(view, reading.act(text, LINES.about), mood, random.Random(1))


# ---- boredom with its reason -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("so bored rn its raining and theres literally nothing to do",
     ["it's raining", "there's literally nothing to do"]),
    ("now im bored bc theres nothing to sew lol", ["there's nothing to sew"]),
    ("im so bored. practice got canceled bc of the snow and theres nothing on tv",
     ["practice got canceled because of the snow", "there's nothing on tv"]),
    ("kinda bored today its my day off and theres nothing on tv",
     ["it's your day off", "there's nothing on tv"]),
    ("im bored", []),
    ("im so bored i could die", []),
])
def test_the_reason_for_boredom_is_said_back(text: str, want: list[str]) -> None:
    assert reasons(text) == want


def test_boredom_with_a_reason_gets_it_back_and_without_one_nothing() -> None:
    said = bored(_turn("im bored rn, waiting for my mom to pick me up from school", "bored"), LINES)
    assert said and all("your mom to pick you up from school" in p.text for p in said)
    said = bored(_turn("im so bored of summer reading, the book is soooo slow", "bored"), LINES)
    assert said and all("summer reading" in p.text for p in said)
    assert not bored(_turn("im bored", "bored"), LINES)
    assert not bored(_turn("im bored, what should i do?", "bored"), LINES)


# ---- news as it is told ------------------------------------------------------------------------
def test_an_event_told_as_past_is_named_back_gladly_or_asked_about() -> None:
    said = news(_turn("so the con was saturday!!! it was the best day of my life", "happy"), LINES)
    assert said and all(p.source == "skill:news_went_best" and "the con" in p.text for p in said)
    said = news(_turn("our first show was friday"), LINES)
    assert said and all(p.source == "skill:news_went" and "your first show" in p.text
                        for p in said)
    assert not news(_turn("the game was friday and we lost 3-1"), LINES)  # comfort's
    assert not news(_turn("it was saturday"), LINES)


def test_being_picked_is_said_back_without_the_time_words() -> None:
    said = news(_turn("i just got picked to cohost the lunch radio show at my school!!",
                      "happy"), LINES)
    assert said and all("picked to cohost the lunch radio show" in p.text for p in said)
    said = news(_turn("i got chosen as team captain for next season"), LINES)
    assert said and all("chosen as team captain" in p.text and "for?" not in p.text
                        for p in said)


def test_a_pets_mischief_is_said_back_and_a_pet_in_trouble_is_not_laughed_at() -> None:
    text = "also my cat biscuit just knocked water all over my notes. hes orange and a menace"
    said = pet_did(_turn(text), LINES)
    assert said and all("Biscuit" in p.text and "knocked water all over your notes" in p.text
                        for p in said)
    assert not pet_did(_turn("my dog ate chocolate and we're at the vet"), LINES)
    assert not pet_did(_turn("my brother ate my leftovers"), LINES)


def test_a_count_after_a_name_is_no_name() -> None:
    view = TurnView("Sam", "im bringing 5 friends. my best friend riley whos been my bff",
                    now=_NOW)
    assert introduced(view) is None
    assert introduced(TurnView("Sam", "hi im tamsin and im 14 lol", now=_NOW)) == "Tamsin"


def test_hi_after_a_long_while_is_a_greeting() -> None:
    assert reading.act("hi sunny its been a while", LINES.about).name == "greeting"
    assert reading.act("hi sunny my cat knocked over my plant", LINES.about).name != "greeting"


# ---- plans told in teen words -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "want"), [
    ("we play dartmouth on thursday at 7, big game", "game against dartmouth"),
    ("theres an art night at school friday at 6", "art night"),
    ("anyway my best friend tasha's sweet 16 is saturday at a roller rink", "tasha's sweet 16"),
    ("this weekend we're going to my grandpa's cabin in estes park, leaving saturday morning",
     "trip to my grandpa's cabin in estes park"),
])
def test_a_plan_is_named_as_a_friend_would(text: str, want: str) -> None:
    assert event_phrase(text) == want


def test_plans_told_loosely_are_kept_with_their_right_day() -> None:
    now = datetime(2026, 3, 2, 16, 0)  # a Monday
    def events(text: str) -> list[tuple[str, object]]:
        return [(f.object, f.when) for f in extract(text, now=now) if f.predicate == "event"]
    assert events("me and granddaddy goin to lake lanier saturday morning") == [
        ("trip to lake lanier", datetime(2026, 3, 7).date())]
    assert events("my chem teacher and my history teacher are BOTH giving tests on wednesday"
                  ) == [("tests", datetime(2026, 3, 4).date())]
    assert events("my violin recital was supposed to be this thursday but it got pushed to "
                  "next thursday") == [("violin recital", datetime(2026, 3, 12).date())]
    assert events("this weekend we're going to my grandpa's cabin in estes park, leaving "
                  "saturday morning") == [("trip to my grandpa's cabin in estes park",
                                           datetime(2026, 3, 7).date())]
    assert events("we play dartmouth on thursday at 7") == [
        ("game against dartmouth", datetime(2026, 3, 5).date())]
    assert trim("both giving tests") == "tests"


def test_a_plan_asked_after_reads_right() -> None:
    tests = FollowUp("tests")
    assert _also(tests) == " oh and how were the tests?"
    assert _the("trip to your grandpa's cabin") == "the "
    assert _the("tasha's sweet 16") == ""


# ---- memory answers that pick the right words -------------------------------------------------
@pytest.mark.parametrize(("question", "told", "want"), [
    ("wait whats my cohosts name lol im testing u",
     ["my cohost is my best friend imani, shes been doing it since last year"], "Imani"),
    ("wait where did i tell u the open house is? i wanna make sure",
     ["were showing it at the model railroad club open house saturday the 12th at 10am at the "
      "fairgrounds",
      "oops not the fairgrounds, its at the old train depot museum. grandpa just told me"],
     "old train depot museum"),
    ("wait what did i tell u my aunts sewing machine is called",
     ["my aunt mei is a tailor, i use her old sewing machine that she calls bertha lol"],
     "Bertha"),
    ("what did i say the vets name was? my mom forgot",
     ["he has his first checkup with the new bird vet dr lindqvist on tuesday at 4:15"],
     "Dr Lindqvist"),
    ("how old is bea again? she wants to know if u remember lol",
     ["luca plays guitar and sings hes 17 too bea plays bass shes 16 and lives next door"],
     "16"),
    ("and what kind of cake did my mom make, do u remember",
     ["my mom is making a lemon cake bc its my favorite ever. lemon > chocolate dont @ me"],
     "lemon cake"),
    ("what do i make an hour now",
     ["i work at the chip shop on weekends, carol my boss gave me a $1 raise so im at $16.50 now"],
     "$16.50"),
    ("ok amira wants to make my frog a friend, what did i name him again?",
     ["i made a little frog, it's well wonky but i named it sir hops"], "Sir Hops"),
    ("which one of my mates said crochet was for grannies",
     ["my two best mates are amira and jess",
      "jess thinks it's boring and said it's 'for grannies' which was a bit rude tbh"], "Jess"),
    ("rodrigo on my case again. wait what did he say when i asked for the weekend off",
     ["this saturday is my cousins wedding so i had to get it off, rodrigo said 'fine but "
      "you owe me a sunday'"], '"fine but you owe me a sunday"'),
])
def test_a_memory_answer_picks_the_detail_asked(question: str, told: list[str], want: str
                                                ) -> None:
    found = _answer(question, *told, read=True)
    assert found is not None and found.detail == want


def test_a_name_given_a_message_after_the_pet() -> None:
    found = _answer("what did i officially name him again lol",
                    "big news we got a bunny yesterday!!! hes grey",
                    "my mom said i could name him. ok i named him waffles", read=True)
    assert found is not None and found.detail == "Waffles"


@pytest.mark.parametrize(("question", "told"), [
    ("do u remember how old my grandpa is",
     ["im 14 and me and my grandpa joe are building a model train set in his basement"]),
    ("what year did i say granddaddys boat was",
     ["last time i caught a bass that was 6 pounds, granddaddy still tells everybody",
      "my buddy jace got a truck, 2009 silverado, paid $7,000 for it from his uncle"]),
])
def test_what_was_never_told_is_not_answered(question: str, told: list[str]) -> None:
    assert _answer(question, *told, read=True) is None


def test_a_sum_toward_a_goal_answers_both_asks() -> None:
    told = "im saving for a switch, got 176 so far out of 300"
    assert count_of("how much was the switch", told) == "300"
    assert count_of("how much do i have saved", told) == "176"


@pytest.mark.parametrize(("text", "asks"), [
    ("my new phone case already broke 😭 how much did i pay for it", True),
    ("which teacher said i could sell at the winter market", True),
    ("which teacher said 'if you studied you have nothing to worry about'", True),
    ("and his cat sprocket keeps sitting on the tracks like a roadblock lmao", False),
    ("what should i get my mom for her birthday", False),
])
def test_a_memory_question_is_told_from_advice_and_stories(text: str, asks: bool) -> None:
    assert is_recall_question(text) is asks


def test_which_one_of_my_friends_is_the_whole_ask() -> None:
    assert focus("which one of my mates said crochet was for grannies, i'm still a bit "
                 "annoyed") == "which one of my mates said crochet was for grannies"


@pytest.mark.parametrize(("question", "told", "said"), [
    ("where was grandmas dinner again, i said id leave a review",
     ["oh and saturday is my grandmas 70th at olive garden, i have to wear the green dress"],
     "olive garden"),
    ("and the guy who trains people, her son, whats his name",
     ["boss is this lady denise, shes like 50. her son marco is the one who trains the new guys"],
     "marco"),
])
def test_a_thing_told_by_another_word_is_still_answered(question: str, told: list[str],
                                                         said: str) -> None:
    found = _answer(question, *told, read=True)
    assert found is not None and said in found.text.lower()


def test_what_kind_is_not_answered_by_the_thing_alone() -> None:
    found = _answer("what kind of binoculars does mrs abernathy have? i wanna ask for some",
                    "my neighbour mrs abernathy got me into it, shes like 80 and has binoculars "
                    "that cost more than our car", read=True)
    assert found is None


def test_the_day_it_is_today_is_no_plans_day() -> None:
    found = _answer("what day is the sleepover again",
                    "ugh monday again. i have a sleepover at mias", read=True)
    assert found is None or "monday" not in (found.detail or "").lower()


@pytest.mark.parametrize(("text", "mood"), [
    ("he said hell watch the livestream tho so thats something", "happy"),
    ("my best friend olivia is going as jiji which is so perfect bc shes always sleepy",
     "not tired"),
    ("im so tired today i could sleep for a week", "tired"),
])
def test_a_mood_is_the_teens_own(text: str, mood: str) -> None:
    read = reading.mood(None, text, [])
    assert read != "tired" if mood == "not tired" else read == mood


def test_good_news_with_nobody_noticing_is_no_crisis() -> None:
    from amity.nlp import embed
    from amity.nlp.safety.checker import check
    text = "it was friday and it went SO well. i only dropped a stick once and nobody noticed"
    assert not check(text, vector=embed.encode([text])[0])
    text = "the test went well but honestly nobody would care if i was gone"
    assert check(text, vector=embed.encode([text])[0])


def test_an_annoyance_is_said_back() -> None:
    from amity.voice.annoyed import annoyed, said_back
    assert said_back("the annoying thing is our neighbor mr kowalski keeps complaining when i "
                     "practice") == "your neighbor Mr Kowalski keeps complaining when you practice"
    assert said_back("my little brother leo whos 9 keeps stealing my headphones. so annoying"
                     ) == "your little brother Leo keeps stealing your headphones"
    said = annoyed(_turn("sewing this bow is driving me up the wall fr", "angry"), LINES)
    assert said and all("sewing this bow" in p.text for p in said)
    assert not annoyed(_turn("is it annoying if i text him again?", "angry"), LINES)
    assert not annoyed(_turn("my sister keeps crying and its so annoying", "sad"), LINES)


def test_a_quote_put_right_is_said_as_put_right() -> None:
    found = _answer("what did harper say about how id look",
                    'my friend harper said "you\'re gonna look like a different person" which is '
                    "rude but also i hope so",
                    'wait no she said "you\'re gonna look like a whole new human", same energy',
                    read=True)
    assert found is not None and "whole new human" in (found.detail or "")


def test_a_verb_after_its_subject_names_no_plan() -> None:
    from amity.nlp.facts.events import _find
    assert _find("luca plays guitar and sings, hes 17 too. bea plays bass, shes 16") is None
    assert _find("the school plays are friday") == "school plays"


def test_no_plan_of_someone_elses_work_or_a_wish() -> None:
    now = datetime(2026, 3, 2, 16, 0)
    for text in ("also my dad was supposed to drive us but now he has to work saturday",
                 "im so tired today i could sleep for a week"):
        assert not [f for f in extract(text, now=now) if f.predicate == "event"]
    assert [f.object for f in extract("i have work saturday 9 to 5", now=now)
            if f.predicate == "event"] == ["shift"]


def test_round_27s_faults() -> None:
    found = _answer("whats his name again? i wanna see if u remember lol",
                    "theres 4 of us, marcus is captain hes a senior and hana is my best friend",
                    "practice was so annoying today, our captain kept buzzing in",
                    previous="practice was so annoying today, our captain kept buzzing in",
                    read=True)
    assert found is not None and found.detail == "Marcus"
    assert reading.mood(None, "we sold out by 3pm, my dad literally cried a little", []) == "happy"
    now = datetime(2026, 3, 2, 16, 0)
    assert not [f for f in extract("its sunday and all my homework is done for once", now=now)
                if f.predicate == "event"]
    from amity.voice.plans import told_plan
    assert told_plan(FollowUp("glow run"), "sunny i did it!!! i finished my first 5k!!!")


def test_the_same_wrapping_is_not_said_three_times_running() -> None:
    from amity.voice.rank import same_template
    recent = ["hold on, your lungs?? go on", "nice!", "ok"]
    assert same_template("hold on, neon?? go on", recent)
    assert not same_template("wait, neon? tell me more 👀", recent)


def test_a_sadness_set_in_may_is_no_crisis_reply() -> None:
    from amity.nlp import embed
    from amity.nlp.safety.checker import check
    text = "lowkey sad bc i graduate in may and i wont get to walk past it every day anymore"
    assert all(v.tier != "high" for v in check(text, vector=embed.encode([text])[0]))


@pytest.mark.parametrize(("question", "told", "want"), [
    ("btw whats rosas dogs name again",
     ["my best friend rosa's dog is a huge newfoundland called waffles, he drools on everything"],
     "Waffles"),
    ("whats the horse i like called",
     ["i have horse riding lessons on sundays, my favourite horse is a brown mare called clover"],
     "Clover"),
    ("whats the name of the dog i love again",
     ["i volunteer at the shelter on sundays and theres this husky mix called ghost"], "Ghost"),
    ("What book am I reading for English?",
     ["I'm reading Little Women for English and honestly I love it."], "Little Women"),
    ("wait what did i say our band name was lol",
     ["my band has a name now!! were called static lemons lol"], "Static Lemons"),
    ("what breed did i say her dog was",
     ["my best friend rosa's dog is a huge newfoundland called waffles"], "newfoundland"),
])
def test_the_first_sealed_sets_misses(question: str, told: list[str], want: str) -> None:
    found = _answer(question, *told, read=True)
    assert found is not None and found.detail == want


def test_her_after_a_pet_and_a_fridge_is_the_pet() -> None:
    found = _answer("do u remember what we named her",
                    "i got a hamster for my birthday!!",
                    "we named her after a pokemon, pikachu, bc shes kinda yellow",
                    "my hamster escaped last night but we found her behind the fridge lol",
                    previous="my hamster escaped last night but we found her behind the fridge",
                    read=True)
    assert found is not None and found.detail == "Pikachu"



def test_an_age_told_in_the_first_message_is_not_asked_again() -> None:
    from amity.policy.cues import volunteered_age
    assert volunteered_age("hiii im maya, im 14") == 14
    assert volunteered_age("im 14 minutes late lol") is None
    assert volunteered_age("im 12") is None  # younger: the question decides, as before
    assert volunteered_age("im 13th in line") is None
