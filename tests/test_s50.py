"""Session 50: fixes told in the same breath or in passing ("the show is 30 min. wait no its
40 min", "the cake is 3 tiers not 4") put right and said back; someone's age told met as a
friend meets it ("hes 74" -> "74?! legend 🙌"); a written line no longer asks the count, age,
length or time just told; a memory question the reading missed keeps what was told of it;
Sunny answers questions about itself (the reply bank's new ``sunny_self`` exchanges)."""

from __future__ import annotations

import pytest

from amity.voice import rank
from amity.voice.ages import told_ages
from amity.voice.recall_fix import swaps
from tests.test_s46 import _probe
from tests.test_s47 import _reply

# ---- corrections ------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "pair"), [
    ("the script is 6 pages and the show is 30 min. wait no its 40 min, he added a part about "
     "the moons", ("30 min", "40 min")),
    ("hes 3 months old. wait no the pet store guy said 4 months, i checked the paper",
     ("3 months", "4 months")),
    ("wait i messed up, the cake is 3 tiers not 4. lina said 4 was the original plan",
     ("4 tiers", "3 tiers")),
    ("ok update wait theres actually 8 puppies not 7!! one was hiding under honey the whole "
     "time", ("7 puppies", "8 puppies")),
    ("ok owen just texted, we play 4th not 3rd, they changed the order", ("3rd", "4th")),
    ("wait actually it was cabin 9 the raccoons, cabin 7 was my first year. my brain",
     ("cabin 7", "cabin 9")),
    ("update: we're at 230 done. also i was wrong before, its 500 not 400, dziadek forgot",
     ("400", "500")),
    ("oh wait no the ceremony is at 4:30, 4 is when we take pictures", ("4", "4:30")),
])
def test_a_fix_in_the_same_breath_is_read(text: str, pair: tuple[str, str]) -> None:
    assert swaps(text)[0] == pair


@pytest.mark.parametrize("text", ["im not going its late", "actually not bad its fine",
                                  "its 3:30 to 7:30 not 4 to 8", "sorry 4-6 weeks not 3-4",
                                  "oh wait no the pitch is at 7 not 6:30. 6:30 is when we "
                                  "check in"])
def test_no_count_fix_where_there_is_none_or_another(text: str) -> None:
    assert not any(" " in w and w.split()[1] in ("its", "weeks") for w, _ in swaps(text))
    assert ("3", "4") not in swaps(text) and ("6", "7") not in swaps(text)


def test_a_fix_in_passing_is_said_back_not_met_with_tell_me_more() -> None:
    text, source = _reply("the script is 6 pages and the show is 30 min. wait no its 40 min, he "
                          "added a part about the moons")
    assert source == "skill:moment_fixed" and "40 min" in text


def test_a_count_put_right_says_its_thing_once() -> None:
    text, source = _reply("ok update wait theres actually 8 puppies not 7!! one was hiding")
    assert source == "skill:moment_fixed"
    assert "8 puppies" in text and "7 puppies" not in text


def test_a_value_right_for_another_thing_is_not_called_wrong() -> None:
    text, source = _reply("oh wait no the ceremony is at 4:30, 4 is when we take pictures")
    assert source == "skill:moment_fixed" and "4:30" in text and " not " not in text


def test_a_lone_fix_after_a_filler_is_taken() -> None:
    reply = _probe(["the show is 30 min and the script is 6 pages"],
                   ["hmm wait no its 40 min, he added a part about the moons"])
    assert "40 min" in reply


def test_a_count_fixed_in_passing_is_remembered_fixed() -> None:
    reply = _probe(["our dog honey had puppies!! theres 7 of them",
                    "ok update wait theres actually 8 puppies not 7!! one was hiding under honey "
                    "the whole time"], ["hey sunny", "how many puppies were there again?"])
    assert "8" in reply and "7" not in reply


# ---- ages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "ages"), [
    ("shes 81 and shes made tamales every christmas since like 1960", [("81", None, False)]),
    ("hes 6 weeks old and fits in my hand", [("6 weeks", None, False)]),
    ("lily is 7 and marcus is 10, theyre my aunt rosas kids",
     [("7", "Lily", False), ("10", "Marcus", False)]),
    ("its me, my cousin sam whos 15, and the twins ella and june who are 10",
     [("15", None, False), ("10", None, False)]),
    ("my dog koda howled at me. koda's a husky, 5 yrs old, very dramatic", [("5", None, True)]),
    ("my sister maya whos 16 and hates camping, and our dog waffles", [("16", None, False)]),
    ("hes 6. bottom front tooth", [("6", None, False)]),
])
def test_ages_told_are_read(text: str, ages: list[tuple[str, str | None, bool]]) -> None:
    assert [(a, who, pet) for a, _, who, pet in told_ages(text)] == ages


