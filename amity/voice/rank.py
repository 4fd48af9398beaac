"""One ranker for every reply source: hard vetoes first, then a score.

Contract: ``veto(text, view_text, recent, mood, facts)`` names why a line may not be said
(None when it may): a cheerful line to a low mood, a line that claims the user's
experience as the companion's or mixes up "I" and "you", a repeat of a recent reply, a
claim of a human life, or a contradiction of the card's facts. ``score(parts)`` weighs a
candidate's features: how well its source matched (retrieval similarity or a skill's
prior), the response model's score against the conversation, the fit of its mood, and
whether it names this message's details. Pure functions; the response model is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from ..replies import is_repeat
from ..rerank import contradicts
from ..types import TurnView
from .lines import LOW_MOODS

#: the weight of the rated-reply model's guess (``rated_parts``): how much likelier than the
#: typical line raters are to find a line sensible and specific
RATED_WEIGHT = 1.0
#: acts whose lines the rated-reply model does not weigh: a memory answer is right or wrong
#: by what was told, and Sunny's answer about itself is its own story (the card's and the
#: skill's facts), neither of which the model sees
UNRATED_ACTS = frozenset({"memory_question", "about_sunny"})

WEIGHTS = {"match": 1.0, "model": 1.5, "mood": 0.25, "specific": 0.1, "prior": 1.0,
           "ideas": 0.3, "generic": -0.3, "rated": RATED_WEIGHT}
#: the curious and glad lines that fit almost any message: in rounds 15-25 the raters found
#: "wait, X? tell me more 👀" (skill:ack_named) specific 26 times in 100 and the plain ones
#: (skill:ack, skill:glad, skill:moment_good_news, skill:hype) almost never, against 76-90
#: for a favourite, a name or a moment
#: said back; the response model likes their question, so beside such a line they carry a
#: penalty
GENERIC = frozenset({"skill:ack", "skill:ack_named", "skill:glad", "skill:glad_named",
                     "skill:moment_good_news", "skill:hype", "skill:celebrate",
                     # "look who it is! what's up?" beside "heyy! how's the bonspiel going?"
                     # (round 41: the topic line lost to it 5 times of 5)
                     "skill:greet_back"})
#: the prior of a skill line that says what the message means (a moment, an echo, a name):
#: when one is offered, the GENERIC lines carry their penalty
SAYS_MORE = 0.7

CHEER = re.compile(r"\b(yay|yess+|woo+|awesome|amazing|congrat\w*|so fun|haha|lol|lmao|"
                   r"that's great|so cool|love that)\b|🎉|🥳|😂|🤣|!!", re.I)
HUMAN_LIFE = re.compile(
    r"\bmy (mom|mum|dad|parents?|sister|brother|teacher|school|class|house|room|dog|cat|"
    r"body|job|boss|girlfriend|boyfriend|wife|husband|kids?)\b|\bi (ate|slept|went to|"
    r"was born)\b|\bwhen i was (a kid|little|younger)\b", re.I)
#: "i <verb>" pairs the companion may share with the user without claiming their life
SHARED_I = frozenset("""love think hope bet can wish mean know feel am 'm would 'd totally
remember really just have need get want like hate guess believe see hear was will 'll
do don't didn't can't could might""".split())
_I_VERB = re.compile(r"\bi\s+([a-z']+)", re.I)
_MY_NOUN = re.compile(r"\bmy\s+([a-z]+)", re.I)


def swaps(reply: str, user_text: str) -> bool:
    """Whether ``reply`` takes the user's own experience as the companion's ("i failed my
    test too" after "i failed my test"; "my dog" after "my dog ate it")."""
    said = {m.group(1).lower() for m in _I_VERB.finditer(user_text)} - SHARED_I
    mine = {m.group(1).lower() for m in _I_VERB.finditer(reply)} - SHARED_I
    if said & mine:
        return True
    theirs = {m.group(1).lower() for m in _MY_NOUN.finditer(user_text)}
    return bool(theirs & {m.group(1).lower() for m in _MY_NOUN.finditer(reply)})


def veto(text: str, user_text: str, recent: Sequence[str], mood: str,
         facts: Sequence[str] = (), line_mood: str | None = None) -> str | None:
    if not text.strip():
        return "empty"
    if is_repeat(text, recent, threshold=0.7):
        return "repeat"
    if mood in LOW_MOODS and (line_mood == "happy" or (line_mood is None and CHEER.search(text))):
        return "cheerful"
    own = re.sub(r'"[^"]*"', "", text)  # the user's words quoted back are theirs
    if swaps(own, user_text):
        return "swap"
    if HUMAN_LIFE.search(own):
        return "human_life"
    if facts and contradicts(text, facts):
        return "contradiction"
    return None


