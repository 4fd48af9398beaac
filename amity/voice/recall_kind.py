"""What kind of answer a memory question asks for, and whether a clause can be one.

Contract: ``kind_bonus(wants, said, asked, question)`` scores how well a told clause is
the kind of answer asked for ("name": a name for the asked person or pet, or a title in
quotes; "count": a number, an age said as an age; "day", "when", "place", "color", "job",
"favorite", "quote", "reason"), or None when it cannot be one ("how old" is not answered
by "bruno is a 90 pound bernese"). ``of_kind``, ``a_score`` and ``has_kind`` are its
smaller readings, used by ``recall.answer`` too. Pure functions over text; split from
``recall`` (session 16), which chooses among the clauses.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import PET_KINDS as PETS
from .recall_counts import fits_unit, says_age
from .recall_heads import named_heads
from .recall_loose import loosely_named
from .recall_names import (
    MONTH,
    MONTH_DAY,
    PEOPLE,
    PRONOUN,
    QUOTED,
    TITLE_QUOTE,
    TITLE_WORD,
    names_for,
)
from .recall_said import Said
from .recall_whois import NAME_WAS_SAID, pronoun_named, who_did
from .recall_words import (
    COLORS,
    DEMONYM,
    JOBS,
    KINDS,
    PET_SORTS,
    SCORE,
    STOP,
    WEEKDAY,
    WHEN_WORDS,
    stems,
)

_DATES = re.compile(r"\b(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?\s*"
                    rf"\d{{1,2}} {MONTH} \d{{4}}\b|"
                    # (not someone's: "my brothers 18th" is his age)
                    r"(?<!s )(?<!'s )\b\d{1,2}(?:st|nd|rd|th)\b(?! (?:birthday|bday|b-day|"
                    r"anniversary|grade))|"
                    + MONTH_DAY)
#: the teen's own age ("im 14 and me and my grandpa joe..."): no one else's
_OWN_AGE = re.compile(r"\b(?:im|i'm|i am|i turned|i just turned|im turning|i'm turning)\s+"
                      r"(?:like |only |almost |nearly |just )?\d{1,2}\b")
_OWN_ASKED = re.compile(r"\bhow old (?:am|was|will|do) i\b|\bhow old (?:im|i'm|i am)\b|"
                        r"\bmy age\b")
#: "ok i named him waffles": the bunny may be told of in the message before
#: "its called ...": a name given to what came before
IT_CALLED = r"(?:its|it's|it is) (?:called|named)\b"
NAMED_IT = re.compile(rf"\bnamed (?:him|her|it|them)\b|\b{IT_CALLED}|"
                      r"\b(?:its|his|her) name(?:s| is|'s)\b")  # "ok we named it. its called ..."
#: a name given to a thing, not to a person: "we named it señor crumbs", "its called pebble"
NAMES_A_THING = re.compile(rf"\bnamed it\b|\b{IT_CALLED}")
_PET_STEMS = frozenset(stems(" ".join(PETS) + " pet"))
#: a clause that points back to a thing named in the message before ("its called the toaster")
_POINTS_BACK = re.compile(r"\b(?:it|its|it's|him|her|them|he|she|hes|shes|he's|she's)\b")
#: words said, told without quotes: "the pet store guy said only give him a little bit"
_REPORTED = re.compile(r"\b(?:said|says|told me|told us|told him|told her)\s+(?!it\b|so\b|that\b"
                       r"\s*$)\w+")
#: a line whose quote was cut off: "coach reyes said my serve is too soft, she literally said"
_CUT_QUOTE = re.compile(r"\b(?:said|says|goes|was like)[\s:,.]*$")
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
#: the day it is today, said of the day: "ugh monday again", "monday update:", "its friday"
_TODAY_IS = re.compile(rf"\b(?:its|it's|happy|ugh|another|today is|todays|today's)\s+{_DAY}\b|"
                       rf"\b{_DAY}\s+(?:again|update|vibes|mood)\b|^\W*{_DAY}\s*:")
_SINCE = re.compile(r"\bsince\b|\bfor (?:a|an|\w+) (?:years?|months?|weeks?|days?)\b")
LIKING = re.compile(r"\b(favou?rite|fav|fave|best|love|loves|like|likes|obsessed|into)\b")
NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"twice|once|thrice|dozen|hundred|half)\b")


_FORMER_NAME = re.compile(r"\b(?:was|were) (?:called|named) .{1,30}\bbefore\b|"
                          r"\bused to be (?:called|named)\b|\bold name\b")
_ASKS_FORMER = re.compile(r"\b(?:before|used to|old|originally|former|first|previous)\b")


#: words after a colour that leave it the colour of the thing asked ("blue one", "pink ish")
_COLOR_OF = frozenset("one ones ish color colour shade paint walls wall".split())


def other_colour(words: list[str], i: int, topic: set[str]) -> bool:
    """Whether the colour ``words[i]`` is said of a thing other than the one asked ("her
    orange knees" asked as "what color is my room": round 44 said "orange")."""
    after = words[i + 1] if i + 1 < len(words) else ""
    if after in _FLAVOURED and not stems(after) & topic:
        return True  # "blue raspberry and mango swirled": a flavour, no umbrella's colour
    owned = i > 0 and words[i - 1] in ("her", "his", "their", "its", "my", "our", "your")
    return bool(owned and after.isalpha() and after not in STOP and after not in COLORS and
                topic and not stems(after) & topic and after not in _COLOR_OF)


#: a colour word that names a flavour or a food: "blue raspberry", "green apple"
_FLAVOURED = frozenset("raspberry raspberries apple apples tea cheese velvet moon pepper peppers "
                       "lagoon curacao bean beans grape grapes razz lemonade".split())


#: a clock time, as "what time" asks: "at 7", "10am", "6:30", "noon"
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b\d{1,2}:\d\d\b|\b(?:at|by|from|til|till|"
                    r"until|around|to) \d{1,2}\b|\bnoon\b|\bmidnight\b|o'?clock\b")

def kind_bonus(wants: set[str], said: Said, asked: set[str], question: str
                ) -> float | None:
    """How well ``said`` is the kind of answer asked for; None: it cannot be one."""
    low = said.text.lower()
    bonus = 0.0
    if _BEFORE_NOW.search(question.lower()) and _NOW_SAID.search(low):
        return None  # "what was my pr last year": not "my pr is 16.8 right now"
    if "name" in wants:
        # "whats his name": anyone's name (the reader chose whose)
        heads = named_heads(question, asked)
        if (thing := NAMES_A_THING.search(low)) and heads & PEOPLE and not heads & _PET_STEMS \
                and not heads & stems(low[thing.end():]):
            return None  # "whats her name" of the little sister: not "we named it señor
            # crumbs, my sister picked it" (the vacuum's)
        loose = False
        named = names_for(heads, said.text, said.around)
        if not named and not (
                NAMED_IT.search(low) and names_for(heads, said.text,
                                                    f"{said.before} {said.around}")) and \
                not _TITLED.search(said.text) and not _one_said(question, said.text) and \
                not pronoun_named(asked, said) and not who_did(asked, said.text) and not (
                _OLD_ASKED.search(question.lower()) and _WAS_NAMED.search(low)):
            # ("his name is gonna be noodle" after a shiba; "theo who burned the croissants")
            if not loosely_named(asked, heads, said.text, said.around +
                                 (f" {said.before}" if _POINTS_BACK.search(low) else "")):
                return None  # (a title said in quotes: "its called 'captain pigeon'")
            loose = True  # "the activities director is named deb": said loosely
        if re.search(r"\b(surname|last name|family name)\b", question.lower()) and \
                not re.search(r"\b(surname|last name|family name)\b", low) and \
                not _SURNAMED.search(low):
            return None  # a first name does not answer it ("coach petrakis" does)
        if _other_gender(asked, low):
            return None  # "whats his daughters name": not "his name is gary"
        if _FORMER_NAME.search(low) and not _ASKS_FORMER.search(question.lower()):
            return None  # "she was called 'bunny 14' before": not her name now
        # a name said loosely gets no name bonus (at 0.5, "i named him waffles" outranked
        # "my brother wanted to call him tank")
        bonus += 0.0 if loose else 0.5 if named and named.lower() not in low else 1.0
        # (a name only beside the clause, in its message, is said less plainly than one in
        # it: "my art teacher ms brennan wants..." over "i didnt finish the pieces oops",
        # beside "ms brennan is gonna kill me")
    if "who" in wants and (names_for(asked, said.text, said.around)
                           or re.search(r"\b[A-Z][a-z]+", said.text[1:])
                           or re.search(r"\b(with|and) \w+", low)):
        bonus += 0.5
    if "who" in wants and re.search(r"\bwith(?: again| tho)?\s*\W*$", question.lower()) and \
            re.search(r"\bwith (?:my |our )?(?:\w+ )?[a-z]+", low):
        bonus += 1.0  # "who did i go to the concert with": "im going with my sister lena"
    if "who" in wants and _WHO_SAID.search(question.lower()) and _SAID_IT.search(low):
        bonus += 2.0  # "which teacher was the one who said the mean thing": "she said '...'"
    bonus += 1.5 * of_kind(asked, low) + 1.5 * a_score(asked, low)
    if "count" in wants and not has_kind(low, "count") and not (
            "how long" in question.lower() and _SINCE.search(low)):
        return None  # a date is no count: "came home on saturday 07 march" is no age
    if "count" in wants and fits_unit(question, said.text):
        bonus += 0.5  # said as asked: "how old" -> "shes 4", "how much" -> "12 bucks"
    elif "count" in wants and re.search(r"\bhow old\b", question.lower()) and \
            not says_age(said.text):
        return None  # "bruno is a 90 pound bernese" tells no age
    elif "count" in wants and re.search(r"\bwhat time\b", question.lower()) and \
            not _CLOCK.search(low):
        return None  # "what time did it end up starting": not "we ended up raising $520"
    elif "count" in wants and re.search(r"\bhow long\b(?! ago)", question.lower()) and \
            not _LENGTH.search(low) and not _SINCE.search(low):
        return None  # "how long does keoni have to do my dishes": "hes 12 ... it was $140"
        # tells no time
    if "count" in wants and re.search(r"\bhow old\b", question.lower()) and \
            not _OWN_ASKED.search(question.lower()) and _OWN_AGE.search(low):
        rest = _OWN_AGE.sub(" ", low)  # "how old is my grandpa": "im 14 and me and my
        if not re.search(r"\d", rest) or not says_age(rest):  # grandpa joe ..." is mine
            return None
    if "day" in wants:
        if not has_kind(low, "day") or _TODAY_IS.search(low) and not has_kind(
                _TODAY_IS.sub(" ", low), "day"):
            return None  # "what day do i babysit" wants a day of the week (or a date); the
            # day it is today ("ugh monday again") is no plan's day
        bonus += 0.5
    if "favorite" in wants and not LIKING.search(low):
        return None  # "i have a maths test" is no favourite subject
    if "job" in wants:
        owner = re.search(r"([\w']+) (?:job|jobs)\b", question.lower())
        whose = stems(owner.group(1)) if owner and owner.group(1) not in _NOT_OWNERS else set()
        if not (_WORKS.search(low) or JOBS & set(low.split())) or (
                whose and not (stems(said.text) & whose or PRONOUN & set(low.split()))):
            return None  # whose job: "priya works there" is not mum's
        bonus += 2.0 if JOBS & set(low.split()) else 0.0  # "shes a pharmacist"
    if "color" in wants:
        said_words = re.findall(r"[\w'-]+", low)
        if all(other_colour(said_words, i, asked) for i, w in enumerate(said_words)
               if w in COLORS) and COLORS & set(said_words):
            return None  # only colours of other things ("her orange knees")
        if not COLORS & set(low.split()) and not ("name" in wants and re.search(
                TITLE_QUOTE, low)):  # "the name of that paint color": "a color called '...'"
            return None
        bonus += 1.0
    if "place" in wants:
        if not re.search(r"\b(in|at|to|from|near)\s+\w+", _unasked(low, question, _PLACE_PREPS)) \
                and not (re.search(r"\bfrom\b", question.lower()) and DEMONYM.search(low)) \
                and not _ON_BODY.search(low):
            return None  # "where" wants a place: "your teacher is mrs lindqvist" is none
            # ("where is she from": "shes swedish" is one)
        bonus += 0.5
    if "when" in wants and "day" not in wants and not WHEN_WORDS.search(_unasked(low, question)):
        return None  # "when is the concert": "a song in 5/4 for the concert" tells no when
    kind_of = _KIND_OF.search(question.lower())
    if kind_of and (kind_of.group(1) is None or kind_of.group(1).rstrip("s") in
                    KINDS["animal"] | PETS) and not (KINDS["breed"] | PET_SORTS) & set(
                        re.findall(r"[a-z]+", low)):
        return None  # "what breed is pumpkin": "a huge orange cat named pumpkin" is none;
        # "what kind of hamster is nugget": not "my hamster is called nugget"
    if "quote" in wants and not QUOTED.search(f"{said.line} {said.text}") and \
            not _CUT_QUOTE.search(said.line) and \
            _REPORTED.search(low) and asked & (stems(said.line or said.text) | stems(said.before)):
        bonus += 1.0  # "the pet store guy said only give him a little bit": said, unquoted
    elif "quote" in wants:
        if not QUOTED.search(said.text) or not asked & stems(said.text) and not (
                re.match(r"(?:\w+ ){0,2}(?:she|he|they|(?:her|his|their) (?:exact )?words)\b",
                         low) and
                asked & (stems(said.line) | stems(said.before or said.around))):
            return None  # "what does kiwi always say": "he screams at 6am" says no words;
            # a quote from another message ("its called 'captain pigeon'") is not hers ("her
            # exact words were '...'" after "my mom is not thrilled" is)
        bonus += 1.5
    if "reason" in wants and (why := REASON.search(low)):
        if asked & stems(low[why.end():]) and not asked & stems(low[:why.start()]):
            return None  # "why was i late": "made us run poles bc someone (me) was late"
            # gives the lateness as the reason of something else
        bonus += 1.0
    return bonus


#: where on someone a thing happened: "i got stung on my wrist"
_ON_BODY = re.compile(r"\b(?:on|in) (?:my|his|her|their|the) (?:left |right )?(?:wrist|arm|hand|"
                      r"leg|foot|face|neck|back|finger|thumb|knee|ankle|head|cheek|shoulder|"
                      r"elbow|toe|nose|ear|lip|eye|chin|forehead|stomach)\b")
#: a reason told ("bc hes allergic", "named it the Mildred after his first dog")
#: a time or a length said: "for 2 weeks", "a couple days", "45 min", "2:09", "4 feet"
_LENGTH = re.compile(r"\b(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                     r"twelve|a couple(?: of)?|a few|few|couple)\s*(?:-\s*\d+\s*)?(?:more\s+)?"
                     r"(?:hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s|days?|weeks?|wks?|months?|mos?|years?|"
                     r"yrs?|nights?|semesters?|seasons?|feet|foot|ft|inch(?:es)?|in|meters?|metres?|cm|"
                     r"km|miles?|mi|yards?|laps?|pages?|episodes?)\b|\b\d+:\d\d\b|\b(?:all|whole)\s+"
                     r"(?:day|night|week|weekend|month|year|summer|semester)\b")
