"""Why the teen leaves, met in the goodbye: "ok gotta go were getting pizza 🍕" -> "ooh,
enjoy the pizza! 😋 talk soon", "ok ttyl oma is calling me" -> "go go, don't keep oma
waiting 😄 bye!", "ok bye waffles is chewing the couch AGAIN" -> "go save the couch from
Waffles 😂 bye!".

Contract: ``leaving(turn, lines) -> [Proposal]``: for a goodbye (the act) that says why the
teen leaves, lines from ``skills.json`` that name it: ``goodbye_food`` (a meal or a food to
go and have: "{food}"), ``goodbye_called`` (someone calls or needs them: "{who}"),
``goodbye_with`` (someone wants to do something with them: "{who}"), ``goodbye_chaos`` (a
pet up to something: "{pet}", "{thing}"); none when no reason is said. ``reason(text)``
gives the reason found as (key, slots). With no reason, ``goodbye_pet`` names the pet
named in this visit ("bye! give Biscuit a pat from me 🐾"). Pure functions over the
message and the visit; a skill of the voice, ranked above the written goodbyes that do not
name it.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import PETS
from .lines import Lines
from .recall_words import second_person
from .skills import Proposal, Turn, pick
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
_CALLED = re.compile(r"\b(?P<who>" + _KIN + r")\s+(?:is\s+|'s\s+|s\s+)?(?:calling|yelling|"
                     r"screaming|needs|wants me|says|said|is making|making me|is here|'s here|"
                     r"s here|just got home)\b", re.I)
_WITH = re.compile(r"\b(?P<who>" + _KIN + r")\s+(?:wants|is gonna|is going|is about)\s+to\s+"
                   r"(?:teach|show|take|bring)\s+me\b", re.I)
_CHAOS = re.compile(r"\b(?P<pet>[a-z]+)\s+(?:is|'s|s)\s+(?:chewing|eating|attacking|destroying|"
                    r"stealing|scratching|knocking over|shredding|biting)\s+(?:on\s+)?"
                    r"(?P<whose>the|my|our|his|her)\s+(?P<thing>[a-z]+)\b", re.I)


def reason(text: str) -> tuple[str, dict[str, str]] | None:
    """Why the message says they leave, as (line key, slots), or None."""
    low = text.lower().replace("’", "'")
    if (found := _GOING_FOR.search(low) or _FOOD_HERE.search(low)) is not None:
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
    return None


def leaving(turn: Turn, lines: Lines) -> list[Proposal]:
    """Goodbye lines that name why the teen leaves, or the pet named this visit, or none."""
    if turn.act.name != "goodbye":
        return []
    found = reason(turn.view.text)
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
