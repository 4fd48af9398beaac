"""Skills: small handlers that answer a recognised situation with lines the team wrote.

Contract: each skill takes a ``Turn`` (the view of the turn plus what the voice read from
it: act, mood) and the ``Lines``, and returns ``Proposal``s (a line, a prior that says how
sure the skill is, the line's mood). Skills: greet and welcome back, goodbye (naming the
task they leave for: "okay, go finish your chem corrections!"), thanks, questions about
Sunny (the card's fixed answers, the same every time), fun (jokes, riddles,
would-you-rather, games, ideas when bored), and a warm fallback. Memory questions are
``remembered`` (its own module); the follow-up on a dated event that has passed is
``plans.follow_up``. Knows nothing about models or storage.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from ..nlp.facts.lexicon import is_first_name
from ..types import TurnView
from . import recall
from .felt import no_low_word
from .gist import DEAR, gist, told_before
from .gist import KIN as _KIN
from .gist import KIN_WORD as _KIN_WORD
from .lines import LOW_MOODS, Lines
from .rank import asks_told, cut_last_ask
from .reading import LAUGH, QUESTION, YOU, Act
from .recall_spanned import SpanRead


@dataclass(frozen=True)
class Turn:
    view: TurnView
    act: Act
    mood: str
    rng: random.Random
    encode: recall.Encode | None = None
    read: recall.Read | None = None
    mild: bool = False  # a low mood read lightly (``reading.mild``): a light touch
    span: SpanRead | None = None  # the answer-span reader (``span_reader``), for what the
    # rules of ``recall`` leave unanswered


@dataclass(frozen=True)
class Proposal:
    text: str
    source: str
    prior: float
    mood: str | None = None


def pick(lines: Sequence[str], rng: random.Random, n: int = 4) -> list[str]:
    return rng.sample(list(lines), min(n, len(lines))) if lines else []


def greet(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.act.name != "greeting":
        return []
    view = turn.view
    hour = view.now.hour if view.now else 12
    # an earlier visit: a message from hours before ("welcome back" only then; a "hi" a few
    # minutes after the last one is no return)
    before = view.now is None or any(m.role == "user" and view.now - m.created_at >= VISIT
                                     for m in view.history)
    key = ("greet_back" if len(view.history) > 1 and before else
           "greet_again" if len(view.history) > 1 else "greet_new")
    if re.search(r"\b(morning|gm)\b", view.text.lower()) or 5 <= hour < 11:
        key = "greet_morning" if key == "greet_back" else key
    elif hour >= 22 or hour < 5:
        key = "greet_night" if key == "greet_back" else key
    them = _INTRODUCED.search(view.text.lower())
    if key != "greet_back" and them and is_first_name(them.group(1)):
        # "hey sunny, im kiara": met by name, not asked it
        return [Proposal(t.replace("{them}", them.group(1).capitalize()), "skill:greet_named",
                         1.2) for t in pick(lines.get("greet_named"), turn.rng)]
    # the user's key is a name only when it is one ("kiara"), not a login or an id ("root",
    # "teen_q10"): otherwise only the lines that call them nothing
    pool = lines.get(key) if is_first_name(view.user_name) else \
        [t for t in lines.get(key) if "{name}" not in t]
    out = [t.replace("{name}", view.user_name.capitalize()) for t in pick(pool, turn.rng)]
    return [Proposal(t, f"skill:{key}", 1.2) for t in out]


#: how far back a visit's messages go: older ones are an earlier visit
VISIT = timedelta(hours=3)
_INTRODUCED = re.compile(r"\b(?:im|i'm|i am|my name is|my names|name's|names)\s+([a-z]+)\b")


def farewell(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.act.name == "thanks":
        return [Proposal(t, "skill:thanks", 0.8) for t in pick(lines.get("thanks"), turn.rng)]
    if turn.act.name != "goodbye":
        return []
    night = NIGHT.search(turn.view.text.lower())
    key = "goodnight" if night else "goodbye"
    out = [Proposal(t, f"skill:{key}", 0.9) for t in pick(lines.get(key), turn.rng)]
    if (task := off_to(turn.view.text)) and not night:
        # "good luck" and "you got this" to work, not to dinner or a shower
        chore = bool(_CHORE.search(task))
        pool = [t for t in lines.get("goodbye_named")
                if (chore or not _CHEERS_ON.search(t)) and not (chore and "enjoy" in t)]
        out += [Proposal(t.replace("{task}", task), "skill:goodbye_named", 1.6)
                for t in pick(pool, turn.rng, 2)]
    return out


#: a goodbye for the night: "gn", "dad says bedtime", "running on fumes, gonna crash"
NIGHT = re.compile(r"\b(?:night|bed|bedtime|sleep|gn|nap|sleepy|lights out|gonna crash|going to "
                   r"crash|running on fumes)\b")
_CHORE = re.compile(r"\b(?:stud\w*|practi\w*|work|homework|hw|essay|test|exam|quiz|project|"
                    r"pack|unpack|stretch|ice|mow|vacuum|"
                    r"revis\w*|review|prep|train\w*|rehears\w*|finish|write|chores|clean|"
                    r"class|school|lab|corrections)\b")
_CHEERS_ON = re.compile(r"\bgood luck\b|\bgot this\b")
#: what they leave to do: "ok i have to do chem hw now ugh. bye sunny!!" -> "do chem hw"
_OFF_TO = re.compile(r"\b(?:gotta|have to|hafta|got to|need to|gonna|going to|about to|off to|"
                     r"time to|gtg|g2g)\s+(?:go\s+(?:and\s+)?)?(?P<what>[a-z][a-z0-9' ]{1,50}?)"
                     r"(?=\s*(?:[.!,?]|"
                     r"\b(?:bye\w*|ttyl|cya|sunny|bc|because|cuz|so|before|now|rn|lol|ugh|tho|"
                     r"then|lmao|haha)\b|[^\w\s']|$))", re.I)
_NOT_A_TASK = frozenset("go run bounce leave dip head be say tell sleep bed log get bye ttyl cya "
                        "see talk were we we're im i'm i my our the mom dad hes he's shes she's "
                        "its it's theyre they're thats that's".split())


def off_to(text: str) -> str | None:
    """The task the teen leaves for, in their words turned to Sunny's ("finish your chem
    corrections"), or None (none said, only "go"/"sleep", or too long to say back)."""
    return _task(text) or _served(text.lower())


