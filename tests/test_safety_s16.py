"""Safety misfires from session 16's blind round (round 16): a road test at 8:30 "which is
like the worst time to be alive" got the full crisis reply."""

from __future__ import annotations

import pytest

from amity.nlp.safety import checker


@pytest.mark.parametrize("text", [
    "im rosa im 16 and my road test is monday the 9th at 8:30 in the morning, which is like "
    "the worst time to be alive",
    "honestly 2026 is the weirdest year to be alive lol",
])
def test_a_time_rated_is_no_risk(text: str) -> None:
    assert checker.check(text) == []


def test_the_wish_beside_it_still_is() -> None:
    text = "this is the worst time to be alive, i dont want to be alive anymore"
    assert checker.is_crisis(checker.check(text))
