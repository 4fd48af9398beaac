"""A detail checked against what the teen said: "and its at the loft right? not the
library?" answered "the loft, right!" from their own earlier message.

Contract: ``confirmed(text, history) -> str | None``: the detail a check names when one of
the teen's own earlier statements (not a question, not after "not") says it; None otherwise,
and the usual recall answers the check. In round 33's dev runs a check that followed "what
time ... again" was answered with the time ("7:30!"), the question before it. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..types import Message

#: a detail checked: "and its at the loft right? not the library?", "so its maple lake right"
CHECKED = re.compile(r"^(?:and|wait|also|oh|so) (?:its|it's|it is|it was) (?:at |in |on |called )?"
                     r"(?P<x>[a-z0-9:' -]{2,30}?),? right\b", re.I)


def confirmed(text: str, history: Sequence[Message], remembered: Sequence[str] = ()
              ) -> str | None:
    """The detail a check asks about when the teen's own earlier message says it ("the
    loft" of "its thursday the 19th at the loft"), in this visit or in what memory keeps of
    earlier ones (``remembered``: "and its at bounce zone right? not sky jump?" a visit
    later, round 57 said "14!"), else None (the usual recall answers)."""
    found = CHECKED.match(" ".join(text.lower().split()))
    if found is None:
        return None
    thing = found.group("x").strip()
    words = [w for w in re.findall(r"[a-z0-9:']+", thing) if w not in ("the", "a", "an")]
    told = [m.content.lower() for m in history if m.role == "user" and "?" not in m.content]
    told += [t.lower() for t in remembered if "?" not in t]
    if not words or not any(re.search(rf"(?<!not )\b{re.escape(thing)}\b", t) for t in told):
        return None
    return thing
