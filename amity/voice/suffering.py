"""Everyday suffering said as an idiom: "this essay is killing me", "my calves are killing me
fr", "scales are lowkey the bane of my existence", "marching band is gonna be the end of me".

Contract: ``suffering(turn, lines)`` is a skill (``Voice.propose``). The thing that is
"killing" the teen is named back with a groan that fits it (``skills.json``):

- a sore body part ("my calves", "my fingers"): "idiom_sore";
- schoolwork or practice ("my history project", "this essay", "scales"): "idiom_work";
- anything else ("getting up this early", "marching band"): "idiom_other";
- hunger said big ("im starving i could eat a horse"): "idiom_hungry";
- weather that got them ("its raining cats and dogs", "got soaked"): "idiom_weather".

Rounds 29-32 met these with "wait, your calves? tell me more 👀" and "you sound like you
need a serious nap". Quiet for real harm said plainly (the safety layer reads those first;
this never answers "i want to die"), a question, and a message whose thing is no more than a
pronoun ("it's killing me"). Pure functions over the turn.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import PRIOR, lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

_IDIOM = re.compile(
    r"(?:^|[,.!?;]\s*|\b(?:bro|ngl|ok|so|and|but|lowkey|honestly|tbh)\s+)"
    r"(?P<thing>(?:my |this |these |the |that |all this |all these )?[a-z' ]{2,40}?)\s+"
    r"(?:is|are|r|was|were|has been|have been|is gonna be|are gonna be|will be)\s+"
    r"(?:(?:literally|lowkey|actually|so|honestly|genuinely|actively)\s+)*"
    r"(?:killing me|the death of me|the end of me|the bane of my existence|destroying me|"
    r"ruining my life|torture|actual torture|murdering me)\b", re.I)
_BODY = re.compile(r"\b(?:calves|calf|legs?|arms?|back|feet|foot|fingers?|neck|shins?|hands?|"
                   r"shoulders?|knees?|ankles?|wrists?|thighs?|quads|hamstrings?|abs|toes|head|"
                   r"eyes|hips?|lips)$", re.I)
_WORK = re.compile(r"\b(?:project|essay|homework|hw|test|exam|studying|scales|practice|math|"
                   r"chem\w*|bio\w*|physics|history|english|spanish|french|algebra|geometry|"
                   r"paper|report|assignment|worksheet|lab|reading|drills?|conditioning|"
                   r"finals|midterms?|quiz|presentation|class|labs|lines|rehearsals?|speech|speeches|"
                   r"script|routine|solo|portfolio|application|apps)$", re.I)
_LAST_OWNED = re.compile(r"\b(?:my|this|these|the|that)\b(?!.*\b(?:my|this|these|the|that)\b)"
                         r".*$")
_EMPTY = frozenset("it this that they he she everything everyone life school".split())


#: hunger said big: "ok im starving i could eat a horse" (round 33: "that sounds like a really
#: sad moment")
_HUNGRY = re.compile(r"\b(?:i'?m|im|i am|so)\s+(?:literally\s+|actually\s+|so\s+)?(?:starving|"
                     r"famished)\b|\bcould eat a (?:horse|whole \w+)\b|\bso hungry\b", re.I)


#: a sore body said big: "my hand is about to fall off", "my arms are dead", "cant feel my legs"
_BODY_IDIOM = re.compile(
    r"\b(?P<thing>my (?:[a-z]+ )?(?:calves|legs?|arms?|back|feet|fingers?|neck|hands?|"
    r"shoulders?|thighs?|quads|abs|wrists?))\s+(?:is|are|r|feels?|feel like (?:its|it's|they're|"
    r"theyre))\s+(?:literally\s+|lowkey\s+|so\s+|actually\s+)*(?:about to fall off|gonna fall "
    r"off|falling off|dead|jelly|jello|noodles|on fire|numb)\b|"
    r"\b(?:cant|can't|cannot) feel my (?P<numb>legs|arms|feet|fingers|hands|calves|toes)\b|"
    r"\b(?P<cold>my (?:toes|fingers|feet|hands|ears|nose)) (?:are|r|is|feel|feels) "
    r"(?:literally |so |lowkey |still )*(?:frozen(?: solid)?|freezing|numb|ice cubes|icicles|"
    r"dead)\b|"  # ("my toes are still dead" after 5 hours of ice fishing)
    # worn out by work: "we made 40 posters last night and my hand still hurts ngl"
    r"\b(?P<worn>my (?:hand|hands|fingers|wrist|arms?|legs|calves|feet|back|shoulders?|neck|"
    r"lips)) (?:still |literally |lowkey |so |kinda |already )*(?:hurts?|is sore|are sore|aches?|"
    r"is so sore|are so sore)\b", re.I)
#: a hurt that is an injury, not work: comfort's
_INJURED = re.compile(r"\b(?:fell|fall|broke|broken|sprain\w*|twist\w*|cut(?! out\b| up\b)|"
                      r"bleed\w*|hit|"
                      r"crash\w*|doctor|er|hospital|swollen|bruise\w*)\b", re.I)


#: weather that got the teen: "its raining cats and dogs, the walk home was tragic" (round 35:
#: "nope. it was a beautiful day.")
_WEATHER = re.compile(r"\b(?:raining cats and dogs|(?:its|it's|it is|was) (?:literally |so |"
                      r"absolutely )?(?:pouring|bucketing|freezing|storming)|pouring rain|"
                      r"got (?:soaked|drenched)|(?:soaked|drenched) (?:from|in) the rain)\b", re.I)


def suffering(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if _WEATHER.search(text) and "?" not in text and turn.act.name != "goodbye":
        return lines_for(lines, "idiom_weather", turn, PRIOR + 0.05, "neutral")
    if (body := _BODY_IDIOM.search(text)) and "?" not in text and not (
            body.group("worn") and _INJURED.search(text)):
        thing = (body.group("thing") or body.group("numb") or body.group("worn") or
                 body.group("cold")).lower()
        thing = re.sub(r"^my ", "", thing)
        thing = thing if thing.endswith("s") or thing in ("feet", "teeth") else thing + "s"
        # ("sore hands are the worst", "sore feet")
        key = "idiom_cold" if body.group("cold") else "idiom_sore"
        return lines_for(lines, key, turn, PRIOR + 0.05, "neutral", {"thing": thing})
    if _HUNGRY.search(text) and "?" not in text:
        return lines_for(lines, "idiom_hungry", turn, PRIOR + 0.05, "neutral")
    found = _IDIOM.search(text)
    if found is None or "?" in text or turn.act.name == "goodbye":
        return []
    thing = " ".join(found.group("thing").lower().split())
    if (owned := _LAST_OWNED.search(thing)) is not None:
        thing = owned.group(0)  # "im so tired my feet": my feet
    thing = re.sub(r"^(?:bro|ngl|ok|so|and|but|lowkey|honestly|tbh) ", "", thing)
    if thing in _EMPTY or not thing:
        return []
    said = second_person(thing)
    key = "idiom_sore" if _BODY.search(thing) else \
        "idiom_work" if _WORK.search(thing) else "idiom_other"
    if key == "idiom_sore":
        said = re.sub(r"^(?:your|the|these|my) ", "", said)  # "sore calves are the worst"
    return lines_for(lines, key, turn, PRIOR + 0.05, "neutral", {"thing": said})
