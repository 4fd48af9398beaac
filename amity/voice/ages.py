"""Someone's age, told in passing, met as a friend meets it: "shes 81 and shes made tamales
every christmas since like 1960" -> "81?! legend 🙌", "hes 6 weeks old and fits in my hand"
-> "6 weeks old?! a tiny baby 🥹", "hes a senior, 12 years old" (a cat) -> "12! a wise old
soul 🥹", "lily is 7 and marcus is 10" -> "7 and 10, got it 📝".

In the spent rounds 50-59, 24 of the 269 messages left to the curious fallbacks ("wait,
Walter? tell me more 👀", "ooh, dog! what's the story there?") told someone's age: a
friend hears the age and says something about it.

Contract: ``ages(turn, lines) -> [Proposal]``: for a calm or happy statement (no question,
no correction, not the teen's own age) that tells the age of someone else or of a pet
(``told_ages(text)``: "hes 74", "whos 16", "lily is 7", "a 4 yr old golden retriever", "6
weeks old"), lines from ``skills.json`` by who and how old: ``age_elder`` (65 and up),
``age_kid`` (9 and under), ``age_baby`` (weeks or months), ``age_old_pet`` (a pet of
10 and up), ``age_pet``, ``age_noted`` (anyone else), ``age_two`` (two ages told), with
"{n}" the age as told ("6 weeks"), and the name with it when one alone is named ("{who}").
Pure functions over the message.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .pets import KINDS
from .reading import QUESTION
from .recall_fix import swaps
from .skills import Proposal, Turn

#: like a number said back (``amounts``): above the curious fallback, below a named echo
PRIOR = 0.72
#: a teen's, grown-up's or grown pet's age is said back only when it is most of the message
SHORT = 8

_NUM = r"(?P<n>\d{1,3})"
_UNIT = r"(?P<unit>years?|yrs?|months?|mos?|weeks?|wks?|days?)"
#: after the age, what makes it no age: a clock time, a measure, a price, a count of things
_NOT_AFTER = (r"(?![\d:$%/']|[.,:]\d)(?!\s*(?:am|pm|min|mins|minutes|hours?|hrs?|pounds|lbs|kg|"
              r"feet|ft|foot|inches|cm|bucks|dollars|percent|times|pages|people|of|to|in|on|at|or|"
              r"points|pts|goals|laps|miles|km|grams|st|nd|rd|th|pieces|things|kids|now)\b)")
#: "hes 74", "shes like 81", "whos 16", "who are 10", "lily is 7", "theyre 5"
_SAID_AGE = re.compile(
    r"\b(?P<who>(?:he|she|he's|she's|hes|shes|whos|who's|who is|who are|they're|theyre|"
    r"[a-z]+ is|[a-z]+ are))\s+(?:like |only |almost |just |about |turning |gonna be )?"
    + _NUM + rf"(?: {_UNIT}(?: old)?| yo\b)?" + _NOT_AFTER, re.I)
#: "a 4 yr old golden retriever", "6 weeks old", "12 years old", "hes 6 months"
_OLD = re.compile(rf"\b{_NUM}[ -]{_UNIT}[ -]old\b", re.I)
#: the teen's own age, or an age that was ("when i was 10", "since she was 6")
_NOT_THEIRS = re.compile(r"\b(?:i|im|i'm|i am|we|were|we're|was|since|when|until|till|til|at|by|"
                         r"turned|after|before)$", re.I)
_PET = re.compile(rf"\b{KINDS}s?\b|\b(?:mix|pit|hedgehog|duck|snake|turtle|tortoise|horse|"
                  r"pony|hen|chicken|axolotl|fish|iguana|chinchilla)\b", re.I)
#: someone said just before the age: "my sister maya whos 16 (and our dog waffles)"
_PERSON = re.compile(r"\b(?:mom|mum|dad|sister|brother|sis|bro|cousins?|aunt|auntie|uncle|grandma|"
                     r"grandpa|nana|nonna|abuela|abuelo|friend|bestie|neighbou?r|teacher|coach|"
                     r"boss|manager|baby|son|daughter|kid|kids|twins?|girl|boy|guy|partner|"
                     r"like me)\b")
#: a kind of pet in a phrase that is no pet: "my lab partner", "a lab coat" (round 77: "theo is 13
#: like me, hes been my lab partner" got "Theo is 13! a wise old soul 🥹")
_NOT_PETS = re.compile(r"\blab (?:partner|partners|coat|report|group|class|day|test|safety)\b|"
                       r"\b(?:science|chem|bio|computer|physics) lab\b|\bgolden (?:hour|state|"
                       r"ticket|week|birthday)\b|\bboxer (?:shorts|briefs)\b")
#: a big weight told beside the age: a big dog, not a kid ("hes 6 and he weighs like 120
#: pounds. hes basically a bear", round 77: "6! tiny but mighty 😄")
_WEIGHS = re.compile(r"\bweighs?\b[^.!?]{0,20}\b(?:[4-9]\d|\d{3})\s*(?:pounds|lbs|lb)\b")
_SUBJECTS = frozenset("he she he's she's hes shes whos who's they're theyre".split())
_NOT_A_NAME = frozenset("""it this that there what who which he she they we i you u mine
his hers ours theirs age score price cost total time pr goal rank number grade record
plan one each everything everyone nobody someone all""".split())


def told_ages(text: str) -> list[tuple[str, str, str | None, bool]]:
    """The ages ``text`` tells, in order, as (age as told, unit or "", who when named, a
    pet's: a kind of pet said beside it): "lily is 7 and marcus is 10" -> [("7", "", "Lily",
    False), ("10", "", "Marcus", False)], "hes 6 weeks old" -> [("6 weeks", "weeks", None,
    False)], "koda's a husky, 5 yrs old" -> [("5", "years", None, True)]; none for "im 15",
    "since she was 6", "at 7"."""
    low = text.lower()
    out: list[tuple[str, str, str | None, bool]] = []
    spans: list[tuple[int, int]] = []
    for found in (*_SAID_AGE.finditer(low), *_OLD.finditer(low)):
        if any(a <= found.start("n") < b for a, b in spans):
            continue
        before = low[:found.start()].split()
        if before and _NOT_THEIRS.search(before[-1]):
            continue
        who = None
        if "who" in found.groupdict() and found.group("who"):
            head = found.group("who").split()[0]
            if head not in _SUBJECTS and not head.startswith("who"):
                if head in _NOT_A_NAME or not is_first_name(head):
                    continue  # "the cake is 3", "goal is 100": no one's age
                who = head.capitalize()
        unit = (found.group("unit") or "").lower()
        n = int(found.group("n"))
        if not unit and not 1 <= n <= 110 or unit.startswith(("y", "mo", "m")) and n > 110:
            continue
        full = {"yr": "years", "yrs": "years", "year": "year", "mo": "months", "mos": "months",
                "wk": "weeks", "wks": "weeks"}.get(unit, unit)
        if full and n == 1:
            full = full.removesuffix("s")
        elif full and not full.endswith("s"):
            full += "s"
        told = f"{n} {full}" if full and not full.startswith("year") else str(n)
        person = _PERSON.search(low[max(0, found.start() - 40):found.start()])
        animal = _PET.search(_NOT_PETS.sub(" ", low)) or _WEIGHS.search(low)
        out.append((told, full, who, bool(animal) and person is None))
        spans.append((found.start("n"), found.end("n")))
    return out


def _key(told: str, unit: str, pet: bool) -> str:
    n = int(told.split()[0])
    if unit and not unit.startswith("year"):
        return "age_baby"
    if pet:
        return "age_old_pet" if n >= 10 else "age_pet"
    return "age_elder" if n >= 65 else "age_kid" if n <= 9 else "age_noted"


#: someone old told of as grumpy: an age is no wonder then
_GRUMBLED = re.compile(r"\b(?:yell\w*|scream\w*|grump\w*|mean|rude|cranky|annoying|hates?|"
                       r"complain\w*|mad at|scary|strict)\b", re.I)


def ages(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if turn.mood in LOW_MOODS or turn.mood == "bored" or "?" in text or \
            QUESTION.search(text.lower()) or swaps(text):
        return []
    told = told_ages(text)
    if not told or len(told) > 2:
        return []
    if len(told) == 2:
        (a, *_), (b, *_) = told
        return lines_for(lines, "age_two", turn, PRIOR, fill={"a": a, "b": b}) if a != b \
            else []
    age, unit, who, pet = told[0]
    before = " ".join(m.content.lower() for m in turn.view.history if m.role == "user")
    if any(is_first_name(w) and w not in _NOT_A_NAME and not re.search(rf"\b{w}\b", before)
           for w in re.findall(r"[a-z]{3,}", text.lower())):
        return []  # "my brother mateo is 8 and plays for the tigers": someone new named is
        # met by name first (``echoes``, ``recast``)
    key = _key(age, unit, pet)
    if key == "age_elder" and _GRUMBLED.search(text):
        return []  # "mrs patterson yelled at us for walking on her lawn. shes like 80 and yells
        # at everyone lol": no "wait, 80? that's amazing 🥹" (round 70)
    if key in ("age_noted", "age_pet") and len(text.split()) > SHORT:
        return []  # "hes 17 and unreliable so we'll see": the age in passing, not the news
    named = lines_for(lines, f"{key}_named", turn, PRIOR, fill={"n": age, "who": who}) \
        if who else []
    return named or lines_for(lines, key, turn, PRIOR, fill={"n": age})
