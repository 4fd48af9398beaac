"""Indirect words of risk: what a teen at risk says when they name no death or harm.

Contract: ``indirect_cue(text) -> bool``, whether ``text`` holds a phrase of the kinds a
crisis line carries without a death word: a goodbye or thanks that closes ("say goodbye",
"thanks for everything", "forget me"), no future ("i won't be around for", "won't need it",
"there isn't one"), a burden ("better off", "without me", "get over it"), things given away
or put in order ("can have my", "who gets my", "my stuff"), a plan or a decision ("i have a
plan", "i'm doing it", "made sure", "counting down"), a means or an act ("took too much",
"on purpose", "tied it") or not being safe. Each phrase alone is common in ordinary chat
("gtg bye, thanks for everything"): the checker asks for one only beside a confident
classifier score (``checker._INDIRECT_MIN``), as the word the vector's reading rests on,
in place of ``checker._RISK_WORDS``. Knows nothing about the classifier or the policy.
"""

from __future__ import annotations

import re

from amity.nlp.safety.patterns import A

#: a note for a class ("my note is done for bio"), not a note left behind
FOR_CLASS = (r"[^.!?]{0,24}\b(?:for|in)\s+(?:bio|biology|chem|chemistry|physics|history|math|"
             r"english|spanish|french|class|lab)\b")

__all__ = ["FOR_CLASS", "indirect_cue"]

_N = rf"(?:won{A}?t|wont|will\s+not|not\s+(?:going\s+to|gonna))"
#: a while, and back after it: "not gonna be around for an hour, going to practice"
_AWHILE = (r"(?:for\s+(?:an?|one|two|a\s+few|like\s+\d+|\d+)\s+(?:hours?|hrs?|mins?|minutes?|secs?|"
           r"bit|while|days?)|till|until|tonight|today|this\s+(?:afternoon|evening|weekend))\b")
