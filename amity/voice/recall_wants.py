"""Which one a person wanted, of several told in one breath; who did a thing asked; what
someone said; the name the user gave their own thing.

Contract: ``wanted_by(question, told)`` is what the person the question asks of wanted,
picked or voted for, when a message of ``told`` lists two or more such wishes ("my mom wants
bear my dad wants tank my sister wants marshmallow", asked "what did my sister want to name
him" -> "marshmallow"), else None. ``who_did_it(question, told)`` is the first name told as
the doer of what "who came up with ..." or "which friend is the one who gloats" asks ("zoe
came up with it" -> "Zoe"), else None. ``quoted_by(question, told)`` is the words in quotes
told as said by the one "what was calebs advice", "what did kiki call my chili" or "what
did that backseat guy say" asks of, else None. ``own_named(question, told)``: the name given
the user's own thing ("named my army, theyre the teal reapers"), not someone else's. Pure
functions over text; used by ``remembered``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.facts.lexicon import is_first_name
from .recall_said import QUOTE_SPAN

_KIN_MOD = r"(?:(?:little|big|older|younger|baby|step|twin|best) )?"
_WANTS = re.compile(rf"\b(?:my )?{_KIN_MOD}([a-z]+) (?:wants|wanted|picked|voted for|votes for|"
                    r"likes|liked|said) ([a-z]+)\b")
_ASKED = re.compile(rf"\bwhat (?:did|does|do|was it) (?:my )?{_KIN_MOD}([a-z]+) (?:want|wanted|"
                    r"pick|picked|vote for|voted for|like|say|said)\b")
_NOT_A_PICK = frozenset("to a an the it that this me him her them us my his their our".split())


def wanted_by(question: str, told: Sequence[str]) -> str | None:
    """What the asked person wanted, of several wishes told in one message (module doc)."""
    asked = _ASKED.search(question.lower())
    if asked is None:
        return None
    who = asked.group(1)
    for text in reversed(told):
        pairs = [(w, v) for w, v in _WANTS.findall(text.lower()) if v not in _NOT_A_PICK]
        if len(pairs) < 2:
            continue
        got = [v for w, v in pairs if w == who]
        if len(got) == 1:
            return got[0]
    return None


_DEEDS = ("came up with|made|picked|chose|named|suggested|thought of|invented|started|won|"
          "found|broke|drew|wrote|baked|built|planned|organized|organised")
_WHO_DID = re.compile(rf"^\W*(?:(?:and|so|ok|okay|wait|also|oh)\s+)*(?:who|whos|who's)\s+"
                      rf"(?:(?:actually|really|first)\s+)?({_DEEDS})\b")
#: "which friend is the one who gloats": the one who does it
_THE_ONE_WHO = re.compile(r"\b(?:which|what) (?:friend|one|kid|guy|girl|cousin|teacher) (?:is|was) "
                          r"the one (?:who|that) ([a-z]{4,})\b")


def who_did_it(question: str, told: Sequence[str]) -> str | None:
    """The first name told as the one who did what the question asks (module doc), or None."""
    asked = _WHO_DID.search(question.lower()) or _THE_ONE_WHO.search(question.lower())
    if asked is None:
        return None
    deed = re.escape(asked.group(1))
    for text in reversed(told):
        for name in re.findall(rf"\b([a-z]+) (?:actually |literally |totally |kind of |kinda |"
                               rf"always |sort of |lowkey )?{deed}\b", text.lower()):
            if is_first_name(name):
                return name.capitalize()
    return None


#: what someone said, asked: "what was calebs advice", "what did kiki call my chili"
QUOTE_ASKED = re.compile(r"\bwhat(?: (?:was|were|did|does|do|is)|'s|s) (?:my )?([a-z]+?)(?:'s|s)? "
                         r"(?:advice|"
                         r"say|said|call|called|tell|told|motto|words|line)\b")
#: what someone described said: "what did that backseat guy say when i timed him out"
QUOTE_OF = re.compile(r"\bwhat did (?:that|the|this) ((?:[a-z]+ ){0,3}(?:guy|girl|kid|lady|man|"
                      r"woman|dude|teacher|coach|boss|customer|dad|mom|parent|fan|ref|ump|"
                      r"umpire|player|guest)) (?:say|said|yell|yelled|scream|screamed|shout|"
                      r"shouted|ask|asked)\b")
_NOT_SOMEONE = frozenset("i you u we they it he she that this what".split())
_QUOTED = re.compile(r"[\"“]([^\"”]{3,80})[\"”]|(?<![a-z])'([^']{3,80}?)'(?![a-z])")


def quoted_by(question: str, told: Sequence[str]) -> str | None:
    """The quoted words told as said by the one the question asks of (module doc)."""
    low_q = question.lower()
    if of := QUOTE_OF.search(low_q):  # the one described: a message that tells of them
        marks = {w for w in of.group(1).split()[:-1] if len(w) >= 3} or {
            of.group(1).split()[-1]}  # ("what did that dad yell at me": a dad told of)
        for text in reversed(told):
            low = text.lower()
            if all(re.search(rf"\b{re.escape(w)}", low) for w in marks) and (
                    words := _QUOTED.search(low)):
                return (words.group(1) or words.group(2)).strip()
    asked = QUOTE_ASKED.search(low_q)
    if asked is None or asked.group(1) in _NOT_SOMEONE:
        return None
    who = re.escape(asked.group(1))
    said = re.compile(rf"\b{who}(?:'s|s)?\b[^\"“.!?]{{0,60}}?\b(?:said|says|goes|went|told me|"
                      rf"called it|calls it)\b")
    asked_more = set(re.findall(r"[a-z]{3,}", low_q[asked.end():]))
    for text in reversed(told):
        if (found := said.search(text.lower())) is None:
            continue
        quotes = [q.group(0).strip(" '\"“”‘’") for q in QUOTE_SPAN.finditer(text.lower(),
                                                                           found.end())
                  if q.start() - found.end() <= 60]  # (in single quotes too: "told me 'if
        # you're not sure, the ride doesn't go' which is like her whole motto", dev31)
        if quotes:  # the one the rest of the question names: "what did coach say i swim
            # like": "swim like a golden retriever", not "lazy" before it (dev28)
            return max(quotes, key=lambda q: len(asked_more & set(q.split())))
    return None


def _newest(said: re.Pattern[str], told: Sequence[str]) -> re.Match[str] | None:
    """``said``'s match in the newest told line that has one, or None."""
    return next((m for text in reversed(told) if (m := said.search(text.lower()))), None)


