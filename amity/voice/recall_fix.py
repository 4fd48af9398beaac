"""Corrections in the user's words: which word a message puts right, and with what.

Contract: ``swaps(text) -> [(wrong, right)]`` ("wait no its not ellie its ella" ->
[("ellie", "ella")], "oops not the fairgrounds, its at the old train depot museum" ->
[("fairgrounds", "old train depot museum")]); ``said_whole(text, word)`` (the fixed word as
said: "March 15"); ``kind_of(word)`` (day, month, number or word). Pure functions over text;
``recall`` applies the pairs to what it says back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .recall_ask import HALF_SAID
from .recall_names import FIX_MARK, MONTH, MONTHS, NOT_A_NAME, PRONOUN, VERBISH
from .recall_words import CORRECTION

# (wrong, right) in "wait no its not ellie its ella", "not lily lila", "its ella not ellie"
_SWAP = (
    re.compile(r"\bnot (\w+),? (?:(?:its|it's|hes|he's|shes|she's|it was|i meant|"
               r"its actually|it's actually) )?(\w+)\b"),
    re.compile(r"\b(?:its|it's|i meant|meant|hes|he's|shes|she's) (\w+(?:\.\d\d)?),? not (\w+)\b"),
)
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_SLOT = (rf"(?:the |on |a |an |at )?(?<![\d.])(\d+(?:[:.]\d\d|\.\d)?(?:-\d+)?"
         rf"(?:st|nd|rd|th|am|pm)?|"
         rf"{MONTH} \d+(?:st|nd|rd|th)?|[a-z]+)")  # ("its 5:45 not 6": the whole time)
# a plain correction of any kind of word: "i meant thursday not tuesday", "its march 15 not
# march 8", "i said ohio but i meant indiana", "wait no 4-6 weeks not 3-4"
_SWAP_ANY = (
    re.compile(rf"\b{_SLOT},? not {_SLOT}\b"),
    re.compile(rf"\bi said {_SLOT},? (?:but |i meant |but i meant |its |it's )+{_SLOT}\b"),
    # "wait no its march 15. march 8 was last years date", "it was tuesday, monday was a..."
    re.compile(rf"\b(?:its|it's|it is|it was|is) {_SLOT}\W+{_SLOT} (?:was|is)\b"),
    re.compile(r"(?<![\d.])(\d+(?:\.\d+)?(?:-\d+)?) [a-z]+,? not (\d+(?:\.\d+)?(?:-\d+)?)\b"),
    # ("4-6 weeks not 3-4"; "1.5 miles not 2", not "5": round 74)
)
#: a span put right by a span: "its 3:30 to 7:30 not 4 to 8", "10 to 4 not 9 to 3"
_TIME = r"(\d{1,2}(?::\d\d)?(?:am|pm)?)"
_SPANS = re.compile(rf"\b{_TIME} ?(?:to|-|till|until) ?{_TIME},? not {_TIME} ?(?:to|-|till|until) ?"
                    rf"{_TIME}\b")
#: "wait i said 8am, its 7:30": a correction without "no" or "not"
_SAID_BUT = re.compile(r"\bi (?:said|told (?:u|you)) \S+.{0,40}?\b(?:but |its |it's |i meant )")
#: a value told before and put right: "i told u 14.2 grams before but its actually 14.6 now"
_NUM = r"(\d+(?:[.:]\d+)?(?:am|pm)?)"
_TOLD_BUT = re.compile(rf"\bi (?:said|told (?:u|you)) (?:[a-z]+ ){{0,3}}?(?:at )?{_NUM}(?: [a-z]+)?"
                       rf"(?: before)?,? (?:but [^.!?]{{0,40}}?)?"
                       rf"(?:its|it's|it is|(?<=[a-z] )said) "
                       rf"(?:actually |now |its |it's )?(?:[a-z]+ )?{_NUM}")
# ("wait i said judging is at 8 but ms bautista said 8:30": someone else's word puts it right)
#: what a wrong value is the value of, told in the fix: "6:30 is when we check in"
_VALUE_OF = r"\b{} (?:is|was|=) (?:when|where|for) ([a-z ]{{3,40}})"  # (not "may 24 was the
# original date": that one is only wrong)
#: one put right by "not X, its Y": "the judge isnt ms park, its mr park", "were not sleeping
#: in the dinosaur hall, its the ocean hall"
_ONE = r"(?:(?:mr|mrs|ms|miss|dr|coach) [a-z]+|[a-z]+ [a-z]+)"
_NOT_ITS = re.compile(rf"\b(?:not|isnt|isn't|wasnt|wasn't) (?:[a-z]+ing )?(?:(?:in|at) )?(?:the )?"
                      rf"(?P<wrong>{_ONE}),? (?:its|it's|it is|it was) (?:the )?"
                      rf"(?P<right>{_ONE})\b")
_TITLE_WORDS = frozenset("mr mrs ms miss dr coach".split())


#: a place moved: "its not in the auditorium anymore, they moved it to the cafetorium", "i
#: told u oak street park but andre changed it, we re meeting at the library parking lot now"
_MOVED_PLACE = re.compile(r"\b(?:not|isnt|isn't|arent|aren't) (?:in|at) (?:the )?"
                          r"([a-z]+(?: [a-z]+){0,2}) anymore\b[^.!?]*?"
                          r"\b(?:moved|changed) (?:it |us |them |me |him |her )?to (?:the )?"
                          r"([a-z]+(?: [a-z]+){0,2}?)"
                          r"(?=\s*(?:[,.!?]|$| bc| because| cuz| now| instead| lol))|"
                          r"\bi told (?:u|you) (?:the )?([a-z]+(?: [a-z]+){0,2}) but [^.!?]*?"
                          r"\b(?:meeting|going|its|it's|now) (?:at|to|in) (?:the )?"
                          r"([a-z]+(?: [a-z]+){0,2}?)(?=\s*(?:[,.!?]|$| now| instead| lol))")
_SWAP_PLACE = re.compile(r"\bnot (?:at |in )?(?:the )?([a-z]+(?: [a-z]+){0,2}),? (?:its|it's|it is|"
                         r"its actually|it's actually) (?:at|in) (?:the )?([a-z]+(?: [a-z]+){0,3}?)"
                         r"(?=\s*(?:[,.!?]|$| lol| and| but| so| now| instead))")
#: what a correction opens with, no word of it: "oops not the fairgrounds, its at the ..."
_OOPS = frozenset("oops oop sorry wait no nope ok okay yeah ya lol ugh omg hmm um wrong".split())
_PLAIN = re.compile(r"\b(?:i meant|meant to say|wait no|no wait|wait,? (?:its|it's|it was|it is)|"
                    r"sorry|oops|my bad|correction|oh wait|omg no|i just checked|"
                    r"i said|i lied|mixed (?:it|them) up|got it wrong|my mistake|"
                    r"wait actually|messed up|i was wrong|wrong before)\b")
#: a count put right in the same breath, its unit said twice: "the show is 30 min. wait no
#: its 40 min", "hes 3 months old. wait no the pet store guy said 4 months" (round 60's
#: spent rounds: "wait, 6 pages? tell me more 👀")
_UNIT_FIX = re.compile(r"(?<![\d.:$])(\d+(?:[.:]\d+)?) ([a-z]{3,})\b[^!?]*?"
                       r"\b(?:wait no|no wait|wait|actually|i meant|sorry|oops|i lied)\b[^!?]*?"
                       r"(?<![\d.:$])(\d+(?:[.:]\d+)?) \2\b")
#: a day put right with its date between: "its due thursday the 16th not friday"
_DAY_DATE_NOT = re.compile(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?: the \d{1,2}"
                           r"(?:st|nd|rd|th)?)?,? not "
                           r"((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
#: a count put right with its thing between: "the cake is 3 tiers not 4", "theres actually 8
#: puppies not 7", "we play 4th not 3rd" (a count, a place in line: no word of a fix needed)
_COUNT_NOT = re.compile(r"(?<![\d.:$-])(\d+(?:st|nd|rd|th)?)(?: ([a-z]{3,}))?,? not "
                        r"(\d+(?:st|nd|rd|th)?)\b(?![\d:-]|[.:]\d| (?:to|-|till|until)\b)")
#: a clock time put right: "its 6:30 not 7", "call time is 5:45am not 6" (round 77)
_CLOCK_NOT = re.compile(r"(?<![\d.:$-])(\d{1,2}:\d\d(?:\s?(?:am|pm))?),? not (\d{1,2}(?::\d\d)?"
                        r"(?:\s?(?:am|pm))?)\b(?![\d:-]| (?:to|-|till|until)\b)")
#: a numbered thing put right, the wrong one said after: "it was cabin 9 the raccoons, cabin 7
#: was my first year"
_NUMBERED_WAS = re.compile(r"\b(?:its|it's|it is|it was) ([a-z]{3,}) (\d{1,4})\b[^.!?]{0,30}?,? "
                           r"\1 (\d{1,4}) (?:was|is)\b")


def said_whole(text: str, word: str) -> str:
    """The fixed word as said, with its month ("15" in "its march 15" -> "March 15"), days
    and months capitalized; other words as they are."""
    month = re.search(rf"\b({MONTH}) {re.escape(word)}\b", text.lower())
    if month:
        return f"{month.group(1).capitalize()} {word}"
    return word.capitalize() if kind_of(word) in ("day", "month", "month name") else word


def kind_of(word: str) -> str:
    """"day", "month" ("march 15"), "month name", "number" or "word"."""
    head = word.split()[0]
    if head in _DAYS or head.removesuffix("s") in _DAYS:  # "mondays not tuesdays"
        return "day"
    if head in MONTHS:
        return "month" if " " in word else "month name"
    return "number" if head[0].isdigit() else "word"


#: a numbered thing put right: "its field 2 not field 3", "room 214 not room 241"
_NUMBERED = re.compile(r"\b(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|at\b|its\b|is\b|was\b)"
                       r"([a-z]{3,}) (\d{1,4}[a-z]?)(?![.:]\d) not (?:\1 )?(\d{1,4}[a-z]?)"
                       r"(?![.:]\d)\b")


#: words after a count that are no thing counted ("its 500 not 400": no "500 its")
_NOT_A_THING = frozenset("its it's and but the not was were are is for".split())


#: a price put right with what it is for between: "its $8 a car not $10" (round 53: "$10!!
#: see, I listen")
_PRICE_NOT = re.compile(r"\$(\d{1,5}(?:\.\d\d)?)\b[a-z ]{0,16}? not \$?(\d{1,5}(?:\.\d\d)?)\b")


#: a number, then at once a fix of it: "20 for raking leaves. wait it was 25", "$12 wait no $15"
_NUM_THEN_FIX = re.compile(r"(?<![\d.:$])(\$?\d+(?:\.\d\d)?)(?![\d:])\b[^.!?\d]{0,40}[\s.,!]*"
                           r"(?:wait|no wait|wait no|actually|oops|sorry|i mean|i meant)[, ]+"
                           r"(?:no[, ]+)?(?:it was|its|it's|it is|was|its actually|it was actually)"
                           r"?\s*(\$?\d+(?:\.\d\d)?)(?![\d:])\b(?!\s*(?:am|pm|mins?|minutes|hours?"
                           r"|days?|weeks?)\b)")


def swaps(text: str) -> list[tuple[str, str]]:
    """The (wrong, right) words a correction gives plainly, a near miss as a misremembered
    name is ("wait no its not ellie its ella" -> ("ellie", "ella")), or, where the message
    says it corrects ("i meant", "wait no", "i said ... but"), any two words of one kind:
    days, dates, numbers ("i meant thursday not tuesday", "its march 15 not march 8"),
    or a thing ("i meant papaya not mango"); none without a correction ("im not going its
    late") or between unlike words ("actually not bad its fine")."""
    low = text.lower()
    if (fix := _NUM_THEN_FIX.search(low)) and _bare(fix.group(1)) != _bare(fix.group(2)):
        return [(fix.group(1), fix.group(2))]  # "grandma gave me 20 for raking leaves. wait it
        # was 25"
    if not (FIX_MARK.search(low) or CORRECTION.search(low) or _SAID_BUT.search(low) or
            _PRICE_NOT.search(low) or _MOVED_PLACE.search(low) or _NOT_ITS.search(low)):
        return []  # ("the stand isnt in the gym lobby anymore, ms okafor moved us to the
        # courtyard" says it corrects: round 74)
    out: list[tuple[str, str]] = []
    for found in _NOT_ITS.finditer(low):  # "the judge isnt ms park, its mr park"; "not
        # sleeping in the dinosaur hall, its the ocean hall" (round 75)
        wrong, right = found.group("wrong"), found.group("right")
        if wrong != right and (wrong.split()[0] in _TITLE_WORDS and right.split()[0] in
                               _TITLE_WORDS or len(wrong.split()) == len(right.split()) == 2
                               and wrong.split()[-1] == right.split()[-1]):
            out.append((wrong, right))
    for found in _MOVED_PLACE.finditer(low):  # ("the auditorium" -> "the cafetorium")
        wrong, right = (found.group(1), found.group(2)) if found.group(1) else \
            (found.group(3), found.group(4))
        if wrong and right and wrong != right:
            out.append((wrong, right))
    for a, b in _TOLD_BUT.findall(low):  # "i told u 14.2 grams before but its actually 14.6"
        if a != b and kind_of(a) == kind_of(b):
            out.append((a, b))
    for noun, right, wrong in _NUMBERED.findall(low):  # "its field 2 not field 3"
        if right != wrong:
            out.append((f"{noun} {wrong}", f"{noun} {right}"))
    for right, wrong in _DAY_DATE_NOT.findall(low):  # "due thursday the 16th not friday"
        if right != wrong:
            out.append((wrong, right))
    for found in _UNIT_FIX.finditer(low):  # "30 min. wait no its 40 min"
        wrong, unit, right = found.groups()
        if wrong != right:
            out.append((f"{wrong} {unit}", f"{right} {unit}"))
    for noun, right, wrong in _NUMBERED_WAS.findall(low):  # "it was cabin 9 ..., cabin 7 was"
        if right != wrong:
            out.append((f"{noun} {wrong}", f"{noun} {right}"))
    if not out and not _SPANS.search(low):
        for found in _COUNT_NOT.finditer(low):  # "3 tiers not 4", "4th not 3rd"
            right, thing, wrong = found.groups()
            if right != wrong and (thing is None or thing not in _NOT_A_THING):
                out.append((f"{wrong} {thing}", f"{right} {thing}") if thing else (wrong, right))
                if thing:  # "its 35 people not 40" puts right "like 40 ppl coming" too
                    out.append((wrong, right))
    if not _SPANS.search(low):
        out += [(wrong, right) for right, wrong in _CLOCK_NOT.findall(low)
                if _bare(right) != _bare(wrong) and (wrong, right) not in out]
    for right, wrong in _PRICE_NOT.findall(low):  # "its $8 a car not $10"
        if right != wrong:
            out.append((wrong, right))
    for found in _SPANS.finditer(low):  # "its 3:30 to 7:30 not 4 to 8": each end its own
        right_a, right_b, wrong_a, wrong_b = found.groups()
        out += [(w, r) for w, r in ((wrong_a, right_a), (wrong_b, right_b)) if w != r]
    for rx in _SWAP:
        for a, b in rx.findall(low):
            wrong, right = (a, b) if rx is _SWAP[0] else (b, a)
            if wrong != right and wrong[0] == right[0] and min(len(wrong), len(right)) > 2 \
                    and not {wrong, right} & (NOT_A_NAME | VERBISH):
                out.append((wrong, right))  # a near miss, as names are ("lily" -> "lila")
    for wrong, right in _SWAP_PLACE.findall(low):
        if not {wrong, right} & NOT_A_NAME:
            out.append((wrong, right))  # "not the fairgrounds, its at the old depot museum"
    if _PLAIN.search(low) and not _SPANS.search(low):
        for rx in _SWAP_ANY:
            for a, b in rx.findall(low):
                wrong, right = (a, b) if rx is _SWAP_ANY[1] else (b, a)
                if " " in wrong and " " in right and wrong.split()[0] == right.split()[0]:
                    wrong, right = wrong.split()[1], right.split()[1]  # march 8 -> march 15
                words = {w for x in (wrong, right) for w in x.split()}
                if wrong != right and kind_of(wrong) == kind_of(right) and (wrong, right) not in \
                        out and not words & (NOT_A_NAME | VERBISH | PRONOUN | _OOPS):
                    out.append((wrong, right))
    out = list(dict.fromkeys(out))  # (a day fix read by two patterns once)
    return [_named_place(low, wrong, _half_of_day(wrong, right)) for wrong, right in out]


def _bare(value: str) -> str:
    """A time without its half of the day: "8pm" -> "8"."""
    return re.sub(r"(am|pm)$", "", value.lower())


def _half_of_day(wrong: str, right: str) -> str:
    """"7:30" put for "8am" is 7:30am."""
    half = re.search(r"\d(am|pm)$", wrong)
    return right + half.group(1) if half and re.fullmatch(r"\d{1,2}(?::\d\d)?", right) else right


#: a lone span told as the fix: "wait no its 10 to 4" (of "9 to 3" told before)
_LONE_SPAN = re.compile(rf"\b(?:wait no|no wait|wait|actually|oops|sorry|i meant)\b.*?"
                        rf"\b(?:its|it's|it is|is) (?:actually |really )?(?:at |from )?{_TIME} ?"
                        rf"(?:to|-|till|until) ?"
                        rf"{_TIME}\b")
_ANY_SPAN = re.compile(rf"\b{_TIME} ?(?:to|-|till|until) ?{_TIME}\b")


def span_swaps(text: str, befores: Iterable[str]) -> list[tuple[str, str]]:
    """The ends of the newest span told before (``befores``, newest first: "9 to 3") that a
    lone span ("wait no its 10 to 4") puts right; none when the message says what it puts
    right itself (``swaps``)."""
    new = _LONE_SPAN.search(text.lower())
    if new is None or swaps(text):
        return []
    for before in befores:
        old = _ANY_SPAN.search(before.lower())
        pairs = [(w, _half_of_day(w, r)) for w, r in zip(old.groups(), new.groups(), strict=True)
                 if w != r] if old else []
        if pairs:
            return pairs
    return []


#: the head word of a place's name, which a fix names the place by ("jefferson park not
#: lincoln": the park is jefferson, not "park")
_PLACE_HEADS = frozenset("park street st road rd avenue ave high school middle elementary field "
                         "center centre mall lake beach gym library church arena stadium rink "
                         "pool hall".split())


def _named_place(low: str, wrong: str, right: str) -> tuple[str, str]:
    """(wrong, right) with a place's head word put back on its name: ("lincoln", "park")
    of "at jefferson park not lincoln" -> ("lincoln", "jefferson"; round 41 said "park
    park")."""
    if right in _PLACE_HEADS and wrong not in _PLACE_HEADS and (
            named := re.search(rf"\b([a-z]+) {right},? not {re.escape(wrong)}\b", low)):
        return wrong, named.group(1)
    return wrong, right


#: a name checked: "the exchange student from osaka was haruki right?"
_NAME_CHECKED = re.compile(r"\b(?:was|is|its|it's|called|named)\s+([a-z]{4,})\s*,?\s*"
                           r"(?:right|rite|correct|yeah)\b")


def near_name(question: str, told: list[str]) -> tuple[str, str, bool] | None:
    """(told text, name, a near miss) when the question checks a name ("was haruki right?") that was
    never told but one a letter or two off was ("named haruto"), or gives its start ("it was
    lemon something right?": "lemongrass"): the told one is the answer. ``told``: the user's
    clauses."""
    if half := HALF_SAID.search(question.lower()):  # "it was lemon something right?"
        start = half.group(1)
        whole = {(t, w) for t in told for w in re.findall(r"[a-z]{4,}", t.lower())
                 if w.startswith(start) and len(w) >= len(start) + 2}
        return (*next(iter(whole)), False) if len({w for _, w in whole}) == 1 else None
    checked = _NAME_CHECKED.search(question.lower())
    if checked is None:
        return None
    word = checked.group(1)
    if word in NOT_A_NAME or word in VERBISH or any(
            re.search(rf"\b{word}\b", t.lower()) for t in told):
        return None  # told as asked: the usual answer says so
    near = {(t, w) for t in told for w in re.findall(r"[a-z]{4,}", t.lower())
            if w != word and w[:4] == word[:4] and abs(len(w) - len(word)) <= 2
            and _off_by(w, word) <= 2}
    names = {w for _, w in near}
    return (*next(iter(near)), True) if len(names) == 1 else None


def _off_by(a: str, b: str) -> int:
    """Letters changed, added or dropped between two words (Levenshtein distance)."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (x != y))
    return row[-1]


_STARTS = re.compile(r"\b(?:start|starts|starting|begin|begins|beginning|open|opens|doors)\b")
_ENDS = re.compile(r"\b(?:end|ends|over|finish|finishes|done|close|closes|til|till|until)\b")


def span_end(question: str, detail: str, told: list[str]) -> str:
    """The end of a span a question asks for ("when does it start": "4pm" of "4 to 8pm",
    not "8pm"), where ``detail`` is one end of a span in ``told``; else ``detail``."""
    low = question.lower()
    start, end = bool(_STARTS.search(low)), bool(_ENDS.search(low))
    if start == end:
        return detail
    for text in told:
        for a, b in _ANY_SPAN.findall(text.lower()):
            if _bare(detail) not in (a, _bare(b)):
                continue
            half = re.search(r"(am|pm)$", b)
            a = a + half.group(1) if half and not re.search(r"(am|pm)$", a) else a
            return a if start else b
    return detail


def own_fix(question: str, line: str, told: str | None) -> str | None:
    """The value a correction message answers with: its right one ("wait no bus leaves at
    6:45 not 7:15": 6:45), or its wrong one where the message says what that one is of and
    the question asks that ("6:30 is when we check in" to "what time do we check in");
    ``told`` when the message fixes nothing it holds."""
    low, asked = line.lower(), set(re.findall(r"[a-z]+", question.lower()))
    for wrong, right in swaps(line):
        of = re.search(_VALUE_OF.format(re.escape(wrong)), low)
        if of and len(set(of.group(1).split()) & asked - _SMALL) >= 1:
            return wrong  # the other thing's time, asked
        if told is None or _bare(told) in (wrong, _bare(wrong)):
            return right
    return told


_SMALL = frozenset("the a an is was at to of in on and or what when time do we i u you my "
                   "it its again".split())
