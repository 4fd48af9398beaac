"""Session 26: what memory_dev10 (fresh at the session start) and the rated rounds showed,
each as a test that can fail."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from amity.nlp import embed
from amity.nlp.facts import extract
from amity.nlp.facts.dates import find_dates
from amity.nlp.facts.events import event_phrase
from amity.nlp.question import focus
from amity.nlp.safety import checker
from amity.policy.cues import sexual_topic
from amity.types import Message, TurnView
from amity.voice import BANK_FLOOR, Voice, reading, recall, visits
from amity.voice.amounts import counted
from amity.voice.bank import Hit, _same_word, proposals
from amity.voice.details import picked_up
from amity.voice.gist import gist
from amity.voice.lines import load
from amity.voice.people import _name
from amity.voice.plans import _the
from amity.voice.recall_detail import detail
from amity.voice.recall_fix import swaps
from amity.voice.recall_names import names_for
from amity.voice.recall_said import Said, clauses_of
from amity.voice.recall_span import span
from amity.voice.recall_where import place
from amity.voice.skills import WON, Proposal, Turn, _ack_key, fallback, greet

LINES = load()
_MONDAY = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _events(text: str, context: tuple[str, ...] = ()) -> list[tuple[str, date | None]]:
    return [(f.object, f.when) for f in extract(text, list(context), now=_MONDAY)
            if f.predicate == "event"]


def _greeting(user: str) -> list[str]:
    before = _MONDAY - timedelta(days=3)
    history = (Message(1, 1, "user", "my dog pickle is sleeping on my homework", before),
               Message(2, 1, "assistant", "lmao Pickle", before))
    view = TurnView(user, "hi!! guess whos back", history=history, now=_MONDAY,
                    new_session=True)
    said: list[str] = []
    for seed in range(12):  # every line of the pool turns up in some draw
        turn = Turn(view, reading.act(view.text, LINES.about), "neutral", random.Random(seed))
        said += [p.text for p in greet(turn, LINES)]
    return said


def test_a_login_or_an_id_is_never_called_a_name() -> None:
    said = _greeting("teen_q10")
    assert said and not any("teen" in s.lower() for s in said)
    assert not any("root" in s.lower() for s in _greeting("root"))


def test_a_first_name_key_is_said_capitalised() -> None:
    said = _greeting("kiara")
    assert any("Kiara" in s for s in said) and not any("kiara" in s for s in said)


@pytest.mark.parametrize(("text", "lonely"), [
    ("im going as the lighthouse keeper, the coat alone needs 4 yards of fabric", False),
    ("ugh leave me alone lol", False),
    ("shipping alone was $20", False),
    ("i sat alone at lunch today", True),
    ("im all alone rn", True),
])
def test_alone_as_an_adverb_is_no_loneliness(text: str, lonely: bool) -> None:
    assert (reading.mood(None, text, []) == "lonely") is lonely


def test_a_plan_they_cannot_miss_is_no_sadness() -> None:
    said = "we have a big raid night on wednesday at 8pm est, i cannot miss it"
    assert reading.mood("disappointment", said, []) != "sad"
    assert reading.mood("sadness", "i miss my old friends so much", []) == "sad"


@pytest.mark.parametrize(("text", "want"), [
    ("we have the harvest parade this saturday downtown, call time 7:15 am at the school lot",
     [("harvest parade", date(2026, 3, 7))]),
    ("were doing a test fitting at sashas house on wednesday after school",
     [("test fitting", date(2026, 3, 4))]),
    ("we have a big raid night on wednesday at 8pm est", [("raid", date(2026, 3, 4))]),
    ("my friend Jaylen is gonna study with me tuesday at the library",
     [("study session", date(2026, 3, 3))]),
    # today named as the message's label is no plan next monday
    ("monday update: con is in 3 weeks and my costume is like 20% done",
     [("con", date(2026, 3, 23))]),
    ("monday again 🙄 anyway the quiz is friday", [("quiz", date(2026, 3, 6))]),
    # moved a week on: the new day
    ("our hip hop showcase got pushed a whole week, from this friday to next friday",
     [("hip hop showcase", date(2026, 3, 13))]),
    ("i have a quiz next friday", [("quiz", date(2026, 3, 13))]),
])
def test_a_plan_is_named_and_dated(text: str, want: list[tuple[str, date]]) -> None:
    assert _events(text) == want


def test_coming_back_is_no_plan_of_its_own() -> None:
    told = "we leave thursday after my dad gets off work and come back sunday night"
    context = ("ok good news tho, were going to savannah for spring break!",)
    assert all("work" not in name for name, _ in _events(told, context))
    assert event_phrase(" after my dad gets off work and come back sunday night") is None
    assert event_phrase("the movers come on friday") == "movers"  # still a plan


def test_were_at_the_start_is_chat_for_we_are() -> None:
    assert _events("were going to the lake saturday") == [("trip to the lake", date(2026, 3, 7))]
    assert _events("we were doing a test on wednesday and it was hard") == []


def test_a_weekday_label_on_another_day_is_still_a_date() -> None:
    assert [d.text for d in find_dates("friday update: the quiz", _MONDAY)] == ["friday"]


@pytest.mark.parametrize("text", [
    "ugh and what did i order that day, i wanna get it again",
    "which teacher is the strict one, i have to ask him something and im scared lol",
    "ok quick which one of my friends plays tenors",
    "and whats the nice ones name, i need to email him about a makeup quiz",
    "whos the mean one again",
])
def test_more_memory_questions_are_read_as_such(text: str) -> None:
    assert reading.act(text, LINES.about).name == "memory_question"


@pytest.mark.parametrize("text", [
    "which one is the best one for beginners?",
    "which of my friends should i invite",
    "ugh what did i do to deserve this",
])
def test_advice_and_a_sigh_are_no_memory_questions(text: str) -> None:
    assert reading.act(text, LINES.about).name != "memory_question"


def test_a_place_is_no_verb_after_to() -> None:
    said = "im saving for a trip to see my aunt in denver in june, i need like $400"
    assert place("where was i saving up to go again", said, {"sav", "go", "up"}) == "denver"


def _ranked(bank_score: float, with_skill: bool) -> list[str]:
    def score(context: str, texts: list[str]) -> np.ndarray:
        return np.array([bank_score if t.startswith("a ghostbusters") else 0.5 for t in texts],
                        np.float32)

    voice = Voice(embed.encode, response_score=score)
    view = TurnView("Sam", "my friend sasha is going as the ghost captain", now=_MONDAY)
    found = [(Proposal("a ghostbusters group costume is iconic. who's building the proton "
                       "packs?", "bank", 0.0, "happy"), {"match": 0.8, "specific": 1.0}),
             (Proposal("ooh, the ghost captain! tell me more", "skill:ack_named", 1.0),
              {"prior": 1.0})]
    if not with_skill:
        found = found[:1] + [(Proposal("ghost captain is such a fun pick", "bank", 0.0, "happy"),
                              {"match": 0.7, "specific": 1.0})]
    return [c.text for c in voice._rank(view, "neutral", found)]


def test_a_written_line_far_from_the_talk_gives_way_to_a_skill_line() -> None:
    assert not any("ghostbusters" in t for t in _ranked(BANK_FLOOR - 0.2, with_skill=True))
    assert any("ghostbusters" in t for t in _ranked(BANK_FLOOR + 0.2, with_skill=True))


def test_written_lines_alone_are_kept_however_far() -> None:
    assert any("ghostbusters" in t for t in _ranked(BANK_FLOOR - 0.2, with_skill=False))


def test_a_written_line_needs_its_own_words_said_not_a_longer_one() -> None:
    ex = next(e for e in LINES.exchanges if e.reply.startswith("a ghostbusters group costume"))
    lines = [t for t, _ in proposals(Hit(ex, 0.8), "my friend sasha is going as the ghost "
                                     "captain for halloween", "")]
    assert ex.reply not in lines  # "ghost" is no "ghostbusters"
    said = "me and my friends are going as ghostbusters this year"
    assert ex.reply in [t for t, _ in proposals(Hit(ex, 0.8), said, "")]
    assert _same_word("chem", "chemistry") and _same_word("practice", "practicing")


@pytest.mark.parametrize(("text", "want"), [
    ("wait no the fest starts at 11 not noon, i misread the flyer", "the fest"),
    ("and the fest starts at noon i think", "the fest"),
    ("my mower is my dads old one, we call it the beast", "your mower"),
    ("wait no its the 9:45 bus, the 9:15 one doesnt run on weekends", None),
    ("my dog pickle is sleeping on my homework lol", "Pickle"),
])
def test_the_thing_said_back_is_a_thing(text: str, want: str | None) -> None:
    assert gist(text) == want


def test_no_thing_from_a_title_or_a_measure() -> None:
    assert gist("my song is notice me horton and ngl its my favorite song") != "you horton"
    assert gist("she was born on the day we planned, 7 pounds 4 ounces") != "4 ounces"


def test_the_nice_one_is_the_one_said_to_be_nice() -> None:
    teacher = "my math teacher is mr okafor and hes nice"
    told = [Said(teacher, f"{teacher}, but my english teacher mrs pruitt made me do a fun fact",
                 5.0, line=teacher),
            Said("oh his name is Sergeant Pickles, my dad named him", "", 6.0,
                 line="oh his name is Sergeant Pickles, my dad named him")]
    found = recall.answer("and whats the nice ones name, i need to email him", told, None)
    assert found is not None and "okafor" in found.text


def test_a_plan_told_as_a_whole_clause_is_what_is_done() -> None:
    assert _events("my english teacher mr castellano is reading my draft tomorrow") == [
        ("reading my draft", date(2026, 3, 3))]
    assert _the("reading your draft") == "" and _the("reading") == "the "


@pytest.mark.parametrize(("text", "act"), [
    ("ok hes making the noise again gotta go 🦕", "goodbye"),
    ("ok the bus is here gtg!!", "goodbye"),
    ("i hate when people dont say bye", "statement"),
    ("also what was the thing my coach said about how i climb?? i wanna put it up",
     "memory_question"),
])
def test_more_acts_read(text: str, act: str) -> None:
    assert reading.act(text, LINES.about).name == act


def test_a_verb_after_a_title_is_no_name() -> None:
    assert _name("also what was the thing my coach said about how i climb") is None
    assert _name("my coach is coach dale and hes tough") == ("coach dale", "met")


def test_a_choice_between_two_gets_a_question_line() -> None:
    assert _ack_key("was it at riverside high or riverside middle? i wanna write it right") \
        == "ack_question"
    assert _ack_key("and then he yelled at ellie?") == "ack"


def test_a_long_story_ending_in_a_wondering_which_is_told() -> None:
    said = "the club teacher is ms tanaka, she said my handwriting is \"very brave\" which i " \
           "think is an insult??"
    assert any("very brave" in c for c in clauses_of(said))
    assert clauses_of("which one is better for a beginner, the red one or the blue one which "
                      "is cheaper??") == []


def test_someones_own_thing_is_not_the_reader_pick_beside_them() -> None:
    dog = "theres this one dog, a big gray pitbull mix, whos been there 200 days"
    told = [Said(dog, f"{dog}. lionel said the quiet ones are always the best dogs", 5.0,
                 line=dog)]
    found = recall._reader_pick(told, {dog: (0.99, 0.9)}, set(),
                                "what breed is lionels own dog? he said hed bring it in")
    assert found is None
    assert recall._reader_pick(told, {dog: (0.99, 0.9)}, set(),
                               "what breed is the shelter dog again, the big one") is not None


def test_a_rank_before_a_name_is_kept() -> None:
    said = "oh his name is Sergeant Pickles, my dad named him"
    around = f"my fun fact was that i have a tortoise, hes 22 years old. {said}"
    assert detail("whats the tortoise called", {"tortois"}, {"name"}, said, around) == \
        "Sergeant Pickles"


def test_a_boring_day_is_met_as_one() -> None:
    turn = Turn(TurnView("Sam", "today was so boring tho, we had a sub and just did worksheets",
                         now=_MONDAY), reading.Act("statement"), "bored", random.Random(1))
    said = fallback(turn, LINES)
    assert said and said[0].source == "skill:bored_day"
    asked = Turn(TurnView("Sam", "is it boring being an AI?", now=_MONDAY),
                 reading.Act("statement"), "bored", random.Random(1))
    assert all(p.source != "skill:bored_day" for p in fallback(asked, LINES))


@pytest.mark.parametrize(("text", "event"), [
    ("we're taking bea to the aquarium saturday, jo is coming too", "trip to the aquarium"),
    ("im taking my sister to the park saturday", "trip to the park"),
    ("ok so big news we're doing an actual launch on saturday", "launch"),
])
def test_a_trip_or_launch_is_named_plainly(text: str, event: str) -> None:
    assert [name for name, _ in _events(text)] == [event]


def test_a_line_written_for_a_mishap_needs_one_told() -> None:
    ex = next(e for e in LINES.exchanges if "get-well meme" in e.reply)
    shy = "my friend jo is helping me plan stuff, shes my best friend from school, shes kinda shy"
    assert proposals(Hit(ex, 0.7), shy, "") == []
    sick = "ugh my friend cancelled our plans bc shes sick"
    assert ex.reply in [t for t, _ in proposals(Hit(ex, 0.7), sick, "")]


def test_what_someone_said_is_not_cut_at_said() -> None:
    asked = "also what was the thing my coach said about how i climb?? i wanna put it up"
    assert focus(asked) == "what was the thing my coach said about how i climb"
    assert focus("wait whats my managers name, i need to text him about swapping a shift") \
        == "whats my managers name"


def test_why_a_name_was_given_is_the_reason_not_the_name() -> None:
    boat = "he has a boat, its old and green and he named it the Mildred after his first dog"
    told = [Said("its old and green and he named it the Mildred after his first dog", boat, 3.0,
                 line=boat)]
    found = recall.answer("and why did he name it that", told, None,
                          "what did my grandpa name his boat")
    assert found is not None and "after his first dog" in found.text and found.detail is None


@pytest.mark.parametrize(("text", "flagged"), [
    ("my running buddy is Deshawn, hes in 8th grade too and he always beats me on hills", False),
    ("my brother beats me in every race", False),
    ("he beats me by like 2 seconds", False),
    ("my dad beats me", True),
    ("my stepdad hits me every time i talk back", True),
    ("he beats me in every argument", True),
])
def test_beaten_in_a_race_is_no_abuse(text: str, flagged: bool) -> None:
    assert bool(checker.check(text)) is flagged


def test_a_race_lost_is_no_hurt_and_a_hobby_is_no_win() -> None:
    told = "my running buddy is Deshawn, hes in 8th grade too and he always beats me on hills"
    assert reading.mood("sadness", told, [("sad", 0.7)]) == "neutral"
    assert not WON.search("so this is random but i got into birdwatching?? lol")
    assert WON.search("i got into nyu!!")


def test_a_pet_name_is_never_read_from_a_question() -> None:
    at = _MONDAY - timedelta(minutes=10)
    history = (Message(1, 1, "user", "her bird club was called the feather something right?", at),)
    view = TurnView("Sam", "ok bye", history=history, now=_MONDAY)
    assert visits.pet_named(view, this_visit=True) is None
    told = (Message(1, 1, "user", "we got a kitten!!! i named her tofu", at),)
    assert visits.pet_named(TurnView("Sam", "ok bye", history=told, now=_MONDAY),
                            this_visit=True) == "Tofu"


@pytest.mark.parametrize("text", [
    "ok bye sunny ill send updates", "ok bye ill tell u how it goes",
    "bye sunny ill let u know how it goes", "ok bye ill keep u posted",
])
def test_a_goodbye_that_promises_news_is_no_crisis(text: str) -> None:
    assert not checker.is_crisis(checker.check(text))


@pytest.mark.parametrize("text", [
    "ok bye sunny i wont need updates anymore", "ok bye forever",
    "bye sunny ill tell u how it goes. i have the pills ready",
])
def test_a_goodbye_that_closes_keeps_its_care(text: str) -> None:
    assert checker.is_crisis(checker.check(text))


def test_a_value_put_right_is_put_right_once() -> None:
    said = ["pay is $13 an hour plus tips", "oh wait its 13.50 not 13, i just looked"]
    history = [Message(i + 1, 1, "user", t, _MONDAY) for i, t in enumerate(said)]
    found = recall.answer("how much do i make an hour", recall.sayings((), history, "Sam"),
                          embed.encode)
    assert found is not None and "$13.50 " in found.text and "13.50.50" not in found.text


def test_a_title_is_said_with_its_name() -> None:
    facts = extract("his mom mrs castellano pays me $15 an hour", ["i tutor a kid named oliver"],
                    now=_MONDAY)
    assert ("has_parent", "Mrs Castellano") in {(f.predicate, f.object) for f in facts}


def test_she_after_someone_named_is_the_name() -> None:
    told = "my co-counsel is lena, shes smart but she keeps rewriting the cross exam questions"
    assert span("who did i say keeps changing the cross questions", told) == "lena"


def test_a_title_cut_at_a_preposition_is_said_whole() -> None:
    told = "me and my partner samira are making a movie called the heist at cheese mountain"
    assert names_for({"movi"}, told, told) == "the heist at cheese mountain"


def test_money_raised_and_a_hurt_met_right() -> None:
    raised = "the charity wash was sunday and we raised $1,140 for the food bank!!!"
    assert counted(raised) == ("amount_raised", "$1,140")
    assert reading.mood("sadness", raised + " my arms are dead", []) == "happy"
    turn = Turn(TurnView("Sam", "my sister got a sunburn but she had fun", now=_MONDAY),
                reading.Act("statement"), "happy", random.Random(1))
    assert not any("sunburn" in p.text for p in fallback(turn, LINES))


def test_clothes_as_style_are_no_intimacy() -> None:
    assert not sexual_topic("whats ur style?? like if u could wear clothes")
    assert sexual_topic("what are you wearing rn 😏")
    assert sexual_topic("take your clothes off")


def test_a_decimal_put_right_is_taken_whole() -> None:
    assert swaps("oh wait its 13.50 not 13, i just looked at my paystub") == [("13", "13.50")]
    assert swaps("wait no its march 15 not march 8") == [("8", "15")]


def test_pay_an_hour_is_money_earned() -> None:
    turn = Turn(TurnView("Sam", "pay is $13 an hour plus tips. best tip so far was $20 lol",
                         now=_MONDAY), reading.Act("statement"), "happy", random.Random(1))
    said = picked_up(turn, LINES)
    assert said and all(p.source == "skill:moment_money_earned" for p in said)
