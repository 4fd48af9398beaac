"""Session 47: what a memory question is asked for, met in the answer (``recall_aside``):
a thank-you note, a doubting friend, a forgotten detail, a quiz, a caption; someone's good
news told with the question is cheered, not followed up with "tell me how it went"."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from amity.app import build_engine
from amity.config import Settings
from amity.voice.recall_aside import Why, cheer, remark, why
from amity.voice.recall_fix import swaps
from tests.test_s46 import _probe

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(("text", "kind", "fill"), [
    ("whats my coaches name again? we're supposed to write her a thank u note", "thanks",
     "note"),
    ("and whats the vets name again, i wanna write her a thank u card", "thanks", "card"),
    ("what day is the screening, samira thinks its the 16th", "doubt", "Samira"),
    ("whats my cats name again lol my friend asked and i blanked", "doubt", "your friend"),
    ("wait whats my cats name, luis thinks i made it up", "doubt", "Luis"),
    ("how long are we supposed to have again? i keep forgetting", "forgot", ""),
    ("what team number did i tell u we are? my brain is mush", "forgot", ""),
    ("what are my rats called? testing u", "quiz", ""),
    ("whats my fav book, bet u forgot", "quiz", ""),
    ("whats my fav musical again, i wanna see if u remember", "quiz", ""),
    ("what was our record again? i wanna flex on my sister", "brag", ""),
    ("whos chloes bias? i need to roast her", "roast", ""),
    ("how many salchows did i say i landed in a row? i wanna beat it", "beat", ""),
    ("do u remember where the meet was? i need to write it in my journal", "for", "journal"),
    ("who was my manager again? i need to ask him for that saturday off", "use", ""),
])
def test_what_the_question_is_asked_for(text: str, kind: str, fill: str) -> None:
    assert why(text) == Why(kind, fill)


def test_the_one_who_said_the_answer_is_right() -> None:
    assert why("what time is check in? dante swears its 7:30", "7:30") == Why("right", "Dante")
    assert why("what time is check in? dante swears its 7", "7:30") == Why("doubt", "Dante")


@pytest.mark.parametrize("text", [
    "whats my dogs name again",
    "do u remember when my recital is",
    "what did i say my coach was called",
    "how old is my brother",
    "a lady asked and i wanted the year",  # no one named: "a lady" is not "Lady"
])
def test_a_plain_question_asks_for_nothing_more(text: str) -> None:
    found = why(text)
    assert found is None or found.kind != "doubt"
    if "lady" not in text:
        assert found is None


@pytest.mark.parametrize(("text", "who"), [
    ("my mom got the job!! do u remember where it was", "your mom"),
    ("and my cousin graduated sunday! do u remember what she graduated from?", "your cousin"),
    ("my sister passed!! how old is she again", "your sister"),
])
def test_good_news_of_someone_close_is_cheered(text: str, who: str) -> None:
    assert who in cheer(text, 0)


@pytest.mark.parametrize("text", [
    "also my cat got into the donut box when i brought one home 😭 do u remember her name",
    "my brother didnt pass, what test was it again",
    "my mom got home late, where did i say she was",
])
def test_no_cheer_without_good_news(text: str) -> None:
    assert cheer(text, 0) == ""


def test_a_thank_you_note_is_met_with_the_name() -> None:
    reply = _probe(["my coach is coach farah shes so nice"],
                   ["whats my coaches name again? we're supposed to write her a thank u note"])
    assert "Farah" in reply and "thank-you" in reply


def test_a_doubting_friend_is_named_with_the_answer() -> None:
    reply = _probe(["tryouts are saturday at 9"],
                   ["what time are tryouts again? lena thinks its 10"])
    assert "9" in reply and "Lena" in reply


def test_news_with_a_memory_question_is_cheered_and_answered() -> None:
    reply = _probe(["my mom has a job interview at the hospital on thursday"],
                   ["my mom got the job!! do u remember where her interview was"])
    assert "congrats" in reply and "hospital" in reply and "how it went" not in reply


@pytest.mark.parametrize(("text", "said"), [
    ("whats my cats name? she just knocked my water over lol",
     "she just knocked my water over lol"),
    ("bogey got into the trash again. wait do u remember what kind of dog he is",
     "bogey got into the trash again."),
    ("also my cat got into the donut box when i brought one home 😭 do u remember her name",
     "also my cat got into the donut box when i brought one home 😭"),
    ("whats my dogs name again", None),
    ("what are my rats called? testing u", None),  # about the asking itself
])
def test_the_remark_told_with_a_question(text: str, said: str | None) -> None:
    assert remark(text) == said


def test_her_in_a_question_is_the_pet_the_message_names() -> None:
    reply = _probe(["my cat kismet is a menace lol", "my dog bogey is a golden retriever"],
                   ["bogey got into the trash again. wait do u remember what kind of dog he is",
                    "also my cat got into the donut box when i brought one home 😭 do u "
                    "remember her name"])
    assert "Kismet" in reply and "bogey" not in reply.lower()


def test_a_pets_mischief_is_met_with_the_answer() -> None:
    reply = _probe(["my cat kismet is a menace lol"],
                   ["whats my cats name? she just knocked my water over lol"])
    assert "Kismet" in reply and "water" in reply


# ---- round 49's worst replies, fixed ------------------------------------------------------

def _reply(text: str) -> tuple[str, str]:
    """The reply and its source for one message of a fresh teen (15), from the whole engine."""
    with tempfile.TemporaryDirectory() as home:
        engine = build_engine(Settings(home=Path(home), seed=7))
        engine.clock = lambda: NOW
        engine.respond("sam", "hi")
        engine.respond("sam", "i'm 15")
        reply = engine.respond("sam", text)
        engine.store.close()
        engine.backend.close()
    return reply.text, reply.source


@pytest.mark.parametrize("text", ["im sweating bullets about the showmanship part ngl",
                                  "my brain is fried ngl"])
def test_nerves_and_a_fried_brain_are_met(text: str) -> None:
    _, source = _reply(text)
    assert source.startswith("skill:comfort")


def test_a_show_told_as_a_story_is_no_plan() -> None:
    reply = _probe(["my show is saturday and sunday"],
                   ["but at the sunday show my mouse head got turned sideways and i couldnt "
                    "see anything lol i just followed the mouse in front of me"])
    assert "tomorrow" not in reply and "how it went" not in reply


def test_someone_coming_to_the_teens_event_is_not_their_event() -> None:
    reply, _ = _reply("also my grandma flies in from nairobi on tuesday so she gets to come to "
                      "the final!! shes never seen me do a bee")
    assert "grandma's final" not in reply


def test_someone_elses_day_gone_well_is_glad_news() -> None:
    reply, source = _reply("oh and my dads job interview went good btw, he got a second one "
                           "next week")
    assert source == "skill:their_went_good" and "your dad's job interview went well" in reply
    assert "fingers crossed" not in reply


def test_a_time_put_right_after_i_told_u_is_taken() -> None:
    reply = _probe(["the party is at 7 at the marriott"],
                   ["oh wait i told u the party was at 7 but its 6:30, my aunt just sent the "
                    "schedule in the family group chat"])
    assert "6:30" in reply and "schedule!" not in reply


def test_a_memory_called_up_to_tell_more_is_met_on_the_story() -> None:
    reply = _probe(["my cat pepper is 13 and hates everyone", "the cat test is tomorrow"],
                   ["and remember the cat test? she literally hissed once and then ignored "
                    "biscuit lol"])
    assert "hissed" in reply and "Tuesday 03 March" not in reply


def test_a_pet_named_as_ours_with_more_said_is_found() -> None:
    reply = _probe(["the only problem is pepper. pepper is our cat shes 13 and she hates "
                    "literally everyone except my mom"],
                   ["whats my cats name again lol im testing u"])
    assert "Pepper" in reply


def test_someone_elses_age_is_not_lost_beside_the_teens() -> None:
    reply = _probe(["noahs turning 13 and im 16 so i guess im the cool older cousin lol"],
                   ["and how old is noah turning? jk i know its 13 but do u"])
    assert "13" in reply


def test_a_pet_named_before_its_breed_after_a_comma() -> None:
    reply = _probe(["my dad is staying home with nacho, our chihuahua. hes 11 and hates car "
                    "rides"], ["whats my dogs name again? my friend didnt believe me that its a "
                               "real name"])
    assert "Nacho" in reply


def test_a_deed_sunny_never_did_is_said_as_one() -> None:
    reply, source = _reply("have u ever given a speech lol")
    assert source == "skill:you_ever_done" and "never given a speech" in reply


def test_a_plan_beside_a_past_moment_is_still_a_plan() -> None:
    reply, source = _reply("she cried when they announced it lol. we get a pizza party tuesday "
                           "as the prize")
    assert source.startswith("skill:echo_plan") and "pizza party" in reply


def test_a_detail_asked_with_news_is_answered_not_called_up() -> None:
    reply = _probe(["my science teacher is mr delgado"],
                   ["do u remember my science teachers name? i did the presentation today and "
                    "he gave me a 98"])
    assert "Delgado" in reply


# ---- round 50's worst replies, fixed ------------------------------------------------------

@pytest.mark.parametrize("text", ["ok my mom is yelling about dinner",
                                  "my mom is yelling at me to come eat"])
def test_called_to_dinner_is_a_goodbye_not_a_worry(text: str) -> None:
    reply, source = _reply(text)
    assert source.startswith("skill:goodbye") and "feel okay" not in reply


def test_a_question_about_a_pet_names_no_pet() -> None:
    reply = _probe(["my cat pickles keeps sitting on my practice sheets. shes 4 and thinks "
                    "shes the boss"], ["how old is my cat again lol", "ok bye sunny"])
    assert "Old" not in reply


def test_a_statement_wondering_aloud_is_told() -> None:
    reply = _probe(["the manager is this lady rhonda shes kinda intense but nice?? she said ill "
                    "mostly be doing fish tanks"],
                   ["ok yeah. and whats the managers name again i dont wanna call her the wrong "
                    "thing"])
    assert "Rhonda" in reply


def test_how_many_more_is_worked_out() -> None:
    reply = _probe(["i need 40 volunteer hours for national honor society by june"],
                   ["ok i have 12 hours so far, how many more do i need?"])
    assert "28 more" in reply


def test_a_flavour_is_no_colour() -> None:
    reply = _probe(["my fav flavor is our tiger stripe special which is blue raspberry and mango "
                    "swirled together"], ["do u remember what color our umbrella is"])
    assert "blue" not in reply.lower()


def test_a_numbered_place_put_right_is_answered_new() -> None:
    assert ("field 3", "field 2") in swaps("wait sorry its field 2 not field 3. field 3 is the "
                                           "t-ball one")
    reply = _probe(["the big one is the championship game next saturday at 5pm at hollister "
                    "park, field 3", "wait sorry its field 2 not field 3. field 3 is the t-ball "
                    "one"], ["what field did i say the championship was on again?"])
    assert "field 2" in reply and "field 3" not in reply


def test_a_which_that_goes_on_a_statement_asks_nothing() -> None:
    from amity.voice.recall_ask import is_recall_question
    assert not is_recall_question("i ate zero cupcakes the whole time which is so sad lol",
                                  "and how old is luke again?")
    assert is_recall_question("which coach just yells stuff")


def test_me_and_someone_did_it_together() -> None:
    reply, source = _reply("ok so regionals were saturday and me and my partner got 3RD in "
                           "write it do it!!! we got a medal")
    assert "your partner got" not in reply and source.startswith("skill:recast_proud")


def test_a_day_that_went_well_is_met_though_amazed() -> None:
    reply, source = _reply("so my first shift at the pet store was saturday and it was actually "
                           "so fun?? i cleaned like 20 fish tanks")
    assert source == "skill:news_went_good" and "first shift" in reply


@pytest.mark.parametrize("text", ["ok kenji is calling me we gotta figure out how much ice to buy",
                                  "my mom is calling me"])
def test_called_away_is_a_goodbye(text: str) -> None:
    _, source = _reply(text)
    assert source.startswith("skill:goodbye")


def test_a_lol_that_softens_an_opener_is_no_joke() -> None:
    reply, source = _reply("hi sunny!! i have a mission lol")
    assert not source.startswith("skill:laugh") and "😂" not in reply


def test_who_did_a_thing_told_is_answered() -> None:
    reply = _probe(["my aunt denise is flying in from atlanta on friday for the party"],
                   ["who flew in from atlanta?"])
    assert "Denise" in reply


# ---- round 51's worst replies, fixed ------------------------------------------------------

def test_bored_in_class_gets_no_idea_to_do() -> None:
    reply, source = _reply("im so bored in math rn we're doing review for the 4th time")
    assert source == "skill:bored_class" and "math" in reply


def test_kin_inside_a_plan_are_not_its_owners_kin() -> None:
    reply, _ = _reply("my goal is for him to say hi when my grandparents visit next sunday at "
                      "noon, theyre driving up from tucson")
    assert "grandpa's grandparents" not in reply


def test_tears_when_a_thing_finally_worked_are_no_sorrow() -> None:
    reply, source = _reply("we put the mower back together saturday and on the 3rd pull it "
                           "started!! pop cried a little ngl")
    assert "sorry" not in reply.lower() and "stings" not in reply


def test_a_pile_of_plans_is_cut_to_two_more() -> None:
    from datetime import date

    from amity.types import FollowUp
    from amity.voice.plans import ask_after
    when = date(2026, 3, 4)
    plans = [FollowUp(e, "event", i, when=when) for i, e in enumerate(
        ("work holiday party", "math quiz", "bake sale", "band practice"))]
    said = ask_after(FollowUp("recital", "event", 9, when=when, also=tuple(plans)))
    assert said.count("oh and") == 1 and "bake sale" not in said


# ---- round 52's worst replies, fixed ------------------------------------------------------

def test_glad_talk_with_no_word_of_harm_gets_no_check_in() -> None:
    from amity.nlp import safety
    text = ("also theres this purple hoodie nobody claimed and purple is literally my favorite "
            "color so if its still there friday...")
    assert not [v for v in safety.check(text) if v.category == "self_harm"]
    # a goodbye said with love keeps its care
    assert safety.is_crisis(safety.check("i love you all. goodbye everyone"))


def test_being_yelled_at_is_never_nice() -> None:
    reply, source = _reply("some 8th grader yelled at me bc his jacket was already gone. not my "
                           "fault he waited 3 months")
    assert "nice" not in reply and source != "skill:recast_them"


def test_someones_surgery_gone_well_is_no_worry() -> None:
    reply, _ = _reply("abuelas surgery went good! shes already walking with a walker")
    assert "worries" not in reply and "scary" not in reply


def test_someone_elses_doing_is_no_plan_of_the_teen() -> None:
    reply, _ = _reply("next saturday shes doing a huge wedding cake, 4 tiers, and it gets "
                      "delivered to the riverside hotel at 2")
    assert "your huge wedding" not in reply


def test_an_idiom_is_no_plan_to_ask_after() -> None:
    reply = _probe(["my legs are killing me today fr"], ["heyyy"])
    assert "killing" not in reply


def test_the_shouted_headline_is_met_first() -> None:
    reply, _ = _reply("I GOT THE COIN 🪙 first time ever!! we made the dumplings saturday and "
                      "its gonna be my year")
    assert "coin" in reply.lower() and "dumplings" not in reply


def test_a_title_with_a_small_word_is_kept_whole() -> None:
    reply = _probe(["the show is called journey to jupiter and its friday the 21st at 10am"],
                   ["what was the name of the show again?"])
    assert "Journey To Jupiter" in reply or "journey to jupiter" in reply.lower()


# ---- round 53's worst replies, fixed ------------------------------------------------------

def test_a_price_put_right_is_answered_new() -> None:
    assert ("10", "8") in swaps("oh wait its $8 a car not $10. ms park just changed it")
    reply = _probe(["were charging $10 a car", "oh wait its $8 a car not $10. ms park just "
                    "changed it bc she said $10 scares ppl off"],
                   ["how much did i say were charging per car? i told my uncle $10 and now im "
                    "not sure"])
    assert "8" in reply and "10" not in reply


def test_a_goodbye_at_the_bell_says_no_garble() -> None:
    reply, _ = _reply("bell is about to ring gotta go, bye sunny!!")
    assert "ring gotta go" not in reply


def test_long_apart_is_no_glad_news() -> None:
    reply, _ = _reply("i havent seen her in person in 6 years bc flights were so crazy expensive. "
                      "im 15 now so last time i was 9 😭")
    assert "love that" not in reply


def test_in_the_worst_way_is_no_hurt() -> None:
    reply, _ = _reply("anyway my fav snack is hot cheetos and im eating them rn in the worst way, "
                      "orange fingers everywhere")
    assert "rough" not in reply and "sorry" not in reply.lower()


def test_better_than_mine_told_is_no_question_of_two() -> None:
    reply, source = _reply("my best friend deshawn is making the signs bc his handwriting is way "
                           "better than mine lol")
    assert source != "skill:moment_either" and "way!" not in reply


def test_charging_is_no_spending() -> None:
    reply, source = _reply("were charging $10 a car for the car wash")
    assert "worth every penny" not in reply


# ---- round 54's misfire and worst replies, fixed -----------------------------------------

def test_a_plan_for_a_party_gets_no_check_in() -> None:
    from amity.nlp import safety
    text = ("the plan is i make it by myself for my aunt bisis 50th birthday party this saturday "
            "at 2 at my uncle femis house")
    assert not [v for v in safety.check(text) if v.category == "self_harm"]
    # a plan to end it near a party keeps its care
    assert safety.is_crisis(safety.check("i have a plan and im doing it the night of my "
                                         "birthday party"))
    assert safety.is_crisis(safety.check("the plan is to be gone before my birthday party"))


def test_a_fear_is_never_said_back_as_fun() -> None:
    reply, _ = _reply("the sight reading part scares me the most, u have to sing something u "
                      "never saw before")
    assert "fun" not in reply


def test_kin_named_in_a_laugh_is_not_laughed_at() -> None:
    reply, _ = _reply("aunt jo came and i interviewed her, she said the best thing about ohio is "
                      "the corn lol")
    assert "not aunt jo" not in reply.lower()
