"""The memory eval's conversation choice: tune on some LoCoMo conversations, report others."""

from __future__ import annotations

import pytest

from amity.evals.memory import pick


def test_conversations_are_picked_by_number_from_one() -> None:
    assert pick("1-3", 6) == [0, 1, 2]
    assert pick("4-6", 6) == [3, 4, 5]
    assert pick("2,5", 6) == [1, 4]
    assert pick("1-2,2-3", 6) == [0, 1, 2]
    assert pick(None, 3) == [0, 1, 2]


@pytest.mark.parametrize("spec", ["0", "7", "3-1", "a", "1-", "-2"])
def test_a_bad_choice_is_refused(spec: str) -> None:
    with pytest.raises(ValueError):
        pick(spec, 6)