@pytest.mark.parametrize("text", ["im 15", "my best friend nia has been skating since she was 6",
                                  "the show is at 7", "hes at 27 now!!", "the cake is 3 tiers",
                                  "my goal is 100", "i have 9 now", "it costs 4.50",
                                  "he was 3 when we got him", "shes 5:30 late lol"])
def test_no_age_where_none_is_told(text: str) -> None:
    assert told_ages(text) == []


@pytest.mark.parametrize(("text", "key", "said"), [
    ("shes 81 and shes made tamales every christmas since like 1960. nobody else knows her "
     "exact recipe", "skill:age_elder", "81"),
    ("hes 6 weeks old and fits in my hand. i am literally over the moon", "skill:age_baby",
     "6 weeks"),
    ("we have a cat at home tho, oreo, shes 12 and would absolutely not accept a dog lol",
     "skill:age_old_pet", "12"),
])
def test_an_age_is_met(text: str, key: str, said: str) -> None:
    reply, source = _reply(text)
    assert source == key and said in reply


def test_someone_new_named_with_an_age_is_met_by_name_first() -> None:
    _, source = _reply("my brother mateo is 8 and plays for the tigers. hes kinda bad at batting")
    assert not source.startswith("skill:age")


def test_a_grown_ups_age_in_passing_is_left_to_the_rest() -> None:
    _, source = _reply("my cousin tomek is supposed to help on thursday but hes 17 and unreliable "
                       "so we'll see")
    assert not source.startswith("skill:age")


# ---- written lines that ask what was just told -------------------------------------------------


@pytest.mark.parametrize(("line", "told"), [
    ("PUPPIES?! that's the best news ever 🐶 how many are there?", "theres 7 of them"),
    ("aw, a new kitten! how old is she?", "shes 6 weeks old"),
    ("a hike that ends at a waterfall is the best! how long is the trail?", "the 3 mile hike"),
    ("fun! what time does it start?", "its at 7pm at the rink"),
])
def test_a_line_asking_what_was_just_told_loses_its_question(line: str, told: str) -> None:
    assert rank.asks_said(line, told)
    assert rank.cut_last_ask(line) and not rank.cut_last_ask(line).endswith("?")


@pytest.mark.parametrize(("line", "told"), [
    ("PUPPIES?! how many are there?", "our dog had puppies!!"),
    ("how old is she?", "my grandma is visiting"),
    ("how long is the trail?", "we did the waterfall hike"),
])
def test_a_line_asking_what_was_not_told_keeps_it(line: str, told: str) -> None:
    assert not rank.asks_said(line, told)


# ---- memory questions the reading missed --------------------------------------------------------


def test_a_missed_memory_question_keeps_what_was_told_of_it() -> None:
    reply = _probe(["he showed me the reptile room and theres a blue tongue skink named gus",
                    "gus isnt for sale hes like the store mascot"],
                   ["hey", "and what was the lizard called, the store mascot one"])
    assert "mascot" in reply.lower() and "what would you say" not in reply


# ---- Sunny about itself -------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["whats something ur bad at", "do u collect anything lol",
                                  "whats the most boring job u can think of"])
def test_sunny_answers_about_itself(text: str) -> None:
    reply, _ = _reply(text)
    assert "not sure" not in reply.lower() and "what would you say" not in reply.lower()
    assert "?" in reply


# ---- comfort that fits what is still to come, and someone else's feeling ---------------------


@pytest.mark.parametrize(("text", "key"), [
    ("bad news tho the forecast says its gonna rain cats and dogs saturday morning",
     "skill:comfort_ahead"),
    ("ngl im gonna cry like a baby at the ceremony", "skill:comfort_tears_ahead"),
    ("also my brother luca has his college interview on friday and hes so stressed hes ironing "
     "shirts at midnight", "skill:comfort_their_feeling"),
    ("my dad was so stressed, we had 12 refunds", "skill:comfort_their_feeling"),
])
def test_comfort_fits_what_is_ahead_and_whose_it_is(text: str, key: str) -> None:
    reply, source = _reply(text)
    assert source == key
    assert "what happened" not in reply and "turned out" not in reply


@pytest.mark.parametrize("text", ["i failed my test and im so sad",
                                  "my best friend stopped talking to me and i feel awful"])
