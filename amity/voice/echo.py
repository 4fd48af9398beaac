"""Echoes: replies that name what the message itself said, the way a friend answers.

Contract: ``echoes(turn, lines)`` is a skill (``skills.SKILLS``). For a few shapes of message
it fills a line the team wrote (``skills.json``, keys ``echo_*``) with the message's own
words, turned to the second person:

- a dated plan told now ("my driving test is friday at 10am", from the turn's facts): the
  plan and its day said back, and a promise to ask ("echo_plan", "echo_plan_nervous",
  "echo_plan_luck");
- a favourite ("fav ice cream is mint chip", "i love taylor swift"): the thing named back
  ("echo_favorite");
- someone named for the first time ("my little sister luna ...", from the facts): the name,
  by kind ("echo_pet", "echo_sibling", "echo_friend");
- leaving for something ("ok back to khan academy 😩", "gonna go watch the new vid",
  "gotta study for chem"): good luck or have fun with it, and no question
  ("echo_back_to", "echo_going", "echo_going_luck");
- a worried "is it bad if ..." about a pet or the body: no guess, who would know
  ("echo_worry_pet", "echo_worry_body");
- pronouns told ("btw i use they/them"): thanked and said back ("echo_pronouns");
- "who's right (its me)": their side taken, playfully ("echo_side").

A shape answers only messages in a mood it fits (no "good taste!" to bad news). Pure
functions over the turn; knows nothing about models or storage.
"""

from __future__ import annotations

import re
from datetime import date

from ..nlp.facts.events import WEEKDAYS
from .lines import LOW_MOODS, Lines
from .plans import as_thing
from .recall_fix import swaps
from .recall_words import MOVED_VERB, second_person
from .skills import Proposal, Turn, pick, theirs_too

PRIOR = 0.75  # above a loose bank match and the fallback, below memory and follow-ups

_TAIL = re.compile(r"(?:\s+(?:lol|lmao|haha\w*|btw|tho|fr|rn|now|ngl|tbh|obvi|lowkey|"
                   r"like a lot|so much|a lot|real quick|no contest|for a bit|i guess|ig|"
                   r"i think|i suppose))+$", re.I)
_MARKS = re.compile(r"[^\w\s'’&-]+")


def _phrase(text: str, most: int = 6) -> str:
    """A short phrase cut from the message: marks and chat tails off, second person."""
    text = _MARKS.sub(" ", text)
    text = _TAIL.sub("", " ".join(text.split())).strip()
    words = text.split()
    return second_person(" ".join(words[:most])) if 0 < len(words) <= most else ""


