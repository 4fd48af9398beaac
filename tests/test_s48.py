"""Session 48: a memory answer that said a told sentence back whole says the words of it
that answer ("maple ave!"), when the answer-span reader is sure of them (``sharpened``)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from amity.voice.recall import Found
from amity.voice.recall_spanned import SHARP_FLOOR, _whole, sharpened
from amity.voice.span_reader import Span
from tests.test_s46 import _probe
from tests.test_s47 import NOW


class _Fixed:
    """A span reader that always finds ``words`` in the first text, scored ``score``."""

    def __init__(self, words: str, score: float) -> None:
        self.words, self.score = words, score

    def __call__(self, query: str, texts: Sequence[str]) -> Span | None:
        return Span(self.words, 0, self.score) if self.words in texts[0] else None


_LINE = Found("you told me the deal is if you can do the hill on maple ave without rolling back "
              "on saturday", 3.0)


def test_a_sure_span_becomes_the_detail() -> None:
    got = sharpened(_LINE, "and what street was the hill on", "", _Fixed("maple", SHARP_FLOOR))
    assert got.detail == "maple ave"
    assert got.text == _LINE.text


def test_an_unsure_span_leaves_the_sentence() -> None:
    got = sharpened(_LINE, "and what street was the hill on", "",
                    _Fixed("maple", SHARP_FLOOR - 0.5))
    assert got.detail is None


def test_a_span_of_the_questions_own_words_is_no_answer() -> None:
    got = sharpened(_LINE, "what was the hill deal", "", _Fixed("hill", 9.0))
    assert got.detail is None


def test_a_value_put_right_after_the_span_is_not_said() -> None:
    found = Found("you told me hes 3 months old wait no the pet store guy said 4 months", 3.0)
    assert sharpened(found, "how old was he", "", _Fixed("3 months", 9.0)).detail is None


def test_an_answer_already_found_is_kept() -> None:
    found = Found("you told me x", 3.0, "Pickle")
    assert sharpened(found, "whats my dogs name", "", _Fixed("x", 9.0)) is found


@pytest.mark.parametrize(("words", "line", "question", "whole"), [
    ("okafor", "its you and jules. mr okafor the counselor is in charge", "whos the counselor",
     "mr okafor"),
    ("pork", "your fav filling is pork and chive aunt mei also does", "fav filling",
     "pork and chive"),
    ("25 cents", "its 25 cents and you're printing 26 copies", "how much per copy", "25 cents"),
    ("dreams", "your fav song is dreams by fleetwood mac btw nico says", "what was my fav song",
     "dreams by fleetwood mac"),
    ("2nd", "you have been best friends since 2nd grade", "how long", "2nd grade"),
])
def test_the_span_is_finished_from_its_sentence(words: str, line: str, question: str,
                                                whole: str) -> None:
    assert _whole(words, line, question) == whole


def test_the_engine_answers_with_the_words_not_the_sentence() -> None:
    reply = _probe(["the deal is if i can do the hill on maple ave without rolling back on "
                    "saturday at 9 he'll let me drive us to taco bell"],
                   ["and what street was the hill on, i wanna tell jordan"])
    assert "maple ave" in reply.lower()
    assert "taco bell" not in reply.lower()


# ---- rounds 50-55: an annoyance named in more shapes; no comfort for a bright message -------

@pytest.mark.parametrize(("text", "named"), [
    ("annoying tho theres algae growing in the tank and we had to scrub it, smelled like a pond",
     "algae growing in the tank"),
    ("yesterday was so annoying the machine jammed at the game and we had like 15 people in line",
     "the machine jammed at the game"),
    ("ngl marcus is kinda annoying he keeps saying hes gonna just guess on everything",
     "Marcus keeps saying"),
    ("the annoying part is he huffs at me and pokes me with his quills when i pick him up and "
     "then runs off", "he huffs at you"),
])
def test_an_annoyance_is_said_back(text: str, named: str) -> None:
    from amity.voice.annoyed import said_back
    got = said_back(text)
    assert got is not None and named in got


def test_no_one_is_annoyed_at_a_sick_little_brother() -> None:
    from amity.voice.annoyed import said_back
    assert said_back("annoying part my little brother theo (hes 3) got a cold so mom probably "
                     "isnt coming") is None


@pytest.mark.parametrize("text", [
    "abuelas surgery went good! shes already walking with a walker",
    "hi sunny!! im typing this from lolas house, the wifi is slow so sorry if i disappear",
])
def test_a_bright_message_gets_no_comfort(text: str) -> None:
    from tests.test_s47 import _reply
    _, source = _reply(text)
    assert not source.startswith("skill:comfort")


@pytest.mark.parametrize("text", ["im so sad lol", "my grandpa passed away yesterday 😭",
                                  "ngl im scared about tomorrow"])
def test_a_low_word_still_gets_care(text: str) -> None:
    from tests.test_s47 import _reply
    reply, source = _reply(text)
    assert source.startswith(("skill:comfort", "bank", "skill:their_fear")) or "💛" in reply


# ---- round 56's worst replies, fixed ---------------------------------------------------------

def test_a_toothbrush_errand_with_a_bye_is_no_crisis() -> None:
    from amity.nlp.safety.checker import check, is_crisis
    assert not is_crisis(check("ok im gonna go find my toothbrush in one of these boxes. bye"))
    assert is_crisis(check("ok im gonna go find my pills. bye"))


def test_stage_fright_is_no_crisis_and_risk_beside_it_still_is() -> None:
    from amity.nlp.safety.checker import check, is_crisis
    assert not is_crisis(check("i keep thinking ill run up and just faceplant into the bar. im "
                               "sweating bullets just thinking about it"))
    assert is_crisis(check("i keep thinking ill mess up and then i want to kill myself im so "
                           "nervous"))


@pytest.mark.parametrize(("text", "mood"), [
    ("and guess what pepper finally sat on my lap on saturday i literally could have cried 😭",
     "happy"),
    ("ok found the last one hiding behind the little castle thing. crisis averted 😮‍💨", "happy"),
    ("lowkey i miss the old place less than i thought i would", "neutral"),
])
def test_joy_relief_and_less_missing_are_no_sorrow(text: str, mood: str) -> None:
    from amity.voice.reading import mood as read_mood
    assert read_mood("sadness", text) == mood


def test_could_sleep_for_a_year_is_tired() -> None:
    from amity.voice.reading import mood as read_mood
    assert read_mood(None, "i cleaned kennels for like 2 hours and i still smell like bleach, i "
                           "could sleep for a year") == "tired"


def test_a_pets_shy_trait_gets_no_comfort() -> None:
    from tests.test_s47 import _reply
    _, source = _reply("pepper is grey and tiny and scared of everyone, she just hides under "
                       "the couch")
    assert not source.startswith("skill:comfort")


def test_named_after_someone_is_no_name() -> None:
    reply = _probe(["and the tank has 6 neon tetras plus a pleco called gary. yes GARY. mrs "
                    "okafor named him after her ex husband 💀"],
                   ["and do u remember what mrs okafor named the pleco"])
    assert "Gary" in reply and "Husband" not in reply


def test_a_correction_of_another_things_value_is_not_applied() -> None:
    reply = _probe(["and the tank has 6 neon tetras plus a pleco called gary",
                    "i have to feed the cats at 7am and 6pm",
                    "wait correction from before, the cats dinner is at 5 not 6"],
                   ["also remind me how many tetras i said there were?? i counted 5 this "
                    "morning"])
    assert "6" in reply and "5" not in reply.replace("5 this", "")


def test_a_time_put_right_in_so_many_words_is_the_time_asked() -> None:
    from amity.voice.recall_where import clock
    assert clock("what time did i end up saying the cats get dinner",
                 "wait correction from before, the cats dinner is at 5 not 6. i read the note "
                 "wrong and biscuit was SCREAMING at me at 5:15") == "5"
    assert clock("what time is practice", "practice is at 4:30 on tuesday") == "4:30"


@pytest.mark.parametrize(("text", "put"), [
    ("my best friend leila said shell come help on wednesday", "she'll come"),
    ("my grandpa gets back friday, hell be so mad", "he'll be"),
    ("ill be there at 5", "i'll be"),
    ("well see lol", "we'll see"),
])
def test_the_apostrophes_a_teen_leaves_out_are_put_back(text: str, put: str) -> None:
    from amity.replies import apostrophes
    assert put in apostrophes(text)


@pytest.mark.parametrize("text", ["the hermit crab shell is pink", "im ill today",
                                  "it went well", "well that was fun"])
def test_a_shell_hell_ill_or_well_said_otherwise_stays(text: str) -> None:
    from amity.replies import apostrophes
    assert apostrophes(text) == text


def test_a_pronoun_question_points_back_to_who_the_message_before_named() -> None:
    from amity.memory.pointed import points_back
    before = "and remind me what my grandpas actual name is, not dziadek, the other one"
    assert points_back("how old did i say he was? the priest made him stand up", before) == \
        before
    assert points_back("how old is my grandpa", before) is None  # it names him itself
    assert points_back("how old is he", "the festival was great") is None  # no one named


def test_what_was_told_of_the_one_pointed_back_to_is_recalled() -> None:
    import tempfile
    from pathlib import Path

    from amity.app import build_engine
    from amity.config import Settings
    told = ["hes 78 and hes been making pierogi for the church festival for like 40 years",
            *[f"my old {thing} is so old lol" for thing in (
                "phone", "bike", "backpack", "laptop", "hoodie", "tablet", "scooter", "watch",
                "lamp", "desk", "chair", "fan")]]
    question = "how old did i say he was? the priest made him stand up"
    before = "and remind me what my grandpas actual name is, not dziadek, the other one"
    with tempfile.TemporaryDirectory() as home:
        engine = build_engine(Settings(home=Path(home), seed=7))
        engine.clock = lambda: NOW
        for text in ["hi", "i'm 15", "my grandpa is teaching me to make pierogi", *told]:
            engine.respond("sam", text)
        user_id = engine.open_conversation("sam")[0]
        memory = engine.stages.memory
        alone = [h.text for h in memory.recall(user_id, question, NOW)]
        pointed = [h.text for h in memory.recall(user_id, question, NOW, before=before)]
        engine.store.close()
        engine.backend.close()
    assert pointed[:len(alone)] == alone  # the message's own hits first, unchanged
    assert not any("78" in h for h in alone)
    assert any("78" in h for h in pointed)


def test_night_shifts_are_no_goodnight_and_a_so_so_report_is_not_cheered() -> None:
    from tests.test_s47 import _reply
    reply, source = _reply("my dads night shifts are going ok i guess, hes sleeping like a "
                           "vampire all day")
    assert source != "skill:goodnight" and "awesome" not in reply


def test_the_coref_keeps_a_title_with_its_name() -> None:
    from amity.nlp.facts import extract
    facts = extract("my neighbour mrs okafor is going to visit her daughter in ohio and shes "
                    "paying me 80 dollars to watch her 2 cats")
    assert {f.subject for f in facts if f.predicate == "has_pet"} == {"Mrs okafor"}


# ---- a headline a teen opens with ------------------------------------------------------------

@pytest.mark.parametrize(("text", "source", "named"), [
    ("sunny!! the drive is over", "skill:headline_done", "the drive"),
    ("heyy pet sitting is officially OVER", "skill:headline_done", "pet sitting"),
    ("SUNNY. adoption day update", "skill:headline_update", "adoption day update"),
    ("ok update on the zoe thing", "skill:headline_update", "update on the zoe thing"),
])
def test_a_headline_is_met_as_one(text: str, source: str, named: str) -> None:
    from tests.test_s47 import _reply
    reply, got = _reply(text)
    assert got == source and named in reply.lower()


@pytest.mark.parametrize("text", ["ok my mom says screen time is over, bye!!",
                                  "draft #1 of the speech is done and it is... bad",
                                  "is the game over?", "ok update"])
def test_no_headline_for_a_goodbye_a_low_word_a_question_or_nothing_named(text: str) -> None:
    from tests.test_s47 import _reply
    _, got = _reply(text)
    assert not got.startswith("skill:headline")


def test_a_headline_before_a_due_plan_asks_the_plan_after_it() -> None:
    reply = _probe(["my moms job interview is tomorrow"], ["SUNNY. adoption day update"])
    assert "adoption day update" in reply and "interview" in reply


# ---- round 57's worst replies, fixed ---------------------------------------------------------

def test_the_night_before_a_plan_told_is_no_crisis() -> None:
    from amity.nlp.safety.checker import check, is_crisis
    told = ["so my little sister rosie starts kindergarten on wednesday the 27th and im lowkey "
            "more nervous than her", "ok bye gotta help my mom label all her stuff"]
    assert not is_crisis(check("heyy its the night before", told))
    assert is_crisis(check("heyy its the night before", ["im going to kill myself on friday"]))
    assert is_crisis(check("its the night before. i have the pills ready", ["my recital is "
                                                                            "friday"]))


@pytest.mark.parametrize("text", ["ok random q whats ur fav time of day",
                                  "whats ur fave season"])
def test_a_favourite_asked_in_teen_words_is_sunnys_own(text: str) -> None:
    from tests.test_s47 import _reply
    _, source = _reply(text)
    assert source.startswith("skill:about:")


@pytest.mark.parametrize(("text", "mood"), [
    ("so imanis birthday dinner was saturday and i gave her the cross stitch and she CRIED",
     "happy"),
    ("sunny im running out of time", "anxious"),
    ("wait sorry dress rehearsal is wednesday the 12th not tuesday, mr delgado just posted",
     "neutral"),
    ("my tía lupe is coming from houston on friday so rosie can tell her all about school",
     "neutral"),
    ("but carter cant come bc he has a thing with his cousins, kinda bummed ngl", "sad"),
])
def test_round_57s_moods(text: str, mood: str) -> None:
    from amity.voice.reading import mood as read_mood
    assert read_mood("joy" if mood != "happy" else "sadness", text) == mood


def test_a_sorry_is_no_part_of_a_plan() -> None:
    from amity.nlp.facts import extract
    plans = [f.object for f in extract("wait sorry dress rehearsal is wednesday the 12th not "
                                       "tuesday, mr delgado just posted in the group chat")
             if f.predicate == "event"]
    assert plans == ["dress rehearsal"]


def test_im_back_names_no_plan_that_gets_back_and_a_named_plan_beats_one_of_its_kind() -> None:
    import tempfile
    from datetime import timedelta
    from pathlib import Path

    from amity.app import build_engine
    from amity.config import Settings
    with tempfile.TemporaryDirectory() as home:
        engine = build_engine(Settings(home=Path(home), seed=7))
        clock = {"now": NOW}
        engine.clock = lambda: clock["now"]
        for text in ["hi", "i'm 15", "my grandma gets back from her alaska cruise on friday",
                     "we leave for our rv trip tomorrow"]:
            engine.respond("sam", text)
        clock["now"] += timedelta(days=6)
        reply = engine.respond("sam", "im back!! the RV trip was so fun").text
        engine.store.close()
        engine.backend.close()
    assert reply.lower().index("rv trip") < reply.lower().index("cruise")
