"""Names and single details in the user's words, for memory answers: who is called what
("my dog pickle", "our coach is mr reyes", "were called the midnight toasters", "wait no its
nugget"), which thing a name question asks about ("my sister's boyfriend called" ->
"boyfriend"), and the one detail a short answer says ("Pickle", "bright orange", "left back").

Contract: ``names_for(topic, text, around, strict=False) -> str | None`` (``strict``: only a
name said plainly, to be said back on its own); ``named_head(question) -> str | None``;
``detail(question, topic, wants, text, around) -> str | None``. Pure functions over the word
tables of ``recall_words``; used by ``amity.voice.recall``.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import FAMILY, OCCUPATIONS, PETS, is_first_name
from .recall_words import COLORS, CORRECTION, KINDS, PAST, STOP, root, stems

_T = r"(?:(?:mr|mrs|ms|miss|coach|dr)\.? )?"  # a title before a name
_NAME_PATTERNS = (
    re.compile(r"\b([\w']+) (?:name is|names|name's) (" + _T + r"\w+)"),
    re.compile(r"\b([\w']+)(?: is an? \w+| there| here| now)? (?:is |was |are |were |got )?"
               r"(?:called|named|nicknamed) "
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
PRONOUN = frozenset("he she it they hes shes its theyre they're him her them we we're were "
                     "he's she's it's his their".split())


_VERBISH = frozenset(PAST) | frozenset(
    "said told let put set bet made make take give gonna wanna cant dont wont didnt just "
    "always never also too lol finally literally actually basically".split())
WHO_HAS_NAMES = frozenset(stems(" ".join(PETS | set(FAMILY)) + " friend bestie mate "
                                 "coach teacher cousin boyfriend girlfriend crush neighbour "
                                 "neighbor boss manager tutor pet"))
_ROLES = WHO_HAS_NAMES | frozenset(stems(
    "drummer singer guitarist bassist captain goalie keeper director partner tutor "
    "instructor trainer doctor dentist nurse vet manager lead"))
SOMEONE = re.compile(r"\b(?!(?:he|she|they|it|this|that|there|which)\b)\w+ (?:is|was|'s) "
                      r"(?:my|our|a|the)\b")
THIRD = frozenset("he she they him her them his their hes shes theyre".split())
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


def _acts(low: str, word: str) -> bool:
    """``word`` is followed by a past-tense verb ("my cat pickles knocked my bottle"), so it
    names the one who did it, though it looks like a plural."""
    nxt = re.search(rf"\b{re.escape(word)} (\w+)", low)
    return bool(nxt) and word not in _NOUNS and (
        nxt.group(1).endswith("ed") or nxt.group(1) in _PAST)


_PAST = frozenset("ate got was is knocked stole ran broke did made bit threw".split())


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


def names_for(topic: set[str], text: str, around: str, strict: bool = False
              ) -> str | None:
    """The name ``text`` gives one of ``topic`` ("my dog pickle", "hes called rex" after a
    dog, "tara is my best friend", "Sam's cat is called Waffles"), or None. ``strict``: only
    a name said plainly, to be said back alone ("my X Y" only of a pet or a person)."""
    low, near = text.lower(), stems(around)
    if CORRECTION.search(low) and near & topic and around != text:
        # "i meant mango", said where the cat was named: the corrected word is the name
        before = names_for(topic, around, around, strict)
        word = _corrected(low, strict)
        return word if before and word else (None if strict else before)
    for rx in _NAME_PATTERNS:
        for head, name in rx.findall(low):
            if name in _NOT_A_NAME or not re.sub(r"[ .]", "", name).isalpha() or (
                    name.startswith("the ") and rx is not _NAME_PATTERNS[1]) or (
                    rx in (_NAME_PATTERNS[2], _NAME_PATTERNS[3]) and (
                        not (_name_like(name) or _acts(low, name)) or name in _VERBISH)):
                # "coach moved me around": "moved" is no name
                continue
            if strict and rx is _NAME_PATTERNS[2] and (
                    name in _VERBISH or not stems(head) & WHO_HAS_NAMES):
                continue
            if root(name) in topic:
                continue  # "my science teacher": "teacher" is what was asked, not a name
            if stems(head) & topic or (head in PRONOUN and _mentions(topic, around)):
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


_HEAD_OF = (re.compile(r"(\w+?)(?:'?s)?\s+(?:first |last |middle |full )?(?:name|surname)\b"),
            # "the horse i ride called": the horse, not "ride"
            re.compile(r"(\w+) (?:that |who )?(?:i|we|he|she|they|u|you) \w+ (?:called|named)\b"),
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


_SHADES = frozenset("light dark bright pale neon baby pastel hot deep sky lime mint".split())
_PETS = frozenset(stems(" ".join(KINDS["animal"])))


def detail(question: str, topic: set[str], wants: set[str], text: str, around: str
           ) -> str | None:
    """The asked detail in ``text`` ("whats my dogs name" -> "Pickle", "what colour" ->
    "pink", "which position" -> "keeper"), for a short answer; None when the question asks
    for more than a word or the clause does not hold it plainly."""
    low = text.lower()
    words = re.findall(r"[\w'-]+", low)
    if "name" in wants:
        head = named_head(question)
        name = names_for({head} if head else topic, text, around, strict=True)
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
        name = names_for(topic, text, around, strict=True)
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
