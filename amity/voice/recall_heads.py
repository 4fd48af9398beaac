"""Which thing a name question asks about: "my sister's boyfriend called" -> "boyfriend",
"what did i name the koala" -> "koala" (``named_head``), with a word before or after it that
says which ("my frog mug", "my best friend back home": ``named_heads``). Pure functions;
split out of ``recall_names`` (session 31).
"""

from __future__ import annotations

import re

from .recall_names import PEOPLE, WHO_HAS_NAMES
from .recall_words import stems

_HEAD_OF = (re.compile(r"\bname of (?:his|her|my|the|their|our|its) (?:\w+ )?(\w+)\b"),
            # "whats my cats name again lol i always just call her baby": the cat
            # (not the verb: "what did my brother name his goldfish")
            re.compile(r"(\w+)(?:'?s)?\s+(?:first |last |middle |full |real |actual |whole "
                       r"|proper |legal )?(?:name|surname)\b"
                       r"(?!\s+(?:his|her|their|my|our|the|it|him|them|its|a|an)\b)"),
            re.compile(r"\b(?:name|named|call|called) (?:his|her|my|the|their|our|its) "
                       r"(?:\w+ )?(\w+)\s*(?:again|lol|\?|,|$)"),  # "did i name the stuffed koala"
            # "the horse i ride called": the horse, not "ride"
            re.compile(r"(\w+) (?:that |who )?(?:i|we|he|she|they|u|you) \w+ (?:called|named)\b"),
            # "the t rex at the museum called": the t rex, not the museum
            re.compile(r"(\w+) (?:at|in|from|on) (?:the|my|our|his|her|their) \w+(?: \w+)? "
                       r"(?:called|named)\b"),  # ("my boss at the car wash called")
            # "what did i say my best friend's dog is called": the dog, not "is"
            re.compile(r"(\w+)(?:'s)?\s+(?:is|was|are|were)\s+(?:called|named)\b"),
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


def named_heads(question: str, asked: set[str]) -> set[str]:
    """The thing whose name is asked, with a word before it that says what it is ("my frog
    mug": the mug and the frog, so "a mug that looks like a frog, im naming him gerald"
    names it); not someone it belongs to ("my brothers dog"); every asked word when no head
    is found."""
    head = named_head(question)
    if head is None:
        return set(asked) if asked else set(WHO_HAS_NAMES)
    before = re.search(rf"\b(\w+) {re.escape(head)}\w*\b", question.lower())
    # (a person before it is whose it is, "my brothers dog"; unless it is one person: "the
    # boss lady")
    owner = before and re.search(r"(?<!s)s$|['’]s$", before.group(1))  # (not "boss")
    more = stems(before.group(1)) & asked - (PEOPLE if owner else set()) if before else set()
    # what follows it in the question ("my best friend back home": told as "...back home
    # is marcus")
    after = re.search(rf"\b{re.escape(head)}\w*((?: \w+){{1,2}})", question.lower())
    more |= stems(after.group(1)) & asked - PEOPLE if after else set()
    return {head} | more
