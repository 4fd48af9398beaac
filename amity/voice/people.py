"""New people and new jobs, met by name: "her name is priyanka and she draws manga" and "so i
started working at scoops" got "ooh, tell me more?" before.

Contract: ``people(turn, lines)`` is a skill (``skills.SKILLS``). It offers lines the team
wrote (``skills.json``):

- someone named for the first time in the conversation ("theres this girl in band named
  harper", "my manager is this lady named denise", "my boy marcus works there too", "theres
  this guy luis", "coach delgado says ..."): the
  name said back ("moment_person"); a rival ("she is my NEMESIS") gets "moment_rival", a
  crush "moment_crush";
- a job just started or got ("i started working at the pizza place on saturdays", "i got
  hired at target"): the place said back ("moment_job").

Quiet in a low mood or a fight (comfort answers that), for a name said before, and for a
word that only looks like a name. Pure functions over the turn.
"""

from __future__ import annotations

import re

from amity.nlp.facts.lexicon import PETS, is_first_name, name_gender

from .lines import LOW_MOODS, Lines
from .moments import PRIOR, lines_for
from .recall_words import KINDS, second_person
from .skills import Proposal, Turn

_PERSON = (r"(?:girl|guy|kid|lady|dude|boy|man|woman|teacher|coach|manager|boss|coworker|"
           r"co-worker|friend|partner|neighbou?r|senior|junior|freshman|sophomore|sub|"
           r"substitute|tutor|trainer|captain|crush)")
#: a letter of a name, accents too ("Lucía", not "Luc")
_L = "[a-zà-öø-ÿ]"
#: a person named plainly: any word after "named" counts; after "my boy" only a first name
_NAMED = (
    re.compile(rf"\b(?:his|her|their) name(?:'s| is|s)\s+(?P<name>{_L}+)", re.I),
    re.compile(rf"\b{_PERSON}\b[\w\s]{{0,25}}?\b(?:named|called)\s+(?P<name>{_L}+)", re.I),
)
_MY = re.compile(rf"\bmy (?:boy|girl|bestie|bff|{_PERSON}|lab partner|crush|stepdad|stepmom|"
                 r"step ?dad|step ?mom|step ?mum|cousin|aunt|auntie|uncle)(?: is)?\s+"
                 rf"(?P<name>{_L}+)", re.I)
#: "theres this guy luis", "coach delgado says", "mr reyes (our coach) says": a first name
#: after "this guy", or a surname after a title (said back with the title)
_THIS = re.compile(rf"\b(?:this|a|new) {_PERSON} (?P<name>{_L}+)\b", re.I)
_TITLED = re.compile(r"(?:^|[\s(,])(?<!\bi )(?<!\bwe )(?<!\bu )(?<!\byou )(?<!\bthey )(?<!\bso )"
                     r"(?<!\breally )(?<!\bgonna )(?<!\bll )(?<!\bto )"
                     rf"(?P<name>(?:coach|mr|mrs|ms|miss|dr)\.? {_L}{{3,}})\b"
                     r"(?! (?:is|was) (?:my|our|the)\b)", re.I)
_BUDDY = re.compile(r"(?:boy|girl|bestie|bff) ", re.I)
_IS_MY = re.compile(rf"\b(?P<name>{_L}+) is (?:my|our) (?:new )?(?P<role>\w+(?: \w+)?)", re.I)
_RIVAL = re.compile(r"\b(?:nemesis|enemy|rival|arch ?nemesis|cant stand|can't stand)\b", re.I)
_CRUSH = re.compile(r"\bcrush\b", re.I)
_TROUBLE = re.compile(r"\b(?:fight|fought|hate|hates|ignor\w+|broke up|sick|hospital|hurt|"
                      r"crying|cried|yelled|yelling|died|dead|passed away|bully|bullied)\b",
                      re.I)
_NOT_NAME = frozenset("is was the a an and but so just like really always never also not "
                      "very super kinda lowkey literally gonna going about said says told "
                      "tells made makes gave gives wants wanted asked asks thinks thought "
                      "called calls yelled yells wont doesnt didnt has had since from for "
                      "tell say think want make give ask let "
                      "in at on with of to forever ever now rn tho fr lol ngl fam".split())
