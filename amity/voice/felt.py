"""Whether a message has a word of a hard feeling or a hard thing at all.

Contract: ``FELT`` matches a word of sadness, worry, anger, embarrassment, tiredness, pain,
loss or trouble (and the emoji of them); ``LOW_FAMILIES`` are the moods that want one.
``reading.mood`` gives a low mood read from the emotion model and the written neighbours only
where ``FELT`` finds such a word: rounds 36-43 comforted "my coach is miss darlene shes been
twirling for like 40 years", "hey. so this is gonna sound weird but i play accordion" and
"i literally screamed. the red ribbon is on my wall now" (``skill:comfort``: SSA 0.21 over
46 ratings). A cue said in so many words (``reading.CUES``) needs no such check. ``LIGHT_PART`` and
``laughed_off`` tell a low moment to meet lightly (a "sad part:" of good news, a complaint
told with a laugh). Pure functions over text.
"""

from __future__ import annotations

import re

#: the moods a read from the emotion model and the written neighbours may give only where
#: the message has a word of a hard feeling or a hard thing (``FELT``)
LOW_FAMILIES = frozenset({"sad", "anxious", "angry", "lonely", "tired", "embarrassed"})
#: a word of a hard feeling, or of a hard thing that happened (rounds 36-43: comfort to "my
#: cat popeye keeps trying to climb the ladder", "hey. so this is gonna sound weird but i
#: play accordion", "i literally screamed. the red ribbon is on my wall now")
FELT = re.compile(
    r"\b(?:sad+|sadly|cry\w*|cried|tears?|teary|upset|down|depress\w*|lonely|alone|left out|"
    r"excluded|ignor\w*|nobody|no one|noone|missed|missing|"
    r"(?:i|gonna|will|really|so|already|ill|i'll|to) miss|miss (?=him|her|my|you|u|"
    r"it|home|them|being|the|our|having|out)|lost|lose|losing|loss|fail\w*|"
    r"flunk\w*|bomb\w*|broke up|break ?up|dumped|divorc\w*|fight|fought|fighting|argu\w*|"
    r"yell\w*|mad|angry|pissed|furious|annoy\w*|irritat\w*|ugh+|hate\w*|sucks?|sucked|worst|"
    r"awful|terrible|horrible|bad|rough|hard|tough|stress\w*|anxious|anxiety|panic\w*|"
    r"nervous|nervus|scared|scary|terrified|terrifying|afraid|fear|worr\w*|dread\w*|freak\w*|"
    r"overwhelm\w*|tired|exhausted|drained|sleepy|sick|ill|hurts?|hurting|pain\w*|sore|"
    r"injur\w*|sprain\w*|broken|broke|hospital|surgery|died|dead|death|dying|passed away|"
    r"funeral|cancer|embarrass\w*|embarass\w*|cringe|humiliat\w*|awkward|ashamed|guilty|"
    r"sorry|regret|disappoint\w*|bummed|let ?down|gutted|crushed|rip|ruined|unfair|not fair|"
    r"jealous|insecure|ugly|stupid|dumb|idiot|bull(?:y|ied|ies|ying)|mean|made fun|"
    r"(?:calling|called|calls) me names|picking on me|picks on me|making fun|"
    r"laughed at|rejected|didnt make|didn't make|cut from|didnt get|didn't get|can'?t|"
    r"couldn'?t|won'?t|homesick|moving away|moved away|leaving|brutal|killing|kill|wits|"
    r"frustrat\w*|scream\w*|shaking|shook|sweating|butterflies|dreading|lame|boring|"
    r"worse|wrong|messed up|mess|problem|trouble|grounded|detention|punish\w*|blame\w*|"
    r"weird about|cold|freezing|frozen|burn\w*|bleed\w*|blood|vet|er|doctor|"
    r"quiet|empty|numb|hopeless|pointless|worthless|give up|gave up|quit|stuck|"
    r"behind|late|deadline|due|exam|test|quiz|finals|pressure|ghosted|left me|without me|"
    r"over it|done with|whatever|meh|blah|sigh|idk|cant sleep|bruis\w*|crash\w*|fell|fall|"
    r"falling|scrap(?:e|ed|es)|tripped|slipped|wobbl\w*|ouch|oof|owie|split up|"
    r"not ready|(?:dont|don't|do not) (?:want|wanna)|not looking forward|"
    r"operation|replac(?:ed|ement)|transplant|chemo\w*|stitches|x-?rays?|mri|biopsy|stroke|"
    r"heart attack|seizure|ambulance|er visit|"
    r"separat\w*|custody|moved out|kicked out|evict\w*|fired|laid off|jail|prison|deploy\w*|"
    r"cheated|passed|diagnos\w*|deport\w*|abus\w*|left us|hate me|hates me|"
    r"(?:is|its|it's|was|thats|that's)\W+(?:\w+\W+)?a lot)\b|"
    r"[😭😢😞😔😩😤🙄😑😒😕😬😳🙈💔🥺😣😖😫😰😨😱🙁😟😓😥😪😠😡🤬☹]", re.I)


#: a low thing framed as a small part of the news: "sad part: i got a sunburn on literally my
#: part line" (round 44: "sad days are so heavy"), "only bad part is the 6am bus"
LIGHT_PART = re.compile(r"\b(?:the )?(?:only |one )?(?:sad|bad|annoying|worst|downside|sucky) "
                        r"(?:part|thing)\b(?! (?:is|was) (?:that )?(?:my|our) \w+ (?:died|passed))",
                        re.I)


def laughed_off(text: str, laughing: bool) -> bool:
    """A low thing told with a laugh and no hard news in it: "carmen says dorm food is terrible
    lol" (round 45: "you don't have to pretend you're fine"); "my grandma died lol" is no
    laugh to meet lightly."""
    return laughing and not _HEAVY_NEWS.search(text) and \
        not _OWN_FEELING.search(text)


#: a hard feeling of the teen's own, said: no laugh makes it light
_OWN_FEELING = re.compile(r"\b(?:i'?m|im|i am|i feel|feeling|i was|i get)\b[^.!?]{0,20}\b(?:sad|"
                          r"upset|scared|nervous|anxious|lonely|depressed|hurt|crying|stressed|"
                          r"worried|mad|angry|terrified|panicking)\b|\bi (?:cried|hate myself)\b",
                          re.I)


#: news no laugh makes light
_HEAVY_NEWS = re.compile(r"\b(?:died|dead|passed|funeral|hospital|surgery|cancer|divorc\w*|"
                         r"split up|broke up|hurt|hurts|bleeding|hate myself|kill|suicid\w*|"
                         r"abus\w*|bull(?:y|ied|ying))\b", re.I)