#: a name before a renaming, asked and told: "old name?", "his name was garfield"
_OLD_ASKED = re.compile(r"\b(?:old|original|first|real) name\b")
_WAS_NAMED = re.compile(rf"\b(?:{NAME_WAS_SAID})\b")
#: the words a reason is told with ("bc", "allergic"), shared with ``remembered``
REASON_WORDS = "because|cause|cuz|coz|bc|since|allergic"
REASON = re.compile(rf"\b({REASON_WORDS})\b|"
                    r"\b(?:named|called) (?:it|him|her) (?:[\w ]{1,20} )?after\b")
_TITLED = re.compile(TITLE_QUOTE)
_BEFORE_NOW = re.compile(r"\b(?:last|freshman|sophomore|junior) (?:year|season|summer)\b|"
                         r"\bbefore (?:that|this)\b|"
                         r"\b(?:in|back in) (?:middle school|\d(?:st|nd|rd|th) grade)\b")
_NOW_SAID = re.compile(r"\b(?:right now|rn|currently|this (?:year|season)|at the moment)\b")
_WHO_SAID = re.compile(r"\bwho (?:said|says|told|yelled|wrote|texted)\b")
_SAID_IT = re.compile(r"\b(?:said|says|told|tells|yelled|wrote|texted|goes|went like|was like)\b")
_HERS = frozenset(stems("daughter sister sis mom mum mother aunt auntie grandma gran nana "
                        "girlfriend gf niece stepmom wife girl lady"))
