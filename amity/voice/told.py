"""What someone does, said back: the present-tense twin of ``recast``.

Contract: ``told(turn, lines)`` is a skill (``Voice.propose``). When a calm or happy message
tells what someone does, is doing or can do ("i charge 15 a pair for a basic clean", "my
uncle ray is lending me his projector", "dani throws like 400 feet", "i can hold a bass
sound for like 20 seconds now", "weve been friends since 2nd grade"), it offers the team's
lines (``skills.json``: ``recast_tell``) with that clause said back in the second person
("{did}": "your uncle Ray is lending you his projector"). Rounds 36-43 met such messages
with "wait, Ray? tell me more 👀" and "ooh, 9 new orders! what's the story there?"
(``skill:ack_named``, ``skill:ack``: specific 38 and 3 times in 100 over 380 ratings),
where a deed said back (``recast``) was rated specific 93-100 times in 100.

Nothing is offered for a question, a plan (``echo_plan``'s), a low or angry mood, a laugh
(``recast_laugh``'s), a correction, a negation ("they cannot keep a secret": no "that's so
cool"), a duty ("we have to wear"), an opinion or feeling ("i think", "i love"), a subject
that is only "he", "she" or "they" (whose deed is unclear out of its message), a pet's deed
(``pets``), or a clause that speaks of "you". Pure functions over the message.
"""

from __future__ import annotations

import re

from ..nlp.facts.casing import truecase
from ..nlp.facts.lexicon import is_first_name
from .gist import _IDIOMS
from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .pets import KINDS
from .reading import QUESTION
from .recall_words import CORRECTION, second_person
from .recast import (
    _ASIDE,
    _CLAUSE,
    _HURT,
    _LAUGH,
    _LEAD,
    _TAIL,
    _UGH,
    _YOU,
    _mishap,
    _past,
    said_back,
)
from .skills import Proposal, Turn

#: with recast's (a skill line that says more than the clause said back wins over both)
PRIOR = 0.7
SOURCE = "skill:recast_tell"

#: words between the one who does it and the deed: "i also charge", "dani literally throws"
_ADVERBS = frozenset("also just literally actually basically usually always still now even "
                     "totally kinda lowkey finally already sometimes often".split())
#: a subject of three or four words starts with one of these ("my uncle ray", "our new coach")
_DETERMINERS = frozenset("my our the his her their".split())
#: verbs of opinion, feeling, duty and talk: what they tell is no deed to say back
_NOT_DOING = frozenset("""think thinks thought feel feels guess mean means know knows wish
wishes hope hopes want wants wanna need needs gotta got have has had love loves like likes hate
hates miss misses say says said tell tells told ask asks asked care cares mind minds seem
seems look looks sound sounds bet remember forget get gets keep keeps let lets am is
are was were be been did dont doesnt didnt cant wont isnt arent wasnt werent its
this thats whats lol tho ngl fr rn too so and but or as would could should might may
keeps swear swears start starts end ends begins opens closes lands leaves calls calling""".split())
_BE = frozenset("is are am".split())
#: a clause cut short or about another ("my brother mateo whos 17", "... live to try")
_CUT = re.compile(r"\b(?:whos|who's|who is|which|whose)\b|\bbefore then$|"
                  r"\bto (?:try|do|be|get|go|make|see|win|hit|have|help)$")
#: who is named by a role alone ("mom is making a lemon cake") or a title and a name
_KIN = frozenset("mom mum dad mama papa nana nan nani oma opa grandma grandpa gran granny "
                 "abuela abuelo coach".split())
_TITLES = frozenset("coach mr mrs ms miss dr aunt auntie uncle cousin sister brother "
                    "grandma grandpa sifu sensei".split())
_OWN = frozenset("i we i'm we're i've we've".split())
#: a deed that ends on "him", "it", "them": said back, it names nothing ("you forgive him")
_OBJECTS = frozenset("him her it them this that me us one".split())
_BE_SUBJECT = frozenset("i'm we're".split())
_CONTRACTED = {"im": "i'm", "ive": "i've", "weve": "we've", "theyve": "they've",
               "hes": "he's", "shes": "she's", "theyre": "they're"}
#: only "he", "she", "they", "it": no one named; and words that begin no subject
_UNNAMED = frozenset("""he she they he's she's they're it its this that there what who how
when where why which so and but or if then like just also u you ur yeah yes no ok okay lol
omg ngl tbh
everyone someone nobody people ppl all both some""".split())
_NOT = re.compile(r"\b(?:not|never|no|cannot|can't|cant|won't|wont|don't|dont|doesn't|doesnt|"
                  r"didn't|didnt|isn't|isnt|havent|hasnt|couldnt|wouldnt|shouldnt|aint|nothing|nobody|"
                  r"barely|hardly|only)\b|n't\b")
_DUTY = re.compile(r"\b(?:have to|has to|had to|gotta|need to|needs to|supposed to|must)\b")
_PLAN = re.compile(r"\b(?:gonna|going to|will|tomorrow|tmrw|tmr|next|tonight|this weekend|"
                   r"coming up|later|soon|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                   r"wanna|want to|plan\w*|hope|hoping)\b")
