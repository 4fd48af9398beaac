"""Whose thing a memory question asks of: someone else's ("how old is leos little sister"
-> the sister: ``possessed``), a person named by a first name the user told ("how old is
hugo" -> "hugo": ``asked_of``, with ``speaks_of`` for a line about them), and the first
names told for a relative asked of ("my little brother theos sock" -> theo, for "how old is
my brother": ``kin_names``), and whether the one asked of is placed where nothing told
ever was ("my goalie coach at summer camp": ``untold_where``), or asks of someone's thing
never told ("granddaddys boat": ``untold_thing``). Pure functions over text and the word
tables; used by ``amity.voice.recall``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.facts.lexicon import EVENT_NOUNS, FAMILY, is_first_name
from .recall_names import (
    NOT_A_NAME,
    NOUNS,
    PET_STEMS,
    PRONOUN,
    THIRD,
    WHO_HAS_NAMES,
)
from .recall_words import FRAME, STOP, stems

_OWNED = re.compile(r"\b(?=([a-z]+)(?:'s|s|') (?:(?:little|big|older|younger|baby|twin|step|"
                    r"new|old|best|fav|fave|favorite|favourite|first) )?([a-z]+)\b)")
# (a lookahead, so "whats tariqs dogs name" reads "tariqs dogs", not only "whats tariqs")


_THINGS = frozenset(stems(" ".join(NOUNS)))


def possessed(question: str, told_texts: Sequence[str]) -> set[str]:
    """What a question asks of someone else's ("how old is leos little sister" -> the
    sister, "whats zains hamster called" -> the hamster): someone the user named (a first
    name, or a word they told that is no common noun), owning a thing the question names.
    Empty when it asks of no one's thing. ``told_texts``: what the user said."""
    told: set[str] = set()
    for text in told_texts:
        told |= set(re.findall(r"[a-z]+", text.lower()))
    for owner, thing in _OWNED.findall(question.lower().replace("’", "'")):
        if owner in STOP or owner in PRONOUN or len(owner) < 2:
            continue
        if not (is_first_name(owner) or (owner in told and not stems(owner) & WHO_HAS_NAMES
                                         and owner not in NOUNS)):
            continue
        wanted = stems(thing) & (WHO_HAS_NAMES | _THINGS)  # one who has, not "owens age"
        if wanted:
            return wanted
    return set()


#: "how old is hugo", "whats marcus's main agent", "what colour is ffion's dress"
_ASKED_OF = re.compile(r"\b(?:is|was|does|did|do|has|had)\s+([a-z]+)\b(?!'s)|"
                       # (overlapping: "what's ash's character" is ash's, not what's)
                       r"\b(?=([a-z]+)(?:'s|’s)\s+\w+)")


def asked_of(question: str, told_texts: Sequence[str]) -> str | None:
    """The person a question asks about by a first name the user told ("how old is hugo"
    -> "hugo", "whats marcus's main agent" -> "marcus"), or None (the user's own, or no
    one named)."""
    told: set[str] = set()
    named: set[str] = set()  # told as a name: "my big brother jaylen", "teo says"
    for text in told_texts:
        low = text.lower()
        told |= set(re.findall(r"[a-z]+", low))
        named |= {m.group(1) or m.group(2) for m in _TOLD_NAME.finditer(low)}
    for m in _ASKED_OF.finditer(question.lower()):
        name = m.group(1) or m.group(2)
        if m.group(2) and _as_name(name, told_texts):
            return name  # "what's the name of bud's tractor": bud, told as a name
        if name and name in told and name not in STOP and name not in _COMMON_WORDS and (
                is_first_name(name) or name in named and name not in PRONOUN
                and not stems(name) & WHO_HAS_NAMES and name not in FAMILY and name not in NOUNS):
            return name
    return None


