"""Answering a question about what the user told, from the user's own words: never invented.

Contract: ``answer(question, sayings_, encode, previous="") -> Found | None``. ``sayings``
turns the turn's memories (ledger facts, indexed turn windows, episode summaries) and the
conversation's history into ``Said`` clauses: what the user said, a clause at a time, with
the message around it (for "he" and "she") and how recent it is. ``answer`` scores every
clause against the question: the question's topic words in the clause (in the message
around it, for less), the kind of answer asked for (a name, a place, a colour, a reason),
MiniLM similarity, a correction ("i meant mango") beating what it corrects and newer beating
older; the best clause above a floor, re-worded to the second person ("im the setter" ->
"you're the setter"), is the answer. Nothing close enough -> ``None``: the caller says it
doesn't know. ``is_recall_question`` says whether a message that no rule calls a memory
question still asks about something told before ("and my rabbit?", "what game did my
grandpa teach me").

The word tables and the stemmer are in ``recall_words``. Knows nothing about storage or
models beyond the ``encode`` it is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..nlp.facts.lexicon import FAMILY, OCCUPATIONS, PETS, is_first_name
from ..nlp.question import focus
from ..types import MemoryHit, Message
from .recall_words import (
    BODY,
    COLORS,
    CORRECTION,
    FRAME,
    FRAME_STEMS,
    KINDS,
    PAST,
    PAST_ONE,
    SCORE,
    STOP,
    clean,
    root,
    second_person,
    stems,
)

Encode = Callable[[Sequence[str]], np.ndarray]
FLOOR = 2.0  # below this no clause answers (chosen on the dev scripts)
SIMILARITY = 3.0  # weight of MiniLM similarity between question and clause (dev)
_HEAD = re.compile(r"^\[[^\]]*\]\s*")
_CLAUSE = re.compile(r"[^.!?;,\n]+")


@dataclass(frozen=True)
class Said:
    text: str  # one clause, in the user's words (a ledger fact, already in words)
    around: str  # the whole message and the user's neighbouring lines
    order: float  # newer is larger (the message id; 0 for facts and summaries)
    fact: bool = False
    line: str = ""  # the message the clause is from, without its questions


@dataclass(frozen=True)
class Found:
    text: str  # the answer, second person ("you're the setter")
    score: float
    detail: str | None = None  # the asked detail alone, when the question asks for one


def _clauses(message: str) -> list[str]:
    parts: list[str] = []
    for c in (clean(c) for c in _CLAUSE.findall(message)):
        if parts and len(c.split()) == 1:
            parts[-1] += f" {c}"  # "my aunt knows the manager, bev": one clause
        elif c:
            parts.append(c)
    out = [p for p in parts if len(p.split()) >= 2]
    # a long clause split at its joints too ("im the setter so if we lose...")
    for p in list(out):
        pieces = re.split(r"\b(?:so|but|because|cause|cuz|and then|which)\b", p)
        out += [q.strip() for q in pieces[1:] + pieces[:1]
                if len(q.split()) >= 2 and q.strip() != p]
    return out


def _user_lines(hit: MemoryHit, name: str) -> list[str]:
    """The user's own lines in an indexed item (a turn window or an episode summary)."""
    body = _HEAD.sub("", hit.text)
    if hit.kind == "episode":
        return re.findall(r'"([^"]+)"', body)
    head, _, around = body.partition("\n(around it:")
    lines = [head] + around.rstrip(")").split(" / ")
    prefix = re.compile(rf"^\s*(?:{re.escape(name)}|User):\s*")
    return [prefix.sub("", x) for x in lines if prefix.match(x)]


