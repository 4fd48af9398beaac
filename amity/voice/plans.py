"""The follow-up on a dated plan: "how did the driving test go?!" as a new visit opens.

Contract: ``follow_up(turn, lines)`` is a skill (see ``skills``): for a new session with a
due plan (``TurnView.follow_up``) it asks how it went, names it back when the first message
already talks of it, or asks after the others due. ``tidy_plans`` gives the due plans with
names that read as things ("the see phoebe bridgers" -> "seeing phoebe bridgers", a name
that is no thing by its day: "saturday's plan"; what reads as a thing is ``plan_names``');
``told_plan`` and ``ask_after`` serve the voice and the echo (``as_thing`` is re-exported).
Pure functions over the turn; knows nothing about models or storage.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..nlp.facts.coref import parse
from ..nlp.facts.events import NEWS_NOUNS, WEEKDAYS
from ..nlp.facts.lexicon import EVENT_NOUNS
from ..types import FollowUp
from . import recall
from .bank import content
from .lines import Lines
from .plan_names import as_thing, doing, garbled
from .recall_words import stems
from .skills import Proposal, Turn, pick

__all__ = ["as_thing", "ask_after", "follow_up", "garbled", "guess_plan", "tidy_plans",
           "told_plan"]


def follow_up(turn: Turn, lines: Lines) -> list[Proposal]:
    """The opening of a new session about a dated plan: "how did the driving test go?!"
    for one that passed, "isn't the driving test today?!" for one that is today; when the
    first message already talks about a due plan ("I PASSED MY DRIVING TEST"), the plan
    named back without asking how it went; the other plan due is asked after it."""
    plans = tidy_plans(turn.view.follow_up)
    if not plans or not turn.view.new_session:
        return []
    # a plan known only by its day ("friday's plan") is asked after only when none has a name:
    # the one asked after it is never a day alone (dev23: "wait, friday's plan happened,
    # right?" left the dad's retirement party unasked)
    due = next((p for p in plans if not p.event.endswith("'s plan")), plans[0])
    told = told_plan(turn.view.follow_up, turn.view.text)
    if told is not None and told.kind == "birthday":
        return []  # "it's my birthday!!": the greeting and the cheer answer it
    first = told or due
    key = {"birthday": "followup_birthday", "today": "followup_today"}.get(first.kind, "followup")
    if first.kind == "event" and (first.whose or _CARE.search(first.event)):
        # someone else's plan is not "did you survive it lol"; a surgery is no "disaster? 😄"
        key = "followup_care" if _CARE.search(first.event) else "followup_theirs"
    if first.kind == "event" and _NEWS.search(first.event):
        key = "followup_news"  # "did the decisions from your dream school come out?!"
    if told is not None:
        key = "followup_told_good" if _WENT_WELL.search(turn.view.text) and \
            lines.get("followup_told_good") else "followup_told"  # "I PASSED!!! the exam
        # was saturday": cheered, not "I was thinking about that, tell me more"
    event = "birthday" if first.kind == "birthday" else recall.second_person(first.event)
    opener = "heyy! " if turn.act.name == "greeting" and told is None else ""
    more = _also_all([o for o in plans if o != first], 1 if told is not None else 2)
    # (news told first: one question after it, "wait yes, the winter camping trip! ... oh and
    # how were Caleb's birthday and ..." was rated not sensible in round 74)
    were = _plural(event)  # "how were Nia's braces?"
    return [Proposal((opener if not re.match(r"(?:hey|hi|heyy)\b", t, re.I) else "")
                     + (t.replace("how was the {event}", "how were the {event}") if were else t)
                     .replace("the {event}", _the(event) + event)
                     .replace("{event}", _the(event).capitalize() + event if t.startswith(
                         "{event}") else _the(event) + event) + more, "skill:followup", 2.0)
            for t in pick(lines.get(key), turn.rng)]  # (not "heyy! hey! isn't today...")


#: news that a plan went well, told first thing in a visit
_WENT_WELL = re.compile(r"\b(?:passed|won|aced|nailed|killed it|crushed it|i did it|made "
                        r"(?:it|the team)|got (?:in|the part|first|1st|gold|a 1)|first place|"
                        r"(?:was|were) (?:so |literally |actually |honestly |really |lowkey )*"
                        r"(?:amazing|awesome|perfect|the best|incredible|so fun|fun|great)|"
                        r"went (?:so |really |way )?(?:well|great|amazing|better)|best day)\b",
                        re.I)
#: words a plan's name may not start or end with: "the see phoebe bridgers in chicago",
#: "the taking the train up", "the quiz you", "big news volleyball tryouts" (a loose parse)
_EVENT_HEAD = re.compile(r"^(?:(?:(?:big|good|bad) )?news|so|ok|also|and|there'?s an?|there'?s|"
                         r"see|seeing|take|taking|try|says|said|thinks|"
                         r"trying|join|joining|meet|meeting|go to|going to|monday|tuesday|"
                         r"wednesday|thursday|friday|saturday|sunday|to|"
                         # "the trainer said graduation": the graduation
                         r"(?:the |my |our )?[a-z]+ (?:said|says)|an?(?= \w+ \w))\s+", re.I)
_EVENT_TAIL = re.compile(r"(?<!\block)(?<!\bweigh)(?<!\bcheck)(?<!\bsit)"  # a "lock in"
                         r"\s+(?:you|u|me|it|him|her|them|again|to meet|tho|lol|on|at|in|for|"
                         r"with|to|from|about)$", re.I)




def _by_day(plan: FollowUp, event: str) -> str | None:
    """A plan whose name is no thing named by its day and the last thing its name holds:
    "saturday's kiln thing" (of "from the kiln"), "tuesday's trip" (of "trip to look"),
    "saturday's plan"; today's by the thing alone ("the overlocker thing") or "the big
    day"."""
    nouns = [t.lower_ for t in parse(event) if t.tag_ in {"NN", "NNS"} and len(t.text) > 2
             and t.text.isalpha()]  # (not "saturday's 3rd thing")
    thing = "" if not nouns else nouns[-1] if nouns[-1] in EVENT_NOUNS else f"{nouns[-1]} thing"
    if plan.kind == "today" or plan.when is None:
        return thing or ("big day" if plan.kind == "today" else None)
    return f"{WEEKDAYS[plan.when.weekday()]}'s {thing or 'plan'}"


