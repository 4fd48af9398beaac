"""A name said loosely: the thing asked about is in the message, its name said beside a pronoun,
a title, "named" or "real name", not beside the asked word itself.

``loosely_named(topic, heads, text, around) -> str | None``: the name ``text`` (a clause) says, read
by patterns that do not need the asked word next to the name, when the clause or its message
(``around``) speaks of the asked thing ("whats the name of the lady who runs activities":
"the activities director is named deb"; "what did paloma name the puppy": "paloma already
named her chispa"; "whats moth's real name": "her real name is claire"; "the librarian who
runs the program is mr castellano"; "what name did my sister want": "my sister wants luna";
"whats the diner called where i work": "the hostess job at moonlight diner"). ``recall_kind``
lets such a clause answer a name question, without the bonus a name read plainly gets; the
memory reader still vetoes it. Pure functions (session 33).
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .recall_names import (
    ANYONE,
    NOT_A_NAME,
    NOUNS,
    PEOPLE,
    PRONOUN,
    ROLE_STEMS,
    TITLE_WORD,
    VERBISH,
)
from .recall_words import stems

_WORD = r"(?:'[^']{2,30}'|\"[^\"]{2,30}\"|the \w+|(?:" + TITLE_WORD + r")\.? \w+|\w+)"
_WANTED = re.compile(r"\b(?:wants|wanted|picked|chose|voted for|went with) (" + _WORD +
                     r")\s*(?:[,.!]|$|\bbut\b|\band\b|\bbc\b)")
_WANT = frozenset(stems("want wanted pick picked chose vote voted"))
_LOOSE = (
    # "named deb", "called the biscuit", "her real name is claire", "goes by moth"
    re.compile(r"\b(?:(?:named|called|nicknamed)(?: him| her| it| them)?|name is|names|name's|"
               r"real name(?: is)?|actual name(?: is)?|goes by|go by|name was|"
               r"(?:changed|change) (?:his|her|its|their) name to|renamed (?:him|her|it|them) "
               r"(?:to )?) (" + _WORD + r")"),
    # "my manager is this guy kev who says bet to everything", "my partner is this girl noor"
    re.compile(r"\b(?:is|was|its|it's) (?:this|some|a|the) (?:guy|girl|dude|lady|kid|boy|man|"
               r"woman) (" + _WORD + r")"),
    # "mr castellano", "coach reyes" (a title, whoever it is)
    re.compile(r"\b((?:" + TITLE_WORD + r")\.? \w+)"),
    # "my sister wants luna", "gordon wanted 'duchess'"
    _WANTED,
)
#: a place asked by its kind: the word before it names it ("at moonlight diner")
_PLACE_HEADS = frozenset(stems("diner cafe restaurant gym store shop salon studio park rink "
                               "arena mall center centre bakery market library church temple "
                               "school academy camp barn farm ranch garden gardens"))
_TOWN = frozenset(stems("town city neighborhood neighbourhood village suburb"))
#: words that say whose a name is: one of them before a name that is not asked names another
_WHOSE = ROLE_STEMS | frozenset(stems(" ".join(NOUNS) + " shop store place home"))
_IS = frozenset("is was are were".split())
_CHAT = frozenset("lol lmao haha tho ngl fr rn omg now too also and but so bc".split())


def _clean(name: str, topic: set[str] | frozenset[str]) -> str | None:
    name = name.strip("'\" ")
    words = name.replace(".", "").split()
    while words and words[-1] in _CHAT:
        words.pop()
    if not words:
        return None
    first = words[-1] if words[0] == "the" or re.fullmatch(TITLE_WORD, words[0]) else words[0]
    if first in NOT_A_NAME or first in PRONOUN or first in VERBISH or not first.isalpha() or \
            stems(first) & (_WHOSE | topic):  # ("my little brother": no name "brother";
        # "i named the car": the car asked about is no name)
        return None
    return " ".join(words)


def loosely_named(topic: set[str] | frozenset[str], heads: set[str] | frozenset[str], text: str,
                  around: str) -> str | None:
    """The name ``text`` says loosely (see the module doc), when ``text`` or ``around``
    holds a word of ``topic``; None otherwise. ``heads``: the thing whose name is asked
    (``recall_heads.named_heads``), which a place's name or a first name must be said beside
    ("my uncle ray" names no uncle's neighbour)."""
    low = text.lower()
    if not topic or not topic & (stems(low) | stems(around)):
        return None
    for rx in _LOOSE:
        if rx is _WANTED and not heads & _WANT:
            continue  # a name someone wanted answers only what someone wanted
        for m in rx.finditer(low):
            said = [w for w in re.findall(r"[a-z']+", low[:m.start()]) if w not in _IS]
            before = stems(" ".join(said[-1:]))
            # (someone said of anyone names another only when the asked thing is no person:
            # "this lady named bev" names no retirement home; "the guy is called rohan" may
            # name the fiance asked about)
            whose = _WHOSE | (frozenset() if heads & (PEOPLE | ANYONE) else ANYONE)
            if (before & whose) - topic - heads and not stems(" ".join(said)) & (topic | heads):
                continue  # "your aunts name is kim" for the cousin; "this lady named bev" for
                # the retirement home
            if re.match(r"(?:named|called|nicknamed) it\b", m.group(0)) and heads & PEOPLE:
                continue  # "she named it klaus" (the starter) names no oma
            if name := _clean(m.group(1), topic | heads):
                return name
    for head in heads & _PLACE_HEADS:  # "the hostess job at moonlight diner on 5th"
        m = re.search(rf"\b(?:at|to|from|in) (?:the )?([a-z]+) {re.escape(head)}\w*\b", low)
        if m and m.group(1) not in NOT_A_NAME | PRONOUN and not stems(m.group(1)) & topic:
            return f"{m.group(1)} {head}"  # (not "the reptile shop" for the reptile shop)
    if heads & _TOWN and (m := re.search(r"\b(?:in|to|from) ([A-Z][a-z]{2,})", text)):
        return m.group(1).lower()  # "new house in Millbrook" (a town asked, said with capitals)
    words = re.findall(r"[a-z']+", low)
    for k, word in enumerate(words[1:], 1):  # "two other hosts, mia who..."
        if heads <= stems(" ".join(words[max(0, k - 2):k])) and is_first_name(word) and \
                word not in NOT_A_NAME and \
                not stems(word) & _WHOSE:  # ("little brother" names no brother "brother")
            return word
    return None