_CLAIMS = re.compile(r"\b(i remember|i keep track|you told me|you said|you mentioned|"
                     r"last time you|of course i did)\b", re.I)
_YOUR = re.compile(r"\byour (cat|dog|puppy|kitten|pet|hamster|rabbit|bunny|sister|brother|sis|"
                   r"bro|mom|mum|dad|mother|father|parents|grandma|grandpa|nan|nana|aunt|uncle|"
                   r"cousin|boyfriend|girlfriend|bf|gf|crush|best friend|bestie|teacher|coach|"
                   r"team|band|job|boss)\b", re.I)
_SAME = {"mum": "mom", "mother": "mom", "father": "dad", "sis": "sister", "bro": "brother",
         "puppy": "dog", "kitten": "cat", "bunny": "rabbit", "nana": "nan", "gf": "girlfriend",
         "bf": "boyfriend", "bestie": "best friend"}


_HOW_WENT = re.compile(r"\bhow (?:did|was) (?:it|that|they|he|she|the \w+)(?: (?:go|turn out|"
                       r"end up|look|come out))?\b|\bhow'?d it go\b", re.I)
_NOT_YET = re.compile(r"\b(?:should i|is it a (?:good|bad) idea|thinking (?:about|of)|gonna|"
                      r"going to|wanna|want to|planning|tomorrow|tmrw|tonight|next week)\b", re.I)


_DID = re.compile(r"\b(?:i|we) (?:just |finally |already )?(?:\w+ed|got|went|made|did|ran|won|"
                  r"took|wore|cut|dyed)\b", re.I)


#: a line about a thing already over: "what was the best part?", "how did it feel?",
#: "sounds like a fun weekend with family!"
_OVER = re.compile(r"\bwhat was the (?:best|worst|funniest) part\b|\bhow did (?:it|that) feel\b|"
                   r"\bwhat was it like\b|\bhow was it\b|"
                   r"\bsounds like a fun (?:weekend|day|time)\b|\bwhat made it so\b|"
                   r"\bturned out (?:like this|this way)\b|\bwhat happened\b", re.I)
#: a message about a thing ahead: "is getting married", "we leave friday the 20th at 5am"
_AHEAD = re.compile(r"\b(?:is|are|am|im|i'm|we're|were) (?:getting|going|leaving|taking|"
                    r"having|starting|doing|playing|visiting|flying|driving)\b|"
                    r"\b(?:we|i) (?:leave|fly|start|go|head out)\b|\bnext (?:week|weekend|"
                    r"month|\w+day)\b|\bthis (?:weekend|\w+day)\b|\bon (?:\w+day|the \d+)", re.I)


def too_soon(text: str, user_text: str) -> bool:
    """A written line asking how it went ("how did it turn out?", "what was the best
    part?") to something not done yet ("is it a good idea to dye my hair blue", "im gonna
    try out tomorrow", "my sister is getting married and asked me to dj")."""
    if _DID.search(user_text) and not _AHEAD.search(user_text):
        return False
    return bool(_HOW_WENT.search(text) and _NOT_YET.search(user_text)
                or _OVER.search(text) and (_NOT_YET.search(user_text)
                                           or _AHEAD.search(user_text)))


