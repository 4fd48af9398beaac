"""What a plan's name reads as in "how was the ___?": a thing ("the chem test"), a doing
("using the school overlocker"), or a piece of a sentence that is no name ("saying the
party", "the sorry dress rehearsal").

Contract: ``as_thing(event) -> name | None`` and ``garbled(event) -> bool``; ``doing(verb)``
is a verb's -ing form. Pure functions over strings (the tagger reads the words). Split out
of ``plans`` (session 59).
"""

from __future__ import annotations

import re

from ..nlp.facts.coref import parse
from ..nlp.facts.lexicon import EVENT_NOUNS

_QUOTED = re.compile(r"[\"“”‘]|['’](?!s\b)")


def as_thing(event: str) -> str | None:
    """A plan's name as a thing in "how was the ___?": itself when it reads as one, a doing
    with its object said as a doing ("use the school overlocker" -> "using the school
    overlocker"), else None (a place or a purpose alone: "from the kiln", "trip to look";
    words in quotes)."""
    if not event.split() or _QUOTED.search(event):
        return None
    words = event.split()
    if len(words) >= 3 and words[0].lower() in _GIG_VERBS and words[1].lower() in _OF_WHOM:
        return f"{doing(words[0].lower())} {' '.join(words[1:])}"  # "dj her sweet sixteen":
        # "djing her sweet sixteen" (the tagger reads "dj" as a preposition)
    toks = [t for t in parse(event) if not t.is_punct]
    tags = [t.tag_ for t in toks]
    if not tags or tags[0] in {"IN", "TO"} or tags[-1] in {"IN", "TO"}:
        return None
    if len(tags) >= 2 and tags[-2] == "TO" and tags[-1] == "VB":
        return None
    if len(tags) >= 2 and tags[0] == "VB" and tags[1] in {"NN", "NNS", "JJ"} and \
            toks[0].lemma_.lower() in _PLAIN_VERBS:
        return event.split(maxsplit=1)[1]  # "do chem homework": "the chem homework", not
        # "the do chem homework"
    if len(tags) >= 2 and tags[0] == "VB" and tags[1] in {"DT", "PRP$"}:
        rest = event.split(maxsplit=1)[1]
        return f"{doing(toks[0].lemma_.lower())} {rest}"
    if _garbled(toks, tags, event):
        return None
    if len(words) >= 4 and words[0].endswith("ing") and words[1] in _FOR_WHOM and \
            words[2] in ("a", "an"):
        return f"{words[0]} the {' '.join(words[3:])}"  # "building him an outdoor pen"
    return event


_FOR_WHOM = frozenset("him her them us me".split())
#: a gig said with its verb the tagger reads as a noun: "dj her sweet sixteen", "ref the game"
_GIG_VERBS = frozenset("dj mc emcee ref umpire host cater film shoot photograph usher tutor "
                       "babysit judge".split())
_OF_WHOM = frozenset("her his my their our the a an".split())
#: words no plan's name starts with: "the sorry dress rehearsal", "the no game", "the too
#: windy", "the tmrw at practice", "the keep thinking", "the oh your cousin" (rounds 44-57)
_NOT_FIRST = frozenset("""sorry no oh too tmrw tmr tomorrow tonight keep keeps kept being freaking
so just really very still also not never ok okay""".split())
#: a word a name may end on after a noun: "your parents' flight out", "the move in"
_PARTICLES = frozenset("out in off up back home over".split())
#: words no plan's name ends on ("kiara gone"); the tagger's VBZ is often a plural noun
#: ("permission slips"), so no tag decides it
_NOT_LAST = frozenset("gone done is was are were has have had does did doesnt dont didnt isnt "
                      "wasnt cant wont".split())
_NOT_A_NAME = re.compile(r"\bchance of\b|^end of (?:act|the|it|this|that)\b|"
                         r"^\w+ing (?:at|on|by) \d|"  # ("starting at 7", round 59)
                         r"^(?:the )?(?:summer|winter|spring|fall|autumn|weekend|week|day|"
                         r"night|morning|evening)$", re.I)  # ("how was the summer?")
#: doings no plan is named by: "how was saying the party?", "how was finding your pajamas?"
_NO_PLAN_DOING = frozenset("saying telling finding stealing thinking knowing wanting needing "
                           "trying hoping deciding asking feeling looking losing forgetting "
                           "remembering missing".split())


def garbled(event: str) -> bool:
    """Whether a plan's name is a piece of a sentence (``_garbled``)."""
    toks = [t for t in parse(event) if not t.is_punct]
    return bool(toks) and _garbled(toks, [t.tag_ for t in toks], event)


def _garbled(toks: list, tags: list[str], event: str) -> bool:
    """Whether a plan's name is a piece of a sentence, no thing to ask after: it starts on
    a word no name starts on, or a verb ("make 400 pierogi", "go make posters", "finished 2
    more books", "help"; not "practice"), or ends on one ("the guy doesnt", "kiara gone") or
    on an adverb; "40% chance of rain", "the end of act"."""
    first = toks[0].lower_
    if first in _NOT_FIRST or _NOT_A_NAME.search(event):  # (no tag: "half marathon" is RB VBP)
        return True
    if first in _NO_PLAN_DOING:
        return True  # "saying the party", "stealing the ball" (rounds 66-74 asked "how was
        # ...?" of each)
    if tags[0] in {"VB", "VBD", "VBN", "VBP"} and first not in EVENT_NOUNS and (
            len(toks) == 1 or tags[1] in {"CD", "VB", "VBG", "VBD", "RP", "NNS"} or
            tags[0] in {"VBD", "VBN"} and tags[1] in {"DT", "PRP$"}):  # ("annoyed the gig")
        return True  # (the tagger's "glow night" is VB NN: a name)
    last = toks[-1].lower_
    return len(toks) > 1 and (last in _NOT_LAST or tags[-1] == "RB" and last not in _PARTICLES)
_PLAIN_VERBS = frozenset("do go have finish start".split())


_DOUBLED = frozenset("get put run sit swim shop stop plan hit cut set win dig jog chat".split())


def doing(verb: str) -> str:
    """The -ing form of a verb ("use" -> "using", "get" -> "getting", "visit" -> "visiting")."""
    if verb in _DOUBLED:
        return f"{verb}{verb[-1]}ing"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return f"{verb[:-1]}ing"
    return f"{verb}ing"