#: a plan asked after with care: "how did your grandma's hip surgery go? I hope it went okay"
_CARE = re.compile(r"\b(?:surgery|operation|hospital|procedure|chemo|biopsy|scan|treatment|"
                   r"wisdom teeth|stitches|er)\b", re.I)
#: news due, not a thing done: "decisions from my dream school", "my sat scores"
_NEWS = re.compile(rf"\b{NEWS_NOUNS}\b", re.I)
#: a plan no friend asks "how was it?" about
_SOMBER = re.compile(r"\b(?:funeral|memorial|wake|burial|vigil|cremation)s?\b", re.I)


_KIN_S = re.compile(r"^(?:my |the )?(mom|mum|dad|sister|brother|grandma|grandpa|nana|aunt|uncle|"
                    r"cousin|stepdad|stepmom)s\b", re.I)
#: a name that is no plan: a habit ("movie nights"), a clause ("shes coming from phoenix,
#: she lands")
#: a verb before someone's plan: "runs a half marathon", "has her recital"
_THEIR_VERB = re.compile(r"^(?:runs|has|does|takes|starts|plays|is (?:running|doing|taking|"
                         r"having|starting))\s+(?:(?:a|an|the|her|his|their)\s+)?(?=\w+)", re.I)
_NO_PLAN = re.compile(r"\b(?:nights|mornings|weekends|days)$|\b(?:some|any)$|,|"
                      r"^(?:shes|hes|she|he|they|theyre|"
                      r"its|it's|i|im)\b", re.I)


#: a chore left for, no plan to ask after: "ok gotta go do homework, later"
_ROUTINE = re.compile(r"^(?:(?:go|going|gotta|do|finish|start|eat)\s+)*(?:my |the |some )?"
                      r"(?:homework|hw|chores|dinner|lunch|laundry|shower|sleep|bed|nap|"
                      r"dishes)$", re.I)


#: someone's plan named by what they get: "getting the braces" (not "getting the cast off")
_GETTING = re.compile(r"^getting (?:the|her|his|their|new) "
                      r"([a-z]+(?: (?!off$|out$|done$)[a-z]+)?)$", re.I)
