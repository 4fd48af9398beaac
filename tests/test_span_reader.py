"""The answer-span reader (``voice.span_reader``) and the fallback that uses it
(``voice.recall_spanned``): the words of an earlier message that answer a memory question
the rules left unanswered, and no answer when nothing told answers it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from amity.app import build_engine
from amity.backends import ScriptedBackend
from amity.config import Settings
from amity.voice.recall_said import Said
from amity.voice.recall_spanned import FLOOR, READ_AGREES, spanned
from amity.voice.span_reader import MODEL_PATH, Span, SpanReader, best_span


def _logits(n: int, start: dict[int, float], end: dict[int, float]) -> np.ndarray:
    out = np.zeros((n, 2), dtype=np.float32)
    for i, v in start.items():
        out[i, 0] = v
    for i, v in end.items():
        out[i, 1] = v
    return out


def test_best_span_is_inside_the_message_and_scored_against_no_answer() -> None:
    # tokens: [CLS] q q [SEP] m m m [SEP]; the question's tokens score higher but are not
    # the message's
    seg = [0, 0, 0, 0, 1, 1, 1, 0]
    lg = _logits(8, {0: 1.0, 1: 9.0, 5: 4.0}, {0: 1.0, 2: 9.0, 6: 3.0})
    score, a, b = best_span(lg, seg)
    assert (a, b) == (5, 6)
    assert score == pytest.approx(4.0 + 3.0 - 2.0)


def test_best_span_never_ends_before_it_starts() -> None:
    seg = [0, 0, 1, 1, 1, 0]
    lg = _logits(6, {2: -20.0, 3: -20.0, 4: 5.0}, {2: 9.0, 4: 1.0})
    _, a, b = best_span(lg, seg)
    assert a <= b and (a, b) == (4, 4)


def test_best_span_of_an_empty_message() -> None:
    assert best_span(_logits(3, {}, {}), [0, 0, 0])[1:] == (0, 0)


def _said(*lines: str) -> list[Said]:
    return [Said(line, line, float(i + 1), line=line) for i, line in enumerate(lines)]


class _Fixed:
    """A span reader that finds ``words`` in whichever text holds them, scored ``score``."""

    def __init__(self, words: str, score: float) -> None:
        self.words, self.score = words, score
        self.seen: list[str] = []

    def __call__(self, query: str, texts: Sequence[str]) -> Span | None:
        self.seen = list(texts)
        for i, t in enumerate(texts):
            if self.words in t:
                return Span(self.words, i, self.score)
        return None


def _agrees(logit: float):  # noqa: ANN202 (a memory reader giving every clause ``logit``)
    return lambda query, clauses: np.full(len(clauses), logit, dtype=np.float32)


def test_spanned_says_the_words_back_in_the_second_person() -> None:
    said = _said("omg i stayed at my aunts house all weekend", "school was long")
    got = spanned("where did i stay this weekend", "", said, _Fixed("my aunts house", 6.0),
                  _agrees(3.0))
    assert got is not None
    assert got.detail == "your aunts house"
    assert "aunts house" in got.text


def test_spanned_below_the_floor_is_no_answer() -> None:
    said = _said("my cat is called mochi")
    agrees = _agrees(READ_AGREES + 1.0)
    assert spanned("whats my cats name", "", said, _Fixed("mochi", FLOOR - 0.5), agrees) is None
    assert spanned("whats my cats name", "", said, _Fixed("mochi", FLOOR + 0.5), agrees)


def test_spanned_needs_the_memory_reader_to_agree() -> None:
    said = _said("my cat is called mochi")
    sure = _Fixed("mochi", FLOOR + 20.0)
    assert spanned("whats my cats name", "", said, sure, _agrees(READ_AGREES - 1.0)) is None
    assert spanned("whats my cats name", "", said, sure, None) is None
    assert spanned("whats my cats name", "", said, sure, _agrees(READ_AGREES + 1.0))


def test_spanned_never_answers_with_the_questions_own_words_or_a_pronoun() -> None:
    said = _said("my dog pickle is sleeping on my homework", "he is so lazy")
    agrees = _agrees(READ_AGREES + 3.0)
    assert spanned("whats my dogs name", "", said, _Fixed("dog", 9.0), agrees) is None
    assert spanned("whats my dogs name", "", said, _Fixed("he", 9.0), agrees) is None
    assert spanned("whats my dogs name", "", said, _Fixed("pickle", 9.0), agrees)


def test_spanned_reads_the_users_messages_not_the_ledger() -> None:
    said = [Said("I have a dog named Rex", "I have a dog named Rex", 0.0, fact=True),
            *_said("i walked the dog today")]
    reader = _Fixed("Rex", 9.0)
    assert spanned("whats my dogs name", "", said, reader, _agrees(READ_AGREES + 3.0)) is None
    assert reader.seen == ["i walked the dog today"]


@pytest.mark.skipif(not MODEL_PATH.is_file(), reason="the span reader's file is not shipped")
def test_the_shipped_span_reader_finds_the_answer_and_not_an_untold_one() -> None:
    reader = SpanReader()
    texts = ["ugh chem was so boring today", "my little brother cody is 9 and wants a lamb",
             "we got a new puppy and named her biscuit"]
    got = reader.best("whats my puppys name", texts)
    assert got is not None and got.index == 2 and "biscuit" in got.words.lower()
    got = reader.best("how old is cody", texts)
    assert got is not None and got.index == 1 and "9" in got.words
    never = reader.best("whats my grandmas name", ["ugh chem was so boring today"])
    assert never is None or never.score < FLOOR


def test_spanned_answers_of_the_person_asked_about() -> None:
    said = _said("i have a betta named sushi", "my friend chloe came over, shes 11")
    reader = _Fixed("11", FLOOR + 5.0)
    assert spanned("how old is sushi", "", said, reader, _agrees(3.0)) is None
    said = _said("i have a betta named sushi", "sushi is 11 now")
    assert spanned("how old is sushi", "", said, reader, _agrees(3.0))


@pytest.mark.skipif(not MODEL_PATH.is_file(), reason="the span reader's file is not shipped")
def test_sunny_answers_what_only_the_span_reader_finds_and_not_what_was_never_told(
        tmp_path: Path) -> None:
    engine = build_engine(Settings(home=tmp_path, backend="scripted"),
                          backend=ScriptedBackend(["model says hi"]))
    for text in ("hi", "i'm 15", "ok so we went to nikos diner after the game and i always "
                 "get the chicken plate with extra garlic lol", "anyway school tmrw ugh"):
        engine.respond("sam", text)
    reply = engine.respond("sam", "what do i always get there")
    assert reply.source == "skill:memory" and "chicken plate" in reply.text.lower()
    never = engine.respond("sam", "whats the name of the waitress there")
    assert never.source != "skill:memory"
