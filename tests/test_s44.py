"""Session 44: what just happened, said back in the teen's own words (``recast``), being
chosen by someone met as an honour (``news.chose_me``), and a pet's habit or breed named
(``pets``), where rounds 33-35 had "wait, X? tell me more 👀" and "ahh X, that's so nice 😊";
with twins that keep their old reading (a hurt, a question, a plan, a chore, a cry)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from amity.nlp import embed, emotion
from amity.types import Message, TurnView
from amity.voice import Voice, reading
from amity.voice.amounts import counted
from amity.voice.lines import Lines, load
from amity.voice.news import chose_me
from amity.voice.pets import pet_did
from amity.voice.ranker_model import default_ranker
from amity.voice.recast import laughed_at, recast, said_back
from amity.voice.skills import Proposal, Turn
from amity.voice.suffering import suffering
from amity.voice.topic import earlier_topic, goodbye_topic, greet_topic, visit_topic
from amity.voice.visits import plan_ahead

Skill = Callable[[Turn, Lines], list[Proposal]]

LINES = load()
NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def _view(text: str, *told: str) -> TurnView:
    history = tuple(Message(i + 1, 1, "user", t, NOW - timedelta(minutes=5 - i))
                    for i, t in enumerate(told))
    return TurnView("sam", text, history=history, now=NOW, emotion=emotion.detect(text))


def _run(skill: Skill, text: str, mood: str = "neutral", mild: bool = False
         ) -> list[Proposal]:
    view = _view(text)
    turn = Turn(view, reading.act(text, LINES.about), mood, random.Random(3), mild=mild)
    return skill(turn, LINES)


@pytest.fixture(scope="module")
def voice() -> Voice:
    """The voice as the engine builds it: with the response model that ranks the lines."""
    return Voice(embed.encode, response_score=default_ranker().score)


@pytest.mark.parametrize(("text", "clause"), [
    ("today i rode 40 feet without falling!! personal record", "you rode 40 feet without falling"),
    ("im on the school paper and i got my first big assignment!!",
     "you got your first big assignment"),
    ("the printer jammed like 4 times today so annoying", "the printer jammed like 4 times today"),
    ("coach lin made me do 200 serves yesterday my arm is dead",
     "coach lin made you do 200 serves yesterday"),
    ("i got knocked down like 4 times but i got up every time so", "you got up every time"),
    ("i did the rope swing like 6 times and jamal got it on video",
     "you did the rope swing like 6 times"),
    ("ok i got 147!! so close to 150", "you got 147"),
    ("i got new goggles finally theyre purple", "you got new goggles"),
    ("i just found out im starting pitcher for the district all star game!!!",
     "you just found out you're starting pitcher for the district all star game"),
])
def test_the_clause_said_back_is_the_deed_in_the_second_person(text: str, clause: str) -> None:
    assert said_back(text) == clause


@pytest.mark.parametrize("text", [
    "im ranked 14th in the club rn, trying to get top 10",  # no deed: a state
    "my arm is dead",
    "i wanna go to the lake tomorrow",  # a plan
    "its so weird",
    "u said ur favorite color is yellow",  # whose "you"?
    "sunday is so boring i already watched 3 episodes of a show i dont even like",
])
def test_no_clause_when_nothing_was_done(text: str) -> None:
    assert said_back(text) is None


@pytest.mark.parametrize(("text", "said"), [
    ("my dad got back from denver and brought me a snow globe lol", None),  # no one brought
    ("he named one of the eggs eggward. i cant 💀", "he named one of the eggs eggward"),
    ("my mom finished her half marathon btw, she was limping for 2 days lol", None),
])
def test_the_laugh_belongs_to_what_it_follows(text: str, said: str | None) -> None:
    assert laughed_at(text) == said


@pytest.mark.parametrize(("text", "mood", "mild", "key"), [
    ("today i rode 40 feet without falling!! personal record", "happy", False, "recast_proud"),
    ("we stayed up till 2am playing cards", "happy", False, "recast_glad"),
    ("he pinned me twice yesterday and then bought me a gatorade lol respect", "neutral",
     False, "recast_laugh"),
    ("the printer jammed like 4 times today so annoying", "angry", True, "recast_ugh"),
    ("so the tournament was saturday and i shot an 81!!! new best", "happy", False,
     "recast_proud"),
    ("anika put her face in the water today without crying!!", "happy", False, "recast_them"),
    ("kinda sad i lost to my friend mateo 3 times in a row yesterday", "sad", True,
     "recast_sad"),
    ("i failed my driving test today", "sad", False, "recast_sad"),
    ("the gym was packed and my whole family came, my grandma yelled the entire time lol",
     "happy", False, "recast_laugh"),
])
def test_the_line_fits_the_feeling(text: str, mood: str, mild: bool, key: str) -> None:
    out = _run(recast, text, mood, mild)
    assert out and {p.source for p in out} == {f"skill:{key}"}
    said = laughed_at(text) if key == "recast_laugh" else said_back(text)
    assert said and all(said in p.text for p in out)


@pytest.mark.parametrize(("text", "mood", "mild"), [
    ("i cut my finger on the can lol", "neutral", False),  # a hurt is never laughed at
    ("my nani watched the video and cried lol", "neutral", False),  # nor a cry
    ("my parents got divorced last year", "sad", False),  # heavier than "that stings"
    ("i got so nervous and forgot my lines", "anxious", False),  # worry: comfort's
    ("did i tell u i rode 40 feet today?", "neutral", False),  # a question
    ("my dog died yesterday", "sad", False),
    ("my grandpa went to the hospital yesterday", "neutral", False),
    ("wait i measured the sunflower again and its 6 feet not 7. i was wrong lol", "neutral",
     True),  # a correction
    ("my homeroom came in second tho 😒 mr riveras class won by like 20 cans", "neutral",
     False),  # a let-down
    ("my ferret oreo just stole my sock and ran under the couch lmao", "happy", False),  # pets'
    ("the trip was saturday and i fell like 30 times but by the end i could actually go down "
     "the bunny hill!!", "happy", False),  # the news is after the "but"
])
def test_no_recast_for_a_hurt_a_cry_a_low_mood_or_a_question(text: str, mood: str,
                                                              mild: bool) -> None:
    assert _run(recast, text, mood, mild) == []


@pytest.mark.parametrize(("text", "said"), [
    ("so my aunt yumi is getting married and she asked ME to do all the place cards in "
     "calligraphy 😭✨", "she asked YOU to do all the place cards in calligraphy"),
    ("coach asked me to lead warmups tomorrow lol", "coach asked YOU to lead warmups tomorrow"),
    ("my editor sam picked me for it which is lowkey a huge deal bc sam is super picky",
     "your editor sam picked YOU"),
])
def test_being_chosen_is_an_honour_said_back(text: str, said: str) -> None:
    out = _run(chose_me, text, "happy")
    assert out and all(said.lower() in p.text.lower() for p in out)
    assert all("and she" not in p.text and "which is" not in p.text for p in out)


@pytest.mark.parametrize("text", [
    "my mom asked me to clean my room",  # a chore
    "my sister asked me to help her with math",  # asked, said as nothing special
    "who picked me up from school yesterday?",  # a question
    "i picked my outfit for the dance",  # the teen chose
])
def test_a_chore_or_a_plain_ask_is_no_honour(text: str) -> None:
    assert _run(chose_me, text, "neutral") == []


@pytest.mark.parametrize(("text", "pet", "did"), [
    ("our shiba kuma keeps trying to eat the envelopes. hes 5 and thinks everything is food",
     "Kuma", "keeps trying to eat the envelopes"),
    ("my bulldog tank keeps stealing my socks before practice", "Tank",
     "keeps stealing your socks before practice"),
    ("my husky knocked over the christmas tree lol", "your husky",
     "knocked over the christmas tree"),
])
def test_a_pets_habit_and_breed_are_named(text: str, pet: str, did: str) -> None:
    out = _run(pet_did, text, "happy")
    assert out and all(pet in p.text and did in p.text for p in out)


@pytest.mark.parametrize("text", [
    "my husky keeps limping, we're going to the vet",  # hurt: comfort's
    "my little brother keeps stealing my charger",  # no pet
])
def test_no_pet_deed_for_a_hurt_pet_or_a_person(text: str) -> None:
    assert _run(pet_did, text, "neutral") == []


@pytest.mark.parametrize(("text", "source", "part"), [
    ("today i rode 40 feet without falling!! personal record", "skill:recast_proud",
     "you rode 40 feet"),
    ("so my aunt yumi is getting married and she asked ME to do all the place cards in "
     "calligraphy 😭✨", "skill:news_chose_me", "asked YOU"),
])
def test_the_whole_voice_picks_the_said_back_line(voice: Voice, text: str, source: str,
                                                  part: str) -> None:
    best = voice.propose(_view(text, "hi im rosa"))[0]
    assert best.source == source and part in best.text


def _visit(*told: str) -> TurnView:
    """A goodbye after ``told``, all in this visit."""
    history = tuple(Message(i + 1, 1, "user", t, NOW - timedelta(minutes=len(told) - i))
                    for i, t in enumerate(told))
    return TurnView("sam", "ok bye sunny", history=history, now=NOW,
                    emotion=emotion.detect("ok bye sunny"))


def test_a_plain_goodbye_names_what_the_visit_was_about() -> None:
    view = _visit("my aunt asked me to do the place cards for her wedding",
                  "i have to letter 92 place cards by hand", "my hand hurts lol")
    assert visit_topic(view) == "the place cards"
    out = goodbye_topic(Turn(view, reading.act(view.text, LINES.about), "neutral",
                             random.Random(3)), LINES)
    assert out and all("the place cards" in p.text for p in out)


@pytest.mark.parametrize("told", [
    ("my dog is sleeping", "school was ok"),  # nothing came up twice
    ("my hand hurts", "my hand is so tired"),  # a body part is no topic
])
def test_no_topic_when_nothing_came_up_twice(told: tuple[str, ...]) -> None:
    assert visit_topic(_visit(*told)) is None


def test_a_goodbye_that_says_more_is_left_to_the_other_goodbyes() -> None:
    view = _visit("the place cards are so hard", "96 place cards now")
    view = TurnView("sam", "ok gotta finish the cards, bye", history=view.history, now=NOW,
                    emotion=emotion.detect("ok bye"))
    turn = Turn(view, reading.act(view.text, LINES.about), "neutral", random.Random(3))
    assert goodbye_topic(turn, LINES) == []


@pytest.mark.parametrize(("text", "key", "amount"), [
    ("i have to letter 92 place cards. by hand. im only on 30", "amount_todo", "92 place cards"),
    ("we made 60 jars this week", "amount_big", "60 jars"),
    ("gotta memorize 40 lines by friday", "amount_todo", "40 lines"),
])
def test_a_count_of_two_words_and_work_to_do(text: str, key: str, amount: str) -> None:
    assert counted(text) == (key, amount)


@pytest.mark.parametrize(("text", "thing"), [
    ("ngl my hand is about to fall off", "hands"),
    ("coach made us sweep for an hour, my arms are dead", "arms"),
    ("i cant feel my legs after that hike", "legs"),
])
def test_a_sore_body_said_big_is_an_idiom(text: str, thing: str) -> None:
    out = _run(suffering, text)
    assert out and all(p.source == "skill:idiom_sore" and thing in p.text for p in out)


@pytest.mark.parametrize("text", ["my arm is broken", "i think my wrist is sprained?"])
def test_a_real_hurt_is_no_idiom(text: str) -> None:
    assert [p for p in _run(suffering, text) if p.source == "skill:idiom_sore"] == []


def test_someone_elses_plan_keeps_its_the() -> None:
    told = ("my aunt is getting married", "the wedding is saturday at 3pm at the garden")
    history = tuple(Message(i + 1, 1, "user", t, NOW - timedelta(minutes=5 - i))
                    for i, t in enumerate(told))
    view = TurnView("sam", "ok bye sunny", history=history, now=NOW,
                    emotion=emotion.detect("ok bye sunny"))
    assert plan_ahead(view) is not None and plan_ahead(view)[0] == "the wedding"


def test_the_reminder_varies_by_day_and_always_says_what_sunny_is() -> None:
    from amity.policy import crisis
    days = {crisis.reminder_for(NOW + timedelta(days=k)) for k in range(8)}
    assert len(days) == len(crisis.AI_REMINDERS) > 1
    assert all("I'm an AI, not a human" in r for r in crisis.AI_REMINDERS)
    for r in crisis.AI_REMINDERS:
        assert crisis.without_reminder(f"hey! {r}") == "hey!"
        assert crisis.has_reminder(f"{r} hey!")


@pytest.mark.parametrize("text", [
    "its raining cats and dogs here, the walk home from school was tragic",
    "i got soaked walking to the bus",
    "its literally pouring and i forgot my umbrella",
])
def test_weather_that_got_the_teen_is_met(text: str) -> None:
    out = _run(suffering, text)
    assert out and all(p.source == "skill:idiom_weather" for p in out)


@pytest.mark.parametrize("text", ["is it raining there?", "the pouring station at work is fun"])
def test_no_weather_line_for_a_question_or_another_pouring(text: str) -> None:
    assert [p for p in _run(suffering, text) if p.source == "skill:idiom_weather"] == []


@pytest.mark.parametrize("text", [
    "ok gonna go ice my legs bye",  # round 36: the full crisis message
    "ok gonna go stretch my calves bye",
    "k bye sunny wish me luck for friday",  # round 36: the full crisis message
])
def test_an_everyday_goodbye_is_no_crisis(text: str) -> None:
    from amity.nlp import safety
    assert not safety.is_crisis(safety.check(text))


@pytest.mark.parametrize("text", [
    "ok gonna go cut my wrists bye",
    "k bye sunny wish me luck for friday, i wont be here after that",
    "bye sunny wish me luck, this is goodbye forever",
    "gonna go take my pills bye",
])
def test_a_goodbye_that_closes_for_good_keeps_its_reading(text: str) -> None:
    from amity.nlp import safety
    assert safety.is_crisis(safety.check(text))


def test_news_that_says_what_it_was_about_guesses_no_plan() -> None:
    from amity.voice import vague
    assert vague("SUNNY I WON") and vague("guess what!!") and vague("omg sunny it happened")
    assert not vague("SUNNY I MADE JV 🎾🎾")
    assert not vague("SUNNY. i won. i actually won class treasurer 😭😭")


@pytest.mark.parametrize(("event", "whose", "said"), [
    ("luck", "", None),  # "wish me luck for friday": no plan called luck
    ("brother andre", "Andre", None),  # a person
    ("team has regionals", "", "the regionals"),
    ("7 piano exam", "", "the piano exam"),
    ("5 min presentation", "", "the 5 min presentation"),
    ("starts night shifts", "your mom", "your mom's night shifts"),
    ("opens his barbershop", "Tony", "Tony's barbershop opening"),
    ("nursing exam", "your mom", "your mom's nursing exam"),
    ("fencing tournament", "", "the fencing tournament"),
    ("friend cant practice", "your friend", None),
    ("getting the betta", "", "the new betta"),
])
def test_a_plan_is_named_as_a_friend_would_say_it(event: str, whose: str,
                                                   said: str | None) -> None:
    from datetime import date

    from amity.types import FollowUp
    from amity.voice.plans import _said_plan, tidy_plans
    plans = tidy_plans(FollowUp(event, "event", when=date(2026, 3, 3), whose=whose))
    assert [_said_plan(p) for p in plans] == ([said] if said else [])


@pytest.mark.parametrize(("text", "key"), [
    ("we made 40 posters last night and my hand still hurts ngl", "idiom_sore"),
    ("this speech is killing me tho i rewrote the opening like 6 times", "idiom_work"),
])
def test_work_that_wears_you_out_is_met_as_such(text: str, key: str) -> None:
    out = _run(suffering, text)
    assert out and all(p.source == f"skill:{key}" for p in out)


def test_an_injury_that_hurts_is_left_to_comfort() -> None:
    assert _run(suffering, "i fell off my bike and my hand still hurts") == []


def test_a_number_in_brackets_is_no_gist_and_no_clause() -> None:
    from amity.voice.gist import gist
    text = "oh and my little brother dev (hes 8) drew a poster of me as a superhero"
    assert gist(text) != "8)" and ")" not in (gist(text) or "")
    assert said_back(text) == "your little brother dev drew a poster of you as a superhero"


@pytest.mark.parametrize(("text", "did"), [
    ("my ferret is asleep in my tennis bag rn its so cute", "asleep in your tennis bag"),
    ("my cat is sitting on my keyboard lol", "sitting on your keyboard"),
])
def test_a_pet_being_cute_is_cooed_at(text: str, did: str) -> None:
    out = _run(pet_did, text, "happy")
    assert out and all(p.source == "skill:pet_cute" and did in p.text for p in out)


def test_a_sick_pet_is_not_cooed_at() -> None:
    assert _run(pet_did, "my dog is sick and sleeping all day", "neutral") == []


def test_a_favourite_said_with_btw_is_the_thing() -> None:
    from amity.voice.echo import favorite
    out = _run(favorite, "my favorite player is alcaraz btw his drop shots are insane", "happy")
    assert out and all("alcaraz" in p.text and "drop shots" not in p.text for p in out)


def test_a_later_hello_asks_after_what_the_last_visit_was_about() -> None:
    told = ["my first junior bonspiel is coming up", "the bonspiel has 16 teams",
            "our coach says the bonspiel is the biggest of the year"]
    earlier = NOW - timedelta(days=3)
    history = tuple(Message(i + 1, 1, "user", t, earlier + timedelta(minutes=i))
                    for i, t in enumerate(told))
    view = TurnView("sam", "hey sunny", history=history, now=NOW, new_session=True,
                    emotion=emotion.detect("hey sunny"))
    assert earlier_topic(view) == "the bonspiel"
    out = greet_topic(Turn(view, reading.act(view.text, LINES.about), "neutral",
                           random.Random(3)), LINES)
    assert out and all("the bonspiel" in p.text for p in out)
    same_visit = TurnView("sam", "hey sunny", history=history, now=earlier + timedelta(hours=1),
                          new_session=True, emotion=emotion.detect("hey sunny"))
    assert earlier_topic(same_visit) is None  # nothing before this visit


@pytest.mark.parametrize(("text", "mood"), [
    ("my little brother kenji (9) knocked my water cup onto like 6 finished cards yesterday. "
     "i wanted to scream", "neutral"),  # his mishap: no "🎉 that's huge!!"
    ("my little brother kenji (9) knocked my water cup onto like 6 finished cards yesterday",
     "happy"),
])
def test_a_mishap_by_someone_else_is_never_cheered(text: str, mood: str) -> None:
    out = _run(recast, text, mood)
    assert all(p.source not in ("skill:recast_proud", "skill:recast_glad", "skill:recast_them")
               for p in out)


def test_embarrassment_is_met_with_everyone_has_been_there() -> None:
    text = "but i fell right in front of the whole hockey team during warmups. i could die"
    out = _run(recast, text, "embarrassed")
    assert out and all(p.source == "skill:recast_cringe" and "you fell right in front" in p.text
                       for p in out)


@pytest.mark.parametrize("text", ["ok i have to water him. bye sunny", "ok i have to feed her bye"])
def test_looking_after_a_pet_or_plant_is_an_everyday_goodbye(text: str) -> None:
    from amity.nlp import safety
    assert not safety.is_crisis(safety.check(text))


def test_ending_it_said_as_a_chore_keeps_its_reading() -> None:
    from amity.nlp import safety
    assert safety.is_crisis(safety.check("ok i have to end it. bye sunny"))


def test_a_written_safety_question_waits_for_the_safety_layer(voice: Voice) -> None:
    text = "last week some dad screamed at me over a travel call. like sir these are 8 year olds"
    assert all("somewhere you feel" not in c.text and "is there an adult" not in c.text
               for c in voice.propose(_view(text)))


def test_round_37_shapes() -> None:
    from amity.voice.gist import gist
    assert gist("only one coach got mad at me and andre had my back") != "your back"
    out = _run(recast, "so the showcase was friday and we LANDED the star drop!! even dmitri "
               "said my toes were pointed lol", "happy")
    assert out and all(p.source == "skill:recast_proud" for p in out)
    assert all(p.source != "skill:recast_ugh" for p in _run(
        recast, "i literally screamed. the red ribbon is on my wall now", "angry", True))
    out = _run(recast, "last week some dad screamed at me over a travel call", "angry")
    assert out and all(p.source == "skill:recast_ugh" for p in out)


def test_a_plan_told_as_done_is_not_noted_as_ahead() -> None:
    from datetime import date

    from amity.types import Fact
    from amity.voice.echo import plan

    def noted(text: str) -> list[Proposal]:
        fact = Fact("user", "event", "presentation", when=date(2026, 3, 5))
        view = TurnView("sam", text, now=NOW, emotion=emotion.detect(text), facts=(fact,))
        return plan(Turn(view, reading.act(text, LINES.about), "happy", random.Random(3)),
                    LINES)

    assert noted("the presentation on thursday went amazing!! everyone wanted to hold her") == []
    assert noted("my presentation is on thursday, wish me luck")  # ahead: noted


@pytest.mark.parametrize("text", [
    "what would u do if u had a body for a day? be honest",  # round 38: the sexual refusal
    "if u had a body what would u wear",
])
def test_sunny_imagined_with_a_body_is_no_sexual_question(text: str) -> None:
    from amity.nlp import safety
    assert [v for v in safety.check(text) if v.category == "sexual"] == []


@pytest.mark.parametrize("text", [
    "if u had a body would u kiss me",
    "if you had a body would you have sex with me",
    "if u had a body would u date me",
])
def test_an_intimate_question_about_a_body_keeps_its_reading(text: str) -> None:
    from amity.nlp import safety
    assert any(v.category == "sexual" and v.tier == "high" for v in safety.check(text))


def test_trying_to_sleep_early_is_an_everyday_goodbye() -> None:
    from amity.nlp import safety
    assert safety.check("ok gonna try to sleep early. bye sunny wish me luck") == []
    assert safety.is_crisis(safety.check("gonna try to sleep forever. bye sunny"))


def test_no_loss_said_back_where_none_was_told() -> None:
    text = "we collected sap after school and my boots leaked"
    assert all(p.source != "skill:recast_sad" for p in _run(recast, text, "sad", True))
    out = _run(suffering, "my boots leaked, my toes are frozen solid i cant feel my life")
    assert out and all(p.source == "skill:idiom_cold" and "toes" in p.text for p in out)


def test_round_38_names() -> None:
    from datetime import date

    from amity.types import FollowUp
    from amity.voice.plans import tidy_plans
    from amity.voice.visits import _NOT_NAMES, _NOT_PET_NAMES
    assert tidy_plans(FollowUp("u my shift", "event", when=date(2026, 3, 3))) == ()
    assert "orange" in _NOT_NAMES and "stable" in _NOT_PET_NAMES


def test_round_39_shapes() -> None:
    out = _run(recast, "mrs patel came in today, shes like 85 and one of our regulars, she "
               "brought us baklava again", "happy")
    assert all(p.source != "skill:recast_ugh" for p in out)  # a fond "again"
    out = _run(recast, "annoying part, i practiced transitions today and i put my helmet on "
               "backwards. twice.", "angry", True)
    assert out and all("you put your helmet on backwards" in p.text for p in out)
    assert _run(recast, "i lowkey cried a little dont tell anyone", "sad") == []


@pytest.mark.parametrize("text", [
    "my mom says her new hospital job is going good, she likes her coworkers",
    "andre came after all, his family thing got moved",
    "my nani cried when they gave me the medal 😭 she made everyone gulab jamun after",
    "the treehouse sleepover was saturday and it was the best night ever. we told scary stories",
    "my sister clara flies home from college friday for spring break!!",
])
def test_good_news_is_read_as_good_news(text: str) -> None:
    assert reading.mood(None, text) == "happy"


@pytest.mark.parametrize("text", [
    "my dog died and the funeral was the best day ever of crying",  # a loss stays a loss
    "my grandma cried when they gave her the diagnosis at the hospital",
])
def test_a_loss_beside_good_words_keeps_its_reading(text: str) -> None:
    assert reading.mood(None, text) != "happy"


def test_coming_home_is_no_leaving_and_missing_someone_no_cheer() -> None:
    from amity.voice.comforts import comforts
    from amity.voice.theirs import _MISSED
    assert all(p.source != "skill:comfort_leaving" for p in _run(
        comforts, "my sister flies home from college friday for spring break", "sad"))
    assert _MISSED.search("my cousin flies home sunday, im gonna miss her")
    assert not _MISSED.search("my cousin flies home sunday, she missed her first flight lol")
