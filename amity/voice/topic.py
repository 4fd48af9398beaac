"""What a visit was about, named in a plain goodbye and asked after at the next hello.

Contract: ``visit_topic(view) -> str | None``: the thing the teen spoke of in two or more of
this visit's messages ("the place cards", "the bonspiel"), as a short noun phrase; None when
no thing came up twice. ``earlier_topic(view)``: the same of the visit before this one.
``goodbye_topic(turn, lines)`` is a skill (``Voice.propose``): for a goodbye that names no
task or plan of its own ("ok bye sunny"), the team's lines (``skills.json``:
``goodbye_topic``) with "{topic}". Rounds 33-35 met such goodbyes with "bye! talk soon" from
the bank (rated specific 3 times in 60); a goodbye that names the visit's thing shows it was
a conversation, not a form. ``greet_topic`` asks after the earlier visit's thing at a later
hello. Uses the cached spaCy parse.
"""

from __future__ import annotations

import re
from collections import Counter

from ..nlp.facts.casing import truecase
from ..nlp.facts.coref import parse
from ..nlp.facts.lexicon import EVENT_NOUNS, is_first_name
from ..types import TurnView
from .gist import _PRONOUNS, _ROLES, _VAGUE
from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .skills import _KIN as KIN
from .skills import VISIT, Proposal, Turn
from .visits import _opening, pet_named

#: below a goodbye that names a task, a plan, a pet or food (1.2-1.6), above the plain ones
PRIOR = 1.1
#: below a hello that asks after a pet or a doing (``visits.GREET``), above the plain ones
GREET_TOPIC = 1.3
#: heads that are no topic to wish well: body parts, school in general, feelings
_NOT_TOPIC = frozenset("""hand hands arm arms leg legs head brain eyes face feet foot back body
school class homework hw time way phone mom dad brother sister friend friends bro sis name
names age years fun day days night thing stuff lol omg bye sunny ur kind favorite fav fave
sorry boy boys girl girls guy guys kid kids lady man woman baby laundry dishes chores colour
color field room house car bus food""".split())
#: family named before a plan make it theirs: "the grandpas surgery", "my moms interview"
_KIN = KIN | frozenset("brother sister cousin stepdad stepmom parents".split())
#: a favourite is no topic to ask after ("update me on the fav step", round 42)
_FAV = re.compile(r"\b(?:fav|fave|favorite|favourite)\b")
_GOODBYE_ONLY = frozenset("ok okay bye byee byeee sunny see ya u later ttyl cya talk soon gtg "
                          "peace out night gn gotta go have to i now lol xx ya yeah k kk".split())


#: a message that asks rather than tells: its things are the asked, not the visit's topic
_ASKS = re.compile(r"\?|^\W*(?:(?:ok|okay|oh|and|wait|so|also|lol|hey)\W+)*(?:what|whats|"
                   r"what's|who|whos|who's|where|wheres|when|whens|which|how|do u|do you|did i|"
                   r"remember)\b", re.I)


def _told(texts: list[str]) -> list[str]:
    """The messages that tell something: "oh wait do u remember what brand grandmas machine
    is? i think i told u" named "the brand grandmas machine" in round 73's goodbye."""
    return [t for t in texts if not _ASKS.search(t)]


def visit_topic(view: TurnView) -> str | None:
    if view.now is None:
        return None
    return _topic(_told([m.content for m in view.history
                         if m.role == "user" and view.now - m.created_at < VISIT]), once=True)


def earlier_topic(view: TurnView) -> str | None:
    """What the last visit before this one was about, or None."""
    if view.now is None:
        return None
    before = [m for m in view.history if m.role == "user" and view.now - m.created_at >= VISIT]
    if not before:
        return None
    last = before[-1].created_at
    return _topic(_told([m.content for m in before if last - m.created_at < VISIT]), once=True)