def sayings(memories: Sequence[MemoryHit], history: Sequence[Message], name: str
            ) -> list[Said]:
    """Every clause the user said (in the history and in the memories), and the ledger's
    facts, each with the message around it."""
    out: list[Said] = []
    seen: set[str] = set()
    user_msgs = [m for m in history if m.role == "user"]
    for i, msg in enumerate(user_msgs):
        seen.add(msg.content.strip())
        around = " ".join(m.content for m in user_msgs[max(0, i - 3): i + 2])
        line = _statements(msg.content)
        out += [Said(c, around, float(msg.id or 0), line=line) for c in _clauses(line)]
    for hit in memories:
        if hit.kind == "fact":
            # "User has a relative: grandma" -> "User has a grandma"
            text = re.sub(r"\b(has|have) an? (?:pet|sibling|parent|child|partner|relative|"
                          r"friend): ", r"\1 a ", hit.text)
            text = re.sub(rf"\b(?:{re.escape(name)}|User) (has|is|was)\b",
                          lambda m: {"has": "I have", "is": "I am", "was": "I was"}[m[1]],
                          text)
            text = re.sub(rf"\b(?:{re.escape(name)}|User) (\w+)s\b", lambda m: "I " + (
                m[1][:-1] if m[1].endswith("e") and m[1][:-1].endswith(("o", "sh", "ch", "x"))
                else m[1]), text)
            text = re.sub(rf"\b(?:{re.escape(name)}|User)'s\b", "my", text)
            text = re.sub(rf"\b(?:{re.escape(name)}|User)\b", "I", text)
            out.append(Said(text, text, 0.0, fact=True))
            continue
        lines = _user_lines(hit, name)
        for line in lines:
            if line.strip() in seen:
                continue
            seen.add(line.strip())
            around = " ".join(lines)
            kept = _statements(line)
            when = float(hit.source_id or 0) if hit.kind == "turn" else 0.0  # message ids grow
            out += [Said(c, around, when, line=kept) for c in _clauses(kept)]
    return out


def _statements(text: str) -> str:
    """``text`` without its questions ("wait i said biscuit?? i meant mango" keeps the
    second sentence): a question the user asked is no memory of theirs."""
    kept = [x for x in re.findall(r"[^.!?\n]+[.!?]*", text) if not _asks(x)]
    return " . ".join(k.strip() for k in kept)


def _asks(text: str) -> bool:
    return "?" in text or bool(re.match(r"\s*(and |ok |so )?(what|whats|who|whos|where|"
                                        r"wheres|when|which|why|how|do u|do you|did i|"
                                        r"and my)\b", text.lower()))


_T = r"(?:(?:mr|mrs|ms|miss|coach|dr)\.? )?"  # a title before a name
_NAME_PATTERNS = (
    re.compile(r"\b([\w']+) (?:name is|names|name's) (" + _T + r"\w+)"),
    re.compile(r"\b([\w']+) (?:is |was |are |were |got )?(?:called|named|nicknamed) "
               r"(the \w+(?: \w+)?|" + _T + r"\w+)"),
    # "my dog pickle", "my big brother theo", "my nan's cat biscuit"
    re.compile(r"\b(?:my|our) (?:[\w]+'?s )?(?:big |little |older |younger |baby |twin |step |"
               r"best )?(\w+),? (\w+)"),
    re.compile(r"\b(mr|mrs|ms|miss|coach|dr|sir)\.? (\w+)"),
)
# "our coach is mr reyes", "my sister is maya": a title or a known first name
_IS_TITLED = re.compile(r"(?:\b(?:my|our|his|her) |^)(\w+) (?:is|was|'s) "
                        r"((?:mr|mrs|ms|miss|coach|dr)\.? \w+|\w+)")
_IS_NAME = re.compile(r"\b(\w+) (?:is|was) (?:this |a |my )?(?:guy|girl|lady|dude|woman|man|"
                      r"kid|boy)? ?(\w+)\b")
_TOLD_NAME = re.compile(r"\b(\w+) (?:is|was|are) (?:my|our|her|his) (?:\w+ )?(\w+)")
_NOT_A_NAME = STOP | frozenset("is was are has had just keeps kept always never still got "
                               "went came who that which and but so too".split())
_PRONOUN = frozenset("he she it they hes shes its theyre they're him her them we we're were "
                     "he's she's it's his their".split())


_VERBISH = frozenset(PAST) | frozenset(
    "said told let put set bet made make take give gonna wanna cant dont wont didnt just "
    "always never also too lol finally literally actually basically".split())
_WHO_HAS_NAMES = frozenset(stems(" ".join(PETS | set(FAMILY)) + " friend bestie mate "
                                 "coach teacher cousin boyfriend girlfriend crush neighbour "
                                 "neighbor boss manager tutor pet"))
_ROLES = _WHO_HAS_NAMES | frozenset(stems(
    "drummer singer guitarist bassist captain goalie keeper director partner tutor "
    "instructor trainer doctor dentist nurse vet manager lead"))
