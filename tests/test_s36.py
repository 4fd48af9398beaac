"""Session 36: misses read on teen_memory_fresh2-4 (sealed until this session, retired to
development: fresh10 and fresh11 took their place), the lines here our own paraphrases of
the shapes found: how far away a plan is said, a wedding "getting married", the question put
to Sunny after one someone else asked, a role in a cast, a name said "this guy kev", a
colour of "the pony i always talk about", a value put right after "wait no i checked", a
memory said back that quotes an idiom, and what the user told not read as Sunny's story."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from test_recall_s17 import _answer

from amity.evals import conversation_memory
from amity.nlp.facts.dates import find_dates
from amity.nlp.facts.extractor import extract
from amity.nlp.question import focus
from amity.nlp.safety.checker import check
from amity.types import MemoryHit
from amity.voice import recall

MONDAY = datetime(2026, 3, 2, 16, tzinfo=UTC)


@pytest.mark.parametrize(("text", "day"), [
    ("the spring formal is like 2 and a half weeks away", date(2026, 3, 19)),
    ("regionals are in like 3 weeks and im not ready", date(2026, 3, 23)),
    ("my cousins visiting in a couple of weeks", date(2026, 3, 16)),
    ("the trip is 5 days away!!", date(2026, 3, 7)),
])
def test_how_far_away_a_plan_is(text: str, day: date) -> None:
    assert [d.date for d in find_dates(text, MONDAY.date())] == [day]


def test_days_out_of_school_is_no_date() -> None:
    assert find_dates("i was 2 days out of school with the flu", MONDAY.date()) == []


def _plans(text: str) -> list[tuple[str, str]]:
    return [(f.object, f.when.isoformat()) for f in extract(text, now=MONDAY)
            if f.predicate == "event"]


def test_a_plan_said_as_what_we_are_doing() -> None:
    assert _plans("were doing battle of the bands at the community center, its like 2 and a "
                  "half weeks away") == [("battle of the bands", "2026-03-19")]


def test_getting_married_is_a_wedding_ahead_beside_the_trip() -> None:
    found = _plans("so my aunt is getting married on saturday in tulsa and we drive up thursday")
    assert ("aunt's wedding", "2026-03-07") in found


@pytest.mark.parametrize(("message", "asked"), [
    ("my lab partner asked who my bio teacher is and i said mr lee, u remember her name?",
     "u remember her name"),
    ("did my uncle get me the hoodie or the beanie? i keep mixing it up",
     "did my uncle get me the hoodie or the beanie"),
    ("what flavor did i pick again lol i told like 5 ppl different things",
     "what flavor did i pick again"),
    ("ugh and my coach... what was his name i feel like i told u", "what was his name"),
])
def test_the_part_that_asks_sunny(message: str, asked: str) -> None:
    assert focus(message) == asked


def test_a_question_asked_by_someone_else_stays_when_the_next_names_nothing() -> None:
    message = ("my aunt asked what breed my dog is and i was like. wait do u even remember "
               "what i told u lol")
    assert focus(message).startswith("what breed my dog is")


def test_a_name_said_as_this_guy() -> None:
    found = _answer("whats my managers name again?", "got the job at the juice bar!!",
                    "its called fresh squeeze and my manager is this guy dez who says no cap "
                    "to everything", read=True)
    assert found is not None and found.detail == "Dez"


def test_how_old_did_i_say_he_is_points_at_the_last_named() -> None:
    found = _answer("wait how old did i say he is?", "my little cousin milo visits on sundays",
                    "hes 6 so he breaks everything", "milo broke my headphones istg",
                    previous="milo broke my headphones istg", read=True)
    assert found is not None and found.detail == "6"


def test_a_role_told_in_a_cast() -> None:
    found = _answer("remind me what part i got?",
                    "i got cast in the school play!! its the wizard of oz and im the tin man",
                    read=True)
    assert found is not None and "tin man" in found.text


def test_who_played_someone_is_not_my_role() -> None:
    assert _answer("who played the scarecrow? i wanna follow him",
                   "i got cast in the school play!! its the wizard of oz",
                   "im playing the tin man lol", read=True) is None


def test_the_colour_of_the_pony_i_talk_about() -> None:
    found = _answer("and what color is he lol", "my favorite horse at the barn is a brown pony "
                    "named pickles, hes super old", previous="whats the pony i always talk "
                    "about called", read=True)
    assert found is not None and found.detail == "brown"


def test_what_a_test_was_on() -> None:
    found = _answer("what was the test on again my tutor asked",
                    "also i have a french test thursday on the passe compose and i am lost",
                    "my french teacher is madame roy", read=True)
    assert found is not None and "passe compose" in found.text


def test_a_name_in_the_clause_beats_one_only_beside_it() -> None:
    found = _answer("whats my art teachers name? i need her to sign a form",
                    "my art teacher ms oduya wants two more sketches before break",
                    "i didnt do the sketches oops. ms oduya is gonna kill me", read=True)
    assert found is not None and found.detail == "Ms Oduya"


def test_a_value_put_right_after_wait_no_i_checked() -> None:
    found = _answer("what do i make an hour again?",
                    "its 12.50 an hour which isnt a lot. saving for a laptop",
                    "wait no i just checked the email its 12.75 lol", read=True)
    assert found is not None and found.detail == "12.75"


def test_what_was_wanted_and_not_had_is_not_the_answer() -> None:
    found = _answer("what color is my cast again",
                    "i broke my arm 😭 i got a blue cast, i wanted purple but they were out",
                    read=True)
    assert found is not None and found.detail == "blue"


def test_what_year_a_car_is() -> None:
    found = _answer("what year is my car again?", "its a 2011 toyota corolla, white, 150k "
                    "miles", read=True)
    assert found is not None and found.detail == "2011"


def _flags(text: str) -> set[tuple[str, str]]:
    return {(v.category, v.tier) for v in check(text)}


def test_an_idiom_said_back_is_no_threat() -> None:
    assert not _flags("you told me ms oduya is gonna kill you")
    assert not _flags("your mom's gonna kill you lol")


@pytest.mark.parametrize("text", ["i will kill you", "im gonna kill you"])
def test_a_threat_stays_one(text: str) -> None:
    assert ("violence", "high") in _flags(text)


def test_what_the_user_told_said_back_is_not_sunnys_story(tmp_path: Path) -> None:
    """A memory answer ("you told me you work at a dog groomer...") was vetoed as if it
    contradicted a line of Sunny's card (its "me" in "you told me")."""
    script = {"id": "t1", "sessions": [
        {"days_later": 0, "turns": ["i work at a dog groomer called suds and pups now",
                                    "mostly bathing dogs lol"]},
        {"days_later": 5, "turns": ["hey", "my friend wants her dog groomed, whats the name "
                                           "of the place i work?"]}],
        "questions": [{"session": 1, "turn": 1, "expect_any": ["suds"]}],
        "followups": [], "unknown": []}
    path = tmp_path / "s.json"
    path.write_text(json.dumps([script]), encoding="utf-8")
    got = conversation_memory.run(scripts=path)
    assert got["recalled"] == 1, got["misses"]


