"""Asked for a view, and told a fix: turns a friend answers with a stance or a nod.

Contract: ``asides(turn, lines)`` is a skill (``skills.SKILLS``). For a few shapes of
message it offers lines the team wrote (``skills.json``, keys ``moment_*``):

- "would u rather fight one horse-sized duck or 100 duck-sized horses": a pick
  ("moment_rather");
- "is it a good idea to dye my hair blue" / "is that a bad idea": a view and why they
  wonder ("moment_good_idea", "moment_bad_idea");
- "what do u think" / "what would u do" after "should i text her or wait": the pick
  (``moments.choice``'s lines, "moment_pick"); with no options said, a friend's rule of
  thumb ("moment_view"), gentler when the talk is low ("moment_view_low");
- a correction ("wait no i meant thursday not tuesday"): the fix taken ("moment_fixed");
- the age told again when Sunny knows it ("im 15 btw"): a nod, not "I have no age"
  ("moment_age").

Pure functions over the turn; knows nothing about models or storage.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from amity.nlp.facts.lexicon import is_first_name

from .lines import LOW_MOODS, Lines
from .moments import PRIOR, lean_of, lines_for
from .recall_fix import said_whole, swaps
from .recall_plain import NOT_FIX
from .recall_words import second_person
from .skills import Proposal, Turn

_RATHER = re.compile(r"\bwould (?:u|you|ya) rather (?P<a>[^?.!]{2,60}?) or "
                     r"(?P<b>[^?.!,]{2,60}?)\s*(?:\?|!|\.|,|$|\blol\b)", re.I)
#: an option that starts without its verb ("be the driver or the programmer")
_BARE = re.compile(r"(?:a|an|the|\d+|some\w*|in|on|at|my|your|like)\b", re.I)
_IF_PICK = re.compile(r"\s+(?:if (?:u|you) (?:had|have) to (?:pick|choose)|tho|though|honestly)$",
                      re.I)
_IDEA = re.compile(r"\b(?:is|would) (?:that|it|this) (?:be )?(?:a )?(?P<how>\w+) idea\b|"
                   r"\bis it (?P<how2>dumb|stupid|smart|crazy) to\b", re.I)
_GOOD = frozenset("good smart great okay ok fine".split())
_BAD = frozenset("bad dumb stupid terrible horrible awful crazy".split())
_VIEW = re.compile(r"\b(?:what do (?:u|you|ya) think(?: i should do| about (?:that|it|this))?|"
                   r"what would (?:u|you) do|wdyt|thoughts|(?:ur|your) (?:opinion|take)|"
                   r"what(?:'s| is|s) (?:ur|your) (?:opinion|take))\s*[?!.]*\s*$", re.I)
#: asked anywhere in the message: "what do u think i should do about the mom thing, just stay
#: out of it?"
_VIEW_ANY = re.compile(r"\bwhat (?:do|would) (?:u|you) (?:think i should do|do)\b", re.I)
_AGE = re.compile(r"^(?:(?:oh|ok|and|also|btw|well)[\s,]+)*(?:im|i'm|i am) (?P<n>1\d|[2-9]\d)"
                  r"(?: (?:years?|yrs?) old| yo)?(?: (?:btw|lol|now|actually))*[\s.!]*$", re.I)
_FIX_MAX_WORDS = 14  # a longer message corrects in passing: its news comes first
#: a message that opens with its fix is about the fix ("wait no i lied its sunday not
#: saturday, i just checked the band app")
_FIX_FIRST = re.compile(r"^\W*(?:(?:ok|okay|oh|omg|ahh?|ooh|and|so|also|um+|hold on)\W+)*"
                        r"(?:wait|no+|nope|actually|oops|sorry|(?:small |quick )?correction|"
                        r"i lied|i meant|"
                        # round 39: "ok so i messed up, the anniversary thing is 10 to 4 not 9
                        # to 3", "ooh wait i need to fix something, the release is at 7:30"
                        r"i messed up|my bad|i need to fix|i checked)\b",
                        re.I)


#: a fix that says only the right one: "wait no its the 9:45 bus", "wait no my race is at 10:15"
_FIXED_TO = re.compile(r"^\W*(?:(?:hmm+|oh|ok|okay|um+|uh+)\W+)?(?:wait\W+)?"
                       r"(?:no+|nope|actually|oops|sorry|correction)\W+"
                       r"(?:[a-z']+\s+){0,4}?(?:the\s+)?"
                       r"(?P<right>\$\d(?:[\d,.]*\d)?|\d+:\d\d(?:\s?(?:am|pm))?(?:\s(?:bus|train)\b)?|"
                       r"\d+(?:\s?(?:am|pm)|\s(?:bucks|dollars|pounds|songs|people|minutes|mins|"
                       r"hours|skeins|min|hrs?|pages|laps|miles|km|days|weeks|months|years|"
                       r"feet|inches)\b)|"
                       # a bare number where it can only be a time, a room or the one meant:
                       # "wait no it starts at 11", "no wait room 5", "oops i mean 3"
                       r"room \d+\b|(?<=\bat )\d{1,2}\b|(?<=\bmean )\d+\b)", re.I)
_SPAN = r"\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:to|-|–)\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?"
#: a fix of a span or of a numbered thing, said whole (rounds 37 and 39 took "4 not 9" of "10
#: to 4 not 9 to 3" and met "wait no its pier 3 not pier 2" with "wait, rules? tell me more")
_SPAN_FIX = re.compile(rf"\b({_SPAN})\s*,?\s+not\s+({_SPAN})|"
                       r"\b((?:pier|room|gate|court|field|lane|bus|table|door|station|exit|"
                       r"platform|section|row|seat|locker|stage|heat|rink|hole|track|pool|"
                       r"building|floor|level|chapter|page|cabin|booth|tent|stall) \d{1,4}[a-z]?)"
                       r"\s*,?\s+not\s+((?:[a-z]+ )?\d{1,4}[a-z]?)\b")
_CHECKS = re.compile(r"\b(?:right|correct|yeah|yea|isn'?t it|wasn'?t it|or was it)\b[^.!]*\?\s*$",
                     re.I)


def _said(turn: Turn, skip: int = 0) -> list[str]:
    """The user's earlier messages in this conversation, newest first."""
    return [m.content for m in reversed(turn.view.history) if m.role == "user"][skip:]


