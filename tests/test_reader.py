"""The memory reader (a fine-tuned cross-encoder) and how recall weighs it."""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from amity.nlp import embed
from amity.types import Message
from amity.voice import recall
from amity.voice.reader import Reader, default_reader, query

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training"))


def _history(*lines: str) -> list[Message]:
    at = datetime(2026, 3, 2, tzinfo=UTC)
    return [Message(i + 1, 1, "user", t, at) for i, t in enumerate(lines)]


def test_the_shipped_reader_finds_the_clause_that_answers() -> None:
    reader = default_reader()
    assert isinstance(reader, Reader)
    clauses = ["i have a maths test on friday", "i caught a largemouth bass like 3 pounds",
               "went fishing with my grandpa at miller lake"]
    p = reader.scores("what kind of fish did i catch with my grandpa", clauses)
    assert p.shape == (3,) and np.all((p >= 0) & (p <= 1))
    assert int(np.argmax(p)) == 1
    logits = reader.logits("whats my dogs name", ["my dog is called pickle", "its raining"])
    assert logits[0] > logits[1]
    assert reader.scores("anything", []).shape == (0,)


def test_a_short_follow_on_is_read_with_the_question_before_it() -> None:
    assert query("and where?", "what did my brother study") == \
        "what did my brother study / and where?"
    assert query("what did my brother study at uni", "hey") == "what did my brother study at uni"


def test_a_question_right_after_the_telling_is_answered() -> None:
    told = "my dog biscuit ate my homework lol"
    said = recall.sayings((), _history("hi im sam", told), "Sam")
    seen: list[str] = []
    reader = default_reader()

    def read(q: str, texts: Sequence[str]) -> np.ndarray:
        seen.append(q)
        return reader.logits(q, texts)

    found = recall.answer("whats my dogs name?", said, embed.encode, told, read)
    assert found is not None and "biscuit" in found.text.lower()
    assert seen == ["whats my dogs name?"]  # a statement just made is no frame for the reader
    recall.answer("and her cat?", said, embed.encode, "whats my sisters name?", read)
    assert seen[-1] == query("and her cat?", "whats my sisters name?")


def test_recall_weighs_the_readers_belief() -> None:
    said = recall.sayings((), _history("went fishing with my grandpa at the lake today",
                                       "i caught a bass and grandpa caught nothing lol"), "Sam")
    question = "what kind of fish did i catch with my grandpa"

    def favour(word: str):  # noqa: ANN202
        def read(q: str, texts: Sequence[str]) -> np.ndarray:
            return np.array([8.0 if word in t else -8.0 for t in texts])
        return read

    for word in ("bass", "lake"):
        found = recall.answer(question, said, embed.encode, read=favour(word))
        assert found is not None and word in found.text


def test_a_clause_the_reader_is_sure_does_not_answer_is_not_said() -> None:
    said = recall.sayings((), _history("my cousin has a dog called rex"), "Sam")
    question = "whats my dogs name"
    assert recall.answer(question, said, embed.encode) is not None  # the words alone match

    def never(q: str, texts: Sequence[str]) -> np.ndarray:
        return np.full(len(texts), -8.0)

    assert recall.answer(question, said, embed.encode, read=never) is None


def test_training_pairs_label_the_clause_holding_the_answer() -> None:
    from reader_data import pairs

    script = {"id": "x", "sessions": [
        {"turns": ["my dog is called pickle", "i have a test friday"]},
        {"turns": ["ok whats my dogs name again lol", "whats my cats name"]}],
        "questions": [{"session": 1, "turn": 0, "expect_any": ["pickle"]}],
        "unknown": [{"session": 1, "turn": 1}]}
    rows = pairs([script], negatives=4, rng=random.Random(0))
    labelled = {(r.query, r.clause): r.label for r in rows}
    assert labelled[("ok whats my dogs name again lol", "my dog is called pickle")] == 1.0
    assert labelled[("ok whats my dogs name again lol", "i have a test friday")] == 0.0
    never = [r for r in rows if r.query.endswith("whats my cats name")]
    assert never and all(r.label == 0.0 for r in never)


def test_training_pairs_read_messages_whole_and_after_the_one_before_as_recall_does() -> None:
    from reader_data import pairs

    told = ["my dog is called pickle, hes a beagle", "he ate my sock lol, so gross"]
    script = {"id": "x", "sessions": [{"turns": told}, {"turns": [
        "ok whats my dogs name again lol", "what did my cat eat yesterday"]}],
        "questions": [{"session": 1, "turn": 0, "expect_any": ["pickle"]}],
        "unknown": [{"session": 1, "turn": 1}]}
    said = recall.sayings((), _history(*told), "Sam")
    whole = {recall.whole_of(s) for s in said} - {""}
    pair = {recall.pair_of(s) for s in said} - {""}
    assert whole and pair  # the texts recall reads at run time
    rows = pairs([script], negatives=8, rng=random.Random(0), longer_negatives=8)
    labelled = {(r.query, r.clause): r.label for r in rows}
    q = "ok whats my dogs name again lol"
    for text in whole | pair:
        assert labelled[(q, text)] == (1.0 if "pickle" in text else 0.0)
    never = [r for r in rows if r.query == "what did my cat eat yesterday"]
    assert {r.clause for r in never} >= whole | pair and all(r.label == 0.0 for r in never)


