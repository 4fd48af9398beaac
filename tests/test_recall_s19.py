"""Session 19: whole titles and names in memory answers (round 18's raters: "of mice and"
for the book, "Ocean" for the glaze Ocean Drift)."""

from __future__ import annotations

from test_recall_s17 import _answer

from amity.voice.recall_span import span


def test_a_title_joined_by_and_is_kept_whole() -> None:
    got = span("what book was i reading for english",
               "i have to read 3 chapters of of mice and men for mr dunleavy by tomorrow")
    assert got is not None and got.endswith("of mice and men")


def test_a_two_word_name_before_a_comma_is_said_whole() -> None:
    found = _answer("whats the name of the glaze i picked",
                    "im also making a bowl for my moms birthday which is sunday the 19th. i "
                    "picked a glaze called ocean drift, its speckled blue")
    assert found is not None and found.detail == "Ocean Drift"


def test_a_one_word_name_keeps_its_own_length() -> None:
    found = _answer("whats my cats name", "my cat is called max, hes 3 and so lazy")
    assert found is not None and found.detail == "Max"
