"""The asked part of a remembered message (session 9: memory answers pasted the whole
message back, "you told me your coworker dev is cool he taught you how to toss dough but
you dropped it on the floor", where a friend says "dev!")."""

from __future__ import annotations

import pytest

from amity.voice.recall_span import span


@pytest.mark.parametrize(("question", "message", "answer"), [
    ("who built the maze again?", "my stepdad rick built him a maze out of cardboard",
     "your stepdad rick"),
    ("what did my grandma make when she came over",
     "okay your grandma came over and made her famous sweet bread", "her famous sweet bread"),
    ("who did i say taught me to toss dough? i think i told u",
     "my coworker dev is cool he taught me how to toss dough but i dropped it on the floor",
     "your coworker dev"),
    ("do u remember what the vice principal said?",
     "he just looked down and said 'al dente' and walked away", "'al dente'"),
    ("what did i say my sister broke?",
     "my sister broke her wrist at gymnastics yesterday so the whole house is chaos",
     "her wrist"),
    ("do u remember why he wanted to come?",
     "my little brother jaylen wants to come watch bc he thinks debate is like wwe lmao",
     "bc he thinks debate is like wwe"),
    ("what game did my grandpa teach me",
     "my grandpa taught me this card game called sueca and i beat him twice",
     "this card game called sueca"),
    ("also what family did i used to babysit for",
     "rehearsals are every day so i cant babysit the hendersons on weekdays anymore",
     "the hendersons"),
])
def test_the_asked_part_is_cut_from_the_message(question: str, message: str,
                                                answer: str) -> None:
    assert span(question, message) == answer


@pytest.mark.parametrize(("question", "message"), [
    ("what instrument do i play", "sam asked if im going to the game bc drumline plays 👀👀"),
    ("what did i get my mom", "i got my mom a necklace"),  # not "your mom"
    ("who helped me", "she helped me so much"),  # "she": nobody named before her
    ("whats my dogs name", "my dog is called pickle"),  # "be": the detail reader's job
    ("who built the maze", "we went to the corn maze on sunday"),  # no one built it here
    ("", "anything"),
])
def test_no_plain_answer_is_none(question: str, message: str) -> None:
    assert span(question, message) is None


@pytest.mark.parametrize(("topic", "text", "name"), [
    ({"spanish", "teach"}, "my spanish teacher is señora vasquez", "Señora Vasquez"),
    ({"old", "best", "friend"}, "and maddie my old best friend didnt even comment", "Maddie"),
    ({"old", "dog"}, "i love my old dog so much", None),
])
def test_a_title_in_spanish_and_a_name_before_who_they_are(topic: set[str], text: str,
                                                          name: str | None) -> None:
    from amity.voice.recall_detail import _title
    from amity.voice.recall_names import names_for
    found = names_for(topic, text, text, strict=True)
    assert (_title(found) if found else None) == name


def test_how_tall_asks_for_a_number() -> None:
    from datetime import UTC, datetime

    from amity.types import Message
    from amity.voice import recall
    said = recall.sayings([], [Message(1, 1, "user", "my little brother is 4 feet tall now",
                                       datetime(2026, 3, 2, tzinfo=UTC))], "sam")
    found = recall.answer("how tall is my brother", said, None)
    assert found is not None and found.detail == "4 feet"


def test_someone_introduced_as_a_lady_named_denise() -> None:
    from amity.voice.recall_detail import _title
    from amity.voice.recall_names import names_for
    text = "my manager is this lady named denise and she seems chill"
    found = names_for({"manag"}, text, text, strict=True)
    assert found is not None and _title(found) == "Denise"
