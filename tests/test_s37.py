"""Session 37: a long post whose risk is said in one passage without words of death or harm
("i dont think ill still be here next thursday tho, ive been looking at the train times"),
read by the risk encoder as a chat message would be; the same post with the passage made
harmless, or the risk someone else's, stays ordinary."""

from __future__ import annotations

import pytest

from amity.nlp.safety.checker import check, is_crisis

_CONCERT = ("orchestra concert is next thursday and im first chair viola now!! mr diaz said i "
            "improved a ton this year. we're playing a medley from a video game and the ending "
            "is so hard, my bow keeps slipping on the fast part. my grandma is coming to watch "
            "which is nice. {risk} also can u help me remember the notes for a d major scale lol")


def test_long_post_passage_of_risk_without_words_is_crisis() -> None:
    text = _CONCERT.format(risk="i dont think ill still be here next thursday tho, ive been "
                                "looking at the train times and i know which one.")
    assert is_crisis(check(text, ["age:13-15"]))


@pytest.mark.parametrize("risk", [
    "i dont think ill be at school next thursday tho, we take the train to regionals and i "
    "know which one.",
    "my brother doesnt think he'll still be here next thursday tho, hes been looking at the "
    "train times.",
])
def test_long_post_twin_stays_ordinary(risk: str) -> None:
    assert not is_crisis(check(_CONCERT.format(risk=risk), ["age:13-15"]))