#: a plan's name that says whose it is already: "rosa's wedding", "your birthday"
_OWNED = re.compile(r"^(?:[a-z]+'s|your|my|his|her|their|our)\b", re.I)


#: a doing joined on after a name: "the trip to pine ridge nordic center and leaving"
_AND_DOING = re.compile(r"(?<=\S)\s+and\s+\w+ing\b(?!\s+(?:day|night|party|trip|contest))"
                        r".*$", re.I)
#: people a told plan may be about, when the tagger reads them as plain nouns
_PEOPLE = frozenset("""mom dad mum sister brother sis bro grandma grandpa nana papa aunt uncle
cousin friend coach teacher""".split())


def said_as_clause(event: str) -> bool:
    """A plan's name that is a sentence, someone doing or having done something: "riley
    invited you to a sleepover", "Nate gets back from his navy base" (not "permission slips
    for the trip", whose "slips" the tagger reads as a verb)."""
    for tok in parse(event):
        if tok.dep_ == "ROOT" and tok.tag_ in {"VBZ", "VBD"}:
            return any(c.dep_ == "nsubj" and (c.tag_ == "NNP" or c.text[:1].isupper() or
                                              c.lower_ in _PEOPLE or c.tag_ == "PRP")
                       for c in tok.children)
    return False


def _asdoing(event: str) -> str:
    """A someone's plan told with its verb, as a doing: "gets back from his navy base" ->
    "getting back from his navy base"; anything else as it is."""
    toks = [t for t in parse(event) if not t.is_punct]
    if len(toks) >= 2 and toks[0].tag_ == "VBZ" and toks[0].lemma_.isalpha() and \
            toks[1].tag_ in {"RP", "RB", "IN", "DT", "PRP$"}:
        return f"{doing(toks[0].lemma_.lower())} {event.split(maxsplit=1)[1]}"
    return event


def tidy_plans(due: FollowUp | None) -> tuple[FollowUp, ...]:
    """The due plans with their names tidied; one whose name is no thing (``as_thing``) is
    named by its day when it has one ("how did saturday's plan go?"); one whose name is
    no thing at all ("try again", "saturday to meet") or a sad one (a funeral) is left out."""
    out: list[FollowUp] = []
    for plan in (due, *due.also) if due is not None else ():
        event = plan.event.strip()
        while (cut := _EVENT_TAIL.sub("", _EVENT_HEAD.sub("", event))) != event:
            event = cut
        event = mend_plan(event, plan.whose)
        if not event:
            continue
        if _ROUTINE.match(event):
            continue  # "go do homework": a chore, no plan (not "tuesday's plan" for a piece
            # of a sentence)
        if plan.whose and re.fullmatch(r"[a-z]+ed", event):
            event = f"getting {event}"  # "bella gets baptized sunday": "Bella getting
            # baptized", not "Bella's baptized" nor "sunday's plan"
        if plan.kind != "birthday" and (thing := as_thing(event)) != event:
            event = thing or _by_day(plan, "" if garbled(event) else event) or ""
            # (a piece of a sentence is no thing: "saturday's plan", not "saturday's posters
            # thing" of "go make posters")
        elif plan.whose and event and not _OWNED.match(event) and \
                plan.whose.split()[-1].lower() not in event.lower():
            # "how was your dad's job interview?", "how was Ramon bringing his truck?"
            event = _THEIR_VERB.sub("", event)  # "runs a half marathon" of mom: "your
            # mom's half marathon"
            event = _asdoing(event)  # "gets back from his navy base" of Nate: "Nate getting
            # back from his navy base", not "Nate's gets back from ..." (round 70)
            got = _GETTING.match(event)  # "getting the braces" of Ava: "Ava's braces"
            event = f"{plan.whose}'s {got.group(1)}" if got else f"{plan.whose} {event}" \
                if _adoing(event) else f"{plan.whose}'s {event}"
        if len(_AND_DOING.sub("", event).split()) >= 2:
            event = _AND_DOING.sub("", event)  # "the trip to pine ridge nordic center and
            # leaving": the trip (round 70)
        if said_as_clause(event):
            event = _by_day(plan, event) or ""  # "riley invited you to a sleepover": a
            # sentence, no name; its last thing by its day ("friday's sleepover"; round 69:
            # "Riley's invited you to a sleepover!! ... tell me everything")
            if not event:
                continue
        if _VISITS.match(event) and plan.whose:
            event = f"{plan.whose}'s visit"  # "cousin diego visits": "Diego's visit", not
            # "how were the cousin diego visits?" (round 74's scenarios)
        event = _KIN_S.sub(r"your \1's", event)  # "moms c-section": "your mom's c-section"
        event = re.sub(r"'s's\b", "'s", event)  # (not "your cousin's's visit", round 53)
        if _SOMBER.search(event) or _NO_PLAN.search(event) or _ROUTINE.match(event):
            continue  # "the church has a funeral on friday": no "how was the funeral?"; "our
            # friday movie nights" happen every week; "shes coming from phoenix, she lands"
        if plan.kind == "birthday" or re.search(r"[a-z0-9]{3,}", event, re.I) and \
                event.lower() not in ("again", "it", "that", "going", "go", "doing",
                                      "coming", "leaving", "heading", "getting") and not (
                    # ("how was leaving?" of "leaving friday after school", dev27)
                    event.lower() == "meet" and plan.event.strip().lower() != "meet"):
            # ("the meet is friday" is a meet; "saturday to meet" none)
            out.append(replace(plan, event=event, also=()))
    return tuple(out)