#: a line asking what the message just said: who with, how long friends, when
_ASKS_SAID = (
    (re.compile(r"\bwho (?:are|r) (?:you|u) (?:going|goin|doing it|bringing|taking) with\b|"
                r"\bwho'?s going\b", re.I),
     re.compile(r"\bwith (?:my|me|him|her|his|our|some|a few|[a-z]+ and)\b|"
                r"\b(?:me|him|her),? (?:and|n) (?:my|\w+)\b|\bjust (?:me|us)\b", re.I)),
    (re.compile(r"\bhow long have (?:you|u) (?:two |guys |all )?(?:been friends|known)\b", re.I),
     re.compile(r"\bsince\b|\bfor (?:like |about )?(?:\d+|a few|two|three|four|five|six|"
                r"ten) (?:years?|yrs)\b|\bforever\b", re.I)),
    (re.compile(r"\bwhen(?:'s| is| are| do| does) (?:it|the|your|ur|that)\b", re.I),
     re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\btomorrow\b|\btmrw\b|"
                r"\btonight\b|\b\d+(?:st|nd|rd|th)\b|\bnext (?:week|month)\b", re.I)),
    # "what part worries you most?" to "the brick part is what im scared of"
    (re.compile(r"\bwhat (?:part )?(?:worries|scares) (?:you|u)(?: the)? most\b|"
                r"\bwhat(?:'s| is) worrying (?:you|u)\b|\bwhat are (?:you|u) (?:most )?"
                r"(?:worried|scared|nervous) (?:about|of)\b", re.I),
     re.compile(r"\b(?:scared|afraid|worried|nervous|terrified) (?:of|about|that|bc|because)\b|"
                r"\bwhat (?:scares|worries) me\b|\bthe \w+ part\b|\bwhat if\b", re.I)),
    # "how old is she?" to "shes 12", "how long is it?" to "its 40 min", "what time?" to "at
    # 7pm" (spent rounds 50-59: written lines asking what was just told; "how many" is
    # ``asks_said``'s own, by the thing it counts)
    (re.compile(r"\bhow old\b", re.I),
     re.compile(r"\b(?:hes|shes|he's|she's|is|turns|turning|turned|theyre|they're|are|im|i'm) "
                r"(?:like |only |almost |just )?\d{1,2}\b|\b\d{1,2} ?(?:years?|yrs?|months?|"
                r"weeks?) old\b|\b\d{1,2} ?yo\b", re.I)),
    (re.compile(r"\bhow long (?:is|are|was|will|does|do|did)\b", re.I),
     re.compile(r"\b\d+(?:\.\d+)? ?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|"
                r"years?|miles?|km|pages?|laps?)\b", re.I)),
    (re.compile(r"\bwhat time\b", re.I),
     re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:am|pm)\b|\b\d{1,2}:\d\d\b|\bat \d{1,2}\b|"
                r"\bnoon\b|\bmidnight\b", re.I)),
    # "what's the funniest thing they've done?" to a funny thing just told ("...lmao")
    (re.compile(r"\bwhat'?s the (?:funniest|weirdest|silliest|craziest) (?:thing|one)\b", re.I),
     re.compile(r"\b(?:lmao+|lmfao|lol+|haha\w*)\b|😂|🤣|💀", re.I)),
)


def asks_said(text: str, user_text: str) -> bool:
    """A line asking what the message just said: "who are you going with?" to "a fishing
    trip with my uncle ray", "how long have you two been friends?" to "friends since 2nd
    grade", "when's the party?" to "its saturday the 9th", "how many are there?" to "theres
    7 of them" (a count of the thing it names: "how many sets are in the show?" is not
    answered by "set 14 and 15")."""
    if (many := _HOW_MANY.search(text)) and (
            many.group(1).lower() in _ANY_COUNT and _COUNT.search(user_text) or
            re.search(rf"\b(?:\d+|{_COUNT_WORDS}) (?:\w+ )?{re.escape(many.group(1)[:4].lower())}",
                      user_text.lower())):
        return True
    return any(ask.search(text) and said.search(user_text) for ask, said in _ASKS_SAID)


#: a line asking what the teen told earlier in the talk: "what are you saving it for?" after
#: "were saving for a vr headset" (round 60)
_ASKED_BEFORE = (
    (re.compile(r"\bwhat are (?:you|u) saving(?: it| up)? for\b", re.I),
     re.compile(r"\bsaving (?:up )?for (?:a|an|the|my|our)\b|\bsaving up to (?:buy|get)\b",
                re.I)),
)


def asked_before(text: str, told: str) -> bool:
    """A line asking what the teen's earlier words (``told``: this talk and what memory
    found) already said."""
    return any(ask.search(text) and said.search(told) for ask, said in _ASKED_BEFORE)


#: "how many are there?", "how many sets are in the show?": the word after "how many"
_HOW_MANY = re.compile(r"\bhow many (\w+)", re.I)
#: "how many are there", "how many of them", "how many do you have": any count answers it
_ANY_COUNT = frozenset("are is of do did does have were was will would you in".split())
_COUNT_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                "forty|fifty|hundred|dozen")
_COUNT = re.compile(rf"\b\d+\b|\b(?:{_COUNT_WORDS})\b", re.I)


