"""Capital letters for names in lower-case chat, before the fact rules read a message.

Contract: ``truecase(text) -> str`` returns ``text`` with the same length and the same
characters but for case and chat markers: words shouted in capitals ("WE GOT A PUPPY") are
lower-cased first; a standalone "i" becomes "I"; "lol", "ngl",
"tbh", "smh" become a full stop (or spaces at the start), so "i have a dog lol his name is
rocket" reads as two sentences; and a lower-case word in a place
where teens put a name becomes capitalised: after "my dog"/"my sister"/"my bff" ("my dog
pickle is asleep" -> "my dog Pickle ..."), after "called"/"named"/"name is" ("his name is
biscuit not pickle" -> "Biscuit ... Pickle"), and after "my best friend is" ("my best
friend is jess"); a test's acronym after "my" or "the" ("my sat on saturday" -> "my
SAT"). Every character offset into ``text`` stays valid for the result, so a
fact's span still points into the message as written.

What it does not know: names in other places ("jess and i went out" stays lower case
unless "jess" is in the first-name list and the parse calls it a proper noun), and nouns
that happen to follow a pet word ("my dog food is gross" is skipped only for the common
ones listed in ``_NOT_NAMES``).

``shouted(text)`` gives the spans of words in capitals inside a message in lower case (someone's
words or a sign, "yelled BUY FROM MY DAUGHTER"), which ``extractor`` reads no fact from.

``english(text)`` is False for text with letters but no common English word (a line in
another language); short fragments and choppy teen lines with a weekday or a plan word pass.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from amity.nlp.facts.coref import parse
from amity.nlp.facts.lexicon import EVENT_NOUNS, FAMILY, PETS, _names

__all__ = ["english", "truecase"]

_POSS = {"my", "his", "her", "our", "their", "your", "mine"}
_MODS = {"best", "older", "oldest", "younger", "youngest", "little", "big", "baby", "twin",
         "new", "old", "lil", "step", "fav", "favourite", "favorite", "bestest", "other"}
# Words after "my dog" / "my sister" that are not names.
#: what a pet has or gets, in the plural ("my dog treats are gone", "my cat ears are cold")
_PET_THINGS = frozenset(
    "treats toys bowls beds snacks bones chews clothes sweaters costumes pics photos videos "
    "paws ears eyes teeth nails claws whiskers legs feet noses tails meds pills shots vets "
    "groomers babies puppies kittens friends sitters walkers parents owners people days "
    "years months weeks hours minutes things stuff".split())


def _pet_name_in_s(member: Token, word: Token, after: Token | None) -> bool:
    """"my pug pickles walked across my keyboard": a pet's name that ends in s (Pickles,
    Waffles, Nuggets) after one pet of a kind, with a verb, a comma or nothing after it."""
    single = member.lower_ in PETS and not member.lower_.endswith("s")
    return single and word.lower_.endswith("s") and word.lower_ not in _PET_THINGS and (
        word.tag_ == "NNS" or word.tag_ == "VBZ" and after is not None and after.pos_ in
        {"VERB", "AUX"}) and (after is None or after.pos_ in {"VERB", "AUX", "PUNCT", "ADV",
                                                             "CCONJ"})


_NOT_NAMES = frozenset(
    "food bowl bed toy toys house walk walks park group chat room friend friends hair car "
    "phone birthday bday party school team class mom dad family kids kid name names vet "
    "lead leash collar cage tank crate treats treat door life stuff thing things lol lmao "
    "omg ngl tbh rn fr bc cuz idk btw and or but so too also just always never still "
    "literally really actually finally is was are were be been has have had does did do "
    "will would can could should got gets get keeps kept likes loves hates wants thinks "
    "says said who that which when where while because if though lately today tonight "
    "yesterday tomorrow now again here there".split()
)
_NAMING = re.compile(
    r"\b(?:called|named|name\s+is|name's|names|name\s+was|nickname\s+is|"
    r"call\s+(?:him|her|them|it|me))\s+(?:not\s+)?([a-z][a-z'-]+)\b")
_NOT = re.compile(r"\b(?:not|no)\s+([a-z][a-z'-]+)\b")
_STOP = frozenset(
    "a an the my his her our their your it him them me that this what who not no so very "
    "really just like and or but is was because cause bc lol idk".split())
_MARKER = re.compile(
    r"(?<![\w'])(?:lol+|lmao+|lmfao|rofl|ngl|tbh|istg|smh|bruh|ugh+)(?![\w'])")
_SCHOOL = re.compile(r"\b(?:go(?:es)? to|attend|attends)\s+((?:[a-z][a-z'-]*\s+){1,3}?"
                     r"(?:high|academy|college|prep|middle|elementary)(?:\s+school)?)\b")
_NOT_SCHOOL = frozenset("high middle elementary junior senior public private local "
                        "catholic community boarding".split()) - {"high", "middle",
                                                                  "elementary"}
_BESTIE = re.compile(
    r"\b(?:best\s+friend|bestie|bff|boyfriend|girlfriend|bf|gf|crush|friend|bestfriend)"
    r"(?:'s)?\s+(?:is|was|are)\s+([a-z][a-z'-]+)\b")


#: "my dog is pepper", "my big sister is maya": a pet's or a member's name said with "is"
_MEMBER_IS = re.compile(
    r"\b(?:my|his|her|our|their)\s+(?:(?:best|older|oldest|younger|youngest|little|big|baby|"
    r"twin|new|old|lil|step)\s+)*([a-z]+)\s+(?:is|was|'s)\s+([a-z][a-z'-]+)\b(?!')")
#: what follows "my dog is" / "my mom is" and is no name ("my dog is home", "... is love")
_NOT_A_NAME = frozenset(
    "home family life love everything nothing trouble asleep awake outside inside upstairs "
    "downstairs gone back away out ok okay fine good bad better worse sick ill hungry "
    "obsessed scared afraid sus weird mad sad happy tired done busy pregnant grounded "
    "working sleeping crying literally basically lowkey highkey honestly deadass kinda "
    "sorta such way mine yours hers his ours theirs one".split())


#: words shouted in capitals, two or more in a row ("omg WE GOT A PUPPY"); an acronym alone
#: ("my SAT is friday") stays
_SHOUTED = re.compile(r"\b[A-Z][A-Z']*(?:[ ,]+[A-Z][A-Z']*)+\b(?=[^a-z]|$)")


#: a test's acronym written in lower case after a possessive or "the" ("i have my sat on
#: saturday", "the psat", "my act is in june"): capitals, so it reads as a name, not "sat"
_ACRONYM = re.compile(r"\b(?:my|the|his|her|our|their|your)\s+(sat|psat|act)\b(?!\s+of\b)")


def _cap(chars: list[str], start: int) -> None:
    chars[start] = chars[start].upper()


def truecase(text: str) -> str:
    """``text`` with names in chat positions capitalised (same length; see module doc)."""
    text = _SHOUTED.sub(lambda m: m.group(0).lower(), text)  # "WE GOT A PUPPY": shouted
    if not text or not re.search(r"[a-z]", text):
        return text
    chars = list(text)
    for m in re.finditer(r"(?<![\w'])i(?![\w'])|(?<![\w'])i(?='(?:m|ve|ll|d)\b)", text):
        _cap(chars, m.start())
    # chat markers end a thought: "i have a hamster named nugget lol" -> "... nugget .  "
    # ("ngl", "lol" at the start of a message are dropped); the length stays the same
    for m in _MARKER.finditer(text):
        word = m.group(0)
        before = text[:m.start()].strip()
        fill = " " * len(word) if not before or before[-1] in ".!?,;:" else \
            "." + " " * (len(word) - 1)
        chars[m.start():m.end()] = list(fill)
    named: set[int] = set()
    for m in _NAMING.finditer(text):
        word = m.group(1)
        if word not in _STOP and word not in _NOT_NAMES:
            named.add(m.start(1))
            # "biscuit not pickle": the name it replaces is a name too
            tail = _NOT.match(text, m.end(1) + (1 if m.end(1) < len(text) else 0))
            if tail and tail.group(1) not in _STOP:
                named.add(tail.start(1))
    names = _names()
    doc = parse(text)
    toks = [t for t in doc if not t.is_space]
    at = {t.idx: t for t in toks}  # a token by where it starts
    for k, tok in enumerate(toks):
        low = tok.lower_
        if low in _POSS:
            j = k + 1
            while j < len(toks) and toks[j].lower_ in _MODS:
                j += 1
            if j + 1 >= len(toks):
                continue
            member, word = toks[j], toks[j + 1]
            mlow = member.lower_.rstrip("s") if member.lower_ not in FAMILY else member.lower_
            if mlow not in FAMILY and mlow not in PETS and member.lemma_.lower() not in FAMILY \
                    and member.lemma_.lower() not in PETS:
                continue
            w = word.text
            if not w.isalpha() or not w.islower() or w in _NOT_NAMES or w in _STOP or \
                    w in FAMILY or w.rstrip("s") in FAMILY or w in EVENT_NOUNS:
                continue  # (not "my moms boyfriend", "my cousins graduation party")
            after = toks[j + 2] if j + 2 < len(toks) else None
            if w in _MODS and after is not None and after.pos_ == "NOUN":
                continue  # "my little brothers little league games": no brother Little
            after = toks[j + 2] if j + 2 < len(toks) else None
            if w in names or (word.pos_ in {"NOUN", "PROPN", "ADJ"} and word.tag_ != "NNS"
                              and (after is None or after.pos_ not in {"NOUN"})) or \
                    _pet_name_in_s(member, word, after):
                named.add(word.idx)
    for m in _BESTIE.finditer(text):
        word = m.group(1)
        if word in _STOP or word in _NOT_NAMES:
            continue
        tok = at.get(m.start(1))
        if word in names or (tok is not None and tok.pos_ in {"NOUN", "PROPN"}
                             and tok.tag_ != "NNS"):
            named.add(m.start(1))
    for m in _MEMBER_IS.finditer(text):  # "my dog is pepper", "my cat is luna"
        kind, word = m.group(1), m.group(2)
        if kind.rstrip("s") not in PETS and kind not in PETS and kind not in FAMILY \
                or word in _STOP or word in _NOT_NAMES or word in _NOT_A_NAME:
            continue
        tok = at.get(m.start(2))
        after = next((t for t in toks if t.idx > m.start(2)
                      and t.is_alpha and not _MARKER.fullmatch(t.lower_)), None)
        if tok is None or tok.like_num or after is not None and after.pos_ == "NOUN":
            continue  # "my dog is pepper spray trained": not a name
        pet = kind not in FAMILY  # a member needs a first name: not "my mom is nurse"
        if word in names or (pet and tok.pos_ in {"NOUN", "PROPN"} and tok.tag_ != "NNS"):
            named.add(m.start(2))
    for m in _SCHOOL.finditer(text):  # "i go to riverside high" -> "Riverside High"
        words = list(re.finditer(r"[a-z][a-z'-]*", m.group(0)[m.start(1) - m.start():]))
        if any(w.group(0) in _STOP | _NOT_SCHOOL for w in words):
            continue
        named.update(m.start(1) + w.start() for w in words)
    for m in _ACRONYM.finditer(text):
        chars[m.start(1):m.end(1)] = list(m.group(1).upper())
    for start in named:
        _cap(chars, start)
    return "".join(chars)


_ENGLISH = frozenset(
    "i i'm im me my mine we our you your he she it they his her their is am are was were be "
    "the a an and or but to of in on at for with have has had do does did not no yes so "
    "this that just got get go going love like hate want can will would its it's due "
    "today tomorrow tonight week thank thanks lol lmao omg ngl tbh up out all about what "
    "when then there here how why who from by as if too very really new next last "
    # choppy teen lines: "ukulele lesson wed. learning riptide"
    "monday tuesday wednesday thursday friday saturday sunday tues wed thurs fri sat tmrw "
    "weekend school class lesson practice test game mom dad".split()
)


def english(text: str) -> bool:
    """False for text with letters but no common English word (short fragments pass)."""
    words = re.findall(r"[a-z']+", text.lower())
    if not words:
        return False
    return len(words) < 4 or any(w in _ENGLISH for w in words)


#: words in capitals after a word of saying, inside a message in lower case: someone's words,
#: a sign (not "hey so WE GOT A PUPPY", shouted)
_QUOTED_CAPS = re.compile(r"\b(?:yell\w*|scream\w*|shout\w*|said|says|say|wrote|writes|reads|read|"
                      r"texted|goes|went|sign|poster|shirt)\W+(?:that says\W+)?"
                      r"(?P<said>[A-Z][A-Z']+(?:\s+[A-Z][A-Z']*)+)\b")


def shouted(text: str) -> list[tuple[int, int]]:
    """The spans of words in capitals inside a message in lower case ("my mom yelled BUY
    FROM MY DAUGHTER at everyone" tells of no daughter); none in a message all in capitals
    (shouted, not quoted)."""
    if not re.search(r"[a-z]", text):
        return []
    return [m.span("said") for m in _QUOTED_CAPS.finditer(text)]
