"""A memory question that offers its answers: "office manager or receptionist?", "was it
coco or nadia who posted the pic?", "and which one did i want, the teal or the pink".

Contract: ``options(question) -> (left, right)`` gives the words of the two choices around
its "or" (each up to three words, nearest the "or" first), or None when it offers none.
``chosen(question, said) -> (option, Said) | None``: when the user told exactly one of
the two (in any clause, by word stems: "she snowboards" tells "snowboard"), that option
and the newest clause that tells it; when they told both, the one said nearest the
question's other words ("who posted the pic": "coco posted a pic"); None when they told
neither, it cannot tell, or a choice was put right ("wait it's a star not a moon": the
rules decide then). Pure text work over ``Said`` clauses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .recall_said import Said
from .recall_words import CORRECTION, stems

_OR = re.compile(r"([a-z' ]+?)\s+or\s+([a-z' ]+)", re.I)
_LEAD = frozenset("the a an my our his her their it was is were are did does do i he she "
                  "they we you u one which what who like".split())
_STOP_AFTER = re.compile(r"\s+(?:who|that|which|when|where|for|at|in|on|lol|lmao|again|"
                         r"tho|right|than|i|he|she|they|we|did|was|is)\b.*$")


def _words(phrase: str, last: bool) -> list[str]:
    """The words of one choice: the last of ``phrase`` after its last plain word ("keep the
    navy" -> "navy"), or its first before one ("black one" -> "black")."""
    words = phrase.lower().split()
    if last:
        cut = max((i for i, w in enumerate(words) if w in _LEAD), default=-1)
        return words[cut + 1:][-3:]
    while words and words[0] in _LEAD:
        words = words[1:]
    end = next((i for i, w in enumerate(words) if w in _LEAD), len(words))
    return words[:min(end, 3)]


def options(question: str) -> tuple[list[str], list[str]] | None:
    """The choices offered around the question's "or" (see the module doc), or None."""
    low = question.lower()
    for part in re.split(r"[?!.,;:]+", low):
        m = _OR.search(part)
        if not m or re.search(r"\bor (?:not|something|smth|whatever|so|the other|another|"
                              r"other|else)\b", part) or re.search(r"\b(?:who|that|which)\b",
                                                                    m.group(1).split(",")[-1]):
            continue  # "the tita who sent the blurry pics or the other one": no two told
        # after whose it is: "is my sister older or younger" offers "older"
        left = _words(re.split(r"\b(?:my|our|his|her|their|your|ur) [a-z']+\s", m.group(1))[-1],
                      last=True)
        right = _words(_STOP_AFTER.sub("", f" {m.group(2)}"), last=False) or (
            ["right"] if left == ["left"] and m.group(2).startswith("right") else [])
        # ("left or right?": the side, not a check's "right?")
        if left and right and not set(left) & set(right):
            return left, right
    return None


def _told(phrases: list[str], said: Sequence[Said]) -> tuple[str, Said] | None:
    """The first of ``phrases`` (a choice's readings, longest first) the user told, and the
    newest clause that tells it."""
    for phrase in phrases:
        want = stems(phrase)
        told = [s for s in said if want and want <= stems(s.text)]
        if told:
            return phrase, max(told, key=lambda s: s.order)
    return None


def chosen(question: str, said: Sequence[Said]) -> tuple[str, Said] | None:
    """The one option of two the user told, and where (see the module doc)."""
    offered = options(question)
    if offered is None:
        return None
    left, right = offered
    # a choice told of something else is no answer ("is my brother older or younger": not
    # "my older sister"): the clause or its message holds one of the question's other words
    rest = stems(" ".join(w for w in _rest(question, {left[-1], right[0]}) if w not in _PEOPLE))
    said = [s for s in said if not rest or rest & stems(f"{s.text} {s.around}")]
    offered_stems = stems(" ".join(left)) | stems(" ".join(right))
    if any((CORRECTION.search(s.text.lower()) and offered_stems & stems(s.text)) or any(
            stems(m.group(1)) & offered_stems for m in _NOT.finditer(s.text.lower()))
           for s in said):
        return None  # "wait it's a star not a moon": the rules read corrections
    # each choice read from the "or" out, longest first: "office manager", then "manager"
    a = _told([" ".join(left[i:]) for i in range(len(left))], said)
    b = _told([" ".join(right[:k]) for k in range(len(right), 0, -1)], said)
    if a is not None and b is not None:
        return _nearer(question, (a, b), said)
    return a or b


_NOT = re.compile(r"\bnot\s+(?:a\s+|an\s+|the\s+)?([a-z']+)")
_PLAIN = frozenset("and so wait ok um oh also was is were it that did does do the a an or who "
                   "which what whats when where how me my u you lol again one".split())
_PEOPLE = frozenset("he she they we i".split())


def _rest(question: str, chosen_words: set[str]) -> list[str]:
    """The question's words besides the choices: of the part that offers them, or of the
    part before when the choice stands alone ("which did i want, the teal or the pink")."""
    parts = re.split(r"[?!.,;:]+", question.lower())
    at_or = next((k for k, p in enumerate(parts) if _OR.search(p)), 0)
    rest: list[str] = []
    for part in (parts[at_or], parts[at_or - 1] if at_or else ""):
        rest = rest or [w for w in re.findall(r"[a-z']+", part) if w not in chosen_words and
                        (w in _PEOPLE or w not in _PLAIN)]
    return rest


def _nearer(question: str, both: tuple[tuple[str, Said], tuple[str, Said]],
            said: Sequence[Said]) -> tuple[str, Said] | None:
    """Both choices told: the one said nearest the question's other words in one clause
    ("coco or nadia who posted the pic": "coco posted a pic ... nadia had her eyes closed";
    "does she ski or snowboard": "she snowboards and i ski"), or None on a tie."""
    rest = _rest(question, {w for option, _ in both for w in option.split()})
    if not rest:
        return None
    best: list[tuple[int, int]] = []
    for k, (option, _) in enumerate(both):
        want = stems(option)
        gap = 99
        for s in said:
            words = re.findall(r"[a-z']+", s.text.lower())
            at = [i for i, w in enumerate(words) if stems(w) & want]
            near = [i for i, w in enumerate(words) for r in rest
                    if w == r or (r not in _PEOPLE and stems(w) and stems(w) == stems(r))]
            if at and near:
                gap = min(gap, min(abs(i - j) for i in at for j in near))
        best.append((gap, k))
    best.sort()
    if best[0][0] == best[1][0] or best[0][0] > 3:
        return None
    return both[best[0][1]]