_CUE = re.compile(
    # a goodbye, thanks that close, being remembered
    rf"\b(?:say(?:ing)?|said)\s+(?:my\s+)?goodbyes?\b|\bgoodbye\b|\bbye\b|"
    rf"\bthank\s*(?:s|you|u)?\s+for\s+(?:everything|always|being|trying|listening)\b|"
    rf"\b(?:forget|remember|miss)\s+me\b|"
    # (not "how tall it was last time i told u": a memory, round 58)
    rf"\blast\s+(?:time(?!\s+(?:i|u|you|we)\s+(?:told|said|talked|asked|mentioned|checked|"
    rf"measured|saw|went))|message|one)\b|"
    rf"\b(?:my|the|this\s+is\s+the)\s+last\s+(?:day|week|night)\b|"
    rf"\bone\s+last\b|\b(?:after|before)\s+(?:tonight|i{A}?m\s+gone|i\s+go)\b|\bat\s+peace\b|"
    rf"\bnot\s+(?:your|their|his|her)\s+fault\b|"
    rf"\btell\s+(?:my\s+\w+|them|him|her|every(?:one|1|body))\s+(?:i{A}?m\s+sorry|im\s+sorry|"
    rf"i\s+love\s+(?:her|him|them|u|you)|i\s+said\s+(?:bye|goodbye))\b"
    rf"(?=\s*(?:ok(?:ay)?|pls|please|for\s+everything|if\b|and\b|[.!?,]|$))|\bdon{A}?t\s+(?:look\s+for|try\s+to\s+stop|"
    rf"be\s+sad|cry|worry)\b|"
    # no future
    rf"\b{_N}\s+(?:be\s+(?:here|around|back|alive|there)(?!\s+{_AWHILE})|need\s+(?:it|them|my|a|any)|"
    rf"have\s+(?:another|a\s+next)|see\s+(?:it|next|the)|make\s+it|be\s+using|happen\s+for\s+me|"
    rf"have\s+to\s+(?:worry|deal)|bother\s+(?:you|anyone))\b|\bisn{A}?t\s+one\b|"
    rf"\b(?:not|never)\s+coming\s+back\b|\bnot\s+(?:be\s+)?here\s+anymore\b|"
    rf"\bno\s+(?:future|next\s+year|point\s+(?:applying|studying|planning))\b|"
    rf"\b(?:worry\s+about|deal\s+with|need|bother)\s+me\s+anymore\b|\b(?:be\s+)?(?:here|alive|around|"
    rf"living|trying|fighting|going\s+on|exist(?:ing)?)\s+anymore\b|\bfor\s+good\b|"
    rf"\b(?:gone|sleep|leave|leaving|goodbye|bye|disappear\w*|close\s+my\s+eyes)\s+forever\b|"
    rf"\b{_N}\s+have\s+to\b|\bafter\s*(?:[.!?]|$)|\bfor\s+after\b|\bon\s+coming\s+back\b|"
    rf"\bif\s+i\s+(?:don{A}?t|dont|never)\s+(?:message|text|reply|answer|show\s+up|come\s+back|"
    rf"make\s+it)\b|\bcan{A}?t\s+keep\s+going\b|\bwill\s+to\s+keep\s+going\b|"
    rf"\bkeep(?:s|ing)?\s+me\s+(?:alive|here|going)\b|\bi\s+want\s+out\b|\bwhat{A}?s\s+the\s+use\b|"
    rf"\bceas(?:e|ing)\s+to\s+exist\b|"
    rf"\bsee\s+myself\s+(?:being\s+|still\s+)?(?:around|here|alive|making\s+it)\b|\bkeep\s+waking\s+up\b|"
    rf"\bpray\w*\b[^.!?]{{0,30}}\bi\s+(?:won{A}?t|wont|don{A}?t|dont|never)\s*(?:[.!?]|$)|"
    rf"\b(?:go|goes|going|stay|stays|fade)\s+(?:black|dark)\b|\bheart\s+(?:would\s+|to\s+|will\s+)?"
    rf"(?:just\s+)?stops?\b|\bin\s+my\s+sleep\b|\bpoint\s+of\s+me\b|"
    rf"\bshouldn{A}?t\s+(?:be\s+here|exist|be\s+alive)\b|"
    # a burden
    rf"\bbetter\s+off\b|"
    # not left out: "my friend group made plans without me", "they went without me"
    rf"(?<!plans\s)(?<!went\s)(?<!left\s)(?<!out\s)(?<!started\s)(?<!it\s)(?<!party\s)"
    rf"(?<!game\s)(?<!chat\s)\bwithout\s+me\b|\b(?:happier|easier|relieved)\b|\bget\s+over\s+it\b|"
    rf"\bburden\b|\b(?:anyone|everyone|anybody){A}?s\s+problem\b|\bwaste\s+of\s+space\b|"
    # things given away, put in order
    rf"\bcan\s+(?:have|keep)\s+my\b|\bwho\s+gets\s+(?:my|all|everything|what)\b|"
    rf"\bgiv(?:e|ing)\s+(?:them\s+)?away\b|\bgave\s+(?:away\s+)?my\b|\bfuneral\b|\bletters?\b|"
    rf"(?<!sticky\s)(?<!post-it\s)\bnotes?\b(?!\s*(?:app|cards?|books?|pad)\b)(?!{FOR_CLASS})|\bwill\b(?=\s*[?.!,]|\s+(?:at|before))|"
    rf"\bwho\s+(?:it|they|everything)\s+goes?\s+to\b|\bwhere\s+(?:all\s+)?my\s+(?:stuff|things)\b|"
    # a plan or a decision
    rf"\b(?:a|my|the)\s+plan\b|\b(?:i{A}?m|im|i\s+am)\s+(?:still\s+)?(?:doing|going\s+through\s+with)\s+it\b|"
    rf"\bdo(?:ing)?\s+it\s+(?:tonight|first|now|right)\b|"
    rf"\b(?:going\s+to|gonna)\s+do\s+it\s*(?:[.!?,]|$|tonight|this|after|on|when)|"
    rf"\beverything{A}?s?\s+(?:is\s+)?(?:ready|set|in\s+order|planned)\b|\bdecided\b|\bmade\s+(?:up\s+my\s+mind|sure|"
    rf"my\s+peace)\b|\bcounting\s+down\b|\bway\s+out\b|\bletting\s+go\b|"
    # "the date", not "the date for my party" / "of opening night" ("for it" still counts)
    rf"\bthe\s+date\b(?!\s+(?:for|of|on)\s+(?!it\b|that\b|this\b)\w)|"
    rf"\bdone\s+fighting\b|\bchecking\s+out\b|\bgo\s+through\s+with\s+it\b|\bcourage\s+to\b|"
    rf"\b(?:i{A}?ve|ive|i\s+have)\s+given\s+up\b|\bpainless\b|\bway\s+to\s+go\b|"
    rf"\bdon{A}?t\s+trust\s+myself\b|\bknife\b|\bi\s+know\s+(?:how|when|what\s+i{A}?m)\b|"
    # a means or an act, not being safe
    rf"\b(?:took|taken|swallowed)\s+(?:them|it\s+all|all|a\s+lot|a\s+bunch|a\s+handful|too\s+many|"
    rf"more|some\s+of|\d+|like\s+\d+|everything)\b|\btoo\s+much\b|\bon\s+purpose\b|\btied\b|\bwhole\s+bottle\b|"
    rf"\bnot\s+safe\b|\bnot\s+going\s+to\s+be\s+okay\b|\bcrash\b|"
    rf"\bup\s+there\b|\b(?:join|be\s+with)\s+(?:my|him|her|them)\b",
    re.I,
)


def indirect_cue(text: str) -> bool:
    """Whether ``text`` holds an indirect phrase of risk (see the module contract)."""
    return _CUE.search(text[:4000]) is not None