#: "what did i name my army": the user's own thing named; "i finally named my army, theyre the
#: teal reapers" (not "his army is called the space boys")
_OWN_NAME_ASKED = re.compile(r"\bwhat did (?:i|we) (?:name|call) (?:my|our) ([a-z]+)\b")


def own_named(question: str, told: Sequence[str]) -> str | None:
    """The name the user gave their own thing the question asks of, said as "named my X,
    theyre Y" or "my X is called Y", else None."""
    asked = _OWN_NAME_ASKED.search(question.lower())
    if asked is None:
        return None
    thing = re.escape(asked.group(1))
    said = re.compile(rf"\b(?:(?:named|called|calling|naming) (?:my|our) {thing}\b,?\s*"
                      r"(?:(?:theyre|they're|they are|its|it's|it is|hes|he's|shes|she's)\s+)?|"
                      rf"(?:my|our) {thing} (?:is|are) (?:called|named) )"
                      r"((?:the )?[a-z']+(?: [a-z']+){0,2}?)"
                      r"(?=\s*(?:[.,!?]|$)|\s(?:and|but|bc|lol|which|so|now)\b)")
    return found.group(1).title() if (found := _newest(said, told)) else None


#: who a thing came from, asked: "who gave us the gerbils", "who gave us nova again"
GIVEN_ASKED = re.compile(r"\bwho (?:gave|got|sold|gifted|lent|sent|brought) (?:us|me|you|u|"
                          r"my family|my mom|my dad) (?:the |my |our |her |his |that )?"
                          r"(?P<thing>[a-z]+)\b")
#: where a thing came from, told: "2 of them. from a guy my mom works with"
_FROM = re.compile(r"\bfrom ((?:a|an|the|my|our|this|some|his|her) (?:[a-z']+ ){0,6}?[a-z']+)"
                   r"(?=\s*(?:[.,!?;]|$|\b(?:and|but|bc|so|lol|who|which|named|called|for)\b))")
#: the kinds a pet named later was first told as
_PET_KINDS = re.compile(r"\b(?:cat|kitten|kitty|dog|puppy|pup|bunny|rabbit|hamster|gerbils?|"
                        r"guinea pig|bird|parrot|fish|turtle|lizard|snake|rat|mouse|hedgehog|"
                        r"ferret|chicken|hen|duck|goat|horse|pony)s?\b")


