"""Which of Sunny's own topics a question about Sunny asks: a written topic by its longest
keyword ("whats ur favorite movie": ``about_topic``), or a favourite no topic covers ("whats
ur fav kind of bread": ``favourite_asked``, the topic ``favorite_other`` with the thing
asked of). Pure functions over the text and the topics of ``skills.json``; used by
``amity.voice.reading.act``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lines import Topic

#: Sunny's favourite of something no written topic covers: "whats ur fav kind of bread"
_FAV_OF = re.compile(r"\b(?:ur|your|you'?re|youre|u|(?:u|you) (?:have|got) an?) "
                     r"(?:all ?time |absolute |top )?"
                     r"(?:fav|fave|favou?rite)\s+(?:kind of |type of |sort of )?"
                     r"(?P<thing>[a-z]+(?: [a-z]+)?)")
_NOT_THINGS = frozenset("thing things one part person is was would and or to of in on at the a "
                        "about".split())
_TAILS = frozenset("ever right rn now lol tho".split())


def favourite_asked(text: str) -> Topic | None:
    """A question for Sunny's favourite of a thing no topic knows ("whats ur fav kind of
    bread, mine is sourdough"): the topic ``favorite_other`` with the thing asked of, its
    answers in the ``about_favorite_other`` lines (``{thing}``)."""
    found = _FAV_OF.search(text)
    if found is None:
        return None
    words = found.group("thing").split()
    if words[0] in _NOT_THINGS:
        return None  # "whats ur fav thing about me": not a kind of thing
    if len(words) > 1 and words[1] in _NOT_THINGS | _TAILS:
        words = words[:1]  # "whats ur fav bird ever": the bird
    return Topic("favorite_other", (), (" ".join(words),))


def about_topic(text: str, about: Sequence[Topic]) -> Topic | None:
    """The topic of a question about Sunny, by its longest matching keyword."""
    best: tuple[int, Topic] | None = None
    # "whats ur fav time of day": the keyword is "favorite time of day" (round 57 left it to
    # the model, which said "I'm an AI, not a human.")
    text = re.sub(r"\b(?:fav|fave|favourite|fav'?rite)\b", "favorite", text)
    for topic in about:
        for keyword in topic.keywords:
            hit = re.search(rf"\b{re.escape(keyword.lower())}\b", text)
            if hit and (best is None or len(keyword) > best[0]):
                best = (len(keyword), topic)
    return best[1] if best else None
