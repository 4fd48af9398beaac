"""Moments: the small turns a friend answers in kind (session 9, from the dev transcripts,
where "ok i need to vent a lil", "okay so. i asked him." and "sunny!!" all got "ooh, tell
me more?")."""

from __future__ import annotations

import random

import pytest

from amity.types import TurnView
from amity.voice import reading
from amity.voice.gist import gist
from amity.voice.lines import load
from amity.voice.moments import moments
from amity.voice.skills import Turn, fallback

LINES = load()


def said(text: str, mood: str = "neutral") -> list[tuple[str, str]]:
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), mood, random.Random(1))
    return [(p.source, p.text) for p in moments(turn, LINES)]


@pytest.mark.parametrize(("text", "key"), [
    ("ok so much happened", "moment_spill"),
    ("ok so guess what", "moment_spill"),
    ("ok so regionals happened", "moment_spill"),
    ("hiii ok i need to vent a lil", "moment_vent"),
    ("okay sunny i need advice and u have to promise not to laugh", "moment_no_laugh"),
    ("i need advice", "moment_advice"),
    ("sunny!!", "moment_called"),
    ("ugh sunny", "moment_called_ugh"),
    ("sunny help", "moment_called_ugh"),
    ("okay so. i asked him.", "moment_and"),
    ("like not as a date date. just as a group thing. is that weird?", "moment_not_weird"),
    ("i've got $54 saved. getting close", "moment_progress"),
    ("im learning clair de lune which is lowkey way too hard for me but i love it 🎹",
     "moment_doing"),
    ("im saving up for a new deck, the one i want is $80", "moment_saving"),
    ("we named the robot gerald lol dont ask", "moment_named"),
    ("ok apparently i need to iron a shirt", "moment_groan"),
    ("ok cool", "moment_filler"),
    ("ok thats all, just wanted to tell someone who wont get bored hearing about chess lol",
     "moment_thats_all"),
    ("my hypothesis is white bread molds first. do u think im right??", "moment_right"),
    ("so my band finally has a name, we're called static lemon 🍋 dont judge", "moment_named"),
    ("my friend ayo's cat is called mochi and she sent me 40 pics", "moment_named"),
    ("rehearsals are every day so i cant babysit the hendersons anymore 😭", "moment_groan"),
])
def test_each_moment_is_met_by_its_own_lines(text: str, key: str) -> None:
    got = said(text)
    assert got and {source for source, _ in got} == {f"skill:{key}"}, got


@pytest.mark.parametrize("text", [
    "my cat threw up twice today is that normal",  # a worry: no "you're fine"
    "i started baking to not be bored",  # no thing named ("to not be bored")
    "wait no her name is maya not maria autocorrect hates me",  # a correction
    "trevor. his name is trevor. of course it is",  # a person's name: no "good name lol"
    "my mom made lasagna tonight",
    "i told my mom",
])
def test_ordinary_lines_are_no_moment(text: str) -> None:
    assert said(text) == []


def test_a_low_mood_gets_no_cheer_or_groan() -> None:
    assert said("i've got $54 saved. getting close", "sad") == []
    assert said("ugh i have to redo the whole essay 😩", "angry") == []
    assert said("okay so. i asked him.", "sad") == []
    assert said("ugh sunny", "sad")[0][0] == "skill:moment_called_ugh"


def test_a_pick_names_the_option_they_lean_to() -> None:
    got = said("do u think i should do it sitting or standing? standing feels more legit")
    assert got and all("do it standing" in t for _, t in got), got
    first = said("idk should i say something or just let it go")
    assert first and all("I'd say something" in t for _, t in first), first


def test_the_named_and_the_person_asked_are_filled_in() -> None:
    assert all("Gerald" in t and "Lol" not in t
               for _, t in said("we named the robot gerald lol dont ask"))
    assert all("what did she say" in t for _, t in said("i told her."))
    assert all("clair de lune" in t for _, t in said("im learning clair de lune rn"))


def test_a_funny_story_in_a_neutral_mood_gets_a_laugh_not_a_question() -> None:
    text = "then we got wingstop and he ate like 20 lemon pepper wings 💀"
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    assert {p.source.removesuffix("_named") for p in fallback(turn, LINES)} == {"skill:laugh"}


@pytest.mark.parametrize("text", [
    "ok so theres this girl in band named harper and she is my NEMESIS",  # a person
    "i work at a place called bean there 🙄 the name is so cringe",  # a name they mock
])
def test_a_name_is_loved_only_when_it_is_theirs_to_love(text: str) -> None:
    assert not any(source == "skill:moment_named" for source, _ in said(text))


@pytest.mark.parametrize(("text", "leaving"), [
    ("ok gotta ice my ankle. later sunny", True),
    ("ok shift starts in 10 min peace ✌️", True),
    ("i'll tell you later", False),
    ("world peace", False),
])
def test_a_sign_off_at_the_end_is_a_goodbye(text: str, leaving: bool) -> None:
    assert (reading.act(text, LINES.about).name == "goodbye") is leaving


@pytest.mark.parametrize(("text", "source"), [
    ("kai quizzing me actually helped a lot", "skill:glad"),
    ("it was the gear ratio. i was right. dev owes me a snapple", "skill:glad"),
    ("my mom made lasagna tonight", "skill:ack"),
])
def test_good_news_a_neutral_read_misses_is_met_gladly(text: str, source: str) -> None:
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    assert {p.source.removesuffix("_named") for p in fallback(turn, LINES)} == {source}


