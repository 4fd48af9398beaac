"""The apostrophes a teen leaves out, put back where the next word leaves no doubt.

Contract: ``apostrophes(text) -> str``: "shell come help on wednesday" -> "she'll come help
on wednesday", "hell be so mad" -> "he'll be so mad", "ill be there" -> "i'll be there",
"well see" -> "we'll see"; a shell, hell, being ill or well said otherwise is left as it is
("a hermit crab shell", "im ill", "it went well"). Round 56 heard "your shell on wednesday"
(a plan named "shell") and "give me the shell recap". The engine reads the message with
them put back (facts, memory search, the voice); the message is stored as the teen typed it.
Pure function over text.
"""

from __future__ import annotations

import re

#: what follows "she'll", "he'll", "i'll" or "we'll" and never a shell, hell, ill or well
_NEXT = (r"(?:be|come|go|get|do|have|make|bring|love|hate|need|want|probably|prob|def|"
         r"definitely|never|always|just|still|text|call|pick|drive|take|help|say|know|see|try|"
         r"win|lose|kill|tell|ask|let|send|show|find|meet|stay|sleep|eat|buy|pay|wait|start|"
         r"finish|miss|like|understand|forget|remember|freak|die|literally|prolly|def|"
         r"totally|actually|only|also)")
_PUT_BACK = re.compile(rf"\b(she|he|we|i)ll(?= {_NEXT}\b)", re.I)
#: "well" before these is a discourse word more often than "we'll" ("well that was fun")
_WELL_NEXT = re.compile(r"(?i)\bwell(?= (?:be|see|probably|prob|def|never|have|need|get|go|"
                        r"find|meet|stay|miss|win|lose|just|try|make)\b)")


def apostrophes(text: str) -> str:
    """``text`` with "she'll", "he'll", "i'll" and "we'll" put back before a verb."""
    def put(m: re.Match[str]) -> str:
        who = m.group(1)
        return f"{who}'ll" if who.lower() != "we" else m.group(0)
    text = _PUT_BACK.sub(put, text)
    return _WELL_NEXT.sub(lambda m: "we'll" if m.group(0).islower() else "We'll", text)