def _task(text: str) -> str | None:
    found = _OFF_TO.search(text.lower().replace("’", "'"))
    if not found:
        return None
    what = _TASK_TAIL.sub("", found.group("what")).strip()
    words = what.split()
    if not words or words[0] in _NOT_A_TASK or len(words) > 7 or re.search(
            r"\b(?:is|are|was|were|starts|begins|ends|opens|closes|gotta|gtg|go|bye)\b|'s\b",
            what):  # ("bell is about to ring gotta go": no "go ring gotta go", round 53)
        return None  # "gtg dinner is ready": no task to say back
    if len(words) == 2 and words[0] == "do" and words[1] in _BARE_TASK:
        return f"do your {words[1]}"  # "gotta do hw": "do your hw"
    if len(words) == 1 and (done := _BARE_TASK.get(words[0])):
        return done  # "ok gtg homework bye": "do your homework"
    if len(words) == 1 and words[0] not in _ONE_WORD_TASKS:
        return None  # a bare noun said back as a verb reads wrong ("go homework")
    return recall.second_person(what)


#: food made or ready as the reason to go: "ok my mom made hot chocolate bye sunny", "ok food
#: is ready bye" (round 71 met both with "later! I'll be here whenever you want to chat")
_MADE_FOOD = re.compile(r"\b(?:mom|mum|dad|nana|grandma|grandpa|abuela|abuelo|lola|aunt\w*|"
                        r"uncle|sister|brother|cousin|stepmom|stepdad|papa|mama)\s+(?:just\s+)?"
                        r"(?:made|is making|got|ordered|brought)\s+"
                        r"(?P<food>(?:some\s+)?[a-z]+(?:\s+[a-z]+){0,3}?)(?=\s*(?:[.!,]|\b(?:bye\w*|"
                        r"ttyl|cya|gotta|gtg|so|sunny|and|lol)\b|[^\w\s']|$))")
