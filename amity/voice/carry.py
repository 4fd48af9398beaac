"""A short message that goes on with the let-down just told keeps its feeling.

Contract: ``carried(text, last_reply) -> str | None``: the low mood ("angry" for an
annoyance, "sad" otherwise) that ``text`` carries on from, when Sunny's last reply met a
let-down (``_MET_LOW``: "ugh, you got paint on your brand new white vans?? 😩 that's so
annoying") and ``text`` only adds to it ("they were a birthday present from my abuela too so
💀", "we spent like 2 hours on it"): its subject points back (it, they, we), it says nothing
bright, and its only laugh, if any, is a 💀 or a 😭. None otherwise. Round 71 met those two
with "omg birthday 😂" and "you spent 2 hours on it?! that's awesome 😄" (both worst
replies). Pure functions over text.
"""

from __future__ import annotations

import re

from .reading import BRIGHT, GOOD_NEWS, LAUGH

#: Sunny's reply met a let-down: its words or emoji of sympathy or annoyance
_MET_LOW = re.compile(r"😩|😕|😞|😢|\b(?:ugh+|oof|oh no|sorry|that stinks|so annoying|the worst|"
                      r"brutal|not fair|ouch|not ideal|bummer)\b", re.I)
_ANNOYED = re.compile(r"😩|😤|\b(?:ugh+|annoying|the worst|brutal|not fair|classic)\b", re.I)
#: a message that adds to what was just told: it points back at it
_BACK = re.compile(r"^(?:(?:and|but|so|plus|also|like|ngl|literally|honestly|bc|cuz)\s+)*"
                   r"(?:we|they|it|that|thats|that's|those|these|he|she)\s+(?:\w+\s+)?"
                   r"(?:was|were|had|took|spent|cost|costs|got|is|are|just|literally)\b",
                   re.I)
#: the laughs that also say "I'm done" (💀, 😭): no other laugh may be there
_DARK = re.compile(r"💀|😭")
_GLAD = re.compile(r"!!|😄|😊|😁|🥳|🎉|😍|🥰|❤️|\b(?:yay|lets go|let's go|w(?:oo)+|finally|"
                   r"at least|anyway|anyways|though|tho|but (?:now|then|it)|luckily|won|"
                   r"wins?|winning|"
                   r"(?:first|1st|second|2nd|third|3rd) place|passed|got in|made it|fixed|"
                   r"saved|best|love\w*|cute|sweet|proud|fav|fave|favou?rite|nuts for)\b", re.I)


def carried(text: str, last_reply: str) -> str | None:
    """The low mood ``text`` carries on from Sunny's last reply, or None (module doc)."""
    if not last_reply or not _MET_LOW.search(last_reply) or "?" in text:
        return None
    if len(text.split()) > 20 or not _BACK.search(text):
        return None
    if _GLAD.search(text) or BRIGHT.search(text) or GOOD_NEWS.search(text):
        return None
    if LAUGH.search(_DARK.sub(" ", text)):
        return None  # a real laugh ("lol", 😂) laughs it off: it is met as told
    return "angry" if _ANNOYED.search(last_reply) else "sad"
