"""Checks of a memory answer found against what the question asks, for ``remembered``.

Contract: ``other_pronoun(low_q, low)``: the question asks of a "he" and the told clause
tells only of a "she", or the other way ("do u remember where he lives": not "her house on
maple st"); ``names_the_thing(low_q, detail, told)``: the one who did something to a thing
is asked and ``detail`` is the thing's own name ("the librarian who found the elephant":
not "peanut"); ``put_right_after(detail, said)``: a clock time put right later in the
message that told it ("at 6:30 — wait no ... its 7:15 now" -> "7:15"); ``wrong_unit(low_q,
detail)``: a clock time for "how many", a length of hours for a wage asked. Pure functions
over text (session 55, rounds 68-69).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .recall_said import Said
from .recall_words import CORRECTION

PRICE_ASKED = re.compile(r"\bhow much\b|\b(?:cost|costs|price|prices)\b")
WAGE_ASKED = re.compile(r"\b(?:make|making|made|paid|pay|pays|earn|earning|wage|hour|hourly|hr|"
                         r"salary|paycheck)\b")
SHE = re.compile(r"\b(?:she|her|hers|shes|she's)\b")
HE = re.compile(r"\b(?:he|him|his|hes|he's)\b")

_COUNT_ONLY = re.compile(r"\bhow many\b(?![^?]{0,30}\b(?:hours?|minutes?|mins?|times?)\b)")
#: a weight, a length or an age, no price: "100 pounds" of a dog for a wage (round 75)
_MEASURE = re.compile(r"\d\s*(?:pounds?|lbs?|kg|kilos?|miles?|feet|foot|ft|inch(?:es)?|cm|"
                      r"meters?|years?|yrs?|yo)\b")
_SIZE_ASKED = re.compile(r"\b(?:weigh\w*|heavy|tall|long|far|old|big|high|deep|wide)\b")
#: a clock time asked: "what time did i say the party starts"
_TIME_ASKED = re.compile(r"\bwhat time\b")
#: no clock time: a day of the month ("9th", "the 21st") or a count past any hour ("14")
_NO_CLOCK = re.compile(r"(?:the )?\d{1,2}(?:st|nd|rd|th)!*|(?:1[3-9]|[2-9]\d|\d{3,})!*")


_HE_ASKED = re.compile(r"\b(?:where|what|how|when|which)\b[^?]{0,25}\b(?:he|his|him)\b")
_SHE_ASKED = re.compile(r"\b(?:where|what|how|when|which)\b[^?]{0,25}\b(?:she|her)\b")
#: a kin word asked of: "how old is my sister" asks of a "she" (dev30: not "hes 19", the
#: brother's)
_HE_KIN_ASKED = re.compile(r"\b(?:where|what|how|when|which|who)\b[^?]{0,25}\b(?:my|our) "
                           r"(?:\w+ )?(?:brother|bro|dad|uncle|grandpa|stepdad|boyfriend)\b")
_SHE_KIN_ASKED = re.compile(r"\b(?:where|what|how|when|which|who)\b[^?]{0,25}\b(?:my|our) "
                            r"(?:\w+ )?(?:sister|sis|mom|mum|aunt|grandma|nana|stepmom|"
                            r"girlfriend)\b")
_HE_SAID = re.compile(r"\b(?:he|his|him|hes|he's|himself|boyfriend|bf|brother|bro|dad|father|"
                      r"uncle|grandpa|son|guy|man|boy|husband|stepdad|mr)\b")
_SHE_SAID = re.compile(r"\b(?:she|her|hers|shes|she's|herself|girlfriend|gf|sister|sis|mom|mum|"
                       r"mother|aunt|grandma|nana|daughter|girl|woman|lady|wife|stepmom|ms|mrs)\b")


def other_pronoun(low_q: str, low: str) -> bool:
    """The question asks of a "he" and the clause tells only of a "she" (or the other way),
    naming no one ("do u remember where he lives": not "her house on maple st")."""
    ask = low_q.split("?")[0]
    he_ask = (_HE_ASKED.search(ask) or _HE_KIN_ASKED.search(ask)) and not _SHE_SAID.search(ask)
    she_ask = (_SHE_ASKED.search(ask) or _SHE_KIN_ASKED.search(ask)) and \
        not _HE_SAID.search(ask)
    # (the clause by its pronouns alone: "dog was 900 bucks. dad almost cried" is no "he")
    return bool(he_ask and SHE.search(low) and not _HE_SAID.search(low) or
                she_ask and HE.search(low) and not _SHE_SAID.search(low))


_WHO_DID_THING = re.compile(r"\bwho\s+(?!(?:was|is|are|were|s|has|had|be|do|does|did)\b)[a-z]+\s+"
                            r"(?:\w+\s+)?(?:the|my|our|his|her)\s+(?:\w+\s+)?([a-z]{3,})\b")
# (a doing, not "who was my old manager": she is the one named)


def names_the_thing(low_q: str, detail: str, told: Sequence[str]) -> bool:
    """The one who did something to a thing is asked, and ``detail`` is that thing's own name
    ("who found the elephant": "peanut" of "a blue elephant named peanut")."""
    m = _WHO_DID_THING.search(low_q)
    name = re.escape(detail.strip(" !.").lower())
    if m is None or not name:
        return False
    thing = re.escape(m.group(1))
    return any(re.search(rf"\b{thing}\b[^.!?]{{0,30}}\b(?:named|called)\s+{name}\b|"
                         rf"\b{name},?\s+(?:the|my|our|his|her)\s+(?:\w+\s+)?{thing}\b",
                         text.lower()) for text in told)


_CLOCK = re.compile(r"\b\d{1,2}:\d\d(?:\s*(?:am|pm))?|\b\d{1,2}\s*(?:am|pm)\b")


def put_right_after(detail: str, said: Sequence[Said]) -> str | None:
    """A clock time put right later in the message that told it ("at 6:30 — wait no they
    moved it, its 7:15 now" -> "7:15"), else None."""
    if not _CLOCK.fullmatch(detail.strip().lower()):
        return None
    for s in said:
        line = (s.line or s.text).lower()
        at = line.find(detail.strip().lower())
        mark = CORRECTION.search(line, at) if at >= 0 else None
        later = _CLOCK.findall(line[mark.end():]) if mark else []
        if later and later[-1] != detail.strip().lower():
            return later[-1]
    return None


#: a place asked: "where did i say my uncles family came from" (round 79: "250 dumplings!")
_WHERE_ASKED = re.compile(r"^(?:\W*(?:and|so|ok|okay|wait|oh|also|um|hey)\s+)*(?:where|wheres|"
                          r"where's)\b")


def wrong_unit(low_q: str, detail: str) -> bool:
    """A clock time for "how many", a length of hours for a wage asked, a day of the month
    or a count for "what time" ("14", the guests, for when the party starts; round 72), a
    weight, a length or an age for a price ("100 pounds", a dog's, for a wage; round 75), a
    number for a place asked."""
    d = detail.strip().lower()
    return bool(_WHERE_ASKED.match(low_q) and re.fullmatch(r"[$£€]?[\d,.:]+(?: [a-z]+)?", d) or
                _COUNT_ONLY.search(low_q) and re.fullmatch(r"\d{1,2}:\d\d\s*(?:am|pm)?", d) or
                _TIME_ASKED.search(low_q) and _NO_CLOCK.fullmatch(d) or
                PRICE_ASKED.search(low_q) and _MEASURE.search(d) and
                not _SIZE_ASKED.search(low_q) or
                PRICE_ASKED.search(low_q) and WAGE_ASKED.search(low_q) and
                re.fullmatch(r"(?:like |about )?\d+(?:\.\d+)? ?(?:hours?|hrs?)", d))


#: a deed of the teen's own asked: "what i said i ate at the park", "what did i order"
_OWN_DEED = re.compile(r"\bi (?:\w+ )?(?P<v>ate|eat|had|bought|buy|ordered|order|made|make|"
                       r"drew|draw|wore|wear|won|win|baked|bake|cooked|cook|built|build)\b")
_PAST = {"eat": "ate", "buy": "bought", "order": "ordered", "make": "made", "draw": "drew",
         "wear": "wore", "win": "won", "bake": "baked", "cook": "cooked", "build": "built"}


def done_by_another(low_q: str, told: str) -> bool:
    """The teen's own deed asked ("what i said i ate at the park") and ``told`` (said back
    in the second person) gives it only as someone else's ("your dog pickles ate one of
    your clarinet reeds": round 74)."""
    asked = _OWN_DEED.search(low_q)
    if asked is None:
        return False
    verb = _PAST.get(asked.group("v"), asked.group("v"))
    low = told.lower()
    own = re.search(rf"\b(?:you|we|u|i)\s+(?:\w+\s+)?{verb}\b", low)
    other = re.search(rf"\b(?!(?:you|we|u|i|me|told)\b)[a-z]+\s+{verb}\b", low)
    return other is not None and own is None



#: a one asked by a trait ("which teacher was the mean one") and the traits that say the
#: other one ("the nicest person alive")
_OPPOSITE = {"mean": "nice nicest kind kindest sweet sweetest chill best", "nice": "mean meanest "
             "strict strictest rude annoying worst", "strict": "chill nice nicest easy",
             "chill": "strict strictest mean", "older": "younger youngest", "oldest": "younger "
             "youngest", "younger": "older oldest", "youngest": "older oldest", "quiet": "loud "
             "loudest", "loud": "quiet quietest shy", "shy": "loud loudest", "funny": "boring",
             "boring": "funny fun", "good": "bad worst", "bad": "good best"}
_TRAIT_ASKED = re.compile(r"\bthe (?P<t>[a-z]+) one\b|\bwhich \w+ (?:is|was) (?:the |so )?"
                          r"(?P<u>[a-z]+)\b")


def _asked_trait(low_q: str) -> str | None:
    """The trait a one is asked by ("which teacher was the mean one": "mean"), or None."""
    asked = _TRAIT_ASKED.search(low_q)
    return (asked.group("t") or asked.group("u")) if asked else None


def opposite_trait(low_q: str, told: str) -> str | None:
    """The trait ``told`` says that is the opposite of the one asked by ("which teacher was
    the mean one": "nicest" of "mrs petrakis ... is the nicest person alive", dev30), when
    it does not say the asked one too; else None."""
    trait = _asked_trait(low_q)
    if not trait or trait not in _OPPOSITE:
        return None
    low = told.lower()
    if re.search(rf"\b{trait}", low):
        return None
    return next((w for w in _OPPOSITE[trait].split() if re.search(rf"\b{w}\b", low)), None)


_POSITION_ASKED = re.compile(r"\b(?:what|which) position\b")
#: the places on a team a teen plays ("i play left wing", "im the setter")
_POSITIONS = re.compile(r"\b(?:goalie|goalkeeper|keeper|goal|striker|forward|forwards|wing|"
                        r"winger|midfield\w*|defen[cs]e\w*|defender|back|fullback|center|centre|"
                        r"guard|point guard|pitcher|catcher|shortstop|outfield\w*|infield\w*|"
                        r"base|setter|libero|hitter|blocker|quarterback|qb|receiver|lineman|"
                        r"linebacker|tight end|kicker|attack\w*|sweeper|stopper|jammer|"
                        r"captain|lead|bass|alto|soprano|tenor|first chair|second chair|"
                        r"starter|sub|bench|anchor|leadoff|cox|stroke|bow)\b")


def no_position(low_q: str, told: str) -> bool:
    """A position asked ("do u remember what position i play") and ``told`` names none
    ("you play westbrook on thursday": the team played, dev30)."""
    return bool(_POSITION_ASKED.search(low_q)) and not _POSITIONS.search(told.lower())


_CAME_ASKED = re.compile(r"\bhow many\b[^?]{0,30}\b(?:came|showed up|show up|turned up|"
                         r"ended up coming)\b")  # (not "how many puppies were there")
_CAME_SAID = re.compile(r"\b(?:came|come|coming|showed|show up|turned up|there|went|going|"
                        r"invited|invite|rsvp\w*|guests?|attend\w*|joined|join)\b")


def attendance_untold(low_q: str, told: str) -> bool:
    """How many came to something asked, and ``told`` tells no one coming ("a group chat with
    like 40 people in it" for "how many people came to the party in the end", dev30)."""
    return bool(_CAME_ASKED.search(low_q)) and not _CAME_SAID.search(told.lower())


#: the words that say a trait asked by ("the mean one": "the worst teacher ive ever had")
_LIKE = {"mean": "mean|meanest|worst|rude|strict|strictest|scary|yells|yelled",
         "nice": "nice|nicest|sweet|sweetest|kind|kindest|best|chill",
         "strict": "strict|strictest|mean|meanest|worst", "funny": "funny|funniest|hilarious",
         "quiet": "quiet|quietest|shy|never talks|doesnt talk|barely talks"}


def trait_words(low_q: str) -> re.Pattern[str] | None:
    """The words that say the trait the question asks by ("which teacher was the mean one":
    "mr pruitt is the worst teacher ive ever had", dev28), or None; read once per question."""
    trait = _asked_trait(low_q)
    return re.compile(rf"\b(?:{_LIKE[trait]})\b") if trait in _LIKE else None