_SOMEONE = re.compile(r"\b(?!(?:he|she|they|it|this|that|there|which)\b)\w+ (?:is|was|'s) "
                      r"(?:my|our|a|the)\b")
_THIRD = frozenset("he she they him her them his their hes shes theyre".split())
_NOUNS = frozenset(PETS | set(FAMILY) | set(OCCUPATIONS)).union(*KINDS.values())


def _mentions(topic: set[str], text: str) -> bool:
    """``text`` speaks of one of ``topic`` itself, not only as an owner ("my cousins dog"
    speaks of a dog: a "his" beside it is the dog's)."""
    words = re.findall(r"[\w']+", text.lower())
    for i, w in enumerate(words):
        if not stems(w) & topic:
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        if not (w.endswith("s") and after and after not in STOP and after not in _NOT_A_NAME):
            return True
    return False


def _name_like(word: str) -> bool:
    """"pickle" in "my dog pickle" is a name; "knows" in "my aunt knows" and "dog" in "my
    cousins dog" are not."""
    return word not in _NOUNS and (
        is_first_name(word) or not word.endswith(("s", "ed", "ing", "ly", "nt")))


_FIX_MARK = re.compile(r"\b(?:i meant|i mean|meant to say|actually|wait no|oops|not \w+)\b")
_FIX_IS = re.compile(r"\b(?:its|it's|is|hes|he's|shes|she's|called|named|meant)\s+"
                     r"((?:(?:mr|mrs|ms|miss|coach|dr)\.? )?\w+)")


def _corrected(low: str, strict: bool = False) -> str | None:
    """The word a correction gives ("wait no ... we voted and its nugget" -> "nugget");
    ``strict``: only one said plainly ("its nugget", "i meant mango")."""
    mark = _FIX_MARK.search(low)
    if not mark:
        return None
    rest = low[mark.end():]
    found = [w for w in _FIX_IS.findall(rest) if w.split()[-1] not in _NOT_A_NAME]
    if found:
        return found[-1]
    if strict and not re.match(r"i meant|i mean|meant to say", mark.group(0)):
        return None
    words = [w for w in re.findall(r"[a-z']+", rest) if w not in _NOT_A_NAME]
    return words[0] if words else None


_TITLES = frozenset("mr mrs ms miss coach dr sir".split())


def names_for(topic: set[str], said: Said, strict: bool = False) -> str | None:
    """The name ``said`` gives one of ``topic`` ("my dog pickle", "hes called rex" after a
    dog, "tara is my best friend", "Sam's cat is called Waffles"), or None. ``strict``: only
    a name said plainly, to be said back alone ("my X Y" only of a pet or a person)."""
    low, around = said.text.lower(), stems(said.around)
    if CORRECTION.search(low) and around & topic and said.around != said.text:
        # "i meant mango", said where the cat was named: the corrected word is the name
        before = names_for(topic, Said(said.around, said.around, said.order), strict)
        word = _corrected(low, strict)
        return word if before and word else (None if strict else before)
    for rx in _NAME_PATTERNS:
        for head, name in rx.findall(low):
            if name in _NOT_A_NAME or not re.sub(r"[ .]", "", name).isalpha() or (
                    name.startswith("the ") and rx is not _NAME_PATTERNS[1]) or (
                    rx in (_NAME_PATTERNS[2], _NAME_PATTERNS[3]) and (
                        not _name_like(name) or name in _VERBISH)):
                # "coach moved me around": "moved" is no name
                continue
            if strict and rx is _NAME_PATTERNS[2] and (
                    name in _VERBISH or not stems(head) & _WHO_HAS_NAMES):
                continue
            if root(name) in topic:
                continue  # "my science teacher": "teacher" is what was asked, not a name
            if stems(head) & topic or (head in _PRONOUN and _mentions(topic, said.around)):
                return f"{head} {name}" if head in _TITLES else name
    for head, name in _IS_NAME.findall(low):
        if is_first_name(name) and stems(head) & topic:
            return name
    for head, name in _IS_TITLED.findall(low):
        if stems(head) & topic and (" " in name or is_first_name(name)) and \
                name not in _NOT_A_NAME and root(name) not in topic:
            return name
    for name, head in _TOLD_NAME.findall(low):
        if name not in _NOT_A_NAME and stems(head) & topic:
            return name
    return None