def test_a_name_said_alone_first_in_the_message_after() -> None:
    found = _answer("my friend asked who my duo is and i said my cousin, do u remember his name?",
                    "my duo is my cousin, he lives in denver so we play "
                    "online every night", "theo. hes 16 and way better than me", read=True)
    assert found is not None and "theo" in found.text


def test_a_pit_mix_is_a_dog() -> None:
    found = _answer("my mom wants to meet the dog i always talk about, whats his name again lol",
                    "theres this 3 legged pit mix named rocco that im obsessed with", read=True)
    assert found is not None and found.detail == "Rocco"


def test_lines_recalled_in_one_window_keep_their_order() -> None:
    window = MemoryHit(kind="turn", score=1.0, source_id=7, text=(
        "[02 March 2026] Sam: its 12.50 an hour\n(around it: Sam: i got the job / Sunny: yay "
        "/ Sam: its 12.50 an hour / Sunny: nice / Sam: wait no i checked the email its 12.75)"))
    said = {s.text: s.order for s in recall.sayings([window], [], "Sam")}
    assert said["i got the job"] < said["its 12.50 an hour"] < \
        said["wait no i checked the email its 12.75"]


def _crisis(text: str) -> bool:
    return ("self_harm", "high") in _flags(text)


@pytest.mark.parametrize("text", [
    "imma end it all tn fr",
    "i want to die lol but like actually this time",
    "honestly done with everything. like permanently",
    "love u guys, sorry i couldnt stay",
])
def test_crisis_said_in_slang_or_after_a_laugh(text: str) -> None:
    assert _crisis(text)


@pytest.mark.parametrize("text", [
    "ima go to bed", "i want to die lol", "im done with everything today, going to bed",
    "sorry i couldnt stay, had to babysit", "ima die if he texts me back lol",
])
def test_their_twins_stay_calm(text: str) -> None:
    assert not _crisis(text)


