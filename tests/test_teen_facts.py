"""Facts from real teen writing: lower case, no punctuation, slang and emoji give the same
facts as tidy text; one pet or person is one fact; a correction in chat supersedes; the
ledger reads like a person wrote it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from amity import Store
from amity.memory import LedgerMemory
from amity.nlp.facts import extract
from amity.nlp.facts.casing import truecase
from amity.store import memory as rows_

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def triples(message: str, context: tuple[str, ...] = ()) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in extract(message, context, NOW)}


@pytest.mark.parametrize(("messy", "tidy"), [
    ("my dog pickle is sleeping on my homework lol", "My dog Pickle is sleeping on my homework."),
    ("ngl my sister maya is so annoying", "My sister Maya is so annoying."),
    ("my best friend is jess", "My best friend is Jess."),
    ("my dogs name is pickle 🐶", "My dog's name is Pickle."),
    ("i have a cat called mochi", "I have a cat called Mochi."),
    ("my bff sam is coming over 2nite", "My bff Sam is coming over tonight."),
    ("i play bass in a band", "I play bass in a band."),
    ("my brother jake plays football", "My brother Jake plays football."),
])
def test_messy_text_gives_the_tidy_facts(messy: str, tidy: str) -> None:
    assert triples(messy) == triples(tidy) and triples(messy)


@pytest.mark.parametrize(("message", "expected"), [
    ("my dog pickle is sleeping on my homework lol",
     {("user", "has_pet", "Pickle"), ("Pickle", "species", "dog")}),
    ("ngl my sister maya is so annoying",
     {("user", "has_sibling", "Maya"), ("Maya", "relation", "sister")}),
    ("my best friend is jess", {("user", "has_friend", "Jess"),
                                ("Jess", "relation", "best friend")}),
    ("i play bass in a band", {("user", "hobby", "playing bass")}),
    ("my dogs name is pickle", {("user", "has_pet", "Pickle"), ("Pickle", "species", "dog")}),
])
def test_teen_wording_yields_named_facts(message: str, expected: set) -> None:
    assert triples(message) == expected


def test_a_name_in_chat_never_becomes_the_users_name() -> None:
    assert not any(p == "name" and s == "user" for s, p, _ in triples("my dogs name is pickle"))


def test_a_correction_names_the_fact_it_replaces() -> None:
    assert triples("actually his name is biscuit not pickle") == {("Pickle", "name", "Biscuit")}


def test_truecase_keeps_every_offset_and_leaves_plain_words() -> None:
    for text in ["my dog loves me", "my sister is annoying", "my dog food is gross",
                 "i think my mom said no", "my dog pickle ate it"]:
        out = truecase(text)
        assert len(out) == len(text) and out.lower() == text.lower()
    assert truecase("my dog loves me") == "my dog loves me"
    assert truecase("my dog food is gross lol") == "my dog food is gross .  "
    assert truecase("ngl my sister maya") == "    my sister Maya"
    assert truecase("i think my dog pickle ate it") == "I think my dog Pickle ate it"


def _tell(mem: LedgerMemory, store: Store, text: str, at: datetime) -> int:
    uid = store.user_id("sam")
    conv = store.conversation(uid, "sunny")
    context = [m.content for m in store.history(uid, conv, 10) if m.role == "user"]
    msg = store.add_message(uid, conv, "user", text, at=at)
    mem.remember(uid, msg, extract(text, context, at), at)
    return uid


def test_one_pet_is_one_fact_and_a_correction_supersedes(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = _tell(mem, store, "i have a dog", NOW)
    _tell(mem, store, "my dog pickle is sleeping on my homework lol", NOW + timedelta(minutes=1))
    _tell(mem, store, "i have a dog btw", NOW + timedelta(minutes=2))
    facts = mem.list_facts(uid)
    assert [f.text for f in facts] == ["Your dog is called Pickle", "Pickle is your dog"]
    assert [(f.subject, f.predicate, f.object) for f in facts] == [
        ("user", "has_pet", "Pickle"), ("Pickle", "species", "dog")]
    _tell(mem, store, "actually his name is biscuit not pickle", NOW + timedelta(minutes=3))
    facts = mem.list_facts(uid)
    assert [f.text for f in facts] == ["Your dog is called Biscuit", "Biscuit is your dog"]
    old = [f for f in mem.list_facts(uid, include_history=True) if f.object == "Pickle"]
    assert old and all(f.status == "superseded" for f in old)
    with store.session() as s:  # the stored wording, which recall and the voice read
        stored = [r.text for r in rows_.facts(s, uid, active_only=True)]
    assert stored == ["User's dog is called Biscuit", "Biscuit is a dog"]
    hits = mem.recall(uid, "wait whats my dog called again", NOW + timedelta(days=2))
    assert any("Biscuit" in h.text for h in hits)
    assert not any("Pickle" in h.text for h in hits if h.kind == "fact")


def test_ledger_lines_read_like_a_person_wrote_them(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = _tell(mem, store, "my best friend is jess", NOW)
    _tell(mem, store, "i live in leeds and i play bass in a band", NOW + timedelta(minutes=1))
    texts = {f.text for f in mem.list_facts(uid)}
    assert {"Your best friend is called Jess", "Jess is your best friend",
            "You live in leeds", "You like playing bass"} <= texts


@pytest.mark.parametrize(("message", "expected"), [
    ("i have a hamster named nugget lol", {("user", "has_pet", "Nugget"),
                                           ("Nugget", "species", "hamster")}),
    ("ngl my bestie priya is the funniest", {("user", "has_friend", "Priya"),
                                             ("Priya", "relation", "best friend")}),
    ("what sport do i play", set()),
])
def test_chat_markers_slang_and_questions(message: str, expected: set) -> None:
    assert triples(message) == expected


def test_a_dated_event_in_chat_wording() -> None:
    got = {(f.predicate, f.object, f.when.isoformat() if f.when else None)
           for f in extract("my math exam is on wednesday 😭", (), NOW)}
    assert got == {("event", "math exam", "2026-03-04")}
    got = {(f.object, f.when.isoformat() if f.when else None)
           for f in extract("also i got a piano recital on thursday", (), NOW)}
    assert got == {("piano recital", "2026-03-05")}  # "i got" = "i have", not last week


@pytest.mark.parametrize(("message", "context", "event"), [
    ("next gala is on the 14th at the leisure centre in hull", (), "gala"),
    ("also bought my mum a silver bracelet for mothers day, its on the 15th", (), "mothers day"),
    ("i have to go back to the hospital on friday for an xray", (), "xray"),
    ("mr hughes said it has to be done by next monday",
     ("science fair project is killing me",), "science fair project"),
    ("me n jaden are going to the indoor park in riverside on sunday", (),
     "trip to the indoor park in riverside"),
])
def test_a_dated_plan_is_named_even_when_the_parse_is_not(
        message: str, context: tuple[str, ...], event: str) -> None:
    events = {(f.object, f.when) for f in extract(message, context, NOW)
              if f.predicate == "event"}
    assert any(obj == event and when is not None and when > NOW.date()
               for obj, when in events), events


def test_no_plan_is_made_up_from_a_date_alone() -> None:
    from amity.nlp.facts.events import event_phrase

    assert event_phrase("see you on friday") is None
    assert event_phrase("im going to bed tomorrow") is None
    assert event_phrase("we have to present it friday", ("we have a history project",)) == \
        "history project"


def test_a_plan_is_named_by_what_is_due_or_what_is_picked_up() -> None:
    from amity.nlp.facts.events import event_phrase

    assert event_phrase("The statement is due on the 12th.") == "statement"
    assert event_phrase("its due friday", ["i have a science project"]) == "science project"
    assert event_phrase("we're picking one up from the reptile shop on saturday",
                        ["so mum said we can get a lizard instead lol"]) == "getting the lizard"
    assert event_phrase("picking up my cousin from the airport on sunday") == \
        "getting the cousin"


def test_two_dates_in_one_line_are_two_plans() -> None:
    events = {f.object: f.when for f in extract(
        "i have a shift wednesday and a chem test thursday so ugh", (), NOW)
        if f.predicate == "event"}
    assert set(events) == {"shift", "chem test"} and events["shift"] < events["chem test"]


def test_a_short_line_of_chat_words_is_read() -> None:
    got = extract("due tomorrow thank god", ("i stayed up doing my history project",), NOW)
    assert [(f.predicate, f.object) for f in got] == [("event", "history project")]


@pytest.mark.parametrize(("message", "event"), [
    ("picture day is wednesday so im wearing it obvs", "picture day"),
    ("opening night is in 10 days and my whole family is coming", "opening night"),
    ("ugh sat is saturday", "sat"),
    ("our cat pepper has a vet appt tmrw bc she keeps throwing up", "vet appt"),
    ("anyway i have a chem test tmrw that i have not studied for", "chem test"),
    ("oh and theres a coding competition next saturday, its me and owen from my math class",
     "coding competition"),
    ("my grandma is visiting sunday and shes allergic to dogs so idk", "my grandma's visit"),
    ("test bake is tmrw after school, my friend zoe is my taste tester", "test bake"),
    ("ok i'm gonna sell stuff at the craft market at the community center on sunday",
     "craft market"),
    ("also going fishing w my dad at lake tahoma this weekend", "fishing trip"),
    ("oh and my dentist appt is wednesday ugh", "dentist appt"),
    ("my ipad cracked bc i dropped it, now i gotta get it fixed at the mall on saturday",
     "getting the ipad fixed"),
    ("we're doing a car wash fundraiser saturday to raise money for the trip to orlando",
     "car wash fundraiser"),
    ("sunnyyy ok so this saturday is sakuracon and im cosplaying nami", "sakuracon"),
    ("hiii ok so i have to get allergy testing friday bc i keep sneezing", "allergy testing"),
    ("my dog has to go to the vet tmrw bc he ate a whole chocolate bar", "vet visit"),
    ("this weekend im going camping with my friend from chem class", "camping trip"),
    ("were going to lake tahoe, we leave saturday morning", "trip to lake tahoe"),
    ("its at the froyo place in the mall, swirl city, i start wednesday", "first day"),
    ("tia rosa is teaching me how to make pozole tmrw", "pozole lesson"),
    ("also my friend imani's quinceañera is saturday and i dont have a dress",
     "imani's quinceañera"),
    ("the show is at the downtown library gallery, opening night is the 13th", "show"),
    ("ok also i have a dentist appt tmrw morning bc my retainer broke", "dentist appt"),
    ("anyway i have an allergist appt on wednesday bc i might be allergic to peanuts??",
     "allergist appt"),
    ("omg my 16th birthday party is on saturday", "16th birthday party"),
])
def test_the_plan_is_what_the_date_is_said_of(message: str, event: str) -> None:
    events = [f.object for f in extract(message, (), NOW) if f.predicate == "event"]
    assert events == [event]


@pytest.mark.parametrize(("message", "event", "days"), [
    ("also im babysitting the kowalski twins tomorrow night!!", "babysitting the kowalski twins",
     1),
    ("the lady said we can pick her up on saturday after they do her spay", "pick her up", 5),
    ("my mom made me an appointment at the eye place on wednesday after school",
     "appointment", 2),
    ("the movers come on friday, its this company called two men and a truck", "movers", 4),
    ("the callback list goes up thursday", "callback list", 3),
    ("we leave on thursday, flight at 6am which is evil", "trip", 3),
    ("so his mom asked me to come w them to the georgia aquarium on saturday",
     "trip to the georgia aquarium", 5),
    ("we're doing a doggy playdate at cedar park tomorrow", "doggy playdate", 1),
    ("today is tuesday and her followup appt is thursday", "followup appt", 3),
    ("anyway we're going to the state fair today with my youth group", "state fair", 0),
])
def test_a_plan_arranged_or_named_by_what_happens_is_dated_ahead(
        message: str, event: str, days: int) -> None:
    got = [(f.object, f.when) for f in extract(message, (), NOW) if f.predicate == "event"]
    assert got == [(event, NOW.date() + timedelta(days=days))]


@pytest.mark.parametrize("message", [
    "i made snickerdoodles yesterday but they came out flat",
    "i also started selling bracelets, sold 11 today",
    "got paid today, 310 for two weeks",
    "ok the competition was 2 days ago",
    "rick gave me more shifts!! now i work tues thurs and sat",
])
def test_a_report_or_a_schedule_is_no_plan(message: str) -> None:
    assert [f for f in extract(message, (), NOW) if f.predicate == "event"] == []


def test_a_friends_birthday_told_in_a_story_is_theirs_and_ahead() -> None:
    got = extract("so i was baking cookies for my best friend jade bc her bday is thursday",
                  (), NOW)
    days = [(f.subject, f.when) for f in got if f.predicate == "birthday"]
    assert days == [("Jade", NOW.date() + timedelta(days=3))]
    sister = [f.subject for f in extract("my sisters bday is on friday", (), NOW)
              if f.predicate == "birthday"]
    assert sister == ["user's sister"]
    for message, whose in (("also june's bday is the 14th, she's turning 12", "june"),
                           ("also my grandpas birthday is thursday and im cooking him dinner",
                            "user's grandpa"),
                           ("my twin sisters turn 10 on wednesday so its chaos", "user's sister"),
                           ("my little brother turns 5 on friday", "user's brother")):
        assert [f.subject for f in extract(message, (), NOW)
                if f.predicate == "birthday"] == [whose], message


def test_a_plan_said_as_a_verb_or_a_vague_day_is_named() -> None:
    for message, event in (("we present on monday 😬", "presentation"),
                           ("his last day is friday, we're having a goodbye party at his house",
                            "goodbye party")):
        assert [f.object for f in extract(message, (), NOW - timedelta(days=2))
                if f.predicate == "event"] == [event], message


def test_chat_words_are_no_plan() -> None:
    for message in ("heyy sunny omg saturday!!", "heyy sunny omg is on saturday"):
        assert not [f for f in extract(message, (), NOW) if f.predicate == "event"], message


def test_going_over_on_a_day_is_the_plan_told_before() -> None:
    context = ["sunny i got my first babysitting gig!!",
               "its for the family down the street, the hendersons"]
    events = [f.object for f in extract("im going over friday night from 6 to 10", context, NOW)
              if f.predicate == "event"]
    assert events == ["babysitting gig"]


@pytest.mark.parametrize(("text", "plans"), [
    # a wish in passing and a day of the week liked or not are no plans ("how was the wanna?")
    ("he asked if i wanna come to the park again on saturday with his friends", []),
    ("i work tuesdays and saturdays. saturday is the worst bc its packed", []),
    # one date said twice is one plan, and the place after it is no plan of its own
    ("our regional qualifier is saturday march 8 at the convention center",
     ["regional qualifier"]),
    ("hes having a thing at his place friday, just board games and pizza", ["board games"]),
])
def test_plans_are_plans(text: str, plans: list[str]) -> None:
    assert [f.object for f in extract(text, now=NOW) if f.predicate == "event"] == plans


def test_a_plan_said_as_getting_one_is_the_thing() -> None:
    found = [f.object for f in extract("trainer thinks its a sprain, im getting an xray "
                                       "tomorrow at 3:30", now=NOW) if f.predicate == "event"]
    assert found == ["xray"]


def test_a_thing_handled_on_a_day_is_not_the_plan_told_before() -> None:
    # "it" is the guitar just found, not the chem test two messages back; "the only one"
    # points at nothing
    context = ["anyway i have a chem test tmrw that i have not studied for at all so",
               "BUT i found a guitar on marketplace, its a squier strat in sunburst for 180"]
    for text in ("gonna go look at it sunday with my dad bc hes the only one who can tell",
                 "picking it up on sunday"):
        assert not [f for f in extract(text, context, NOW) if f.predicate == "event"], text
    assert [f.object for f in extract("we have it on friday", context, NOW)
            if f.predicate == "event"] == ["chem test"]


def test_chat_shorthand_after_a_relative_is_no_name() -> None:
    facts = extract("i went with my dad bc hes the only one who can tell", (), NOW)
    assert ("user", "has_parent", "dad") in {(f.subject, f.predicate, f.object) for f in facts}
    assert not [f for f in facts if "bc" in (f.subject, f.object)]
    facts = extract("my brother, alex, is home", (), NOW)
    assert ("user", "has_sibling", "alex") in {(f.subject, f.predicate, f.object) for f in facts}


def test_a_week_from_a_day_is_that_day_a_week_later() -> None:
    [gig] = [f for f in extract("first gig is at the library teen night a week from saturday",
                                (), NOW) if f.predicate == "event"]
    assert (gig.object, gig.when) == ("gig", (NOW + timedelta(days=12)).date())


def test_a_plan_told_again_with_another_day_moved(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = _tell(mem, store, "our tournament is on saturday!!", NOW)
    _tell(mem, store, "wait no the tournament is sunday not saturday", NOW + timedelta(minutes=1))
    plans = [(f.object, f.when) for f in mem.list_facts(uid) if f.predicate == "event"]
    assert plans == [("tournament", (NOW + timedelta(days=6)).date())]  # Sunday 8 March
    # a plan that passed is not moved by the next one of its name (a weekly test)
    _tell(mem, store, "chem test on friday ugh", NOW + timedelta(days=7))
    _tell(mem, store, "another chem test on friday", NOW + timedelta(days=14))
    tests = [f.when for f in mem.list_facts(uid) if f.object == "chem test"]
    assert len(tests) == 2


def test_not_my_birthday_is_no_plan_and_the_sisters_is_hers() -> None:
    text = ("my little sister aria turns 10 next saturday and she wants a karaoke machine, "
            "i want air jordans but its not my birthday lol")
    dated = [(f.subject, f.predicate) for f in extract(text, (), NOW) if f.when is not None]
    assert dated == [("Aria", "birthday")]