WANTS = {
    "name": re.compile(r"\b(name|called|surname)\b"),
    "who": re.compile(r"\b(who|whos|whose)\b"),
    "color": re.compile(r"\b(colou?r)\b"),
    "place": re.compile(r"\bwhere\b"),
    "reason": re.compile(r"\bwhy\b"),
    "favorite": re.compile(r"\b(favou?rite|fav|fave)\b|\bbest (?!friend|mate|bud|pal)"),
    "job": re.compile(r"\b(job|jobs|for a living|work as|works as)\b"),
    "count": re.compile(r"\bhow (many|much|old|long)\b|\b(pb|pr|score)\b|\bwhat time\b"),
}
_DATES = re.compile(r"\b(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?\s*"
                    r"\d{1,2} (?:january|february|march|april|may|june|july|august|september|"
                    r"october|november|december) \d{4}\b|\b\d{1,2}(?:st|nd|rd|th)\b")
LIKING = re.compile(r"\b(favou?rite|fav|fave|best|love|loves|like|likes|obsessed|into)\b")
NUMBER = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"twice|once|thrice|dozen|hundred|half)\b")


_HEAD_OF = (re.compile(r"(\w+?)(?:'?s)?\s+(?:first |last |middle |full )?(?:name|surname)\b"),
            re.compile(r"(\w+)\s+(?:called|named)\b"))


def named_head(question: str) -> str | None:
    """The thing whose name is asked ("my sister's boyfriend called" -> "boyfriend")."""
    for rx in _HEAD_OF:
        m = rx.search(question.lower())
        if m:
            head = stems(m.group(1))
            if head:
                return next(iter(head))
    return None


def _kind_bonus(wants: set[str], said: Said, asked: set[str], question: str
                ) -> float | None:
    """How well ``said`` is the kind of answer asked for; None: it cannot be one."""
    low = said.text.lower()
    bonus = 0.0
    if "name" in wants:
        head = named_head(question)
        if not names_for({head} if head else asked, said):
            return None
        if re.search(r"\b(surname|last name|family name)\b", question.lower()) and \
                not re.search(r"\b(surname|last name|family name)\b", low):
            return None  # a first name does not answer it
        bonus += 1.0
    if "who" in wants and (names_for(asked, said) or re.search(r"\b[A-Z][a-z]+", said.text[1:])
                           or re.search(r"\b(with|and) \w+", low)):
        bonus += 0.5
    bonus += 1.5 * _of_kind(asked, low) + 1.5 * _a_score(asked, low)
    if "count" in wants and not NUMBER.search(_DATES.sub(" ", low)):
        return None  # a date is no count: "came home on saturday 07 march" is no age
    if "favorite" in wants and not LIKING.search(low):
        return None  # "i have a maths test" is no favourite subject
    if "job" in wants:
        owner = re.search(r"([\w']+) (?:job|jobs)\b", question.lower())
        whose = stems(owner.group(1)) if owner else set()
        if not re.search(r"\b(work|works|worked|job|is an? \w+)\b", low) or (
                whose and not (stems(said.text) & whose or _PRONOUN & set(low.split()))):
            return None  # whose job: "priya works there" is not mum's
    if "color" in wants:
        if not COLORS & set(low.split()):
            return None
        bonus += 1.0
    if "place" in wants:
        if not re.search(r"\b(in|at|to|from|near)\s+\w+", low):
            return None  # "where" wants a place: "your teacher is mrs lindqvist" is none
        bonus += 0.5
    if "reason" in wants and re.search(r"\b(because|cause|cuz|coz|bc|since|allergic)\b", low):
        bonus += 1.0
    return bonus


def _of_kind(topic: set[str], low: str) -> bool:
    """``low`` names one of a kind the question asks for ("position" -> "keeper")."""
    return any(KINDS[k] & set(low.split()) for k in topic if k in KINDS)


def _a_score(topic: set[str], low: str) -> bool:
    """The question asks for a score and ``low`` gives one ("we won 3-1")."""
    return "scor" in topic and bool(SCORE.search(low))


_PREPS = ("about", "with", "from", "for", "after", "before")


