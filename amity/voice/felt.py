"""Whether a message has a word of a hard feeling or a hard thing at all.

Contract: ``FELT`` matches a word of sadness, worry, anger, embarrassment, tiredness, pain,
loss or trouble (and the emoji of them); ``LOW_FAMILIES`` are the moods that want one.
``reading.mood`` gives a low mood read from the emotion model and the written neighbours only
where ``FELT`` finds such a word: rounds 36-43 comforted "my coach is miss darlene shes been
twirling for like 40 years", "hey. so this is gonna sound weird but i play accordion" and
"i literally screamed. the red ribbon is on my wall now" (``skill:comfort``: SSA 0.21 over
46 ratings). A cue said in so many words (``reading.CUES``) needs no such check. ``LIGHT_PART`` and
``laughed_off`` tell a low moment to meet lightly (a "sad part:" of good news, a complaint
told with a laugh). ``no_low_word`` tells a message read as low that says nothing low (the
fallback gives it no comfort); ``LOW_SAID`` is a low word in any way a teen says it. Pure
functions over text.
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


#: a low feeling said small: "kinda sad tho", "lowkey bummed", "a bit nervous", "kinda a bummer"
_HEDGED = re.compile(r"\b(?:kinda|kind of|a (?:little|lil|bit|tad)|lil bit|lowkey|sorta|sort of|"
                     r"slightly|a little bit)\s+(?:a\s+)?(?:sad|bummed|bummer|upset|down|annoyed|"
                     r"annoying|tired|embarrass\w*|mad|jealous|disappointed|gutted|salty)\b",
                     re.I)  # (not nerves: "im kinda nervous" is asked "what part worries you
# most?", rated above a light line in round 64)
_HEAVY = re.compile(r"\b(?:died|dead|death|passed away|passed|funeral|cancer|hospital|divorce|"
                    r"hurt myself|hate myself|alone all the time|every day|always)\b", re.I)


def hedged(text: str) -> bool:
    """A low feeling said small ("kinda sad tho he told me kids at school say hes slow at
    reading"), with nothing heavy in it ("my nonno died 2 years ago ... kinda sad ngl" is
    not): met lightly (rounds 55-62 gave the full comfort, sensible-and-specific 0.30 of
    the time, to "im lowkey bummed", "kinda a bummer", "its all melting now which is kinda
    sad ngl")."""
    return bool(_HEDGED.search(text)) and not _HEAVY.search(text)


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


# ---- a low mood read where the message says none (``skills._fallback``) ----------------------
#: a bright word: good news, a laugh, fun
BRIGHT_SAID = re.compile(r"\b(?:went (?:good|well|great|fine|ok)|so fun|laugh\w*|lol|lmao|haha\w*|"
                     r"yay|love|loved|best|awesome|amazing|finally|crisis averted|phew|relieved|"
                     r"thank (?:god|goodness)|found (?:it|him|her|them|the))\b|!!|😂|🤣|🥳|🎉|😄|"
                     r"😁|😮‍💨")
#: a pet's cheek ("ate a whole sock ... has zero regrets", "zero shame") and a job too big for
#: one ("i cant paint it alone", round 61: "feeling so alone"): no sorrow
_NO_SORROW = (r"\b(?:zero|no) (?:shame|regrets|chill)\b|"
              r"\b(?:cant|can't|cannot) (?:\w+ ){1,3}(?:it|this|that|them|all) alone\b")
#: a mishap that did not happen, said proudly: "i dropped ZERO 😤" (round 63: "that's the
#: worst"); a happy mood here, and ``recast``'s pride
NONE_HAPPENED = re.compile(r"\b(?:dropped|broke|spilled|lost|missed|forgot|burned|messed up) "
                           r"(?:zero|none|nothing|0)\b", re.I)
#: low words that say no low feeling: tears of joy when something finally happened ("pepper
#: finally sat on my lap i literally could have cried 😭"), a pet's shy trait ("scared of
#: everyone"), missing less than feared (round 56 met each with "that sounds awful")
NOT_LOW = re.compile(r"\bfinally\b.*(?:could have|could|almost|nearly) (?:cried|cry)\b(?:\s*😭)?|"
                     rf"{_NO_SORROW}|"
                      r"\b(?:scared|afraid|nervous|shy) of (?:everyone|everything|people|"
                      r"strangers|men|kids|dogs|cats|the vacuum|loud noises)\b|"
                      r"\bmiss\w* (?:\w+ ){0,4}less than\b")
LESS_BAD = re.compile(r"\bless than i (?:thought|expected)\b|\bnot as bad as\b|"
                       r"\bbetter than i (?:thought|expected)\b")
SHY_TRAIT = re.compile(r"\b(?:scared|afraid|nervous|shy) of (?:everyone|everything|people|"
                    rf"strangers|men|kids|dogs|cats|the vacuum|loud noises)\b|{_NO_SORROW}")
#: a low word: the sad, scared, tired, hurt or annoyed said in any way a teen says it
LOW_SAID = re.compile(r"\b(?:sad|upset|cry\w*|cried|tears|miss(?!ion|iss)\w*|lonely|alone|"
                      r"hurt\w*|rough|"
                       r"awful|terrible|horrible|died|dead|death|passed|funeral|sick|ill|hate\w*|"
                       r"bad|worst|ugh|sucks?|nervous|scared|scary|afraid|terrified|anxious|"
                       r"anxiety|worr\w+|stress\w*|freak\w*|panic\w*|tired|exhausted|drained|"
                       r"bummed|down|annoy\w*|mad|angry|furious|ruin\w*|dread\w*|fail\w*|lost|"
                       r"broke|broken|left|gone|fight|fought|yell\w*|mean|alone|ignored|"
                       r"embarrass\w*|cringe|heart ?broken|not okay|not ok|depress\w*|"
                       r"can'?t|cant|won'?t|wont|never|nobody|no one)\b|😭|😢|😞|😔|💔|😩|😟|🥺|😕")


def no_low_word(text: str) -> bool:
    """A message read as low that says nothing low: a bright word, missing less than feared
    or a pet's shy trait, and no low word (``LOW_SAID``) once joy's tears, a shy trait and
    missing less are set aside (``NOT_LOW``): "abuelas surgery went good!", "nia was just
    gliding around laughing", "pepper is ... scared of everyone" get no comfort."""
    low = text.lower()
    return bool(BRIGHT_SAID.search(text) or LESS_BAD.search(low) or SHY_TRAIT.search(low)) and \
        not LOW_SAID.search(NOT_LOW.sub(" ", low))


# ---- moods said in so many words (``reading.mood`` asks these first) -------------------------
#: round 57's misread moods: a gift that made someone cry ("she CRIED" met with "that
#: stings"), time running out ("that's so cool"), a correction said with a sorry, a visit
#: coming ("oh no, your tía Lupe 😣"), "kinda bummed" (met with "made me smile 🥹")
_ROUND57 = tuple((m, re.compile(p, re.I)) for m, p in (
    ("happy", r"\b(?:gave|showed|surprised|made) (?:her|him|them)\b[^.!?]{0,60}\b(?:she|he|they) "
              r"(?:literally |actually )?(?:cried|teared up|started crying)\b(?![^.!?]*\b(?:sad|"
              r"upset|mad|hurt)\b)"),
    ("anxious", r"\brunning out of time\b"),
    ("neutral", r"^\W*(?:(?:wait|oops|oh|ok)\W+)?sorry\b[^.!?]*\bnot\b(?![^.!?]*\b(?:sad|upset|"
                r"hurt|cry)\b)"),
    ("sad", r"\b(?:kinda|so|lowkey|really|pretty|a little|a bit) bummed\b"),
    ("neutral", r"^(?!.*\b(?:sad|sick|hospital|funeral|hurt|worried|scared)\b).*\b(?:is|are) "
                r"coming (?:from|to visit|over|for a visit|to stay|up from|down from)\b"),
    # round 59: a pet that "wont leave her alone" (met with "it makes sense you feel alone"),
    # a story "not scary at all" (met with "I get why that's scary")
    ("neutral", r"^(?!.*\b(?:sad|lonely|cry\w*|miss\w*)\b).*\b(?:wont|won't|will not|doesnt|"
                r"doesn't|cant|can't) leave (?:her|him|them|me|it|us) alone\b"),
    ("neutral", r"\b(?:not|wasnt|wasn't|isnt|isn't)\s+(?:even\s+)?(?:that\s+|very\s+)?scary"
                r"(?:\s+at\s+all)?\b(?![^.!?]*\b(?:but|tho|though)\b)"),
    # round 63: tears at a big day ("dominics graduation was saturday and i cried like 3
    # times", met with "that's a classic cringe moment"); a mishap that did not happen ("i
    # dropped ZERO 😤", met with "that's the worst")
    ("happy", r"\b(?:graduation|wedding|ceremony|vows|reunion|recital|proposal|adoption|"
              r"homecoming|concert|premiere|opening night)\b[^.!?]{0,60}\bi (?:literally |"
              r"totally |def |definitely )?(?:cried|was crying|teared up|bawled|sobbed)\b"
              r"(?![^.!?]*\b(?:sad|upset|mad|hurt|miss\w*|bad|awful|terrible)\b)"),
    ("happy", NONE_HAPPENED.pattern),
    # round 65: a test passed ("my mom took her nursing exam yesterday and she thinks she
    # passed!!" met with "that's a little sad honestly"), a new thing loved ("my stepmom
    # started at the hospital monday and she loves it so far": "I get why that's scary"), a
    # near miss laughed at ("he almost failed the part where ... lol"), a charity told ("gift
    # wrapping ... for the childrens hospital toy fund": "that's a really nerve-wracking
    # situation")
    ("happy", r"\b(?:exam|test|boards|license|licence|quiz|final|finals|evaluation)\b[^.!?]{0,60}"
              r"\bpassed\b(?!\s+(?:away|on)\b)|\bpassed (?:the|her|his|my|their|our) "
              r"(?:\w+ )?(?:exam|test|boards|license|quiz|final|finals)\b"),
    ("happy", r"\b(?:she|he|they|i|we) (?:really |totally |already )?(?:loves?|loving) it\b"
              r"(?![^.!?]*\b(?:but|except|not)\b)"),
    ("neutral", r"\balmost (?:failed|lost|fell|died|cried|dropped)\b(?=[^.!?]*(?:\blol\b|\blmao\b|"
                r"😂|💀|\blaughed\b))"),
    ("happy", r"^(?!.*\b(?:sad|sick|hurt|worried|scared|nervous|cry\w*|stress\w*)\b).*\b(?:toy "
              r"fund|fundraiser|charity|donations?|toy drive|food drive|coat drive)\b"),
    # rounds 70-76: nerves that passed ("ngl i was nervous at first but then it was fine": "it's
    # okay to be scared"), a boast ("i got the highest score, sorry not sorry": "I'm sorry"),
    # tears of joy ("my grandma cried and took like 200 pics, she said it was worth the flight":
    # "oh no, that sounds really rough"), a pet adopted ("were adopting a kitten!!!": "oh no")
    ("happy", r"\b(?:nervous|scared|worried|anxious|terrified|freaking out|stressed)\b[^.!?]{0,40}"
              r"\b(?:at first|before|beforehand)\b[^.!?]{0,20}\bbut (?:then |honestly |actually )?"
              r"(?:it was|it went|i was|everything was|it turned out|it ended up) (?:totally |so |"
              r"really |actually )?(?:fine|ok|okay|good|great|amazing|fun)\b"),
    ("happy", r"\bsorry not sorry\b"),
    # round 79: a bad moment that ended well ("one girl cried bc she forgot the words but then
    # everyone sang louder so she was fine 🥹": "that's such a rough moment to sit with")
    ("happy", r"\bbut then\b[^.!?]{0,60}\b(?:she|he|they|it|we|i|everyone|everything) "
              r"(?:was|were|ended up|turned out)(?: (?:totally|all|so|actually|just))? "
              r"(?:fine|okay|ok|good|great|happy|smiling|laughing)\b(?![^.!?]*\b(?:not|until|"
              r"except)\b)"),
    # round 78: "HE GOT ADOPTED!!! a retired couple took him home i literally cried" ("aw,
    # that really hurts, I can tell")
    ("happy", r"\b(?:got adopted|won|passed|got in|got accepted|made the team|got the part|"
              r"got the job|got picked|sold out)\b[^?]{0,80}\b(?:cried|teared up|was crying|"
              r"bawled|sobbed)\b(?![^.!?]*\b(?:sad|upset|mad|hurt|miss\w*|not)\b)"),
    ("happy", r"\b(?:cried|teared up|was crying)\b[^.!?]{0,60}\b(?:worth it|worth the|so happy|"
              r"happy tears|so proud)\b"),
    ("happy", r"^(?!.*\b(?:sad|scared|hurt|cant|can't|wont|won't|not)\b).*\b(?:were|we're|we are|"
              r"im|i'm|finally) (?:adopting|getting) (?:a|an|another) (?:kitten|puppy|cat|dog|"
              r"bunny|rabbit|hamster|guinea pig)\b"),
))
_JOY_TEARS = re.compile(r"\bfinally\b[^.!?]*\b(?:could have|coulda|could|almost|nearly) "
                        r"(?:cried|cry)\b|\bhappy tears\b|\bcrisis averted\b", re.I)
_NOT_WELL_NOW = re.compile(r"\b(?:but|except|sad|hurt\w*|worried|scared)\b", re.I)
_LESS_BAD_READ = re.compile(r"\bless than i (?:thought|expected)\b|\bnot as bad as i\b|"
                       r"\bbetter than i (?:thought|expected)\b", re.I)


def said_mood(text: str) -> str | None:
    """A mood a message says in so many words that the emotion model misread in rounds
    56-57: joy's tears ("pepper finally sat on my lap i literally could have cried 😭",
    "crisis averted 😮‍💨"), missing less than feared, a gift that made someone cry, time
    running out, a sorry with a correction, a visit coming, "kinda bummed"; else None."""
    if _JOY_TEARS.search(text) and not _NOT_WELL_NOW.search(text):
        return "happy"
    if _LESS_BAD_READ.search(text):
        return "neutral"
    return next((family for family, cue in _ROUND57 if cue.search(text)), None)