_FOOD_READY = re.compile(r"\b(?:food|dinner|lunch|breakfast|supper|pizza)(?:'s|s| is)?\s+"
                         r"(?:ready|here|time)\b|\b(?:dinner|lunch|breakfast|supper)\s+time\b")


def _served(text: str) -> str | None:
    """What to go and have when food made or ready is why they leave, or None."""
    if (made := _MADE_FOOD.search(text)) and not set(made.group("food").split()) & (
            _NOT_A_TASK | {"me", "us", "him", "her", "them", "it", "a", "an", "sure", "fun"}):
        food = made.group("food").removeprefix("some ")
        return f"have some {food}" if food.endswith("s") or " " not in food and \
            food in ("cocoa", "popcorn", "pizza", "soup", "rice") else f"have the {food}"
    return "eat" if _FOOD_READY.search(text) else None


#: a task said as a bare noun, and how Sunny says it
_BARE_TASK = {**{w: f"do your {w}" for w in ("homework", "hw", "chores", "laundry", "dishes")},
              **{w: f"eat {w}" for w in ("dinner", "lunch", "breakfast")},
              **{w: f"to {w}" for w in ("practice", "class", "work", "school", "church")}}
_ONE_WORD_TASKS = frozenset("study eat shower practice read clean cook bake train work "
                            "revise rehearse swim run babysit pack unpack stretch animate draw "
                            "paint write knit sew edit film record skate shop sketch mow "
                            "vacuum journal".split())
#: what a task says past the task: "start book 4 and ignore all my responsibilities", "play
#: rocket league for 10 hours" is said back as "start book 4", "play rocket league"
_TASK_TAIL = re.compile(r"\s+(?:and|for (?:like |about |day )?\d+|for (?:the )?(?:next|rest))\b.*$")


def about_sunny(turn: Turn, lines: Lines) -> list[Proposal]:
    topic = turn.act.topic
    if turn.act.name != "about_sunny" or topic is None:
        return []
    theirs = theirs_too(turn.view.text)
    if topic.name == "favorite_other":  # no pick written for it: honest, and curious
        thing = topic.answers[0]
        return [Proposal(_answered(t.replace("{thing}", thing), theirs),
                         "skill:about:favorite_other", 1.2)
                for t in pick(lines.get("about_favorite_other"), turn.rng)]
    return [Proposal(_answered(t, theirs), f"skill:about:{topic.name}", 1.2)
            for t in pick(topic.answers, turn.rng)]


_MINE_TOO = re.compile(r"(?:^|[,.?!]\s*|\band\s+)(?:mine|mines|mine's)(?:\s+is|\s+are|"
                       # (not "and mine still came out mushy": what happened to theirs, round 62)
                       r"(?!\s+(?:still|came|got|was|were|turned|looked|looks|broke|fell|ended|"
                       r"kept|did|didnt|didn't|never|always|just|also|too|had|has|went|is|are)\b))"
                       r"\s+([^,.?!]{2,40})", re.I)
_CHAT_TAIL = re.compile(r"(?:\s+(?:lol|lmao|haha\w*|no debate|obvi\w*|tho|fr|ngl|tbh|"
                        r"btw|of course|ofc|duh|forever and ever|forever|hands down|"
                        r"no question|all day))+\s*$", re.I)


def theirs_too(text: str) -> str:
    """The teen's own answer to what they ask Sunny ("whats ur fav color, mine is teal lol"
    -> "teal"), or ""."""
    found = _MINE_TOO.search(text)
    if not found:
        return ""
    own = _CHAT_TAIL.sub("", found.group(1)).strip()
    return own if 0 < len(own.split()) <= 5 else ""


