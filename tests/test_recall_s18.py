"""Memory answers memory_dev7 and the dev sets missed (session 18): a question with a
topic of its own is read without the question before it, a placing is no time or score,
..."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from amity.nlp import embed
from amity.types import Message
from amity.voice import recall
from amity.voice.reader import default_reader


def _answer(question: str, *lines: str, previous: str = "", read: bool = False
            ) -> recall.Found | None:
    at = datetime(2026, 3, 2, tzinfo=UTC)
    history = [Message(i + 1, 1, "user", t, at) for i, t in enumerate(lines)]
    reader = default_reader() if read else None
    if read and reader is None:
        pytest.skip("the memory reader is not installed")
    return recall.answer(question, recall.sayings((), history, "Sam"), embed.encode,
                         previous, read=reader.logits if reader else None)


def test_a_question_with_its_own_topic_is_read_alone() -> None:
    lines = ("my bearded dragon kevin escaped last night and we found him in my sister "
             "tilly's shoe lmao", "tilly is 10 and she screamed so loud the neighbours came over")
    found = _answer("and how old is tilly", *lines,
                    previous="what's kevin's favourite food, did i say?", read=True)
    assert found is not None and "10" in found.text
    assert recall._leans("and where?") and recall._leans("what was his name again")
    assert not recall._leans("and how old is tilly")


def test_a_placing_is_no_time() -> None:
    assert _answer("whats my pb in backstroke", "came 2nd in 100m backstroke", read=True) is None
    found = _answer("whats my pb in backstroke", "came 2nd in 100m backstroke",
                    "my pb in backstroke is 1:05", read=True)
    assert found is not None and found.detail == "1:05"
    assert recall._placed_only("came 2nd in 100m backstroke")
    assert not recall._placed_only("its my grandmas 80th birthday")
    found = _answer("how old is my grandma turning", "its my grandmas 80th birthday")
    assert found is not None and "80th" in found.text