def test_a_sorrow_now_keeps_its_comfort(text: str) -> None:
    _, source = _reply(text)
    assert source not in ("skill:comfort_ahead", "skill:comfort_tears_ahead",
                          "skill:comfort_their_feeling")


# ---- the gist said back ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "bad"), [
    ("sunnyyy guess who's playing in a battle of the bands", "sunny"),
    ("all our stuff is purple bc purple is my fav color and i am the manager", "bc"),
    ("hes 6. bottom front tooth. he wiggles it like every 4 seconds", "6 bottom"),
    ("the manager is gary, hes dot's son. dot is like 70", "dot 's"),
    ("heyy pet sitting is officially OVER", "heyy"),
    ("ok correction my pr is actually 4'11", "correction"),
])
def test_the_gist_is_no_greeting_reason_or_two_sentences(text: str, bad: str) -> None:
    from amity.voice.gist import gist
    assert bad not in (gist(text) or "").lower()


# ---- round 60's worst replies ---------------------------------------------------------------


def test_a_plan_told_long_is_no_goodbye() -> None:
    text, source = _reply("im gonna ride his old yamaha ttr 125, its blue and kinda beat up but "
                          "i love it already")
    assert "later" not in text and source != "skill:echo_going"
    _, short = _reply("ok gonna watch the new vid")
    assert short == "skill:echo_going"


@pytest.mark.parametrize("text", ["the ribbon keeps coming undone and its driving me up the wall",
                                  "too many cooks in the kitchen fr, my mom kept trying to help"])
def test_an_annoyance_is_never_cheered(text: str) -> None:
    reply, source = _reply(text)
    assert source == "skill:recast_ugh"
    assert "nice" not in reply and "awesome" not in reply


def test_who_knew_asks_nothing_back() -> None:
    from amity.voice.recall_ask import is_recall_question
    assert not is_recall_question("my lips are killing me lol who knew harmonica was a workout")
    assert is_recall_question("who knew the answer, did i tell u?")
    reply, source = _reply("my lips are killing me lol who knew harmonica was a workout")
    assert source == "skill:idiom_sore" and "lips" in reply


def test_own_news_is_about_the_own_plan() -> None:
    from datetime import date

    from amity.types import FollowUp
    from amity.voice.plans import told_plan
    due = FollowUp("first varsity basketball game", whose="Jake", when=date(2026, 3, 10),
                   also=(FollowUp("pumpkin carving contest", when=date(2026, 3, 6)),))
    told = told_plan(due, "SUNNY WE WON 2ND PLACE")
    assert told is not None and told.event == "pumpkin carving contest"
    theirs = told_plan(due, "jake's team won the game")
    assert theirs is not None and theirs.whose == "Jake"


def test_a_name_read_of_another_thing_is_no_answer() -> None:
    from amity.voice.remembered import _named_another
    assert _named_another("whats my dogs name?", "we named the pumpkin gourdon lmaooo")
    assert not _named_another("whats my dogs name?", "we named the pug rocco")
    assert not _named_another("whats my pumpkins name", "we named the pumpkin gourdon")


def test_what_time_is_answered_by_a_clock_time_only() -> None:
    from amity.voice.recall_kind import _CLOCK
    assert not _CLOCK.search("we ended up raising $520 so we beat our goal")
    assert _CLOCK.search("saturday from 10am to 10pm") and _CLOCK.search("it starts at 7")


def test_a_ledger_date_is_said_plainly() -> None:
    from amity.voice.recall_words import plain_date
    assert plain_date("your mom has job interview on Monday 09 March 2026") == \
        "your mom has job interview on Monday, March 9"


def test_news_told_with_a_memory_question_is_cheered() -> None:
    from amity.voice.recall_aside import cheer
    assert "her" in cheer("remember my moms job interview? she got called back!!", 0)
    assert cheer("remember my moms job interview? she didnt get called back", 0) == ""


@pytest.mark.parametrize("text", ["ngl my feet already hurt just thinking about it",
                                  "my legs are killing me after practice"])
def test_a_sore_body_is_no_crisis(text: str) -> None:
    from amity.nlp.safety.checker import check, is_crisis
    assert not is_crisis(check(text, []))


@pytest.mark.parametrize("text", ["my feet hurt and i want to die",
                                  "my back hurts and honestly i dont want to be here anymore",
                                  "i hurt myself again thinking about it",
                                  "my arms already hurt thinking about it"])
def test_a_sore_body_with_risk_keeps_its_care(text: str) -> None:
    from amity.nlp.safety.checker import check, is_crisis
    assert is_crisis(check(text, []))