#: a line that asks for the story: "want to tell me what happened?", "what's the backstory?"
_STORY_ASK = re.compile(r"\bwhat happened\b|\bwhat'?s the (?:story|backstory)\b|\bbackstory\b|"
                        r"\bwhole thing\b|\bfrom the start\b|\bhow did that happen\b|"
                        r"\bfull (?:story|picture)\b|\brest of this story\b|"
                        r"\bmore to this story\b|\bhow did that come up\b", re.I)
#: a past told: a verb in the past tense
_TOLD = re.compile(r"\b(?:\w{2,}ed|got|went|said|told|made|did|was|were|had|came|took|saw|felt|"
                   r"left|found|ate|ran|fell|broke|forgot|lost|won|gave|kept|sat|threw|bought|"
                   r"brought|caught|thought|dropped|yelled)\b", re.I)
TOLD_WORDS = 12  # a message this long that tells a past has told what happened


def asks_told(text: str, user_text: str) -> bool:
    """A line asking what happened ("want to tell me what happened?") to a message that
    just told it ("raj rewrote my autonomous code without asking and it kinda made me feel
    like my work didnt matter")."""
    return bool(_STORY_ASK.search(text)) and len(user_text.split()) >= TOLD_WORDS and \
        bool(_TOLD.search(user_text))


#: the question a line ends with: after the last full stop, "!" or emoji
_LAST_ASK = re.compile("([.!\u2600-\u27bf\U0001f300-\U0001faff])[^.!?\u2600-\u27bf"
                      "\U0001f300-\U0001faff]*\\?\\s*$")
#: a line that asks the teen's own pick: "what's yours?", "which side are you on?"
_ASKS_OWN = re.compile(
    r"\b(?:what'?s yours|what about you|and you|how about you|"
    r"which (?:one|side) (?:are you on|would you pick|do you pick)|"
    r"what'?s your (?:fav\w*|pick|go-to)|which \w+ do you always)\b[^.!?]*\?\s*$", re.I)
#: a message that gave the teen's own pick: "mine is teal", "its spicy ramen dont even argue"
_GAVE_OWN = re.compile(
    r"(?:^|[,.?!]\s*|\band\s+)(?:mine|mines|mine's)\b|"
    r"\bmy (?:fav\w*|favou?rite|pick|go-to)\b[^.?!]{0,30}\b(?:is|are|=)\b|"
    r"\b(?:jk )?it'?s (?:obviously |def |definitely )?\w+[^.?!]{0,20}\b(?:dont|don'?t) "
    r"(?:even )?argue\b", re.I)


def without_own_ask(text: str, user_text: str) -> str:
    """``text`` without a closing "what's yours?" when the teen just gave theirs ("whats
    ur fav ice cream, mine is mint chip"); "" when nothing is left."""
    if not (_ASKS_OWN.search(text) and _GAVE_OWN.search(user_text)):
        return text
    return cut_last_ask(text)


def cut_last_ask(text: str) -> str:
    """``text`` without the question it ends with ("" when it is one question alone)."""
    if not text.rstrip().endswith("?"):
        return text
    kept = _LAST_ASK.sub(r"\1", text).rstrip()
    return "" if kept == text.rstrip() else kept


