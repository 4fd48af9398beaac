"""Safety misfires found in session 17's memory conversations: a goodbye with "luv u" is
the end of a chat, not a goodbye of risk."""

from __future__ import annotations

import pytest

from amity.nlp.safety import check, is_crisis


@pytest.mark.parametrize("text", ["ok bye luv u", "bye luv u", "ok byeee ilysm",
                                  "ok bye lub u sm"])
def test_a_loving_sign_off_is_no_crisis(text: str) -> None:
    assert not is_crisis(check(text))


def test_a_goodbye_of_risk_still_is() -> None:
    assert is_crisis(check("bye. love you all. im sorry"))
