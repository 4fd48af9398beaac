"""Naming a dated plan when the parse does not: "next gala is on the 14th" -> "gala".

``event_phrase(sentence, context)`` finds the plan a sentence with a date talks about, by
words alone: an event noun with up to two words before it ("history essay", "swim gala",
"battle of the bands", "mothers day"); when the sentence only points at it ("we have to
present it friday", "it has to be done by monday") the newest event noun phrase in the
messages before it; a trip when it says where they are going ("going to the indoor park in
riverside on sunday"). None when there is none. Used by the extractor when its parse of the
sentence names no event (the parse is often wrong on chat writing). ``not_asked_of(event,
sentence)``: a plan the teen is not asked about (someone else's work, a wish said as
hyperbole, a task done).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from amity.nlp.facts.lexicon import EVENT_NOUNS
from amity.nlp.facts.plan_nouns import by_doing, coming_off, ordered_thing

EXTRA = frozenset("appt gala xray x-ray scan fair contest showcase exhibition gig battle mock "
                  "mocks finals playoff playoffs semifinal semi final recital meet derby fixture "
                  "trial check-up checkup market fundraiser sale expo convention quince "
                  "quinceanera quinceañera playdate stream livestream practical comp "
                  "comps parade fitting raid con launch screening premiere workshop orientation "
                  "banquet carnival marathon cookout scrimmage regionals sectionals nationals "
                  "districts states playoffs semis semifinals feis regatta "
                  "showing act psat cleanup clean-up photoshoot bonfire picnic hike debate "
                  "physical confirmation baptism christening".split()) | \
    {"car wash", "baby shower", "bridal shower", "open mic", "game night", "movie night",
     "study session", "open house", "comic con", "charity wash", "dog wash", "bake sale",
     "sweet 16", "sweet sixteen", "art night", "family night", "trivia night", "glow run",
     "fun run", "5k", "art show", "talent show", "science olympiad", "spelling bee",
     "geography bee", "math bee", "battle of the bands", "opening night", "science fair",
     "book fair", "job fair", "blood drive", "food drive", "toy drive", "coat drive",
     "photo shoot", "bar mitzvah", "bat mitzvah", "belt test"}
_NOUNS = sorted(EVENT_NOUNS | EXTRA, key=len, reverse=True)
_LEAD = frozenset("a an the my our his her their this that next last big first also and i doing "
                  "we have has got get its it's is was to for on at in of with we've i've ive "
                  "weve gotta got ugh omg ok okay so but oh lol yeah anyway btw plus "
                  "another which means actual actually real literally had having theres "
                  "there's there said says told tells texted just ever".split())
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_SHORT_DAYS = "mon tues wed thurs fri sat sun".split()
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
#: a day said by itself ("tmrw", "friday"): no plan is called that
_DAYS = frozenset(["today", "tomorrow", "tonight", "tmrw", "tmr", *WEEKDAYS])
_WHEN_WORDS = _DAYS | _PARTS_OF_DAY | frozenset(["week", *_SHORT_DAYS])
_NOUN = "(?:" + "|".join(re.escape(n) for n in _NOUNS) + ")"
#: up to two words, then an event noun or two ("dentist appt"), "of the ..." after it
_PHRASE = re.compile(r"\b((?:(?!(?:and|or|but|so)\b)[a-z0-9'-]+ ){0,2}" + _NOUN + r"(?: " + _NOUN
                     + r")?s?"
                     r"(?: of the [a-z]+)?)\b"
                     r"(?! (?:up|off|me|us|him|her|them|that|how)\b)")  # "today he shows up with a
# paddle", "she tests me": a verb, no event
_DAY = re.compile(r"\b([a-z]+s'? day)\b")
_STOP_AT = "|".join(["on", "this", "next", "tomorrow", "tmrw", "tonight", "at", "for", "w",
                     "with", *WEEKDAYS, *_SHORT_DAYS])
_GOING = re.compile(r"\b(?:(?:going|goin|headed|heading|off|flying|flies|fly|driving|"
                    r"taking (?:me|us|(?:my |our )?[a-z]+))"
                    r"(?: up| down| out| over)? to(?: see| visit| tour)?|"
                    r"(?:leave|leaving|fly|flying|set off|setting off) for) (?:the |a )?"
                    r"((?:[a-z'-]+ ){0,5}?[a-z'-]+?)(?= (?:" + _STOP_AT + r")\b|$|[,.!?])")
#: someone named before a "him" or "her": "uncle ray", "coach d", "my cousin jay"
_SOMEONE_BEFORE = re.compile(r"\b((?:uncle|aunt|auntie|cousin|coach|grandpa|grandma|mr|ms|mrs) "
                             r"(?!is\b|was\b|and\b|lol\b)[a-z]+)\b")
#: one of the family said before "him" or "her": "my actual dad lives in tucson"
_KIN_LIVES = re.compile(r"\b((?:my|our) (?:(?:actual|real|bio|step|older|younger|big|little) )?"
                        r"(?:dad|mom|mum|father|mother|grandma|grandpa|nana|abuela|abuelo|aunt|"
                        r"uncle|brother|sister|cousin|grandparents|parents))\b")
#: a game named by who they play: "we play dartmouth on thursday at 7"
_PLAYING = re.compile(r"\b(?:(?:we|i)(?:'re| are| r)?|were) (?:play|playing|face|facing|vs|versus|"
                      r"take on|taking on) (?!the (?:piano|guitar|drums|violin)\b|a |an |it\b|"
                      r"with\b|in\b|at\b|for\b|some\b|video|games?\b|against\b|"
                      # a sport played, no side faced: "i play badminton for my school"
                      r"(?:badminton|soccer|basketball|tennis|volleyball|lacrosse|hockey|"
                      r"baseball|softball|football|golf|chess|cricket|rugby|water polo|"
                      r"pickleball|ping pong|table tennis|squash|dodgeball|ultimate|netball|"
                      r"handball|bass|drums|piano|guitar|violin|cello|trumpet|flute|sax)\b)"
                      r"((?:[a-z'-]+ ){0,2}?[a-z'-]+?)(?=\s+(?:" + _STOP_AT + r")\b)")
#: who is doing the going may come between ("leos mom asked me to come w them to the aquarium")
_COME_ALONG = re.compile(r"\b(?:come|coming) (?:w|with) (?:them|us|her|him) to (?:the |a )?"
                         r"((?:[a-z'-]+ ){0,4}?[a-z'-]+?)(?= (?:" + _STOP_AT + r")\b|$|[,.!?])")
#: a plan named by what arrives or goes up ("the callback list goes up monday", "scores
#: come out in 2 weeks", "the movers come on friday")
_ARRIVES = re.compile(r"\b((?:[a-z'-]+ )?(?!and\b|then\b|we\b|i\b)[a-z'-]+) (?:goes up|go up|"
                      r"comes out|come out|comes|come|arrives|arrive)\b(?! back\b)")
#: "we leave on thursday", "we leave for london tomorrow": a trip
_LEAVING = re.compile(r"\b(?:we|i) (?:leave|fly out|head out)\b(?: for (?:the )?([a-z'-]+))?")
_STUDYING = re.compile(r"\b(?:study|studying|revise|revising|cram|cramming)(?: together| with "
                       r"(?:me|us|him|her|them)| w (?:me|us|him|her|them))\b")
_NOT_PLACES = frozenset("bed sleep school work be do get have try see make believe happen "
                        "need want like love hate say tell ask find".split())  # (not "you are
# not going to believe the lunch drama today": no trip)
_DUE = re.compile(r"\b(?:the |my |our )?((?:[a-z'-]+ ){0,2}?[a-z'-]+) (?:is |are |'s |s )?due\b")
_FETCH = re.compile(r"\b(?:pick(?:ing)?|collect(?:ing)?|getting|fetch(?:ing)?) (?:up )?(?:our |my |"
                    r"the |a |an |him |her |it |one )?(?!(?:announced|posted|released|revealed|"
                    r"picked|called|done|ready|married|checked)\b)([a-z'-]+)(?: up)? "
                    r"(?:from|at|on|next|"
                    r"this|tomorrow|tmrw|after|" + "|".join(WEEKDAYS) + r")\b")  # "we pick her
# up wednesday" after "we're adopting a dog!!!"
_GOT = re.compile(r"\b(?:get|getting|adopt|adopting|buy|buying) (?:a|an|our|my|the) "
                  r"(?:new )?([a-z'-]+)")
#: the teen visits someone: "im going saturday the 3rd to visit my tia marisol, shes..."
_VISITING = re.compile(r"\bvisit(?:ing)? ((?:my|our) (?:[a-z]+ ){0,2}?[a-z]+)(?=[,.!?]|\s+(?:in|on|"
                       r"at|this|next|for|and|bc|who|shes|hes|she|he|tomorrow|tmrw|saturday|every|with|"
                       r"to|after|before|over|"
                       r"sunday|monday|tuesday|wednesday|thursday|friday)\b|\s*$)")
_VISIT = re.compile(r"\b(my |our )?([a-z]+(?: and [a-z]+)?)(?: \([a-z ]+\))? (?:is |are |s |'s )?"
                    r"(?:visiting|coming to visit|coming over|coming to stay|flying in|"
                    r"lands|landing|arrives|arriving|gets in|"
                    r"staying with (?:us|me))\b")
#: what news due is called: "decisions", "my sat scores", "the cast list" (``voice.plans``
#: asks after such a plan as news)
NEWS_NOUNS = r"(?:decisions?|results?|scores?|grades?|cast list|acceptances?)"
#: news due on a day: "decisions from my dream school come out friday", "my sat scores come out"
_NEWS = re.compile(rf"\b((?:[a-z]+ ){{0,2}}?{NEWS_NOUNS}(?: (?:from|for) (?:my |the )?[a-z]+"
                   r"(?: [a-z]+){0,2}?)?) (?:come|comes|coming) out\b")
#: hearing news ("finds out"): the day it is heard is ahead, not past (``extractor._dated``)
FINDS_OUT = re.compile(r"\b(?:find|finds|finding) out\b", re.I)
#: a decision heard on a day: "hannah finds out if she got into ucla on friday", "we find out
#: if we made varsity"
_FIND_OUT = re.compile(FINDS_OUT.pattern + r" (?:(?:tomorrow|tmrw|today|tonight) )?"
                       r"(?:if|whether) (?:she|he|they|i|we|u|you)(?:'re| are| r)? "
                       r"(?:got|get|getting|made|make|making) (?:into |in |on )?"
                       r"(?:the )?((?:[a-z]+ ){0,2}?[a-z]+?)(?= (?:on|this|next|tomorrow|tmrw|"
                       r"today|tonight|at|by|in)\b|[,.!?]|$)")
#: "my cousin mateo is getting married saturday": his wedding
_MARRIED = re.compile(r"\b([a-z]+) (?:is |are |s |'s )?(?:getting married|gets married|marrying)\b")
#: "saturday is my grandpa's 80th": a birthday by its number
_NTH = re.compile(r"\b((?:my |our )?[a-z]+)'?s (\d{1,3}(?:st|nd|rd|th))\b"
                  r"(?! (?:grade|place|period|floor|row|anniversary|reunion|wedding))")  # ("my
# parents 20th anniversary": the anniversary, not a birthday)
#: "to get my ears pierced", "going to see a band with omar": the plan is the doing
_PIERCED = re.compile(r"\bget(?:ting)? (?:my |her |his )?((?:ears?|nose|belly button) pierced|"
                      r"(?:braces|cast|stitches|wisdom teeth) (?:off|out|removed))\b")
_SHOOT = re.compile(r"\b(?:shooting|shoot|taking|doing) (?:[a-z]+ )?(?:pics|photos|pictures|"
                    r"portraits|headshots)\b")
_SEEING = re.compile(r"\b(?:going to|gonna|goin to|off to) (see|watch) (?:a |an |the )?"
                     r"([a-z'-]+(?: [a-z'-]+)?)"
                     r"(?= with| on| at| this| next| tonight| tomorrow|$|[,.!?])")
_OUTING = re.compile(r"\b(?:going|goin|go|gonna go|taking (?:me|us)) ((?:ice )?fishing|camping|"
                     r"hiking|skiing|snowboarding|surfing|bowling|skating|kayaking|sailing|"
                     r"climbing)\b")
#: "actually no i checked, i work saturday 10 to 4": a shift
_WORKING = re.compile(r"\b(?:i|im|i'm|ive got|i've got|i have|got) (?:work|working) (?:on |this |"
                      r"next )?(?:" + "|".join(WEEKDAYS) + r"|tomorrow|tmrw|tonight)\b")
_TO_THE_VET = re.compile(r"\bto the vets?\b")
_VET_APPT = re.compile(r"\bvet (?:appt|appointment)")
_TESTING = re.compile(r"\b(?:get|getting|have|having|do|doing) (?:my |an? |some )?([a-z]+ "
                      r"testing)\b")
_TAUGHT = re.compile(r"\bteach(?:ing|es)? me (?:how )?to (?:[a-z]+ )?([a-z]+)\b")
_STARTING = re.compile(r"\b(?:i|we) (?:start|begin)\b(?! (?:the|a|an|my|our|to|doing|at|with)\b)")
_FIX = re.compile(r"\b(?:get|getting|take|taking) (?:it|(?:my|the|our) ([a-z]+)) "
                  r"(?:fixed|repaired|looked at)\b")
_BROKE = re.compile(r"\bmy ([a-z]+) (?:cracked|broke|is broken|smashed|stopped working|died)\b")
_SUBJECT_WORDS = frozenset("you u they them we us i me he him she her who people "
                           "everyone everybody".split())
#: a pointer that is a thing handled, not an event ("look at it", "pick it up"), and
#: "one" that points at nothing ("the only one who can tell")
_HANDLED = re.compile(r"\b(?:at|seeing|see|get|getting|buy|buying|grab|grabbing|bring|bringing|"
                      r"(?:check|pick|try|fix|sell|drive|wear|test|return|show|collect)(?:s|ing|ed)?)"
                      r"\s+(?:it|them|one|that|this)\b|"
                      r"\b(?:only|no|any|every|each|some|other|which|the)\s+one\b")
_POINTERS = frozenset("it its it's that thats that's this these one them which".split())
_POINTS = re.compile(r"\b(it|its|it's|that|this(?! (?:coming )?(?:" + "|".join(WEEKDAYS) +
                     r"|weekend|week|"
                     r"morning|afternoon|evening|month)\b)|one|them)\b|\bdue\b|\bdone by\b|"
                     r"\b(?:going|heading|go|head) (?:over|there)\b")  # "im going over friday"


#: a plan one has, said with "have" or "got" before its date ("got my english lit mock on
#: thursday", "i have a practice sat on saturday"): a plan, though "got" and "sat" read past
HAVE_PLAN = re.compile(r"\b(?:have|has|got|i've got|ive got)\s+(?:a|an|the|my|our|this|"
                       r"another)\s+(?:[a-z'-]+\s+){0,3}?" + _NOUN + r"s?\b[^.,;!?]*$", re.I)


#: a plan named with no verb, its date right after ("english test thursday on hamlet, we
#: gotta...", "baseball game at pike county wednesday, coach said..."): ahead, whatever the
#: tense of the rest of the sentence
_VERBLESS = re.compile(r"(?:^|[,;]\s*|\b(?:also|and|plus|then|oh|ok|so)\s+)(?:[a-z0-9'-]+ ){0,3}"
                       + _NOUN + r"s?(?: (?:at|vs|v|against|with|in|to) (?:[a-z0-9'-]+ ){1,4})?"
                       r"\s*(?:on |this |next )?$")
_NOT_VERBLESS = re.compile(r"\b(?:was|were|had|did|went|got|won|lost|i|we|he|she|they)\b")


def verbless_plan(before: str) -> bool:
    """Whether the words before a date name a plan without a verb (``_VERBLESS``)."""
    low = before.lower()
    found = _VERBLESS.search(low)
    return bool(found) and not _NOT_VERBLESS.search(found.group(0))


_DAY_INSIDE = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")s?\b", re.I)
_EVENT_WORD = re.compile(r"\b(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")s?\b",
                         re.I)


def day_in_name(name: str) -> bool:
    """A weekday inside a plan's name with no event word: no plan's name ("need sunday off
    tho revision")."""
    return bool(_DAY_INSIDE.search(name)) and not _EVENT_WORD.search(name)


def told_before(word: str, context: Sequence[str]) -> str:
    """The plan told in the last three messages whose name holds ``word`` ("brightons" and
    "trip to brighton"), or ""."""
    word = re.sub(r"'?s$", "", word.lower().strip())
    for earlier in reversed(context[-3:]):
        named = event_phrase(earlier)
        if named and word in named.lower().split() and named.lower() != word:
            return named
    return ""


def _tidy(phrase: str) -> str:
    words = phrase.split()
    owner = next((i for i, w in enumerate(words[:-1]) if w.endswith("'s")), 0)
    words = words[owner:]  # "friend imani's quinceañera" -> "imani's quinceañera"
    while words and words[0] in _LEAD:
        words.pop(0)
    return " ".join(words)


#: an event noun that is a verb after its subject: "bea plays bass", "she moves a lot"
_VERB_SAID = re.compile(r"^(?!(?:the|my|our|his|her|their|school|two|both|all|these|those)\b)"
                        r"[a-z']+ (?:plays|meets|moves|races|dates|shows|visits|classes)$")


#: an event noun said as a likeness: "the lunch drama today, it's honestly like a tv show"
_LIKE_A = re.compile(r"\b(?:like|as if|kinda like|basically) (?:a|an|the|some) (?:[a-z'-]+ ){0,2}"
                     r"[a-z'-]+$")


#: "fair" as a verdict, not a county fair: "which honestly fair", "thats fair", "fair enough"
_FAIR_SAID = re.compile(r"\b(?:(?:honestly|thats|that's|its|it's|not|so|pretty|totally|kinda|"
                        r"very|too|which|is|was|be|real|very) fair\b(?! (?:is|was|on|this|next|"
                        r"at|in|tomorrow|tmrw))|fair enough)", re.I)


def _find(text: str) -> str | None:
    low = text.lower()
    day = _DAY.search(low)
    if day and day.group(1) not in {"today", "yesterday"}:
        return day.group(1).replace("'", "")
    found = [_tidy(m.group(1)) for m in _PHRASE.finditer(low)
             if not re.match(r"\s+(?:(?:all )?(?:wrong|mixed|messed)|of (?:stairs|steps))\b",
                             low[m.end():])
             and not _LIKE_A.search(low[:m.end()])  # (not "its honestly like a tv show")
             and not _FAIR_SAID.search(low[:m.end()] + low[m.end():m.end() + 7])]
    found = [f for f in found if f and not _VERB_SAID.search(f)]  # not "i had the date
    # wrong": the final named before; nor "bea plays" (bass)
    subject = [f for f in found if re.search(rf"\b{re.escape(f)} (?:is|was)\b", low)]
    return subject[0] if subject else found[-1] if found else None  # "the family reunion
    # is at my great aunts farm": the reunion


_SUBJECT = re.compile(r"(?<![a-z0-9'-])((?:(?!(?:and|or|but|so)\b)[a-z0-9'-]+ ){0,2}[a-z'-]+) "
                      r"(?:is|are|'s) (?:on |in |this |next |at |"
                      r"a |like )?$")
_BDAY = re.compile(r"\b([a-z]+?)(?:'s|s)? (?:\d{1,2}(?:st|nd|rd|th) )?"  # "her 16th bday"
                   r"(?:bday|birthday|b-day|birthday party)\b")
_TURNS = re.compile(r"\b([a-z']+?)(?:'s|s)? (?:is |'s |s )?(?:turns?|turning) \d{1,3}\b")
# ("sisters turn 10", "my great grandma is turning 100": round 68 kept no birthday)
_NOT_SUBJECTS = frozenset("it that this there which what it's its thats he she they we i "
                          "mine hers his theirs one plane flight train bus package order "
                          "box parcel delivery were we're theyre they're youre "
                          "you're im i'm shes she's hes he's u "
                          "you".split())  # ("so were visiting him": round 47 said
# "your grandpa's were's visit")
#: words that name no plan by themselves ("his last day is friday", "the big day")
_VAGUE = frozenset("day thing one time".split()) | {"check in", "check-in", "checkin"}  # this chat


_DATE_IS = re.compile(r"^\s*(?:is|'s)\s+(?:the |my |our )?([a-z'-]+(?: [a-z'-]+){0,2}?)"
                      r"(?= and\b| so\b| bc\b| but\b|[,.!?]|$)")


def deadline_of(event: str, before: str) -> str:
    """A bare "deadline" named by the plan said before it ("enter the library comic contest,
    deadline is friday" -> "library comic contest deadline")."""
    if event.lower().removeprefix("the ") not in ("deadline", "due date"):
        return event
    found = _find(re.split(r"\b(?:the |my |our )?(?:deadline|due date)\b", before.lower())[0])
    return f"{found} deadline" if found else event


def named_after(after: str) -> str | None:
    """The plan named after its date ("this saturday IS SAKURACON and im...")."""
    m = _DATE_IS.match(after.lower())
    found = _tidy(m.group(1)) if m else ""
    return found if found and found.split()[0] not in _NOT_SUBJECTS | _DAYS and \
        found not in _VAGUE else None


def doing_after(after: str) -> str | None:
    """What the user says they are doing right after the date ("next saturday im running
    the wok station by myself"): the plan, whatever came before the date."""
    m = _DOING_AFTER.match(after.lower())
    return _tidy(m.group(1)) or None if m and m.group(2) not in _NOT_SUBJECTS else None


_DOING_AFTER = re.compile(r"^\s*(?:i'?m|i am|we'?re|we are|we r)\s+(?:finally\s+|actually\s+)?"
                          r"([a-z]{3,}ing (?:the |my |our |a |an |in |at )?([a-z'-]+)"
                          r"(?: [a-z'-]+){0,2}?)(?= by\b| for\b| with\b| at\b| and\b| so\b| bc\b|"
                          r" on\b| from\b|[,.!?]|$)")


#: a plan moved (here, in ``moved_to`` and in the extractor's "from this friday to next")
MOVED_VERB = r"(?:pushed|moved|postponed|rescheduled|bumped|changed|switched)"
#: "mr haddad moved our test to thursday": the plan is what was moved
_MOVED_WHAT = re.compile(rf"\b{MOVED_VERB} "
                         r"(?:(?:our|my|the|his|her|their) )?([a-z][a-z ]{1,30}?) "
                         r"(?:back |up )?(?:to|till|until|til)\s*$")


def moved_plan(before: str, told: Sequence[str] = ()) -> str | None:
    """The plan moved to the date that follows ``before`` ("...moved our test to"), when it
    names an event ("test"); "they pushed it to" the plan last named in ``told`` (the
    message before the sentence, then the ones before it); else None."""
    m = _MOVED_WHAT.search(before.lower())
    if m and set(m.group(1).split()) & EVENT_NOUNS:
        return m.group(1)
    if _MOVED_IT.search(before.lower()):
        return next((found for text in told if (found := _find(text))), None)
    return None


_MOVED_IT = re.compile(rf"\b{MOVED_VERB} (?:it|that)(?: back| up)? (?:to|till|until|til)\s*$")


def moved_to(before: str, after: str = " to") -> bool:
    """Whether the date after ``before`` is where a plan was moved, or moved from to
    another (``after``: "got pushed to", "moved our test to", "got moved from friday to
    next wednesday"): a date ahead, though the verb is past."""
    bare = _MOVED_BARE.search(before.lower())
    return bool(_MOVED_WHAT.search(before.lower()) or _MOVED_IT.search(before.lower()) or bare and (
        not bare.group(0).rstrip().endswith("from") or re.match(r"\s*to\b", after)))


_MOVED_BARE = re.compile(rf"\b{MOVED_VERB}(?: back| up)? (?:to|till|until|til|from)\s*$")


def fuller(first: str | None, other: str | None) -> str | None:
    """``first``, or ``other`` when it is ``first`` with more words ("test" -> "test bake",
    "appt" -> "dentist appt")."""
    if first and other and len(other) > len(first) and \
            re.search(rf"(?:^| ){re.escape(first)}(?: |$)", other):
        return other
    return first or other


_FEELING_ABOUT = re.compile(r"\b(?:stressed|worried|nervous|excited|scared|anxious|hyped|"
                            r"dreading|freaking out)\s+(?:about|for|over)\b|"
                            r"\b(?:about|for|over|of|to)(?:\s+(?:tho|though|lol|rn))?$")


def subject_before(before: str) -> str | None:
    """The plan a date is said of ("picture day is ", "sat is ", "opening night is in ")."""
    m = _SUBJECT.search(before.lower().strip() + " ")
    if not m or m.group(1).split()[-1] in _NOT_SUBJECTS | _DAYS:
        return None
    if _FEELING_ABOUT.search(m.group(1)):
        return None  # "the real thing im stressed about tho is sunday": a feeling, no plan
    found = _tidy(m.group(1))
    return None if found in _VAGUE else found or None  # "his last day is": no plan named


_FILLER = re.compile(r"h+e+y+|h+i+|sunny+|omg+|ugh+|ok|okay|lol+|lmao+|guess|what|yo+|wait|um+|"
                     r"so|literally|ngl|tbh|fr|bc|cuz|cause")


#: a plan said as a verb, named as a noun ("we present on monday" -> "presentation")
_AS_NOUN = {"present": "presentation", "presenting": "presentation", "perform": "performance",
            "performing": "performance", "compete": "competition", "competing": "competition",
            "graduate": "graduation", "graduating": "graduation", "audition": "audition"}


_WE_ARE = frozenset("were we're we im i'm i theyre they're they".split())
_DOING = frozenset("doing having hosting entering running throwing".split())


def trim(event: str) -> str:
    """An event without the date words the parse left on it ("chem test tmrw") and the chat
    words around it ("heyy sunny omg"), a verb said as its noun ("present" ->
    "presentation"): empty when nothing else is left."""
    words = [w for w in event.split() if not _FILLER.fullmatch(w.lower())]
    if words and words[-1].lower() in _AS_NOUN:
        words[-1] = _AS_NOUN[words[-1].lower()]
    while len(words) > 1:
        last = words[-1].lower()
        if last in _PARTS_OF_DAY and len(words) > 2 and words[-2].lower() in _WHEN_WORDS:
            words.pop()  # "permit test saturday morning", not "opening night"
        elif last in _WHEN_WORDS - _PARTS_OF_DAY - {"week"}:
            words.pop()
        else:
            break
    while len(words) > 1 and words[0].lower() in {"me", "us", "a", "an", "the", "both", "all",
                                                  "next"}:
        words.pop(0)  # "made me an appointment" -> "an appointment"; "next game" -> "game"
    if len(words) > 2 and words[0].lower() in _WE_ARE and words[1].lower() in _DOING:
        del words[:2]  # "were doing battle of the bands" -> "battle of the bands"
    if len(words) > 1 and words[0].lower() in {"giving", "having", "taking", "doing", "got"} \
            and words[-1].lower().rstrip("s") in EVENT_NOUNS | EXTRA:
        words.pop(0)  # "are BOTH giving tests on wednesday" -> "tests"
    kept = " ".join(words)
    if all(w.lower() in _LEAD | _POINTERS for w in words):
        return ""  # "my": the parse kept no plan
    return "" if kept.lower() in _VAGUE | _DAYS | _PARTS_OF_DAY else kept  # "the big day"


def birthday_of(sentence: str, names: Sequence[str]) -> str | None:
    """Whose birthday a line dates, lower case: "her bday is thursday" after "my best friend
    jade" -> "jade" (the newest of ``names``); "my mums birthday" -> "mum"; "my twin sisters
    turn 10 on wednesday" -> "sister"; None for the user's own or when it cannot tell."""
    low = sentence.lower()
    said = [m for rx in (_BDAY, _TURNS) for m in rx.finditer(low)
            if not re.search(r"\bnot\s*$", low[:m.start()])]  # not "its not my birthday"
    m = min(said, key=lambda m: m.start()) if said else None
    if not m or m.group(1) in {"my", "i", "me", "im", "i'm"}:
        return None
    owner = m.group(1)
    if owner in {"her", "his", "their"} or low[m.start():].split()[0] in {"his", "hers", "its"}:
        return names[-1] if names else None  # ("his birthday": not someone named "hi")
    return None if owner in _LEAD else owner


_SLEEPOVER = re.compile(r"\b([a-z]+) (?:is|are|'s|s) (?:sleeping|staying) over\b")


#: someone else's birthday told by a pronoun: "hes having a birthday next week"
_THEIR_BDAY = re.compile(r"\b(?:(he)s|he's|he is|(she)s|she's|she is)\s+(?:having|got|has)\s+"
                         r"(?:a|his|her)\s+(?:birthday|bday|b-day)(?: party)?\b")
_KIN_OF = re.compile(r"\bmy (?:little |big |older |younger |baby )?(brother|sister|cousin|"
                     r"friend|best friend|bff|mom|dad|grandma|grandpa|aunt|uncle|stepdad|"
                     r"stepmom)\b")


def _their_birthday(low: str, context: Sequence[str]) -> str | None:
    """Whose birthday a pronoun names: the kin named last in the message or just before it
    ("how old did i say my brother was? hes having a birthday next week")."""
    found = _THEIR_BDAY.search(low)
    if not found:
        return None
    for text in (low[:found.start()], *(c.lower() for c in reversed(context[-2:]))):
        kin = list(_KIN_OF.finditer(text))
        if kin:
            return f"my {kin[-1].group(1)}'s birthday"
    return f"{'his' if found.group(1) or found.group(0).startswith('he') else 'her'} birthday"


#: a phrase that ends on a denial or an "until" names no plan: "guy doesnt" and "come til" of
#: "the wifi guy doesnt come til thursday" (round 56 asked "how were the guy doesnt?")
DENIED_END = re.compile(r"\b(?:doesnt|doesn't|dont|don't|didnt|didn't|isnt|isn't|wont|won't|"
                        r"cant|can't|aint|ain't|not)$", re.I)
UNTIL_END = re.compile(r"\b(?:til|till|until)$", re.I)


def event_phrase(sentence: str, context: Sequence[str] = (), earlier: str = "") -> str | None:
    """The plan ``sentence`` dates (see the module doc), or None; ``earlier`` is the same
    message before the sentence, where the thing "it comes thursday" points at may be."""
    found = _event_phrase(sentence, context, earlier)
    return None if found is not None and DENIED_END.search(found) else found


#: a plan the teen is invited to: "invited me to her familys eid dinner"
_INVITED = re.compile(r"\binvited (?:me|us) (?:to|for) (?:(?:her|his|their|a|an|the|my|our|"
                      r"[a-z]+'?s) )?(?:(?:family'?s|fam'?s|family) )?((?:[a-z]+ ){0,2}?"
                      r"(?:dinner|lunch|brunch|feast|bbq|" + "|".join(_NOUNS) + r"))\b")
#: a plan pointed at and moved in one breath: "it was supposed to be this saturday but..."
_IT_WAS_TO_BE = re.compile(r"(?:(?:so|and|but|ok|okay|well|ugh|wait)\s+)*(?:it|its|it's)\s+"
                           r"(?:was|is)\s+(?:supposed|meant|gonna|going)\s+(?:to\s+)?be\b")


def _event_phrase(sentence: str, context: Sequence[str] = (), earlier: str = "") -> str | None:
    low = sentence.lower()
    if (theirs := _their_birthday(low, context)) is not None:
        return theirs
    if invited := _INVITED.search(low):
        return invited.group(1)  # "amira invited me to her familys eid dinner on wednesday":
        # the eid dinner (dev30: "familys" hid it, and the parse named "invited me to ...")
    if _IT_WAS_TO_BE.match(low):
        return next((found for text in (earlier, *reversed(context[-3:]))
                     if (found := _find(text))), None)  # "it was supposed to be this
        # saturday but my tio's flight got changed so now its sunday": the party told
        # before, not the flight (dev30); with nothing told before, no plan of its own
    heard = _FIND_OUT.search(low)
    if heard and heard.group(1) not in _LEAD:  # "any news on the ucla decision?!"
        return f"{sentence[heard.start(1):heard.end(1)]} decision"  # (as written: "UCLA")
    news = _NEWS.search(low)
    if news:  # "also decisions from my dream school come out friday": the decisions
        return re.sub(r"^(?:(?:also|and|so|ok|omg|but|plus|the) )+", "", news.group(1))
    visiting = _VISITING.search(low)
    if visiting:
        return f"visiting {visiting.group(1)}"  # "going saturday the 3rd to visit my tia marisol"
    visit = _VISIT.search(low)
    if visit and visit.group(2).endswith((" and i", " and me")):  # the teen visits: "my dad
        # and i are visiting two colleges this weekend" (no "my dad and i's visit")
        went = re.match(r"\s+((?:[a-z]+ ){0,2}?[a-z]+?)(?=\s*(?:[,.!?]|$|\s(?:this|next|on|in|"
                        r"at|for|tomorrow|tmrw|today)\b))", low[visit.end():])
        return f"visiting {went.group(1)}" if went else "the visit"
    if visit and visit.group(2) not in _LEAD | _NOT_SUBJECTS:
        return f"{visit.group(1) or ''}{visit.group(2)}'s visit"  # "my grandma is visiting"
    married = _MARRIED.search(low)
    if married and married.group(1) not in _LEAD | _NOT_SUBJECTS:
        return f"{married.group(1)}'s wedding"
    playing = _PLAYING.search(low)
    if playing and playing.group(1) in ("him", "her", "them") and (
            who := _SOMEONE_BEFORE.findall(f"{earlier} {low[:playing.start()]}".lower())):
        return f"game against {who[-1]}"  # "uncle ray is last lol. i play him sunday"
    if playing and playing.group(1).split()[0] not in _LEAD | _NOT_SUBJECTS | _WHEN_WORDS:
        return f"game against {playing.group(1)}"  # "we play dartmouth on thursday at 7"
    nth = _NTH.search(low)
    if nth and nth.group(1).split()[-1] not in _LEAD | _NOT_SUBJECTS:
        return f"{nth.group(1)}'s {nth.group(2)}"
    if _SHOOT.search(low):
        return "photo shoot"  # "im shooting senior pics for priya on saturday"
    pierced = _PIERCED.search(low)
    if pierced:
        return f"getting my {pierced.group(1)}"
    seeing = _SEEING.search(low)
    if seeing and seeing.group(2).split()[0] not in _LEAD | _SUBJECT_WORDS | {"it"}:
        return f"{'seeing' if seeing.group(1) == 'see' else 'watching'} the {seeing.group(2)}"
    over = _SLEEPOVER.search(low)
    if over and over.group(1) not in _LEAD | _NOT_SUBJECTS:
        return f"sleepover with {over.group(1)}"  # "eli is sleeping over tomorrow"
    if _TO_THE_VET.search(low) and not _VET_APPT.search(low):
        return "vet visit"  # "my dog has to go to the vet tmrw"
    tested = _TESTING.search(low)
    if tested:
        return tested.group(1)  # "i have to get allergy testing friday"
    taught = _TAUGHT.search(low)
    if taught:  # "tia rosa is teaching me how to make pozole tmrw"
        return f"{taught.group(1)} lesson"
    if _STARTING.search(low):
        return "first day"  # "its at the froyo place, i start wednesday"
    outing = _OUTING.search(low)
    if outing:
        return f"{outing.group(1)} trip"  # "going fishing w my dad this weekend"
    if _WORKING.search(low):
        return "shift"
    fix = _FIX.search(low)
    if fix:  # "my ipad cracked ... gotta get it fixed on saturday"
        thing = fix.group(1) or next((m.group(1) for c in [sentence, *reversed(context)]
                                      for m in _BROKE.finditer(c.lower())), "")
        if thing:
            return f"getting the {thing} fixed"
    if off := coming_off(low, (earlier, *reversed(context[-3:]))):
        return off  # "the doctor said it comes off next wednesday": the cast, not the doctor
    if (arrives := _ARRIVES_FOR.search(low)) is not None:
        # "my aunt thuy flies in from houston on wednesday for the ceremony": her flight,
        # not "Thuy's ceremony" (round 58; the ceremony was the mom's)
        verb, way, place = arrives.group(1), arrives.group(2), arrives.group(3)
        place = f" from {place}" if place else ""
        if verb.startswith("fl"):
            return f"flight {way}{place}"
        return f"drive {way}{place}" if verb.startswith("dr") else \
            "trip home" if way == "home" else "visit"
    own = _find(sentence)
    if own:
        return own
    return _by_verb(low, context, earlier.lower())


#: someone arriving for a day: "flies in from houston on wednesday for the ceremony"
_ARRIVES_FOR = re.compile(r"\b(fl(?:y|ies|ying)|driv(?:e|es|ing)|com(?:e|es|ing))\s+(in|up|"
                          r"down|home)(?:\s+from\s+([a-z]+(?:\s+(?!on\b|for\b|\w+day\b|tomorrow\b|tonight\b|tmrw\b)[a-z]+)?))?\b"
                          r"[^.!?]{0,40}?\bfor\s+(?:the|my|our|her|his|a)\s+[a-z]+")


def _by_verb(low: str, context: Sequence[str], earlier: str = "") -> str | None:
    """The plan a sentence names by what happens rather than by an event noun: a trip,
    what arrives, a pick-up, what is due; else the event noun the messages before it
    name when it only points at one."""
    going = _GOING.search(low) or _COME_ALONG.search(low)
    if going and going.group(1).split()[0] not in _NOT_PLACES:
        the = "the " if re.search(rf"\bto the {re.escape(going.group(1))}\b", low) else ""
        if going.group(1) in ("him", "her", "them") and (kin := _KIN_LIVES.search(low)):
            # "my dad lives in tucson now, im flying out to see him next wednesday": the trip
            # to see my dad, not "the trip to him"
            return f"trip to see {re.sub(r' (?:actual|real|bio) ', ' ', kin.group(1))}"
        return f"trip to {the}{going.group(1)}"  # "going to the indoor park on sunday"
    leaving = _LEAVING.search(low)
    if leaving:
        place = leaving.group(1)
        return f"trip to {place}" if place and place not in _WHEN_WORDS | _LEAD else "trip"
    if _STUDYING.search(low):
        return "study session"  # "jaylen is gonna study with me tuesday at the library"
    arrives = _ARRIVES.search(low)
    if arrives:
        thing = _tidy(arrives.group(1))
        if thing and thing.split()[0] not in _NOT_SUBJECTS | _SUBJECT_WORDS:
            return thing  # "the callback list goes up monday" -> "callback list"
        if thing in _POINTERS:  # "we ordered a motion camera, it comes thursday"
            ordered = ordered_thing((low[:arrives.start()], earlier, *reversed(context[-3:])))
            if ordered and _tidy(ordered):
                return f"{_tidy(ordered)} delivery"  # "how was the motion camera delivery?"
    fetch = _FETCH.search(low)
    if fetch:  # "picking one up from the reptile shop on saturday" after "get a lizard"
        thing = fetch.group(1)
        if thing in {"one", "it", "him", "her", "up", "them"}:
            thing = next((m.group(1) for c in (earlier, *reversed(context))
                          for m in reversed(list(_GOT.finditer(c.lower())))), "")
        if thing:
            return f"getting the {thing}"
    due = _DUE.search(low)
    if due and _tidy(due.group(1)) and due.group(1).split()[-1] not in _POINTERS:
        return _tidy(due.group(1))  # "the statement is due on the 12th"
    if doing := by_doing(low):
        return doing  # "my tía marisol is moving to phoenix on friday"
    if not _POINTS.search(_HANDLED.sub(" ", low)) or _ITS_LIKE.search(low):
        return None  # "gonna go look at it sunday": "it" is a thing, not the test before;
        # "its so boring today": the day as it feels
    return next((found for said in reversed(context)
                 if not _ASKS_SUNNY.search(said) and (found := _find(said))), None)
    # (not "do bots have holidays" asked of Sunny: round 68 heard "how were the bots have
    # holidays?")


#: a day said as it feels: "its so boring today", "its been so slow"
_ITS_LIKE = re.compile(r"^\W*(?:ugh\s+|ok\s+|so\s+|man\s+)*(?:its|it's|it is)\s+(?:been\s+)?"
                       r"(?:so|sooo+|really|kinda|lowkey|super|soo)\s+[a-z]+\s+"
                       r"(?:today|rn|tonight)", re.I)
#: a question put to Sunny: "do u celebrate anything? like do bots have holidays lol"
_ASKS_SUNNY = re.compile(r"\b(?:do|does|did|can|are|have|would|will) (?:u|you|bots?|ais?)\b", re.I)