#: no "you're doing a project" said back as news: too plain to be worth it
_PLAIN = re.compile(r"^(?:doing|going|getting|having|making|watching|sitting|waiting|trying|"
                    r"thinking|working|studying|eating|chilling|talking|texting|looking)$")
_SORE = re.compile(r"\b(?:killing|dying|dead|die|sick|tired|exhausted|bored|stuck|stressed|"
                   r"worried|nervous|scared|sad|mad|broke|crying|hurts?|sore|fumes|on fire|"
                   r"bit off|scream|ripped|itchy|shake|shaking|skipping|stepping on|"
                   r"embarrass\w*|cringe|annoying|slow|late|forgot|missed|lost|drowning|alive|cried|"
                   r"cry|tears|thinking|blisters?|yell\w*|argu\w*|fight|fought|grounded|punish\w*|"
                   r"broke up|dumped|moved away|hospital|surgery|passed)\b")
#: a message about a plan, a time or a condition: echo_plan's and memory's, not said back
_WHEN = re.compile(r"\b(?:if|when|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tmrw|"
                   r"next|tonight|this weekend|\d+(?::\d\d)?\s*(?:am|pm)|\d+:\d\d|"
                   r"the \d+(?:st|nd|rd|th)|this time|for dinner|calling me|gotta go|gtg|brb)\b")
#: the things no one is cheered for saying: "i started something new" (ask what, instead)
_VAGUE = re.compile(r"\b(?:something|stuff|things|anything)$")
#: a pet's or a farm animal's deed is ``pets``' (the pet kinds, and the animals they leave out)
_ANIMAL = re.compile(rf"\b(?:{KINDS}|fish|snake|horse|pony|rat|mouse|hedgehog|pig|cow|sheep|"
                     r"lamb)s?\b", re.I)


def _deed(words: list[str]) -> bool:
    """Whether the words start with someone named (one to four words) and what they do, are
    doing, can do or have been since ("i charge", "my uncle ray is lending", "i can hold",
    "we've been friends since")."""
    if not words or words[0] in _UNNAMED:
        return False
    for n in (1, 2, 3, 4):
        if n >= len(words):
            break
        who = words[:n]
        if n >= 3 and who[0] not in _DETERMINERS or n > 1 and (
                who[-1] in _UNNAMED or who[-1] in _NOT_DOING or who[-1] in _BE_SUBJECT):
            break
        if who[-1] in _DETERMINERS or n == 1 and who[0] not in _OWN and not (
                is_first_name(who[0]) or who[0] in _KIN):
            continue  # ("my uncles barbershop opened": "my" is no one; "brings donuts")
        if n == 2 and who[0] not in _DETERMINERS and who[0] not in _TITLES:
            continue  # ("coach lin", "mr patel"; not "camping 2")
        rest = words[n:]
        while rest and rest[0] in _ADVERBS:
            rest = rest[1:]
        if not rest:
            return False
        first, then = rest[0], rest[1:]
        if len(then) == 1 and then[0] in _OBJECTS or not then:
            return False
        own = who == ["i"] or who == ["we"]
        if n == 1 and who[0] in _BE_SUBJECT:
            return first.endswith("ing") and len(first) > 4 and (
                not _PLAIN.match(first) or len(then) > 2) and then[:1] != ["is"] or \
                first == "been" and "since" in then
        if who[0] in ("i've", "we've") and n == 1:
            return first == "been" and "since" in then or _past(first)
        if first in _BE:
            if first == "are" and n == 1:
                return False  # "bean are going": a clause cut at "pickle and"
            if then and then[0].endswith("ing") and len(then[0]) > 4 and (
                    not _PLAIN.match(then[0]) or len(then) > 2) and then[1:2] != ["is"]:
                return True
            continue
        if first == "can":  # (no "you can do it on the small one": "it" names nothing)
            return bool(then) and then[0] not in _NOT_DOING and then[0] not in _UNNAMED and \
                not (len(then) > 1 and then[1] in _OBJECTS)
        if first in _NOT_DOING or first in _UNNAMED or not first.isalpha():
            continue
        if own:
            return not first.endswith("ed") and len(first) >= 2
        if first.endswith("s") and not first.endswith(("ss", "us", "is", "'s")) and \
                len(first) > 3:
            return True
    return False


def _clause(part: str) -> str | None:
    """One clause as said back, or None when it tells no deed of someone named."""
    low = " ".join(part.lower().split())
    low = _TAIL.sub("", _LEAD.sub("", low)).strip(" ,-")
    words = [_CONTRACTED.get(w, w) for w in low.split()]
    for k, word in enumerate(words[:4]):  # "practice update i can hold ...": from the "i"
        if k and word in _OWN and not _deed(words) and not _DETERMINERS & set(words[:k]):
            words = words[k:]
            break
    words = [w for i, w in enumerate(words)  # "since like 2nd grade" -> "since 2nd grade"
             if not (w == "like" and i + 1 < len(words) and words[i + 1][:1].isdigit())]
    low = " ".join(words)
    if not 3 <= len(words) <= 14 or _CUT.search(low) or _YOU.search(low) or _NOT.search(low) or \
            _DUTY.search(low) or _PLAN.search(low) or _SORE.search(low) or \
            _VAGUE.search(low) or not _deed(words):
        return None
    return second_person(low)


