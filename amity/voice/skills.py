"""Skills: small handlers that answer a recognised situation with lines the team wrote.

Contract: each skill takes a ``Turn`` (the view of the turn plus what the voice read from
it: act, mood) and the ``Lines``, and returns ``Proposal``s (a line, a prior that says how
sure the skill is, the line's mood). Skills: greet and welcome back, goodbye (naming the
task they leave for: "okay, go finish your chem corrections!"), thanks, questions about
Sunny (the card's fixed answers, the same every time), fun (jokes, riddles,
would-you-rather, games, ideas when bored), memory questions answered from what the user
told (never invented: "I don't think you told me" when nothing matches), and a warm
fallback. The follow-up on a dated event that has passed is ``plans.follow_up``. Knows
nothing about models or storage.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import timedelta

from ..nlp.facts.lexicon import is_first_name
from ..nlp.question import focus
from ..types import TurnView
from . import recall
from .felt import no_low_word
from .gist import gist, told_before
from .lines import LOW_MOODS, Lines
from .rank import asks_told, cut_last_ask
from .reading import LAUGH, QUESTION, YOU, Act
from .recall_aside import cheer, filled, remark, why
from .recall_ask import THE_OTHER, asked_thing
from .recall_confirm import confirmed
from .recall_heads import named_head
from .recall_partial import partial
from .recall_role import not_theirs, other_role
from .recall_settle import settled
from .recall_spanned import SpanRead, sharpened, spanned
from .recall_type import no_age


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


_MINE_TOO = re.compile(r"(?:^|[,.?!]\s*|\band\s+)(?:mine|mines|mine's)(?:\s+is|\s+are)?\s+"
                       r"([^,.?!]{2,40})", re.I)
_CHAT_TAIL = re.compile(r"(?:\s+(?:lol|lmao|haha\w*|no debate|obvi\w*|tho|fr|ngl|tbh|"
                        r"btw|of course|ofc|duh))+\s*$", re.I)


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


#: a detail that is only a piece of an address or a title
_NO_DETAIL = frozenset("st rd ave ln dr blvd mr mrs ms the a an".split())
_OWN_NAME_ASKED = re.compile(r"\b(?:my|whats my|what's my) (?:name|username)\b|\bwho am i\b",
                             re.I)
#: the teen asked not to be laughed at (round 61: "lmaooo 💀" right after "dont laugh")
_NO_LAUGH = re.compile(r"\b(?:dont|don't|do not|no) laugh(?:ing)?\b|\bpls dont judge\b", re.I)
#: a question that asks back what was told: "and what was the lizard called", "do u know
#: what day the meeting is", "how much did the tooth fairy end up leaving?"
_ASKS_BACK = re.compile(r"\b(?:again|remember|did i (?:say|tell|mention)|i (?:told|said)|"
                        r"what (?:was|were)|(?:do|did) (?:u|you) know)\b|\?")


#: a thing named in a told message: "we named the pumpkin gourdon", "the robot is called bolt"
_NAMING = re.compile(r"\b(?:named|called|name)\s+(?:the|my|our|his|her|their)\s+([a-z]+)\b|"
                     r"\b(?:the|my|our|his|her|their)\s+([a-z]+)\s+(?:is\s+)?(?:named|called)\b")


def _named_another(question: str, told: str) -> bool:
    """The answer-span reader's clause names another kind of thing than the one whose name is
    asked ("whats my dogs name": "we named the pumpkin gourdon", round 60); a pet's kind and
    its breed are one ("my pug rocco")."""
    head = named_head(question)
    named = [a or b for a, b in _NAMING.findall(told.lower())]
    if head is None or not named:
        return False
    from .pets import KINDS  # (pets' skills import this module)
    pet = re.compile(rf"^{KINDS}s?$", re.I)
    return not any(n.startswith(head[:4]) or pet.match(n) and pet.match(head) for n in named)


def remembered(turn: Turn, lines: Lines) -> list[Proposal]:
    """A question about something the user told: answered from their own words or the
    ledger (``recall``), or "I don't think you told me" when nothing answers it. A
    question no rule calls a memory question is answered only when something does, or when
    it asks back about a thing that was told ("and what was the lizard called, the store
    mascot one"): what is kept said, the rest asked."""
    view = turn.view
    asking = turn.act.name == "memory_question"
    previous = next((m.content for m in reversed(view.history) if m.role == "user"), "")
    if not asking and not recall.is_recall_question(view.text, previous):
        return []
    asked = view.text
    if (told_too := remark(view.text)) and (own := _OWN.search(told_too)):
        rest = view.text.replace(told_too, "").strip()
        if _POINTER.search(rest):  # "my cat got into the donut box 😭 do u remember her
            # name": "do u remember my cat's name", not who the message before spoke of,
            # nor a clause about getting into something
            asked, previous = _POINTER.sub(lambda m: own.group(0) + ("'s" if m.group(
                0).lower() in ("her", "his") else ""), rest, count=1), told_too
    said = recall.sayings(view.memories, view.history, view.user_name)
    if (checked := confirmed(view.text, view.history)) is not None:
        # "and its at the loft right? not the library?": the loft, as told; not the answer
        # to the question before it ("what time ... again": 7:30)
        return [Proposal(t.replace("{detail}", checked), "skill:memory", 2.0)
                for t in pick(lines.get("memory_confirmed"), turn.rng)]
    if THE_OTHER.match(view.text.lower()) and (
            first := recall.answer(previous, said, turn.encode, "", turn.read)) and first.detail:
        # "and the other girl, the art club one?" after "whats her name": not her again
        said = [s for s in said if first.detail.lower() not in s.text.lower()]
    found = recall.answer(asked, said, turn.encode, previous, turn.read)
    read_span = found is None and turn.span is not None
    if read_span:  # the words the span reader finds
        found = spanned(view.text, previous, said, turn.span, turn.read)
    if found is not None and read_span and _named_another(view.text, found.text):
        found = None  # "whats my dogs name": not "gourdon" of "we named the pumpkin gourdon"
    if found is not None:  # what was put right since, the one asked ("recall_settle")
        found = settled(found, view.text, said, read_span)
    told = [m.content for m in view.history if m.role == "user"] + [s.text for s in said]
    # (what the teen told in earlier visits lives in the ledger, not the recent history)
    if found is not None and (other_role(view.text, found.detail or "", told) or
                              not_theirs(view.text, found.text, found.detail) or
                              no_age(view.text, found.detail or "", found.text)):
        found = None  # "my math teacher's name": not the garden club advisor's; "how old is
        # she": not the teen's own age
    if found is not None and found.detail and view.user_name and \
            found.detail.lower() == view.user_name.lower() and \
            not _OWN_NAME_ASKED.search(view.text):
        found = None  # "whats my dogs name" -> "camila", the teen's own name (round 61)
    if found is None:
        if asking and (glad := cheer(view.text, len(view.text))):  # the news met, then the ask
            return [Proposal(glad + t, "skill:memory_unknown", 1.5)
                    for t in pick(lines.get("memory_unknown"), turn.rng)]
        half = partial(view.text.split("?")[0], said,  # (not the remark after its "?")
                       recall.asked_words(focus(view.text), previous)[1])
        if not asking and (half is None or not _ASKS_BACK.search(view.text)):
            return []  # (the thing it asks after told: what is kept said, the rest asked;
            # not for a question that asks nothing back: "who goes to a car wash in the rain")
        if half is not None and lines.get("memory_partial"):
            # the thing was told, the detail not found: say what is kept, ask for the rest
            return [Proposal(_first_up(t.replace("{thing}", half.thing)
                                       .replace("{missing}", half.missing)),
                             "skill:memory_partial", 1.6)
                    for t in pick(lines.get("memory_partial"), turn.rng)]
        thing = asked_thing(view.text)
        if thing and lines.get("memory_unknown_thing"):
            # the asked thing named: "I don't think you've told me your gym teacher's name"
            return [Proposal(t.replace("{thing}", thing), "skill:memory_unknown", 1.5)
                    for t in pick(lines.get("memory_unknown_thing"), turn.rng)]
        return [Proposal(t, "skill:memory_unknown", 1.5)
                for t in pick(lines.get("memory_unknown"), turn.rng)]
    if not read_span and turn.span is not None:  # a told sentence's answering words
        found = sharpened(found, view.text, previous, turn.span)
    if found.detail and (left := _still_to_go(view.text, found.detail)):
        found = replace(found, detail=left)  # "i have 12 hours so far, how many more do i
        # need?": "28 more (40 in all)", not "40!" (round 50)
    if found.detail and (found.detail.count("(") != found.detail.count(")") or
                         found.detail.lower().strip(" .!") in _NO_DETAIL):
        found = replace(found, detail=None)  # "bc 2nd grade)": a cut aside; "st!" of "the
        # soup kitchen on 5th st" (round 61): the clause said instead
    if found.detail and (bare := re.fullmatch(r"(\d{1,3}) year", found.detail)):
        found = replace(found, detail=bare.group(1))  # "9 year old beagle": 9, not "9 year"
    # a worry told with the question ("my fish is floating sideways and im kinda worried.
    # which one is the bigger one again"): met first, then the answer
    care = _care(turn.mood, view.text) if "?" in view.text or len(view.text.split()) > 8 else ""
    care = care or cheer(view.text, len(view.text))  # "my mom got the job!! ..."
    if found.detail and (two := recall.also_asked(view.text)):
        # "whats my brothers name and how old is he": "Eli, and 19"
        more = recall.answer(two[1], said, turn.encode, two[0], turn.read)
        if more and more.detail and more.detail.lower() not in found.detail.lower():
            found = replace(found, detail=f"{found.detail}, and {more.detail}")
    met: list[Proposal] = []
    if not found.near and (reason := why(view.text, found.detail or "")) and (
            tails := [filled(t, reason) for t in lines.get(f"memory_why_{reason.kind}")
                      if reason.fill or "{" not in t]):
        # what the question is asked for, met ("Coach Farah! aw, a thank-you note is such a
        # sweet idea 💛"; "saturday! you can tell Samira I said so 😎"): ``recall_aside``;
        # the plain lines stay below them, for when a repeat check turns all of these away
        heads = [f"{found.detail}!"] if found.detail else [
            o.replace("{fact}", found.text) for o in lines.get("memory_why_fact")]
        met = [Proposal(care + turn.rng.choice(heads) + " " + t, "skill:memory", 2.4)
               for t in pick(tails, turn.rng)]
    if found.detail and lines.get("memory_detail"):
        # the asked detail on its own, as a friend says it ("Biscuit! 😊 how could I forget?")
        key = "memory_near" if found.near else "memory_detail"  # "was haruki right?": close
        return met + [Proposal(care + t.replace("{detail}", found.detail), "skill:memory", 2.0)
                      for t in pick(lines.get(key) or lines.get("memory_detail"), turn.rng)]
    return met + [Proposal(care + t.replace("{fact}", found.text), "skill:memory", 2.0)
                  for t in pick(lines.get("memory_answer"), turn.rng)]


_MORE = re.compile(r"\bhow (?:many|much) more\b|\bhow (?:many|much) (?:is|are) left\b")


def _still_to_go(text: str, detail: str) -> str | None:
    """What is left of the ``detail`` told, when the message asks how much more and says how
    much is done: "28 more (40 in all)"."""
    whole = re.fullmatch(r"\$?(\d{1,5})(?: [a-z]+)?", detail.strip())
    if whole is None or not _MORE.search(text.lower()):
        return None
    done = [int(n) for n in re.findall(r"\b(\d{1,5})\b", text) if n != whole.group(1)]
    total = int(whole.group(1))
    if len(done) != 1 or not 0 < done[0] < total:
        return None
    return f"{total - done[0]} more ({detail} in all)"


_OWN = re.compile(r"\b(?:my|our) (?!own\b|way\b|bad\b|god\b|gosh\b)[a-z]+")
_POINTER = re.compile(r"\b(?:he|she|his|her|him|hes|shes)\b", re.I)
_SAD_SAID = re.compile(r"\b(?:sad|upset|cry|crying|cried|miss|missing|lonely|hurt|hurts|"
                       r"rough|awful|terrible|died|passed|sick|hate|bad day|worst)\b|😢|😭|💔")
_WORRY = re.compile(r"\b(?:worried|worry|anxious|scared|nervous|stressed|stressing|panicking|"
                    r"freaking out|second guessing)\b")
#: a worry for someone's wellbeing: "my fish is floating sideways", "shes at the vet"
_UNWELL = re.compile(r"\b(?:sick|ill|hurt|vet|hospital|floating|sideways|not eating|wont eat|"
                     r"limping|injured|surgery|throwing up|puking|fever|missing|lost|ran away|"
                     r"bleeding|crying|sad|upset|broke|broken|doctor|er)\b")
_SOMEONE = re.compile(r"\b(?:he|she|they|him|her|them|hes|shes|theyre|my (?:dog|cat|fish|pet|"
                      r"bunny|rabbit|bird|lizard|snake|turtle|hamster|mom|mum|dad|sister|brother|"
                      r"grandma|grandpa|nan|friend))\b")


def _care(mood: str, text: str) -> str:
    """A worry told with a memory question, met before the answer: "oh no, I hope they're
    okay" only for a worry about someone ("my fish is floating sideways and im kinda
    worried"), "one thing at a time" for one about oneself; nothing when no worry is said
    ("i think i mixed it up with something" read as anxious)."""
    low = text.lower()
    if mood == "sad" and _SAD_SAID.search(low):
        return "aw, I'm sorry 💛 "  # (not to "i never measured it properly")
    if mood != "anxious" or not _WORRY.search(low):
        return ""
    if _SOMEONE.search(low) and _UNWELL.search(low):
        return "oh no, I hope they're okay 💛 "
    return "aw, a few nerves are normal 💛 " if "nervous" in low else \
        "hey, one thing at a time 💛 "  # (not "I hope they're okay" to "shes coming over")


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]


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
                  r"\bdid(?:nt|n't) crack\b|\bworth it\b|\bthe whole time!|😎|🥹")
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
#: family named by role: no "not nani 😭😂"
_KIN = frozenset("""nani nana nan gran granny grandma grandpa abuela abuelo oma opa mom mum dad
mama papa baba teta tita lola lolo auntie aunt uncle tia tio sis bro""".split())
_LAUGHING = re.compile(r"\b(?:lmao+|lmfao|lol+|haha\w*|hehe\w*|dead|dying)\b|😂|🤣|💀", re.I)


