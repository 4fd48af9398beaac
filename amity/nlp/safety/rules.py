"""Rule layer of :mod:`amity.nlp.safety`: regexes with negation, hyperbole and idiom handling.

Contract: ``scan(text) -> list[Hit]``, every hit with a category, a tier ("high" for
explicit statements, "check" for vaguer ones), a score in [0, 1] and a (start, end) span
into ``text`` itself (no normalisation that moves offsets). It never raises on any ``str``.

What a hit's context does to it (the words just before the match, in the same sentence):
- a negation ("i'm not going to kill myself", "i haven't cut myself in months") turns a
  high hit into a check and drops a check;
- a hyperbole marker near it ("lol", "💀", "of embarrassment") turns a high hit into a check,
  for the rules where jokes are common ("i want to die lol");
- an idiom right after it ("killing myself laughing", "shoot myself in the foot") drops it;
- a time long past in its sentence ("two years ago i tried to kill myself", "in 8th grade
  i didn't want to be alive": ``patterns.DISTANT_PAST``) turns a high self-harm hit into a
  check (rule name ``:past``);
- someone else as the subject ("she wants to die") makes it a check; being told to do it
  ("they told me to kill myself") is bullying (high) plus a self-harm check.

This module knows nothing about the classifier, the user's age or personal data (see
``pii``); the patterns themselves live in ``patterns``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from amity.nlp.safety.implicit import IMPLICIT
from amity.nlp.safety.patterns import DISTANT_PAST, RECENT, Rule
from amity.nlp.safety.posts import POSTS
from amity.nlp.safety.selfharm import SELF_HARM
from amity.nlp.safety.topics import TOPICS

RULES: tuple[Rule, ...] = SELF_HARM + IMPLICIT + POSTS + TOPICS

Tier = Literal["high", "check"]

MAX_IDIOM = 4_000  # characters of a message read for an idiom
#: how far back (characters) a hit looks for negation or another subject
_PRE = 48
_CLAUSE_END = re.compile(r"[.!?;\n]|\bbut\b|\bthough\b|,\s*(?:and|so)\b", re.I)
_NEG = re.compile(
    r"(?:\bnot|\bnever|\bcannot|\b(?:don|doesn|didn|won|wouldn|can|couldn|shouldn|isn|aren|wasn|"
    r"weren|haven|hasn|hadn|ain|mustn)['’‘`]?t|\bno\s+way|\bstopped|\bquit)\s+"
    r"(?:[\w'’]+\s+){0,4}$|\bused\s+to\s+(?:[\w'’]+\s+){0,2}$",
    re.I,
)
_NEG_EXCEPT = re.compile(
    r"(?:can['’]?t|cannot|couldn['’]?t|won['’]?t)\s+stop|"
    r"(?:don['’]?t|dont|do\s+not|not)\s+(?:even\s+)?(?:know|care|think\s+i\s+can)|"
    r"not\s+(?:sure|even)\b|never\s+(?:wanted|felt)\s+to\s+\w+\s+(?:so\s+much|more)|"
    r"tr(?:y|ying|ied|yna)\s+(?:so\s+hard\s+|really\s+hard\s+|my\s+best\s+)?(?:not\s+to|to\s+not)\s+|"
    r"(?:can['’]?t|cant|cannot)\s+(?:do\s+this|take\s+(?:it|this)|go\s+on|keep\s+going)\b",
    re.I,
)
_HYPER = re.compile(
    r"\b(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|hehe+|jk|jkjk|just\s+kidding|kidding|joking|xd+|"
    r"of\s+embarrassment|so\s+embarrassing|cringe|istg|deadass|in\s+front\s+of\s+(?:my\s+crush|"
    r"every(?:one|body)|the\s+whole\s+\w+))\b|"
    r"[\U0001F602\U0001F923\U0001F480\U0001F606\U0001F639\u2620]",
    re.I,
)
#: "not joking this time": a joke marker that says it is no joke
_SERIOUS = re.compile(r"\b(?:not|no|isn['’]?t\s+a|wasn['’]?t)\s+(?:even\s+)?"
                      r"(?:joking|kidding|a\s+joke|jk)\b|"
                      r"\bi['’]?m\s+(?:being\s+|so\s+|dead\s+|deadly\s+)?serious\b|"
                      r"\bso\s+serious\s+(?:tho|though|rn)\b|\bfor\s+real\s+(?:tho|though|this\s+time)\b|"
                      # "im gonna kill myself this weekend haha... fr tho"
                      r"\bfr\s+(?:tho|though)\b|"
                      r"\bfr\s+fr\b|\bi\s+mean\s+it\b|"
                      # "...lmao idc anymore", "💀 like actually, not the meme way"
                      r"\bidc\s+anymore\b|\bnot\s+(?:the|a|in\s+the)\s+meme\s+way\b|"
                      # "i want to die lol but like actually this time"
                      r"\bbut\s+(?:like\s+)?(?:actually|seriously|for\s+real)\b|"
                      r"\bactually\s+this\s+time\b", re.I)
#: a time set right after the words: "im killing myself after everyone goes to bed", "kms this
#: weekend": a laugh around it does not make it a joke (dev11)
_TIMED = re.compile(r"\s+(?:after\s+(?:every(?:one|body)|my\s+(?:parents|mom|dad))\s+"
                    r"(?:goes|go|is|are|falls?)\b|when\s+every(?:one|body)\s+(?:is|goes|falls)\b|tonight\b|tn\b|"
                    r"this\s+(?:weekend|friday|saturday|sunday)\b)", re.I)
_OTHER_SUBJECT = re.compile(
    r"\b(?P<who>he|she|they|hes|shes|theyre|theyve|you|u|ya|someone|somebody|people|ppl|everyone|nobody|who|"
    r"(?:my|his|her|our)\s+(?:friend|bestie|bff|sister|brother|sis|bro|cousin|mom|dad|"
    r"girlfriend|boyfriend|gf|bf|classmate|roommate)s?|"
    r"(?:characters?|protagonist|narrator))\b(?:['’](?:s|re|ll|d|ve)\b)?"
    r"(?:\s+[\w'’]+){0,4}\s*$",
    re.I,
)
_FIRST_SUBJECT = re.compile(r"\b(?:i|i['’]?m|im|i['’]?ve|ive|i['’]?ll|i['’]?d|me|myself)\b", re.I)
#: a match that begins with the speaker ("my dad's garage and i've been cutting"): the
#: other subject before it is not its subject
_FIRST_AT = re.compile(r"(?:i|i['’]?m|im|i['’]?ve|ive|i\s+have)\b", re.I)
_IDIOM = re.compile(
    r"\bbrb\s+forever\b|\bbe\s+right\s+back\s+forever\b|"  # "ok brb forever i have to find..."
    # cutting a piece of work down: "mine is like 3:20 so i gotta cut stuff", "cut some lines"
    r"\bcut\s+(?:some\s+|a\s+few\s+|a\s+lot\s+of\s+|\d+\s+)?(?:stuff|things|lines?|words?|"
    r"verses?|stanzas?|parts?|seconds?|minutes?|scenes?|songs?|paragraphs?|sentences?|slides?|"
    r"it\s+down|down\s+(?:to|my|the))\b|"
    # a cracked screen's edge: "my phone screen cracked and i keep cutting my thumb lol"
    r"\b(?:screen|phone|paper|cardboard|soda\s+can|tin\s+can)\b[^.!?]{0,60}\b(?:keep\s+)?(?:cutting|"
    r"nicking|slicing)\s+my\s+(?:thumb|finger|fingers|palm)\b(?![^.!?]{0,30}\b(?:on\s+purpose|"
    r"to\s+feel|again\s+and\s+again)\b)|"
    # a fall feared, or the stage's good luck: "scared im gonna break a leg on the slopes"
    r"\bbreak\s+a\s+leg\b|\b(?:scared|afraid|worried|nervous|terrified)\b[^.!?]{0,30}\b(?:break|"
    r"breaking|sprain|spraining|tear|tearing|twist|twisting|injure|injuring)\s+(?:a|my)\s+(?:leg|"
    r"arm|ankle|wrist|neck|knee|collarbone|finger|toe|acl|shoulder)s?\b|"
    # "ready to die on this hill. pineapple on pizza", "i want to be dead asleep by 10"
    r"\bdie\s+on\s+(?:this|that)\s+hill\b|\bdead\s+asleep\b|"
    # rest so as not to be dead tired: "going to bed early so im not dead tomorrow"
    r"\b(?:bed|sleep|nap|rest|early)\b[^.!?]{0,40}\bnot\s+(?:be\s+|gonna\s+be\s+)?(?:dead|dying|"
    r"a\s+zombie)\s+(?:on|for|tomorrow|tmrw|at|by|during|in\s+the\s+morning)\b|"
    # fed up with a thing: "the train was delayed so im already over it" (not "over life")
    r"\b(?:already|so|sooo+|just|completely|literally)\s+over\s+(?:it|this|today|mondays?|"
    r"this\s+(?:week|day|class|project)|(?:the|this)\s+group\s+project|school)\b|"
    # a time or a thing rated: "8:30 in the morning, which is like the worst time to be alive"
    r"\b(?:the\s+)?(?:worst|best|greatest|funniest|weirdest|scariest)\s+(?:time|day|year|era|"
    r"place|week|generation)\s+to\s+be\s+alive\b|"
    r"\b(?:gonna|going\s+to|will|would|[’']ll|is\s+gonna)\s+(?:literally\s+|actually\s+|so\s+)?"
    r"(?:kill|murder|end)\s+(?:me|us)\b|\bkilling\s+(?:me|us)\b|\b(?:death|end)\s+of\s+me\b|"
    # hiding away or sleeping, said so: "disappearing into my room for the weekend", "ready to
    # crash tonight, long day", "hope i dont wake up tomorrow with a zit" (dev8's twins)
    r"\bdisappear(?:ing)?\s+into\s+(?:my|the|a)\s+(?:room|bed|blanket|hoodie|book|game|phone|"
    r"couch|closet)\b|\b(?:ready\s+to|gonna|about\s+to|bout\s+to)\s+crash\b(?=[^.!?]{0,60}\b(?:long\s+"
    r"day|tired|sleep|bed|nap|exhausted)\b)|\b(?:don[’']?t|dont|never)\s+wake\s+up\s+(?:tomorrow\s+|"
    r"tmrw\s+)?with\s+(?:a|an|my)\b|"
    # surviving something long or hard: "how do u stay awake that long without dying"
    r"\bstay\s+(?:awake|up)\b[^.!?]{0,30}\bwithout\s+(?:literally\s+)?(?:dying|passing\s+out)\b|"
    # a bedtime sign-off: "anyway need to sleep. bye" (not "sleep forever", "never wake up")
    r"\b(?:need|needa|have|got|gotta|going|gonna|off|time)\s+(?:to\s+)?(?:sleep|bed)\b"
    r"(?!\s+(?:forever|for\s+good|permanently|and\s+(?:never|not)))[\s.!,]{0,6}"
    r"(?:ok\s+|k\s+|so\s+)?(?:bye+|gn|g'?night|goodnight|night|nite|ttyl|cya|later|see\s+ya)\b|"
    # a side effect of medicine for pain or a cold: "the pain meds are making me sleepy"
    r"\b(?:pain|cold|allergy|flu|cough)\s+(?:meds|medicine|medication|pills)\s+(?:are\s+|is\s+)?"
    r"(?:making|make|makes|made)\s+me\s+(?:so\s+|really\s+|super\s+)?(?:sleepy|tired|drowsy|loopy|"
    r"dizzy|groggy)\b|"
    r"\b(?:phone|battery|laptop|computer|charger|car|plants?|airpods|headphones|controller|tablet|ipad|"
    r"console|wifi|internet|tv|pen|flashlight|tamagotchi|character|sims?)\s+(?:just\s+|finally\s+|literally\s+)?"
    r"(?:died|is\s+dead|was\s+dead|is\s+dying|keeps\s+dying)\b|\bdying\s+to\b|"
    r"\b(?:by\s+accident|accidentally|chopping|slicing|shaving|cooking|paper\s+cut|fell\s+off|tripped|"
    r"skateboarding|at\s+practice|haircut|cut(?:ting)?\s+my\s+(?:own\s+)?(?:hair|bangs|nails|fringe)|"
    # everyday uses and routines (dev8's twins): "shave my legs", "knife ... from cutting
    # apples", "pills for the week in the organizer", "walk past them every morning"
    r"shav(?:e|ing)\s+my\s+(?:legs|face|pits|armpits)|from\s+(?:cutting|slicing|peeling)\s+"
    r"(?:apples?|fruit|bread|veggies|vegetables|onions?|cheese|cake)|pill\s+(?:organi[sz]er|box)|"
    r"in\s+the\s+organi[sz]er|(?:walk|walking|drive|driving)\s+(?:past|by|over)\s+(?:them|it)\s+"
    r"every\s+(?:day|morning|afternoon|night))\b|\bto\s+die\s+for\b|\b(?:died|dying|dead|die)\s+(?:laughing|of\s+(?:laughter|embarrassment|"
    r"cringe|boredom))|\bkill(?:ed|ing)?\s+(?:it|time|the\s+(?:lights|vibe|mood))\b|\bi\s+could\s+(?:kill|murder)\s+"
    r"(?:a|an|some|for)\b|\b(?:i[’']?m|im)\s+(?:literally\s+|so\s+)?(?:dead|deceased|weak)(?:\s+(?:rn|tbh|fr|ngl))?\s*(?:[.!]|,\s*(?:long|so\s+tired|"
    r"tired|exhausted)|$|lol|lmao|"
    r"[\U0001F480\U0001F602\U0001F62D])|"
    # everyday teen talk: boredom, games, sports, embarrassment ("so bored i could die",
    # "dying on this level", "destroyed in ranked", "bored to death", "coach killed us")
    r"\b(?:so|too)\s+\w+\s+(?:that\s+)?i\s+(?:could|might|will|am\s+going\s+to|'?m\s+gonna)\s+"
    r"(?:literally\s+)?(?:die|explode|scream|cry)\b|\bi\s+could\s+(?:literally\s+)?die\s+"
    r"(?:of|from|right\s+now|happy)\b|\b(?:bored|scared|embarrassed|annoyed|tired|worried)\s+"
    r"(?:myself\s+)?to\s+death\b|\b(?:rather|sooner)\s+(?:die|be\s+dead)\s+than\s+(?!(?:\w+\s+)?"
    r"(?:keep|go\s+on|live|living|be\s+alive|exist|feel\w*|wake|stay|be\s+here|deal|face|"
    r"spend\s+another|another\s+day))|"
    r"\b(?:dying|died|die|dies|dead|killed|kill|killing|destroyed|murdered|wrecked)\s+"
    r"(?:\w+\s+){0,3}(?:on\s+(?:this|that|the)\s+(?:level|boss|map|stage|round)|in\s+(?:the\s+)?"
    r"(?:game|ranked|fortnite|minecraft|roblox|valorant|match|lobby|raid|boss\s+fight)|"
    r"(?:\d+|a\s+hundred|so\s+many|too\s+many)\s+times)\b|\b(?:boss|level|game|quiz|test|"
    r"exam|practice|workout|coach|teacher|homework|essay|class|cramps?|sunburn)\s+"
    r"(?:\w+\s+){0,2}(?:killed|destroyed|murdered|wrecked)\s+(?:me|us)\b|"
    r"\b(?:run|running|ran)\s+suicides\b|\bsuicide\s+(?:sprints?|drills?|runs?|squeeze)\b|"
    r"\b(?:my\s+)?(?:feet|legs|arms|fingers|back|head)\s+(?:are|is)\s+(?:literally\s+)?"
    r"(?:killing|dying|dead)\b|\b(?:gonna|going\s+to|about\s+to)\s+(?:literally\s+)?drop\s+dead\b|"
    r"\bthought\s+i\s+(?:was|were)\s+(?:gonna|going\s+to)\s+die\b|"
    r"\bcrawl\s+(?:in|into)\s+a\s+hole(?:\s+and\s+(?:die|disappear)(?:\s+forever)?)?|"
    r"\bdied\s+(?:up\s+there|on\s+stage)\b",
    re.I,
)
_PAST = re.compile(DISTANT_PAST, re.I)
_RECENT = re.compile(RECENT, re.I)
_SENT_END = re.compile(r"[.!?\n]")
_TOLD_TO = re.compile(
    r"\b(?:(?:told|tell|telling|tells|said|saying|says|dared|daring|asked|keeps?\s+telling)\s+"
    r"(?:me\s+)?(?:to|i\s+should|that\s+i\s+should|i\s+(?:ought|need)\s+to)|"
    r"want(?:s|ed)?\s+me\s+to)\s+(?:go\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class Hit:
    """One rule match: what it found, how sure, and where."""

    category: str
    tier: Tier
    score: float
    start: int
    end: int
    rule: str


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - _PRE) : start]
    cut = 0
    for m in _CLAUSE_END.finditer(window):
        cut = m.end()
    return window[cut:]


def _other_subject(pre: str) -> bool:
    """True when the last subject before the match is not the speaker ("my friend told me
    she wants to die": "she", not "me")."""
    last = None
    for i in range(len(pre)):
        m = _OTHER_SUBJECT.match(pre, i)
        if m is not None and (i == 0 or not pre[i - 1].isalnum()):
            last = m
    if last is None:
        return False
    # "she said i want to die": a first-person word after the other subject wins
    return _FIRST_SUBJECT.search(pre, last.end("who")) is None


_QUOTES = "\"“”"
_QUOTE_INTRO = re.compile(
    r"\b(?:saying|said|says|texted|posted|wrote|writes|messaged|told\s+me|tweeted|commented|"
    r"captioned)\b(?:\s+(?:me|us|to\s+me))?(?:\s+(?:stuff|something|things)?\s*like)?\s*[:,]?\s*"
    r"(?:[\"“][^\"”]{0,40}[\"”]\s*(?:,|and|or)\s*){0,3}$", re.I)
#: words opened with a single quote after someone's saying, not closed before the span
_SINGLE_QUOTED = re.compile(
    r"\b(?:saying|said|says|texted|posted|wrote|writes|messaged|told\s+me|tweeted|commented|"
    r"captioned)\s*[:,]?\s*['‘](?:[^'’\n]|(?<=\w)['’](?=\w)){0,80}$", re.I)
_I_SAID = re.compile(
    r"\bi\s+(?:keep\s+)?(?:just\s+)?(?:saying|said|say|texted|posted|wrote|told)\b", re.I)


def _quoted_from_other(text: str, start: int) -> bool:
    """Whether ``start`` lies inside quoted words that someone else said ("my friend keeps
    saying "i want to die"")."""
    window = text[max(0, start - 200) : start]
    single = _SINGLE_QUOTED.search(window)  # "my friend said 'im gonna kms' about a test"
    if single and not _I_SAID.search(window[max(0, single.start() - 40) : single.start() + 12]):
        return True
    opens = [i for i, ch in enumerate(window) if ch in _QUOTES]
    if len(opens) % 2 == 0:
        return False
    pre = window[max(0, opens[-1] - 80) : opens[-1]]
    return bool(_QUOTE_INTRO.search(pre)) and not _I_SAID.search(pre)


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (at most 300 characters either side)."""
    lo = max(0, start - 300)
    cuts = [m.end() for m in _SENT_END.finditer(text, lo, start)]
    m = _SENT_END.search(text, end, end + 300)
    return text[cuts[-1] if cuts else lo : m.start() if m else min(len(text), end + 300)]


def _downgrade(rule: Rule, start: int, end: int, score: float) -> Hit | None:
    if rule.tier == "high":
        return Hit(rule.category, "check", min(score, 0.55), start, end, rule.name + ":down")
    return None


def _apply(rule: Rule, text: str, m: re.Match[str]) -> list[Hit]:
    start, end = m.span()
    if end <= start:
        return []
    pre = _clause_before(text, start)
    if (rule.unless_before is not None and rule.unless_before.search(pre)) or (
            rule.unless_after is not None and rule.unless_after.match(text, end)):
        return [Hit(rule.category, "check", 0.0, start, end, rule.name + ":idiom")]
    if rule.told and _TOLD_TO.search(pre):
        return [
            Hit("bullying", "high", 0.85, start, end, rule.name + ":told"),
            Hit(rule.category, "check", 0.6, start, end, rule.name + ":told"),
        ]
    if (rule.person and _other_subject(pre) and not _FIRST_AT.match(text, start)) or (
            rule.category == "self_harm" and _quoted_from_other(text, start)):
        if rule.category == "self_harm":
            return [Hit(rule.category, "check", 0.6, start, end, rule.name + ":other")]
        return []
    if rule.category == "self_harm" and rule.tier == "high" and told_as_past(
            _sentence_at(text, start, end)):
        return [Hit(rule.category, "check", min(rule.score, 0.55), start, end,
                    rule.name + ":past")]
    if rule.negatable and _NEG.search(pre) and not _NEG_EXCEPT.search(pre):
        hit = _downgrade(rule, start, end, rule.score)
        return [hit] if hit else []
    if rule.hyperbole and rule.tier == "high":
        near = text[max(0, start - 80) : end + 80]
        if _HYPER.search(near) and not _SERIOUS.search(near) and not _TIMED.match(text, end):
            hit = _downgrade(rule, start, end, rule.score)
            return [hit] if hit else []
    return [Hit(rule.category, rule.tier, rule.score, start, end, rule.name)]


def scan(text: str, rules: tuple[Rule, ...] = RULES, *, vetoes: bool = False) -> list[Hit]:
    """Every rule hit in ``text``, in rule order (several per category are possible).

    With ``vetoes=True`` it also returns, as score-0 hits named ``<rule>:idiom``, the
    matches an idiom context dropped ("he hit me up", "killing myself laughing"): the
    caller uses them to silence a classifier that reacts to the same words."""
    hits: list[Hit] = []
    for rule in rules:
        for m in rule.pattern.finditer(text):
            hits.extend(_apply(rule, text, m))
    return hits if vetoes else [h for h in hits if not h.rule.endswith(":idiom")]


def hyperbole_near(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a joke marker ("lol", "💀") lies within 80 characters of the span."""
    end = len(text) if end is None else end
    return _HYPER.search(text[max(0, start - 80) : end + 80]) is not None


def told_as_past(sentence: str) -> bool:
    """Whether ``sentence`` sets what it tells in a time long past ("two years ago", "in
    8th grade") and says nothing of now ("tonight", "again", "this semester")."""
    return bool(_PAST.search(sentence)) and not _RECENT.search(sentence)


def without_idioms(text: str) -> str:
    """``text`` with its idioms of death and violence blanked out ("my mom is going to kill
    me" -> "my mom is  "), for reading what risk words are left."""
    return _IDIOM.sub(" ", text)


def idiom_in(text: str) -> bool:
    """Whether the message uses a violent or deathly idiom ("killing me", "i'm dead 💀")."""
    return _IDIOM.search(text[:MAX_IDIOM]) is not None