def _agrees(question: str, clause: str) -> float:
    """The clause says it of the one asked about (the user: "did i", "my"), with the
    question's preposition ("who did i go WITH", "what is it ABOUT")."""
    q, c = set(question.lower().split()), set(clause.lower().split())
    score = 0.3 * len(q & c & set(_PREPS))
    mine = {"i", "im", "i'm", "my", "me", "we", "our", "us", "ive", "i've"}
    if q & {"i", "my", "me", "we", "our"} and c & mine:
        score += 0.3
    return score


def asked_words(question: str, previous: str = "") -> tuple[set[str], set[str]]:
    """(topic stems, wanted kinds) of a question; a short follow-on ("and my rabbit?")
    borrows the kind of the question before it, a "she" or "he" its topic."""
    low = focus(question).lower()
    topic = stems(low) - FRAME - FRAME_STEMS
    wants = {k for k, rx in WANTS.items() if rx.search(low)}
    if re.search(r"\b(kind|type|breed)\b", low) and topic & {"dog", "cat"}:
        topic.add("breed")
    if topic <= {"play", "band", "team"} and "play" in topic:
        topic |= {"instrument", "sport", "position"}  # "what do i play" -> "im on drums"
    if re.search(r"\bwhich\b", low) and topic & BODY:
        topic.add("side")  # "which wrist did i break" -> "my left one"
    prev = previous.lower()
    if prev and re.match(r"^\s*(and|what about|how about|n)\b", low) and len(low.split()) <= 5:
        wants |= {k for k, rx in WANTS.items() if rx.search(prev)}
    if prev and re.search(r"\b(he|she|they|him|her|them|it)\b", low) and _asks(prev):
        topic |= {w for w in stems(prev) - FRAME - FRAME_STEMS if w not in topic}
    return topic, wants


def answer(question: str, said: Sequence[Said], encode: Encode | None,
           previous: str = "") -> Found | None:
    """The clause that answers ``question`` (see the module doc), or None."""
    question = focus(question)
    topic, wants = asked_words(question, previous)
    if not topic or not said:
        return None
    scored: list[tuple[float, Said]] = []
    owner = re.search(r"\b(?:my|our) (\w+)'?s? (?:\w+ )?(?:play|plays|does|do|did|is|was|"
                      r"got|get|went|like|likes|work|works|study|studies|live|lives)\b",
                      question.lower())
    whose = stems(owner.group(1)) & _WHO_HAS_NAMES if owner else set()
    fixes = [(s.order, stems(s.line or s.text) - topic) for s in said
             if CORRECTION.search(s.text.lower())]
    for s in said:
        words, near = stems(s.text), stems(s.around)
        inside = len(topic & words)
        beside = len((topic & near) - words)
        low = s.text.lower()
        if not inside and not beside and not (_of_kind(topic, low) or _a_score(topic, low)):
            continue
        if not (words - topic - FRAME):
            continue  # says nothing the question does not: no answer in it
        bonus = _kind_bonus(wants, s, topic, question)
        if bonus is None:
            continue
        score = inside + 0.5 * beside + bonus + _agrees(question, s.text)
        score += 0.1 * min(len(words - topic), 6)  # a clause that says more
        if CORRECTION.search(low):
            score += 1.5  # "i meant mango": the newer word wins
        elif any(order > s.order and words & wrong for order, wrong in fixes):
            score -= 1.5  # a newer message corrects a word of this one
        if PAST_ONE.search(low):
            score -= 0.7  # "biscuit was our old cat": not the one asked about
        if whose and not (whose & stems(s.line or s.text) or (
                _THIRD & set(low.split()) and whose & stems(s.around)
                and not _SOMEONE.search((s.line or s.text).lower()))):
            continue  # asked of "my sister": not the user's line, nor "harper ... she plays"
        score += 0.2 if s.fact and wants & {"name", "who"} else 0.0
        scored.append((score, s))
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], -x[1].order))
    top = scored[:12]
    if encode is not None:
        vecs = encode([question] + [s.text for _, s in top])
        sims = vecs[1:] @ vecs[0]
        top = [(sc + SIMILARITY * float(sim), s) for (sc, s), sim in zip(top, sims, strict=True)]
    top.sort(key=lambda x: (-x[0], -x[1].order))
    best_score, best = top[0]
    if best_score < FLOOR:
        return None
    said_back = second_person(best.text) if best.fact else \
        f"you told me {second_person(_told(best))}"
    return Found(said_back, round(best_score, 3), detail(question, topic, wants, best))


