"""Praise the teen was given, met with pride: "mr hale said im 2nd highest in the woodwinds"
-> "wait, Mr Hale said you're 2nd highest in the woodwinds?! that's huge 🙌".

Contract: ``praised(turn, lines)`` is a skill (``Voice.propose``). When a calm or happy
message (no question) tells that someone said something good about the teen ("coach said i
was the best on the team today", "my cousin said i did fine", "she told me im a natural"),
it offers ``skills.json``'s ``praised`` lines with who said it ("{who}": "Mr Hale", "your
cousin") and what, in the second person ("{what}": "you're 2nd highest in the woodwinds").
Rounds 70-76 met these with "ooh, Mr Hale! I want to hear about that 😊" and "wait, medal?
tell me more 👀" (rated sensible, never specific). Nothing for a let-down ("said i was too
slow", "said i wasnt ready"), praise of another, a low mood, or a question. Pure functions
over the message.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .lines import Lines
from .moments import lines_for, told_calmly
from .recall_words import second_person
from .skills import Proposal, Turn

#: above the person met ("ooh, Mr Hale! noted 📝") and the plain lines
PRIOR = 1.0

_SAID = re.compile(
    r"\b(?P<who>(?!(?:and|so|ngl|omg|also|btw|today|ok+|okay)\b)(?:my |our |the )?"
    r"[a-z]+(?: [a-z]+)?)\s+(?:said|says|told me|thinks|thought)\s+"
    r"(?:that\s+)?(?:like\s+)?(?P<what>(?:im|i'm|i am|i was|i did|i played|i sounded|i sang|"
    r"i looked|i have|i had|i got|i made|i'll be|ill be|i could|we were|we did|we played|"
    r"we sounded|we looked|we sang|we're|were the)\s+[a-z0-9' ]{2,50}?)"
    r"(?=\s*(?:[.!,;]|\b(?:which|and|but|so|lol|lmao|ngl|tho|omg|haha)\b|[^\w\s']|$))",
    re.I)
#: what makes it praise: a place, a best, a natural, a word of good
_GOOD = re.compile(r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|top|best|highest|fastest|"
                   r"strongest|natural|talented|gifted|amazing|incredible|awesome|great|"
                   r"good|perfect|improved|ready|better|star|brilliant|smart|clutch|"
                   r"legend|mvp|nailed|killed it|crushed|potential|promoted|on the team|angels?|"
                   r"a pro|pros|beautiful|pretty|gorgeous|hilarious|kind|sweet|mature|"
                   r"responsible|brave|fast|strong|creative|helpful|a good \w+)\b",
                   re.I)
#: what makes it no praise: a let-down or a doubt
_LET_DOWN = re.compile(r"\b(?:not|never|no|too|worst|bad|terrible|awful|lowest|last|slow|"
                       r"weird|annoying|lazy|rude|wrong|dramatic|overreacting|kidding|joking|"
                       r"lying|cant|can't|wasnt|wasn't|isnt|dont|didnt|only|barely|sick|"
                       r"grounded|in trouble)\b", re.I)
#: the ones whose word is no praise to be proud of ("she said im fine" of a friend asked how
#: she is), or no one
_NOT_WHO = frozenset("""i it he she they we you u that this which who everyone someone nobody
people ppl and so lol it's its i'm im""".split())
_ADVERBS = frozenset("literally actually even also just really totally lowkey".split())
_TITLES = frozenset("mr mrs ms miss dr coach".split())


#: the teen's work to be shown: "the owner liked my pic so much she wants to print it for the
#: menu!!", "ms ferreira gave us an A and wants to put it on the school website" (round 74:
#: "wait, churros? tell me more 👀")
_SHOWN = re.compile(
    r"\b(?P<who>she|he|they|(?:my |our |the )?[a-z]+(?: [a-z]+)?)\s+(?:(?:also\s+)?(?:wants|wanna|"
    r"want) to|is gonna|is going to|will|asked to|asked if (?:she|he|they) (?:could|can))\s+"
    r"(?P<do>(?:print|put|hang|frame|feature|show|use|publish|display|post|share|sell|enter|"
    r"submit|send)\s+(?:it|them|my \w+|our \w+)(?:\s+(?:on|in|for|at|to) [a-z' ]{2,30}?)?)"
    r"(?=\s*(?:[.!,;]|\b(?:and|but|so|lol|omg|haha)\b|[^\w\s']|$))", re.I)
#: the teen's own work is in the message
_MINE = re.compile(r"\b(?:my|our|me|us|i)\b", re.I)
#: what is shown is work, or was liked: no "wants to use your charger"
_WORK = re.compile(r"\b(?:liked|loved|loves|likes|impressed|obsessed|so good|amazing|"
                   r"gave (?:me|us) an? (?:a|100)|pic|pics|picture|photo|photos|painting|"
                   r"drawing|art|artwork|"
                   r"sketch|poem|essay|story|song|design|video|comic|sculpture|project|mural|"
                   r"recipe|piece)\b", re.I)


def _named(words: list[str]) -> str | None:
    """Who the words name, as Sunny says it: "my voice teacher" -> "your voice teacher", "the
    owner", "mr hale" -> "Mr Hale", "old man named walter" -> "Walter"; None when no one."""
    if words[0] in ("my", "our"):
        return f"your {' '.join(words[1:])}"
    if words[0] == "the":
        return " ".join(words)
    if words[0] in _TITLES:
        return " ".join(w.capitalize() for w in words)
    return words[-1].capitalize() if is_first_name(words[-1]) else None


