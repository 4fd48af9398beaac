"""Risk said in the way long forum posts say it, for :mod:`amity.nlp.safety.rules`.

Contract: ``POSTS`` is a tuple of high-tier ``Rule`` of the self-harm category for what a
post about wanting to die says between its lines of sadness: no way out but death ("ive got
nowhere to escape but death"), ending it asked as a question ("why not end it now before i
really mess up"), not wanting to be talked out of it, the body found ("someone will have to
find my body"), a suicide felt as one's fate, one last talk "before i go", and a way to kill
oneself asked for ("names of cleaning products to mix to kill oneself"). Each is a phrase
of risk, not of topic: a post about a friend's suicide, a news story or depression has none
of them. Written from posts of the SDCNL *training* split (r/SuicideWatch posts the checker
left at the check tier or under it); the test split is only measured. Nothing learned.
"""

from __future__ import annotations

from amity.nlp.safety.patterns import A, Rule, rule

_DEATH = r"(?:death|dying|suicide|to\s+die|kill(?:ing)?\s+myself|ending\s+(?:it|my\s+life))"

POSTS: tuple[Rule, ...] = (
    # no way out but death: "ive got nowhere to escape but death", "no option left except
    # suicide" (not "no way out but through", "nothing left but pizza")
    rule("no_way_but_death", "self_harm", "high", 0.9,
         rf"\b(?:no\s*where|no\s+way\s+out|no\s+escape|nothing\s+left|no\s+other\s+(?:way|option|"
         rf"choice)s?|no\s+options?(?:\s+left)?)\b[^.!?]{{0,30}}\b(?:but|except|other\s+than|besides|"
         rf"apart\s+from)\s+{_DEATH}\b"),
    # ending it asked as a question of oneself: "why not end it now before i really fuck up",
    # "why shouldnt i just kill myself"
    rule("why_not_end", "self_harm", "high", 0.9,
         rf"\bwhy\s+(?:not|shouldn{A}?t\s+i|should\s+i\s+not|don{A}?t\s+i)\s+(?:just\s+)?"
         rf"(?:end\s+(?:it|it\s+all|my\s+life)(?:\s+(?:now|already|today|tonight))?|"
         rf"kill\s+myself|die)\b(?!\s+(?:with|between)\b)"
         rf"(?![^.!?]{{0,30}}\b(?:in\s+(?:the\s+)?game|lol|lmao|jk|relationship|him|her|them)\b)"),
    # a decision kept from help: "i dont want to be talked out of it"
    rule("not_talked_out", "self_harm", "high", 0.9,
         rf"\b(?:don{A}?t|do\s+not|dont)\s+want\s+(?:to\s+be|anyone\s+to|you\s+to|u\s+to)\s+"
         rf"talk(?:ed)?\s+(?:me\s+)?out\s+of\s+it\b"),
    # the body found: "suppose someone will have to find my body"
    rule("body_found", "self_harm", "high", 0.9,
         r"\b(?:find|finds|finding|found)\s+my\s+(?:dead\s+)?body\b(?!\s+(?:type|shape|"
         r"confidence|again|attractive|beautiful|paint|wash|lotion|spray|glitter|suit|pillow|"
         r"butter|oil|mist))", person=False),
    # a suicide felt as fate: "does anyone else feel destined to die by suicide?"
    rule("destined", "self_harm", "high", 0.88,
         r"\b(?:destined|doomed|fated|meant)\s+to\s+(?:die\s+by\s+suicide|kill\s+myself|commit\s+"
         r"suicide|end\s+(?:it|my\s+life))\b"),
    # one last talk before it: "talk to someone before i go? ... one last, good conversation"
    rule("before_i_go", "self_harm", "high", 0.9,
         r"\btalk\s+to\s+(?:someone|somebody|anyone)\s+before\s+(?:i\s+(?:go|do\s+it|die|kill\s+"
         r"myself|end\s+it)|my\s+suicide)\b(?:[^.!?]{0,80}[.!?]+\s*){1,3}?[^.!?]{0,80}?"
         r"\b(?:one\s+last|talked\s+"
         r"out\s+of\s+it|goodbye)\b|"
         r"\bone\s+last\s+(?:good\s+|real\s+|,\s*good\s+)?(?:conversation|talk|chat)\s+before\s+"
         r"(?:i\s+(?:go|die|do\s+it)|suicide)\b"),
    # a way to kill oneself asked for: "names of cleaning products to mix to kill oneself"
    rule("way_asked", "self_harm", "high", 0.9,
         rf"\b(?:mix|take|swallow|drink|use|buy|overdose\s+on)\b[^.!?]{{0,25}}\bto\s+kill\s+"
         rf"(?:oneself|one{A}?s\s*self|myself)\b", person=False),
)