def _answered(line: str, theirs: str) -> str:
    """Sunny's answer without asking back what the teen already said ("which color do you
    always end up picking?" after "mine is teal"): their pick named instead."""
    if not theirs:
        return line
    kept = cut_last_ask(line)
    return f"{kept} and {theirs}, good pick too 😄" if kept else line


def fun(turn: Turn, lines: Lines) -> list[Proposal]:
    name = turn.act.name
    if name == "riddle" and lines.riddles:
        q, a = lines.riddles[turn.rng.randrange(len(lines.riddles))]
        return [Proposal(f"ooh ok, riddle time 🤔 {q} (want the answer? it's... no wait, "
                         "guess first!)", "skill:riddle", 1.2)]
    key = {"joke": "jokes", "would_you_rather": "would_you_rather", "game": "games",
           "bored": "bored_ideas"}.get(name)
    if key is None:
        return []
    prior = 1.0 if name != "bored" else 0.6  # boredom may be a mood to meet, not a request
    out = pick(lines.get(key), turn.rng)
    if key == "would_you_rather":
        out = [t if t.lower().startswith(("ok", "okay", "ooh", "hmm")) else f"ooh ok: {t}"
               for t in out]
    return [Proposal(t, f"skill:{key}", prior, "neutral") for t in out]


#: the teen asked not to be laughed at (round 61: "lmaooo 💀" right after "dont laugh")
_NO_LAUGH = re.compile(r"\b(?:dont|don't|do not|no) laugh(?:ing)?\b|\bpls dont judge\b", re.I)


FOLLOW_ON = {
    "low": ("want to tell me what happened?", "how are you feeling about it now?",
            "do you want to talk about it?"),
    # worry is about what is coming: nothing "happened" yet
    "anxious": ("what part worries you most?", "want to talk it through together?",
                "what would help you feel a bit more ready?"),
    "tired": ("have you had any time to rest?", "what's been draining you the most?",
              "do you get a break soon?"),
    "won": ("tell me everything!", "how are you going to celebrate?", "what was the best part?"),
    "happy": ("tell me everything!", "tell me more!", ""),
}
#: news of something achieved: only this is asked how it will be celebrated
WON = re.compile(r"\b(?:won|passed|aced|nailed|made (?:the|it|varsity|jv)|got (?:in\b|into"
                 r"(?! (?:anime|kpop|k-pop|it|this|that|\w+ing)\b)|"  # (a hobby: "birdwatching")
                 r"accepted|cast|hired|picked|chosen|selected|"
                 r"(?:the|an?) (?:part|role|job|lead|spot|solo)|"
                 r"an? [ab]\b|an? a\+|first|1st|2nd|second|third|3rd)|(?:first|1st|2nd|second|"
                 r"3rd|third) place|we opened|scored|finished|did it|fixed|beat|graduated|"
                 r"went (?:so |really |super )?(?:well|great|amazing|perfect)|"
                 # "ok so i officially have a job. like a real one with a name tag"
                 r"(?:officially|finally) (?:have|got|a|an) (?:a |an |my )?(?:job|license|"
                 r"permit|black belt|spot|part|role))\b", re.I)
#: good news a neutral read misses: "it actually made sense", "she wore it the whole time!!"
GOOD = re.compile(r"\bactually (?:helped|worked|made sense|good|fun|nice|cute)\b|\bi was right\b|"
                  r"\b(?:was|is) (?:fire|so good|the best)\b|\bnot mad anymore\b|"
                  r"\b(?:kinda |we're |were |we are )ok(?:ay)? now\b|\bwe saved it\b|"
                  r"\bi'?ll take it\b|\bfirst try\b|\bthat'?s good\b|\bthats good\b|"
                  r"\bdid(?:nt|n't) crack\b|\bworth it\b|\bthe whole time!|😎|🥹|"
                  r"\bon cloud (?:nine|9)\b|\bover the moon\b|\bstill good\b")
