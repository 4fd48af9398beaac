"""Answers said plainly, which the memory reader may not veto, and a day put right after
it was told.

Contract: ``plainly(wants, topic)`` gives what finds the asked detail said beyond doubt in
a clause (a name right after the asked one, "his name is dmitri" after it, a colour said of
it), or nothing; ``day_fixed(best, said)`` is the clause that corrects ``best``'s day ("no
wait its sunday") or ``best``; ``fixed_after(best, said)`` puts right in an answer what a
newer correction changed ("wait no not lily lila"). Pure functions of the user's clauses
(``recall_said.Said``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..nlp.facts.events import WEEKDAYS
from ..nlp.facts.lexicon import is_first_name
from .recall_counts import so_far
from .recall_fix import span_swaps, swaps
from .recall_names import (
    ANYONE,
    GROUPS,
    PEOPLE,
    PET_STEMS,
    TITLE_WORD,
    WHO_HAS_NAMES,
    acts,
    chosen_name,
    named_then,
    names_for,
)
from .recall_said import Said
from .recall_whois import NAME_WAS_SAID, pronoun_named, titled_teacher, who_did
from .recall_words import COLORS, FRAME, MOVED_VERB, STOP, WEEKDAY, clean, stems

__all__ = ["NOT_FIX", "PAID_SAID", "day_fixed", "doing", "fixed_after", "lead_fix", "plainly",
           "value_fixed"]


_DAY_FIX = re.compile(r"\b(?:wait no|no wait|wait,? (?:its|it's)|i meant|actually|correction|"
                      r"oops|my bad|i lied)\b")
#: a plan moved to another day: "the recital got pushed to next week thursday"
_MOVED = re.compile(rf"\b{MOVED_VERB}(?: back| up)? (?:to|till|until|for) "
                    r"(?:next week |next |this |the )?(?:on )?(" + WEEKDAY.pattern + r")")


_CHOOSING = stems("want wanted pick picked chose choose vote voted")


def day_fixed(best: Said, said: Sequence[Said]) -> Said:
    """The clause of the next message or two that corrects ``best``'s day ("theres a city
    tournament on saturday the 8th", then "no wait its sunday the 9th"), else ``best``; in
    a remembered window (one order for all its lines, not in the order said) a correction
    beside it counts too."""
    days = set(WEEKDAY.findall(best.text.lower()))
    own_fix = bool(_DAY_FIX.search((best.line or best.text).lower()))
    line = (best.line or "").lower()
    for s in said:  # "next thursday i have my interview..., wait no its next friday"
        low = s.text.lower()
        if own_fix and s.line == best.line and s.text != best.text and \
                _DAY_FIX.match(low) and (new := set(WEEKDAY.findall(low))) and \
                not new & days and line.find(low) > line.find(best.text.lower()) >= 0:
            return s
    for s in sorted(said, key=lambda x: -x.order):  # the newest move of the same plan
        low = s.text.lower()
        if s.order > best.order and not s.fact and (moved := _MOVED.search(low)) and \
                _thing_of(best.text) & stems(low[:moved.start()]):
            head = low[:moved.start()]
            start = max(head.rfind(" and ") + 5, head.rfind(" so ") + 4, head.rfind(", ") + 2, 0)
            return replace(s, text=s.text[start:moved.end()])  # "the recital got pushed to..."
    for s in sorted(said, key=lambda x: x.order):
        low = s.text.lower()
        after = best.order < s.order <= best.order + 4 or (
            s.order == best.order and s.line != best.line and not own_fix)
        if after and not s.fact and _DAY_FIX.search(
                (s.line or s.text).lower()) and (new := set(WEEKDAY.findall(low))) and \
                not new & days and not _of_another(low, best.text.lower()):
            return s
    return best


#: a value: a clock time, a sum, a plain number
_VALUE = (r"\d{1,2}:\d\d\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm)\b|[$£€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
          r"[$£€]?\d+(?:\.\d+)?")
#: a value put right at the start of a message: "wait no 16!! two more orders came in",
#: "wait no 6:30, my dad just yelled it", "no wait room 5"
_LEAD_FIX = re.compile(r"^\W*(?:(?:ok|okay|oh|oops|sorry)\W+)?(?:wait,? no|no wait|i meant|"
                       r"actually|correction|my bad)\W+(?:its |it's |it was |i mean |like |(room )|"
                       r"at |the |(?:[a-z']+ ){1,6}?(?:its|it's|it is|it was) )?(" + _VALUE + r")"
                       r"(?!st\b|nd\b|rd\b|th\b)", re.I)  # ("wait no i just checked the email
# its 11.75"; not the 4 of "wait no its 4th period not 3rd", which made "shes 74" "shes 4")
#: "my slot is 10:20 not 10:40", "heat is 1:45 not 1:15": the right value, then the wrong one
NOT_FIX = re.compile(r"(" + _VALUE + r")\s*,?\s+not\s+(?:at\s+)?(" + _VALUE + r")", re.I)


def lead_fix(text: str) -> str | None:
    """The value a message puts right at its start, with "room" when it says it ("no wait
    room 5, room 4 is the pottery ppl" -> "room 5"), or None."""
    found = _LEAD_FIX.match(text.lower())
    return None if found is None else f"{found.group(1) or ''}{found.group(2).strip()}"


def _sort(value: str) -> str:
    return "time" if re.search(r":|am|pm", value, re.I) else "sum" if value[0] in "$£€" else "n"


def _same_sort(new: str, old: str, text: str) -> bool:
    """Two values of one sort, or a time and a bare hour where the clause tells a time:
    "its 4:30 not 4" of "we leave the trailhead at 4am" (round 40), "its 9:30 not 10" of "at
    10am", "it starts at 7 not 6:30" of "6:30pm" (round 43)."""
    if _sort(new) == _sort(old):
        return True
    low = text.lower()
    if _sort(new) == "time" and old.isdigit():
        return bool(re.search(rf"(?<![\d:.]){old}\s*(?:am|pm)\b|\bat {old}\b(?![:.]\d)", low))
    if new.isdigit() and _sort(old) == "time" and ":" in old:
        return bool(re.search(rf"(?<![\d:.]){re.escape(old)}(?!\d)", low))
    return False


def value_fixed(best: Said, said: Sequence[Said]) -> Said:
    """``best`` with a value put right by a later message ("i sold 14 this week", then "wait
    no 16!!" in the next few -> "i sold 16 this week"; "my slot is 10:40am", then "my slot
    is 10:20 not 10:40" some messages on), else ``best``: the new value replaces the old one
    named, or the first of its sort (a clock time, a sum, a plain number) in the clause."""
    text = _fixed_within(best.text, best.line) or _fixed_in(best.text, best.order, said)
    if text != best.text:
        return replace(best, text=text, line=text)
    line = _fixed_in(best.line, best.order, said) if best.line else best.line
    # the clause holds no value put right, its message does ("first game is thursday at
    # 5:30, im gonna be number 11", then "wait no 14"): the message is said back fixed
    return best if line == best.line else replace(best, line=line)


#: a value put right later in the same message: "for $3,000, wait no he said $3,200"
_FIX_AFTER = re.compile(r"^\W*(?:wait,? no|no wait|i mean|i meant|actually|sorry)\b"
                        r"[^$£€\d.!?]{0,25}?(" + _VALUE + r")", re.I)


def _fixed_within(text: str, line: str) -> str | None:
    """``text`` with its value put right by the words after it in its message, or None."""
    at = line.lower().find(text.lower()) if line and text else -1
    fix = _FIX_AFTER.match(line[at + len(text):]) if at >= 0 else None
    if fix is None:
        return None
    put = _put_right(text, fix.group(1).strip())
    return put if put != text else None


def _put_right(text: str, new: str) -> str:
    """``text`` with its first value of ``new``'s sort (a clock time, a sum, a plain number)
    replaced by ``new``; as it is when it holds none other."""
    for m in re.finditer(_VALUE, text, re.I):
        if _sort(m.group(0)) == _sort(new) and m.group(0).strip() != new:
            return text[:m.start()] + new + text[m.end():]
    return text


#: a value that changed since: "its heavier now, like 231 grams", "we're up to 112 subs"
_UPDATE = re.compile(r"\b(?:now|in the end|ended up|final|finally|anymore|up to|down to|"
                     r"at the end)\b")
_UNIT = re.compile(r"(?<![\d:.$])(\d+(?:[.,]\d+)?)\s*(grams|g|kg|kilos|pounds|lbs|ounces|oz|"
                   r"subscribers|subs|followers|views|likes|members|signatures|miles|km|laps|"
                   r"points|orders|pairs|jars|bags|cans|pages|words|songs|stars|inches|feet|"
                   r"ft|cm|meters|wpm|bucks|dollars)\b")


def _fixed_in(text: str, order: float, said: Sequence[Said]) -> str:
    """``text`` (told at ``order``) with the values later messages put right."""
    for s in sorted(said, key=lambda x: x.order):
        if not (order < s.order <= order + 24) or s.fact:
            continue  # ("10:20 not 10:40" names what it fixes: it may come a while later)
        low = (s.line or s.text).lower()
        for new, old in NOT_FIX.findall(low):
            if _same_sort(new, old, text) and not _fixes_another(low, old, text, said) and (
                    at := re.search(
                    rf"(?<![\d:.]){re.escape(old)}(?![\d:]|\.\d)", text.lower())):
                # (not the 13 of 13.50, once it is put right)
                text = text[:at.start()] + new + text[at.end():]
        if _UPDATE.search(low) and not NOT_FIX.search(low):
            # "she weighs 212 grams", then "its heavier now tho, like 231 grams" (round 44)
            for num, unit in _UNIT.findall(low):
                at = re.search(rf"(?<![\d:.$])\d+(?:[.,]\d+)?(?=\s*{re.escape(unit)}\b)",
                               text.lower())
                if at and at.group(0) != num:
                    text = text[:at.start()] + num + text[at.end():]
        lead = _LEAD_FIX.match(low) if s.order <= order + 6 else None
        if lead and not NOT_FIX.search(low):
            text = _put_right(text, lead.group(2).strip())
    return text


def _fixes_another(fix: str, old: str, text: str, said: Sequence[Said]) -> bool:
    """Whether the correction ``fix`` ("the cats dinner is at 5 not 6") puts right another
    message's value: one that holds ``old`` and shares a word of the thing with the fix
    ("i have to feed the cats at 7am and 6pm"), while ``text`` ("the tank has 6 neon
    tetras") shares none (round 56 said "5 neon tetras")."""
    clause = next((c for c in re.split(r"[.!?;]+", fix) if NOT_FIX.search(c)), fix)
    words = {w for w in stems(clause) - FRAME - STOP - _FIX_WORDS
             if len(w) >= 3 and not w.isdigit()}
    if not words or words & stems(text.lower()):
        return False
    value = re.compile(rf"(?<![\d:.]){re.escape(old)}(?![\d:]|\.\d)")
    return any(not o.fact and value.search(low := o.text.lower()) and words & stems(low)
               and low != text.lower() and low not in fix and clause.strip() not in low
               for o in said)  # (not the fix's own message, nor a clause of it)


def _thing_of(told: str) -> set[str]:
    """The words of a plan told that may name it again ("recital" of "the recital is friday
    at 4pm")."""
    return {w for w in stems(told.lower()) - FRAME - STOP - stems(" ".join(WEEKDAYS))
            if len(w) > 3 and not w.isdigit()}


def _of_another(fix: str, told: str) -> bool:
    """A day correction that names a thing the corrected clause does not ("wait no the chem
    test is wednesday" after "my first solo shift is saturday"): another plan's."""
    named = stems(fix) - stems(told) - FRAME - STOP - stems(" ".join(WEEKDAYS))
    return any(len(w) > 3 and not w.isdigit() and w not in _FIX_WORDS for w in named)


_FIX_WORDS = frozenset("wait actually meant correction sorry mean oops typo ugh".split())


def _name_said(topic: set[str]) -> Callable[[Said], str | None]:
    """A thing's name said plainly: "what did i name the shop": "i finally named the shop,
    its hop & loop"; "whats the name of the corgi i like": "my favorite dog there is pretzel,
    hes a corgi"."""
    return lambda s: named_then(topic, s.text, s.around) or _is_a_after(topic, s) or \
        _titled_is(topic, s.text) or _named_as(topic, s.text)


def plainly(wants: set[str], topic: set[str]) -> Callable[[Said], str | None]:
    """What finds the asked detail said plainly in a clause (a name, a colour), so the
    reader's doubt does not veto it; for other asks, nothing."""
    if "name" in wants and topic & {"old", "original"}:  # "old name?": "his name was garfield"
        return lambda s: (m.group(1) if (m := _NAME_WAS.search(s.text.lower())) else None)
    if "name" in wants and topic & GROUPS:  # "were called static lemons" (the band); not
        # "her name is noodle" (the snake) beside "the reptile shop"
        return lambda s: None if _PERSONAL.search(s.text.lower()) else \
            names_for(topic, s.text, s.around)
    if wants & {"name", "who"} and not topic & WHO_HAS_NAMES:  # "who burned the croissants"
        named = _name_said(topic) if "name" in wants else (lambda s: None)
        return lambda s: who_did(topic, s.text) or named(s)
    if wants & {"name", "who"} and topic & WHO_HAS_NAMES:  # "which aunt hosted": "my aunt mei's"
        return lambda s: _right_after(topic, s.text) or pronoun_named(topic, s) or \
            titled_teacher(topic, s) or \
            _titled_is(topic, s.text) or _named_as(topic, s.text) or \
            named_then(topic, s.text, s.around) or (chosen_name(topic, s.text, s.around) if
                                                    topic & PET_STEMS & stems(s.around) or
                                                    topic & _CHOOSING else None)
        # (a pet's name chosen among names, "we went with juniper", or the name someone
        # wanted: "what name did my dad want"; not for "the nurse who helped my mom", a
        # person the talk of names was not about)
    if "name" in wants:
        return _name_said(topic)
    if "color" in wants:
        return lambda s: _colour_of(topic, s)
    if "count" in wants:  # "how many trombones are in my section": "there's 5 of us"
        return lambda s: _of_us(topic, s) or _paid(topic, s) or _saved(topic, s) or \
            _rate(topic, s) or _clock(topic, s) or _counted(topic, s)
    if "reason" in wants and len(topic) >= 2:  # "why did the recital get moved": "the recital
        # got pushed to next thursday bc the stage isnt ready" (the asked words and a because)
        return lambda s: s.text if topic <= stems(s.text) and _BECAUSE.search(s.text) or \
            topic & stems(s.text) and WHY_SAID.search((s.line or "").lower()) else None
    if not wants and topic:  # "what did i get at culvers": "i got a double butterburger"
        return lambda s: _got(topic, s) or _ordered(topic, s) or doing(topic, s) or \
            about(topic, s)
    return lambda s: None


#: someone's partner named ("her fiance is named omar"): asked as "my aunts husband"; not
#: "this older guy named dennis" for "the guy who runs the weekend shift", nor "my cousin has
#: a dog called rex" for "my dog"
_PARTNERS = frozenset("fiance fiancee husband wife boyfriend girlfriend partner "
                      "stepdad stepmom".split())
#: a reason said without a "because": the weather or too much of something ("coach just
#: cancelled wednesday, too windy")
WHY_SAID = re.compile(r"\btoo (?:windy|rainy|wet|icy|snowy|stormy|hot|cold|smoky|foggy|crowded|"
                      r"expensive|sick|late|far)\b|\b(?:bc|because) of (?:the )?\w+|\btoo much "
                      r"(?:snow|rain|ice|wind|smoke|traffic)\b")
_BECAUSE = re.compile(r"\b(?:because|bc|cuz|cause|since|so that)\b", re.I)
_PRICE = re.compile(r"[$£€]\s?\d[\d,]*(?:\.\d\d)?|\b\d+(?:\.\d\d)? (?:bucks|dollars|pounds)\b")
_GOT = re.compile(r"\b(?:(?:i|we) (?:always |usually |ever )?(?:got|ordered|had|get|bought|order)|"
                  r"(?:im|i'm) getting)\b")


_RATE = re.compile(r"\b(?:im at|i'm at|making|make|get|paid|pays?)\s+(?:like\s+)?[$£€]\d[\d.,]*|"
                   r"[$£€]?\d[\d.,]*\s*(?:an hour|/hr|per hour|an hr|a hour)\b")


def _rate(topic: set[str], said: Said) -> str | None:
    """A pay rate, asked by the hour: "im at $16.50 now" for "what do i make an hour"."""
    if not topic & {"hour", "mak", "pay"}:
        return None
    found = _RATE.search(said.text.lower())
    return found.group(0) if found else None


_CLOCK = re.compile(r"\b(?:at|@|by|from)\s+(\d{1,2}(?::\d\d)\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))\b")


def _clock(topic: set[str], said: Said) -> str | None:
    """A clock time said of the asked thing: "physical therapy ... at 4:15" for "what time
    is pt"."""
    found = _CLOCK.search(said.text.lower())
    return found.group(1) if found and topic & stems(said.text) else None


def _saved(topic: set[str], said: Said) -> str | None:
    """A sum saved toward a goal, asked of savings: "got 176 so far out of 300" after "im
    saving for a switch"."""
    if "sav" not in topic or not so_far(said.text):
        return None
    return said.text


def _is_a_after(topic: set[str], said: Said) -> str | None:
    """A name said, then what it is ("pretzel, hes a corgi"), of the kind asked."""
    line = (said.line or said.text).lower()
    found = _NAME_THEN_KIND.search(line)
    return found.group(1) if found and found.group(1) in said.text.lower().split() and \
        stems(found.group(2)) & topic and found.group(1) not in STOP else None


_NAME_THEN_KIND = re.compile(r"\b([a-z]+), (?:hes|he's|shes|she's|its|it's) (?:a|an|the) "
                             r"([a-z]+)\b")


def _counted(topic: set[str], said: Said) -> str | None:
    """A number said right before the thing asked to be counted: "how many subs did i have":
    "i hit 870 subscribers on my channel" -> "870 subscribers"."""
    for m in _COUNTED.finditer(said.text.lower()):
        if stems(m.group(2)) & topic:
            return m.group(0)
    return None


_COUNTED = re.compile(r"\b(\d[\d,.]*k?)\s+([a-z]{3,})\b")
#: a price paid said plainly: "talked him down to $180", "got it for $40", "i paid $12"
PAID_SAID = re.compile(r"\b(?:talked (?:him|her|them|it) down to|got (?:it|him|her|them|one) for|"
                       r"(?:i|we|you) paid|(?:i|we|you) spent)\s+(?:like\s+|only\s+|just\s+)?"
                       r"([$£€]\s?\d[\d,]*(?:\.\d\d)?)")


def _paid(topic: set[str], said: Said) -> str | None:
    """A price said with a word asked ("how much did i spend on the birthday gift": "i
    bought her a lip gloss set ... for $14 total")."""
    if topic & {"pay", "buy"} and (bargained := PAID_SAID.search(said.text.lower())):
        return bargained.group(1)  # "how much did i end up paying": "guy wanted $220 but i
        # talked him down to $180" (dev25)
    found = _PRICE.search(said.text.lower())
    # ("she was $60", said where the tortoise was told of: hers)
    of_it = topic & stems(said.text) or re.match(r"(?:she|he|it|they)(?:'?s| was| is| were)\b",
                                                 said.text.lower()) and topic & stems(said.line)
    return found.group(0) if found and of_it and \
        len(_PRICE.findall(said.text.lower())) == 1 else None


_DOING = {"read": r"read(?:ing)?", "watch": r"watch(?:ing)?", "learn": r"learn(?:ing)?",
          "listen": r"listen(?:ing)? to", "play": r"play(?:ing)?",
          # "what is my sister studying": "shes doing dental hygiene"
          "study": r"(?:study(?:ing)?|doing|majoring in|going to school for|in school for)"}


def about(topic: set[str], said: Said) -> str | None:
    """What a piece of work or a test is about, asked so: "whats my science project about": "my
    science fair project on whether plants grow better with music"; "what was the test on":
    "a spanish test wednesday on the subjunctive"."""
    found = re.search(r"\b(project|essay|paper|story|comic|book|video|speech|presentation|test|"
                      r"quiz|exam|final|midterm)s? (?:(?:this |next |on )?\w+day )?(?:is )?"
                      r"(?:on|about|over) (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|the \d|"
                      r"tomorrow|today|tmrw|monday|\d)(\w+(?: \w+){0,8})", said.text.lower())
    return found.group(2) if found and stems(found.group(1)) & topic else None


def doing(topic: set[str], said: Said) -> str | None:
    """What they are reading, watching or learning, asked so: "what book am i reading for
    english": "i'm reading little women for english"."""
    for verb, said_as in _DOING.items():
        if verb in topic and len(topic) > 1 and (found := re.search(
                rf"\b(?:i'?m|im|i am|i've been|ive been|she'?s|he'?s|she is|he is) {said_as} "
                rf"(\w+(?: \w+){{0,4}})", told := (said.line or said.text).lower())) and \
                (topic - {verb}) & stems(told):  # (in the message: "my sister graduates
            return found.group(1)  # friday, shes doing dental hygiene")
    return None


_ORDERED = re.compile(r"\b([a-z]+) (?:got|ordered|orders|gets|always gets|always orders)\b")


def _ordered(topic: set[str], said: Said) -> str | None:
    """Someone's order asked of them: "whats marcus's order": "marcus got grits"."""
    if "order" not in topic:
        return None
    found = _ORDERED.search(said.text.lower())
    return found.group(0) if found and stems(found.group(1)) & topic else None


def _got(topic: set[str], said: Said) -> str | None:
    """What they got where the message names the place asked ("went to culvers and i got a
    double butterburger")."""
    found = _GOT.search(said.text.lower())  # ("the thing i always order there": "order" is
    # what "i got" says)
    return found.group(0) if found and topic - {"order"} <= stems(said.line or said.text) \
        else None


_OF_US = re.compile(r"\b(?:there'?s|theres|there are|we'?re|were|we are)\s+(\d+)\s+of\s+us\b")


def _of_us(topic: set[str], said: Said) -> str | None:
    """A count of the group the message names with every asked word ("im section leader for
    trombones this year, there's 5 of us")."""
    found = _OF_US.search(said.text.lower())
    return found.group(1) if found and topic and topic <= stems(said.line or said.text) \
        else None


def outright(wants: set[str], topic: set[str]) -> Callable[[Said], str | None]:
    """What finds a name said outright of the asked one ("his name is curtis" after "my moms
    boyfriend", "owner is mr baptiste", "the activities director is named deb"): stricter
    than ``plainly``, for a clause behind the best one that the reader rules out."""
    if "name" not in wants:
        return lambda s: None
    return lambda s: pronoun_named(topic, s) or _titled_is(topic, s.text) or \
        _named_as(topic, s.text) or _titled_beside(topic, s)


#: a role, then a title and a name set off by commas: "the janitor, mr pruitt, said ..."
_TITLED_BESIDE = re.compile(rf"\b(\w+), ((?:{TITLE_WORD})\.? [a-z]+),")


def _titled_beside(topic: set[str], said: Said) -> str | None:
    """The name set off after the asked role in the clause's message ("the janitor, mr
    pruitt, said hed fix it": "mr pruitt"), when the clause holds the name."""
    for who, name in _TITLED_BESIDE.findall((said.line or said.text).lower()):
        if stems(who) & topic and name in said.text.lower():
            return name
    return None


_TITLED_IS = re.compile(rf"\b(\w+),? (?:is|was|named|called) ((?:{TITLE_WORD})\.? [a-z]+)\b")


def _titled_is(topic: set[str], text: str) -> str | None:
    """A title and a name said to be the asked one: "owner is mr baptiste" (the owner's
    name), "the librarian who runs the program is mr castellano" (not of anyone else)."""
    for who, name in _TITLED_IS.findall(text.lower()):
        before = text.lower()[:text.lower().find(f"{who} ")]
        if stems(who) & topic or topic & stems(before) and re.search(r"\b(?:who|that)\b", before):
            return name
    return None


_NAMED_AS = re.compile(r"\b((?:\w+ ){1,3})(?:is |was )?(?:named|called) ([a-z]+)\b")


def _named_as(topic: set[str], text: str) -> str | None:
    """A name given with "named" to one of the asked words just before it: "the activities
    director is named deb" for "the lady who runs activities"."""
    low = text.lower()
    for m in _NAMED_AS.finditer(low):
        before, name = m.group(1), m.group(2)
        owner = re.search(r"\b(\w+?)(?:'s| has| had| got| have)\b", low[:m.end(1)])
        if owner and (stems(owner.group(1)) & PEOPLE) - topic:
            continue  # "my cousin has a dog called rex" names no dog of mine
        # (not "this older guy named dennis" for "the guy who runs the weekend shift")
        if (stems(before) & topic) - ANYONE and name not in STOP | _NOT_NAMES:
            return name
    return None


_NOT_NAMES = frozenset("it him her them that this like so literally just after the".split())


_PERSONAL = re.compile(r"\b(?:he|she|his|her|him|hes|shes)\b")
_NAME_WAS = re.compile(rf"\b(?:{NAME_WAS_SAID}) ([a-z]+)\b")


def _colour_of(topic: set[str], said: Said) -> str | None:
    """A colour said of the asked one: in the same clause ("clementine is chestnut"), or
    by "she"/"he"/"it" right after it was named ("my horse is named clementine, shes a
    chestnut mare"), with no one else named between."""
    low = said.text.lower()
    colour = next((w for w in low.split() if w in COLORS), None)
    if colour is None or not topic:
        return None
    if topic <= stems(said.text):
        return colour
    if topic & PET_STEMS & stems(said.text) and len(COLORS & set(low.split())) == 1:
        return colour  # "the pony i always talk about... what color is he": "a gray pony"
    line = (said.line or "").lower()
    at = line.find(low)
    before = re.findall(r"[\w']+", line[:at])
    if at > 0 and low.startswith(colour) and stems(" ".join(before)) & topic & PET_STEMS:
        return colour  # "we adopted a cat from my coworker, gray and huge": the cat's
    if not re.match(r"(?:she|he|it|shes|hes|its|she's|he's|it's)\b", low) or at <= 0:
        return None
    for i in range(len(before) - 1, -1, -1):
        found = stems(before[i])
        if found & topic:
            return colour
        if found & WHO_HAS_NAMES:
            return None
    return None


def _right_after(topic: set[str], text: str) -> str | None:
    """The asked one's name said plainly right after it, the name ``names_for`` finds, and
    a name beyond doubt: a first name, or a word that did something ("my bunny waffles
    chewed..."; not "my cousin won the game")."""
    name = names_for(topic, text, text, strict=True)
    low = text.lower()
    if not name or not (is_first_name(name) or acts(low, name)):
        return None
    words = re.findall(r"[\w']+", low)
    first = name.lower().split()[0]
    if len(name.split()) == 2 and stems(first) & topic:
        return name  # "coach petrakis told me", asked as "my coach"
    # "bunny" asked as "rabbit" too; "my aunt mei's house": Mei; "her fiance is named omar",
    # asked as "my aunts husband"
    named = re.search(rf"\b([a-z]+) (?:is |was )?(?:named|called) {re.escape(first)}\b", low)
    return name if named and named.group(1) in _PARTNERS and stems(named.group(1)) & topic or any(
        re.sub(r"'s$", "", nxt) == first and stems(word) & topic
        for word, nxt in zip(words, words[1:], strict=False)) else None


def fixed_after(best: Said, said: Sequence[Said]) -> Callable[[str], str]:
    """What a newer correction changes in the answer ("my friend lily said she'd come"
    and later "wait no not lily lila": "lila" is said back)."""
    later = [s for s in said if s.order > best.order or (best.fact and (s.order or not s.fact))
             or _later(s, best)]  # (a visit's summary has no order: its "8 months not 7"
    # still puts right what it names)
    pairs = [p for s in later for p in swaps(s.line or s.text)
             if not _fixes_another((s.line or s.text).lower(), p[0], best.line or best.text,
                                   said)]  # (not the cats' dinner time's "5 not 6" in the
    # tetras' count)
    told = sorted((s for s in said if not s.fact and s.order and any(
        ch.isdigit() for ch in s.line or s.text)), key=lambda s: -s.order)
    for s in later:  # "wait no its 10 to 4": the span told last before it
        pairs += span_swaps(s.line or s.text, (t.line or t.text for t in told
                                               if t.order < s.order))

    def fix(text: str) -> str:
        for wrong, right in pairs:
            # a time said with its half of the day: "6am" after "its 5:45 not 6" -> "5:45am"
            # and "2pm" after "its at 3 not 2" -> "3pm" (round 51's "unicorn party")
            tail = r"(?=(?:am|pm)\b)|" if wrong.isdigit() and (":" in right or right.isdigit()) \
                else ""
            at = rf"(?<![:.\d])\b{re.escape(wrong)}(?:{tail}\b(?![:.]\d))"  # (not 7 of 7:30,
            # nor 13 of 13.50)
            text = re.sub(at, lambda m, right=right: (
                right.capitalize() if m.group(0)[0].isupper() else right), text, flags=re.I)
        return text
    return fix


def _later(said: Said, than: Said) -> bool:
    """``said`` comes after ``than`` in the same remembered window (both have its order)."""
    if said.order != than.order or said.line == than.line or said.fact or than.fact:
        return False
    around = clean(than.around).lower()
    at, fix = around.find(than.text.lower()), around.find(said.text.lower())
    return 0 <= at < fix
