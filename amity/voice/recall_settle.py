"""A found memory answer settled against what the teen said since and what was asked.

Contract: ``settled(found, question, said, read_span)`` returns ``found`` put right:
- found by the answer-span reader (``read_span``), with the corrections told since applied
  ("the contest is at 2:15", then "wait no its at 1:30 not 2:15": 1:30, round 44);
- a detail read as "no X" ("wait no zoe cant come... my cousin ezra is coming instead"):
  the other one named (Ezra, round 44 said "no zoe");
- the start or the end of a span where the question asks for one ("when does it start":
  4pm of "4 to 8pm", round 44 said 8pm).
Pure functions over the found answer and the teen's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..nlp.facts.lexicon import is_first_name
from .recall import Found, Said, fixed_after
from .recall_fix import span_end


def settled(found: Found, question: str, said: Sequence[Said], read_span: bool) -> Found:
    if read_span:
        fix = fixed_after(Said("", "", 0.0, fact=True, line=found.text), said)  # (the line
        # found, that a fix of its own value is not read as another's: "8 months not 7")
        found = replace(found, text=fix(found.text),
                        detail=fix(found.detail) if found.detail else found.detail)
    if found.detail and (no := re.fullmatch(r"no (\w+)", found.detail, re.I)):
        other = next((w for w in re.findall(r"[a-z]+", found.text.lower()) if w != no.group(1)
                      and is_first_name(w) and w not in ("no", "told")), None)
        found = replace(found, detail=other.capitalize() if other else no.group(1).capitalize())
    if found.detail and (end := span_end(question, found.detail,
                                         [s.line or s.text for s in said if not s.fact])) != \
            found.detail:
        found = replace(found, text=found.text.replace(found.detail, end), detail=end)
    return found
