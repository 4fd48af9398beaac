"""The asked detail on its own, read from the clause that answers a memory question.

Contract: ``detail(question, topic, wants, text, around) -> str | None``: "whats my dogs
name" -> "Pickle", "what colour" -> "pink", "which position" -> "keeper", "whose quince
was it" -> "your cousin Valeria", "what does kiwi always say" -> the quote; None when the
question asks for more than a word or the clause does not hold it plainly. Names are
``recall_names``' (``names_for``), numbers ``recall_counts``'. Pure functions over text.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .recall_counts import count_of
from .recall_heads import named_heads
from .recall_kind import HEIGHT, other_colour
from .recall_names import (
    MONTH,
    MONTH_DAY,
    NOT_A_NAME,
    PET_STEMS,
    PRONOUN,
    QUOTED,
    ROLE_STEMS,
    TITLED,
    VERBISH,
    names_for,
)
from .recall_words import COLORS, CORRECTION, JOBS, KINDS, STOP, WEEKDAY, second_person, stems

_SHADES = frozenset("light dark bright pale neon baby pastel hot deep sky lime mint".split())
_NOT_DONE = re.compile(r"\b(?:didnt|didn't|did not|wasnt|wasn't|couldnt|couldn't)\b")
_WHO_NOT = re.compile(r"\b([a-z]+) (?:didnt|didn't|did not|wasnt|wasn't|couldnt|couldn't)\b")
_WHICH_OF = re.compile(r"\bwhich (?:one )?of (?:my|our|the) \w+")
KIND_OF = re.compile(r"\bwhat (?:kind|type|sort|flavou?r) of ([a-z]{3,})\b")
_WHOSE = re.compile(r"^(?:(?:and|so|wait|ok|oh) )*whose ([a-z]{3,})")



#: a name someone wanted for a thing, not their own: "what did theo want to name him"
_WHO_DID = re.compile(r"^(?:(?:and|so|wait|ok|oh) )*who (named|picked|chose|made|built|painted|"
                      r"found|bought|got)\b")
_CHOSE_NOT = re.compile(r"\bthe (\w+) one,? not the (\w+)(?: one)?\b")
_WANTED_TO_NAME = re.compile(r"\b(?:(?:want|wanted|try|tried|trying) to|wanna) (?:name|call) "
                             r"(?:him|her|it|them|the \w+)\b")  # ("wanna name the gecko")


#: a thing and its name told together: "this ramen place called noodle theory and ..."
_THING_CALLED = re.compile(r"\b([a-z]{3,}) (?:called|named) ((?:[a-z']+ ){0,2}?[a-z']+)"
                           r"(?=\s*(?:[.,!?;]|$|(?:and|but|bc|lol|which|who|where|so|with|on|"
                           r"at|in|its|it's)\b))")


def detail(question: str, topic: set[str], wants: set[str], text: str, around: str
           ) -> str | None:
    """The asked detail in ``text`` ("whats my dogs name" -> "Pickle", "what colour" ->
    "pink", "which position" -> "keeper"), for a short answer; None when the question asks
    for more than a word or the clause does not hold it plainly."""
    low = text.lower()
    words = re.findall(r"[\w'-]+", low)
    if (whose := _WHOSE.match(question.lower())) is not None:
        # "whose quince was it again": "my cousin valeria's quinceañera" -> "your cousin Valeria"
        thing = whose.group(1)[:4]
        owner = re.search(rf"\b((?:my|our|his|her) (?:\w+ )?)?([a-z]+)'?s {re.escape(thing)}", low)
        if owner and is_first_name(owner.group(2)):
            kin = re.sub(r"^(?:my|our) ", "your ", owner.group(1) or "")
            return f"{kin}{owner.group(2).capitalize()}"
    if (did := _WHO_DID.match(question.lower())) and (doer := re.search(
            rf"\b((?:my|our) \w+|[a-z]+) {did.group(1)} (?:her|him|it|them)\b", low)) and \
            doer.group(1) not in STOP:
        return second_person(doer.group(1))  # "who named the mean chicken": "my dad named her"
    if "quote" in wants and (quoted := QUOTED.search(text)):
        return f"\"{quoted.group(1)}\""  # "what does kiwi always say": "chai time"
    asked = set(re.findall(r"[\w'-]+", question.lower())) | {"name", "names"}
    if "name" in wants and _WANTED_TO_NAME.search(question.lower()) and (
            given := re.search(r"\b(?:name|call) (?:him|her|it|them) ((?:[a-z]+ ){0,3}?[a-z]+)"
                               r"(?=\s*(?:[.,!?;]|$|(?:but|and|bc|lol|lmao|cuz|so|which|tho|haha|"
                               r"ngl|fr|rn)\b))", low)):
        return given.group(1).capitalize()  # "what did my brother want to name him": not
        # the brother ("theo wanted to name him dino but..." -> Dino; "sir barks a lot")
    if "name" in wants and (called := _THING_CALLED.search(low)) and \
            stems(called.group(1)) & topic and not is_first_name(called.group(2).split()[0]):
        return _title(called.group(2))  # "that ramen place, what was it called": "this ramen
        # place called noodle theory and her name is colette" (dev30: not Colette)
    if "name" in wants:
        name = names_for(named_heads(question, topic), text, around, strict=True)
        if name and name.lower() in asked:
            name = None  # "her racing name was 'lightning lou'": not "Name"
        titled = TITLED.search(low)
        if name is None and titled:
            return f"'{titled.group(1)}'"  # "its called 'captain pigeon'"
        if name and re.search(rf"\b(?:called|named) {re.escape(name)},? and (?:\w+ ){{0,2}}"
                              r"(?:\w+)\s*(?:$|[.,!?;])", low):
            return None  # "the hives are called beeyonce and hive five": said whole
        return _title(_whole_name(name, low)) if name else None
    if "color" in wants:
        if (chose := _CHOSE_NOT.search(around.lower())) and chose.group(1) in COLORS and \
                chose.group(2) in words:
            return chose.group(1)  # "the pink looked cheap" after "the blue one, not the pink one"
        for i, w in enumerate(words):
            if w in COLORS and not other_colour(words, i, topic):
                shade = words[i - 1] if i and words[i - 1] in _SHADES else ""
                return f"{shade} {w}".strip()
        return None
    if "count" in wants and "tall" in topic and (tall := HEIGHT.search(low)):
        return tall.group(0)  # "how tall am i": "6'1", not "1"
    if "count" in wants:
        return count_of(question, text)
    if "job" in wants:
        job = next((w for w in words if w in JOBS), None)
        if job:
            # "what does my mom do for work" -> "a pharmacist"
            return ("an " if job[0] in "aeiou" else "a ") + job
    if "day" in wants:
        date = re.search(MONTH_DAY, low)
        if date and re.search(r"\bdate\b", question.lower()):
            return date.group(0).capitalize()  # "what date is the qualifier": "March 15"
        told = re.search(rf"\b(\d{{1,2}}) ({MONTH})\b", low)  # a ledger fact's "09 March"
        if told and re.search(r"\bdate\b", question.lower()):
            return f"{told.group(2).capitalize()} {int(told.group(1))}"
        days = list(dict.fromkeys(WEEKDAY.findall(low)))
        if len(days) == 2 and re.search(rf"\b{days[0]}\b.*\bnot (?:on )?(?:the )?{days[1]}\b", low):
            return days[0]  # "moved to sunday the 22nd not saturday": sunday
        return " and ".join(days) if len(days) <= 2 else None
    if "who" in wants and _WHICH_OF.search(question.lower()):
        # "which one of my mates said crochet was for grannies": "jess ... said"
        named = [w for w in words if is_first_name(w) and w not in asked]
        if len(set(named)) == 1:
            return _title(named[0])
    if "who" in wants and not topic & (ROLE_STEMS | PET_STEMS) and (kin := _kin_doing(topic, low)):
        return kin  # "whos selling it to me": "my uncle rafael is selling me..." -> your
        # uncle Rafael (the one of two the asked words are said of)
    if "who" in wants:  # a person in a role ("whos our drummer"), not a thing's name
        if topic & PET_STEMS or CORRECTION.search(low) or not topic & ROLE_STEMS or \
                re.search(r"\bwho\s+\w+ed\b", question.lower()):
            return None  # "who named the car": the one who did it, not the car's name
        who = _WHO_NOT.search(f"{low} {around.lower()}")
        if who and _NOT_DONE.search(question.lower()) and is_first_name(who.group(1)):
            return _title(who.group(1))  # "which of my friends didnt make it": "jada didnt"
        name = _doer(topic, low) or _doer(topic, around.lower(), low) or \
            names_for(topic, text, around, strict=True)
        return _title(name) if name else None
    if (kind := KIND_OF.search(question.lower())) and not wants:
        # "what kind of cake did my mom make": "a lemon cake" -> "lemon cake"
        noun = kind.group(1).rstrip("s")
        said = re.search(rf"\b(?:an?|the|my|his|her|their|our|some)\s+((?:[a-z]+ ){{1,2}})"
                         rf"{noun}s?\b", low)
        if said and not set(said.group(1).split()) & (STOP | _NOT_DISH):
            return f"{said.group(1)}{noun}"
    kinds = [KINDS[k] for k in topic if k in KINDS and not (
        "place" in wants and k in ("position", "sport", "instrument"))]  # "where did we play":
    # the place, not "center" of "the rec center" read as a position played
    if "favorite" in wants and (fav := _IS_MY_FAV.search(low)) and any(
            w in kind for kind in kinds for w in fav.group(1).split()):
        return " ".join(w for w in fav.group(1).split() if w not in STOP | _NOT_OF_IT)  # "funnel
        # cake is my favorite food ever": "funnel cake", not "cake" (round 54)
    for kind in kinds:
        at = next((i for i, w in enumerate(words) if w in kind and w not in asked
                   and w not in KINDS), None)  # not "pizza" for "what pizza did i get"
        if at is not None:  # the first one said: "left back even tho ive played midfield"
            side = words[at - 1] if at and words[at - 1] in KINDS["side"] else ""
            if not side and at >= 2 and kind is KINDS.get("drink") and words[at - 2] in \
                    ("a", "an", "the", "my", "his", "her", "their", "our") and \
                    words[at - 1] not in STOP | _NOT_DISH and words[at - 1] not in asked:
                side = words[at - 1]  # "his signature drink is a cardamom latte": all of it
            end = at + 1
            while end < len(words) and (words[end] in kind or "favorite" in wants and (
                    end - at < 3 and words[end] not in STOP and words[end] not in _NOT_DISH)):
                end += 1  # "hot chocolate", "my favorite food is chicken alfredo if.."
            return " ".join([side, *words[at:end]]).strip()
    return None


#: the thing told as the favourite: "funnel cake is my favorite food ever"
_IS_MY_FAV = re.compile(r"\b((?:[a-z]+ )?[a-z]+) (?:is|are) (?:my|our) (?:fav|fave|favorite|"
                        r"favourite)\b")
_NOT_OF_IT = frozenset("think guess say said know love like mean prob probably honestly ngl tbh "
                       "lol so and but now still just also".split())
_KIN_NAMED = re.compile(r"\bmy ((?:big |little |older |younger |other |best )?(\w+)) (\w+)\b")


#: someone named after who they are: "my coworker jules", "the other guy brandon"
_SOMEONE_NAMED = re.compile(r"\b(?:coworker|co-worker|friend|guy|girl|boy|kid|teacher|coach|"
                            r"manager|boss|neighbou?r|cousin|brother|sister|teammate|mr|mrs|ms|"
                            r"miss|dr) ([a-z]{3,})\b")


_TITLED_WORDS = frozenset("mr mrs ms miss dr".split())


def _doer(topic: set[str], low: str, within: str | None = None) -> str | None:
    """Of two or more people named in ``low``, the one after whom (and before the next)
    most of the asked words are said ("which coworker keeps leaving early": "my coworker
    jules is chill but the other guy brandon keeps leaving early" -> brandon); with
    ``within``, only those named there (the clause of a message read whole: "...mr finch
    for history who gave us an essay?? i cant stand him"). None when fewer than two are
    named or none is clearly the one."""
    named = [(m.start(1), m.group(1)) for m in _SOMEONE_NAMED.finditer(low)
             if (is_first_name(m.group(1)) or m.group(0).split()[0] in _TITLED_WORDS
                 and m.group(1) not in STOP)  # ("ms brandt"; not "teacher wrote")
             and (within is None or re.search(rf"\b{m.group(1)}\b", within))]
    if len(named) < 2:
        return None
    ends = [at for at, _ in named[1:]] + [len(low)]
    best = _said_most([(at, end) for (at, _), end in zip(named, ends, strict=True)], low,
                      topic - ROLE_STEMS)
    return None if best is None else named[best][1]


def _said_most(spans: list[tuple[int, int]], low: str, topic: set[str]) -> int | None:
    """Which span of ``low`` holds the most of the asked words, when one clearly does."""
    said = [len(topic & stems(low[start:end])) for start, end in spans]
    return said.index(max(said)) if said and max(said) and said.count(max(said)) == 1 else None


def _kin_doing(topic: set[str], low: str) -> str | None:
    """"your uncle Rafael" of "my uncle rafael is selling me...": the one named so after
    whom (and before the next) most of the asked words are said."""
    found = [m for m in _KIN_NAMED.finditer(low) if stems(m.group(2)) & ROLE_STEMS]
    if not found:
        return None
    ends = [m.start() for m in found[1:]] + [len(low)]
    most = _said_most([(m.end(), end) for m, end in zip(found, ends, strict=True)], low, topic)
    if most is None:
        return None
    best = found[most]
    return f"your {best.group(1)} {_title(best.group(3))}" if is_first_name(best.group(3)) \
        else None


_NOT_DISH = frozenset("tonight today tomorrow yesterday now ever always rn tho though lol "
                      "honestly obviously btw ngl tbh fr".split())
#: a name of two words: "señor crunch", "captain mayo" (a title first), "mustard man"
_NAME_HEADS = frozenset("captain señor senor sir lady princess prince king queen lord professor "
                        "sergeant sarge major colonel admiral duke duchess count countess mayor "
                        "general baby doctor agent detective officer chef mister lil".split())
_NAME_TAILS = frozenset("man woman girl boy jr junior bot".split())


def _whole_name(name: str, low: str) -> str:
    """``name`` with the word after it where the two are one name ("captain" of "the main
    guy is called captain mayo", "mustard" of "hes called mustard man", "ocean" of "a glaze
    called ocean drift, its speckled blue", "i named it doughy parton 😂")."""
    if " " in name:
        return name
    found = re.search(rf"\b{re.escape(name)} ([a-zñ]+)\b", low)
    if found is None:
        return name
    nxt = found.group(1)
    if name in _NAME_HEADS and nxt not in NOT_A_NAME | VERBISH or nxt in _NAME_TAILS:
        return f"{name} {nxt}"
    if re.search(rf"\b(?:called|named|named (?:it|him|her|them)) {re.escape(name)} {nxt}"
                 rf"\s*(?:[,.!?]|[\U0001F300-\U0001FAFF\u2600-\u27BF]|$)", low) and \
            nxt not in NOT_A_NAME | VERBISH | PRONOUN:
        return f"{name} {nxt}"  # "a glaze called ocean drift, its speckled blue"
    return name


def _title(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split())