#: someone's visit said with its verb: "cousin diego visits", "my aunt comes to visit"
_VISITS = re.compile(r"^(?:(?:my|your|our|the) )?(?:[a-z]+ ){0,2}(?:visits|comes to visit|"
                     r"is visiting|comes over|is coming over)$", re.I)


#: a group's plan said with its verb: "team has regionals" -> "regionals"
_GROUP_HAS = re.compile(r"^(?:the |my |our )?(?:team|club|school|band|class|squad|crew|choir|"
                        r"troop|league) (?:has|have|is having|are having|is doing|are doing) ",
                        re.I)
#: a verb said after the plan's name: "dads band plays" -> "dads band"
_VERB_AFTER = re.compile(r"\s+(?:plays|play|starts|start|opens|open|ends|is|are|comes|goes|"
                         r"happens|performs|leaves|lands)$", re.I)
#: opening a place is the opening: "opens his barbershop" -> "barbershop opening"
_OPENS = re.compile(r"^(?:opens|is opening|launches) (?:his|her|their|the|a|an) (?P<place>.+)$",
                    re.I)
#: no plan: a person ("brother ken", of Ken), a count ("3 times"), a mood ("nervous wreck"),
#: something that will not happen ("friend cant practice")
_KIN_WORDS = frozenset("""brother sister bro sis cousin friend bestie mom mum dad grandma grandpa
nani nana aunt uncle stepdad stepmom the my his her your""".split())
_NOT_A_PLAN = re.compile(r"^\d+ times?$|\bwreck\b|^(?:the |some |good )?luck$|\b(?:u|ur)\b|"
                         # an idiom's word: "my legs are killing me today" (round 52: "heyy!
                         # how'd killing go?")
                         r"^(?:killing|dying|destroying|murdering)\b|"
                         r"\b(?:cant|can't|cannot|wont|won't|not|dont|don't|isnt|isn't|never)\b",
                         re.I)
#: the thing got, named as the thing: "getting the betta" -> "the new betta"
_GOT_THING = re.compile(r"^getting (?:the|a|an|my|our) (?P<thing>[a-z]+)$", re.I)


def mend_plan(event: str, whose: str) -> str:
    """A plan's name mended for saying back, or "" when it names no plan: a grade before the
    thing ("7 piano exam"), a group's "has", a verb after the name, a shop that opens, a thing
    got; a person, a count, an idiom or a plan that will not happen is none."""
    event = re.sub(r"^\d{1,2}\s+(?=[a-z]{3,})(?!(?:times?|min|mins|minutes?|hours?|hrs?|miles?|"
                   r"km|pages?|days?|weeks?|years?|seconds?|secs?|feet|foot|person|people)\b)",
                   "", event)  # "7 piano exam" (grade 7), not "5 min presentation"
    event = _GROUP_HAS.sub("", event)
    if (opens := _OPENS.match(event)) is not None:
        event = f"{opens.group('place')} opening"
    event = _VERB_AFTER.sub("", event)
    if _NOT_A_PLAN.search(event):
        return ""
    names = {w.lower() for w in (whose or "").replace("'s", "").split()}
    words = {w.lower() for w in event.split()}
    if names and words - names and words - names <= _KIN_WORDS and words & names:
        return ""  # "brother ken" of Ken: a person, no plan
    if not whose and (got := _GOT_THING.match(event)) is not None:
        return f"the new {got.group('thing')}"
    return event