_HIS = frozenset(stems("son brother bro dad father uncle grandpa granddad boyfriend bf nephew "
                       "stepdad husband boy guy"))


def _other_gender(asked: set[str], low: str) -> bool:
    """A name said of a him when a her is asked for, or the other way round."""
    if asked & _HERS and not asked & _HIS:
        return bool(re.search(r"\b(?:his name|he'?s called|hes named)\b", low)) and \
            not re.search(r"\bher name\b", low)
    if asked & _HIS and not asked & _HERS:
        return bool(re.search(r"\b(?:her name|she'?s called|shes named)\b", low)) and \
            not re.search(r"\bhis name\b", low)
    return False


#: a family name after a title: "coach petrakis", "mrs halvorsen", "dr okoro"
_SURNAMED = re.compile(r"\b(?:mr|mrs|ms|miss|dr|coach|prof|professor|sensei)\.? [a-z]{3,}")

def _unasked(low: str, question: str, keep: frozenset[str] = frozenset()) -> str:
    """``low`` without the question's own words (but ``keep``): "winter" in "the winter
    concert" tells no when, "to regionals" is no place when regionals is what is asked."""
    asked = set(question.lower().split()) - keep
    return " ".join(w for w in low.split() if w not in asked)


_PLACE_PREPS = frozenset("in at to from near".split())
_KIND_OF = re.compile(r"\bwhat (?:kind|type|sort|breed) of (\w+) (?:is|was) (?!it\b)\w+|"
                      r"\bwhat breed\b")  # of a pet named: not "what kind of fish did i catch"