#: people and events a written line may name only when the user did: "siblings take your
#: stuff" to "i own 40 hoodies", "happy birthday" to "im 15 and i feel like 80". Each
#: group: what a line names, what the user's words must say.
_PRESUMED = tuple((re.compile(line, re.I), re.compile(said, re.I)) for line, said in (
    (r"\b(?:siblings?|brothers?|sisters?|twin|step(?:brother|sister))\b",
     r"\b(?:siblings?|bro(?:ther)?s?|sis(?:ter)?s?|twins?|step(?:brother|sister|bro|sis)s?|"
     r"family)\b"),
    (r"(?<!have a )(?<!no )\b(?:birthday|bday)\b",
     r"\b(?:birthday\w*|bday\w*|b-day|turn(?:ed|ing|s)?\s+\d+|cake)\b"),
    (r"\bpart(?:y|ies)\b(?! games)", r"\b(?:part(?:y|ies)|sleepover|celebrat\w*|bday|birthday)\b"),
    (r"\b(?:(?:the|your|this|that) test|exams?|finals|midterms?)\b",
     r"\b(?:tests?|exams?|quiz(?:zes)?|finals|midterms?|mocks?|gcses?|sats?|grade|graded|"
     r"mark|marks|\d+ ?%|\d+/\d+|stud(?:y|ied|ying)|revis\w*|score|homework)\b|"
     r"\b[a-f][+-](?!\w)|\bgot an? [a-f]\b"),
    (r"\bcoach\b", r"\b(?:coach|team|practi[cs]e|tryouts?|varsity|training|season|club|game|"
     r"match|meet|race|squad)\b"),
    # the hour: "hey night owl!" at four in the afternoon
    (r"\b(?:night owl|late nights?|up (?:this )?late|this late|good ?night|sleep well|"
     r"can'?t sleep|bedtime)\b",
     r"\b(?:night|nite|late|sleep\w*|bed|tired|insomnia|midnight|\d+ ?am|tonight|gn|"
     r"goodnight|awake)\b"),
    (r"\byour (?:manager|shift)\b", r"\b(?:boss|manager|shifts?|job|work(?:ing)?|hired)\b"),
    (r"\b(?:(?:your|a|the|ur) crush|crush (?:stuff|moments|picture)|girlfriend|boyfriend|dating)\b",
     r"\b(?:crush\w*|girlfriend|boyfriend|gf|bf|dat(?:e|ing)|likes? me|ask(?:ed)? (?:me|her|him) "
     r"out|(?:who|someone|somebody) i like|prom)\b"),
))
#: the same, for what the message itself must say (the talk before may have had a game)
_PRESUMED_NOW = tuple((re.compile(line, re.I), re.compile(said, re.I)) for line, said in (
    # "it's so annoying when siblings take your stuff" to "i left my hoodie on the bus"
    (r"\bsiblings? (?:take|took|steal|stole|borrow|use|go through)\b",
     r"\b(?:siblings?|bro(?:ther)?s?|sis(?:ter)?s?|twins?|step(?:brother|sister|bro|sis)s?|"
     r"took|taking|stole|stealing|borrow\w*)\b"),
    # "byeee, go sleep, you sound exhausted lol" to "ok byee sunny 💙" (the rated-reply
    # model liked it as a goodbye, session 56)
    (r"\byou sound (?:exhausted|tired|sleepy|wiped)\b|\bgo (?:to )?sleep\b",
     r"\b(?:tired|exhausted|sleep\w*|bed|nap|gn|good ?night|night|nite|late|wiped|dead|"
     r"drained|yawn\w*|zz+)\b"),
    # "strict rules can feel really unfair" to "we leave friday at 5am which is insane"
    (r"\b(?:rules?|strict|curfew|grounded)\b",
     r"\b(?:rules?|strict|curfew|grounded|allowed|let(?:s|ting)? me|permission|parents?|mom|"
     r"dad|unfair)\b"),
    # "family fun like that is the best. who won?" to a soaked sleeping bag
    (r"\bwho won\b|\bwhat was the score\b",
     r"\b(?:game|match|race|play(?:ed|ing)?|vs|versus|tournament|competition|contest|score|"
     r"won|lost|beat|round|finals?|championship|bracket|meet)\b"),
    # "that's such exciting gaming news! what are you playing first?" to a dictionary from
    # grandpa
    (r"\bgaming\b|\bplaying first\b|\bvideo games?\b",
     r"\b(?:games?|gaming|gamer|play(?:ing)?|console|xbox|ps[45]|playstation|nintendo|switch|"
     r"steam|minecraft|fortnite|roblox|controller|pc|level|boss)\b"),
    # "homework when you're running on empty is rough" to "i post a new chapter every friday"
    (r"\bhomework\b",
     r"\b(?:homework|hw|assignments?|essays?|worksheets?|stud(?:y|ying)|tests?|quiz|projects?|"
     r"class(?:es)?|teachers?|school|due|finals?|exams?|ap)\b"),
    # "happy to switch it up, I'm in!" to "i bought a new lure with my own money"
    (r"\b(?:switch it up|new topic|change (?:the )?(?:subject|topic))\b",
     r"\b(?:anyway|new topic|change (?:the )?(?:subject|topic)|random|btw|switch|something "
     r"else|talk about|tell (?:u|you) about)\b"),
))


def presumes(text: str, told: str, now: str = "") -> bool:
    """A written line (not grounded in memory) that claims to remember, or speaks of the
    user's cat, sister or coach when the user never spoke of one ("how is your cat doing
    today?" to "whats my dogs name"), or of siblings, a birthday, a party, a test, a boss
    or a crush when the user's words never did (``_PRESUMED``), or rules, a winner or a new
    topic when this message (``now``) does not speak of one (``_PRESUMED_NOW``): an invented
    memory."""
    if _CLAIMS.search(text) or any(named.search(text) and not said.search(told)
                                   for named, said in _PRESUMED) or \
            any(named.search(text) and not said.search(now or told)
                for named, said in _PRESUMED_NOW):
        return True
    said = {_SAME.get(w, w) for w in re.findall(r"[a-z]+", told.lower())}
    said |= {_SAME.get(w[:-1], w[:-1]) for w in said if w.endswith("s")}
    return any(_SAME.get(m.lower(), m.lower()).split()[-1] not in said
               for m in _YOUR.findall(text))