# ---- a dated plan ---------------------------------------------------------------------------
def day_said(when: date, today: date) -> str:
    """A day as Sunny says it: "today", "tomorrow", "on friday", "on march 27"."""
    days = (when - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if 1 < days < 7:
        return f"on {when.strftime('%A').lower()}"
    if days < 14:
        return f"next {when.strftime('%A').lower()}"  # ("next friday": as a teen says it)
    nth = "th" if 10 <= when.day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(when.day % 10, "th")
    # two weeks or more ahead: the date as a teen says it ("on the 18th"; ``said_as_told`` adds
    # the weekday the message named), no month: "saturday the 18th" told in march read as
    # april 18 (round 58: "your snowman contest on april 18" of a snow day), and no weekday
    # of the code's own ("saturday the 22nd" read as a sunday)
    return f"on the {when.day}{nth}"


_TOLD_DAY = re.compile(r"\b((?:mon|tues|wednes|thurs|fri|satur|sun)day) the (\d{1,2})"
                       r"(?:st|nd|rd|th)\b", re.I)


def said_as_told(day: str, when: date, text: str) -> str:
    """``day`` (``day_said``) as the message told it when it named a weekday and a date
    ("on saturday the 22nd", though the 22nd read as a sunday; "on saturday the 13th", not
    "next friday")."""
    told = _TOLD_DAY.search(text)
    if day.startswith(("on ", "next ")) and told and int(told.group(2)) == when.day:
        return f"on {told.group(0).lower()}"  # (round 74's raters: "your good citizen test
        # next friday!" to "its on saturday the 13th" read as a contradiction)
    return day


_LEAD = re.compile(r"^(?:(?:big|good|bad)\s+news|so|ok|okay|also|and|anyway|update|"
                   r"there'?s\s+(?:a|an)|there\s+(?:is|will\s+be)\s+(?:a|an))\s+", re.I)
_VERBISH = re.compile(r"^(?:your\s+)?(?:join|try|leave|go|get|take|meet|see|do|have|make|start|"
                      r"play|visit|come|hang)(?:s|es|ing)?\b|^(?:taking|making|having|"
                      r"coming|leaving)\b", re.I)
_SOMEONE_ELSE = re.compile(r"(?:they|theyre|they're|he|hes|he's|she|shes|she's|it|its|it's|"
                           r"we|were|we're)\b|.*\b(?:surgery|operation|hospital|funeral|"
                           r"chemo|biopsy)\b", re.I)
_OWN_NERVES = re.compile(r"\b(?:i'?m|im|i am|i feel|feeling|so|kinda|lowkey|literally)\s+"
                         r"(?:\w+\s+)?(?:nervous|scared|stressed|anxious|worried|terrified|"
                         r"freaking out|not ready)\b|\bnot ready\b|"
                         # dread: "my chem test is a week from friday ugh"
                         r"\bu+gh+\b|\bdread\w*|\bnot\s+looking\s+forward\b|\bpray\s+for\s+me\b|"
                         r"\brip\s+me\b|\bi'?m\s+so\s+dead\b|[😭😩😬😰😫]", re.I)


#: the message itself names the day (else the day said back would sound made up)
_SAYS_DAY = re.compile(r"\b(?:today|tonight|tomorrow|tmrw|tmr|mon|tues?|thurs?|fri|"
                       r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan\w*|feb\w*|march|april|"
                       r"may\s+\d|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*|\d{1,2}(?:st|nd|"
                       r"rd|th)|\d{1,2}/\d{1,2})\b", re.I)  # not "sat" (the SAT), "sun", "may"
_NO_THING = frozenset("your should would could will that this there thing stuff happening "
                      "going nothing much".split())  # ("nothing happening today fr")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9'&]+", second_person(text.lower()))


_FIXES = re.compile(r"^\W*(?:wait,? no|no wait|nope|actually|oops|sorry|i meant|i mean)\b", re.I)


_POINTED = re.compile(r"^\W*(?:(?:ok|so|and|oh)\s+)?(?:its|it's|it is|its on|it's on)\s+", re.I)


#: a plan told as done: "the presentation on thursday went amazing!!" (round 37: "your
#: presentation on march 19, got it!")
WENT = re.compile(r"\b(?:went|was|were|happened|ended up)\s+(?:so\s+|really\s+|super\s+|"
                   r"sooo*\s+)?(?:amazing|great|good|well|ok|okay|fine|bad|badly|terrible|awful|"
                   r"perfect|fun|insane|epic|mid|rough|meh)\b", re.I)


#: a day's event told as a story: "but at the sunday show my mouse head got turned sideways
#: and i couldnt see anything" (round 49: "your sunday show tomorrow, noted!")
_STORY = re.compile(r"\b(?:got|couldnt|couldn't|could not|didnt|didn't|fell|forgot|messed up|"
                    r"followed|dropped|tripped|laughed|cried|screamed|saw|was|were)\b", re.I)
#: a plan named with a "not": "the nacho station cant come friday" (round 51: "your station
#: cant on march 13, got it!")
_NOT_DOING = re.compile(r"\b(?:cant|can't|cannot|wont|won't|isnt|isn't|not|doesnt|doesn't|"
                        r"didnt|didn't|aint)\b", re.I)
#: someone else's doing told: "next saturday shes doing a huge wedding cake" (round 52: "ooh,
#: your huge wedding on march 14!")
_THEIR_DOING = re.compile(r"\b(?:shes|she's|hes|he's|theyre|they're|she is|he is|they are) "
                          r"(?:doing|making|baking|having|hosting|running|catering)\b", re.I)
_THE_DAY = re.compile(r"\bthe (?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)  # (not "we
# get a pizza party tuesday")
_AHEAD = re.compile(r"\b(?:will|gonna|going to|is on|are on|tomorrow|tmrw|tonight|next|this "
                    r"(?:week|weekend|mon|tues|wednes|thurs|fri|satur|sun)|coming up|can'?t wait|"
                    r"cant wait|nervous|excited|have to|need to|is at|are at|starts?)\b", re.I)


def plan(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    if view.now is None or turn.mood in LOW_MOODS - {"anxious"} or swaps(view.text) or \
            _FIXES.match(view.text) or WENT.search(view.text) or \
            _STORY.search(view.text) and _THE_DAY.search(view.text) and \
            not _AHEAD.search(view.text) or _THEIR_DOING.search(view.text):
        return []  # a fix ("wait no i lied its sunday not saturday") is taken, not echoed
    today = view.now.date()
    said = set(_words(view.text))
    if _POINTED.match(view.text):  # "its wednesday the 23rd at 6:30": the plan just named
        said |= set(_words(next((m.content for m in reversed(view.history)
                                 if m.role == "user"), "")))
    for fact in view.facts:
        if fact.when is None or fact.when < today or fact.predicate != "event":
            continue
        event = _phrase(_LEAD.sub("", fact.object), 4)
        if not event or fact.subject.lower() not in ("user", "i", "me") or \
                not set(event.lower().split()) <= said or \
                _VERBISH.match(event) or _SOMEONE_ELSE.match(event) or _NOT_DOING.search(event) or \
                re.search(r"\b(?:i|you)\b", event, re.I) or \
                not (thing := as_thing(event)):
            continue  # not told in this message, an act ("join their thing"), someone
            # else's ("theyre doing surgery thursday", about grandpa), or a clause ("your
            # saturday you test")
        if not _SAYS_DAY.search(view.text) or not any(
                len(w) > 3 and w not in _NO_THING for w in event.lower().split()):
            continue  # "in 2 weeks" said back as "on march 27"; "your should" is no plan
        if thing != event:
            event = thing  # "using the school overlocker tuesday, noted!"
        elif not re.match(r"(?:the|a|an|your|my)\b", event) and "'s" not in event:
            # "for her 70th birthday party on sunday": hers, not "your 70th birthday party"
            owner = re.search(rf"\b(her|his|their)\s+{re.escape(event.split()[0])}\b",
                              view.text.lower())
            event = f"{owner.group(1) if owner else 'your'} {event}"
        key = "echo_plan_luck" if re.search(r"\bwish (?:me|us) luck\b", view.text, re.I) else \
            "echo_plan_nervous" if _OWN_NERVES.search(view.text) else "echo_plan"
        day = said_as_told(day_said(fact.when, today), fact.when, view.text)
        if set(day.lower().split()) & set(event.lower().split()) & _WEEKDAYS:
            day = ""  # "your sunday shift", not "your sunday shift on sunday"
        pool = [t for t in lines.get(key) if CONTEST.search(event) or "rooting" not in t]
        return [Proposal(t.replace(" {day}" if not day else "{day}", day).replace("{event}", event),
                         f"skill:{key}", PRIOR) for t in pick(pool, turn.rng, 3)]
    return []


_WEEKDAYS = frozenset(WEEKDAYS)
#: a plan one can be rooted for: "your tryouts", not "her party" ("I'll be rooting for you")
CONTEST = re.compile(r"\b(?:test|exam|quiz|final|game|match|meet|race|tryouts?|try-?outs?|audition|"
                     r"recital|competition|comp|contest|tournament|bee|interview|performance|"
                     r"presentation|concert|show|debate|championship|regionals|sectionals|state|"
                     r"finals|relay|heat|solo|mocks?|sats?|acts?)\b", re.I)


# ---- a favourite ------------------------------------------------------------------------------
_FAVORITE = re.compile(
    # "fav part of the job honestly is the blue foam in the tunnel"
    r"\b(?:fav|fave|favorite|favourite)(?:\s+\w+){0,5}?\s+(?:rn\s+|right now\s+|atm\s+|"
    r"ever\s+|honestly\s+|tbh\s+|ngl\s+)?(?:is|=|has to be|are)\s+(?P<thing>[^.!?,;\n\"]+)|"
    r"^(?:and\s+|also\s+)?i\s+(?:also\s+|really\s+)*(?:love|adore|am obsessed with|"
    r"im obsessed with|i'm obsessed with)\s+(?P<loved>[^.!?,;\n]+)$", re.I)
_NOT_ONE = frozenset("it this that he she which who what mine yours his hers ur your".split())
_ASKED_FAV = re.compile(r"\b(?:your|ur) (?:fav|fave|favou?rite)\b[^?]*\?|\bwhat about you\?|"
                        r"\byours\?|\b(?:which|what) (?:\w+ ){0,2}would you (?:pick|choose|"
                        r"go with)\?", re.I)  # ("which dessert would you pick?", round 68)
_ASKS_FAV = re.compile(r"\b(?:ur|your|youre|you're)\s+(?:fav|fave|favou?rite|best)\b", re.I)
_NOT_A_THING = re.compile(r"^(?:my|me|him|her|them|you|u|it|that|this|when|how|to|the way|"
                          r"being|going|getting)\b", re.I)


#: what follows the favourite in the same breath: "butterfly its so cute", "... dont judge"
_FAV_AFTER = re.compile(r"\s+(?:its|it's|thats|that's|dont|don't|bc|because|cause|cuz|which|u|"
                        r"lol|lmao|ngl|tbh|fr|so|but|btw|his|her|hes|he's|shes|she's|their|"
                        r"he|she|they|and apparently|apparently|and\s+(?:he|she|they)|"
                        r"and\s+(?:its|it's|i))\b", re.I)  # ("alcaraz btw his drop shots...")
#: one of several is the favourite: "noodle is my favorite hes the tiny grey one"
_ONE_FAV = re.compile(r"^(?:and\s+|but\s+|ok\s+)?(?P<one>[a-z]+) (?:is|was) my (?:fav|fave|"
                      r"favou?rite)(?:\s+(?:one|tbh|ngl|lol))?\s*(?:[,.!]|\b(?:hes|shes|he's|"
                      r"she's)\b|$)", re.I)
#: a thing then "is my fav": "strawberry rhubarb is my fav fr its so good on toast"
_THING_FAV = re.compile(r"(?:^|[.!?,]\s+)(?:and\s+|but\s+|ok\s+|also\s+)?"
                        r"(?P<thing>[a-z]+(?: [a-z]+){0,2}|[a-z]+ from the [a-z]+) "
                        r"(?:is|are|was) (?:my|our) (?:fav|fave|favou?rite)\b", re.I)
#: a thing made or given, then "its my favorite": "she made mandazi this morning, its my
#: favorite thing ever" (round 73: "wait, little fried donuts? tell me more 👀")
_MADE_FAV = re.compile(r"\b(?:made|makes|making|got|bought|brought|cooked|baked|ordered)\s+"
                       r"(?:me\s+|us\s+)?(?:some\s+|a\s+|an\s+)?(?P<thing>[a-z]+(?: [a-z]+)??)"
                       r"(?:\s+(?:this|last|for|at|today|tonight|yesterday)(?:\s+\w+){0,2})?"
                       r"[,.]?\s+(?:and\s+)?(?:its|it's|thats|that's|theyre|they're)\s+"
                       r"(?:literally\s+|lowkey\s+)?my\s+(?:fav|fave|favou?rite)\b", re.I)


def favorite(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.mood in LOW_MOODS:
        return []
    one = _ONE_FAV.search(turn.view.text.strip())
    if one and one.group("one").lower() not in _NOT_ONE:
        name = one.group("one").capitalize()
        return [Proposal(t.replace("{one}", name), "skill:echo_favorite", PRIOR)
                for t in pick(lines.get("echo_favorite_one"), turn.rng, 2)]
    found = _FAVORITE.search(turn.view.text.strip())
    thing, made = None, _MADE_FAV.search(turn.view.text)
    if found is None or made:
        found = None
        thing = _THING_FAV.search(turn.view.text.strip()) or made
    if thing is not None and not _NOT_A_THING.match(thing.group("thing")) and \
            (said := _phrase(thing.group("thing"), 4)):
        return [Proposal(t.replace("{thing}", said), "skill:echo_favorite", PRIOR)
                for t in pick(lines.get("echo_favorite"), turn.rng, 3)]
    if found is None:
        # "whats ur fav sza song, mines snooze no debate": their own pick
        last = next((m.content for m in reversed(turn.view.history) if m.role == "assistant"),
                    "")  # "mine is anything in the ocean tbh" after Sunny asked
        theirs = theirs_too(turn.view.text) if _ASKS_FAV.search(turn.view.text) or \
            _ASKED_FAV.search(last) else ""
        return [Proposal(t.replace("{thing}", theirs), "skill:echo_favorite", PRIOR)
                for t in pick(lines.get("echo_favorite"), turn.rng, 3)] if theirs else []
    raw = found.group("thing") or found.group("loved")
    owned = raw is not None and re.match(r"my [a-z']+ [a-z]+", raw.strip(), re.I) is not None
    if owned:  # "my nonnas lemon cake": the cake, theirs (not "my mom")
        raw = "my " + re.sub(r"^([a-z]+)s ", r"\1's ", raw.strip()[3:])
    if raw is None or _NOT_A_THING.match(raw.strip()) and not owned:
        return []
    raw = _FAV_AFTER.split(raw, maxsplit=1)[0]  # "butterfly its so cute u like hook ur thumbs"
    if len(raw.split()) > 5:
        raw = re.split(r"\s+(?:with|in|at|on|from)\s+", raw, maxsplit=1)[0]  # "campfire ramen
        # with hot cheetos...", "the blue foam in the tunnel"
    thing = _phrase(raw, 5)
    if not thing:
        return []
    before = turn.view.text[:found.start()].lower()
    key = "echo_favorite_theirs" if _THEIRS_FAV.search(before + " ") and \
        lines.get("echo_favorite_theirs") else "echo_favorite"  # "her favorite snack is
    # frozen peas": no "how long has that been your fav?"
    return [Proposal(t.replace("{thing}", thing), "skill:echo_favorite", PRIOR)
            for t in pick(lines.get(key), turn.rng, 3)]


#: someone else's favourite: "her favorite snack", "my dads fav song", "lilys fave"
_THEIRS_FAV = re.compile(r"\b(?:his|her|their|[a-z]+'?s)\s+(?:\w+\s+)?$")


# ---- someone named for the first time ------------------------------------------------------
_TROUBLE = re.compile(r"\b(?:fight|fought|mad|angry|hate|hates|ignor\w+|broke up|sick|"
                      r"hospital|hurt|crying|cried|mean|yelled|yelling|left me|moved away|"
                      r"moving away|died|dead|passed|lost)\b", re.I)
_KIND = {"has_pet": "echo_pet", "has_sibling": "echo_sibling", "has_friend": "echo_friend"}


def named(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    if turn.mood in LOW_MOODS:
        return []
    if len(view.text.split()) > 20 or _TROUBLE.search(view.text):
        return []  # a long story or a fight is about more than a name
    before = " ".join(m.content.lower() for m in view.history)
    for fact in view.facts:
        key = _KIND.get(fact.predicate)
        name = fact.object.strip()
        if key is None or not re.fullmatch(r"[A-Z][a-z]+", name) or \
                re.search(rf"\b{name.lower()}\b", before):
            continue
        recent = " ".join(m.content.lower() for m in view.history[-4:] if m.role == "user")
        pool = [t for t in lines.get(key) if "how long" not in t or not _JUST_GOT.search(
            f"{recent} {view.text.lower()}")]  # "WE GOT A PUPPY": no "how long have you had"
        return [Proposal(t.replace("{name}", name), f"skill:{key}", PRIOR)
                for t in pick(pool, turn.rng, 3)]
    return []


_JUST_GOT = re.compile(r"\b(?:got|get|getting|adopted|adopting|bought|brought home|new)\b")


# ---- leaving for something --------------------------------------------------------------------
_LEAVING = re.compile(
    r"^(?:ok(?:ay)?|k|anyway|anyways|alright|aight|welp|well)?[\s,]*(?:i think\s+)?"
    r"(?:i'?m\s+|im\s+|i\s+)?"
    r"(?:(?P<back>back to|off to|time for)\s+(?P<thing>.+)|"
    r"(?:gonna go|gonna|going to go|going to|gotta go|have to go|need to go|gotta)\s+"
    r"(?:try to\s+|go\s+)?(?P<verb>[a-z]+)\s*(?P<rest>.*))$", re.I)
#: "gonna" with no "go": leaving only when said short and for now ("ok gonna watch the new vid")
_BARE_PLAN = re.compile(r"^(?:ok(?:ay)?|k|anyway|anyways|alright|aight|welp|well)?[\s,]*"
                        r"(?:i think\s+)?(?:i'?m\s+|im\s+|i\s+)?(?:gonna|going to|gotta)\s+"
                        r"(?!go\b)", re.I)
_LATER = re.compile(r"\b(?:tomorrow|tmrw|tonight|next|this (?:weekend|week|summer)|on (?:mon|tues|"
                    r"wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                    r"someday|one day|when i)\b", re.I)
#: activities wished luck ("good luck studying") and the rest wished fun
WORK = frozenset("study practice work finish clean write revise review prep train fix "
                 "rehearse".split())
FUN = frozenset("draw watch play eat read cook bake walk feed ride run swim game edit film "
                "sing paint shop visit rewatch binge grab make build call text skate dance "
                "bike hang shoot".split())
_START_OVER = re.compile(r"(?:the )?(?:drawing board|square one|start|the beginning|basics)\b",
                         re.I)
_CLAUSE_END = re.compile(r"[,.!?;]|\s(?:and|but|so|because|bc|cuz|then)\s", re.I)


def _ing(verb: str) -> str:
    """"draw" -> "drawing", "make" -> "making", "swim" -> "swimming"."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _clause(text: str) -> str:
    return _CLAUSE_END.split(text, maxsplit=1)[0]


def leaving(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.mood in LOW_MOODS - {"tired", "anxious"} and not turn.mild:
        return []  # (a mood read lightly leaves: "gonna go practice so my neighbors dont hate me")
    text = re.sub(r"^.*\b(?:ttyl|brb|gtg|g2g|bye+|i'?ll be back)\b[\s,.!]*", "",
                  turn.view.text.strip().replace("’", "'"), flags=re.I)
    found = _LEAVING.match(text)
    if found is None:
        return []
    if found.group("back"):
        if _START_OVER.match(found.group("thing")):
            return []  # "back to the drawing board i guess": starting over, no errand (round
            # 42: "the drawing board you guess time, huh")
        key, fill = "echo_back_to", _phrase(_clause(found.group("thing")), 5)
    else:
        if _BARE_PLAN.match(text) and (len(text.split()) > 8 or _LATER.search(text)):
            return []  # "im gonna ride his old yamaha ttr 125, its blue and kinda beat up but i
            # love it already": a plan told, not a goodbye (round 60: "catch you later 👋")
        verb, rest = found.group("verb").lower(), _clause(found.group("rest")).strip()
        said = _phrase(rest, 7) if rest else ""
        if verb not in WORK | FUN or (rest and not said):
            return []
        key = "echo_going_luck" if verb in WORK else "echo_going"
        fill = f"{_ing(verb)} {said}".strip()
    if not fill:
        return []
    return [Proposal(t.replace("{thing}", fill), f"skill:{key}", PRIOR + 0.3)
            for t in pick(lines.get(key), turn.rng, 3)]


# ---- a worried question --------------------------------------------------------------------------
_WORRY = re.compile(r"\b(?:is it (?:bad|normal|ok|okay|weird|dangerous)|is that (?:normal|bad|"
                    r"ok|okay)|should i be worried|is this normal)\b", re.I)
_PET = re.compile(r"\b(?:dog|puppy|cat|kitten|hamster|bunny|rabbit|lizard|dragon|gecko|fish|"
                  r"bird|parrot|turtle|snake|pig|horse|pony|pet|tank|vet)\b", re.I)
# signs worth an adult's eye; sore fingertips from guitar strings are no such thing
_BODY = re.compile(r"\b(?:fever|dizzy|faint\w*|bleeding|rash|throw(?:ing)? up|threw up|chest pain|"
                   r"can'?t breathe|lump|swollen|numb)\b", re.I)


def worry(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    if not _WORRY.search(view.text):
        return []
    recent = " ".join([m.content for m in view.history if m.role == "user"][-6:])
    if _BODY.search(view.text):
        key = "echo_worry_body"
    elif _PET.search(view.text) or _PET.search(recent):
        key = "echo_worry_pet"
    else:
        return []
    return [Proposal(t, f"skill:{key}", PRIOR + 0.2, "anxious")
            for t in pick(lines.get(key), turn.rng, 3)]


# ---- pronouns, and a friendly side taken ---------------------------------------------------------
_PRONOUNS = re.compile(r"\b(?:i use|my pronouns are|i go by|use)\s+(?P<p>(?:they|she|he|xe|ze)/"
                       r"(?:them|her|him|they|she|he|xem|zir))\b", re.I)
_WHO_RIGHT = re.compile(r"\bwho'?s right\b|\bwho is right\b|\bam i wrong\b|\bam i right\b",
                        re.I)


def pronouns(turn: Turn, lines: Lines) -> list[Proposal]:
    """"btw i use they/them": thanked and taken in, never "ooh, fun!"."""
    found = _PRONOUNS.search(turn.view.text)
    if found is None:
        return []
    said = found.group("p").lower()
    return [Proposal(t.replace("{pronouns}", said), "skill:echo_pronouns", PRIOR + 0.5)
            for t in pick(lines.get("echo_pronouns"), turn.rng, 3)]


def side(turn: Turn, lines: Lines) -> list[Proposal]:
    """"who's right (its me)": a friend takes their side, playfully."""
    if not _WHO_RIGHT.search(turn.view.text) or turn.mood in LOW_MOODS:
        return []
    return [Proposal(t, "skill:echo_side", PRIOR)
            for t in pick(lines.get("echo_side"), turn.rng, 3)]


# ---- a plan moved ----------------------------------------------------------------------------
_MOVED = re.compile(r"\b(?:(?:my|the|our)\s+(?P<thing>[a-z]+(?:\s+[a-z]+)?)\s+"
                    r"(?:got|was|is|has been|just got)\s+)" + MOVED_VERB +
                    r"(?:\s+back|\s+up)?\s+(?:to|till|until)\s+(?P<when>(?:next week\s+|next\s+|"
                    r"this\s+)?(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)


def moved_plan(text: str) -> tuple[str, str] | None:
    """The plan a message moves and its new day ("the recital got pushed to next week
    thursday" -> ("the recital", "next week thursday")), or None."""
    found = _MOVED.search(text)
    if found is None:
        return None
    thing = second_person(f"my {found.group('thing')}") if found.group(0).lower().startswith(
        ("my", "our")) else f"the {found.group('thing').lower()}"
    return thing, " ".join(found.group("when").lower().split())


def moved(turn: Turn, lines: Lines) -> list[Proposal]:
    """A plan moved to another day, taken: "the recital got pushed to next week thursday" ->
    "ooh okay, your recital moved to next week thursday, noted 📅"."""
    found = moved_plan(turn.view.text)
    if found is None or turn.mood in ("sad", "lonely"):
        return []  # (a plan moved for a sad reason is met with care first)
    thing, when = found
    return [Proposal(t.replace("{event}", thing).replace("{day}", when), "skill:echo_moved",
                     PRIOR + 0.5) for t in pick(lines.get("echo_moved"), turn.rng, 2)]


SHAPES = (moved, plan, favorite, named, leaving, worry, pronouns, side)


def echoes(turn: Turn, lines: Lines) -> list[Proposal]:
    """Every shape's lines for this message (usually none, or one shape's)."""
    out: list[Proposal] = []
    for shape in SHAPES:
        out.extend(shape(turn, lines))
    return out