def test_sore_feet_are_met_as_sore_feet() -> None:
    reply, source = _reply("ngl my feet already hurt just thinking about it")
    assert source == "skill:idiom_sore" and "feet" in reply and "feets" not in reply


def test_no_laugh_at_someone_named_by_a_title() -> None:
    from amity.voice.skills import _TITLED_PERSON
    assert _TITLED_PERSON.search("Mrs Okafor") and _TITLED_PERSON.search("aunt jo")
    reply, source = _reply("my piano teacher mrs okafor set it up, shes known the owner forever "
                           "lol")
    assert not (source == "skill:laugh_named" and "Okafor" in reply)


def test_a_favourite_after_a_comma_is_heard() -> None:
    reply, source = _reply("the theme is little ducks so its all yellow and white, yellow is my "
                           "fav color anyway")
    assert source == "skill:echo_favorite" and "yellow" in reply


# ---- round 61: Sunny's own answers kept ----------------------------------------------------------


def test_a_daydream_is_no_claim_of_a_dog() -> None:
    from amity.rerank import contradicts
    facts = ["Sunny has no dog but daydreams about a golden retriever called Waffles."]
    assert contradicts("yes i have a dog named waffles", facts)
    assert not contradicts("dog person, mostly cuz of Waffles, the golden retriever i daydream "
                           "about lol", facts)


def test_dog_or_cat_person_gets_sunnys_pick() -> None:
    reply, source = _reply("are u a dog person or a cat person? u have to pick")
    assert source == "bank" and "dog person" in reply and "name" not in reply


# ---- round 61's worst replies -----------------------------------------------------------------


def test_sad_news_of_someone_leaving_is_comforted_not_cheered() -> None:
    reply, source = _reply("sad news tho my best friend hana is moving to ohio on friday 😞")
    assert source == "skill:comfort_leaving" and "nice" not in reply


def test_someone_gone_home_and_a_quiet_house_is_no_good_news() -> None:
    reply, _ = _reply("my grandma flew back to atlanta yesterday, the house is so quiet")
    assert "awesome" not in reply and "so fun" not in reply


def test_a_fix_with_im_cooked_is_never_cheered() -> None:
    reply, source = _reply("ok update i double checked the rubric and its due thursday the 16th "
                           "not friday. im so cooked")
    assert source == "skill:moment_fixed" and "Thursday" in reply and "amazing" not in reply


def test_no_laugh_after_dont_laugh() -> None:
    reply = _probe(["ok dont laugh", "im 14 and i cant ride a bike. like at all 😭"],
                   ["my cousin jamal (hes 17) said hed teach me this summer before its too "
                    "late lol"])
    assert "lmao" not in reply and "💀" not in reply


def test_a_day_fixed_with_its_date_is_read() -> None:
    assert swaps("its due thursday the 16th not friday") == [("friday", "thursday")]
    assert swaps("wait no i meant thursday not tuesday") == [("tuesday", "thursday")]


def test_no_piece_of_an_address_or_the_teens_own_name_for_an_answer() -> None:
    from amity.voice.remembered import _NO_DETAIL, _OWN_NAME_ASKED
    assert "st" in _NO_DETAIL and "kenji" not in _NO_DETAIL
    assert _OWN_NAME_ASKED.search("wait whats my name lol")
    assert not _OWN_NAME_ASKED.search("whats my dogs name")


def test_a_name_asked_with_an_aside_keeps_no_thing_of_the_aside() -> None:
    reply = _probe(["my dog loves peanut butter"],
                   ["hey", "and what did i say my dogs name was? she ate a piece of the "
                    "leftover dough and shes fine"])
    assert "dough" not in reply.lower()


@pytest.mark.parametrize("text", ["im 14 and i cant ride a bike. like at all 😭",
                                  "i never learned to swim lol dont laugh"])
def test_a_thing_not_learned_yet_is_met_kindly(text: str) -> None:
    reply, source = _reply(text)
    assert source == "skill:comfort_cant_yet" and "want to hear" not in reply


@pytest.mark.parametrize("text", ["i cant ride the bus alone, my mom says no",
                                  "i cant go to the party saturday"])
def test_a_cant_that_is_no_confession_is_left(text: str) -> None:
    _, source = _reply(text)
    assert source != "skill:comfort_cant_yet"


def test_sunny_has_no_other_name() -> None:
    reply, source = _reply("do u have a name for urself besides sunny")
    assert source == "bank" and "Waffles" not in reply and "Sun" in reply