#: a hard time said in passing, which the mood read may miss: "this heat is killing me"
_STRAINED = re.compile(r"\bkill(?:ing|s)? me\b|\bdying\b|\bugh+\b|"
                       r"\bso (?:hard|annoying|tired|done)\b|\bthe worst\b|\bi cant\b|\bi can't\b|"
                       r"😩|😭|😫|😤|🙄", re.I)
#: good news with a setback after "but": "it was so fun but ... our tent leaked 😭"
_BUT_SETBACK = re.compile(r"\bbut\b.*(?:😭|😩|😫|\bugh\b|\bleaked\b|\bsoaked\b|\bruined\b|"
                          r"\bbroke\b|\blost\b|\bcancel+ed\b|\bsick\b)", re.I)


#: things looking up: "school is getting better i think", "its actually not bad"
BETTER = re.compile(r"\b(?:getting|got|feels?|feeling|is|its|it's) "
                    r"(?:a (?:bit|lot|little) |so much |way |kinda |actually )?"
                    r"(?:better|easier|good|great|fine|okay|ok)\b|"
                    r"\bnot (?:that |so |too )?bad\b", re.I)


def off_mood(mood: str, line_mood: str | None, text: str) -> bool:
    """A line written for a low mood to a message not read as one and not strained ("are
    you still thinking of going?" to "my cousin mateo is my chambelan, he cant dance at all
    lol"), or cheer to a low one or to good news with a setback after "but": for a bank's
    general line, which names nothing of its message and so stands on its mood alone."""
    return line_mood in LOW_MOODS and mood not in LOW_MOODS and not _STRAINED.search(text) \
        or line_mood in ("happy", "affectionate") and (mood in LOW_MOODS
                                                       or bool(_BUT_SETBACK.search(text)))


def mood_fit(mood: str, line_mood: str | None) -> float:
    """How well a line written for ``line_mood`` meets a message in ``mood``: the same mood
    fits best; a neutral line fits anything a little; cheer for anything but good news,
    or comfort for good news, does not fit."""
    if line_mood is None:
        return 0.0
    if line_mood == mood:
        return 1.0
    if line_mood == "neutral":
        return 0.0
    if line_mood == "happy" or mood == "happy":
        return -1.0
    if (mood in LOW_MOODS) and (line_mood in LOW_MOODS):
        return 0.3
    return -0.3


def score(parts: Mapping[str, float]) -> float:
    return sum(WEIGHTS.get(name, 0.0) * value for name, value in parts.items())


#: skills whose written lines wrap a word of the message: the same wrapping three times
#: running reads as a form letter ("hold on, your lungs?? go on", "hold on, neon?? go on")
TEMPLATED = ("skill:ack", "skill:glad", "skill:laugh", "skill:comfort", "skill:memory_unknown",
             "skill:memory_partial")


def _skeleton(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    words = re.findall(r"[\w']+|[^\w\s]", text.split("\n\n")[0].lower())
    return tuple(words[:2]), tuple(words[-3:])


def same_template(text: str, recent: Sequence[str]) -> bool:
    """``text`` opens and closes like one of the last three replies (another word wrapped
    the same way)."""
    mine = _skeleton(text)
    return any(_skeleton(r) == mine for r in recent[-3:])


def rated_parts(view: TurnView, kept: Sequence[tuple[object, dict[str, float]]],
                rated: Callable[..., np.ndarray]) -> None:
    """Add to each kept line's parts how much likelier than the typical line (the median)
    blind raters are to find it sensible and specific, as the rated-reply model guesses
    (``amity.voice.rated``); a memory answer is left as it is."""
    if len(kept) < 2:
        return
    before = [] if view.new_session else [(m.role, m.content) for m in view.history[-2:]]
    probs = rated(view.text, before, view.new_session, [p.text for p, _ in kept])
    both = probs.mean(axis=1)
    middle = float(np.median(both))
    for (p, parts), value in zip(kept, both, strict=True):
        if not str(getattr(p, "source", "")).startswith("skill:memory"):
            parts["rated"] = float(value) - middle
