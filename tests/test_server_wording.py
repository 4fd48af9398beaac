"""Facts in friendly words for the page: one sentence per fact, "you" for the user."""

from __future__ import annotations

import pytest

from amity.server.wording import friendly


@pytest.mark.parametrize(("fact", "said"), [
    (("User", "has_friend", "best friend", None), "You have a best friend"),
    (("User", "has_sibling", "Maya", None), "Maya is your sibling"),
    (("User", "has_pet", "dog", None), "You have a dog"),
    (("Biscuit", "species", "dog", None), "Biscuit is a dog"),
    (("Maya", "relation", "older sister", None), "Maya is your older sister"),
    (("User", "event", "math exam", "2026-12-04"), "Math exam, Friday 4 December"),
    (("user", "likes", "kites", None), "You like kites"),
    (("User", "age", "15", None), "You're 15"),
    (("User", "lives_in", "York", None), "You live in York"),
    (("Maya", "likes", "puppies", None), "Maya likes puppies"),
    (("User", "collects", "stamps", None), "You collect stamps"),  # unknown: its words
    (("Maya", "collects", "shells", None), "Maya collects shells"),
])
def test_facts_read_like_a_friend_said_them(fact: tuple[str, str, str, str | None],
                                            said: str) -> None:
    assert friendly(*fact) == said