#: ("my boy since middle school": no one called Since)
_MOST = 22  # a longer message is about more than who someone is
_MADE = re.compile(r"\b(?:made|makes|making) (?:me|us)\b", re.I)  # a groan: moments.groan
_SHE = re.compile(r"\b(?:she|her|shes|she's|girl|lady|woman)\b", re.I)
_HE = re.compile(r"\b(?:he|his|hes|he's|guy|boy|dude|man)\b", re.I)

_JOB = re.compile(r"\b(?:i (?:just )?(?:started|start) (?:working|work|a job)|"
                  r"i got (?:a job|hired)|started my (?:new )?job|my new job is)\s+(?:at|@|for)\s+"
                  r"(?P<place>(?:the )?[a-z0-9'&]+(?: [a-z0-9'&]+){0,3}?)"
                  r"(?=[,.!?]|$| on | as | and | but | bc | this | last | now | rn |\s*\()", re.I)


def _name(text: str) -> tuple[str, str] | None:
    """(name, how: "person" named plainly, "met" in passing) for someone named here."""
    for rx in _NAMED:
        if (found := rx.search(text)) and found.group("name").lower() not in _NOT_NAME:
            return found.group("name"), "person"
    if (found := _MY.search(text)) and (is_first_name(found.group("name")) or (
            _BUDDY.match(found.group(0)[3:]) and " is " not in found.group(0)
            and found.group("name").lower() not in _NOT_NAME)):
        return found.group("name"), "person"  # "my boy marcus": any word after a buddy word
    if (found := _IS_MY.search(text)) and is_first_name(found.group("name")):
        return found.group("name"), "person"
    if (found := _THIS.search(text)) and is_first_name(found.group("name")):
        return found.group("name"), "met"
    if (found := _TITLED.search(text)) and found.group("name").split()[-1].lower() not in \
            _NOT_NAME:
        return found.group("name").replace(".", ""), "met"
    return None


def person(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if turn.mood in LOW_MOODS or turn.act.name == "goodbye" or len(text.split()) > _MOST \
            or _MADE.search(text) or (found := _name(text)) is None:
        return []
    name, how = found
    said = [m.content.lower() for m in turn.view.history if m.role == "user"]
    known = " ".join([*said, *(h.text.lower() for h in turn.view.memories)])
    if re.search(rf"\b{re.escape(name.lower())}\b", known) or any(
            f.object.lower() == name.lower() for f in turn.view.facts):
        return []  # not new, or a friend this message taught (``echo.named`` asks of them)
    if (PETS | KINDS["animal"]) & set(re.findall(r"[a-z]+", " ".join([text.lower(), *said[-1:]]))):
        return []  # "his name is biscuit hes a corgi": a pet's name (moments.named)
    key = ("moment_rival" if _RIVAL.search(text) else "moment_crush" if _CRUSH.search(text)
           else None if _TROUBLE.search(text) else "moment_person")
    if key is None:
        return []
    she, he = _SHE.search(text), _HE.search(text)
    if re.match(r"(?:ms|mrs|miss|mr) ", name.lower()):
        she, he = not name.lower().startswith("mr "), name.lower().startswith("mr ")
    elif not she and not he:
        she, he = name_gender(name) == "f", name_gender(name) == "m"
    them = "her" if she and not he else "him" if he and not she else "them"
    they = {"her": "she", "him": "he", "them": "they"}[them]
    like = "what are they like" if they == "they" else f"what's {they} like"
    # met in passing ("mrs lindqvist assigned a history project due monday"): a plan's
    # echo or a closer written line comes first
    return lines_for(lines, key, turn, PRIOR + 0.3 if how == "person" else PRIOR - 0.1,
                     fill={"name": name.title(), "them": them, "they": they,
                           "what_like": like})


def job(turn: Turn, lines: Lines) -> list[Proposal]:
    found = _JOB.search(turn.view.text)
    if found is None or turn.mood in ("sad", "lonely", "angry"):
        return []
    place = second_person(found.group("place").strip())
    if not re.match(r"(?:the|a|an|my|your) ", place):
        place = place.title()  # "scoops" -> "Scoops", "the pizza place" stays
    return lines_for(lines, "moment_job", turn, PRIOR + 0.3, fill={"place": place})


def people(turn: Turn, lines: Lines) -> list[Proposal]:
    return job(turn, lines) or person(turn, lines)