#: a so-so report: "going ok i guess", "fine i guess", "its whatever"
_SO_SO = re.compile(r"\b(?:ok|okay|fine|alright|aight|whatever|meh|not bad|decent)\W+i guess\b|"
                    r"\bi guess\W*$|\bits whatever\b")


#: the emotion model's reads that "that's awesome 😄" misses: a let-down, a wish, a worry, a
#: grudging "fine", a joke told, a care
_OFF_KEY = frozenset({"realization", "desire", "approval", "fear", "nervousness",
                      "disappointment", "amusement", "caring", "sadness", "grief", "remorse",
                      "embarrassment", "confusion"})


#: the teen and one other doing something now: "me and my nana are fixing up this old record
#: player" (round 74: "ooh, old record player! I want to hear about that 😊")
_WITH_ME = re.compile(r"(?:me|i) and (?:(?:my|our) [a-z]+(?: [a-z]+)?|[a-z]+) (?:are|r) "
                      r"(?!going\b|getting\b|having\b|doing\b|trying\b|gonna\b|still\b|"
                      r"not\b|fighting\b|arguing\b|yelling\b|crying\b|screaming\b|freaking\b|"
                      r"dying\b|failing\b|struggling\b|losing\b|stuck\b)[a-z]{3,}ing\b.+")


def told_back(text: str) -> str | None:
    """The clause that tells what someone does, in the second person, or None."""
    text = re.sub(r"\bw/?(?= )", "with", _ASIDE.sub(" ", text))  # ("going w dreams")
    if re.search(r"\b(?:me|i) and \w+", text, re.I):
        # "me and my partner samira are making": cut at the "and", it says "your partner
        # Samira are making"; said back whole when the clause is "me and <one> are <doing>"
        whole = _TAIL.sub("", _LEAD.sub("", " ".join(text.lower().split()))).strip(" ,-")
        doing = _WITH_ME.match(re.split(r"[.!?;]|,\s+|\s+(?:but|bc|because|cuz|so|and "
                                        r"(?:then|now|it|its|shes|hes|theyre))\s+", whole)[0])
        if doing is None or not 5 <= len(doing.group(0).split()) <= 16 or \
                _NOT.search(doing.group(0)) or _SORE.search(doing.group(0)) or \
                _PLAN.search(doing.group(0)) or _YOU.search(doing.group(0)):
            return None
        return second_person(doing.group(0))
    for part in _CLAUSE.split(text):
        if part and part.strip() and (said := _clause(part)):
            return said
    return None


def told(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    text = view.text
    low = text.lower()
    if "?" in text or QUESTION.search(low) or turn.act.name != "statement" or \
            turn.mood in LOW_MOODS or turn.mood == "angry" or turn.mild or \
            _LAUGH.search(text) or _HURT.search(low) or "gentle" in view.modes or \
            view.new_session and view.follow_up is not None:
        return []
    if re.search(r"\b(?:i was wrong|my bad|wait no|not \d+|i meant|actually its|correction|"
                 r"i told (?:u|you)|i said|changed it|moved it|instead|oops)\b", low) or \
            CORRECTION.search(low):
        return []  # a correction is memory's ("oh wait i told u oak street park but andre
        # changed it, we re meeting at the library now": round 45 said "that's so fun")
    if view.emotion is not None and view.emotion.top in _OFF_KEY:
        return []  # "my brother eli took credit for everything obviously" (realization), "i got
        # a C on the bio retake which is like. fine i guess" (approval): no "that's awesome";
        # rounds 40-71 rated the lines sensible 0.93 on messages read neutral, 0.4 on these
    if _UGH.search(low):
        return []  # "my mom kept trying to help", "too many cooks in the kitchen fr": no "that's
        # awesome 😄" (round 60); recast's "ugh" lines say it back
    if _SO_SO.search(low):
        return []  # "my dads night shifts are going ok i guess": no "that's awesome" (round 56)
    if _WHEN.search(low) or _SORE.search(low) or _IDIOMS.search(low) or \
            _NOT.search(low) and len(low.split()) < 12:
        return []  # a plan, a time, a hard moment, a "couldnt": not met with "so cool"
    did = told_back(text)
    if did is None:  # a deed of the teen's own, told calmly ("i planted 9 myself")
        did = said_back(text)
        if did is None or not did.startswith(("you ", "your ")) or _mishap(did) or \
                _VAGUE.search(did) or _SORE.search(did):
            return []
    if _ANIMAL.search(did) or _mishap(did) or _NOT.search(did.lower()):
        return []  # ("you havent won a single family contest ever": no "I love that", round 76)
    return lines_for(lines, "recast_tell", turn, PRIOR, "happy", {"did": truecase(did)})