def rather(turn: Turn, lines: Lines) -> list[Proposal]:
    options = _options(turn.view.text)
    if not options:
        return []
    pick = second_person(options[turn.rng.random() < 0.5].strip())
    # above the would-you-rather game (``skills.fun``): their question gets an answer
    return lines_for(lines, "moment_rather", turn, PRIOR + 0.5, fill={"pick": pick})


def _options(text: str) -> list[str]:
    """The two options of a would-you-rather question, or none."""
    found = _RATHER.search(text)
    if found is None:
        return []
    a, b = found.group("a").strip(), _IF_PICK.sub("", found.group("b").strip())
    if len(a.split()) > 1 and _BARE.match(b) and not _BARE.match(a):
        a = a.split(" ", 1)[1]  # "have a dog or a cat": "a dog", not "have a dog"
    return [a, b]


def answered(turn: Turn, lines: Lines) -> list[Proposal]:
    """Their pick, after the would-you-rather they asked and Sunny answered ("i would eat
    only bread. no hesitation"): met as the same as Sunny's or as a bold other one."""
    text = turn.view.text.lower()
    said = _said(turn)
    last = next((m.content.lower() for m in reversed(turn.view.history)
                 if m.role == "assistant"), "")
    options = _options(said[0]) if said and "?" not in text and len(text.split()) <= 20 else []
    theirs = [second_person(o) for o in options]
    sunny = [o for o in theirs if o.lower() in last]
    if len(sunny) != 1:
        return []
    words = re.findall(r"[a-z']+", text)
    sizes = []
    for option in options:  # the longest run of its words said, then how many of them
        own = re.findall(r"[a-z']+", option.lower())
        run = SequenceMatcher(None, words, own, autojunk=False).find_longest_match().size
        sizes.append(run + 0.5 * len(set(words) & set(own) - {"a", "an", "the", "of", "for"}))
    if max(sizes) < 1 or sizes[0] == sizes[1]:
        return []
    pick = theirs[sizes.index(max(sizes))]
    key = "moment_rather_same" if pick == sunny[0] else "moment_rather_other"
    return lines_for(lines, key, turn, PRIOR + 0.5, fill={"theirs": pick, "sunny": sunny[0]})


