"""The tense a date is said in: whether the verb it hangs from is past ("sold 11 today",
"the competition was 2 days ago") or ahead ("the movers come on friday", "were doing a
test fitting on wednesday", chat for "we're"), and whether it is told of what is to come
("on wednesday at my riding lesson dana said im finally gonna try a jump"). Functions over
the spaCy parse; used by the extractor's dated plans.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from amity.nlp.facts.lexicon import EVENT_NOUNS

__all__ = ["COMMITTED", "no_plan_day", "past_at", "said_past", "told_ahead", "were_doing"]


def said_past(verb: Token) -> bool:
    """Whether ``verb`` is said in the past tense ("went", "was going", "did go")."""
    if verb.lower_ == "got" and any(c.dep_ == "dobj" and c.lemma_.lower() in EVENT_NOUNS
                                    for c in verb.children):
        return False  # "i got a piano recital on thursday": chat for "I have"
    if verb.tag_ == "VBD" and verb.lemma_ not in {"have"}:
        return True
    if verb.lower_ == "had" and verb.i == verb.sent.start and \
            not any(c.dep_ == "xcomp" for c in verb.children):
        return True  # "had practice at 5:30 am today": told done, the "i" left off
    if verb.tag_ == "VBD" and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in verb.children):
        return True  # "i had a lazy saturday and just watched baking shows"
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBN" and not auxes and verb.lower_ != verb.lemma_.lower():
        return True  # "sold 11 today", "found out yesterday": the subject left off (not
        # "decisions come out friday": "come" is the present too)
    return any(c.lower_ in {"was", "were", "did", "got", "had"} and c.dep_ in {"aux", "auxpass"}
               and not (c.lower_ == "were" and c.i == c.sent.start)
               for c in verb.children)  # "got paid today", "had gone"; "were doing a test
    # fitting on wednesday" with no one before "were" is chat for "we're"


def _past(sent: Span) -> bool:
    return said_past(sent.root)


#: a past word of a plan still ahead: "i signed up to volunteer on saturday", "i agreed to help"
COMMITTED = frozenset("sign agree promise decide plan offer volunteer register".split())


def past_at(sent: Span, span: Span) -> bool:
    """Whether the verb the date ``span`` hangs from is in the past tense ("the movers come
    on friday, its this company called..." is ahead though the line's main verb is past);
    the sentence's tense when no verb governs it."""
    tok = span.root
    for _ in range(6):
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ not in {"aux", "auxpass"}:
            if tok.lemma_.lower() in COMMITTED and any(c.dep_ == "xcomp" for c in tok.children):
                return False  # "i signed up to volunteer at the pantry on saturday": ahead
            if tok.tag_ == "VB" and tok.dep_ in {"xcomp", "ccomp"} and \
                    not any(c.dep_ == "aux" for c in tok.children) and \
                    tok.head.lemma_.lower() not in COMMITTED and said_past(tok.head):
                return True  # "we helped him move saturday": the help was past (round 42
                # echoed "your helped him move on saturday" as a plan)
            return said_past(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return _past(sent)


def told_ahead(span: Span) -> bool:
    """The date hangs from a word said ("on wednesday at my riding lesson dana said im
    finally gonna try a jump") whose words are of what is to come: the plan's date."""
    verb = span.root.head
    while verb.dep_ in {"prep", "pobj", "npadvmod"} and verb.head.i != verb.i:
        verb = verb.head
    return verb.lemma_ in {"say", "tell", "text"} and bool(
        _AHEAD.search(span.doc.text[verb.idx:]))


_AHEAD = re.compile(r"\b(?:gonna|going to|will|'ll|ill|get to|gets to)\b", re.I)


#: "its her birthday on saturday, were driving to phoenix", "on saturday were going to my
#: cousins wedding": "we're" without its apostrophe
_WERE_GOING = re.compile(r"(?:^|[,.;!?]\s*|\b(?:and|so|but|then|ok|lol)\s+|"
                         r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)were \w+ing\b", re.I)
#: "lazy like a sunday morning": a day in a simile, no plan's
_LIKE_A = re.compile(r"\blike (?:a|an|on a)\s*$", re.I)
#: words in quotes: "she said my trail leg is 'lazy like a sunday morning'"
_QUOTE = re.compile(r"(?:^|(?<=\s))['\"\u201c\u2018][^'\"\u201c\u201d\u2018\u2019\n]{2,80}"
                    r"['\"\u201d\u2019](?=\s|[.,!?]|$)")


def were_doing(text: str) -> bool:
    """Whether ``text`` says "were doing" for "we're doing" (a plan, not a past)."""
    return _WERE_GOING.search(text) is not None


def no_plan_day(text: str, at: int) -> bool:
    """Whether the day said at ``at`` is no plan's: in a simile ("like a sunday morning") or
    inside words in quotes."""
    return bool(_LIKE_A.search(text[:at])) or any(m.start() < at < m.end()
                                                  for m in _QUOTE.finditer(text))
