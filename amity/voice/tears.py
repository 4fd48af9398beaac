"""Tears and sorries that are glad: "my grandma cried and took like 200 pics, she said it was
worth the flight", "gave my mom the recipe book and she CRIED", "i got the highest score,
sorry not sorry".

Contract: ``glad_anyway(text) -> bool``: the message's crying or "sorry" is joy's (a gift,
a surprise, pride, pictures, "worth it", "happy tears") and nothing in it is a loss, a
hurt or a fight. Rounds 72-74 met such messages with "oh no, that sounds really rough 🫂"
and "I'm sorry, that sounds like it's been weighing on you" (both rated not sensible).
Pure functions over text.
"""

from __future__ import annotations

import re

__all__ = ["glad_anyway"]

_TEARS = re.compile(r"\b(?:cried|cries|crying|cry|tears|teared up|tearing up|sobbed|sobbing|"
                    r"bawled|bawling|weeping)\b", re.I)
#: what tears of joy come with: a gift or a surprise, pride, pictures, "worth it"
_JOY = re.compile(r"\b(?:surprised?|happy|proud|worth|loved? it|so sweet|sweetest|best|hugged|"
                  r"hugs?|pics|pictures|photos|gift|present|thank(?:ed|s)?|amazing|beautiful|"
                  r"so cute|in a good way|happy tears|good tears|framed|keeps? it|won|"
                  r"got in|accepted|graduat\w*|wedding|engaged|proposed|new baby|born|gave|"
                  r"birthday|anniversary|christmas|recipe book|card)\b", re.I)
#: what keeps tears sad: a loss, a hurt, a fight, a worry
_SAD = re.compile(r"\b(?:died|dead|passed away|funeral|sick|hospital|hurt|hurts|lost|"
                  r"miss(?:es|ed)?|broke up|fight|fought|yelled|mean|sad|alone|lonely|awful|"
                  r"terrible|scared|"
                  r"worried|anxious|stress\w*|failed|fired|divorce|sorry for|bad news|"
                  r"ruined|embarrass\w*|humiliat\w*|bullied|laughed at|nobody|no one|forgot|"
                  r"left out|ignored)\b", re.I)
_SORRY_NOT = re.compile(r"\bsorry not sorry\b|\bnot even sorry\b", re.I)


def glad_anyway(text: str) -> bool:
    """The crying or the "sorry" of ``text`` is glad (see the module doc)."""
    if _SAD.search(text):
        return False
    return bool(_SORRY_NOT.search(text) or _TEARS.search(text) and _JOY.search(text))
