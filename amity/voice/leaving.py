"""Why the teen leaves, met in the goodbye: "ok gotta go were getting pizza 🍕" -> "ooh,
enjoy the pizza! 😋 talk soon", "ok ttyl oma is calling me" -> "go go, don't keep oma
waiting 😄 bye!", "ok bye waffles is chewing the couch AGAIN" -> "go save the couch from
Waffles 😂 bye!".

Contract: ``leaving(turn, lines) -> [Proposal]``: for a goodbye (the act) that says why the
teen leaves, lines from ``skills.json`` that name it: ``goodbye_food`` (a meal or a food to
go and have: "{food}"), ``goodbye_called`` (someone calls or needs them: "{who}"),
``goodbye_with`` (someone wants to do something with them: "{who}"), ``goodbye_chaos`` (a
pet up to something: "{pet}", "{thing}"), and the reasons besides (``_told_more``): someone
who is no kin there or calling ("ok gtg sam is here" -> "go go, don't keep Sam waiting"),
luck wished (``goodbye_luck_me``, ``goodbye_luck_for``: "{who}"), news promised
(``goodbye_promise``, ``goodbye_promise_thing``: "{thing}"), thanks (``goodbye_thanks``),
school or work calling now (``goodbye_school``, ``goodbye_work``); none when no reason is
said, and none for a call at bedtime (a goodnight). ``reason(text)``
gives the reason found as (key, slots). With no reason, ``goodbye_pet`` names the pet
named in this visit ("bye! give Biscuit a pat from me 🐾"). Pure functions over the
message and the visit; a skill of the voice, ranked above the written goodbyes that do not
name it.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import PETS, is_first_name
from .lines import Lines
from .recall_words import second_person
from .skills import NIGHT, Proposal, Turn, pick
from .visits import pet_named

#: as high as a goodbye that names the task: both say why they go
NAMED = 1.6
#: above a written goodbye, below one that names why they go
PET = 1.2

_MEALS = frozenset("dinner lunch breakfast brunch supper tea".split())
_FOOD = (r"pizza|tacos?|sushi|burgers?|ramen|pho|boba|ice cream|froyo|pancakes|waffles|bbq|"
         r"wings|chinese|thai|indian|korean bbq|hot pot|dumplings|pasta|takeout|take out|"
         r"mcdonalds|mcdonald's|chipotle|subway|wingstop|in n out|chick fil a|donuts|"
         r"smoothies|crepes|nachos|hot dogs|barbecue|fries|" + "|".join(sorted(_MEALS)))
_GOING_FOR = re.compile(
    r"\b(?:we'?re|were|we are|i'?m|im|gonna|going to|about to|time to|gotta|off to)\s+(?:go\s+)?"
    r"(?:get|getting|have|having|order|ordering|grab|grabbing|eat|eating|make|making)\s+"
    r"(?:some\s+|our\s+|my\s+)?(?P<food>" + _FOOD + r")\b", re.I)
_FOOD_HERE = re.compile(r"\b(?P<food>" + _FOOD + r")\s+(?:is|'s)\s+(?:here|ready|done)\b", re.I)

_KIN = (r"(?:my\s+)?(?:mom|mum|mama|momma|dad|papa|oma|opa|grandma|grandpa|gran|granny|nana|"
        r"nan|abuela|abuelo|lola|lolo|tia|tio|aunt(?:ie)?|uncle|sister|brother|sis|bro|"
        r"stepmom|stepdad|parents|coach)")
_CALLED = re.compile(r"\b(?P<who>" + _KIN + r")(?:\s+|(?='?s\b))(?:is\s+|'s\s+|s\s+)?"
                     r"(?:calling|yelling|screaming|needs|wants me|is making|making me|"
                     r"is here|'s here|s here|is back|'s back|s back|just got home|"
                     # "my mom says i gotta go" (not "my mom says i talk to my phone too much")
                     r"(?:says|said)(?=\s+(?:i\s+(?:gotta|have\s+to|got\s+to|need\s+to|must)\b|"
                     r"(?:it'?s\s+|its\s+)?(?:dinner|bed|bedtime|time|lights\s+out)\b|"
                     r"(?:to\s+)?(?:get\s+off|come|go|eat|sleep)\b|"
                     r"(?:screens?|phones?|wifi|tv)\s+(?:off|away)\b|"
                     r"[^.!?]{0,30}\bb+y+e+\b)))\b", re.I)
_WITH = re.compile(r"\b(?P<who>" + _KIN + r")\s+(?:wants|is gonna|is going|is about)\s+to\s+"
                   r"(?:teach|show|take|bring)\s+me\b", re.I)
_CHAOS = re.compile(r"\b(?P<pet>[a-z]+)\s+(?:is|'s|s)\s+(?:chewing|eating|attacking|destroying|"
                    r"stealing|scratching|knocking over|shredding|biting)\s+(?:on\s+)?"
                    r"(?P<whose>the|my|our|his|her)\s+(?P<thing>[a-z]+)\b", re.I)


#: someone who is no kin, there or calling: "sam is here", "ok tutor is looking at me", "doris is
#: calling me", "shes here", "bea wants to play uno", "lia needs the laptop"
_ROLE = (r"(?:my\s+)?(?:tutor|trainer|teacher|boss|manager|friend|bestie|bff|best friend|ride|"
         r"carpool|neighbou?r)")
_SOMEONE = re.compile(r"\b(?P<who>" + _ROLE + r"|[a-z]+)(?:\s+|(?='?s\b))(?:is\s+|'s\s+|s\s+)"
                      r"(?P<how>here|back|outside|home|calling me|facetiming me|ft(?:ing)? me|"
                      r"picking me up|waiting|yelling at me|looking at me|crying|screaming)\b|"
                      r"\b(?P<who2>" + _ROLE + r"|[a-z]+)\s+(?P<how2>wants to play|wants me|"
                      r"needs me|needs the|wants the|needs help|needs his|needs her)\b")
_PRONOUN = {"she": "her", "he": "him", "they": "them"}
_WANTS_FOOD = re.compile(r"\bwants\s+(?:some\s+)?(?P<food>" + _FOOD + r")\b", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank (?:u|you)|thx|ty|tysm|ily|love (?:u|you|ya)|"
                     r"ur the best|you'?re the best|youre the best|made my day|best part of my "
                     r"day|for listening)\b")
_LUCK = re.compile(r"\bwish (?:(?P<me>me|us)|(?P<who>(?:the |my )?[a-z]+)) (?:good )?luck\b")
_PROMISE = re.compile(r"\b(?:i'?ll|ill|i will|will)\s+(?:tell|text|update|message|msg|show)\s+"
                      r"(?:u|you|ya)\b(?:\s+about\s+(?P<thing>(?:the|my|our)\s+[a-z ]{2,30}?)"
                      r"(?=\s*(?:[.!,?]|$|\bbye\b|[^\w\s'])))?|"
                      r"\b(?:i'?ll|ill|i will)\s+(?:send (?:u |you )?updates|keep (?:u|you) "
                      r"posted|let (?:u|you) know)\b|"
                      r"\bsee (?:u|you|ya) after (?P<after>(?:the|my|our)\s+[a-z]+)\b")
#: school or work calls now (not "school tmrw ugh")
_SCHOOL = re.compile(r"\bbell(?:'?s)?\b|\b(?:class|school|bus|homeroom)\s+(?:is\s+)?(?:starting|"
                     r"starts|about to|in \d)|\bget(?:ting)? ready for (?:school|class)\b|"
                     r"\b(?:lunch|break|recess) (?:is|'?s) (?:over|ending)\b")
_WORK = re.compile(r"\bshift (?:starts|is starting|in \d)|\bmy shift\b|\bcustomers?\s+"
                   r"(?:incoming|coming|are here|just (?:came|walked))|\b(?:go|going|head(?:ing)?|"
                   r"off) to work\b")
_LATER_DAY = re.compile(r"\b(?:tmrw|tmr|tomorrow|tonight|later)\b")


def _someone(low: str) -> tuple[str, dict[str, str]] | None:
    """Someone there, calling, or wanting the teen or a thing of theirs."""
    for found in _SOMEONE.finditer(low):
        who = (found.group("who") or found.group("who2")).strip()
        how = found.group("how") or found.group("how2")
        if who in _PRONOUN:
            if how not in ("here", "outside", "back", "calling me", "waiting"):
                continue  # "she is chewing gum", "he is so annoying"
            who = _PRONOUN[who]
        elif who.startswith("my ") or re.fullmatch(_ROLE, who):
            who = second_person(who) if who.startswith("my ") else f"your {who}"
        elif is_first_name(who) and who not in PETS:
            who = who.capitalize()
        else:
            continue
        key = "goodbye_with" if how in ("wants to play", "facetiming me", "ft me", "fting me",
                                        "picking me up") else "goodbye_called"
        return key, {"who": who}
    return None


def reason(text: str) -> tuple[str, dict[str, str]] | None:
    """Why the message says they leave, as (line key, slots), or None."""
    low = text.lower().replace("’", "'")
    if (found := _GOING_FOR.search(low) or _FOOD_HERE.search(low) or
            _WANTS_FOOD.search(low)) is not None:
        food = found.group("food")
        return "goodbye_food", {"food": f"your {food}" if food in _MEALS else f"the {food}"}
    if (found := _WITH.search(low)) is not None:
        return "goodbye_with", {"who": second_person(found.group("who"))}
    if (found := _CALLED.search(low)) is not None:
        return "goodbye_called", {"who": second_person(found.group("who"))}
    if (found := _CHAOS.search(low)) is not None:
        pet = found.group("pet")
        if pet in PETS:
            pet = f"the {pet}"  # "the dog is chewing my shoe"
        elif pet in {"he", "she", "it", "they", "who", "that", "this", "someone"}:
            return None
        else:
            pet = pet.capitalize()
        whose = "your" if found.group("whose") in ("my", "our") else "the"
        return "goodbye_chaos", {"pet": pet, "thing": f"{whose} {found.group('thing')}"}
    return _told_more(low)


def _told_more(low: str) -> tuple[str, dict[str, str]] | None:
    """The reasons a goodbye says besides food, kin and pets: someone else, luck wished, news
    promised, thanks, school or work calling."""
    if (found := _someone(low)) is not None:
        return found
    if (found := _LUCK.search(low)) is not None:
        if found.group("me"):
            return "goodbye_luck_me", {}
        who = found.group("who")
        return "goodbye_luck_for", {"who": second_person(who) if " " in who else
                                    who.capitalize()}
    if (found := _PROMISE.search(low)) is not None:
        thing = found.group("thing") or found.group("after")
        return ("goodbye_promise_thing", {"thing": second_person(thing.strip())}) if thing \
            else ("goodbye_promise", {})
    if _THANKS.search(low):
        return "goodbye_thanks", {}
    if not _LATER_DAY.search(low):
        if _SCHOOL.search(low):
            return "goodbye_school", {}
        if _WORK.search(low):
            return "goodbye_work", {}
    return None


def leaving(turn: Turn, lines: Lines) -> list[Proposal]:
    """Goodbye lines that name why the teen leaves, or the pet named this visit, or none."""
    if turn.act.name != "goodbye":
        return []
    found = reason(turn.view.text)
    if found is not None and found[0] == "goodbye_called" and NIGHT.search(turn.view.text.lower()):
        return []  # "ok dad says bedtime. night sunny": a goodnight, not "don't keep dad waiting"
    if found is None and (pet := pet_named(turn.view, this_visit=True)) is not None:
        return [Proposal(t.replace("{pet}", pet), "skill:goodbye_pet", PET)
                for t in pick(lines.get("goodbye_pet"), turn.rng, 2)]
    if found is None:
        return []
    key, slots = found
    out = []
    for t in pick(lines.get(key), turn.rng, 2):
        for slot, value in slots.items():
            t = t.replace("{" + slot + "}", value)
        out.append(Proposal(t[:1].upper() + t[1:] if t.startswith("{") else t,
                            f"skill:{key}", NAMED))
    return out
