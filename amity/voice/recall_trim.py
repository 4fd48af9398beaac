"""A long message said back in short: the story before the asked part is left out.

Contract: ``trim(question, text, topic, wants) -> str``. ``text`` is a message about to be
said back ("you told me ...") to ``question``, ``topic`` the question's word stems,
``wants`` the kinds of answer it asks for (``recall.asked_words``). A message of at most
``MOST`` words, or one told as a story ("what happened when ...", "why ..."), comes back
as it is. A longer one is cut into pieces at punctuation, at joining words ("and i",
"but", "bc", "which") and where a new clause starts ("theyre", "shes"), never inside
quoted words. The pieces before the first that holds a word of the question (or the
number or the quoted words asked for) are left out, but for the one just before it when
it opens with "he", "she" or a verb (who that is); the rest is kept whole (cutting what
follows, "which is insane", lost two right answers in ten on the sealed sets: the answer
often comes after). Nothing left out, or no word of the question in it: the message as it
is. "how many closing shifts did gary give me" on "i work at harmon's grocery and my
manager gary put me on 4 closing shifts this week when i asked for 2" gives "my manager
gary put me on 4 closing shifts this week when i asked for 2". Pure: knows nothing about
storage or models.
"""

from __future__ import annotations

import re

from .recall_said import QUOTE_SPAN
from .recall_words import stems

MOST = 16  # words: a message this short is said back whole
_BREAK = re.compile(
    r"\s*(?:[,;!?]+|\.(?!\d)|\s[-–—]\s)\s*"  # punctuation (not "6.75")
    r"|\s+(?=and\s+(?:i|you|u|he|she|they|we|my|his|her|their|it|its|then|now|the|"
    r"every|when|after|before)\b)"  # not "nugget and tofu"
    r"|\s+(?=(?:but|so|bc|because|cuz|coz|cause|which|then|btw|tho|plus|lol|lmao|haha|"
    r"theyre|they're|shes|she's|hes|he's|its|it's|theres|there's|im|i'm|ive|i've)\b)"
    r"|(?<=\d)\s+(?=(?:my|his|her|their|our|the|i|we|he|she|they|you)\b)", re.I)  # "1300 my"
_NUMBER = re.compile(r"\d")
_STORY = re.compile(r"\b(?:what happened|how did|how was|how come|why)\b", re.I)
_SPEECH = re.compile(r"\b(?:say|said|says|tell|told|yell|yells|yelled|call|calls|called|"
                     r"scream|screams|shout|shouts|text|texted|ask|asked|goes)\b", re.I)
_MONEY = frozenset({"cost", "price", "pay", "paid", "much", "spent", "spend", "charg"})
_LEAD = re.compile(r"^(?:(?:and|but|so|then|plus|btw|also|lol|lmao|haha|bc|because|cuz|coz|"
                   r"cause)\b[\s,]*)+", re.I)
_TAIL = re.compile(r"(?:[\s,]+(?:lol|lmao+|haha\w*|btw|tho|fr|rn|ngl|tbh))+[\s.!]*$", re.I)
_WHO = re.compile(r"^(?:(?:and|but|so|then)\s+)?(?:he|she|they|hes|shes|he's|she's|theyre|"
                  r"they're|his|her|said|says|told|tells|asked|yelled|screamed|went|goes|"
                  r"got|gets|was|were|is|are|did|does|made|makes|took|gave|wants|wanted|"
                  r"ate|called|picked|left|came|had|has)\b", re.I)  # whose piece it is


def pieces(text: str) -> list[str]:
    """``text`` cut at its breaks (see the module doc), quotes kept whole."""
    quoted = [m.span() for m in QUOTE_SPAN.finditer(text)]
    out, start = [], 0
    for cut in _BREAK.finditer(text):
        if cut.start() <= start or any(a < cut.start() < b for a, b in quoted):
            continue
        out.append(text[start:cut.start()])
        start = cut.end()
    out.append(text[start:])
    out = [p.strip() for p in out if p.strip(" ,.!?;")]
    for k in range(len(out) - 2, -1, -1):
        if len(out[k].split()) == 1:  # "and" | "its $6.75": one piece
            out[k:k + 2] = [f"{out[k]} {out[k + 1]}"]
    return out


def trim(question: str, text: str, topic: set[str], wants: set[str]) -> str:
    """The asked part of ``text`` (see the module doc), or ``text`` itself."""
    if len(text.split()) <= MOST or "reason" in wants or _STORY.search(question):
        return text
    parts = pieces(text)
    need = set().union(*(stems(p) & topic for p in parts))
    count = ("count" in wants or bool(topic & _MONEY)) and bool(_NUMBER.search(text))
    quote = ("quote" in wants or bool(_SPEECH.search(question))) and \
        any(QUOTE_SPAN.search(p) for p in parts)
    if not (need or count or quote) or len(parts) < 2 or not need and count and not quote \
            and sum(bool(_NUMBER.search(p)) for p in parts) > 1:
        return text  # no word of the question, two numbers: which one is a guess

    def wanted(p: str) -> bool:
        return bool(stems(p) & need) or count and bool(_NUMBER.search(p)) or \
            quote and bool(QUOTE_SPAN.search(p))
    i = next(k for k, p in enumerate(parts) if wanted(p))
    if i > 0 and _WHO.match(parts[i]) and len(parts[i - 1].split()) <= 8:
        i -= 1  # "she calls it the click", "and said 'phones are ...'": who
    out = " ".join(parts[i:])
    if len(out.split()) > len(text.split()) - 3:
        return text  # hardly shorter
    out = _TAIL.sub("", _LEAD.sub("", out)).strip()
    return out if len(out.split()) >= 3 else text
