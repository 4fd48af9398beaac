"""The start and end of a visit: a hello that asks after the pet ("heyy! how's tofu
doing? 🐾") and a goodbye that remembers what is coming ("bye!! good luck at tryouts on
friday 🍀").

Contract: ``greet_pet(turn, lines)``: for a "hi" that opens a later visit with no plan to
follow up, lines that ask after the pet the user named in an earlier visit (the newest
named), from ``greet_pet`` in ``skills.json``; none when no pet was named.

``plan_ahead(view) -> (event, day) | None``: the newest plan told in this visit (the user's
messages of the last hours) whose day is still ahead, named as a thing ("your recital", "the
orthodontist") with its day as Sunny says it ("tomorrow", "on thursday"); None when no plan
with a day ahead was told; a plan of someone else's ("shes getting braces thursday", "my mom
is at a conference till wednesday"), news due ("results come out in 2 weeks") or a name
that ends like a loose parse ("getting the on") is none. ``goodbye_plan(turn, lines)``
gives the goodbye lines that name it: ``goodbye_luck`` for something one can do well at (a
test, a game, an audition), ``goodbye_plan`` for the rest. Pure functions over the turn's
history and clock; both are skills of the voice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.facts.dates import find_dates
from ..nlp.facts.events import NEWS_NOUNS, event_phrase
from ..nlp.facts.lexicon import PETS, is_first_name
from ..nlp.facts.plan_nouns import owner_of
from ..types import Candidate, TurnView
from .echo import CONTEST, day_said, moved_plan
from .lines import Lines
from .plans import as_thing
from .recall_names import names_for
from .recall_said import asks
from .recall_words import second_person, stems
from .skills import VISIT, Proposal, Turn, pick

#: above a written goodbye that matches well ("bye! talk soon"): the named one says more
NAMED = 1.6
#: above a written hello that matches "hiii" word for word
GREET = 1.6
#: told as over or as someone else's: no goodbye wish for it
_PAST = re.compile(r"\b(?:was|were(?! (?:going|gonna|leaving|heading|driving|flying))|went|had|"
                   r"did|got(?! (?:pushed|moved|changed|switched|rescheduled|bumped))|last|"
                   # news of it done: "ANIKA PASSED HER SWIM TEST on sunday"
                   r"passed|won|lost|finished|happened|survived|nailed|aced|failed|placed)\b",
                   re.I)
_THEIRS = re.compile(r"^(?:her|his|their|they|she|he)\b", re.I)
_SAD = re.compile(r"\b(?:funeral|memorial|wake|surgery|operation|hospital|court)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
#: a plan someone else does: "shes getting braces thursday", "and hes flying out friday"
_SOMEONE_ELSES = re.compile(r"(?:^|,|\band|\bso|\bbut)\s*(?:she|he|they|shes|hes|she's|he's|"
                            r"theyre|they're)\b(?!\s+(?:said|says|told|thinks|wants|asked)\b)")
#: news due, no plan to wish luck for ("your results goes on april 5")
_NEWS = re.compile(rf"\b{NEWS_NOUNS}$")
#: words a plan's name does not end with
_NO_END = frozenset("on at in to for with from of the a an and or him her them it me".split())


def plan_ahead(view: TurnView) -> tuple[str, str] | None:
    """The newest plan with a day ahead told in this visit, as (event, day), or None."""
    if view.now is None:
        return None
    today = view.now.date()
    told = [m for m in view.history if m.role == "user" and view.now - m.created_at < VISIT]
    for message in reversed(told):
        for sentence in reversed(_SENTENCES.split(message.content)):
            low = sentence.lower()
            if _PAST.search(low) or _SAD.search(low):
                continue
            mentions = find_dates(low, message.created_at)
            days = [d.date for d in mentions]
            ahead = [d for d in days if d > today]
            if not ahead or len(set(days)) > 1:
                continue  # none ahead, or two days in one sentence (a move, a schedule)
            before = low[:mentions[0].start]
            if _SOMEONE_ELSES.search(before) or owner_of(before):
                continue  # "shes getting braces thursday", "my mom is at a conference till
                # wednesday": theirs, no "have fun at your ..."
            moved = moved_plan(low)  # "my recital got pushed to thursday so i get 2 more days"
            event = moved[0] if moved else event_phrase(low)
            thing = as_thing(event.strip()) if event else None
            if not thing or _THEIRS.match(thing) or len(thing.split()) > 4 or \
                    not re.search(r"[a-z]{3,}", thing) or _NEWS.search(thing) or \
                    thing.split()[-1] in _NO_END:
                continue  # news is no "tell me how it goes"; "getting the on": a loose parse
            thing = second_person(thing)
            if not thing.startswith(("your ", "the ", "a ", "an ")) and "'s" not in thing:
                # "the wedding is saturday" (an aunt's): the wedding, not "your wedding"
                told_the = re.search(rf"\bthe {re.escape(thing)}\b", low) and \
                    not CONTEST.search(thing)  # ("the bio test is friday" is theirs)
                thing = f"the {thing}" if told_the else f"your {thing}"
            return thing, day_said(ahead[0], today)
    return None


def goodbye_plan(turn: Turn, lines: Lines) -> list[Proposal]:
    """Goodbye lines that name the plan ahead ("bye!! good luck at your recital on
    thursday 🍀"), or none."""
    if turn.act.name != "goodbye":
        return []
    found = plan_ahead(turn.view)
    if found is None:
        return []
    event, day = found
    key = "goodbye_luck" if CONTEST.search(event) else "goodbye_plan"
    if re.search(r"\b(?:night|nite|gn|bed|sleep)\b", turn.view.text.lower()):
        key = f"{key}_night"  # "ok gtg sleep": goodnight, and the plan
    return [Proposal(t.replace("{event}", event).replace("{day}", day), "skill:goodbye_plan",
                     NAMED) for t in pick(lines.get(key), turn.rng, 2)]


_PET_WORD = re.compile(r"\b(" + "|".join(sorted(PETS, key=len, reverse=True)) + r")\b")


def pet_named(view: TurnView, this_visit: bool = False) -> str | None:
    """The pet the user named in an earlier visit (or, ``this_visit``, in this one, the
    message itself included): the newest named, or None."""
    before = _told(view, this_visit) + ([view.text] if this_visit else [])
    for k in range(len(before) - 1, -1, -1):
        low = before[k].lower()
        if asks(low):
            continue  # "her bird club was called the feather something right?", "how old is
            # my cat again lol": asked (round 50: "give Old a pat from me")
        around = " ".join(m for m in before[max(0, k - 1):k + 2] if not asks(m.lower())).lower()
        kinds = list(dict.fromkeys(_PET_WORD.findall(low) or _PET_WORD.findall(around)))
        for kind in kinds:  # "WE GOT A KITTEN!!!", then "ok i named her tofu"; the first said
            # first ("my dog bruno is staying with our neighbour mrs patel, hes a pitbull")
            name = names_for(stems(kind), low, around, strict=True)
            if name and re.search(rf"\b(?:mr|mrs|ms|miss|dr|coach)\.? {re.escape(name.lower())}\b",
                                  around):
                continue  # a person ("mrs patel"), not the pet (round 63: "how's Patel doing?")
            if name and len(name) > 1 and name.replace(" ", "").isalpha() and (
                    name.lower() not in _NOT_PET_NAMES or  # "my dog tank": Tank, a name
                    re.search(rf"\b(?:my|our) {kind}s? {re.escape(name.lower())}\b", low) and
                    name.lower() in _THING_NAMES):
                return name.capitalize()  # (never "10" of "its 10 to 4": round 44)
    return None


#: words a pet is not called, which a loose reading can take for its name
_NOT_PET_NAMES = frozenset("club walk feeder cage tank bowl food toy bed house team group stable "
                           "barn farm shelter vet store shop park yard pen coop hutch "
                           # "she has to walk her grandmas dog first" (round 41: "little First")
                           "first too again now later today tonight already tho though then "
                           "lol every sitter sitting "
                           # "the duck loves it tho" beside "whats my ducks name" (round 58:
                           # "give Name a pat from me")
                           "name names called "
                           # "what color is my cat lol" (round 73: "give Color a pat from me")
                           "color colour age breed size kind type weight".split())
#: things a pet may still be called when "my dog tank" says so (not "first", "too", "now")
_THING_NAMES = frozenset("tank club cage bowl bed house barn toy".split())
_ASKED_AFTER = re.compile(r"\bhow's (?:little )?\w+|\bdid \w+ do\b")


def _told(view: TurnView, this_visit: bool = False) -> list[str]:
    """The user's messages of earlier visits (or, ``this_visit``, of this one), oldest
    first; none without a clock."""
    if view.now is None:
        return []
    return [m.content for m in view.history if m.role == "user" and
            (view.now - m.created_at < VISIT) == this_visit]


def _opening(turn: Turn) -> bool:
    """A hello that opens a later visit with no plan to follow up: free to ask after
    something told before."""
    view = turn.view
    return turn.act.name == "greeting" and view.new_session and view.follow_up is None


def greet_pet(turn: Turn, lines: Lines) -> list[Proposal]:
    """A hello that asks after the pet named before ("heyy! how's Tofu doing? 🐾")."""
    view = turn.view
    if not _opening(turn):
        return []
    pet = pet_named(view)
    if pet is None or any(m.role == "assistant" and _ASKED_AFTER.search(m.content)
                          and pet in m.content for m in view.history):
        return []  # asked after once is enough
    return [Proposal(t.replace("{pet}", pet), "skill:greet_pet", GREET)
            for t in pick(lines.get("greet_pet"), turn.rng, 2)]


#: something the teen does, told in an earlier visit: "so i joined the beekeeping club at
#: school", "im taking a ceramics class on saturdays"
_DOING = re.compile(
    r"\b(?:i|we)\s+(?:just\s+|finally\s+|also\s+)?(?:joined|started|signed\s+up\s+for|got\s+into|"
    r"made|am\s+doing|am\s+taking)\s+(?:the\s+|a\s+|an\s+|this\s+|my\s+school'?s?\s+)?"
    r"(?P<thing>(?:[a-z]+\s+){0,2}?(?:club|class|team|crew|band|lessons|course|league|camp|choir|"
    r"orchestra|workshop))\b|"
    r"\b(?:im|i'm)\s+(?:doing|taking|in)\s+(?:the\s+|a\s+|an\s+|this\s+)?"
    r"(?P<thing2>(?:[a-z]+\s+){0,2}?(?:club|class|team|crew|band|lessons|course|league|camp|"
    r"choir|orchestra|workshop))\b")
_NOT_DOING = frozenset("new first last same other whole school my our".split())


def doing_named(view: TurnView) -> str | None:
    """What the teen does, told in an earlier visit (the newest): "the beekeeping club"."""
    for text in reversed(_told(view)):
        for found in reversed(list(_DOING.finditer(text.lower()))):
            thing = (found.group("thing") or found.group("thing2")).strip()
            words = thing.split()
            if len(words) < 2 or words[0] in _NOT_DOING:
                continue  # "joined a club": which one is not said
            return f"the {thing}"
    return None


def greet_doing(turn: Turn, lines: Lines) -> list[Proposal]:
    """A hello that asks after what the teen does ("hey you! 👋 how's the beekeeping club
    going?"), once, when no plan is due."""
    view = turn.view
    if not _opening(turn):
        return []
    thing = doing_named(view)
    if thing is None or any(m.role == "assistant" and thing in m.content
                            for m in view.history):
        return []
    return [Proposal(t.replace("{thing}", thing), "skill:greet_doing", GREET)
            for t in pick(lines.get("greet_doing"), turn.rng, 2)]



#: the teen says who they are: "hiii ok so im mateo, im 15 and i play goalie"
_INTRODUCES = re.compile(r"\b(?:im|i'm|i am|my name is|my names|my name's|name's|names|its|it's)"
                         r"\s+([a-z]+)\b|"
                         # "hey sunny, owen here. first time using this"
                         r"^(?:(?:hi+|hey+|hello|yo|sup|ok|so|um+)\W+)*(?:sunny\W+)?"
                         r"([a-z]+) here\b")
#: an age right after the name ("im tamsin and im 14", "im eli im 13", "im zoe (16)"): a name
#: the lexicon may not know
_AGE_AFTER = re.compile(r"\s*(?:,|and)?\s*(?:im|i'm|i am)?\s*\(?\d{1,2}\b"
                        r"(?!\s*(?!yrs\b|years\b)[a-z]+s\b)")  # not "im bringing 5 friends"
_NOT_NAMES = frozenset("so not just really only almost like literally about turning still "
                       "finally also gonna going in at on new here back home done fine good "
                       "okay ok sorry sure bored tired sad happy free busy out off up down "
                       "ready late early sick alone orange red blue green pink purple yellow "
                       "black white gray grey brown gold silver".split())
#: (the colours above: "its orange so i named it mango" tells the drone's colour, no name)
_CALL_YOU = re.compile(r"\s*(?:so,? )?what(?:'s| is| should I call| do I call) (?:you|your "
                       r"name)\b[^?]*\?", re.I)
_HI = re.compile(r"^(?:hi+|hey+|hello|heyy+|welcome)\b", re.I)  # a reply that greets already
_MET = re.compile(r"^(?:nice to meet you|omg hi)\b", re.I)  # a hello that greets no one yet
#: the curious and glad lines that say nothing of an introduction: met by name instead
_PLAIN = frozenset({"skill:ack", "skill:ack_named", "skill:glad", "skill:glad_named",
                    "skill:laugh", "skill:laugh_named", "skill:hype", "skill:moment_affection"})
#: "my friend said u were nice to talk to", "first time using this"
_SENT = re.compile(r"\b(?:friend|sister|brother|cousin|someone|everyone|people)\w* (?:said|says|"
                   r"told me|recommended)\b|\bfirst time (?:using|trying|talking|on|here)\b|"
                   r"\bnever (?:done|used|tried) (?:this|an? (?:ai|bot|app))\b")


def introduced(view: TurnView) -> str | None:
    """The first name the teen gives in this message, when it opens the conversation (no
    reply of Sunny's has used it yet): "Mateo" of "hiii ok so im mateo, im 15 and i play
    goalie"; else None."""
    if len([m for m in view.history if m.role == "user"]) > 3:
        return None
    low = view.text.lower()
    for found in _INTRODUCES.finditer(low):
        name = found.group(1) or found.group(2)
        aged = _AGE_AFTER.match(low, found.end()) and len(name) > 2 and not name.endswith(
            "ing")  # "im bringing 5 friends"
        if found.group(0).startswith("it") and re.match(r"\s*\d", low[found.end():]):
            continue  # "wait no its pier 3 not pier 2": a place, no name
        if (is_first_name(name) or aged) and name not in _NOT_NAMES | PETS and not any(
                m.role == "assistant" and name in m.content.lower() for m in view.history):
            return name.capitalize()
    return None


def greet_by_name(view: TurnView, ranked: list[Candidate], lines: Lines
                  ) -> list[Candidate]:
    """The replies to a message that introduces the teen, met by their name: a hello first
    ("hi Mateo! I'm Sunny 😊 wait, u16 team? tell me more 👀"), the name put in a reply
    that greets already ("hi Priya, welcome! ...", no more "what should I call you?"), a
    plain curious line ("tell me the whole thing") given for a greeting by name; a reply
    that names them or greets them by name already as it is."""
    name = introduced(view)
    if name is None or not ranked:
        return ranked
    out = []
    for c in ranked:
        if name in c.text or c.source.startswith("skill:greet"):
            out.append(c)
            continue
        if _HI.match(c.text):  # "hi, welcome! ... what should I call you?" -> "hi Priya,
            text = _HI.sub(lambda m: f"{m.group(0)} {name}", c.text, count=1)  # welcome! ..."
            out.append(replace(c, text=_CALL_YOU.sub("", text).strip()))
            continue
        if c.source in _PLAIN or re.search(rf"\b{name.lower()}\b", c.text.lower()):
            # "im marcus im 13": met, not "tell me the whole thing", "wait, lena? tell me
            # more 👀" nor a written line that took the name for another's ("omar's home,
            # yay 🎉"); one sent by a friend or new to this is told they are welcome
            met = lines.get("greet_sent" if _SENT.search(view.text.lower()) else "greet_named")
            out.append(replace(c, text=met[len(out) % len(met)].replace("{them}", name),
                               source="skill:greet_named"))
            continue
        hello = f"hi {name}! " if _MET.match(c.text) or "Sunny" in c.text else \
            f"hi {name}! I'm Sunny 😊 "
        out.append(replace(c, text=hello + c.text))
    return out