#: a plan ahead ("were going to the lake saturday") and a story told ("theo broke a crayon"):
#: the curious line asks how it will go, or what happened next
FUTURE = re.compile(r"(?<!was )(?<!were )\b(?:gonna|going to|will|\w+'ll|tmrw|tomorrow|tonight|"
                    r"next (?:week|weekend|month|year|time)|this (?:weekend|week|summer|\w+day)|"
                    r"in \d+ (?:days|weeks)|"
                    r"on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
PAST = re.compile(r"\b(?:and then|then (?:he|she|they|we|i)|suddenly|went flying|yelled|screamed|"
                  r"dropped|broke|fell|crashed|spilled|tripped|knocked|in front of everyone)\b",
                  re.I)
#: someone else's win, or a loss: "tyler won by like 30 votes", "we lost to westfield"
THEIRS = re.compile(r"\b(?:and|but) i did(?:n'?t|nt)\b|\b(?:he|she|they)\s+(?:\w+\s+)?won\b|"
                    # someone else's: "bc he got a job at his dads", "a raccoon that got into"
                    r"\b(?!i\b|we\b)\w+ got (?:a job|in|into)\b|"
                    r"\bbeat (?:me|us)\b|\b(?!i\b|we\b|it\b)[a-z]+ passed too\b|"
                    r"\b(?:he|she|they) (?:also )?passed\b|"
                    r"\b(?<!my )(?<!our )"
                    r"(?!team\b|squad\b|we\b|i\b)[a-z]+ won by\b|\b(?:i|we) lost\b|\blost to\b|"
                    # "first place was some lady with fig jam": another's place
                    r"\b(?:first|1st|second|2nd|third|3rd) (?:place )?(?:was|went to) "
                    r"(?:some|this|a|another|the other)\b",
                    re.I)
SHOUTED = re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\b|!!!")
#: a mishap told beside the good part: no "okay your sleeping bag made me smile 🥹"
_MISHAP = re.compile(r"\b(?:leaked|soaked|ruined|broke|broken|flooded|cracked|lost|stolen|crashed|"
                     r"spilled|burn(?:ed|t)|sunburn\w*|tore|ripped|sick|threw up|itchy|scratchy|"
                     r"ugly|gross|look like an?|fell|fall|wiped out|disaster)\b", re.I)
#: good and bad in one message: "so fun but ...", "... tho 😭"
_FUN_BUT = re.compile(r"\b(?:so fun|was fun|amazing|the best|so good|great)\b[^.!?]*"
                      r"(?:\bbut\b|\btho\b|\bthough\b|😭)", re.I)
_LAUGHING = re.compile(r"\b(?:lmao+|lmfao|lol+|haha\w*|hehe\w*|dead|dying)\b|😂|🤣|💀", re.I)


def _kin_named(said: str, text: str) -> bool:
    """``said`` is the name of family told by their role: "my grandma po po" (round 46 got
    "lmao Po po 💀")."""
    return bool(re.search(rf"\b(?:{_KIN_WORD})s?\s+{re.escape(said.lower())}\b", text.lower()))


def fallback(turn: Turn, lines: Lines) -> list[Proposal]:
    """A warm line for when nothing closer fits (``_fallback``), and one naming the message's
    gist ("lmao 40 hoodies 💀", "oh no, your driving test 😣"; ``gist.gist``): a laugh or a
    glad line two words or more, comfort only the user's own thing; no "tell me more" asked."""
    out = _fallback(turn, lines)
    if not out or out[0].source not in _NAMED:
        return out
    text = turn.view.text
    key = _NAMED[out[0].source]
    if key == "named_ack":
        key = f"named_{_ack_key(text)}"
    asked = "?" in text or bool(QUESTION.search(text.lower()))
    said = gist(text) if not asked or not key.startswith("named_ack") else None
    own = said is not None and (said.startswith("your ") or key == "named_comfort_light" and
                                re.match(r"(?:half|all|both|most|some) (?:of )?your ", said))
    if said is None or key.startswith("named_comfort") and not own or \
            key in ("named_glad", "named_laugh") and (is_first_name(said.lower()) or
                                                      said.lower() in _KIN or _HURT.search(said)
                                                      or said.lower().split()[0] in _KIN
                                                      or _kin_named(said, text)) \
            or key in ("named_laugh", "named_glad") and " " not in said \
            or key == "named_laugh" and _TITLED_PERSON.search(said) \
            or key == "named_glad" and _MISHAP.search(text) or \
            key == "named_comfort_light" and DEAR.search(said) or \
            said.lower() == turn.view.user_name.lower() or \
            key.startswith("named_ack") and told_before(said, turn.view) or \
            _one_of_many(said, text):  # ("callum 😂 I
        return out  # can't" to Callum; not "okay sam made me smile" to "ur a good listener,
        # better than sam"; not "hold on, omar?? go on" when omar was told of before)
    after = FOLLOW_ON.get(turn.mood, FOLLOW_ON["low"]) if key == "named_comfort" else ("",)
    after = [a for a in after if not asks_told(a, text)] or [""]
    named = [Proposal(f"{t.replace('{gist}', said)} {turn.rng.choice(after)}".strip(),
                      f"{out[0].source}_named", 0.38, out[0].mood)
             for t in pick(lines.get(key), turn.rng, 2)]
    return [p for p in named if not asks_told(p.text, text)] + out


def _one_of_many(said: str, text: str) -> bool:
    """``said`` is one first name of three or more told together ("its me my twin brother
    nils grace from next door and sam": not "ooh, sam! I want to hear about that", round
    71)."""
    if not is_first_name(said.lower()):
        return False
    names = {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and is_first_name(w)}
    return said.lower() in names and len(names) >= 3


#: a "lol" that softens an opener, no joke: "hi sunny!! i have a mission lol", "so now i kinda
#: want a bigger one lol" (rounds 48-50: "not mission 😭😂", "bigger one 😂 I can't")
_SOFT_LOL = re.compile(r"^(?:\W*(?:hi+|hey+|ok+|okay|so|now|and|sunny+)\b\W*)*(?:i|we) (?:kinda |"
                       r"lowkey |really |just )?(?:have|need|want|got|gotta|have to|need to)\b")
#: no "ahh sunburn, that's so nice 😊": a hurt is never the glad thing named
_HURT = re.compile(r"\b(?:sunburn|burn|cold|flu|fever|cast|bruise|cut|sprain|injury|headache|"
                     r"stomachache|detention|ticket|rash|blister|concussion|stitches|cough)s?\b",
                     re.I)
_SICK = re.compile(r"\b(?:sick|ill|unwell|throwing up|puking|fever|flu|covid|migraine|"
                   r"nauseous)\b", re.I)
#: someone named by a title or a kin word, whom a laugh would mock: "Mrs Okafor", "aunt jo",
#: "your cousin migs", "uncle femi" ("not Mrs Okafor 😭😂" in round 53)
_TITLED_PERSON = re.compile(r"\b(?:mr|mrs|ms|miss|dr|coach|aunt|auntie|uncle|cousin|tia|tio|nana|"
                      r"grandma|grandpa|abuela|abuelo|nonna|nonno|lola|lolo|sister|brother|"
                      r"mom|dad|friend|teacher)\b", re.I)
_NAMED = {"skill:comfort": "named_comfort", "skill:comfort_light": "named_comfort_light",
          "skill:ack": "named_ack",
          "skill:laugh": "named_laugh", "skill:glad": "named_glad"}


#: a question put to Sunny about itself: "do u like fishing?", "do u know what a quince is"
_TO_SUNNY = re.compile(r"^(?:(?:ok|okay|so|and|wait|oh|hey|sunny|also|btw|lol)\W+)*(?:do|did|"
                       r"can|could|would|are|r|have)\s+(?:u|you)\b")  # (a yes-or-no question)
_WHICH_OF_TWO = re.compile(r"^(?:(?:and|so|wait|ok|oh)\s+)*(?:was|is|were|are|did|do|does)\b"
                           r"[^?]*\bor\b[^?]*\?")
_OWN_THING = re.compile(r"\b(?:my|our|i|me|we)\b")
#: what someone's thing was called or is: "what was her bunny called", "whats his dogs name"
_THEIR_THING_ASKED = re.compile(r"\b(?:what|whats|what's)\b[^?]*\b(?:his|her|their) [a-z]+"
                                r"(?:s|'s)?\b[^?]*\b(?:called|named|name)\b")
#: a "which" that goes on a statement and an "i think" that hedges one: no question asked
_NOT_ASKED = re.compile(r"\bi think\b|(?<=[a-z] )which (?=is|was|are|were)\b")
_ASKS_WHAT = re.compile(r"\b(?:what|whats|what's|which|who|whos|where|when|why|how|opinion|"
                        r"think)\b")


#: a question put to Sunny inside the message: "were u ever bad at math lol or do u just know
#: everything" gets no laugh
_ASKS_YOU = re.compile(r"\b(?:were|are|r|do|did|have|would|could|can|will|was) (?:u|you)\b")


def _ack_key(text: str) -> str:
    """Which curious line fits: a question nothing else answered ("ack_question": "good
    question, I honestly don't know! what do you think?", not "tell me more?"), a plan ahead
    ("ack_future"), a story told ("ack_past"), or a plain one."""
    asked = _NOT_ASKED.sub(" ", text.lower())  # ("hes 2 which is old for a goldfish i think??")
    if ("?" in text or QUESTION.search(text.lower())) and _ASKS_WHAT.search(asked) or \
            _WHICH_OF_TWO.search(text.lower()):
        return "ack_question"  # (and "was it at riverside high or riverside middle?")
    if "?" in text:
        return "ack"  # "and then he yelled at ellie?": a story told surprised, no "then what?"
    return "ack_future" if FUTURE.search(text) else "ack_past" if PAST.search(text) else "ack"


#: a change said to be fine, only new: "not bad just different", "its fine, just weird"
_NOT_BAD = re.compile(r"\b(?:not (?:bad|sad|terrible|awful|a bad thing)|(?:it'?s|its) (?:fine|okay|"
                      r"ok)),? just (?:different|weird|new|strange|a change)\b", re.I)


def _fallback(turn: Turn, lines: Lines) -> list[Proposal]:
    """A warm, on-feeling line for when nothing closer fits: comfort for a low mood, then a
    question that fits it; cheer for news of something achieved, excitement for news
    shouted, a laugh for a funny story, gladness for other good news; a curious "tell me
    more" for everything else."""
    mood = turn.mood
    text = turn.view.text
    if mood in LOW_MOODS and (no_low_word(text) or _NOT_BAD.search(text)):
        mood = "neutral"  # "its kinda weird ... not bad just different" (round 68: "ugh, your
        # first christmas 😩 that's so annoying"); "abuelas surgery went good!", "nia was
        # just gliding around laughing", "the wifi is slow so sorry if i disappear": no
        # comfort where no low word is said
    comfort = lines.get(f"comfort.{mood}") or (lines.get("comfort.sad") if mood in
                                               ("sad", "lonely") else ())
    light = lines.get(f"comfort_light.{mood}") if turn.mild else ()
    if light:  # "ugh, that's annoying 😤 what happened?", not "how are you feeling now?"
        after = [a for a in lines.get("comfort_light_follow") if not asks_told(a, text)] or [""]
        if len(text.split()) >= 12:
            after = [""]  # the story is told: no "what happened?"
        return [Proposal(f"{o} {turn.rng.choice(after)}".strip(), "skill:comfort_light", 0.36)
                for o in pick(light, turn.rng, 3)]
    if comfort:
        after = FOLLOW_ON.get(mood, FOLLOW_ON["low"])
        after = [a for a in after if not asks_told(a, text)] or list(after)
        return [Proposal(f"{o} {turn.rng.choice(after)}", "skill:comfort", 0.36)
                for o in pick(comfort, turn.rng, 3)]
    if mood == "bored" and not QUESTION.search(text.lower()) and "?" not in text and \
            not _SICK.search(text):  # ("im sick": no "boring days are the worst 😴")
        # "today was so boring tho, we had a sub": the boredom met, not "okay, sub, I need
        # the details 👀"
        return [Proposal(o, "skill:bored_day", 0.36) for o in pick(lines.get("bored_day"),
                                                                    turn.rng, 3)]
    if mood in ("happy", "neutral") and WON.search(text) and not THEIRS.search(text) and \
            not re.search(r"\b(?:havent|haven't|never|didnt|didn't|not)\s+(?:\w+\s+)?won\b", text):
        return [Proposal(f"{o} {turn.rng.choice(FOLLOW_ON['won'])}", "skill:celebrate", 0.36)
                for o in pick(lines.get("celebrate"), turn.rng, 3)]
    if mood in ("happy", "neutral") and SHOUTED.search(text):  # "BEA IS HERE", "...today!!!"
        return [Proposal(t, "skill:hype", 0.36) for t in pick(lines.get("hype"), turn.rng, 3)]
    if mood in ("happy", "neutral") and _MISHAP.search(text) and _FUN_BUT.search(text):
        # "it was so fun but it rained and our tent leaked 😭": the mishap met, the fun kept
        return [Proposal(t, "skill:glad_but", 0.36) for t in pick(lines.get("glad_but"),
                                                                   turn.rng, 3)]
    if mood == "neutral" and GOOD.search(text) and not LAUGH.search(text):
        mood = "happy"  # "kai quizzing me actually helped a lot", "i was right"
    asking = bool(QUESTION.search(text.lower()) or _ASKS_YOU.search(text.lower()) or
                  re.search(r"\bhow (?:many|much)\b", text.lower()))  # (round 78: "lmao ones")
    softened = bool(_SOFT_LOL.match(text.lower()) and LAUGH.search(text)) and \
        len(text.split()) <= 12  # ("i have a mission lol": curious, no laugh)
    before = " ".join([m.content for m in turn.view.history if m.role == "user"][-2:])
    if re.match(r"\W*(?:me|yes|yeah|yep|no|nope|same|true|mine|him|her|them|us|idk)\s+(?:lol|"
                r"lmao|haha)\W*\s+\w+(?:\s+\w+){3}", text.lower()):
        softened = True  # "me lol. my aunt lena is an illustrator...": no joke (round 76)
    if _NO_LAUGH.search(before) or _NO_LAUGH.search(text):
        softened = True  # "im 14 and i cant ride a bike... dont laugh": no "lmaooo 💀" after it
    if not asking and not softened and (mood == "happy" or (mood == "neutral" and
                                                              LAUGH.search(text))):
        # (a question gets no laugh: "sunny do u know how to code lol"; round 34's raters
        # preferred a laugh to "ahh X, that's so nice 😊" for a "lol" in a long message)
        key = "laugh" if _LAUGHING.search(text) else "glad"
        return [Proposal(f"{o} {turn.rng.choice(FOLLOW_ON['happy'])}".strip()
                         if key == "glad" else o, f"skill:{key}", 0.36)
                for o in pick(lines.get(key), turn.rng, 3)]
    key = _ack_key(text)
    if key == "ack_question" and not YOU.search(text.lower()) and (
            _OWN_THING.search(text.lower()) or _THEIR_THING_ASKED.search(text.lower())):
        key = "memory_unknown"  # "which college did my brother get into": not "what's your take?";
        # "what was her bunny called?" (round 57): not "ooh, tough one! what would you say?"
    elif asking and _TO_SUNNY.search(text.lower()) and lines.get("ack_you"):
        key = "ack_you"  # "do u like fishing?": an honest answer, not "tell me more?"
    pool = [t for t in lines.get(key) or lines.get("ack") if not asks_told(t, text)]
    return [Proposal(t, "skill:ack", 0.36) for t in pick(pool or lines.get("ack"), turn.rng, 3)]


SKILLS: tuple[Callable[[Turn, Lines], list[Proposal]], ...] = (
    about_sunny, fun, greet, farewell, fallback)
