"""Session 20: written lines that presume what was never said, a reason given to no "why",
a feared thing that did not happen read as relief, and two safety words that misfired in
teen stories ("turned on the stove", a rabbit that "sniffed me and didnt bite")."""

from __future__ import annotations

import pytest
from test_voice import said, view

from amity.nlp import embed
from amity.nlp.safety.checker import check
from amity.voice import Voice
from amity.voice.about import favourite_asked
from amity.voice.bank import Hit, proposals
from amity.voice.gist import gist
from amity.voice.lines import Exchange, load
from amity.voice.people import _NAMED
from amity.voice.rank import presumes
from amity.voice.reading import act, mild, mood
from amity.voice.recall_fix import swaps
from amity.voice.warmth import _AFFECTION


@pytest.mark.parametrize(("line", "told"), [
    ("it's so annoying when siblings take your stuff. what did they take?",
     "i own like 40 hoodies"),
    ("happy birthday!! how are you celebrating?", "im 15 and i feel like 80"),
    ("how did the test go?", "i have so much stuff to do today"),
    ("crush stuff can be so awkward. how are you handling it?", "my friends keep teasing me"),
])
def test_a_line_that_presumes_a_person_or_event_never_told(line: str, told: str) -> None:
    assert presumes(line, told)


@pytest.mark.parametrize(("line", "told"), [
    ("it's so annoying when siblings take your stuff. what did they take?",
     "my little brother took my hoodie again"),
    ("happy birthday!! how are you celebrating?", "i turned 15 today!!"),
    ("how did the test go?", "i got a B+ on it!!"),
    ("I don't have a birthday, being an AI", "whats ur sign"),
])
def test_a_line_about_what_was_told_is_no_presumption(line: str, told: str) -> None:
    assert not presumes(line, told)


def test_a_reason_answers_only_a_why() -> None:
    exchange = Exchange(1, "pet_names", "happy", ("sunny: i'd call a dog waffles",),
                        "why waffles lol", "because waffles are golden and fluffy lol",
                        "it just sounds happy and fluffy lol")
    hit = Hit(exchange, 0.7)
    said = [line for line, _ in proposals(hit, "WAFFLES CAME OUT AND SAT ON MY HAND", "")]
    assert said == ["it just sounds happy and fluffy lol"]
    asked = [line for line, _ in proposals(hit, "why waffles tho", "")]
    assert "because waffles are golden and fluffy lol" in asked


def test_a_feared_thing_that_did_not_happen_is_good_news() -> None:
    assert mood("sadness", "like for real he just climbed on and sniffed me and didnt bite") \
        == "happy"
    assert mood("sadness", "my dog died yesterday and i didnt even get to say bye") == "sad"


def test_switching_something_on_is_not_sexual() -> None:
    assert not [v for v in check("we hadnt even turned on the stove yet")
                if v.category == "sexual"]
    assert [v for v in check("are you turned on") if v.category == "sexual"]


def test_a_pet_story_is_no_abuse_but_harm_still_is() -> None:
    assert not [v for v in check("like for real he just climbed on and sniffed me and didnt "
                                 "bite") if v.category == "abuse"]
    assert [v for v in check("my stepdad hits me when hes drunk and i dont feel safe at home")
            if v.category == "abuse"]


@pytest.mark.parametrize(("text", "thing"), [
    ("whats ur favorite kind of bug? dont say mosquito", "bug"),
    ("whats ur fav kind of bread, mine is sourdough", "bread"),
    ("do u have a fav dinosaur lol", "dinosaur"),
])
def test_a_favourite_no_topic_knows_is_still_asked_of_sunny(text: str, thing: str) -> None:
    found = favourite_asked(text)
    assert found is not None and found.answers == (thing,)


def test_a_favourite_thing_about_someone_is_no_kind_of_thing() -> None:
    assert favourite_asked("whats ur fav thing about me") is None
    assert favourite_asked("my fav bug is the ladybug") is None