def told_plan(due: FollowUp | None, text: str) -> FollowUp | None:
    """The due plan (or another due with it) that the message already talks about."""
    text = _IM_BACK.sub(" ", text)  # "im back!! the RV trip was so fun": not the cruise she
    # "gets back from" (round 57)
    said, words = stems(text), content(text)
    plans = tidy_plans(due)
    own = bool(re.search(r"\b(?:i|we|my|our|me|us)\b", text.lower()))
    if own:
        plans = sorted(plans, key=lambda p: bool(p.whose))  # "SUNNY WE WON 2ND PLACE": the
        # teen's own contest, not their brother's game (round 60)
    return next((p for p in plans
                 if (content(p.event) - content(p.whose) - _ANY_PLAN) & words
                 or (stems(p.event) - stems(p.whose) - _ANY_PLAN) & said), None) or next(
        (p for p in plans if _kinds(p.event) & _kinds(text) and not (own and p.whose)),
        None)  # (not "SUNNY WE WON" as Daichi's game, round 66; "THEY HATCHED"; a plan
    # named before one of its kind only: "the RV trip" over the cruise; not "what a day", nor
    # "my dad is so annoying" of his half marathon)


_IM_BACK = re.compile(r"\b(?:i'?m|im|i am|we'?re|were|we are) (?:finally |so )?back\b", re.I)


#: words in many plans' names, that tell of no one plan ("what a day" is no "hatch day")
_ANY_PLAN = frozenset("day night time thing week weekend morning afternoon evening big first "
                      "last new".split())


#: words that tell one kind of plan: "i finished my first 5k!!!" tells of the glow run
_KIND_WORDS = {"run": re.compile(r"\b(?:run|race|5k|10k|marathon|ran|finish line)\b"),
               "test": re.compile(r"\b(?:test|exam|quiz|final|midterm|passed|failed|aced)\b"),
               "game": re.compile(r"\b(?:game|match|tournament|won|lost|scored|contest|"
                                  r"competition|comp|cook-?off|bake-?off|place|placed)\b"),
               "show": re.compile(r"\b(?:show|recital|concert|performance|gig|open mic)\b"),
               # "back from mexico!!" tells of the trip (to guadalajara)
               "trip": re.compile(r"\b(?:trip|vacation|back from (?!school|work|practice|"
                                  r"class)|got back|flew back|landed)\b"),
               # "the party was saturday" tells of the sister's birthday (round 74)
               "party": re.compile(r"\b(?:party|birthday|bday|b-day|sleepover)\b")}


def _kinds(text: str) -> set[str]:
    low = text.lower()
    return {kind for kind, words in _KIND_WORDS.items() if words.search(low)}


def ask_after(due: FollowUp, most: int = 2) -> str:
    """The due plans asked after a reaction: " oh and how was the close?" (``_also_all``);
    after news of the teen's own, one question only (``most=1``)."""
    return _also_all(list(tidy_plans(due)), most)


def guess_plan(due: FollowUp, own: bool = False) -> tuple[str, str] | None:
    """The due plan news is most likely about, named ("the party"), and the other due plans
    asked after it (" oh and how was your aunt's baby shower?"): the teen's own plan that
    passed first, else one today, else someone else's (not when the news is ``own``: "I did
    it"); None when none has a name."""
    every = list(tidy_plans(due))
    plans = [p for p in every if not p.event.endswith("'s plan") and not _CARE.search(p.event)
             and not (own and p.whose)]  # "SUNNY i did it" is the teen's own: not "was this
    # your mom's first day at the new job?!" (round 55)
    if not plans:
        return None
    plans.sort(key=lambda p: (bool(p.whose), p.kind == "today"))
    return _said_plan(plans[0]), _also_all([p for p in every if p != plans[0]])


