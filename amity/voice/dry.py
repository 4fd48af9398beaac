"""A let-down said with a dry "great" after it: "my dad has a work trip thursday so hes gonna
miss all the setup. great", "its raining on my birthday, love that for me".

Contract: ``dry(text) -> bool``: the message ends with a lone glad word ("great", "perfect",
"love that", "awesome", "cool", "fun", "yay", with a 🙄 or 🙃 or a full stop at most) said
after a let-down (someone missing it, something that can't or won't happen, "again", "ugh",
"stuck", "have to"). Round 74 met the first with "work trip!! love that 😊". Pure
functions over text.
"""

from __future__ import annotations

import re

__all__ = ["dry"]

_WORD = (r"(?:great|perfect|awesome|amazing|fantastic|wonderful|cool|fun|yay|nice|"
         r"love that(?: for me)?|love (?:it|this)|just great|so fun|living the dream|"
         r"what a (?:day|week|time))")
#: the dry word said on its own after a stop or a comma, or with an eye-roll after it
_DRY_END = re.compile(rf"(?:[.,…]\s*{_WORD}\s*[.!]*|\s{_WORD}\s*[.!]*\s*(?:🙄|🙃|😒|😑|🫠)+)"
                      r"\s*(?:🙄|🙃|😒|😑|🫠)*\s*$", re.I)
_LET_DOWN = re.compile(r"\b(?:miss(?:es|ing)?|(?:cant|can't|wont|won't) (?:go|come|make it|be "
                       r"there)|again|ugh+|stuck|have to|has to|cancel+ed|raining|sick|"
                       r"without (?:me|us)|alone|forgot|lost|broke|grounded|detention|"
                       r"all (?:day|weekend|night) long)\b", re.I)


def dry(text: str) -> bool:
    """``text`` ends with a dry glad word after a let-down (see the module doc)."""
    end = _DRY_END.search(text)
    return end is not None and end.start() > 0 and bool(_LET_DOWN.search(text[:end.start()]))
