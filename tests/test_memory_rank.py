"""What memory search adds to the text and vector blend: the turn prior (answers and dated
reports beat questions and reactions), the speaker a query names, and the dates it names."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from amity import Store
from amity.memory import LedgerMemory
from amity.memory.dates import Span, date_fit, query_dates
from amity.memory.episodes import Turn, turn_windows
from amity.memory.prior import parse, turn_prior

JUNE_3 = datetime(2023, 6, 3, 11, 51, tzinfo=UTC)


@pytest.mark.parametrize(("question", "spans"), [
    ("What did Maria start, as mentioned on 3 June, 2023?", [Span(6, 3, 2023)]),
    ("What did Melanie show Caroline on October 13, 2023?", [Span(10, 13, 2023)]),
    ("what happened on the 21st of December", [Span(12, 21)]),
    ("When did Melanie go camping in June?", [Span(6)]),
    ("What did John host in May 2023?", [Span(5, None, 2023)]),
    ("What did you do in May?", [Span(5)]),
    ("May I ask what you did last week?", []),
    ("did they march for veterans?", []),
    ("How many times in 2023?", []),
    ("On Sept. 5th and in August", [Span(9, 5), Span(8)]),
])
def test_query_dates(question: str, spans: list[Span]) -> None:
    assert query_dates(question) == spans


def test_date_fit_falls_off_around_the_named_day() -> None:
    day, month = [Span(6, 3, 2023)], [Span(6)]
    assert date_fit(day, date(2023, 6, 3)) == 1.0
    assert 0 < date_fit(day, date(2023, 6, 6)) < 1
    assert date_fit(day, date(2023, 6, 16)) == 0.0
    assert date_fit(month, date(2021, 6, 30)) == 1.0 and date_fit(month, date(2021, 8, 1)) == 0
    assert date_fit([], date(2023, 6, 3)) == 0.0


def _items(turns: list[Turn]) -> dict[int, str]:
    return dict(turn_windows(turns, centres="all"))


def test_turn_text_reads_speaker_text_and_the_line_before() -> None:
    items = _items([Turn(1, "Jon", "What's the band called?", JUNE_3),
                    Turn(2, "Gina", "Summer Sounds! They played a great pop song.", JUNE_3)])
    turn = parse(items[2])
    assert (turn.speaker, turn.before) == ("Gina", "What's the band called?")
    assert turn.text.startswith("Summer Sounds")
    assert parse(items[1]).before == ""
    plain = parse("[03 June 2023] my dog is called Biscuit")
    assert (plain.speaker, plain.text, plain.before) == ("", "my dog is called Biscuit", "")


def test_the_prior_prefers_reports_and_answers_to_questions_and_reactions() -> None:
    items = _items([
        Turn(1, "Jon", "Wow, you are so talented! What do you paint?", JUNE_3),
        Turn(2, "Gina", "Mostly sunsets. I painted a lake sunrise last year too.", JUNE_3),
        Turn(3, "Jon", "You're amazing!", JUNE_3),
    ])
    asks, answers, reacts = (turn_prior(parse(items[i])) for i in (1, 2, 3))
    assert answers > asks and answers > reacts


def test_search_ranks_the_answer_the_speaker_and_the_named_day(store: Store) -> None:
    mem = LedgerMemory(store)
    uid = store.user_id("sam")
    cid = store.conversation(uid, "sunny")
    sessions = [
        (datetime(2023, 6, 20, tzinfo=UTC), [
            ("Sam", "I started volunteering at the animal shelter, it is great."),
            ("Alex", "Cool! Do you volunteer at the shelter every week?"),
            ("Sam", "Every Saturday morning since last month."),
        ]),
        (JUNE_3, [
            ("Alex", "I walked a big puppy at the dog park."),
            ("Sam", "I walked a tiny puppy at the dog park."),
            ("Sam", "I just started a pottery class yesterday, so relaxing."),
        ]),
    ]
    ids: dict[str, int] = {}
    for at, said in sessions:
        turns = []
        for who, content in said:
            msg = store.add_message(uid, cid, "user", content, at=at)
            ids[content[:12]] = msg.id
            turns.append(Turn(msg.id, who, content, at))
        with store.session() as s:
            mem.write_session(s, uid, cid, turns, centres="all")
    hits = mem.index.search(uid, "How often does Sam volunteer at the shelter?", k=3,
                            kinds=("turn",))
    assert hits[0].source_id in {ids["I started vo"], ids["Every Saturd"]}
    assert ids["Cool! Do you"] not in [h.source_id for h in hits[:2]]
    hits = mem.index.search(uid, "Which puppy did Sam walk at the dog park?", k=1,
                            kinds=("turn",))
    assert hits[0].source_id == ids["I walked a t"]
    for asked in ("What did Sam do on 3 June?", "Which class did Sam start on June 3rd?"):
        hits = mem.index.search(uid, asked, k=1, kinds=("turn",))
        assert hits[0].source_id in {ids["I walked a t"], ids["I just start"]}