def idea(turn: Turn, lines: Lines) -> list[Proposal]:
    found = _IDEA.search(turn.view.text)
    if found is None or turn.mood in ("sad", "lonely"):
        return []
    how = (found.group("how") or found.group("how2") or "").lower()
    key = ("moment_good_idea" if how in _GOOD or how == "a" else
           "moment_bad_idea" if how in _BAD else None)
    return lines_for(lines, key, turn, PRIOR + 0.5) if key else []


_DECIDING = re.compile(r"\b(?:should i|if i should|whether (?:i|to)|thinking (?:about|of)|"
                       r"wanna|want to|deciding|decide)\b", re.I)


def view(turn: Turn, lines: Lines) -> list[Proposal]:
    """"what do u think": the pick when the message before gave options; a rule of thumb
    for a decision without them ("moment_view_choice"); else a take on what they told,
    gentle when the talk is low (none when nothing came before to have a view on)."""
    if not (_VIEW.search(turn.view.text) or _VIEW_ANY.search(turn.view.text)):
        return []
    before = _said(turn)[:1]
    for text in (turn.view.text, *before):
        if (lean := lean_of(text)) is not None:
            return lines_for(lines, "moment_pick", turn, PRIOR + 0.3, fill={"pick": lean})
    told = _VIEW.sub("", turn.view.text).strip()
    if not before and len(told.split()) < 4:
        return []
    if any(_DECIDING.search(t) for t in (told, *before)):
        key = "moment_view_choice"
    else:
        key = "moment_view_low" if turn.mood in LOW_MOODS else "moment_view"
    return lines_for(lines, key, turn, PRIOR + 0.4)


#: a fix that names what it puts right: "i told u oak street park but andre changed it, we
#: re meeting at the library parking lot now" (round 45: "ooh, tell me more about that?")
_TOLD_FIX = re.compile(r"\bi told (?:u|you)\b|\bnot (?:in|at) [a-z ]+ anymore\b")


#: "i told u the party was at 7 but its 6:30" (round 49: "ooh, schedule! I want to hear
#: about that 😊")
_TOLD_WAS = re.compile(
    r"\bi (?:said|told (?:u|you))(?: that)? (?:the |my |our )?[a-z' ]{0,25}?\b(?:was|is|were|"
    r"are) (?:at |on |in )?(?P<wrong>[0-9][0-9:.]*(?: ?[ap]m)?|[a-z]+day)(?: \w+)?,? but "
    r"(?:its|it's|it is|they're|theyre|actually)(?: actually| now)? (?:at |on |in )?"
    r"(?P<right>[0-9][0-9:.]*(?: ?[ap]m)?|[a-z]+day)\b")


#: a fix of a name in words: "the red door cafe not blue door" (round 58: "cafe not blue")
_NAMED_BY_TWO = re.compile(r"(?P<right>(?:[a-z]+ ){1,2}[a-z]+) not (?P<wrong>[a-z]+) "
                           r"(?P<next>[a-z]+)\b")