_WORKS = re.compile(r"\b(?:work|works|worked|working|job|jobs|shifts?|for a living|hired|"
                    r"internship)\b|\b(?:is|was|im|i'm|hes|he's|shes|she's|am) an? \w+")


HEIGHT = re.compile(r"\b\d\s?'\s?\d{1,2}\b|\b\d\s?(?:foot|feet|ft)\b|\b1[.,]\d\d\s?m\b")


def of_kind(topic: set[str], low: str) -> bool:
    """``low`` names one of a kind the question asks for ("position" -> "keeper", "color"
    -> "silver")."""
    words = set(low.split())
    return any(KINDS[k] & words for k in topic if k in KINDS) or a_height(topic, low) or bool(
        "color" in topic and COLORS & words) or bool(  # "the thing i always order there":
        "order" in topic and words & {"got", "get", "getting", "ordered"})  # "im getting..."


def a_height(topic: set[str], low: str) -> bool:
    """The question asks how tall and ``low`` gives a height ("how tall am i": "im 6'1")."""
    return "tall" in topic and bool(HEIGHT.search(low))


def a_score(topic: set[str], low: str) -> bool:
    """The question asks for a score and ``low`` gives one ("we won 3-1")."""
    return "scor" in topic and bool(SCORE.search(low))


_NOT_OWNERS = frozenset("what which whats a an the my our his her their new old first summer "
                        "part weekend".split())
def has_kind(text: str, kind: str) -> bool:
    """``text`` holds a number ("count"; a date is none) or a day or a date ("day")."""
    low = text.lower()
    if kind == "count":
        return bool(NUMBER.search(_DATES.sub(" ", low)))
    return bool(WEEKDAY.search(low) or _DATES.search(low))


_THE_ONE = re.compile(r"\bthe (\w{3,}) ones?\b")
_PERSON_TITLE = re.compile(rf"\b{TITLE_WORD}\.? [a-z]{{2,}}", re.I)


def _one_said(question: str, text: str) -> bool:
    """"whats the nice ones name": a clause that says someone titled is nice ("my math
    teacher is mr okafor and hes nice")."""
    one = _THE_ONE.search(question.lower())
    return bool(one and re.search(rf"\b{re.escape(one.group(1))}\b", text.lower())
                and _PERSON_TITLE.search(text))