#: someone's thing asked by their role: "my best friends dogs name", "my cousin's cat"
_ROLE_OWNED = re.compile(r"\bmy (?:(?:best|older|oldest|younger|little|big|baby|twin|step) )?"
                         r"(friend|bff|bestie|sister|brother|sis|bro|cousin|neighbou?r|aunt|"
                         r"uncle|grandma|grandpa|nana|mom|mum|dad|boyfriend|girlfriend)"
                         r"(?:'s|’s|s) (?:(?:new|old|little|big) )?([a-z]+)\b")


def owner_asked(question: str, theirs: set[str] = frozenset()) -> tuple[str, set[str]] | None:
    """The owner and the thing when ``question`` asks of a relative's, a friend's or someone
    named's thing ("my best friends dogs name" -> ("friend", {"dog"}); "whats tariqs dogs
    name" with ``theirs`` from ``possessed`` -> ("tariq", {"dog"})), else None."""
    low_q = question.lower().replace("’", "'")
    if (m := _ROLE_OWNED.search(low_q)) is not None:
        return m.group(1), stems(m.group(2))
    return next(((o, stems(t)) for o, t in _OWNED.findall(low_q) if stems(t) & theirs), None)


def tells_own(owner: tuple[str, set[str]], text: str) -> bool:
    """``text`` tells the user's own one of the thing asked of ``owner`` and not the owner
    ("my dog pepper is a whippet"): not the answer."""
    role, thing = owner
    low = text.lower()
    own = any(stems(" ".join(t)) & thing for t in re.findall(r"\bmy (\w+)(?: (\w+))?", low))
    return own and not re.search(rf"\b{role}", low)


def mine_not_theirs(question: str, text: str, theirs: set[str] = frozenset()) -> bool:
    """``tells_own`` of the owner ``question`` asks of (``owner_asked``)."""
    owner = owner_asked(question, theirs)
    return owner is not None and tells_own(owner, text)


#: the user's own thing asked: "whats my twitch username" (not "my friends username")
_MINE_ASKED = re.compile(r"\bmy ((?:[a-z]+ )?[a-z]+)\b")
#: someone else's thing told: "her username is fernlight", "kai's username"
_THEIRS_TOLD = re.compile(r"\b(?:her|his|their|[a-z]+'s) ((?:[a-z]+ )?[a-z]+)\b")


#: a thing told right after someone else: "this other guy in chat ..., username crustyboi99"
_SOMEONE_ELSES = re.compile(r"\b(?:guy|girl|kid|dude|lady|boy|man|woman)\b[^.!?]{0,60}?,\s*"
                            r"([a-z]+) [a-z0-9_]+\b")


def theirs_not_mine(question: str, text: str) -> bool:
    """``question`` asks of the user's own thing ("whats my twitch username"), and ``text``
    tells only someone else's ("her username is fernlight but her real name is isla"): not
    the answer (fresh12 answered the mod's username)."""
    low_q, low = question.lower().replace("’", "'"), text.lower().replace("’", "'")
    low = re.sub(r"\byour\b", "my", re.sub(r"^you told me\s+", "", low))  # (said back)
    said = _MINE_ASKED.findall(low_q)
    if any(len(m.split()) > 1 and m.split()[0].endswith("s") for m in said):
        return False  # "my mods real name": the mod's, whom "her" may well be
    asked = {w for m in said for w in stems(m.split()[-1])} - WHO_HAS_NAMES - FRAME
    if not asked or _ROLE_OWNED.search(low_q):
        return False
    theirs = {w for m in _THEIRS_TOLD.findall(low) for w in stems(m)} & asked
    mine = {w for m in _MINE_ASKED.findall(low) for w in stems(m)}
    if asked & mine:
        return False
    if theirs and not re.search(r"\b(?:i|im|i'm|me)\b", low):
        return True
    # "theres this other guy in chat who keeps backseat gaming, username crustyboi99"
    return any(asked & stems(m.group(1)) for m in _SOMEONE_ELSES.finditer(low))


#: a name the user told as one, though no list knows it: after a relative or a friend ("my
#: big brother jaylen is 17", "this old guy walt"), or saying something ("teo says its the
#: dumbest name")
_TOLD_NAME = re.compile(r"\b(?:(?:brother|sister|cousin|friend|bestie|bff|neighbou?r|coach|"
                        r"guy|dude|lady) ([a-z]{3,})\b|^([a-z]{3,}) (?=says|said))")