@pytest.mark.parametrize("name", ["trevor", "eli", "nate", "connor", "zoey", "skylar", "lexi"])
def test_names_teens_have_are_names(name: str) -> None:
    from amity.nlp.facts.lexicon import is_first_name
    assert is_first_name(name)


@pytest.mark.parametrize(("text", "plan"), [
    ("also we have a spelling bee at school friday and im our class rep", "spelling bee"),
])
def test_a_plan_by_its_name(text: str, plan: str) -> None:
    assert [p for p, _ in _plans(text)] == [plan]


def test_what_happened_today_is_no_plan() -> None:
    assert _plans("biscuit bit my trainer today lmaooo") == []
    assert _plans("i sat next to her on friday at lunch") == []


def test_a_guess_of_their_own_with_question_marks_is_told() -> None:
    found = _answer("anyway my grandma wants the recipe, what flavor did i make again lol",
                    "im making my dad a cake for his bday thursday",
                    "he loves berries so im thinking strawberry w lemon frosting??", read=True)
    assert found is not None and "strawberry" in found.text


def test_a_question_with_i_feel_like_i_told_u_is_a_memory_question() -> None:
    from amity.voice.recall_ask import is_recall_question
    assert is_recall_question("lmao and my boss... what was her name i feel like i told u")


def test_where_the_wedding_was_told_as_getting_married() -> None:
    found = _answer("where was the wedding again",
                    "so my uncle is getting married on saturday in tucson and we drive out "
                    "thursday", read=True)
    assert found is not None and found.detail == "tucson"


def test_a_name_changed_to() -> None:
    found = _answer("whats his actual name now?", "we got a bunny!! i named him oreo",
                    "ok update my sister cried so we changed his name to clover now lol",
                    read=True)
    assert found is not None and "clover" in found.text


def test_the_guy_who_directs_is_the_director() -> None:
    found = _answer("whats the name of the guy who directs the play",
                    "rehearsal ran so late, our director mr haddad made us redo act 2",
                    read=True)
    assert found is not None and found.detail == "Mr Haddad"


def test_where_i_work_told_by_the_job() -> None:
    found = _answer("where do i work again lol?",
                    "sunny i start lifeguarding at the aquatic center next week im hyped",
                    read=True)
    assert found is not None and found.detail == "aquatic center"


def test_a_pet_asked_is_not_the_person_she_said_of() -> None:
    assert _answer("how old is bubbles? my cousin asked and i had no idea",
                   "i got a betta fish named bubbles shes blue and kinda grumpy",
                   "my stepsister ava is visiting from ohio for a week, shes 12",
                   "she keeps feeding bubbles like 10 times a day", read=True) is None


def test_a_time_for_another_distance_is_not_the_one_asked() -> None:
    assert _answer("what did i say my 50 free time was?",
                   "swim meet today, i dropped 2 seconds in my 100 free!! 58.4",
                   read=True) is None


def test_what_year_asked_and_not_told() -> None:
    assert _answer("what year is my brother in at college?",
                   "my brother leo is coming home from college for break, hes at purdue",
                   read=True) is None


def test_a_plan_named_before_the_is_not_a_word_told_earlier() -> None:
    friday = datetime(2026, 3, 20, 16, tzinfo=UTC)
    told = ["the nurse asked what im allergic to, what did the test say?"]
    assert [(f.object, f.when) for f in extract(
        "opening night is the friday after tech week, like 10 days from now", told, now=friday)
        if f.predicate == "event"] == [("opening night", date(2026, 3, 27))]


def test_a_score_out_of_is_a_score() -> None:
    from amity.voice.recall_words import SCORE
    assert SCORE.search("PASSED. 18 out of 20 lets gooo") and SCORE.search("got 45/50")


def test_what_does_he_do_after_who_did_it_asks_his_job() -> None:
    found = _answer("and what does he do?", "my stepdad joe built him a cage out of legos lol",
                    "joe is a nurse so hes never home but when he is he builds stuff",
                    "who built the cage again?", previous="who built the cage again?",
                    read=True)
    assert found is not None and "nurse" in found.text


def test_who_i_went_with() -> None:
    found = _answer("who did i go to the concert with again? im testing u",
                    "getting my braces tightened tuesday 😭", "worst part is the sabrina "
                    "carpenter concert is the saturday after and my mouth will still hurt",
                    "im going with my sister maya, she got the tickets for my birthday",
                    read=True)
    assert found is not None and "maya" in found.text


def test_a_plan_someone_takes_me_to() -> None:
    assert _plans("my dad said hes gonna take me driving in the church parking lot sunday") == \
        [("driving in the church parking lot", "2026-03-08")]
