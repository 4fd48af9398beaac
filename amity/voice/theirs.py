"""Someone else's dated plan, told in passing: said back as theirs, with a wish for them.

Contract: ``their_plan(turn, lines)`` is a skill (``Voice.propose``). For a plan the turn's
facts give to someone else ("my mom has a job interview at the hospital tomorrow", "my sister
nora has a college tour on thursday", "my big brother karim graduates from nursing school
thursday") it fills a line the team wrote (``skills.json``) with whose plan it is, the plan
and its day:

- a day to celebrate (a graduation, a wedding, a birthday): "their_plan_cheer";
- a hospital visit (a surgery, a scan): care, "their_plan_care";
- a test of some kind (an interview, an exam, a first day, a game): fingers crossed,
  "their_plan_luck";
- anything else (a tour, a trip, a conference): noted and asked after, "their_plan".

A friend who hears "my dad starts his new job monday, hes so nervous" wishes the dad well;
rounds 29-32 met these with comfort for the teen ("that's a scary feeling, and you're not
silly for having it") or "ugh, that's annoying 😤". Pure functions over the turn.
"""

from __future__ import annotations

import re

from .echo import CONTEST, PRIOR, WENT, day_said, said_as_told
from .lines import Lines
from .plans import garbled, mend_plan
from .recall_words import second_person
from .skills import Proposal, Turn, pick

_CHEER = re.compile(r"\b(?:graduat\w*|wedding|birthday|bday|anniversary|party|quince\w*|"
                    r"ceremony|promotion|baby shower|retirement)\b", re.I)
_CARE = re.compile(r"\b(?:surgery|operation|hospital|scan|biopsy|chemo|appointment|checkup|"
                   r"c-section|csection|induced|induction|labou?r|birth|"
                   r"check-up|funeral|procedure|treatment|therapy|mri|x-?ray)\b", re.I)
#: a day that tests them, beside ``echo.CONTEST``: "first day at the new job", "driving test"
_TRIAL = re.compile(r"\b(?:first day|new job|interview|exam|test|audition|tryouts?|shift|"
                    r"defen[cs]e|pitch|review|evaluation|licen[cs]e|boards)\b", re.I)
#: a plan that sounds like a worry or a loss when said back plainly
_GRIM = re.compile(r"\b(?:funeral|court|trial|divorce|hearing|memorial|sentenc\w*)\b", re.I)
#: someone coming to the teen's own event: "she gets to come to the final", "hes coming to my
#: recital" (the event's last word follows)
_COMES_TO = (r"\b(?:come|comes|coming|go|goes|going|be there for|make it to|watch|see|"
             r"attend|attending|fly in for|flying in for|drive up for)\s+(?:to\s+)?"
             r"(?:the|my|our|me at the|me at my)\s+(?:[a-z]+\s+){0,2}")
#: kin named inside the plan itself: its owner is not who the facts give
_KIN_IN = re.compile(r"\b(?:grandparents|parents|grandma|grandpa|cousins?|aunts?|uncles?|family|"
                     r"relatives|mom|dad|sisters?|brothers?)\b", re.I)
#: a plan the facts give to someone of the user's: "user's mom", "user's big brother"
_OWNER = re.compile(r"^user's (?P<who>[a-z]+(?:'s)?(?: [a-z]+)?)$")  # ("mom's boyfriend")


#: a verb or a possessive before the plan's thing: "has his", "starts", "gets her"
_VERB = re.compile(r"^(?:(?:has|have|had|starts|start|gets|get|takes|take|does|do|is having|is "
                   r"doing)\s+)?(?:his|her|their|a|an|the)\s+|^(?:starts|start)\s+", re.I)
_ANNOYED = re.compile(r"\bso annoying\b|\bugh+\b|\bannoyed\b|\bcant stand\b|🙄|😤|😒", re.I)


def _owner(subject: str) -> str | None:
    """Whose plan, as Sunny says it: "user's mom" -> "your mom", "Nora" -> "Nora"; None for
    the user's own or a subject that is no one ("it")."""
    if (own := _OWNER.match(subject)) is not None:
        return f"your {own.group('who')}"
    if re.fullmatch(r"[A-Z][a-z]+", subject):
        return subject
    return None


#: what no plan's name holds: a second owner, a pronoun, a verb of its own at the end
_NO_NAME = re.compile(r"'s\b|^(?:shes|she|hes|he|they|theyre|it|its)\b|"
                      r"\b(?:leaves|arrives|lands|comes|goes|gets|starts|see the|the)$", re.I)
_TITLES = frozenset("mr mrs ms miss dr coach".split())


_MISSED = re.compile(r"\b(?:gonna|going to|will|already|i'?ll|ill|i|so|lowkey|really) miss\b", re.I)


