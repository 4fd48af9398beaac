"""The asked detail held against what it must be, for ``recall.answer``: the other side of a
game, the thing a clause says "the song is ...", a last name, a grade, the thing done.

Contract: ``rival(whole, text)`` is the side played when the question asks who they played
("what team were we playing": "vs the hornets" -> "the hornets"), else None;
``thing_said_is(question, topic, text)`` is what "the <thing> is ..." says when the question
asks "what <thing> did ..." ("the song is 'bridge over troubled water'"), else None;
``first_for_last(whole, told)``: a last name asked and ``told`` a first name ("Coach
Renata"); ``no_grade(whole, text)``: a grade asked and ``text`` holds none ("i got 11:42"
on the mile); ``done_bare(question, text)``: "what does eli juggle" asked and ``text`` says
the doing with nothing done ("eli is juggling and dominic..."); ``wish_or_gift_untold(question,
text)``: a wish or a gift asked that ``text`` does not tell. Pure functions over text.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .recall_words import stems

#: the other side asked: "what team were we playing", "who do we play against"
_TEAM_ASKED = re.compile(r"\b(?:(?:what|which) (?:team|school|club)|who)\b[^?]{0,30}\b(?:play|"
                         r"playing|played|against|vs|versus|face|facing)\b")
_VERSUS = re.compile(r"\b(?:vs\.?|versus|against)\s+((?:the\s+)?[a-z'-]+(?:\s+(?!at\b|on\b|in\b|"
                     r"and\b|but\b|this\b|next\b|so\b)[a-z'-]+)?)")
_WHAT_THING = re.compile(r"(?:what|which) ([a-z]{3,}) (?:did|do|does|was|is|were|am)\b")
_LAST_NAME = re.compile(r"\b(?:last|sur|family) ?name\b")
_TITLED = re.compile(r"(?:mr|mrs|ms|miss|dr|mx|prof)\b")
#: a grade asked, and what reads as one: "a b+", "92", "18/20", "4 out of 5", "passed"
_GRADE_ASKED = re.compile(r"\bwhat (?:grade|mark|score)\b")
_GRADE = re.compile(r"(?<![:\d])\b(?:[a-f][+-]?(?=\s|$|[,.!?])|\d{1,3}(?:\.\d)?\s*(?:%|percent|"
                    r"/\s*\d+|out\s+of\s+\d+)|\d{1,3}(?![:\d])|passed|failed|perfect|"
                    r"full\s+marks)", re.I)
#: the thing someone does asked, nothing after the verb: "what does eli juggle"
_WHAT_DOES = re.compile(r"^what (?:does|did|do|will|is) ([a-z]+) ([a-z]{4,})$")
_BARE_AFTER = frozenset("and but so too lol now again in at on for with then because bc".split())


def rival(whole: str, text: str) -> str | None:
    """The side played, when the question asks it (see the module doc)."""
    if not _TEAM_ASKED.search(whole.lower()):
        return None
    found = _VERSUS.search(text.lower())
    return found.group(1) if found else None


def thing_said_is(question: str, topic: set[str], text: str) -> str | None:
    """What "the <thing> is ..." says of the thing a "what <thing> did ..." question asks."""
    thing = _WHAT_THING.match(question.lower())
    if not thing or not stems(thing.group(1)) & topic:
        return None
    said_is = re.search(rf"\b(?:the|my|our) {re.escape(thing.group(1))} (?:is|was) "
                        r"['\"“‘]?([^'\"”’.,!?]{2,50}?)['\"”’]?(?=\s+(?:and|but|so|lol|"
                        r"which)\b|\s*[.,!?]|\s*$)", text.lower())
    return said_is.group(1) if said_is else None


def first_for_last(whole: str, told: str) -> bool:
    """A last name asked and ``told`` a first name (a title like "Ms" keeps a surname)."""
    return bool(_LAST_NAME.search(whole.lower())) and is_first_name(told.split()[-1]) and \
        not _TITLED.match(told.lower())


def no_grade(whole: str, text: str) -> bool:
    """A grade asked and ``text`` holds nothing that reads as one (a ledger line's date is
    none: "you have physics test on Wednesday 04 March 2026" tells no grade, dev23)."""
    return bool(_GRADE_ASKED.search(whole.lower())) and not _GRADE.search(
        _DATED.sub(" ", text))


#: a date as the ledger writes it, and a lone article ("a" is no grade A)
_DATED = re.compile(r"(?i:\b\d{1,2} (?:january|february|march|april|may|june|july|august|"
                    r"september|october|november|december) \d{4}\b|\b(?:on|at|by) \w+day\b)|"
                    r"(?<![A-Za-z])a (?=[a-z])")


def done_bare(question: str, text: str) -> bool:
    """The thing done asked ("what does eli juggle") and ``text`` says the doing only with
    nothing done after it ("eli is juggling and dominic..."; not "she juggles flaming
    torches")."""
    asked = _WHAT_DOES.match(question.lower().split("?")[0].strip(" !."))
    if asked is None:
        return False
    verb = asked.group(2)
    after = [m.group(1) for m in re.finditer(rf"\b{re.escape(verb[:5])}\w*\s*([a-z]*)",
                                             text.lower())]
    return bool(after) and all(not w or w in _BARE_AFTER for w in after)


#: an age asked: "how old did i say he was", "whats her age again"
_AGE_ASKED = re.compile(r"\bhow old\b|\b(?:his|her|their|my|ur|your) age\b|\bage again\b")


#: what says a number before it is an age: "hes 7", "the twins who are 11", "turning 8"
_AGE_BEFORE = (r"\b(?:is|are|was|were|hes|shes|he's|she's|theyre|they're|im|i'm|turns?|turning|"
               r"turned|aged?|whos|who's|both|and)\s+(?:only |just |like |almost |about |now |"
               r"gonna be |going to be |literally |already )?")
#: what a number said of is no one's age: "the goal is 30", "the total was 12"
_THING_SUBJECTS = frozenset("goal total price cost score number record limit count size height "
                            "weight time budget target pr rank place it that this grade bill "
                            "rent fee temp temperature".split())
#: a unit that says a number measures something else: "9 cm", "4 feet", "20 pounds"
_MEASURE = (r"(?:cm|mm|m|km|in|inch|inches|ft|feet|foot|meters?|metres?|miles?|mi|lbs?|pounds?|"
            r"kg|kilos?|grams?|g|oz|ounces?|mph|percent|%|points?|pts|dollars?|bucks|cents?|"
            r"minutes?|mins?|hours?|hrs?|seconds?|secs?|laps|slides|pages|tickets|boxes)")


def no_age(whole: str, detail: str, text: str) -> bool:
    """An age asked and ``detail`` is no age: a clock time ("9:30", round 58), a number read
    out of one ("30" of "at 9:30"), a date, a price or a number past 120."""
    if not _AGE_ASKED.search(whole.lower()):
        return False
    low = detail.lower().strip()
    number = re.search(r"\d+", low)
    if number is None:
        return False  # ("a puppy", "two"): no number to hold against it
    if re.search(r"[:$]|\b(?:am|pm)\b|\d(?:st|nd|rd|th)\b", low) or int(number.group()) > 120:
        return True
    n, told = number.group(), text.lower()
    if re.search(rf"\d:{n}\b|\${n}\b", told) or re.search(rf"\b{n} ?{_MEASURE}\b", told):
        return True  # "hes 9 cm tall" (a plant, round 53): no age
    said_age = [m for m in re.finditer(rf"(\w+)\W+{_AGE_BEFORE}{n}\b", told)
                if m.group(1) not in _THING_SUBJECTS]
    if not said_age and not re.search(rf"^{_AGE_BEFORE}{n}\b|\b{n}(?:\s*(?:years?|yrs?|yo|"
                                      rf"y/o|months?|weeks?|days?)\b|th birthday\b)|"
                                      rf"\(\s*{n}\s*\)|\b[a-z]+, {n},", told):
        # ("my little sister maya (12)", "maya, 12, ...", said in brackets or beside a name)
        return True  # "leo has 23 books ... the goal is 30" (round 58): no age said of it
    asked_she = re.search(r"\b(?:she|her)\b", whole.lower()) and not re.search(
        r"\b(?:he|him|his)\b", whole.lower())
    return bool(asked_she and re.search(rf"\b(?:hes|he's|he is)\s+(?:only |just |like )?{n}\b",
                                        told) and not re.search(rf"\b(?:shes|she's|she is)\s+"
                                                               rf"(?:only |just |like )?{n}\b",
                                                               told))
    # ("how old did i say she is": not "hes 11" of the cat, round 57)


#: a choice asked as a wish ("what jersey number id pick if i played hockey"), and a clause
#: that tells one ("if i could", "id pick", "i want")
_WISH_ASKED = re.compile(r"\b(?:id|i'd|i would|would i)\s+(?:pick|choose|be|do|get|want|name|"
                         r"wear|go with)\b", re.I)
_WISH_TOLD = re.compile(r"\b(?:would|id|i'd|wanna|want|wants|wish|if i|dream)\b", re.I)
#: a gift asked ("what i got for christmas") and a clause that tells one
_GIFT_ASKED = re.compile(r"\bwhat (?:did )?i (?:got|get|was given) (?:for|on)\b", re.I)
_GIFT_TOLD = re.compile(r"\b(?:got|get|gift|gifts|present|presents|gave|bought|given)\b", re.I)


def wish_or_gift_untold(question: str, text: str) -> bool:
    """``question`` asks a wish ("what jersey number id pick") or a gift ("what i got for
    christmas") that ``text`` does not tell (round 68 answered Tariq's number 31 and pasted
    the cake told)."""
    return bool(_WISH_ASKED.search(question) and not _WISH_TOLD.search(text) or
                _GIFT_ASKED.search(question) and not _GIFT_TOLD.search(text))
