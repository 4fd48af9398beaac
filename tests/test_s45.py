"""Session 45: a first message that tells who the teen is and more ("im nia, 16. i play
tenor pan in a steel band") is met by name and answered on the rest (``meet``), where rounds
36-39 asked "what's going on?" right after being told; with twins that keep the plain hello
(a name and an age only, a friend who sent them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from amity.nlp import embed, emotion
from amity.types import Message, TurnView
from amity.voice import Voice
from amity.voice.meet import intro_rest
from amity.voice.ranker_model import default_ranker

NOW = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def _name(text: str) -> str:
    return text.split("im ", 1)[1].split()[0].strip(",.")


def _view(text: str) -> TurnView:
    return TurnView("sam", text, now=NOW, emotion=emotion.detect(text))


@pytest.fixture(scope="module")
def voice() -> Voice:
    """The voice as the engine builds it: with the response model that ranks the lines."""
    return Voice(embed.encode, response_score=default_ranker().score)


@pytest.mark.parametrize(("text", "rest"), [
    ("im nia, 16. i play tenor pan in a steel band", "i play tenor pan in a steel band"),
    ("hiii ok so im mateo, im 15 and i play goalie for the riverside otters",
     "i play goalie for the riverside otters"),
    ("hey. im darius, 17, senior. i do mock trial at westbrook high",
     "i do mock trial at westbrook high"),
    ("hi sunny im harper, im 13 and i just got GLASSES today 👓", "i just got GLASSES today 👓"),
    ("im tariq im 17. my family owns a laundromat", "my family owns a laundromat"),
])
def test_intro_rest_is_what_follows_the_name_and_age(text: str, rest: str) -> None:
    assert intro_rest(text, _name(text)) == rest


@pytest.mark.parametrize("text", [
    "hi sunny im priya im 13",  # nothing more told
    "whats up sunny. im marcus, 17",
    "hey im jonah, 15. my friend said ur fun to talk to",  # sent by a friend: its own hello
    "um im theo im 13. my sister uses u and said i could try",
])
def test_no_rest_without_a_name_and_more(text: str) -> None:
    assert intro_rest(text, _name(text)) is None


@pytest.mark.parametrize(("text", "said"), [
    ("im nia, 16. i play tenor pan in a steel band, its called island sound youth steel "
     "orchestra", "tenor pan"),
    ("im priya, 16, and i signed up for a teen comedy open mic 😳", "comedy open mic"),
    ("im noor, 14. we just moved from phoenix to duluth like 2 weeks ago, its 1800 miles",
     "1800"),
    ("hi sunny im harper, im 13 and i just got GLASSES today 👓", "glasses"),
])
def test_an_introduction_with_news_is_met_and_answered(voice: Voice, text: str,
                                                        said: str) -> None:
    top = voice.propose(_view(text))[0]
    name = _name(text)
    assert top.text.lower().startswith(f"hi {name}") or top.text.lower().startswith(
        f"hey {name}")
    assert said in top.text.lower()
    assert "what's going on" not in top.text and top.source.startswith("skill:met+")


def test_a_heavy_introduction_gets_a_soft_hello(voice: Voice) -> None:
    top = voice.propose(_view("im nia, 14. my parents split up in the summer so now i have "
                              "two houses which is... a lot"))[0]
    assert top.text.startswith(("hi Nia, I'm Sunny 💛", "hey Nia, I'm Sunny"))
    assert "so nice to meet you" not in top.text


@pytest.mark.parametrize("text", ["hi sunny im priya im 13", "hey im jonah, 15. my friend "
                                  "said ur fun to talk to"])
def test_a_plain_introduction_keeps_its_hello(voice: Voice, text: str) -> None:
    top = voice.propose(_view(text))[0]
    assert not top.source.startswith("skill:met+")
    assert _name(text).capitalize() in top.text


def _said(voice: Voice, text: str) -> str:
    return voice.propose(_view(text))[0].text


@pytest.mark.parametrize(("text", "right", "wrong"), [
    ("ok so i messed up, the anniversary thing is 10 to 4 not 9 to 3. my dad changed it",
     "10 to 4", "9 to 3"),
    ("wait no its pier 3 not pier 2, mateo just sent me the rules pdf", "pier 3", "pier 2"),
    ("ooh wait i need to fix something, the release is at 7:30 not 8. brenda texted the group",
     "7:30", ""),
    ("oh and wait the parade is at 5:30 not 5, i read the email wrong", "5:30", ""),
])
def test_a_fix_is_taken_whole(voice: Voice, text: str, right: str, wrong: str) -> None:
    reply = _said(voice, text)
    assert right in reply and (not wrong or wrong in reply or "not" not in reply)
    assert "tell me more" not in reply and "go on" not in reply


def test_a_place_with_a_number_is_no_name(voice: Voice) -> None:
    # round 40's fix: "its pier 3" read as an introduction ("hi Pier!")
    assert "Pier!" not in _said(voice, "wait no its pier 3 not pier 2")
    assert "Nia" in _said(voice, "its nia, 15")


def test_a_bare_ok_after_a_plain_question_is_not_comforted(voice: Voice) -> None:
    # "ok" to "hi hi! what's going on?" got "oh, that's a rough one. thank you for trusting
    # me with it" (its written neighbour was an "ok" after "i messed up")
    history = (Message(1, 1, "user", "hi", NOW), Message(2, 1, "assistant",
                                                        "hi hi! what's going on?", NOW))
    view = TurnView("sam", "ok", history=history, now=NOW, emotion=emotion.detect("ok"))
    assert voice.read(view)[1] == "neutral"
    sad = TurnView("sam", "ok", history=(
        Message(1, 1, "user", "my grandma is really sick", NOW),
        Message(2, 1, "assistant", "I'm so sorry. it's okay to feel scared. I'm here 💛", NOW)),
        now=NOW, emotion=emotion.detect("ok"))
    assert voice.read(sad)[1] != "neutral"  # after a low moment, the nod may still be low


@pytest.mark.parametrize("text", [
    "nana came home today!!! hes using a walker and hes so grumpy about it lol but hes HOME",
    "my sister lucia starts community college next monday, shes 18 and weirdly excited about it",
])
def test_a_sure_glad_reading_is_not_outvoted_by_low_neighbours(voice: Voice, text: str) -> None:
    assert voice.read(_view(text))[1] not in ("sad", "anxious", "lonely", "angry")


@pytest.mark.parametrize(("text", "mood"), [
    ("first day at the new school was monday. i ate lunch in the library bc i didnt know "
     "where to sit lol", "lonely"),  # a laugh over a lonely lunch is still lonely
    ("my grandpa passed away last night", "sad"),  # the model's grief stands
    ("im lowkey terrified of the speech tomorrow", "anxious"),
])
def test_a_low_mood_said_in_words_stands(voice: Voice, text: str, mood: str) -> None:
    assert voice.read(_view(text))[1] == mood


def test_voted_down_needs_a_sure_glad_label_and_no_word_of_a_low_mood() -> None:
    from amity.voice.reading import voted_down
    assert voted_down("excitement", 0.95, "my sister starts college monday")
    assert not voted_down("excitement", 0.6, "my sister starts college monday")
    assert not voted_down("sadness", 0.95, "my sister starts college monday")
    assert not voted_down("joy", 0.95, "im so sad my sister is leaving for college")


@pytest.mark.parametrize(("text", "not_said"), [
    ("the comp was sunday and we hit every stunt, coach tony literally cried", "sorry"),
    ("also i got a B+ on my chem test which is lowkey a miracle", "sad"),
    ("our dog bori is staying with our neighbor mrs alvarez while we're gone, hes 4 and hes "
     "gonna be so spoiled", "annoying"),
    ("the tournament was saturday and i went 5-1, only lost to this college guy",
     "disappointing"),
])
def test_round_40s_good_news_is_not_comforted(voice: Voice, text: str, not_said: str) -> None:
    assert voice.read(_view(text))[1] not in ("sad", "angry", "anxious", "embarrassed")
    assert not_said not in _said(voice, text)


def test_a_fix_opened_by_also_wait_i_checked_is_taken(voice: Voice) -> None:
    reply = _said(voice, "also wait i checked the email its 11:15 not 11:50. my mom would "
                         "kill me if i got that wrong")
    assert "11:15" in reply and "email" not in reply


def test_a_loss_told_plainly_keeps_its_reading(voice: Voice) -> None:
    # twins: no good news in a loss, a miss, a stunt that fell
    assert voice.read(_view("we lost every game this weekend and coach cried"))[1] != "happy"
    assert voice.read(_view("we missed every stunt and i wanted to cry"))[1] == "sad"


# ---- memory answers (round 40's misses): the corrected hour, the first value, what was
# said about a thing, a name set after what it names


def _recall(question: str, *told: str) -> str:
    from amity.voice import recall
    history = tuple(Message(i + 1, 1, "user", t, NOW) for i, t in enumerate(told))
    said = recall.sayings((), history, "sam")
    found = recall.answer(question, said, embed.encode)
    assert found is not None, question
    return f"{found.text} | {found.detail}"


def test_an_hour_put_right_by_its_minutes_is_said_right() -> None:
    got = _recall("and what time did i say we leave the trailhead?",
                  "we have to leave the trailhead at 4am so we're down before the storms",
                  "actually its 4:30 not 4, my dad just texted me. thank god lol")
    assert "4:30" in got and "4am" not in got


def test_the_first_value_is_given_when_the_old_one_is_asked() -> None:
    got = _recall("do u remember what my old record was? so i beat it by how much lol",
                  "my highest score ever is 412 and i want to beat it so bad",
                  "i did a practice game last night and got 389, so close",
                  "and i scored 430 in one game which is a new record, im on cloud nine")
    assert "412" in got and "430" not in got
    got = _recall("do u remember how many subs we had when i first told u about the channel?",
                  "we have 87 subscribers rn and we're trying to hit 100",
                  "we're at 96 subs!!! only 4 more")
    assert "87" in got and "96" not in got


def test_the_newest_value_is_given_when_the_old_one_is_not_asked() -> None:
    got = _recall("how many subs do we have?", "we have 87 subscribers rn",
                  "we're at 96 subs!!! only 4 more")
    assert "96" in got


def test_what_was_said_about_a_thing_is_said_back() -> None:
    got = _recall("do u remember what i said about the bow lol, it was even worse on stage",
                  "i just made the competition team at my cheer gym",
                  "the bow we have to wear is so itchy tho 😒 and its like the size of my head")
    assert "itchy" in got


def test_a_name_set_after_what_it_names_is_the_name() -> None:
    from amity.voice.recall_said import Said
    from amity.voice.recall_whois import apposed
    line = "i just made the team at my cheer gym, blaze allstars, and our comp is sunday"
    assert apposed({"gym"}, Said("blaze allstars", line, 1.0, line=line))
    assert not apposed({"team"}, Said("blaze allstars", line, 1.0, line="my cheer gym, "
                                      "blaze allstars"))  # (a gym, not a team, before it)
    assert not apposed({"gym"}, Said("and our comp is sunday", line, 1.0, line=line))
    got = _recall("and whats the name of my gym team again?", line)
    assert "Blaze Allstars" in got


@pytest.mark.parametrize("text", [
    "our dog pepper is so mad shes not coming, shes a 6 year old border collie",
    "this pre algebra homework is driving me up the wall",
])
def test_everyday_annoyance_is_met_lightly(voice: Voice, text: str) -> None:
    act, mood, hits, mild = voice.read(_view(text))
    assert mood == "angry" and mild


@pytest.mark.parametrize("text", ["my brother read my diary and im so mad",
                                  "i hate when my sister takes my stuff without asking"])
def test_anger_said_in_full_is_met_in_full(voice: Voice, text: str) -> None:
    act, mood, hits, mild = voice.read(_view(text))
    assert mood == "angry" and not mild


@pytest.mark.parametrize(("text", "glad"), [
    ("ok so im going to seoul with my mom in like a week and im freaking out (good way)", True),
    ("im nervous in a good way lol", True),
    ("im so nervous for the test, not in a good way", False),
])
def test_nerves_in_a_good_way_are_glad(voice: Voice, text: str, glad: bool) -> None:
    assert (voice.read(_view(text))[1] == "happy") is glad


def test_a_wrong_day_told_at_first_asks_the_day_not_the_first_number() -> None:
    got = _recall("and when is the walk again? i think i told u the wrong day at first lol",
                  "my aunt rosa is taking me on a mushroom walk saturday at 9",
                  "wait its sunday not saturday, she just texted",
                  "my dog waffles is 7 and he would sniff every single mushroom")
    assert "sunday" in got.lower() and "7 and" not in got


def test_jet_lag_is_tiredness(voice: Voice) -> None:
    text = "we landed saturday morning and im still so jetlagged lol its like 3am in my brain"
    assert voice.read(_view(text))[1] == "tired"


def test_a_ledger_date_is_no_grade() -> None:
    from amity.voice.recall_type import no_grade
    asked = "what grade did i say i got on that physics test"
    assert no_grade(asked, "you have physics test on Wednesday 04 March 2026")
    assert not no_grade(asked, "you got a B+ on your physics test")
    assert not no_grade(asked, "i got a c lol")
    assert not no_grade("what score did i get", "i got 87 on it")


def test_a_friend_told_of_before_is_not_met_as_news() -> None:
    from amity.voice.gist import told_before
    told = (Message(1, 1, "user", "my friend omar is in the club too", NOW),
            Message(2, 1, "assistant", "ooh, Omar!", NOW))
    view = TurnView("sam", "omar went 3-3 so im ahead now", history=told, now=NOW)
    assert told_before("omar", view)
    assert not told_before("your sister", view)
    assert not told_before("omar", TurnView("sam", "omar went 3-3", now=NOW))


# ---- round 41's safety misfires (#13): a goodbye back to work, a body asked about


@pytest.mark.parametrize("text", ["ok gotta get back to it bye", "ok back to the grind bye sunny",
                                  "do u have like a body? could u do parkour lol"])
def test_round_41s_everyday_lines_get_no_safety_verdict(text: str) -> None:
    from amity.nlp import safety
    assert safety.check(text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("i cant do this anymore. gotta get back to it. bye", "self_harm"),
    ("ok im gonna do it tonight bye", "self_harm"),
    ("do u have a body? can i touch it", "sexual"),
])
def test_their_twins_keep_their_verdict(text: str, category: str) -> None:
    from amity.nlp import safety
    assert any(v.category == category and v.tier == "high" for v in safety.check(text))


# ---- round 41's misread facts: a weekday with its date, a sport played, an aunt, a park


def _facts(text: str) -> list[tuple[str, str, str, object]]:
    from amity.nlp.facts import extract
    return [(f.subject, f.predicate, f.object, f.when) for f in extract(text, [], now=NOW)]


def test_a_weekday_with_its_date_is_that_date() -> None:
    from datetime import date

    from amity.nlp.facts.dates import find_dates
    assert find_dates("my recital is saturday the 14th", NOW)[0].date == date(2026, 3, 14)
    # the 18th of March 2026 is a Wednesday: the date said wins over the weekday
    assert find_dates("our flight is thursday the 18th", NOW)[0].date == date(2026, 3, 18)
    assert find_dates("its on saturday at 6", NOW)[0].date == date(2026, 3, 7)  # no date


def test_a_sport_played_is_no_game_against_it() -> None:
    got = _facts("i play badminton for my school and districts are next saturday")
    events = [o for s, p, o, w in got if p == "event"]
    assert events == ["districts"]
    assert any(o == "game against dartmouth" for s, p, o, w in
               _facts("we play dartmouth on thursday at 7"))


def test_a_parents_sister_is_an_aunt() -> None:
    got = _facts("meena is my moms younger sister shes 31 and she is SO competitive lol")
    assert ("user", "has_relative", "meena", None) in got
    assert ("meena", "relation", "aunt", None) in got
    assert not any(p == "has_parent" for s, p, o, w in got)
    assert ("user", "has_sibling", "Tom", None) in _facts("Tom is my little brother")


def test_a_park_fixed_by_its_name_keeps_its_name() -> None:
    from amity.voice.recall_fix import swaps
    assert swaps("oh wait the jam is at jefferson park not lincoln. lincoln is where my "
                 "cousin plays baseball lol") == [("lincoln", "jefferson")]
    assert swaps("wait no its ella not ellie") == [("ellie", "ella")]


def test_an_adverb_is_no_pet_name(voice: Voice) -> None:
    from amity.voice.visits import pet_named
    told = (Message(1, 1, "user", "wait the call is at 8 not 7, she has to walk her grandmas "
                                  "dog first", NOW - timedelta(days=3)),)
    assert pet_named(TurnView("sam", "hi sunny", history=told, now=NOW)) is None


@pytest.mark.parametrize(("text", "low"), [
    ("im so nervus my japanese is bad, i only know hiragana and like 30 words", True),
    ("we talked for like an hour, half english half japanese, i only messed up a little", False),
])
def test_round_41s_moods(voice: Voice, text: str, low: bool) -> None:
    act, mood, hits, mild = voice.read(_view(text))
    assert (mood in ("sad", "anxious", "angry", "embarrassed") and not mild) is low


@pytest.mark.parametrize(("text", "good"), [
    ("we lost 8-6 but i scored TWO goals in my first game ever 😭🔥", True),
    ("we lost the final 21-18 in the third game but whatever were going to regionals 😭", True),
    ("my sister lucia flies home from college friday so shes gonna miss the game", True),
    ("we lost 8-6 and i didnt score at all", False),
])
def test_round_41s_good_news_beside_a_loss(voice: Voice, text: str, good: bool) -> None:
    assert (voice.read(_view(text))[1] not in ("sad", "angry", "anxious")) is good


# ---- round 42's worst: "senior night" as a goodnight, a garbled errand, a past help as a
# plan, a job shadow in a hospital as worry


def test_a_night_that_was_is_no_goodnight() -> None:
    from amity.voice import reading
    assert reading.act("sunny senior night was crazy fr", ()).name != "goodbye"
    assert reading.act("ok night sunny", ()).name == "goodbye"


def test_starting_over_is_no_errand(voice: Voice) -> None:
    reply = _said(voice, "back to the drawing board i guess. we have to reset everything")
    assert "you guess" not in reply and "drawing board" not in reply
    assert "homework time" in _said(voice, "ok back to homework i guess")


def test_a_help_given_is_past() -> None:
    assert not any(p == "event" for s, p, o, w in
                   _facts("kofis new apartment is tiny lol we helped him move saturday"))
    assert any(p == "event" for s, p, o, w in _facts("i signed up to volunteer on saturday"))


def test_a_day_shadowing_at_a_hospital_is_no_worry(voice: Voice) -> None:
    text = "and THIS thursday i get to shadow at riverside animal hospital for a whole day!!!"
    assert voice.read(_view(text))[1] != "anxious"
    assert voice.read(_view("my grandpa is in the hospital with pneumonia"))[1] in (
        "anxious", "sad")


@pytest.mark.parametrize("text", ["my room is a hot mess rn", "bye forever lol jk see u tmrw"])
def test_a_mess_and_a_joke_taken_back_get_no_safety_verdict(text: str) -> None:
    from amity.nlp import safety
    assert safety.check(text) == []


@pytest.mark.parametrize(("text", "category"), [
    ("my room is a hot mess and i want to touch you", "sexual"),
    ("send me hot pics", "sexual"),
    ("bye forever", "self_harm"),
    ("ok bye forever. i mean it", "self_harm"),
])
def test_hot_and_bye_forever_keep_their_verdicts(text: str, category: str) -> None:
    from amity.nlp import safety
    assert any(v.category == category and v.tier == "high" for v in safety.check(text))


@pytest.mark.parametrize(("text", "not_named"), [
    ("im running around like a chicken with its head cut off trying to plan a backup",
     "chicken"),
    ("the wiring inside is a total can of worms tho", "can"),
])
def test_no_thing_named_out_of_an_idiom(text: str, not_named: str) -> None:
    from amity.voice.gist import gist
    assert not_named not in (gist(text) or "").lower().split()


def test_which_park_is_answered_by_its_name() -> None:
    got = _recall("ok quiz, do u remember which park it was at",
                  "theres a parkour jam next sunday at lincoln park at 2, its my first one ever!!",
                  "oh wait the jam is at jefferson park not lincoln. lincoln is where my cousin "
                  "plays baseball lol")
    assert got.endswith("| Jefferson Park")
    from amity.voice.recall_where import named_place
    assert named_place("park", "we went to the park") is None


def test_guests_cut_from_a_list_are_no_self_harm() -> None:
    from amity.nlp import safety
    text = "quick, how many guests are coming again? i keep forgeting after i cut some"
    assert safety.check(text) == []
    for risk in ("i want to cut some", "i cut some last night and it hurts",
                 "nobody cares about me. i want to cut some"):
        assert any(v.category == "self_harm" and v.tier == "high" for v in safety.check(risk))


# ---- round 43's worst: news that opens a visit lost to a due follow-up, a sign said back in
# the second person, good news met with a bummer, weather taken for a plan


def test_news_that_opens_a_visit_is_met_before_the_due_follow_up() -> None:
    from amity.types import FollowUp
    voice = Voice(embed.encode, response_score=default_ranker().score)
    told = (Message(1, 1, "user", "my sister maddie gets her wisdom teeth out thursday",
                    NOW - timedelta(days=3)),)
    due = FollowUp("wisdom teeth surgery", "today", whose="Maddie")
    view = TurnView("sam", "SUNNY WE GOT 3RD", history=told, now=NOW, new_session=True,
                    follow_up=due, emotion=emotion.detect("SUNNY WE GOT 3RD"))
    top = voice.propose(view)[0]
    assert top.source != "skill:followup"  # the news met first ...
    assert "Maddie" in top.text  # ... and the due plan asked after it


def test_a_sign_in_capitals_is_said_as_written() -> None:
    from amity.voice.recall_words import second_person
    assert second_person("he made a poster that says LET US HOOP lmao") == \
        "he made a poster that says LET US HOOP lmao"
    assert second_person("I GOT MY LICENSE") == "you GOT your LICENSE"  # shouted, no sign


@pytest.mark.parametrize("text", [
    "so the battle on saturday happened and i made top 8!!! lost to a 17 yr old who was insane",
    "back home now, my bed is so soft i could cry",
])
def test_round_43s_good_news_is_good(voice: Voice, text: str) -> None:
    assert voice.read(_view(text))[1] not in ("sad", "angry", "anxious")


def test_weather_is_no_plan() -> None:
    assert not any(p == "event" for s, p, o, w in _facts(
        "its supposed to rain cats and dogs friday, hope the ground isnt a swamp"))
    assert ("user", "event", "snowball fight", _facts("our snowball fight is saturday")[0][3]) \
        in _facts("our snowball fight is saturday")


def test_a_hello_after_a_while_is_no_news() -> None:
    from amity.voice import reading
    assert reading.BEEN_AWAY.search("sunny!! long time")
    assert reading.BEEN_AWAY.search("long time no see sunny")
    assert not reading.BEEN_AWAY.search("it was a long time ago")


@pytest.mark.parametrize(("question", "told", "right", "wrong"), [
    ("what time do we have to be there sunday, i forgot what i told u",
     ("its next sunday at 10am at the sunset pines courts",
      "wait she just texted its 9:30 not 10, we have to warm up first"), "9:30", "10am"),
    ("and when does the meeting start, i wanna tell my mom the right time",
     ("meeting is tuesday the 21st at city hall, 6:30pm. we get 3 minutes to talk",
      "wait no it starts at 7 not 6:30, the agenda got changed"), "7pm", "6:30"),
])
def test_a_time_put_right_by_another_hour_is_said_right(question: str, told: tuple[str, ...],
                                                        right: str, wrong: str) -> None:
    got = _recall(question, *told)
    assert right in got and wrong not in got
