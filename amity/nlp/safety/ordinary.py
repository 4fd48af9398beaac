"""Everyday talk the models read as risk, for ``checker`` to excuse (a part of it).

Contract: ``stage_fright(text)``: a blunder pictured with nerves and no word of harm ("i keep
thinking ill run up and just faceplant into the bar. im sweating bullets", round 56 got the
crisis reply); ``eve_of_a_plan(text, context)``: a short message about the eve of something
("heyy its the night before") after a recent message told a plan with its day ("rosie starts
kindergarten on wednesday the 27th", round 57 got the crisis reply), with no word or phrase
of risk in it and no word of harm in the recent messages; ``landmark(text)``: a bridge or
roof named as where a family will stand and cheer ("by the elm street bridge with a sign",
round 63); ``made_or_outgrown(text)``: pride in a first thing made, clothes outgrown and
given away, a task over one's head (round 64), no last words; ``sore_body(text)``: a part
of the body sore from what they do ("ngl my feet already hurt just thinking about it" of a
12-hour dance marathon, round 60 got the crisis reply), no place of self-harm (wrists, arms,
thighs) and no word of harm in the rest; ``worn_out(text)``: lying still "forever" after a
tiring day, no low feeling and no word of harm; ``how_to_try(text)``: a how-to question, then
the try of it ("how long do u stir the roux? im attempting it alone tonight");
``craft_or_pinned(text)``: paper things cut for a craft, or a pet on the teen who so cannot
move (round 69).
Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from amity.nlp.safety.owned import DISTRESS, HARM_WORDS, RISK_WORDS, means, owned, plain

_BLUNDER = re.compile(r"\b(?:face ?plant\w*|trip(?:ping)? (?:over|on)|mess(?:ing)? (?:it |up)|"
                      r"screw(?:ing)? (?:it )?up|blank(?:ing)? on|forget (?:my|the) (?:lines?|"
                      r"words|lyrics|steps|routine|speech)|miss the (?:bar|ball|shot|note|cue)|"
                      r"knock the bar|false start|(?:wipe|wiping) out|eat(?:ing)? it|"
                      # "what if i miss my stop" (round 75: a first bus ride to a job)
                      r"miss (?:my|the) (?:stop|bus|train|ride)|get(?:ting)? on the wrong "
                      r"(?:bus|train))\b", re.I)
_NERVES = re.compile(r"\b(?:sweating bullets|nervous|butterflies|jitters|stage fright|scared|"
                     r"freaking out|shaking)\b", re.I)
#: the eve of something: "its the night before", "tomorrows the big day" (not "tomorrows the
#: day" nor "its tomorrow": said of a plan to die as well)
_EVE = re.compile(r"\b(?:the (?:night|day|morning) before|tomorrow'?s the big day)\b", re.I)
#: a plan told with its day: "starts kindergarten on wednesday the 27th", "my recital is friday"
_PLAN_TOLD = re.compile(r"\b(?:mon|tues?|wednes|thurs?|fri|satur|sun)day\b|\btomorrow\b|"
                        r"\btmrw\b|\bthe \d{1,2}(?:st|nd|rd|th)\b|\bnext week\b|"
                        # or its hour: "drop off is 8:05 not 8:15" (the day told 10 messages
                        # before, past the engine's 6; round 57 in a later visit)
                        r"\b\d{1,2}:\d{2}\b|\b\d{1,2} ?(?:am|pm)\b", re.I)
RECENT = 12  # the recent messages read for a plan told and for harm said


def stage_fright(text: str) -> bool:
    """A blunder pictured with nerves and no word of harm: stage fright, not risk."""
    return bool(_BLUNDER.search(text) and _NERVES.search(text)) and \
        not means(HARM_WORDS, plain(text))


def eve_of_a_plan(text: str, context: Sequence[str]) -> bool:
    """A short message about the eve of a plan a recent message told with its day, no word
    or phrase of risk in it and no word of harm in the recent messages."""
    recent = context[-RECENT:]
    return bool(_EVE.search(text)) and len(text.split()) <= 12 and \
        any(_PLAN_TOLD.search(c) for c in recent) and not owned(text) and \
        not means(RISK_WORDS, plain(text)) and not any(means(HARM_WORDS, plain(c))
                                                      for c in recent)


#: a thing still alive: "its still alive tho" of a sunflower a storm bent (round 58: the crisis
#: reply); not the speaker ("im still alive"), nor with any word of harm
_THING_ALIVE = re.compile(r"\b(?:it|its|it's|it is)\s+(?:\w+\s+)?(?:still\s+)?alive\b|"
                          # how long a thing lasts: "the tank is supposed to last 9 days
                          # without refilling" (round 71: "That sounds hard. Are you doing
                          # okay?"); not the speaker's life, body or mind
                          r"\b(?:the|it|its|this|that|our|my(?!\s+(?:life|body|heart|mind)\b))"
                          r"\s+(?:[a-z]+\s+){0,2}?(?:is\s+|are\s+)?(?:supposed to|meant to|"
                          r"should|can|could|will|gonna|only|usually|still)?\s*lasts?\s+"
                          r"(?:like\s+|about\s+|up to\s+)?(?:\d+|a|an|one|two|three|a few|all)"
                          r"\s+(?:days?|hours?|weeks?|months?|years?|nights?|mins?|minutes?)\b",
                          re.I)


def _only(said: re.Pattern[str], text: str) -> bool:
    """``text`` says ``said``, and the rest of it says no word of harm or risk."""
    if not said.search(text):
        return False
    rest = said.sub(" ", text)
    return not means(HARM_WORDS, plain(rest)) and not owned(rest)


def thing_alive(text: str) -> bool:
    """``text`` says a thing is (still) alive, and says no word of harm of the speaker."""
    return _only(_THING_ALIVE, text)


#: a part of the body sore or numb: "my feet already hurt", "my legs are killing me", "my back
#: aches", "my toes are still dead"
_SORE = re.compile(r"\bmy (?:poor )?(?:feet|foot|legs?|knees?|ankles?|toes|back|shoulders?|neck|"
                   r"hands|fingers?|lips|eyes|ears|throat|head|stomach|tummy|calves|calf|hamstrings?|"
                   r"muscles|butt|jaw|teeth|hips?|quads|abs|thumbs?)\s+(?:\w+\s+)?(?:already |"
                   r"still |really |so |kinda |lowkey )?(?:hurts?|ache|aches|aching|burn|burns|"
                   r"(?:are|is) (?:so |still )?(?:sore|killing me|dying|on fire)|"
                   # numb from the cold: "my toes are still dead" (5 hours ice fishing)
                   r"(?:dead|numb|frozen|ice cubes?|popsicles?))\b", re.I)
_SELF_HARM_MARK = re.compile(r"\b(?:myself|cut|cuts|cutting|scars?|blood|bleed\w*|on purpose|"
                             r"did it|relapse\w*|razor|blade)\b", re.I)


def sore_body(text: str) -> bool:
    """``text`` says a part of the body is sore (no wrist, arm or thigh), with no mark of
    self-harm and no word of harm or risk in the rest."""
    return not _SELF_HARM_MARK.search(text) and _only(_SORE, text)


#: a high place named as where a family or friends will stand, meet or cheer: "me my mom and
#: my little brother are gonna stand at mile 18 by the elm street bridge with a sign" (a
#: marathon, round 63: "That sounds like a lot. Are you okay?")
_LANDMARK = re.compile(r"\b(?:by|at|near|under|next to|across from|past) the (?:[a-z]+ ){0,3}"
                       r"(?:bridge|overpass|roof|rooftop|cliffs?|tracks|ledge|dam|tower)\b", re.I)
_COMPANY = re.compile(r"\b(?:we|we're|were|us|our|me and|me my|my (?:mom|dad|mum|family|brother|"
                      r"sister|friends?|cousins?|grandma|grandpa|aunt|uncle|team|class))\b", re.I)
_TOGETHER = re.compile(r"\b(?:stand|standing|meet|meeting|wait|waiting|cheer|cheering|watch|"
                       r"watching|park|parking|picnic|sign|signs|race|marathon|parade|fireworks|"
                       r"photos?|pics?)\b", re.I)


def landmark(text: str) -> bool:
    """``text`` names a bridge, roof or tracks as where people together will stand, meet or
    cheer, and says no word of harm or risk (``_only``)."""
    return bool(_COMPANY.search(text) and _TOGETHER.search(text)) and _only(_LANDMARK, text)


#: pride in something made, wanted heard or seen: "this is like the first thing ive made that
#: i actually want ppl to hear" (a first song, round 64: the crisis reply); not a last thing,
#: a note or a letter
_MADE_TO_SHARE = re.compile(r"\b(?:first|only) (?:thing|song|track|piece|painting|drawing|video|"
                            r"story) (?:ive|i've|i have|i) (?:ever )?(?:made|written|wrote|"
                            r"recorded|drawn|painted|finished)\b[^.!?]{0,40}\b(?:hear|see|"
                            r"listen|watch|read)\b", re.I)
#: clothes grown out of, given away: "im giving away my green corduroy jacket which hurts a
#: little ngl but it doesnt fit anymore" (a clothes swap, round 64)
_OUTGROWN = re.compile(r"\bgiv\w* (?:away )?(?:my|our) [a-z ]{0,30}(?:jacket|hoodie|sweater|"
                       r"jeans|shirt|dress|shoes|coat|clothes|skirt|pants|boots)\b[^.!?]{0,60}"
                       r"\b(?:doesnt|doesn't|dont|don't|wont|won't) fit|\boutgr[eo]w\w*\b", re.I)
#: overwhelmed by a task, in an idiom: "im lowkey in over my head" (hot glue, round 64)
_OVER_MY_HEAD = re.compile(r"\b(?:lowkey|kinda|a (?:bit|little)|lol|ngl|lmao)\b[^.!?]{0,20}"
                           r"\bin over (?:my|our) heads?\b|"
                           r"\bin over (?:my|our) heads?\b[^.!?]{0,15}\b(?:lol|lmao|haha\w*)\b",
                           re.I)  # (said lightly only)
_LAST_WORDS = re.compile(r"\b(?:last|final|goodbye|note|letter|gone|before i (?:go|die|leave)|"
                         r"miss me|remember me)\b", re.I)


def made_or_outgrown(text: str) -> bool:
    """Pride in a first thing made, clothes outgrown and given away, or a task over one's
    head, with no word of harm or risk and no last words ("the last thing ive made, i want
    ppl to hear it" keeps the models' reading)."""
    return not _LAST_WORDS.search(text) and (
        _only(_MADE_TO_SHARE, text) or _only(_OUTGROWN, text) or _only(_OVER_MY_HEAD, text))


#: luck asked for a thing about to be done: "ok dough is ready. bye sunny wish me luck"
_LUCK = re.compile(r"\bwish me (?:luck|good luck)\b|\bcross(?:ing)? (?:ur|your) fingers\b",
                   re.I)


def luck_asked(text: str) -> bool:
    """Luck asked for a thing about to be done, with no word of harm or risk and no last
    words (round 65: "ok dough is ready. bye sunny wish me luck" got "That sounds hard. Are
    you doing okay?" from the models' check tier)."""
    if _LAST_WORDS.search(text) or not _LUCK.search(text) or _SELF_READY.search(text):
        return False
    rest = _BYE.sub(" ", _LUCK.sub(" ", text))  # (a goodbye alone reads as one of risk)
    return not means(HARM_WORDS, plain(rest)) and not owned(rest)


_BYE = re.compile(r"\b(?:bye+|gtg|g2g|ttyl|cya|see ya|later)(?:\s+(?:sunny|everyone|guys))?\b",
                  re.I)
#: the speaker ready, not a thing: "im ready. bye sunny wish me luck" keeps the models' reading
_SELF_READY = re.compile(r"\b(?:i'?m|i am|im)\s+(?:so\s+|finally\s+)?ready\b", re.I)


#: lying still for a long while after a tiring day: "im so tired i just wanna lay here forever
#: and never move" (session 55: the models' check-in; alone, "i just wanna lay here forever"
#: keeps their high tier). Not "sleep forever" (said of death too)
_SPRAWL = re.compile(r"\b(?:wanna|want to|gonna|could|just|gotta)\s+(?:just\s+)?(?:lay|lie|stay|"
                     r"rot|melt|sit)\s+(?:here|in (?:my )?bed|on (?:the|my) "
                     r"(?:couch|floor|bed|sofa))"
                     r"\s+(?:forever|for a (?:year|week|day)|all (?:day|night|weekend))"
                     r"(?:\s+and\s+(?:never|not)\s+move)?\b", re.I)
_WORN_OUT = re.compile(r"\b(?:tired(?! of)|exhausted|sleepy|sore|lazy|so full|food coma|stuffed|"
                       r"wiped|after (?:practice|work|school|my shift|the game|the meet)|my feet|"
                       r"ate (?:so|too) much)\b", re.I)
_LOW_SAID = re.compile(r"\b(?:sad|empty|hopeless|numb|alone|lonely|pointless|worthless|give up|"
                       r"nothing matters|no point|hate my life|cant do this|can't do this|"
                       r"disappear|wake up|tired of)\b", re.I)


def worn_out(text: str) -> bool:
    """Lying still for a long while after a tiring day, no low feeling and no word of harm or
    risk in the rest."""
    return bool(_WORN_OUT.search(text)) and not _LOW_SAID.search(text) and _only(_SPRAWL, text)


#: a how-to asked, then the try of it: "how long do u stir the roux? im attempting it alone
#: tonight" (memory_dev23 got "you don't have to sit with it alone")
_HOW_TO_THEN_TRY = re.compile(r"\bhow\s+(?:long|much|many|do|does|to|should)\b[^?]{0,60}\?\s*"
                              r"[^.!?]{0,30}\b(?:attempt\w*|try\w*|doing)\s+it\b", re.I)


def how_to_try(text: str) -> bool:
    """A how-to question, then the try of it, no word of harm or risk in the rest."""
    return _only(_HOW_TO_THEN_TRY, text)


#: paper things cut out for a craft: "ive cut like 90 stars so far and my fingers are gonna
#: fall off" (round 69: the crisis reply); "i need to cut new paper and i dont trust myself"
#: (to cut it straight; round 72: the crisis reply to a question about a drawing's size)
_CRAFT_CUT = re.compile(r"\bcut(?:ting)?\s+(?:out\s+)?(?:like\s+|about\s+|over\s+|all\s+)?(?:\d+|"
                        r"a (?:bunch|ton|lot) of|the|these|those|so many|more|some|new|a new|"
                        r"a piece of)\s+"
                        r"(?:more\s+|new\s+)?"
                        r"(?:paper\s+|little\s+|tiny\s+|gold\s+|silver\s+)?(?:stars?|snowflakes?|"
                        r"hearts?|shapes?|letters?|circles?|squares?|coupons?|strips?|triangles?|"
                        r"flowers?|leaves|ornaments?|cards?|tags?|labels?|"
                        r"stencils?|felt|fabric|paper|cardboard|ribbons?)\b", re.I)
_FINGERS_IDIOM = re.compile(r"\bmy (?:fingers|hands?|arms?) (?:are|is) (?:gonna|going to|about to) "
                            r"fall off\b", re.I)
#: a pet or a little one on the teen, who so cannot move: "alright moose is sitting on my feet
#: so i cant move. later sunny, bye" (round 69: the crisis reply)
_PINNED = re.compile(r"\b(?:is|s|'s|keeps)\s+(?:sitting|sleeping|lying|laying|asleep|curled up|"
                     r"passed out)\s+on\s+(?:my\s+)?(?:feet|lap|legs?|chest|arm|stomach|back)\b"
                     r"[^.!?]{0,20}\b(?:cant|can't|cannot|can not)\s+(?:move|get up)\b", re.I)


def craft_or_pinned(text: str) -> bool:
    """Paper things cut for a craft, or a pet on the teen who so cannot move (a goodbye after
    it allowed), with no word of harm or risk in the rest."""
    rest = _BYE.sub(" ", _FINGERS_IDIOM.sub(" ", text))
    return _only(_CRAFT_CUT, _TRUST_CUT.sub(r"\1", rest)) or _only(_PINNED, rest)


#: not trusting oneself to cut the paper straight: said right after the craft's cut
_TRUST_CUT = re.compile(r"(\bcut\s+(?:new\s+|more\s+|the\s+|some\s+)?(?:paper|cardboard|felt|"
                        r"fabric)\b)\s+(?:and|but|bc|cuz)\s+i\s+(?:dont|don't|do not)\s+trust "
                        r"myself\b", re.I)


#: a question about when a thing told is due or on: "and when is it due again exactly, day
#: AND time pls i have to plan" (round 73: the crisis reply to a school project's due date)
_DUE_ASKED = re.compile(r"\b(?:when|what\s+(?:time|day|date))\s+(?:is|was|'s|s|are)\s+"
                        r"(?:it|that|this|the\s+\w+|my\s+\w+|our\s+\w+|his\s+\w+|her\s+\w+)\s+"
                        r"(?:\w+\s+)?(?:due|again)\b", re.I)
#: words that make a "when" a risk's timing, whatever it asks: "so nobody stops me"
_ALONE = re.compile(r"\b(?:stops?\s+me|stopping\s+me|nobody|no\s+one|noone|myself|alone|"
                    r"without\s+me|for\s+good)\b", re.I)


def due_asked(text: str) -> bool:
    """A question about when something told is due or on, and no word of risk or harm of
    the speaker anywhere in the message."""
    return bool(_DUE_ASKED.search(text)) and _no_risk(text) and not owned(text)


def _no_risk(text: str) -> bool:
    """No word of being alone, of risk or of harm anywhere in ``text``."""
    said = plain(text)
    return not _ALONE.search(text) and not means(RISK_WORDS, said) and \
        not means(HARM_WORDS, said)


#: a thing the teen told, asked back: "and what was my big idea again? i gotta actually do it
#: now" (round 74: the crisis reply to a campaign idea), "remind me what my project was"
_ASKED_BACK = re.compile(r"\b(?:what(?:'s|s)?\s+(?:was|is|were)?\s*|remind\s+me\s+what\s+|"
                         r"what\s+did\s+i\s+say\s+)my\s+(?:[a-z]+\s+){0,2}?(?P<thing>[a-z]+)"
                         r"(?:\s+(?:was|is))?\s+again\b", re.I)
#: the thing asked back, to be done ("i gotta actually do it now") or noted down
_DO_IT = re.compile(r"\bi\s+(?:gotta|have\s+to|need\s+to|got\s+to|must|wanna|want\s+to)\s+"
                    r"(?:actually\s+|finally\s+|really\s+)?(?:do|start|make|finish|write|pitch)"
                    r"\s+it(?:\s+(?:now|today|tonight|tmrw|tomorrow|soon))?\b|"
                    # "i want to save it in my notes" (round 75: the crisis reply)
                    r"\bi\s+(?:want\s+to|wanna|gotta|need\s+to|have\s+to|will|ll)\s+(?:save|"
                    r"write|put|add|keep)\s+it\s+(?:in|on|to|into)\s+my\s+(?:notes|phone|"
                    r"calendar|planner|list|journal|contacts)\b", re.I)
#: a store kept or a time set, beside the question: "i want to save them all up for tonight"
_STOCKED = re.compile(r"\b(?:sav\w*|stock\w*|collect\w*|hoard\w*|stash\w*|tonight|ready|"
                      r"last|end|goodbye|bye|forever|over)\b", re.I)
#: things whose asking back may be a risk's: "what was my plan again"
_RISK_THING = frozenset("plan plans note letter goodbye method way reason point life pills meds "
                        "rope gun knife blade razor date time list dose".split())


def asked_back(text: str) -> bool:
    """A question about a thing the teen told ("what was my big idea again"), not a plan,
    a note or a means, and no word of risk or harm of the speaker anywhere in the message."""
    found = _ASKED_BACK.search(text)
    if found is None or found.group("thing").lower() in _RISK_THING:
        return False
    rest = _DO_IT.sub(" ", f"{text[:found.start()]} {text[found.end():]}")  # (its "it" is
    # the thing asked)
    return _no_risk(text) and not _STOCKED.search(rest) and not owned(rest) and \
        not DISTRESS.search(rest)