#: a word after which no name comes: "the tractor", "my boss"
_DETERMINED = re.compile(r"\b(?:the|a|an|my|our|your|his|her|their|this|that|these|those|"
                         r"some|any|every|each|no)\s+$")


def _as_name(word: str, told_texts: Sequence[str]) -> bool:
    """A word asked with its "'s" ("bud's tractor") that the user told as a name: no
    common noun, never after "the" or "my" ("everyone calls them bud and june")."""
    if word in STOP or word in PRONOUN or word in NOUNS or word in FAMILY or len(word) < 3 \
            or word in _COMMON_WORDS:  # ("bud" is a friend, but not "bud and june")
        return False
    seen = False
    for text in told_texts:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text.lower()):
            if _DETERMINED.search(text.lower()[:m.start()]):
                return False
            seen = True
    return seen


def speaks_of(name: str, line: str, around: str) -> bool:
    """A message ``line`` speaks of ``name`` (from ``asked_of``): names them, or says
    "he"/"she"/"they" among lines (``around``) that name them."""
    low = line.lower()
    if re.search(rf"\b{re.escape(name)}", low):
        return True
    if names_other(low, {name}):
        return False  # "my teacher ms anand said my bowing is 'like sawing a log', she was
        # laughing": hers, not craig's told beside it (dev27)
    return bool(THIRD & set(re.findall(r"[a-z']+", low))) and name in around.lower()


_NAMED_AS = re.compile(r"\b(?:name is|names|named|called|(?:friend|brother|sister|cousin|guy|"
                       r"girl|kid|lady|dude|coworker|boss|manager|neighbou?r) )\s*([a-z]{3,})\b")
_TITLED_NAME = re.compile(r"\b(?:mr|mrs|ms|miss|dr|coach|professor|captain)\.? ([a-z]{2,})\b")


def names_other(low: str, names: set[str]) -> bool:
    """``low`` (a message, lower case) names someone by a title ("ms anand") or as a name
    ("his name is trent", "this guy trent"), and none of ``names``: what it says of "he" or
    "she" is theirs."""
    named = {m.group(1) for m in _TITLED_NAME.finditer(low)} | {
        m.group(1) for m in _NAMED_AS.finditer(low)
        if m.group(1) not in NOT_A_NAME and is_first_name(m.group(1))}
    names = names | {n[:-1] for n in names if n.endswith("s")}  # ("amaras one rule": amara)
    return bool(named) and not named & names


_COMMON_WORDS = frozenset("will may june april mark bill sue art rose grace joy hope ray "
                          "guy page dawn summer autumn faith best little big young baby".split())


_KIN_NAMED = re.compile(r"\b(?:my|our) (?:(?:little|big|older|younger|baby|twin|step|half|"
                        r"lil)[ -])?([a-z]+) ([a-z]+)")


