"""A pet's mischief, said back: what the pet just did, laughed at with the teen.

Contract: ``pet_did(turn, lines)`` is a skill (``Voice.propose``). When the message tells
what a pet did ("also my cat biscuit just knocked water all over my notes", "pickle ate my
airpod case lol"), it offers the team's lines (``skills.json``: ``pet_did``) with the pet
(its name when told, else "your cat") and the deed said back: "Biscuit knocked water all
over your notes?! 😂 the audacity". Round 26 met Biscuit with "cats knocking things over
on purpose is their favourite hobby lol. what did they go for?" (rated neither sensible
nor specific: it had been told). A low mood, a question, or a pet hurt or sick gets nothing
here (``echo.worry`` and comfort answer those). Pure functions.
"""

from __future__ import annotations

import re

from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .recall_words import second_person
from .skills import Proposal, Turn
from .visits import pet_named

PRIOR = 0.9  # says what the message means: above a written line about pets in general

KINDS = (r"(?:dog|puppy|pup|cat|kitten|kitty|bunny|rabbit|hamster|parrot|bird|goat|ferret|lizard|"
          # breeds said for the pet ("my bulldog tank keeps stealing my socks")
          r"shiba|husky|beagle|corgi|pug|poodle|doodle|goldendoodle|labradoodle|lab|retriever|"
          r"golden|bulldog|chihuahua|dachshund|weenie dog|sausage dog|terrier|yorkie|collie|"
          r"shepherd|pitbull|pittie|boxer|rottweiler|greyhound|spaniel|schnauzer|maltese|"
          r"tabby|calico|siamese|ragdoll|guinea pig|gerbil|budgie|parakeet|cockatiel|gecko|"
          r"tortoise|turtle|chicken|hen|duck)")
_DEEDS = (r"(?:knocked|ate|stole|chewed|sat on|slept on|threw up|puked|peed|broke|ripped|"
          r"dragged|licked|attacked|destroyed|spilled|hid|got into|ran off with|"
          r"walked (?:on|across)|stepped on|bit|scratched|pushed|dug|escaped|unplugged|deleted|"
          r"sent|"
          r"jumped (?:on|into|in)|fell (?:in|into|off)|tried to eat|"
          # "pickles is asleep on my homework" (round 75: "okay, I'm listening! what else?")
          r"is (?:asleep|sleeping|napping|laying|lying|sitting|sprawled) (?:on|in)|"
          r"fell asleep (?:on|in)|"
          # a habit: "keeps stealing my socks", "keeps trying to eat the envelopes"
          r"keeps (?:trying to )?[a-z]+(?:ing)?|wont stop [a-z]+ing|won't stop [a-z]+ing)")
_DID = re.compile(r"\b(?P<who>(?:my |our )?" + KINDS + r"(?: [a-z]+)?|[a-z]+)\s+"
                  r"(?:just |literally |totally |also |finally |somehow )?(?P<did>" + _DEEDS +
                  r"\b[^,.!?;]{0,45}?)(?=\s*(?:[,.!?;]|(?:lol|lmao|and|but|so|rn|again)\b|"
                  r"😭|😂|💀|$))", re.I)  # (a whole word: "ate my sock", not "ate my" + "so")
_NOT_NAME = frozenset("just literally totally also finally somehow keeps is was has".split())
_HURT = re.compile(r"\b(?:vet|sick|hurt|bleeding|poison\w*|toxic|emergency|dying|died|limping|"
                   r"choking|chocolate|grapes|lost|missing)\b", re.I)


#: a pet being cute right now: "my ferret is asleep in my tennis bag rn its so cute"
_CUTE = re.compile(r"\b(?P<who>(?:my |our )" + KINDS + r"(?: [a-z]+)?|[a-z]+)\s+(?:is|was|'s|s)\s+"
                   r"(?:literally |just |currently )?(?P<did>(?:asleep|sleeping|napping|snoring|"
                   r"curled up|sitting|lying|laying|cuddled up|snuggled up|hiding|sunbathing)"
                   r"(?:\s+(?:in|on|under|next to|inside|behind)\s+[a-z' ]{2,30}?)?)"
                   r"(?=\s*(?:[,.!?;]|(?:rn|lol|and|its|it's|so|omg)\b|🥹|😭|🥺|$))", re.I)


def pet_did(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    text = view.text
    if turn.mood in LOW_MOODS or "?" in text or _HURT.search(text):
        return []
    cute = _CUTE.search(text)
    if cute and re.fullmatch(r"(?:my |our )" + KINDS, cute.group("who").lower()):
        return lines_for(lines, "pet_cute", turn, PRIOR, "happy",
                         {"pet": second_person(cute.group("who").lower()),
                          "did": second_person(cute.group("did").strip())})
    name = pet_named(view, this_visit=True)
    for found in _DID.finditer(text):
        who = found.group("who").lower()
        if name and (who == name.lower() or who.endswith(f" {name.lower()}")):
            pet = name
        elif re.fullmatch(r"(?:my |our )" + KINDS, who):
            pet = second_person(who)
        elif (kind_name := re.fullmatch(r"(?:my |our )" + KINDS + r" (?P<name>[a-z]+)", who)) \
                and kind_name.group("name") not in _NOT_NAME:
            pet = kind_name.group("name").capitalize()  # "our shiba kuma": Kuma
        else:
            continue
        did = second_person(found.group("did").strip())
        if len(did.split()) > 9:
            continue
        return lines_for(lines, "pet_did", turn, PRIOR, "happy", {"pet": pet, "did": did})
    return []