_KIN_WORD = "|".join(sorted(_KIN | {"grandmother", "grandfather", "mother", "father", "sister",
                                   "brother", "cousin"}))


def _kin_named(said: str, text: str) -> bool:
    """``said`` is the name of family told by their role: "my grandma po po" (round 46 got
    "lmao Po po 💀")."""
    return bool(re.search(rf"\b(?:{_KIN_WORD})s?\s+{re.escape(said.lower())}\b", text.lower()))


def fallback(turn: Turn, lines: Lines) -> list[Proposal]:
    """A warm, on-feeling line for when nothing closer fits (``_fallback``), and the same
    kind of line naming the message's gist ("lmao 40 hoodies 💀", "oh no, your driving test
    😣", "wait, Nugget? tell me more 👀"; ``gist.gist``) when it has one: comfort names
    only the user's own thing ("your dog"), and a question asked gets no "tell me more"."""
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
            or key == "named_laugh" and _TITLED_PERSON.search(said) \
            or key == "named_glad" and _MISHAP.search(text) or \
            said.lower() == turn.view.user_name.lower() or \
            key.startswith("named_ack") and told_before(said, turn.view):  # ("callum 😂 I
        return out  # can't" to Callum; not "okay sam made me smile" to "ur a good listener,
        # better than sam"; not "hold on, omar?? go on" when omar was told of before)
    after = FOLLOW_ON.get(turn.mood, FOLLOW_ON["low"]) if key == "named_comfort" else ("",)
    after = [a for a in after if not asks_told(a, text)] or [""]
    named = [Proposal(f"{t.replace('{gist}', said)} {turn.rng.choice(after)}".strip(),
                      f"{out[0].source}_named", 0.38, out[0].mood)
             for t in pick(lines.get(key), turn.rng, 2)]
    return [p for p in named if not asks_told(p.text, text)] + out