def given_by(question: str, told: Sequence[str]) -> tuple[str, str] | None:
    """Who a thing came from, as told ("a guy my mom works with" of "got gerbils" then "2 of
    them. from a guy my mom works with"; "a lady on our street" of "we adopted a cat!!! from
    a lady on our street", the cat named nova later): (the words, the message they are in),
    or None. Read from the message that names the thing, or the one right after it; a pet
    named later is also found by its kind, told before its name."""
    asked = GIVEN_ASKED.search(question.lower())
    if asked is None:
        return None
    thing = asked.group("thing")[:5]
    lows = [t.lower() for t in told]
    near: list[int] = []
    for k, low in enumerate(lows):
        if re.search(rf"\b{re.escape(thing)}", low):
            near += [k, k + 1]
            if re.search(rf"\b(?:name|call|named|called) (?:her|him|it|them) {re.escape(thing)}",
                         low):  # "we can name her nova": the kind told before the name
                near += [j for j in range(k) if _PET_KINDS.search(lows[j])]
    for k in dict.fromkeys(near):
        if k < len(lows) and (found := _FROM.search(lows[k])):
            return found.group(1), told[k]
    return None


#: what someone named always does, asked: "what did i say deniz always makes?"
_THEIR_DEED_ASKED = re.compile(r"\bwhat (?:did i say |does |do |did )?([a-z]+) (?:always |usually |"
                               r"normally )?(make|makes|bake|bakes|do|does|bring|brings|cook|cooks|"
                               r"order|orders|play|plays)\b")
_DEEDS = {"make": "makes|made|does|bakes|baked", "bake": "bakes|baked|makes|does",
          "do": "does|did|makes|bakes", "bring": "brings|brought", "cook": "cooks|cooked|makes",
          "order": "orders|ordered|gets|got", "play": "plays|played"}


def their_deed(question: str, told: Sequence[str]) -> str | None:
    """What a named someone was told to always do or make ("deniz always does brownies" for
    "what did i say deniz always makes?", not the teen's own cookies in the same message,
    round 76), or None."""
    asked = _THEIR_DEED_ASKED.search(question.lower())
    if asked is None or asked.group(1) in _NOT_SOMEONE | {"my", "your", "ur", "people", "he",
                                                          "she", "they", "ppl", "everyone"}:
        return None
    verb = asked.group(2).removesuffix("s") if asked.group(2) != "does" else "do"
    said = re.compile(rf"\b{re.escape(asked.group(1))} (?:always |usually |normally |literally )?"
                      rf"(?:{_DEEDS.get(verb, verb)}) ((?:the |a |an |his |her )?[a-z' ]{{2,30}}?)"
                      r"(?=\s+(?:and|but|so|bc|lol|every|each)\b|\s*[.,!?;]|\s*$|\s*[🙄😭😂💀])")
    return found.group(1).strip() if (found := _newest(said, told)) else None


#: a count asked by what was done: "how many stickers did i say she printed?"
_COUNT_DONE_ASKED = re.compile(r"\bhow many ([a-z]+?)(?:e?s)? (?:did|do|does|have|has) (?:i say |u "
                               r"think )?(?:i|she|he|we|they|[a-z]+) ([a-z]+)\b")
_FORMS = {"sell": "sell|sells|sold|selling", "sold": "sell|sells|sold|selling",
          "make": "make|makes|made|making", "made": "make|makes|made|making",
          "buy": "buy|buys|bought", "bought": "buy|buys|bought", "eat": "eat|eats|ate",
          "ate": "eat|eats|ate", "get": "get|gets|got", "got": "get|gets|got",
          "win": "win|wins|won", "won": "win|wins|won", "write": "write|writes|wrote",
          "wrote": "write|writes|wrote", "draw": "draw|draws|drew", "drew": "draw|draws|drew",
          "catch": "catch|catches|caught", "caught": "catch|catches|caught"}


def counted_by_deed(question: str, told: Sequence[str]) -> str | None:
    """The number told with the deed the question asks it by ("she printed 500 stickers" for
    "how many stickers did i say she printed", not "we sold almost 400 stickers" told since,
    round 76), or None when no told line says that deed with a number of that thing."""
    asked = _COUNT_DONE_ASKED.search(question.lower())
    if asked is None:
        return None
    thing, verb = asked.group(1), asked.group(2)
    if verb in _FORMS:
        forms = _FORMS[verb]
    elif len(verb) > 4 and verb.endswith("ed"):
        base = verb[:-2]
        forms = f"{base}|{base}s|{base}ed|{base}ing|{base[:-1]}ed" if base.endswith("e") \
            else f"{base}|{base}s|{base}ed|{base}ing"
    else:
        return None
    said = re.compile(rf"\b(?:{forms}) (?:like |about |almost |around |over |only |just )?"
                      rf"(\d[\d,]*) (?:[a-z]+ )?{re.escape(thing[:5])}")
    return found.group(1) if (found := _newest(said, told)) else None
