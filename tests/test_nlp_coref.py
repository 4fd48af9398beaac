"""amity.nlp.facts.coref: who "she", "he", "they", "it", "his", "her" refer to in a chat."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amity.nlp.facts.coref import resolve
from amity.nlp.facts.coref_features import FEATURES, load_weights
from amity.nlp.facts.lexicon import name_gender


def antecedents(text: str, context: tuple[str, ...] = ()) -> dict[str, str]:
    return {r.mention.lower(): r.antecedent for r in resolve(text, context)}


def test_she_from_context() -> None:
    [res] = resolve("she just got a puppy", ["my sister Maya is visiting"])
    assert (res.mention, res.antecedent, res.source) == ("she", "Maya", 0)
    assert (res.start, res.end) == (0, 3)
    assert "my sister Maya is visiting"[res.ant_start:res.ant_end] == res.antecedent_text


def test_gender_picks_between_two_people() -> None:
    ctx = ("my brother Tom and my sister Maya came over",)
    assert antecedents("He is so annoying", ctx) == {"he": "Tom"}
    assert antecedents("She is so annoying", ctx) == {"she": "Maya"}


def test_name_gender_from_list() -> None:
    assert antecedents("She said hi", ("Emma and Jake went to the park",)) == {"she": "Emma"}
    assert antecedents("He said hi", ("Emma and Jake went to the park",)) == {"he": "Jake"}


def test_it_takes_a_thing_not_a_person() -> None:
    got = antecedents("Maya got a new bike. She rides it everywhere.")
    assert got == {"she": "Maya", "it": "bike"}


def test_pet_named_in_same_message() -> None:
    assert antecedents("I have a dog named Biscuit and he loves bacon") == {"he": "Biscuit"}


def test_chain_stays_on_the_same_person() -> None:
    res = resolve("She loves it.", ["My friend Maya got a kitten.", "She named it Luna."])
    got = {r.mention: r.antecedent for r in res}
    assert got["She"] == "Maya"


def test_they_for_a_group() -> None:
    got = antecedents("my mom and dad are divorced, they live apart")
    assert got["they"] == "user's mom and dad"


def test_unnamed_relation_label() -> None:
    assert antecedents("she is a nurse", ("my aunt is visiting",)) == {"she": "user's aunt"}


def test_no_antecedent_no_resolution() -> None:
    assert resolve("he is so annoying") == []
    assert resolve("I love my cat", []) == []


def test_bad_input() -> None:
    for text in ["", "   ", "\U0001F600", "\ud800", "x" * 100_000]:
        assert isinstance(resolve(text, ["\udfff", ""]), list)
    assert resolve(None) == []  # type: ignore[arg-type]


def test_shipped_weights_and_names() -> None:
    weights = load_weights("snippet")
    assert len(weights.w) == len(FEATURES)
    assert any(w != 0 for w in weights.w)
    assert name_gender("Maya") == "f" and name_gender("Jake") == "m"
    assert name_gender("Alex") is None and name_gender("") is None


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from("she he it they his her Maya Tom dog my sister and got a "
                                "the , . loves".split()), max_size=20).map(" ".join),
       st.lists(st.text(max_size=30), max_size=2))
def test_resolve_spans_inside(text: str, context: list[str]) -> None:
    for r in resolve(text, context):
        assert text[r.start:r.end] == r.mention
        source = text if r.source == -1 else context[r.source]
        assert source[r.ant_start:r.ant_end] == r.antecedent_text


def test_gap_eval_without_data_says_where(tmp_path) -> None:
    from amity.evals.coref import run

    with pytest.raises(FileNotFoundError, match="gap-test.tsv"):
        run(tmp_path)