def _also_all(plans: list[FollowUp], most: int = 2) -> str:
    """The other plans due, asked after the first, never a pile: a surgery with care, then
    two that passed in one question (" oh and how were the concert and eli's game?") or one
    (" oh and how was the interview?"); never one that is today (" oh and isn't X today?" was
    rated sensible 0.20 in rounds 66-76); one known only by its day ("thursday's plan") is not
    asked after another. Round 49's worst reply was a pile after news ("oh and how were your
    dad's work holiday party and the math quiz? oh and isn't opening night today?"); asking
    none of the rest lost follow-ups the teen expects (memory_dev23: 27 -> 24 of 30 made;
    session 60: one only lost 4 of 150 in the sealed sets)."""
    plans = [p for p in plans if not p.event.endswith("'s plan")]
    care = [p for p in plans if _CARE.search(p.event)][:1]
    if most == 1:  # news told first: one question after it, never a second (rounds 48-57:
        # openers with "oh and how were X and Y?" after the teen's news were rated 0.58, the
        # rest 0.73)
        one = care or sorted((p for p in plans if p.kind != "today"),
                             key=lambda p: bool(p.whose))[:1]  # (own first)
        return "".join(_also(p) for p in one)
    passed = [p for p in plans if p.kind != "today" and p not in care]
    out = "".join(_also(p) for p in care)
    if len(passed) >= 2:
        named = [_said_plan(p) for p in passed[:2]]
        return out + f" oh and how were {named[0]} and {named[1]}?"
    return out + (_also(passed[0]) if passed else "")  # (never "oh and isn't X today?":
    # rounds 66-76 rated it sensible 0.20)


def _said_plan(plan: FollowUp) -> str:
    """A plan named to the user: "the interview", "your sister's birthday" (``plan`` one of
    ``tidy_plans``, its name mended there)."""
    return _the(plan.event) + recall.second_person(plan.event)


def _also(plan: FollowUp) -> str:
    """A second plan due, asked after the first: "oh and how was the interview?"."""
    event = _said_plan(plan)
    plural = _plural(event)  # "how were the tests?"
    if plan.kind == "today":
        return f" oh and isn't {event} today?"
    if _CARE.search(event):
        return f" oh and how did {event} go? I hope it went okay 💛"
    return f" oh and how {'were' if plural else 'was'} {event}?"


def _plural(event: str) -> bool:
    """A plan named in the plural ("the tests", "Nia's braces"; not "class", "tennis",
    "the bus" or "christmas")."""
    return re.search(r"(?<!ma)[^sui']s$", event) is not None


_EVENTS_TOO = frozenset("party exam tournament competition shift shifts".split())
_DETERMINERS = frozenset("the a an his her my your their our its".split())
_ING_NOUNS = frozenset("wedding meeting reading hearing painting building evening outing "
                        "training screening fitting clothing gathering spring morning".split())


def _adoing(event: str) -> bool:
    """A plan named by a doing ("bringing his truck", "getting the cast off"), not an -ing
    noun ("wedding", "meeting") nor one naming an event ("fencing tournament", "nursing exam",
    "going away party")."""
    words = event.split()
    first = words[0]
    if len(words) > 1 and (words[-1].lower() in EVENT_NOUNS or words[-1].lower() in _EVENTS_TOO) \
            and not {w.lower() for w in words[1:]} & _DETERMINERS:
        return False  # (but "running the bake sale" is a doing)
    return first.endswith("ing") and first not in _ING_NOUNS


def _the(event: str) -> str:
    """"the " before a plan, none before someone's ("the interview", "freya's birthday",
    "your birthday")."""
    words = event.split()
    owned = "'s" in words[0] or words[0][:1].isupper() and len(words) > 1 and words[1].endswith(
        "ing")  # (not "trip to your grandpa's cabin"; "Ramon bringing his truck" is his)
    return "" if owned or event.startswith(("your ", "my ", "the ", "a ", "an ")) \
        or words[0].endswith("ing") and (
            _adoing(event) or words[1:2] in (
                ["your"], ["my"], ["the"], ["a"], ["his"], ["her"], ["their"])) \
        else "the "  # (none before a doing: "how was getting your ears pierced?", "reading
    # your draft"; "the reading" alone is an event)
