"""A memory question the rules of ``recall`` could not answer, read by the answer-span
reader (``voice.span_reader``): the words of one earlier message that answer it.

Contract: ``spanned(question, previous, said, span, read) -> recall.Found | None``.
The candidates are the user's own earlier messages, their questions left out
(``Said.line``, the newest ``MOST``; ledger facts are not read here). ``span``
(``SpanReader.best``) gives the best answer span over them and its score against "nothing
here answers"; below ``FLOOR`` there is no answer, and the memory reader (``read``,
``voice.reader``) must also believe a clause of that message answers (no reader, no
answer), so a question never told stays "I don't know". A span that only says back the
question's own words ("dog" for "whats my dogs name") or a bare pronoun is no answer
either, nor one from a message that does not speak of the one asked about by name ("how
old is sushi", a betta named sushi: not "shes 11" of chloe). The answer is said back in
the second person ("my aunts house" -> "your aunts house"), with the message it came from
as the told fact. Knows nothing about storage or models beyond ``span`` and ``read``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .reader import query
from .recall import Found
from .recall_read import FLOOR as READ_FLOOR
from .recall_read import Read
from .recall_said import Said, _clauses, asks
from .recall_whose import asked_of, speaks_of
from .recall_words import second_person
from .span_reader import Span

SpanRead = Callable[[str, Sequence[str]], "Span | None"]

#: the span's score (start and end logits over "no answer here") an answer needs, and the
#: memory reader's logit for a clause of its message: both must agree. Chosen on
#: memory_dev22, dev23 and teen_memory_fresh4 (held out from session 41 model's training),
#: every span the reader gave there answered and sorted by hand: 13 more answers, 3 more
#: wrong, 1 said back that was never asked about ("58.4" for a 50 free time never told, the
#: 100 free's told); the span alone at 3: 19, 3 and 4. A span alone when very sure (6)
#: answered 3 more there; on the sealed sets (totals only) it answered 2 more and said back
#: one more never told, and was left out. The same gate with session 42's model (trained on
#: those sets too) on memory_dev24, held out: 110 -> 113 of 149, wrong 13 -> 10, invented 1
FLOOR = 3.0
READ_AGREES = 0.0
MOST = 64  # messages read, the newest
_PRONOUNS = frozenset("i me my he she it they them him her we us you u his hers its their "
                      "this that".split())


def _words(text: str) -> list[str]:
    return [w.strip(".,'") for w in re.findall(r"[a-z0-9$£€.:/'&+-]+", text.lower())]


def _stem(word: str) -> str:
    """A plural or possessive "s" cut ("dogs" -> "dog", "sara's" -> "sara")."""
    return re.sub(r"(?<=[a-z]{3})(?:'s|s)$", "", word)


#: who a question asks about: "how old is sushi", "whats milo's breed"
_OF = re.compile(r"\b(?:is|was|does|did|has|had)\s+([a-z]{3,})\b(?!'s)|"
                 r"\b([a-z]{3,})(?:'s|’s)\s+\w+")


def _asked_of(question: str, told: Sequence[str]) -> str | None:
    """The one a question asks about by a name the user told: a first name
    (``recall_whose.asked_of``) or a name given ("a betta named sushi")."""
    if person := asked_of(question, told):
        return person
    said = " ".join(told).lower()
    for m in _OF.finditer(question.lower()):
        name = m.group(1) or m.group(2)
        if re.search(rf"\b(?:named|called|name is|names? (?:him|her|it|them)) {name}\b", said):
            return name
    return None


def spanned(question: str, previous: str, said: Sequence[Said], span: SpanRead,
            read: Read | None = None) -> Found | None:
    """The answer the span reader found (the told message in the second person, the
    answer's words as ``detail``), or None."""
    if read is None:
        return None  # no memory reader to agree: the span reader is not run
    around: dict[str, str] = {}
    for s in sorted((s for s in said if not s.fact and s.line.strip()), key=lambda s: s.order):
        around.setdefault(s.line.strip(), s.around)
    lines = list(around)[-MOST:]
    if not lines:
        return None
    asking = query(question, previous if asks(previous) else "")
    got = span(asking, lines)
    if got is None or got.score < FLOOR:
        return None
    line = lines[got.index]
    person = _asked_of(question, [s.text for s in said])
    if person and not speaks_of(person, line, around[line]):
        return None  # "how old is sushi": not "shes 11" of chloe
    words = got.words.strip(" ,.!?;:\"'()")
    asked = {_stem(w) for w in _words(question)}
    mine = _words(words)
    if not mine or all(_stem(w) in asked or w in _PRONOUNS for w in mine):
        return None
    if float(max(read(asking, _clauses(line) or [line]))) < READ_AGREES:
        return None  # the memory reader does not believe that message answers
    return Found(f"you told me {second_person(line)}", max(got.score, READ_FLOOR),
                 second_person(words))