@pytest.mark.parametrize(("told", "question", "detail"), [
    ("my fav color is green so maybe something green", "whats my fav color", "green"),
    ("i have to say bye to my riding lessons, my horse there is named clover",
     "whats the horse i ride called", "clover"),
    ("also my cat pickles knocked my water bottle onto my laptop today", "whats my cats name",
     "pickles"),
    ("her cat is a sphynx named gollum lmaoo", "whats her cat called", "gollum"),
])
def test_details_the_words_alone_missed(told: str, question: str, detail: str) -> None:
    found = recall.answer(question, recall.sayings((), _history(told), "Sam"), embed.encode)
    assert found is not None and (found.detail or "").lower() == detail


def test_how_long_is_answered_by_since_and_an_age_by_a_birthday() -> None:
    for told, question, word in (("weve been friends since kindergarten",
                                  "how long have we been friends", "kindergarten"),
                                 ("im making a cake for my grandmas 80th birthday",
                                  "how old is my grandma turning", "80th")):
        found = recall.answer(question, recall.sayings((), _history(told), "Sam"), embed.encode)
        assert found is not None and word in found.text, question
    assert recall.is_recall_question("whats lilas cat called lol")


def test_the_reader_weighs_the_whole_message_that_is_said_back() -> None:
    # the words pick "my mom wants me to get a job"; the answer is in the clause beside it,
    # and the whole message is what Sunny says back, so the reader's belief in it counts
    said = recall.sayings((), _history("my mom wants me to get a job this summer, she keeps "
                                       "saying lifeguarding bc i can swim"), "Sam")

    def beside(q: str, texts: Sequence[str]) -> np.ndarray:
        return np.array([4.0 if "lifeguarding" in t else -4.0 for t in texts])

    found = recall.answer("what job did my mom want me to get", said, embed.encode,
                          read=beside)
    assert found is not None and "lifeguarding" in found.text


def test_a_message_read_several_ways_is_one_belief() -> None:
    # the reader reads the answering message as a clause and after the message before it:
    # sure of both, its belief is split between them, and the two together are one pick
    # (no word of the question is in it: only the reader's sure pick answers)
    said = recall.sayings((), _history("the cast list went up today", "im the bakers wife"),
                          "Sam")

    def bakers(q: str, texts: Sequence[str]) -> np.ndarray:
        return np.array([6.0 if "bakers" in t else -6.0 for t in texts])

    assert sum("bakers" in t for t in {x for s in said for x in (s.text, recall.pair_of(s))}) == 2
    found = recall.answer("what role did i get", said, embed.encode, read=bakers)
    assert found is not None and "bakers" in found.text


def test_played_pairs_are_what_the_reader_reads_at_run_time() -> None:
    # the script played through the whole engine: the reader is asked the question with
    # the user's clauses and what memory found (the ledger's fact about the dog among them)
    from reader_played import pairs as played_pairs
    from reader_played import reads

    script = {"id": "p", "sessions": [
        {"days_later": 0, "turns": ["my dog pickle is sleeping on my homework lol",
                                    "i have a maths test on friday"]},
        {"days_later": 7, "turns": ["hiii", "whats my dogs name again",
                                    "whats my cats name"]}],
        "questions": [{"session": 1, "turn": 1, "expect_any": ["pickle"]}],
        "unknown": [{"session": 1, "turn": 2}]}
    got = reads([script])
    asked = {(r.session, r.turn): r for r in got}
    dog = asked[(1, 1)]
    assert dog.query.startswith("whats my dogs name")
    assert "my dog is called Pickle" in dog.texts  # the ledger's fact, as recall reads it
    assert "my dog pickle is sleeping on my homework" in dog.texts  # the user's clause
    rows = played_pairs(got, [script], negatives=4, rng=random.Random(0))
    assert {r.label for r in rows if r.query == dog.query and "pickle" in r.clause.lower()} \
        == {1.0}
    assert all(r.label == 0.0 for r in rows if "cats" in r.query)


def test_contrast_pairs_cut_the_answer_out_and_keep_it_with_a_word_dropped() -> None:
    from reader_data import contrasts

    got = contrasts("whats my dogs name", ["my dog pickle is sleeping on my homework lol"],
                    ["pickle"], "x", random.Random(2))
    assert [(p.clause, p.label) for p in got if p.label == 0.0] == \
        [("my dog is sleeping on my homework lol", 0.0)]
    kept = [p.clause for p in got if p.label == 1.0]
    assert len(kept) == 1 and "pickle" in kept[0] and len(kept[0].split()) == 8
