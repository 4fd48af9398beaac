"""The asking part of a chat message: "wait whats my managers name, i need to text him about
swapping a shift" asks "whats my managers name".

Contract: ``focus(text) -> str``: for a message of more than eight words with a question in
it, the question's clause from its wh-word (or "remember") up to the story that follows
("and when", "cause", "i need", "i keep"...); otherwise (or when that part names nothing:
"what was it") the message itself. Pure text, no models; used by memory search (the query)
and by memory answers (the question's words).
"""

from __future__ import annotations

import re

__all__ = ["focus"]

_ASKING = re.compile(r"\b(what|whats|what's|which|who|whos|who's|whose|where|wheres|"
                     r"when|why|how many|how much|how old|remember|remind)\b")
_WH_ASKED = re.compile(r"\b(what|whats|what's|which|who|whos|who's|whose|where|wheres|when|why|"
                       r"how many|how much|how old)\b")
_AFTER_ASK = re.compile(r"\s(?:and i (?:\w+ )?(?:cant|can't|dont|don't|forgot)|and when|"
                        r"and then|cause|cuz|because|bc|so|but|i need|i wanna|"
                        r"i want|i keep (?:wanting|saying|calling|forgetting|blanking|mixing|"
                        r"writing|thinking|almost)|i almost (?:called|wrote|said|put|typed)|"
                        r"my \w+ (?:asked|wants|said|bet)|and i (?:said|was like)|"
                        r"i (?:feel like|swear) i|"
                        r"(?:lol|lmao|lmfao|haha|hahaha) (?=i told\b)|"
                        # a laugh, then why it is asked: "whats my favorite color lol its for
                        # a quiz my friend made"
                        r"(?:lol|lmao|lmfao|haha|ngl|tbh) (?:its|it's|it is|for|my|cuz|bc))\b")


def focus(question: str) -> str:
    """The asking part of a long message ("wait whats my managers name, i need to text him
    about swapping a shift" -> "whats my managers name"); short ones are kept whole."""
    if len(question.split()) <= 8:
        return question
    pieces = re.split(r"([,.!?;:\n]+|\s(?=[\U0001F300-\U0001FAFF\u2600-\u27BF]))", question)
    parts = [(p.strip(), "?" in end) for p, end in zip(pieces[::2], [*pieces[1::2], ""],
                                                       strict=True)
             if p.strip() and not re.fullmatch(r"[\W_]+", p.strip())]
    # a part that asks: a wh-word or "remember" in it, or a question mark after it ("did my
    # grandma get me the headset or the controller? i keep mixing it up")
    asking = [p for p, mark in parts if _ASKING.search(p.lower()) or mark and len(p.split()) >= 3
              and not _TOLD.match(p.lower())]
    if not asking:
        return question
    part = asking[0]
    if len(asking) > 1 and _REPORTED.search(part.lower()) and \
            set(asking[1].lower().split()) - _EMPTY - _FILLER:
        part = asking[1]  # "my teammate asked who my duo is and i said my cousin, u remember
        # his name?": the question put to Sunny, not the one the teen was asked
    if len(asking) > 1 and not _WH_ASKED.search(part.lower()) and (
            wh := next((p for p in asking[1:] if _WH_ASKED.search(p.lower())), None)):
        part = wh  # "i'm trying to remember the whole lunch thing ..., who did maya have a
        # crush on?": the part that asks, not the one that remembers
    if len(asking) > 1 and re.fullmatch(r"(?:do |did )?(?:u|you) (?:even )?(?:remember|"
                                         r"know)(?: \w+)?(?: lol)?", asking[0].lower()):
        part = asking[1]  # "do u remember it lol" points at the other part
    low = part.lower()
    start = _ASKING.search(low)
    if start and start.start() > 0 and not re.match(r"(?:remember|remind)", start.group(0)):
        low = low[start.start():]  # "my aunt asked what my dogs name was" -> "what my dogs..."
    # the first cut that leaves something asked ("what was the thing my coach said about how
    # i climb": not "what was the thing")
    cut = next((m for m in _AFTER_ASK.finditer(low) if len(low[:m.start()].split()) >= 3
                and not set(low[:m.start()].split()) <= _EMPTY | _VAGUE
                and not low[:m.start()].endswith(" of")), None)  # "which one of my mates said"
    out = low[:cut.start()] if cut else low
    if set(out.split()) <= _EMPTY:
        return question  # "oliver quizzed me on his favourite dinosaur, what was it": the
        # asking part names nothing, the story does
    return out if len(out.split()) >= 2 else question


#: a question someone else asked, answered by the teen: "my teammate asked who my duo is and i
#: said my cousin" (the question put to Sunny follows)
_REPORTED = re.compile(r"\band i (?:said|was like|told (?:her|him|them))\b")
_TOLD = re.compile(r"(?:i|im|i'm|my|we|it|its|it's|that|thats|that's|ok|okay|lol|omg|so)\b")
_VAGUE = frozenset("thing things stuff part bit".split())
_FILLER = frozenset("wait even ok okay so like actually ur um hmm oh".split())
_EMPTY = frozenset("what whats what's which who whos who's where wheres when was is it that "
                   "again did do i say said tell told u you me this one the called name "
                   "remember remind lol".split())
