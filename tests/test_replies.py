"""Reply cleaning and input checks, including property tests on arbitrary text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from amity import EmptyMessageError, MessageTooLongError
from amity.replies import clean_input, clean_reply, is_repeat


def test_role_prefix_and_user_lines_are_removed() -> None:
    raw = "Sunny: Aww, that's sweet! 🐶\nUser: thanks\nSunny: np"
    assert clean_reply(raw, "sam", "Sunny") == "Aww, that's sweet! 🐶"


def test_a_half_sentence_left_by_max_tokens_is_dropped() -> None:
    raw = "That's great news! I bet your mom was so"
    assert clean_reply(raw, "sam", "Sunny", truncated=True) == "That's great news!"
    assert clean_reply(raw, "sam", "Sunny", truncated=False) == raw


def test_repeats_are_detected_by_overlap() -> None:
    assert is_repeat("How was your day?", ["how was your day"])
    assert is_repeat("So, how was your day today?", ["How was your day today?"])
    assert not is_repeat("Cool!", ["That is so cool, tell me more about the game!"])
    assert not is_repeat("What did you eat?", [])


@given(st.text(max_size=2000))
def test_clean_input_returns_clean_text_or_a_clear_error(text: str) -> None:
    try:
        out = clean_input(text, 1000)
    except (EmptyMessageError, MessageTooLongError):
        return
    assert out == out.strip() and out
    out.encode("utf-8")
    assert not any(ord(c) < 32 and c not in "\n\t" for c in out)


@given(st.text(max_size=500), st.text(min_size=1, max_size=20))
def test_clean_reply_never_grows_or_crashes(raw: str, user: str) -> None:
    out = clean_reply(raw, user, "Sunny", truncated=True)
    assert len(out) <= len(raw) + 1


@pytest.mark.parametrize("name", ["sam", "a.b*c(", "User"])
def test_odd_user_names_are_escaped(name: str) -> None:
    assert clean_reply(f"Hi!\n{name}: hey", name, "Sunny") == "Hi!"
