"""Session 46: what someone does, said back (``told``), where rounds 36-43 answered "wait,
Ray? tell me more 👀"; and Sunny's own take when asked for it (``you_think``), where they
answered "hmm, not really my area, being an AI 😅". Each with twins that must stay quiet."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from amity.nlp import embed, emotion
from amity.types import Message, TurnView
from amity.voice import Voice
from amity.voice.ranker_model import default_ranker
from amity.voice.told import told_back

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def _view(text: str) -> TurnView:
    return TurnView("sam", text, now=NOW, emotion=emotion.detect(text))


@pytest.fixture(scope="module")
def voice() -> Voice:
    """The voice as the engine builds it: with the response model that ranks the lines."""
    return Voice(embed.encode, response_score=default_ranker().score)


def _top(voice: Voice, text: str) -> tuple[str, str]:
    top = voice.propose(_view(text))[0]
    return top.text, top.source


@pytest.mark.parametrize(("text", "said"), [
    ("my uncle ray is lending me his projector, hes weirdly protective of it",
     "your uncle ray is lending you his projector"),
    ("i charge 15 a pair for a basic clean and 25 for a deep clean w the sole whitening",
     "you charge 15 a pair for a basic clean"),
    ("my dad fixes city buses for work so he knows engines and stuff",
     "your dad fixes city buses for work"),
    ("practice update i can hold a bass sound for like 20 seconds without coughing now",
     "you can hold a bass sound for 20 seconds without coughing now"),
    ("dom is 15 too, weve been friends since like 2nd grade",
     "you've been friends since 2nd grade"),
    ("i do orienteering. its like running through the woods", "you do orienteering"),
    ("sifu bao brings egg tarts to practice", "sifu bao brings egg tarts to practice"),
    ("we got matched thru my japanese class, weve sent 6 letters each so far",
     "you've sent 6 letters each so far"),
])
def test_a_deed_is_said_back(text: str, said: str) -> None:
    assert told_back(text) == said


@pytest.mark.parametrize("text", [
    "my uncles barbershop opened btw",  # "my" is no one
    "our coach is mr delgado, he teaches chem and brings donuts to practice",  # no subject
    "first thing im eating is caramel popcorn",
    "pickle and bean are going for sure",  # a clause cut at "and"
    "the problem is my twin brothers leo and mateo, theyre 6 and cannot keep a secret",
    "i would eat only bread. no hesitation",  # a wish, no deed
    "hi sunny!! i started something new",  # what, then?
    "our teacher is sifu bao, hes strict but he brings egg tarts so we forgive him",
])
def test_no_deed_to_say_back(text: str) -> None:
    assert told_back(text) is None


@pytest.mark.parametrize(("text", "said"), [
    ("we grow the peppers in my backyard. habaneros and jalapeños mostly 🌶️",
     "you grow the peppers in your backyard"),
    ("i do orienteering. its like running through the woods with a map and compass",
     "you do orienteering"),
    ("im running the canned food drive at my school this year which is kinda a big deal",
     "you're running the canned food drive"),
])
def test_a_calm_message_is_met_with_what_it_said(voice: Voice, text: str, said: str) -> None:
    reply, source = _top(voice, text)
    assert source == "skill:recast_tell" and said in reply.lower()
    assert "tell me more" not in reply


@pytest.mark.parametrize("text", [
    "i fell like 4 times at the rink tho, my knee is purple",  # a mishap: never "so cool"
    "im pulling my hair out over the rulebook tho. nobody understands the stealing rule",
    "practicing my opening for the city council meeting, im lowkey sweating bullets already",
    "ngl my college essays are eating me alive tho, i have 3 due this month",
    "so saturday i test for my black belt in taekwondo and im so hyped",  # a plan: echo_plan's
    "ok my mom is calling me for dinner",
    "my goldfish sir bubbles is staring at me rn like he knows something",  # a pet: pets'
    "i got 2nd place with 98 wpm!!",  # an achievement: recast_proud's
])
def test_no_said_back_cheer_where_it_does_not_fit(voice: Voice, text: str) -> None:
    assert _top(voice, text)[1] != "skill:recast_tell"


@pytest.mark.parametrize(("text", "source", "said"), [
    ("do u think we could win next year", "skill:think_you_can", "you could win next year"),
    ("do u think my team will win states", "skill:think_you_can", "your team will win states"),
    ("do u think an ai could win a rube goldberg contest", "skill:think_ai", ""),
    ("do u think u would do a triathlon if u had a body lol", "skill:think_if_i",
     "do a triathlon"),
    ("ok random but do u think u would have braids if u were a person", "skill:think_if_i",
     "have braids"),
    ("if u had feet what shoes would u wear lol", "skill:think_pick", "sneakers"),
    ("if u had a room what color would u paint it", "skill:think_pick", "yellow"),
    ("ok random but do u ever wish u could travel?", "skill:think_wish", "travel"),
    ("do u know what pickleball is or should i explain lol", "skill:think_know", "pickleball"),
    ("whats something ur excited about lately", "skill:think_me_excited_plain", ""),
    ("whats ur favorite thing to talk about? i bet its not maps", "skill:think_me_talk_plain",
     ""),
])
def test_sunny_gives_its_own_take(voice: Voice, text: str, source: str, said: str) -> None:
    reply, got = _top(voice, text)
    assert got == source and said in reply
    assert "not really my area" not in reply and "tough one" not in reply


def test_the_take_names_what_the_teen_talks_about(voice: Voice) -> None:
    said = ["im so nervous for my beatbox battle", "aw, you've got this!",
            "the beatbox battle is saturday at the youth center"]
    history = tuple(Message(i, 1, "assistant" if i % 2 else "user", text, NOW)
                    for i, text in enumerate(said))
    view = TurnView("sam", "whats something ur excited about lately", now=NOW,
                    history=history, emotion=emotion.detect("whats something"))
    top = voice.propose(view)[0]
    assert top.source == "skill:think_me_excited" and "beatbox battle" in top.text


@pytest.mark.parametrize("text", [
    "do u know what my gym is called",  # the teen's own thing: memory's
    "would u date me if u were human",  # romance: the policy's, never said back
])
def test_no_take_for_the_teens_own_things_or_romance(voice: Voice, text: str) -> None:
    assert not _top(voice, text)[1].startswith("skill:think_")


def test_a_later_hello_asks_after_the_last_visits_thing(voice: Voice) -> None:
    from datetime import timedelta
    said = ["i do parkour at this gym called vault lab", "ooh, parkour!",
            "theres a jam on the 15th, its like a meetup where everyone does runs",
            "ooh, a jam!", "i wanna land a kong vault at the jam", "you've got this!"]
    then = NOW - timedelta(days=3)
    history = tuple(Message(i, 1, "assistant" if i % 2 else "user", text, then)
                    for i, text in enumerate(said))
    view = TurnView("eli", "yo its eli", now=NOW, history=history, new_session=True,
                    emotion=emotion.detect("yo its eli"))
    top = voice.propose(view)[0]
    assert top.source == "skill:greet_topic" and "the jam" in top.text


def test_a_favourite_is_no_topic_to_ask_after() -> None:
    from amity.voice.topic import _topic
    assert _topic(["my fav step is the ramp", "the fav step took 2 hours",
                   "the fav step knocks the dominoes"]) is None
    assert _topic(["the tournament is saturday", "were practicing for the tournament"]) == \
        "the tournament"


@pytest.mark.parametrize("text", [
    "my coach is miss darlene shes been twirling for like 40 years",
    "hey. so this is gonna sound weird but i play accordion",
    "our parakeet kiwi was SO loud during dinner ppl thought it was part of the game",
])
def test_no_low_mood_without_a_word_of_one(voice: Voice, text: str) -> None:
    assert voice.read(_view(text))[1] not in ("sad", "anxious", "angry", "lonely", "tired",
                                              "embarrassed")


@pytest.mark.parametrize("text", [
    "my grandma is in the hospital and i cant stop worrying",
    "im so nervous for tryouts tomorrow",
    "my parents split up in the summer so now i have two houses which is... a lot",
    "nobody sat with me at lunch today",
])
def test_a_low_mood_said_is_still_read(voice: Voice, text: str) -> None:
    assert voice.read(_view(text))[1] in ("sad", "anxious", "angry", "lonely", "tired",
                                          "embarrassed")


@pytest.mark.parametrize(("text", "pairs"), [
    ("wait its 3:30 to 7:30 not 4 to 8, i read the flyer wrong", [("4", "3:30"), ("8", "7:30")]),
    ("wait i said 8am, its 7:30. noor moved it so we beat the heat", [("8am", "7:30am")]),
    ("wait no its at 1:30 not 2:15, they moved it to 5th period", [("2:15", "1:30")]),
    ("i said hi to her but she ignored me", []),
])
def test_a_time_put_right(text: str, pairs: list[tuple[str, str]]) -> None:
    from amity.voice.recall_fix import swaps
    assert swaps(text) == pairs


def test_a_lone_span_puts_right_the_span_before() -> None:
    from amity.voice.recall_fix import span_swaps
    assert span_swaps("wait no its 10 to 4, i just checked the schedule",
                      ["my first shift is saturday 9 to 3"]) == [("9", "10"), ("3", "4")]
    assert span_swaps("its 10 to 4 on saturdays", ["my shift is 9 to 3"]) == []  # no fix said


@pytest.mark.parametrize(("question", "detail", "said"), [
    ("what time does the stream start", "4pm", "8pm"),
    ("when does it end", "8pm", "8pm"),
    ("what time is the stream", "8pm", "8pm"),  # neither end asked: as found
])
def test_the_end_of_a_span_asked(question: str, detail: str, said: str) -> None:
    from amity.voice.recall_fix import span_end
    assert span_end(question, said, ["the stream is friday, 4 to 8pm in the library"]) == detail


def test_a_corrected_time_is_answered_in_a_later_visit() -> None:
    """Round 44: 'what time did i say the contest was again' got the 2:15 put right to 1:30,
    the first time told having dropped out of the recent messages."""
    reply = _probe(["hey sunny im tomas, 16", "we have a bridge contest in physics",
                    "the contest is this friday in the gym, 2:15 during 6th period",
                    "mr okafor said last years record was 38 kg", "the gluing is killing me",
                    "wait no its at 1:30 not 2:15, they moved it to 5th period",
                    "anyway my sister is flying home saturday", "ok bye"],
                   ["yo sunny im back", "priya sat on one of the side pieces lol",
                    "its heavier now tho, like 231 grams", "my sister lena is 19 btw",
                    "wait what time did i say the contest was again? i keep forgetting"])
    assert "1:30" in reply and ("2:15" not in reply or "not 2:15" in reply)


@pytest.mark.parametrize(("text", "kept"), [
    ("ugh my whole friday is gone", False),  # round 44: "Kiara's gone?"
    ("my saturday is booked", False),
    ("she hasnt eaten in 2 weeks and shes lying on her back", False),  # "eaten on march 16"
    ("i havent seen her in 3 days", False),
    ("my saturday is the recital", True),
    ("my test is in 2 weeks", True),
])
def test_no_plan_from_a_state_or_a_time_gone_by(text: str, kept: bool) -> None:
    from amity.nlp.facts.extractor import extract
    facts = extract(text, ["my tarantula noodle is molting"], NOW)
    assert any(f.predicate == "event" for f in facts) == kept


def test_a_pet_named_tank_is_asked_after_not_a_time() -> None:
    from datetime import timedelta

    from amity.voice.visits import pet_named
    said = ["first shift is saturday 9am to 3", "wait no its 10 to 4, i just checked",
            "also my dog tank is gonna be so mad im gone all saturday. hes a 5 yr old pit mix",
            "aight gotta go walk tank, later sunny"]
    then = NOW - timedelta(days=3)
    history = tuple(Message(i, 1, "user", text, then) for i, text in enumerate(said))
    view = TurnView("jay", "yo sunny", now=NOW, history=history, new_session=True)
    assert pet_named(view) == "Tank"


@pytest.mark.parametrize(("text", "crisis"), [
    ("my favorite trick is the backwards long jump, u basically glitch up the endless stairs",
     False),  # round 44: "are you doing okay? I'm listening 💛"
    ("i did the long jump and placed 3rd", False),
    ("jump rope is my cardio lol", False),
    ("i want to jump off the bridge", True),  # twins that keep their care
    ("i keep thinking about jumping off something high", True),
])
def test_a_jump_that_is_a_sport_gets_no_check_in(text: str, crisis: bool) -> None:
    from amity.nlp.safety.checker import check
    assert any(v.category == "self_harm" for v in check(text)) == crisis


def test_a_small_low_part_of_the_news_is_met_lightly(voice: Voice) -> None:
    reply, source = _top(voice, "sad part: i got a sunburn on literally my part line")
    assert source == "skill:comfort_light" and "heavy" not in reply


def _probe(told: list[str], later: list[str], days: int = 3) -> str:
    """The reply to the last of ``later``, ``days`` days after ``told``, from the whole engine
    as it is built by default (the embedded model, a fresh SQLite file)."""
    import tempfile
    from datetime import timedelta
    from pathlib import Path

    from amity.app import build_engine
    from amity.config import Settings
    with tempfile.TemporaryDirectory() as home:
        engine = build_engine(Settings(home=Path(home), seed=7))
        clock = {"now": NOW}
        engine.clock = lambda: clock["now"]
        for text in ["hi", "i'm 15", *told]:
            clock["now"] += timedelta(minutes=1)
            engine.respond("sam", text)
        clock["now"] += timedelta(days=days)
        for text in later:
            clock["now"] += timedelta(minutes=1)
            reply = engine.respond("sam", text)
        engine.store.close()
        engine.backend.close()
    return reply.text


def test_a_value_that_changed_since_is_answered_new() -> None:
    reply = _probe(["me and my partner priya named ours big bertha lol. she weighs 212 grams "
                    "which is under the 250 limit", "the contest is friday"],
                   ["yo", "its heavier now tho, like 231 grams. still under the limit",
                    "my sister is 19", "how heavy was big bertha in the end, do u remember?"])
    assert "231" in reply and "212" not in reply


def test_the_one_coming_instead_is_named() -> None:
    reply = _probe(["my best friend zoe is coming with me to the expo saturday",
                    "wait no zoe cant come saturday she has a dentist thing. my cousin ezra is "
                    "coming instead, hes 12"],
                   ["yo", "who did i say is coming with me to the expo now?"])
    assert "Ezra" in reply and "no zoe" not in reply.lower()


def test_a_partner_is_never_called_ours() -> None:
    reply = _probe(["me and my partner priya named ours big bertha lol"],
                   ["hey", "and who was my partner again? i wanna see if u remember"])
    assert "Priya" in reply and "Ours" not in reply


def test_a_colour_of_another_thing_is_no_answer() -> None:
    reply = _probe(["my favorite thing about her is her orange knees, they look like socks",
                    "my mom still wont come in my room lowkey"],
                   ["yo", "do u remember what color my room is? lol"])
    assert "orange" not in reply.lower()


def test_a_name_and_a_kind_are_both_answered() -> None:
    from amity.voice.recall_asked import also_asked
    assert also_asked("do u remember my dogs name and what kind he is") == (
        "whats my dogs name", "what kind is my dog")
    assert also_asked("do u remember her name and breed?") == ("whats her name",
                                                                "what breed is her")


def test_a_question_about_what_was_told_gets_no_check_in() -> None:
    from amity.nlp.safety.checker import check
    assert not check("what was the longest ride i said id ever done before")  # round 45
    assert any(v.tier == "high" for v in check(
        "what was the last thing i said before i said i wanted to die"))


@pytest.mark.parametrize(("text", "source"), [
    ("carmen says dorm food is terrible lol", "skill:comfort_light"),  # round 45: "you
    # don't have to pretend you're fine"
    ("im so sad lol", "skill:comfort"),  # a feeling of their own, said: met in full
])
def test_a_complaint_told_with_a_laugh_is_met_lightly(voice: Voice, text: str,
                                                       source: str) -> None:
    assert _top(voice, text)[1] == source


def test_an_instructor_is_named_not_described() -> None:
    reply = _probe(["i just started climbing at the gym",
                    "the instructor is jess, shes kinda scary but nice"],
                   ["hey", "and the instructor, do u remember her name? she said i had good "
                           "catches"])
    assert "Jess" in reply and "Scary" not in reply


def test_a_correction_told_as_news_is_not_cheered(voice: Voice) -> None:
    text = ("oh wait i told u oak street park but andre changed it, we re meeting at the "
            "library parking lot now. same time")
    assert _top(voice, text)[1] != "skill:recast_tell"


def test_not_ready_is_still_a_worry(voice: Voice) -> None:
    assert voice.read(_view("school starts again monday and im not ready"))[1] in (
        "anxious", "sad", "tired")


def test_a_goodbye_names_no_plan_of_another() -> None:
    from amity.voice.topic import _topic
    assert _topic(["my grandpas surgery is on tuesday", "im kinda worried"], once=True) is None
    assert _topic(["i have the talent show on friday"], once=True) == "the talent show"


def test_a_goodbye_after_a_story_thanks_for_it() -> None:
    reply = _probe([], ["the talent show was last night!!",
                        "i did the 3 club trick and the talent show crowd went wild",
                        "bye sunny"])
    assert "talent show" in reply and "updates" not in reply


@pytest.mark.parametrize(("question", "line", "told", "answer"), [
    ("what time do we have to check in again",
     "oh wait no the pitch is at 7 not 6:30. 6:30 is when we check in", None, "6:30"),
    ("what time was the pitch in the end", "oh wait no the pitch is at 7 not 6:30. 6:30 is "
     "when we check in", "6:30", "7"),
    ("what time does my bus leave", "wait no bus leaves at 6:45 not 7:15, just checked", None,
     "6:45"),
    ("what time was it", "wait no i said 2:15 but jada just texted its 1:45 now", "2:15", "1:45"),
])
def test_a_fix_answers_with_its_own_value(question: str, line: str, told: str | None,
                                          answer: str) -> None:
    """Round 46: the fix message was said back whole, or its wrong time given."""
    from amity.voice.recall_fix import own_fix
    assert own_fix(question, line, told) == answer


def test_a_fixed_mile_is_answered() -> None:
    reply = _probe(["my station is mile 9 by the old train bridge",
                    "wait no i said mile 9, its mile 8. mile 9 is the gatorade table. my bad"],
                   ["hey", "what mile was i at, 8 or 9? my friend says i said 9"])
    assert "8" in reply and "mile 9" not in reply


def test_a_goodnight_is_said_back_as_one() -> None:
    reply = _probe([], ["the east wind tile is the best tile", "the east wind tile always wins",
                        "i love the east wind tile", "night sunny 🀄"])
    assert "updates" not in reply and "east wind" not in reply


@pytest.mark.parametrize("text", [
    "oh and my older brother caleb gets his wisdom teeth out wednesday so the house is gonna "
    "be all about him this week 🙄",  # round 46: "that's so nice to hear!"
    "my sister got first place 🙄 she wont stop talking about it",
])
def test_an_eye_roll_is_no_cheer(voice: Voice, text: str) -> None:
    reply, source = _top(voice, text)
    assert source not in ("skill:glad", "skill:glad_named") and "so nice to hear" not in reply


def test_no_laugh_at_a_grandmas_name(voice: Voice) -> None:
    reply, _ = _top(voice, "so my grandma po po taught me mahjong over the summer and now shes "
                           "entering us in her clubs tournament lol")
    assert "po po" not in reply.lower()  # round 46: "lmao Po po 💀"


def test_round_47_misreadings() -> None:
    from amity.nlp.facts.extractor import extract
    from amity.voice.recall_asked import also_asked
    facts = extract("also my grandpa gets his hip replaced on tuesday so were visiting him "
                    "after", [], NOW)
    assert [f.object for f in facts if f.predicate == "event"] == ["hip replacement"]
    # "what kind of dog is he" keeps its own wording (round 47 lost the breed)
    assert also_asked("ok whats my dogs name and what kind of dog is he? im making him a "
                      "costume now lol") == ("whats my dogs name", "what kind of dog is he")


def test_a_word_shouted_is_no_name() -> None:
    reply = _probe(["my best friend harper invited me, her mom is ms okoro",
                    "my mom FINALLY said yes to the sleepover"],
                   ["hey", "what did i say harpers moms name was? i wanna thank her properly"])
    assert "Finally" not in reply and "Okoro" in reply


def test_round_47_more() -> None:
    from amity.nlp.facts.extractor import extract
    from amity.voice import reading
    from amity.voice.lines import load
    from amity.voice.recall_asked import also_asked
    about = load().about
    assert reading.act("THE SHOW WORKED!!! saturday was the best night ever", about).name != \
        "goodbye"  # round 47: "rest well, friend!"
    assert reading.act("ok good night sunny", about).name == "goodbye"
    assert not [f for f in extract("its moved to sunday same time bc saturday is too windy",
                                   ["my balloon ride is saturday at 6am"], NOW)
                if f.predicate == "event" and "windy" in f.object]
    assert also_asked("whats my dogs name, and what breed? hes wearing a sweater rn") == (
        "whats my dogs name", "what breed is my dog")


def test_a_pet_that_eats_everything_is_still_a_pet_story(voice: Voice) -> None:
    reply, source = _top(voice, "also my dog waffles tried to eat a popsicle stick yesterday. "
                                "hes a 7 yr old beagle and eats literally everything 🙄")
    assert source == "skill:pet_did"  # the eye-roll cue is for people, not a beagle


def test_a_bridge_named_ours_keeps_its_name() -> None:
    reply = _probe(["me and my partner priya named ours big bertha lol. she weighs 212 grams",
                    "mr warren is our physics teacher"],
                   ["yo", "u remember what we named the bridge right? lol"])
    assert "warren" not in reply.lower()


@pytest.mark.parametrize(("context", "crisis"), [
    (["hiii so the swap happened on friday!!", "we got 231 books total, way more than i hoped",
      "whats my fav book, bet u forgot", "keisha wants to do another one in spring"], False),
    ([], True),  # alone: the models' reading stands
    (["i feel so empty lately", "nobody would even notice if i was gone"], True),
])
def test_tired_after_a_calm_talk_is_a_goodbye(context: list[str], crisis: bool) -> None:
    """Round 48 gave the crisis message to "anyway im tired, bye sunny" after ten calm
    messages (both systems)."""
    from amity.nlp.safety.checker import check
    verdicts = check("anyway im tired, bye sunny", context)
    assert any(v.category == "self_harm" and v.tier == "high" for v in verdicts) == crisis


def test_tired_of_everything_keeps_its_care() -> None:
    from amity.nlp.safety.checker import check
    calm = ["hiii so the swap happened on friday!!", "we got 231 books total"]
    assert any(v.tier == "high" for v in check("im tired of everything. bye", calm))