def kin_names(topic: set[str], texts: Sequence[str]) -> dict[str, set[str]]:
    """The first names told for a person the question asks of ("my little brother theos
    sock" -> {"theo": {"broth"}} for "how old is my brother"), so that "theo is 7" answers."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for m in _KIN_NAMED.finditer(text.lower()):
            kin = stems(m.group(1)) & topic
            name = next((n for n in (m.group(2), re.sub(r"'?s$", "", m.group(2)))
                         if n not in STOP and is_first_name(n)), None)
            if kin and m.group(1) in FAMILY and name:
                out.setdefault(name, set()).update(kin)
    return out


#: where or when the one asked of was met: "my goalie coach at summer camp", "my friend from
#: art class"
_WHERE_MET = re.compile(r"\b(?:at|from|in|during) (?:the |my |our |that )?"
                        r"([a-z]{3,}(?: [a-z]{3,})?)(?= (?:was|is|were|called|named|again)\b|"
                        r"\W*$|\?)")


def untold_where(question: str, told_texts: Sequence[str]) -> bool:
    """Whether the question places the one it asks of ("at summer camp") where nothing told
    ever was: then no name told elsewhere answers it. ``told_texts``: what the user said
    (with what was around it)."""
    found = _WHERE_MET.search(question.lower())
    if found is None:
        return False
    asked = stems(found.group(1)) - FRAME
    return bool(asked) and not asked & set().union(*(stems(t) for t in told_texts))


#: "granddaddys boat": an owner, then the thing of theirs asked of
_KIN = re.compile(r"(?:grand|great|step)*(?:ma|pa|mom|mum|dad|daddy|mama|papa|nana|nan|gran|"
                  r"granny|grandad|granddad|granddaddy|auntie|aunt|uncle|tia|tio|abuela|abuelo|"
                  r"cousin|brother|sister|bro|sis)")
_THEIR_THING = re.compile(r"\b([a-z]{3,}?)('s|s|’s) ([a-z]{3,})\b")
_OWN_NAMED = re.compile(r"\b(?:did|does)\s+(?:mr|mrs|ms|miss|dr|coach|my|our)?\s*([a-z]{3,})\s+"
                        r"(?:name|call)\s+(?:her|his|their)\s+own\s+([a-z]{3,})")
#: a thing of the user's and what is asked of it: "my jersey number", "my locker combo"
_MY_THINGS = re.compile(r"\bmy (?:[a-z]+ )?([a-z]{3,}) (number|size|code|combo|combination|"
                        r"password|colou?r|look(?:s|ed)? like)\b")
_GIVEN_NAME = re.compile(r"\b(?:named|called|name is|names?)\b")
_PRONOUNS = frozenset("you she they him her them his hers".split())
_THEY_CHOSE = re.compile(r"\b(?:what|which) ([a-z]{3,}) (?:did|does) ([a-z]{3,}) (?:say|said|want|"
                         r"pick|choose|chose|recommend|suggest|like)\b")
#: what anyone has, told or not, that a question may ask of without naming it before
#: what is told of by its day or place rather than its name ("grandmas 70th at olive garden")
_MEALS = frozenset("dinner lunch breakfast brunch bbq cookout thing event celebration "
                   "surprise".split())
_SAYS_OF = frozenset("new old little big older younger baby first last best other own real "
                     "current next whole main".split())
_ANYONES = frozenset(stems("name age birthday bday favorite favourite fav job number phone "
                           "address house place thing stuff one ones order"))


#: a verb after someone, no thing of theirs: "which one of my friends likes frogs"
_DOES = frozenset("likes loves hates wants has says plays goes lives works knows thinks gets "
                  "keeps makes does needs".split())


def untold_thing(question: str, told_texts: Sequence[str]) -> bool:
    """Whether the question asks of someone's thing ("what year did i say granddaddys boat
    was") where the owner was told of and the thing never was: then nothing told answers
    it ("2009 silverado" was jace's truck). ``told_texts``: what the user said."""
    told = set().union(*(stems(t) for t in told_texts)) if told_texts else set()
    if own := _OWN_NAMED.search(question.lower()):  # "what did mrs alvarez name her own cat":
        # only a message with her, the kind and a name given answers it (not the teen's cat)
        owner, thing = stems(own.group(1)), stems(own.group(2))
        return not any(owner <= stems(t) and thing & stems(t) and _GIVEN_NAME.search(t.lower())
                       for t in told_texts)
    # "what did i say my volleyball jersey number was": no jersey was told, so no number is
    # its number ("theo is 7" is the brother's age)
    if (attr := _MY_THINGS.search(question.lower())) and attr.group(1) not in STOP and \
            not stems(attr.group(1)) & told and (attr.group(2).startswith("look") or not any(
                re.search(rf"\b{attr.group(2)}\b", t.lower()) for t in told_texts)):
        return True  # (but "im gonna be number 11" tells the jersey's number)
    # "what song did noor say she wanted me to learn": noor's song, the same as "noors song"
    asked_of_them = [(who, "'s", thing) for thing, who in _THEY_CHOSE.findall(question.lower())
                     if who not in _PRONOUNS]
    for owner, mark, thing in _THEIR_THING.findall(question.lower()) + asked_of_them:
        if not mark.startswith(("'", "’")) and not (
                is_first_name(owner) or owner in FAMILY or stems(owner) & WHO_HAS_NAMES
                or _KIN.fullmatch(owner)):
            continue  # "the guy who trains people": a verb, no owner
        wanted = stems(thing) - FRAME - _ANYONES
        if stems(owner) & told and wanted and thing not in STOP | _SAYS_OF | EVENT_NOUNS | \
                _MEALS | _DOES and \
                not thing.endswith(("ing", "ly", "ed")) and not wanted & told:
            return True
    return False


_SUBJECTS = {"chem": "chemistry", "bio": "biology", "math": "maths", "calc": "calculus",
             "lit": "english", "spanish": "spanish", "french": "french", "german": "german",
             "english": "english", "history": "history", "science": "science", "art": "art",
             "music": "music", "physics": "physics", "chemistry": "chemistry", "maths": "maths",
             "biology": "biology", "pe": "gym", "gym": "gym", "drama": "drama", "band": "band",
             "choir": "choir", "piano": "piano", "guitar": "guitar", "violin": "violin",
             "dance": "dance", "swim": "swim", "tennis": "tennis", "soccer": "soccer",
             "geometry": "geometry", "algebra": "algebra", "calculus": "calculus"}
_SUBJECT_ROLE = re.compile(rf"\b({'|'.join(_SUBJECTS)}) (teacher|coach|tutor|instructor)s?\b")


def other_subject(question: str, text: str) -> bool:
    """``text`` names another subject's teacher (or coach) than the one asked: "my chem
    teacher is mr..." is not answered by "my english teacher ms lowe"."""
    asked = _SUBJECT_ROLE.search(question.lower())
    if not asked:
        return False
    told = [_SUBJECTS[m.group(1)] for m in _SUBJECT_ROLE.finditer(text.lower())
            if m.group(2) == asked.group(2)]  # ("my english teacher mr castellano is cool ...
    # but my history teacher mrs bright is so boring": the history teacher told too)
    return bool(told) and _SUBJECTS[asked.group(1)] not in told


#: a pet named after it was told of: "ok i decided her name is biscotti", "i named him waffles"
_PET_NAMED = re.compile(r"\b(?:(?:her|his|its) name is|named (?:her|him|it)|call (?:her|him|it)|"
                        r"calling (?:her|him|it))[\s.!,:]*([a-z]{3,})\b")  # ("i named her. noodle")


def named_kinds(topic: set[str], told: Sequence[tuple[float, str]]) -> set[str]:
    """The kind of pet a name asked of was given to ("how much did i say biscotti was": the
    tortoise told of before "her name is biscotti"), from the messages before the naming
    (``told``: (order, message), oldest first; a recalled window's messages share an order
    and may come in any order, so those are read too)."""
    out: set[str] = set()
    told = list(dict.fromkeys(told))  # a message once (its clauses share its line)
    texts = [text for _, text in told]
    for i, text in enumerate(texts):
        for m in _PET_NAMED.finditer(text.lower()):
            if m.group(1) not in topic and not stems(m.group(1)) & topic:
                continue  # ("noodle": "noodl")
            window = [t for k, (order, t) in enumerate(told) if order == told[i][0] and k > i]
            for before in [text[:m.start()], *reversed(texts[max(0, i - 3):i]), *window]:
                kinds = stems(before) & PET_STEMS
                if kinds:
                    out |= kinds
                    break
    return out - topic


def titled(low: str) -> set[str]:
    """A role that is a title in a name given ("his name is sir reginald crumpet"): no
    teacher."""
    named = re.search(r"\b(?:name is|named|called)(?: it| him| her)? (?:sir|mr|mrs|ms|miss)\b",
                      low)  # ("her name is ms oyelaran": a name, not a teacher beside)
    return {"teach"} if named else set()
