"""Tears and sorries that are glad: "my grandma cried and took like 200 pics, she said it was
worth the flight", "gave my mom the recipe book and she CRIED", "i got the highest score,
sorry not sorry".

Contract: ``glad_anyway(text) -> bool``: the message's crying or "sorry" is joy's (a gift,
a surprise, pride, pictures, "worth it", "happy tears") and nothing in it is a loss, a
hurt or a fight. Rounds 72-74 met such messages with "oh no, that sounds really rough 🫂"
and "I'm sorry, that sounds like it's been weighing on you" (both rated not sensible).
Shouted good news whose hard words are only its back story ("were adopting a kitten!!!
shes orange and only has one eye bc she had a bad infection") is glad too. Pure functions
over text.
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
                  r"birthday|anniversary|christmas|recipe book|card|hero|touching|meant so much|"
                  r"made my day|so cool)\b", re.I)
#: what keeps tears sad: a loss, a hurt, a fight, a worry
_SAD = re.compile(r"\b(?:died|dead|passed away|funeral|sick|hospital|hurt|hurts|lost|"
                  r"miss(?:es|ed)?|broke up|fight|fought|yelled|mean|sad|alone|lonely|awful|"
                  r"terrible|scared|"
                  r"worried|anxious|stress\w*|failed|fired|divorce|sorry for|bad news|"
                  r"ruined|embarrass\w*|humiliat\w*|bullied|laughed at|nobody|no one|forgot|"
                  r"left out|ignored)\b", re.I)
_SORRY_NOT = re.compile(r"\bsorry not sorry\b|\bnot even sorry\b", re.I)


def glad_anyway(text: str) -> bool:
    """The crying or the "sorry" of ``text`` is glad, or its sad words are only the back
    story of shouted good news (see the module doc)."""
    if _backstory(text) or _TRIUMPH.search(text) and not _LOST.search(text):
        return True  # ("WE WON 5-3 😤": not "ugh 😤"; "sunny i did it!! i rode the bus alone
        # to my first shift": not lonely, round 75)
    if _THRILLED.search(text) and not _SAD.search(text):
        return True  # "our husky juniper is gonna lose her mind. she lives for snow"
    if _WORTH.search(text):
        return True  # "she made empanadas for everyone, lowkey worth losing my room for"
        # (round 76: "aw, that's a bummer 😕")
    if _SAD.search(text):
        return False
    return bool(_SORRY_NOT.search(text) or _TEARS.search(text) and _JOY.search(text))


#: good news shouted: "were adopting a kitten!!!", "we got a puppy!!"
_GLAD_NEWS = re.compile(r"\b(?:adopt\w*|got|getting|new|won|finally|yay|love|made)\b[^.?]*!{2,}",
                        re.I)
_WHY = re.compile(r"\b(?:bc|because|cuz|since)\b", re.I)
_HARD = re.compile(r"\b(?:bad|infection|sick|hurt|injured|lost|abandoned|surgery|blind|"
                   r"rescued?|shelter|stray|one eye|three legs|3 legs)\b", re.I)


#: a loss called worth it: "lowkey worth losing my room for", "so worth the wait"
_WORTH = re.compile(r"(?<!not )(?<!isnt )(?<!wasnt )(?<!n't )\b(?:totally |so |lowkey |honestly |"
                    r"still |def |definitely )?worth (?:it|losing|giving up|the wait|every|missing|"
                    r"the (?:money|drive|trip|hype))\b", re.I)


#: a win told: "WE WON 5-3 😤", "we beat them!!"
_TRIUMPH = re.compile(r"\b(?:we|i) (?:won|beat (?:them|em|'em|the)|crushed (?:them|it)|"
                      r"killed it|nailed it)\b|\b(?:we|i) did it\s*!", re.I)
_LOST = re.compile(r"\b(?:lost|lose|losing|robbed|cheated|unfair|injured|hurt)\b", re.I)
#: thrill said as an idiom of losing it: "gonna lose her mind", "she lives for snow"
_THRILLED = re.compile(r"\b(?:gonna|going to|will|is gonna|about to) (?:lose|lost) (?:his|her|"
                       r"their|my|its) minds?\b[^.!?]*(?:[.!?]\s*\w[^.!?]*)?\b(?:lives? for|"
                       r"loves?|obsessed|excited|hyped|so happy)\b|\blives? for (?:snow|"
                       r"walks|treats|kids|attention|the beach|car rides)\b", re.I)


def _backstory(text: str) -> bool:
    """Shouted good news whose hard words come only after its "bc" ("were adopting a
    kitten!!! shes orange and only has one eye bc she had a bad infection": round 74 met it
    with "oh no. I'm sorry it turned out like this")."""
    cut = _WHY.search(text)
    head = text[:cut.start()] if cut else text
    return bool(_GLAD_NEWS.search(head) and not _SAD.search(head) and
                (cut is not None and _HARD.search(text[cut.end():]) or _HARD.search(head)))