#: a "lol" that softens an opener, no joke: "hi sunny!! i have a mission lol", "so now i kinda
#: want a bigger one lol" (rounds 48-50: "not mission 😭😂", "bigger one 😂 I can't")
_SOFT_LOL = re.compile(r"^(?:\W*(?:hi+|hey+|ok+|okay|so|now|and|sunny+)\b\W*)*(?:i|we) (?:kinda |"
                       r"lowkey |really |just )?(?:have|need|want|got|gotta|have to|need to)\b")
#: no "ahh sunburn, that's so nice 😊": a hurt is never the glad thing named
_HURT = re.compile(r"\b(?:sunburn|burn|cold|flu|fever|cast|bruise|cut|sprain|injury|headache|"
                     r"stomachache|detention|ticket|rash|blister|concussion|stitches|cough)s?\b",
                     re.I)
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


def _fallback(turn: Turn, lines: Lines) -> list[Proposal]:
    """A warm, on-feeling line for when nothing closer fits: comfort for a low mood, then a
    question that fits it; cheer for news of something achieved, excitement for news
    shouted, a laugh for a funny story, gladness for other good news; a curious "tell me
    more" for everything else."""
    mood = turn.mood
    text = turn.view.text
    if mood in LOW_MOODS and no_low_word(text):
        mood = "neutral"  # "abuelas surgery went good!", "nia was just gliding around laughing",
        # "the wifi is slow so sorry if i disappear": no comfort where no low word is said
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
    if mood == "bored" and not QUESTION.search(text.lower()) and "?" not in text:
        # "today was so boring tho, we had a sub": the boredom met, not "okay, sub, I need
        # the details 👀"
        return [Proposal(o, "skill:bored_day", 0.36) for o in pick(lines.get("bored_day"),
                                                                    turn.rng, 3)]
    if mood in ("happy", "neutral") and WON.search(text) and not THEIRS.search(text):
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
    asking = bool(QUESTION.search(text.lower()) or _ASKS_YOU.search(text.lower()))
    softened = bool(_SOFT_LOL.match(text.lower()) and LAUGH.search(text)) and \
        len(text.split()) <= 12  # ("i have a mission lol": curious, no laugh)
    before = " ".join([m.content for m in turn.view.history if m.role == "user"][-2:])
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
    if key == "ack_question" and _OWN_THING.search(text.lower()) and not YOU.search(text.lower()):
        key = "memory_unknown"  # "which college did my brother get into": not "what's your take?"
    elif asking and _TO_SUNNY.search(text.lower()) and lines.get("ack_you"):
        key = "ack_you"  # "do u like fishing?": an honest answer, not "tell me more?"
    pool = [t for t in lines.get(key) or lines.get("ack") if not asks_told(t, text)]
    return [Proposal(t, "skill:ack", 0.36) for t in pick(pool or lines.get("ack"), turn.rng, 3)]


SKILLS: tuple[Callable[[Turn, Lines], list[Proposal]], ...] = (
    remembered, about_sunny, fun, greet, farewell, fallback)