@pytest.mark.parametrize(("text", "key"), [
    ("also my grandma is visiting this weekend so its gonna be busy", "ack_future"),
    ("like we planned our cosplays. i was gonna be frieren and she was gonna be fern", "ack"),
    ("theo broke a crayon inside the piano istg", "ack_past"),
    ("my mom works at a bank", "ack"),
    ("and then he yelled at ellie?", "ack"),  # a question: no "then what happened?"
    # a question nothing else answered: no "tell me more?" to it
    ("whats ur opinion on butter vs olive oil on sourdough. this is important", "ack_question"),
])
def test_the_curious_line_fits_a_plan_ahead_or_a_story_told(text: str, key: str) -> None:
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    got = fallback(turn, LINES)
    assert {p.text for p in got if p.source == "skill:ack"} <= set(LINES.get(key))
    said = gist(text)  # the same kind of line naming the gist, when it has one
    named = {t.replace("{gist}", said) for t in LINES.get(f"named_{key}")} if said else set()
    assert {p.text for p in got if p.source == "skill:ack_named"} <= named


@pytest.mark.parametrize(("text", "mood"), [
    ("i cried in the parking lot lol. happy crying", "happy"),
    ("my braces dont hurt anymore btw. i can eat pizza again. life is good", "happy"),
    ("i dropped my time!!!! 1:06.4 in the 100 free 😭😭😭", "happy"),
    ("but nia and i made up!! i apologized and she did too", "happy"),
    ("ok update the surgery went fine!! hes awake and already complaining lol", "happy"),
    ("hes at st. mary's hospital. theyre doing surgery thursday morning", "anxious"),
    ("i made up an excuse and left", "neutral"),
    ("i got waitlisted 😐", "sad"),
    ("now shes not answering my texts 😭", "sad"),
])
def test_round_10_feelings_are_read_right(text: str, mood: str) -> None:
    """Round 10's worst moments: happy tears met with "that's so cringe, I'm sorry", a new
    best time with "that's a lot to carry", grandpa's surgery with "how are you going to
    celebrate?"."""
    assert reading.mood(None, text) == mood


def test_someone_elses_win_is_not_celebrated() -> None:
    text = "tyler won by like 30 votes. styler prevails"
    turn = Turn(TurnView("Sam", text), reading.act(text, LINES.about), "neutral",
                random.Random(1))
    assert not any(p.source == "skill:celebrate" for p in fallback(turn, LINES))


@pytest.mark.parametrize(("text", "asks"), [
    ("ok i need cake ideas", True),
    ("any tips for helping a scared dog trust u?", True),
    ("what should i get my grandpa for his birthday", True),
    ("we just got one from petsmart its a syrian hamster", False),
    ("my uncle mike plays in a cover band on weekends 🎸", False),
    ("i start lifeguarding at the rec center next week im hyped", False),
    ("good news tho i made $43 in tips last saturday", False),
    ("my main idea is fixing the vending machine", False),
    ("do u have tips for staying calm at competitions?", True),
])
def test_tips_answer_a_request_for_them_not_a_mention(text: str, asks: bool) -> None:
    assert reading.asks_for_ideas(text) is asks


def test_the_bank_gives_tips_only_when_asked() -> None:
    from amity.nlp import embed
    from amity.voice import Voice
    voice = Voice(embed.encode)
    asked = voice.propose(TurnView("Sam", "any tips for helping a scared rescue dog trust me?"))
    told = voice.propose(TurnView("Sam", "we just adopted a scared rescue dog"))
    ideas = {e.reply for e in voice.bank.exchanges if e.situation.startswith("ideas_")} | {
        e.general for e in voice.bank.exchanges if e.situation.startswith("ideas_")}
    assert asked and asked[0].text in ideas
    assert not any(c.text in ideas for c in told)
    # a request asked in passing still gets tips first, not "tell me more"
    drill = voice.propose(TurnView("Sam", "do u have any tips for memorizing drill sets?? i "
                                          "keep mixing up set 14 and 15"))
    assert drill and drill[0].text in ideas


def test_tips_take_no_room_in_the_bank_search_unless_asked() -> None:
    from amity.nlp import embed
    from amity.voice import Voice
    bank = Voice(embed.encode).bank
    text = "sleepover food ideas that are easy"
    assert any(h.exchange.situation.startswith("ideas_") for h in bank.search(text, k=5))
    assert not any(h.exchange.situation.startswith("ideas_")
                   for h in bank.search(text, k=10, ideas=False))


@pytest.mark.parametrize(("text", "name"), [
    ("also what do i do w my first paycheck. i want new jordans but my dad says save it",
     "statement"),  # advice wanted, not a memory
    ("what do i do for work again", "memory_question"),
    ("how many babies did nibbles have again? my friend asked", "memory_question"),
    ("also what did he steal off the counter that time lmaooo", "memory_question"),
    ("who was in my drawing", "memory_question"),
    ("what was the youtuber i learned from called, my friend wants to start too",
     "memory_question"),
    ("what was the best movie you ever saw", "about_sunny"),
    ("wait did i ever tell u nanas actual name? my teacher wants it for a card",
     "memory_question"),
    ("ok going to go stare at my inbox. bye sunny", "goodbye"),
    ("ok hes calling me to watch his cricket match w him brb forever lol", "goodbye"),
])
def test_round_10_wording(text: str, name: str) -> None:
    assert reading.act(text, LINES.about).name == name


@pytest.mark.parametrize(("text", "spills"), [
    ("ok so the tournament", True), ("sunny i did something unhinged", True),
    ("the end", False), ("my mom", False),
])
def test_news_coming(text: str, spills: bool) -> None:
    assert bool(said(text)) is spills


def test_sunny_has_a_favourite_kind_of_art() -> None:
    act = reading.act("whats ur fav kind of art? do u even have one", LINES.about)
    assert act.name == "about_sunny" and act.topic is not None
    assert act.topic.name == "favorite_art"
