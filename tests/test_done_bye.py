""""ok im done, bye" after a task is a goodbye, not a crisis; the same words alone, after
distress, or "done with everything" keep the crisis reading (round 32's misfire, in
sentences of our own)."""

from __future__ import annotations

import pytest

from amity.nlp.safety.checker import check, is_crisis

_HOMEWORK = ["doing my bio worksheet rn its sooo long", "ok finally finished it"]


@pytest.mark.parametrize(("text", "context"), [
    ("ok im done, bye", _HOMEWORK),
    ("im done. bye", _HOMEWORK),
    ("ok im finally done with my essay bye", ["writing my english essay ugh", "almost there"]),
    ("ok noahs done, bye", ["hi sunny", "my brother noah is hogging the xbox again lol"]),
])
def test_done_with_a_task_then_bye_is_a_goodbye(text: str, context: list[str]) -> None:
    assert not any(v.category == "self_harm" for v in check(text, context))


@pytest.mark.parametrize(("text", "context"), [
    ("ok im done, bye", []),  # alone: the models' reading stands
    ("ok im done, bye", ["i cant do this anymore", "doing homework"]),  # after distress
    ("ok im done, bye", ["i had a good day", "my dog is cute"]),  # no task it could be
    ("im done with everything. bye", _HOMEWORK),  # done with everything is no task
])
def test_done_without_a_task_or_after_distress_stays_a_crisis(text: str,
                                                               context: list[str]) -> None:
    assert is_crisis(check(text, context))