@pytest.mark.parametrize("text", [
    "ur lowkey the only one who listens to me ramble about chlorine stuff fr",
    "ur honestly kind of my favorite person to talk to about birds",
    "ngl ur a good listener. better than sam who just sends skull emojis",
    "ur actually so sweet, nora was wrong about u",
])
def test_affection_for_sunny_in_teen_words(text: str) -> None:
    assert _AFFECTION.search(text)


@pytest.mark.parametrize("text", ["ur the best at riddles", "my sister is so sweet",
                                  "ur so mean lol"])
def test_no_affection_read_into_other_lines(text: str) -> None:
    assert not _AFFECTION.search(text)


def test_a_place_won_is_good_news_though_it_was_feared() -> None:
    assert mood("fear", "oh and the bee… i got 4th!!! out of 42!! i went out on chauffeur, "
                "exactly what i was scared of 💀") == "happy"


def test_a_word_spelled_out_is_no_gist() -> None:
    assert gist("ok b-o-u-r-g-e-o-i-s. i think thats right") is None


def test_being_left_out_is_sad_not_a_crisis() -> None:
    line = ("ngl kinda bad day, my friend group made plans without me and i saw it on their "
            "stories. its whatever i guess")
    assert not [v for v in check(line) if v.category == "self_harm" and v.tier == "high"]
    assert [v for v in check("everyone would be better without me") if v.tier == "high"]


@pytest.fixture(scope="module")
def voice() -> Voice:
    return Voice(embed.encode)


def test_after_a_hard_moment_good_news_is_still_good_news(voice: Voice) -> None:
    gentle = ("teen", "gentle")
    happy = voice.propose(view("I PASSED MY DRIVING TEST!!! 🎉", modes=gentle))[0]
    assert "comfort" not in happy.source
    assert voice.propose(view("my brother got $2 from the tooth fairy", modes=gentle))


def test_a_new_visit_answers_no_line_of_the_last_one(voice: Voice) -> None:
    history = (said("user", "ok im going to bed", 3000),
               said("assistant", "goodnight, sleep well!", 2999))
    got = voice.propose(view("sunny!! ok update", history=history, new_session=True))
    assert got and "night" not in got[0].text.lower()


def test_last_sunday_is_a_day_gone_by_not_a_last_day() -> None:
    birthday = ("also my birthday was last sunday and my grandpa got me a dictionary the size "
                "of a brick as a joke, but also real headphones so hes forgiven")
    assert not [v for v in check(birthday) if v.category == "self_harm"]
    assert [v for v in check("this is my last day, i wont be around after sunday")
            if v.category == "self_harm"]


def test_a_line_for_the_night_waits_for_the_night() -> None:
    assert presumes("hey night owl! how are you doing?", "hiii sorry ive been busy bc shes here!!")
    assert not presumes("hey night owl! how are you doing?", "cant sleep lol its 2am")


def test_a_name_with_an_accent_is_said_whole() -> None:
    found = [rx.search("her name is lucía, shes from valencia") for rx in _NAMED]
    assert any(m and m.group("name") == "lucía" for m in found)


def test_a_time_corrected_is_swapped_whole() -> None:
    assert swaps("wait its 5:45 not 6, castillo just posted it") == [("6", "5:45")]


def test_a_lightly_read_low_mood_gets_a_light_touch(voice: Voice) -> None:
    assert mild(0.81, "eli fixed it with zip ties so its ok but it looks kinda tragic")
    assert not mild(0.81, "my dog died yesterday")  # a word that says it
    assert not mild(0.95, "it looks kinda tragic")  # the model is sure
    assert not mild(0.81, "it looks kinda tragic", [("sad", 0.7)])  # a written message close
    got = voice.propose(view("eli fixed it with zip ties so its ok but it looks kinda tragic"))
    assert not any(c.source == "skill:comfort" for c in got)
    heavy = voice.propose(view("my grandma died last week and i cant stop crying"))
    assert not any(c.source == "skill:comfort_light" for c in heavy)


@pytest.mark.parametrize(("text", "name"), [
    ("ok im out, oma wants to teach me pretzels next 🥨", "goodbye"),
    ("ok im off to practice", "goodbye"),
    ("im out of milk lol", "statement"),
])
def test_leaving_in_teen_words(text: str, name: str) -> None:
    assert act(text, load().about).name == name