def fixed(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    most = _FIX_MAX_WORDS + (14 if _TOLD_WAS.search(text.lower()) else 8 if _FIX_FIRST.match(
        text) or _TOLD_FIX.search(text.lower()) else 0)
    if _CHECKS.search(text):
        return []  # (a check is no fix: "and its clearwater lake right, not clear creek?")
    if len(text.split()) > most:  # a fix in passing: said back only when nothing closer is
        # ("...the show is 30 min. wait no its 40 min, he added a part about the moons" got
        # "wait, 6 pages? tell me more 👀")
        return [replace(p, prior=IN_PASSING) for p in _fixed(turn, lines)] if swaps(text) \
            else []
    return _fixed(turn, lines)


#: a fix told in passing in a longer message: above the curious fallbacks (as a line that
#: says what the message means: ``rank.SAYS_MORE``), below the moments and echoes
IN_PASSING = 0.7


def _fixed(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if spans := _SPAN_FIX.search(text.lower()):  # "10 to 4 not 9 to 3", "pier 3 not pier 2"
        right, wrong = (" ".join(g.split()) for g in spans.groups() if g)
        if (thing := re.match(r"[a-z]+ ", right)) and not wrong.startswith(thing.group(0)):
            wrong = thing.group(0) + wrong
        return lines_for(lines, "moment_fixed", turn, PRIOR + 0.5,
                         fill={"right": right, "wrong": wrong})
    two = NOT_FIX.search(text)  # "heat is 1:45 not 1:15": the right value, then the wrong
    if not (pairs := swaps(text)) and two:
        pairs = [(two.group(2), two.group(1))]
    if not pairs and (was := _TOLD_WAS.search(text.lower())):
        pairs = [(was.group("wrong"), was.group("right"))]
    if not pairs:
        if not (to := _FIXED_TO.match(text)):
            return []
        right = " ".join(to.group("right").split())  # "wait no its the 9:45 bus, the 9:15..."
        return [p for p in lines_for(lines, "moment_fixed", turn, PRIOR + 0.5,
                                     fill={"right": right, "wrong": ""})
                if "not " not in p.text]
    wrong, right = pairs[0]
    if (named := _NAMED_BY_TWO.search(text.lower())) and \
            named.group("next") in named.group("right").split()[:-1]:
        # "the red door cafe not blue door": the place named whole, not "cafe not blue"
        right, wrong = named.group("right"), f"{named.group('wrong')} {named.group('next')}"
        return lines_for(lines, "moment_fixed", turn, PRIOR + 0.5,
                         fill={"right": right, "wrong": wrong})
    if is_first_name(right):
        wrong, right = wrong.capitalize(), right.capitalize()
    if len(wrong.split()) == len(right.split()) == 2 and wrong.split()[1] == right.split()[1] \
            and wrong[0].isdigit():
        wrong = wrong.split()[0]  # "8 puppies not 7", not "8 puppies not 7 puppies"
    if not two:
        wrong, right = said_whole(text, wrong), said_whole(text, right)
    if re.search(rf"(?<![\d:.]){re.escape(wrong.lower())} (?:is|=) ", text.lower()):
        # "the ceremony is at 4:30, 4 is when we take pictures": 4 is right for another
        return [p for p in lines_for(lines, "moment_fixed", turn, PRIOR + 0.5,
                                     fill={"right": right, "wrong": wrong})
                if " not " not in p.text]
    return lines_for(lines, "moment_fixed", turn, PRIOR + 0.5,
                     fill={"right": right, "wrong": wrong})


def age(turn: Turn, lines: Lines) -> list[Proposal]:
    """The age said again ("im 15 btw") after the first answer (the policy took that)."""
    found = _AGE.match(turn.view.text.strip())
    if found is None or not _said(turn):
        return []
    return lines_for(lines, "moment_age", turn, PRIOR + 0.5, fill={"n": found.group("n")})


SHAPES = (fixed, age, answered, rather, idea, view)


def asides(turn: Turn, lines: Lines) -> list[Proposal]:
    """The first shape's lines that fit this message (usually none)."""
    for shape in SHAPES:
        if found := shape(turn, lines):
            return found
    return []