def _topic(said: list[str], once: bool = False) -> str | None:
    """The thing spoken of most; with ``once``, else the first event of the teen's own told
    with its kind ("the city council meeting", "the typing tournament"), never another's
    ("my mom's nursing board exam")."""
    counts: Counter[str] = Counter()
    theirs: set[str] = set()
    phrase: dict[str, str] = {}
    first: dict[str, int] = {}
    for k, text in enumerate(said):
        seen: set[str] = set()
        for chunk in parse(truecase(text)).noun_chunks:
            root = chunk.root
            lemma = root.lemma_.lower()
            if root.pos_ != "NOUN" or lemma in _PRONOUNS | _VAGUE | _ROLES | _NOT_TOPIC or \
                    is_first_name(lemma) or len(lemma) < 3 or not lemma.isalpha():
                continue
            if lemma not in seen:
                seen.add(lemma)
                counts[lemma] += 1
                first.setdefault(lemma, k)
            before = text[:chunk.start_char].lower()
            if any(t.dep_ == "poss" and t.lower_ not in ("my", "our") for t in chunk) or \
                    re.search(r"\b(?:his|her|their|[a-z]+'?s)\s+$", before) or \
                    any(is_first_name(t.lower_.removesuffix("s")) or
                        t.lower_.removesuffix("s").removesuffix("'") in _KIN for t in chunk
                        if t.dep_ == "compound"):
                theirs.add(lemma)  # (another's: "my friend lilys birthday party")
            words = [t.lower_ for t in chunk if t.dep_ == "compound" and t.is_alpha] + \
                [root.lower_]
            if lemma not in phrase or len(words) > len(phrase[lemma].split()) - 1:
                phrase[lemma] = "the " + " ".join(words)
    ranked = sorted((c for c in counts.items() if not _FAV.search(phrase[c[0]]) and (
        c[1] >= 3 or c[1] >= 2 and (c[0] in EVENT_NOUNS or len(phrase[c[0]].split()) > 2))),
        key=lambda c: (-c[1], first[c[0]]))
    if ranked:
        return phrase[ranked[0][0]]  # (an event, or a thing with its kind: "the swim test",
        # "the promo card"; any other thing only when told of three times)
    events = sorted((c for c in counts if c in EVENT_NOUNS and c not in theirs and
                     len(phrase[c].split()) > 2 and not _FAV.search(phrase[c])),
                    key=lambda c: first[c])
    return phrase[events[0]] if once and events else None


def goodbye_topic(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.act.name != "goodbye" or turn.mood in LOW_MOODS:
        return []
    words = turn.view.text.lower().replace(",", " ").replace(".", " ").split()
    words = [w.strip("!?") for w in words if any(c.isalpha() for c in w)]  # (emoji left out)
    if not words or any(w not in _GOODBYE_ONLY for w in words) or {"night", "gn"} & set(words):
        return []  # a goodbye that says more is read by the goodbye skills; a goodnight is
        # said back (round 46: "night sunny" got "I want updates on the east wind tile")
    topic = visit_topic(turn.view)
    if topic is None or pet_named(turn.view, this_visit=True):
        return []  # (a pet named this visit gets its pat: ``leaving.goodbye_pet``)
    key = "goodbye_topic_past" if _told_as_past(turn.view, topic) else "goodbye_topic"
    return lines_for(lines, key, turn, PRIOR, None, {"topic": topic})


_PAST = re.compile(r"\b(?:was|were|went|happened|yesterday|did|got|last (?:night|week)|"
                   r"this morning|earlier|finished|ended)\b")
_AHEAD = re.compile(r"\b(?:gonna|going to|will|next|tomorrow|tmrw|tonight|this (?:week|weekend|"
                    r"mon|tues|wednes|thurs|fri|satur|sun)|on (?:mon|tues|wednes|thurs|fri|satur|"
                    r"sun)day|is on|coming up|in \d+ days)\b")


def _told_as_past(view: TurnView, topic: str) -> bool:
    """Whether this visit told of ``topic`` as done ("the talent show was last night"): a
    goodbye then thanks for the story, not "I want updates on the talent show" (round 45)."""
    head = topic.split()[-1].lower()
    said = [m.content.lower() for m in view.history if m.role == "user" and view.now and
            view.now - m.created_at < VISIT and head in m.content.lower()]
    return any(_PAST.search(t) for t in said) and not any(_AHEAD.search(t) for t in said)


def greet_topic(turn: Turn, lines: Lines) -> list[Proposal]:
    """A hello at a later visit that asks after what the last visit was about ("heyy! 👋
    how's it going with the bonspiel?"), when nothing closer is known (``visits.greet_doing``,
    ``greet_pet``, a plan due), unless this visit already named it. Rounds 33-36 rated "heyy
    👋 what's new?" specific 4 times in 40."""
    view = turn.view
    if not _opening(turn):
        return []
    topic = earlier_topic(view)
    now = view.now
    if topic is None or now is None or any(
            m.role == "assistant" and topic in m.content and now - m.created_at < VISIT
            for m in view.history):
        return []
    return lines_for(lines, "greet_topic", turn, GREET_TOPIC, None, {"topic": topic})
