"""User data printed to a terminal as plain text: no Rich markup, no terminal escapes.

Names, facts, card fields, replies and error messages can hold anything a user (or a card
author, or a model) typed: ``[/bold]`` would crash Rich's markup parser, and raw ESC / CSI /
OSC sequences (colours, cursor moves, OSC-8 links, window titles) would reach the
operator's terminal. ``clean`` replaces every control character but line breaks and tabs,
and the bidirectional overrides that reorder what is shown, with U+FFFD; ``plain`` wraps
the result in a Rich ``Text``, which is never parsed as markup.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls but \t and \n, DEL, C1 controls (incl. CSI 0x9b and OSC 0x9d), and the
# bidirectional embeddings, overrides and isolates
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: object) -> str:
    return _UNSAFE.sub("\ufffd", str(text))


def plain(text: object, style: str = "") -> Text:
    """``text`` as a Rich Text shown verbatim (after ``clean``), in ``style``."""
    return Text(clean(text), style=style)