#: news told as sad: "sad news tho my best friend hana is moving to ohio on friday 😞" (round
#: 61: "oh nice, Hana's move to ohio on friday!")
_SAD_NEWS = re.compile(r"\b(?:sad|bad|awful|terrible) news\b|\bsadly\b|\bunfortunately\b|"
                       r"😞|😢|😔|🥲|💔", re.I)


#: how it went, told: the plan is past
_OUTCOME = re.compile(r"\b(?:passed|won|aced|nailed it|killed it|crushed it|made it|got in|got the "
                      r"(?:job|part|spot)|failed|lost|didn'?t make it)\b|\bhad (?:his|her|their|"
                      r"my|our) [a-z ]{2,30}\b(?:on|last|yesterday)\b", re.I)


def their_plan(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    if view.now is None or "?" in view.text or turn.mood == "angry" or \
            _ANNOYED.search(view.text) or _MISSED.search(view.text) or WENT.search(view.text) or \
            _SAD_NEWS.search(view.text) or _OUTCOME.search(view.text):
        return []  # "my aunt moves in on the 20th ... so annoying": no "oh nice"; nor to "my
        # cousin flies home sunday, im gonna miss her" (comfort's); nor "fingers crossed" to
        # "my dog had his good citizen test on saturday. HE PASSED" (round 65)
    today = view.now.date()
    for fact in view.facts:
        if fact.predicate != "event" or fact.when is None or fact.when < today or \
                (owner := _owner(fact.subject)) is None or _GRIM.search(fact.object):
            continue
        event = _VERB.sub("", re.sub(r"^(?:[a-z]+'?s )(?=\S)", lambda m: "" if m.group(0)
                                     .rstrip("s '").lower() in owner.lower() else m.group(0),
                                     fact.object.strip()))
        # ("has his cricket final" of Arjun: "Arjun's cricket final")
        # ("moms c-section" of your mom: "your mom's c-section", not "your mom's moms ...")
        event = mend_plan(event, owner)  # ("brother andre" of Andre: a person, no plan)
        if not event or len(event.split()) > 6 or not re.fullmatch(r"[a-z0-9' -]+", event):
            continue
        if garbled(event) or _NO_NAME.search(event) or \
                owner.split()[-1].lower() in event.split() or owner.lower() in _TITLES:
            continue  # "your uncle's pune's visit", "your mom's shes's visit", "Mrs's leaves",
            # "Nate's best friend nate", "your grandma's see the" (rounds 66-74): a piece of a
            # sentence, no plan's name
        if _KIN_IN.search(event):
            continue  # "when my grandparents visit next sunday": their visit, no "your
            # grandpa's grandparents visit" (round 51)
        if re.search(_COMES_TO + re.escape(event.split()[-1]) + r"\b", view.text, re.I):
            continue  # "my grandma flies in tuesday so she gets to come to the final": the
            # teen's final (round 49: "ooh, your grandma's final on tuesday!")
        key = "their_plan_care" if _CARE.search(event) else \
            "their_plan_cheer" if _CHEER.search(event) else \
            "their_plan_luck" if CONTEST.search(event) or _TRIAL.search(event) else "their_plan"
        day = said_as_told(day_said(fact.when, today), fact.when, view.text)  # ("monday" told
        # on a monday: "next monday", ``day_said``'s own)
        said = f"{owner}'s {event}"
        return [Proposal(t.replace("{plan}", said).replace("{day}", day)
                         .replace("{who}", owner), f"skill:{key}", PRIOR)
                for t in pick(lines.get(key), turn.rng, 3)]
    return []


#: someone's dated day told as gone well: "my dads job interview went good btw, he got a
#: second one next week" (round 49: "ooh, your dad's job interview on monday! fingers
#: crossed" - the news missed, a day invented)
_THEIRS_WENT = re.compile(
    r"\b(?P<who>(?:(?:my|our) (?:[a-z]+ )?)?(?:mom|mum|dad|stepdad|stepmom|sister|brother|cousin|"
    r"aunt|uncle|grandma|grandpa|nan|abuela|abuelo|lola|lolo|nana|papa|best friend|friend))"
    r"(?:'?s)? (?P<event>[a-z]+(?: [a-z]+)?) "
    r"(?:went|was) (?:so |really |super |pretty )?(?:good|well|great|amazing|awesome|perfect)\b",
    re.I)


def their_news(turn: Turn, lines: Lines) -> list[Proposal]:
    """Someone's day told as gone well: glad for them ("their_went_good")."""
    found = _THEIRS_WENT.search(turn.view.text)
    if found is None or "?" in turn.view.text:
        return []
    who = found.group("who").lower()
    who = second_person(who) if who.startswith(("my ", "our ")) else f"your {who}"
    said = f"{who}'s {found.group('event').lower()}"
    return [Proposal(t.replace("{plan}", said).replace("{who}", who), "skill:their_went_good",
                     PRIOR) for t in pick(lines.get("their_went_good"), turn.rng, 3)]