def shown(text: str) -> tuple[str, str] | None:
    """(who, what they want to do with the teen's work, second person) or None."""
    found = _SHOWN.search(text)
    if found is None or not _MINE.search(text[:found.start("who")] + text[found.end("who"):]) \
            or _LET_DOWN.search(text[:found.start()]) or not _WORK.search(text):
        return None
    words = found.group("who").lower().split()
    who = words[-1] if words[-1] in ("she", "he", "they") else _named(words)
    return (who, second_person(found.group("do").lower())) if who else None


#: the teen's work loved by someone who counts: "ms romano loved the cover!!" (round 74: "Ms
#: Romano, got it 😄 I have a feeling I'm gonna hear more about her lol")
_LOVED = re.compile(r"\b(?P<who>(?:my |our |the )?[a-z]+(?: [a-z]+)?)\s+(?:literally |actually |"
                    r"totally )?(?:loved|loves|liked|was obsessed with|is obsessed with|"
                    r"was impressed by|complimented)\s+(?P<thing>(?:my|our|the) [a-z]+"
                    r"(?: (?!lol|lmao|omg|tho|so|and|but|too|sm)[a-z]+)?)"
                    r"(?=\s*(?:[.!,;]|\b(?:and|but|so|lol|omg|she|he|they)\b|[^\w\s']|$))", re.I)
#: the ones whose word about the teen's work counts
_JUDGES = frozenset("""teacher teachers coach boss manager judge judges director principal
customer customers owner editor mom dad grandma grandpa nana aunt uncle everyone
class crowd audience""".split())


def loved(text: str) -> tuple[str, str] | None:
    """(who, the thing of the teen's they loved, second person) or None."""
    found = _LOVED.search(text)
    if found is None or _LET_DOWN.search(re.split(r"[.!?]", text[found.start():])[0]) or \
            _LET_DOWN.search(re.split(r"[.!?]", text[:found.start()])[-1]):
        return None  # (its own sentence: "... loved the cover!! she only wanted the title a
    # little higher" is still loved)
    words = found.group("who").lower().split()
    if words[0] in _TITLES and len(words) == 2:
        who = " ".join(w.capitalize() for w in words)
    elif words[-1] in _JUDGES and (words[0] in ("my", "our", "the") or len(words) == 1):
        who = ("your " + " ".join(words[1:])) if words[0] in ("my", "our") else " ".join(words)
    else:
        return None
    return who, second_person(found.group("thing").lower())


def praise(text: str) -> tuple[str, str] | None:
    """(who said it, what they said in the second person) for praise told, or None."""
    found = _SAID.search(text)
    if found is None:
        return None
    what = found.group("what").lower().strip()
    words = [w for w in found.group("who").lower().split() if w not in _ADVERBS] or ["it"]
    if not _GOOD.search(what) or _LET_DOWN.search(what):
        return None
    if words[-1] in ("he", "she", "they", "everyone"):
        said_by = words[-1]  # ("my grandpa came too ... and he said we sounded like angels")
    elif words[-1] in _NOT_WHO or words[0] in _NOT_WHO and len(words) == 1:
        return None
    elif (named := _named(words) or (words[0].capitalize() if len(words) == 1 else None)):
        said_by = named  # ("an old man named walter told me": Walter)
    else:
        return None  # ("the new one said", "everyone at practice said"): unclear who
    if said_by.split()[-1] in ("said", "says"):
        return None
    return said_by, second_person(what)


def praised(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if not told_calmly(turn, angry_too=True):
        return []
    found = praise(text)
    if found is None:
        if (work := loved(text)) is not None:
            return lines_for(lines, "praised_loved", turn, PRIOR, "happy",
                             {"who": work[0], "thing": work[1]})
        if (work := shown(text)) is not None:
            return lines_for(lines, "praised_shown", turn, PRIOR, "happy",
                             {"who": work[0], "do": work[1]})
        return []
    who, what = found
    return lines_for(lines, "praised", turn, PRIOR, "happy", {"who": who, "what": what})