_SHADES = frozenset("light dark bright pale neon baby pastel hot deep sky lime mint".split())
_PETS = frozenset(stems(" ".join(KINDS["animal"])))


def detail(question: str, topic: set[str], wants: set[str], said: Said) -> str | None:
    """The asked detail in ``said`` ("whats my dogs name" -> "Pickle", "what colour" ->
    "pink", "which position" -> "keeper"), for a short answer; None when the question asks
    for more than a word or the clause does not hold it plainly."""
    low = said.text.lower()
    words = re.findall(r"[\w'-]+", low)
    if "name" in wants:
        head = named_head(question)
        name = names_for({head} if head else topic, said, strict=True)
        return _title(name) if name else None
    if "color" in wants:
        for i, w in enumerate(words):
            if w in COLORS:
                shade = words[i - 1] if i and words[i - 1] in _SHADES else ""
                return f"{shade} {w}".strip()
        return None
    if "who" in wants:  # a person in a role ("whos our drummer"), not a thing's name
        if topic & _PETS or CORRECTION.search(low) or not topic & _ROLES or \
                re.search(r"\bwho\s+\w+ed\b", question.lower()):
            return None  # "who named the car": the one who did it, not the car's name
        name = names_for(topic, said, strict=True)
        return _title(name) if name else None
    kinds = [KINDS[k] for k in topic if k in KINDS]
    for kind in kinds:
        at = next((i for i, w in enumerate(words) if w in kind), None)
        if at is not None:  # the first one said: "left back even tho ive played midfield"
            side = words[at - 1] if at and words[at - 1] in KINDS["side"] else ""
            end = at + 1
            while end < len(words) and words[end] in kind:
                end += 1  # "hot chocolate"
            return " ".join([side, *words[at:end]]).strip()
    return None


def _title(name: str) -> str:
    return " ".join(w.capitalize() for w in name.split())


def _told(said: Said) -> str:
    """What to say back: the clause's whole message when it is short (the answer is often
    in the clause beside the one that matched: "she's into photography, wants to study it
    at college"), else the clause; without the chat openers ("ugh sunny", "ok so also")."""
    whole = clean(said.line.replace(" . ", ", "))
    told = whole if said.line and len(whole.split()) <= 24 else said.text
    trimmed = _OPENERS.sub("", told)
    return trimmed if len(trimmed.split()) >= 3 else told


_OPENERS = re.compile(r"^(?:(?:ugh+|ok|okay|so|also|anyway|anyways|btw|wait|omg|sunny+|hey+|"
                      r"hi+|yo|well|oh|and|but|ngl|tbh|lowkey|actually|big news|guess what)"
                      r"\b[\s,]*)+", re.I)


_WH = re.compile(r"(?:^|[,.!?]\s*|\b(?:ok|so|and|wait|but|time|btw|lol|also|oh|hey|um|"
                 r"yo|rn|asked|know|forgot|remember)\s+)"
                 r"((?:what|whats|which|who|whos|whose|where|wheres|why|when|how many|how much|"
                 r"how old|how long)\b.*)$")
_ADVICE = re.compile(r"\b(should|could|would|can|shall|will|gonna)\b|\bhow (do|can|to)\b|"
                     r"\b(you|u|ur|your|sunny)\b")


def is_recall_question(text: str, previous: str = "") -> bool:
    """A question about the user's own past or people ("and my rabbit?", "what game did my
    grandpa teach me", "whos our coach") rather than advice ("what should i do about my
    sister") or a question to Sunny; a short one after such a question ("and where?")."""
    low = text.lower().strip()
    if re.match(r"^(and|what about|how about|n) (my|his|her|their|our)\b", low):
        return True
    found = _WH.search(low)
    if not found or _ADVICE.search(found.group(1)):
        return False
    clause = found.group(1)
    if re.search(r"\b(my|i|we|our|us|me|he|she|they|his|her|him|them|it|the|that|did|does|"
                 r"do|was|were|is|are)\b", clause):
        return True
    return len(clause.split()) <= 4 and is_recall_question(previous) if previous else False
