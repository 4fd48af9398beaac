"""Session 25: what the memory dev scripts and round 23's fallbacks showed, each as a test
that can fail."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from amity.nlp.facts import extract
from amity.nlp.facts.dates import find_dates
from amity.nlp.facts.events import event_phrase
from amity.nlp.safety import checker
from amity.types import Fact, Message, TurnView
from amity.voice import reading, visits
from amity.voice.amounts import amounts, counted
from amity.voice.bank import Hit, proposals
from amity.voice.echo import favorite, named, plan
from amity.voice.gist import gist
from amity.voice.leaving import leaving, reason
from amity.voice.lines import Exchange, load
from amity.voice.opinion import asides
from amity.voice.rank import asks_said
from amity.voice.recall_asked import asked_words
from amity.voice.recall_heads import named_heads
from amity.voice.recall_names import names_for
from amity.voice.recall_whose import asked_of
from amity.voice.recall_words import stems
from amity.voice.skills import Turn, fallback, greet, off_to
from tests.test_recall_s17 import _answer
from tests.test_s24 import _NOW, _view

LINES = load()


def _turn(text: str, *told: tuple[str, object], mood: str = "neutral", new_session: bool = False,
          mild: bool = False) -> Turn:
    view = _view(text, *told, new_session=new_session)  # type: ignore[arg-type]
    return Turn(view, reading.act(text, LINES.about), mood, random.Random(1), mild=mild)


def test_a_one_person_compound_keeps_both_words_asked() -> None:
    # "the boss lady" is one person; "my brothers dog" is the brother's
    assert named_heads("whats the boss lady name again", {"lady", "manag"}) == {"lady", "manag"}
    assert "broth" not in named_heads("whats my brothers dog called", {"broth", "dog"})


@pytest.mark.parametrize(("word", "same"), [("saved", "saving"), ("loved", "loving"),
                                             ("moved", "moving"), ("tired", "tiring")])
def test_a_short_past_tense_stems_as_its_ing(word: str, same: str) -> None:
    assert stems(word) == stems(same)


@pytest.mark.parametrize("word", ["need", "bred", "shed"])
def test_a_word_that_only_ends_in_ed_keeps_it(word: str) -> None:
    assert stems(word) == {word}


def test_the_boss_lady_is_named() -> None:
    found = _answer("whats the boss lady name again",
                    "got the job at the car wash on route 9 lol",
                    "boss is this lady denise, shes like 50 and yells a lot but shes fair i "
                    "guess. her son marco is the one who trains the new guys", read=True)
    assert found is not None and found.detail == "Denise"


def test_money_saved_is_found_as_saving() -> None:
    found = _answer("how much did i have saved before i started",
                    "saving for a ps5, been saving since summer, got $290 rn",
                    "my lil brother deshawn (12) already says he gets to play it too. nah",
                    read=True)
    assert found is not None and "$290" in found.text


def test_a_sensei_is_a_title() -> None:
    found = _answer("whats my senseis name, my uncle wants to sign up",
                    "karate belt test is this saturday at 11, going for green belt. sensei "
                    "okada says my kicks are good but my kata is 'too polite'", read=True)
    assert found is not None and found.detail == "Sensei Okada"


def test_a_she_after_the_girl_asked_about_is_hers() -> None:
    topic, _ = asked_words("whos the girl whos been doing karate since she was little",
                           "how much did the couch cost??")
    assert "couch" not in topic and "karat" in topic
    assert asked_of("since she was little", ["my little sister luz"]) is None
    found = _answer("whos the girl whos been doing karate since she was little? i wanna ask "
                    "her for tips",
                    "my sparring partner is bilal whos like a foot taller than me, and the "
                    "other kid testing with me is hana who's been doing karate since she was 5",
                    "my little sister luz is 8 and the pickiest eater alive",
                    "oh and we got a new couch, green velvet. it cost $640",
                    previous="how much did the couch cost?? luz just spilled grape juice on it",
                    read=True)
    assert found is not None and "hana" in found.text


def test_a_name_given_just_after_the_thing() -> None:
    said = "oh and i finally named the shop, its hop & loop. i think its genius"
    assert names_for({"shop"}, "its hop loop", said) == "hop & loop"
    found = _answer("my aunt wants to find the shop online and my brain is mush, what did i "
                    "name it", said, "i sold 14 hats this week",
                    previous="how many hats had i sold that first week? wanna compare",
                    read=True)
    assert found is not None and found.detail == "Hop & Loop"


def test_the_it_of_the_message_beats_the_question_before() -> None:
    topic, _ = asked_words("what did i name it", "how many hats had i sold that first week?")
    assert "hat" in topic  # alone, "it" borrows the question before ...
    found = _answer("my aunt wants to find the shop online, what did i name it",
                    "i named the shop, its hop & loop", "i sold 14 hats this week",
                    previous="how many hats had i sold that first week?", read=True)
    assert found is not None and "loop" in (found.detail or "").lower()  # ... not here


@pytest.mark.parametrize("text", [
    "ok bye gotta do hw", "bye gotta pack for tomorrow", "ok i have to walk my dog now bye",
    "ok ima take a nap bye", "ok i have to finish this level now bye", "ok gtg chores",
    "ok imma go help my mom cya"])
def test_an_everyday_goodbye_gets_no_crisis_reply(text: str) -> None:
    assert not checker.is_crisis(checker.check(text))


@pytest.mark.parametrize("text", [
    "ok bye gotta do it", "ok ima do it bye", "ok i have to finish it now bye",
    "ok ima take the pills bye", "i have to finish the letter now bye",
    "bye gotta do hw first then im done with everything", "ok ima end it bye"])
def test_a_goodbye_that_may_close_for_good_still_gets_care(text: str) -> None:
    assert checker.is_crisis(checker.check(text))


CALM = ["omg my mugs came out of the kiln today", "the blue one cracked a little but its fine",
        "my mom is gonna love them"]
LOW = ["i feel like nobody would care if i disappeared", "idk whats the point anymore"]


@pytest.mark.parametrize("text", ["ok im gonna go now bye", "ok i think ill go now",
                                  "goodbye for now", "ok that was all i wanted to say bye"])
def test_a_plain_goodbye_after_calm_talk_is_a_goodbye(text: str) -> None:
    assert not checker.is_crisis(checker.check(text, CALM))
    assert checker.is_crisis(checker.check(text, LOW))  # after distress: care
    assert checker.is_crisis(checker.check(text))  # alone: the models' reading stands


def test_a_goodbye_that_says_more_keeps_its_reading_after_calm_talk() -> None:
    for text in ("im gonna go now. bye everyone. thank you for everything",
                 "ok im gonna go now forever bye"):
        assert checker.is_crisis(checker.check(text, CALM))


@pytest.mark.parametrize(("text", "key", "slot"), [
    ("ok gotta go were getting pizza 🍕", "goodbye_food", "the pizza"),
    ("gtg dinner is ready", "goodbye_food", "your dinner"),
    ("ok ttyl oma is calling me to do the stretch and fold thing", "goodbye_called", "oma"),
    ("ok my mom says screens off bye!!!", "goodbye_called", "your mom"),
    ("ok im out, oma wants to teach me pretzels next 🥨", "goodbye_with", "oma"),
    ("ok bye waffles is chewing the couch AGAIN", "goodbye_chaos", "Waffles"),
    # session 27: someone who is no kin, luck wished, news promised
    ("ok gtg sam is here. later", "goodbye_called", "Sam"),
    ("ok doris is calling me. bye", "goodbye_called", "Doris"),
    ("ok tutor is looking at me. later", "goodbye_called", "your tutor"),
    ("ok my twin sister lia needs the laptop. bye", "goodbye_called", "Lia"),
    ("ok moms here bye!!", "goodbye_called", "mom"),
    ("ok mom is back bye!!", "goodbye_called", "mom"),
    ("ok bea wants to play uno, bye sunny!!", "goodbye_with", "Bea"),
    ("ok i gotta go priya is picking me up for practice. byeee", "goodbye_with", "Priya"),
    ("ok tess wants tacos bye", "goodbye_food", "the tacos"),
    ("ok bye sunny, wish chompy luck 🤖", "goodbye_luck_for", "Chompy"),
    ("ok bye sunny, wish the mugs luck", "goodbye_luck_for", "the mugs"),
    ("ok bye sunny ill tell u about the next movie", "goodbye_promise_thing", "the next movie"),
    ("ok bye sunny see u after the trip!", "goodbye_promise_thing", "the trip"),
])
def test_a_goodbye_names_why_they_go(text: str, key: str, slot: str) -> None:
    found = reason(text)
    assert found is not None and found[0] == key and slot in found[1].values()
    said = leaving(_turn(text), LINES)
    assert said and all(slot in p.text and "{" not in p.text for p in said)


@pytest.mark.parametrize("text", ["ok bye sunny", "ok bye she is chewing gum lol",
                                  "ok bye my sister is so annoying",
                                  # session 27: none made up from the wider reasons
                                  "ok back to work tmrw ugh. bye", "ok bye, school tomorrow ugh",
                                  "ok its here bye", "ok bye this is so annoying",
                                  "ok bye sunny the bus was late today"])
def test_no_reason_is_made_up(text: str) -> None:
    assert reason(text) is None


@pytest.mark.parametrize(("text", "task"), [
    ("ok bye gotta do hw", "do your hw"), ("ok gotta go were getting pizza", None),
    ("gtg dinner is ready", "eat"), ("gtg my mom is calling", None)])
def test_no_task_made_of_a_whole_sentence(text: str, task: str | None) -> None:
    assert off_to(text) == task


def test_a_hello_asks_after_what_they_do() -> None:
    told = ("so i joined the beekeeping club at school and we got our first hive!!",
            _NOW - timedelta(days=3))
    said = visits.greet_doing(_turn("hey sunny", told, new_session=True), LINES)
    assert said and all("the beekeeping club" in p.text for p in said)
    assert not visits.greet_doing(_turn("hey sunny", ("i joined a club", told[1]),
                                        new_session=True), LINES)  # which one is not said
    assert not visits.greet_doing(_turn("hey sunny", (told[0], _NOW - timedelta(minutes=3)),
                                        new_session=True), LINES)  # this visit's


@pytest.mark.parametrize(("text", "want"), [
    ("we made 60 jars this week. strawberry rhubarb and peach", ("amount_big", "60 jars")),
    ("i already know like 150 signs which is insane for 3 weeks", ("amount_big", "150 signs")),
    ("i play cello btw. been playing for 7 years", ("amount_years", "7")),
    ("noodle is 420 grams now", None), ("a new string was 45 dollars", None),
    ("we only sold like 19 jars", None), ("3 days 2 nights", None)])
def test_a_big_number_is_met(text: str, want: tuple[str, str] | None) -> None:
    assert counted(text) == want


def test_amazed_is_not_angry_for_a_big_number() -> None:
    text = "there are 42 people in the cast which is insane for a community thing"
    said = amounts(_turn(text, mood="angry", mild=True), LINES)
    assert said and all("42 people" in p.text for p in said)
    assert not amounts(_turn("we lost 12 games", mood="sad"), LINES)


@pytest.mark.parametrize(("text", "thing"), [
    ("my favorite sign so far is butterfly its so cute u like hook ur thumbs", "butterfly"),
    ("my favorite camp food is campfire ramen with hot cheetos crushed on top dont judge",
     "campfire ramen"),
    ("noodle is my favorite hes the tiny grey one", "Noodle")])
def test_a_favourite_is_named_short(text: str, thing: str) -> None:
    said = favorite(_turn(text), LINES)
    assert said and all(thing in p.text for p in said)


def test_no_favourite_made_of_a_clause() -> None:
    assert not favorite(_turn("my favorite is when the dog sneezes"), LINES)


def test_a_name_after_a_title_is_capitalised() -> None:
    assert gist("our teacher mr dale let me hold a frame with like 2000 bees on it") == "Mr Dale"


def test_a_long_annoyance_gets_no_what_happened() -> None:
    text = "kinda annoying thing tho, last week it rained and we only sold like 9 jars"
    said = fallback(_turn(text, mood="angry", mild=True), LINES)
    assert said and not any(p.text.endswith("?") for p in said)


@pytest.mark.parametrize("text", ["ok my mom needs help with centerpieces, bye sunny 💚",
                                  "my mom says hi, see ya"])
def test_a_goodbye_after_a_comma_is_a_goodbye(text: str) -> None:
    assert reading.act(text, LINES.about).name == "goodbye"


def test_a_fix_after_oh_wait_no_is_taken() -> None:
    said = asides(_turn("oh wait no the comp starts at 10 not 9, i just checked the website"),
                  LINES)
    assert said and all("10" in p.text for p in said)


@pytest.mark.parametrize(("text", "context", "event"), [
    ("theres a youth bouldering comp on saturday the 18th at 9am", (), "youth bouldering comp"),
    ("its wednesday the 23rd at 6:30 in room 4",
     ("so our class has a little showcase where we each sign a short story",), "little showcase"),
])
def test_a_comp_and_an_its_name_the_plan(text: str, context: tuple[str, ...], event: str) -> None:
    assert event_phrase(text, context) == event


def test_an_its_with_a_date_echoes_the_plan_just_named() -> None:
    told = ("im doing a regional math contest", _NOW - timedelta(minutes=1))
    text = "its saturday the 7th at lincoln high, check in is at 8am"
    view = replace(_view(text, told), facts=(
        Fact("user", "event", "regional math contest", when=date(2026, 3, 7)),))
    said = plan(Turn(view, reading.act(text, LINES.about), "neutral", random.Random(1)), LINES)
    assert said and all("regional math contest" in p.text for p in said)


def test_no_date_is_a_thing_to_name() -> None:
    assert gist("its wednesday the 23rd at 6:30 in room 4") is None


def _after(text: str, asked: str, reply: str) -> Turn:
    at = _NOW - timedelta(minutes=1)
    history = (Message(1, 1, "user", asked, at), Message(2, 1, "assistant", reply, at))
    view = TurnView("Sam", text, history=history, now=_NOW)
    return Turn(view, reading.act(text, LINES.about), "neutral", random.Random(1))


@pytest.mark.parametrize(("text", "key"), [
    ("i would eat only bread. no hesitation", "skill:moment_rather_same"),
    ("never again lol bread is mid", "skill:moment_rather_other")])
def test_their_pick_after_a_would_you_rather_is_met(text: str, key: str) -> None:
    turn = _after(text, "would u rather eat only bread for a year or never eat bread again",
                  "hmm... eat only bread for a year, final answer lol. which one would you pick?")
    said = asides(turn, LINES)
    assert said and all(p.source == key for p in said)


def test_their_favourite_after_sunny_asked_is_named() -> None:
    turn = _after("mine is anything in the ocean tbh", "ok random but whats ur fav animal",
                  "otters, no contest. what's your favorite animal?")
    said = favorite(turn, LINES)
    assert said and all("anything in the ocean" in p.text for p in said)


def test_a_number_put_right_in_the_message_said_back() -> None:
    found = _answer("whats my jersey number, my grandma wants to make a sign lol",
                    "first game is thursday vs eastbrook at 5:30, im gonna be number 11",
                    "wait no 14, 11 was taken by a junior", read=True)
    assert found is not None and "14" in found.text and "11" not in found.text


def test_a_count_said_as_so_many_of_us() -> None:
    found = _answer("how many trombones are in my section? counting for the new music folders",
                    "im section leader for trombones this year, there's 5 of us including a "
                    "freshman named caleb", read=True)
    assert found is not None and "5 of you" in found.text


def test_a_shift_is_work() -> None:
    found = _answer("what days do i work again? my schedule got changed",
                    "heyyy. just got off my shift at the library, i shelve books mon wed and "
                    "fri from 4 to 7", read=True)
    assert found is not None and "mon wed and fri" in found.text


def test_who_did_not_is_the_one_who_did_not() -> None:
    found = _answer("ok random but which of my friends didnt make the team? i wanna invite her",
                    "my friends lena and jada tried out too. lena made it, jada didnt and she "
                    "cried in the bathroom", read=True)
    assert found is not None and found.detail == "Jada"


def test_a_bass_is_a_fish() -> None:
    found = _answer("how big was my fish again",
                    "hey so its saturday and me and my grandpa walt went fishing at cedar lake",
                    "i caught a bass that was like 4 pounds!!", read=True)
    assert found is not None and found.detail == "4 pounds"


def test_someone_named_late_in_the_question_owns_nothing_asked() -> None:
    found = _answer("and how much was the vet thing my dad is still mad",
                    "also moose ate a whole sock and we had to take him to the vet, it cost $240",
                    read=True)
    assert found is not None and found.detail == "$240"


@pytest.mark.parametrize(("text", "before", "pet", "kind"), [
    ("his name is biscuit", "we got a puppy", "Biscuit", "puppy"),
    ("his name is biscuit bc hes the color of a biscuit lol", "WE GOT A PUPPY 🐶", "Biscuit",
     "puppy"),
    ("her name is tofu", "we got a kitten!!", "Tofu", "kitten")])
def test_a_pet_named_by_his_name_is(text: str, before: str, pet: str, kind: str) -> None:
    found = {(f.subject, f.predicate, f.object)
             for f in extract(text, [before], datetime(2026, 3, 2, tzinfo=UTC))}
    assert ("user", "has_pet", pet) in found and (pet, "species", kind) in found


def test_a_good_answer_line_only_after_a_question() -> None:
    ex = Exchange(1, "hobby_answer", "neutral", ("sunny: what's your dog's name?",),
                  "biscuit. hes a beagle", "biscuit the beagle 🐶 does he howl?",
                  "good answer! how did you first get into it?")
    hit = Hit(ex, 0.9)
    assert not any("good answer" in line for line, _ in proposals(hit, "his name is biscuit",
                                                                   "love that"))
    assert any("good answer" in line for line, _ in proposals(
        hit, "his name is biscuit", "what's their name?"))


def test_hola_is_a_hello() -> None:
    assert reading.act("holaaa sunny", LINES.about).name == "greeting"


def test_no_how_long_have_you_had_a_pet_just_got() -> None:
    told = ("WE GOT A PUPPY 🐶🐶 hes a corgi mix", _NOW - timedelta(minutes=1))
    view = replace(_view("his name is biscuit", told),
                   facts=(Fact("user", "has_pet", "Biscuit"),))
    said = named(Turn(view, reading.act(view.text, LINES.about), "neutral", random.Random(1)),
                 LINES)
    assert said and not any("how long" in p.text for p in said)


def test_a_goodbye_names_the_pet_of_this_visit() -> None:
    told = ("my dog pickle is sleeping on my homework lol", _NOW - timedelta(minutes=2))
    said = leaving(_turn("ok bye sunny", told), LINES)
    assert said and all("Pickle" in p.text for p in said)
    assert not leaving(_turn("ok bye sunny", (told[0], _NOW - timedelta(days=2))), LINES)


def test_no_line_names_what_the_talk_never_had() -> None:
    for key in ("goodbye", "goodnight", "greet_back"):
        assert not any(re.search(r"\b(?:puns?|riddles?|fun facts?)\b", t)
                       for t in LINES.get(key))


def test_money_saved_is_met() -> None:
    assert counted("i mowed lawns all summer and saved $1,150") == ("amount_saved", "$1,150")
    assert counted("i only saved $20 lol") is None


def test_what_i_got_at_the_place_named_before_the_ask() -> None:
    found = _answer("me and my friend r going back to culvers tmrw, what did i get last time?",
                    "after school me and jalen went to culvers and i got a double butterburger "
                    "with no pickles", read=True)
    assert found is not None and "butterburger" in found.text


def test_a_price_said_with_a_word_asked() -> None:
    found = _answer("oh wait how much did i spend on the birthday gift",
                    "its my sister's birthday on friday",
                    "i bought her a lip gloss set and a keychain shaped like a frog for $14 total",
                    read=True)
    assert found is not None and found.detail == "$14"


def test_a_name_then_what_it_is() -> None:
    found = _answer("whats the name of the corgi i like", "we went to the dog park",
                    "my favorite dog there is pretzel, hes a corgi who thinks hes a rottweiler",
                    read=True)
    assert found is not None and found.detail == "Pretzel"


def test_which_ones_is_the_ones_said() -> None:
    found = _answer("which shoes was i saving for",
                    "im saving the tip money for new running shoes, the purple brooks ones",
                    read=True)
    assert found is not None and found.detail == "the purple brooks ones"


def test_a_thing_then_is_my_fav() -> None:
    said = favorite(_turn("strawberry rhubarb is my fav fr its so good on toast"), LINES)
    assert said and all("strawberry rhubarb" in p.text for p in said)
    assert not favorite(_turn("this is my favorite part"), LINES)


def test_no_funniest_thing_asked_after_a_funny_thing_told() -> None:
    assert asks_said("dogs make every day more fun. what's the funniest thing they've done?",
                     "our dog jumped out of the canoe on day 2 and swam to shore lmao")


def test_a_fixed_time_is_not_fixed_again_inside_itself() -> None:
    found = _answer("ok quick, what time do i have to actually be on stage again?",
                    "the open mic is friday at the loft, i go on at 7",
                    "wait no its 7:30 not 7, sign in is at 7. ok that makes more sense", read=True)
    assert found is None or "7:30:30" not in (found.detail or found.text)


def test_a_told_and_my_with_a_comma_is_kept() -> None:
    found = _answer("remember my ferret? whats his name again, he fell asleep in my helmet",
                    "yo sunny its owen",
                    "and my ferret noodle got into the garage and knocked over a jar of bolts, "
                    "took me 20 min to find them all", read=True)
    assert found is not None and found.detail == "Noodle"


def test_a_day_moved_not_the_old_one() -> None:
    found = _answer("ok wait what day did i say the harvest got moved to?",
                    "and our first honey harvest is saturday the 21st at 8am",
                    "wait no i just looked, the harvest moved to sunday the 22nd not saturday",
                    read=True)
    assert found is not None and found.detail is not None and found.detail.lower() == "sunday"


def test_no_name_ends_in_because() -> None:
    found = _answer("whats my rocket called",
                    "my rocket is called the pickle bc i painted it bright green lol", read=True)
    assert found is not None and found.detail == "The Pickle"


def test_a_memory_question_gets_no_check_in() -> None:
    text = "wait how tall did i tell u the pickle was? i never measured it properly"
    assert not checker.check(text)


def test_a_hello_with_a_name_is_met_by_name() -> None:
    said = greet(_turn("hey sunny, im kiara", ("hi", _NOW - timedelta(minutes=5))), LINES)
    assert said and all("Kiara" in p.text and "back" not in p.text for p in said)


def test_no_plan_called_boring() -> None:
    found = extract("today is so boring, its monday and i have 3 tests this week", [],
                    datetime(2026, 3, 9, 16, tzinfo=UTC))
    assert not any(f.predicate == "event" and "boring" in f.object for f in found)


@pytest.mark.parametrize(("text", "name"), [
    ("btw gerald is my tortoise, hes 22 yrs old so hes older than me lol", "gerald"),
    ("ngl tho jess keeps skipping practice and its throwing off the whole formation", "jess")])
def test_no_chat_word_before_a_gist(text: str, name: str) -> None:
    assert gist(text) == name


@pytest.mark.parametrize(("text", "want"), [
    ("im in the beekeeping club at school which sounds nerdy but its honestly sick", "happy"),
    ("the open mic was thursday and i went 4th out of 14 kids and people LAUGHED", "happy"),
    ("everyone laughed at me in class", "sad")])
def test_slang_and_a_laughing_crowd_are_good_news(text: str, want: str) -> None:
    assert reading.mood(None, text) == want


def test_a_placing_is_no_big_number() -> None:
    assert counted("i went 4th out of 14 kids and people laughed") is None


def test_its_monday_said_on_a_monday_is_today_not_a_plan() -> None:
    now = datetime(2026, 3, 9, 16, tzinfo=UTC)  # a Monday
    found = find_dates("today is so boring, its monday and i have 3 tests this week", now)
    assert all(d.date == now.date() for d in found)
    assert [d.date for d in find_dates("its friday at 6", now)] == [date(2026, 3, 13)]
