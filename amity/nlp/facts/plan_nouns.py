"""Names for plans said as doings, and plans no friend asks about.

Contract: ``as_noun(event)`` names a plan said by what happens as a thing a friend asks
about ("flies in from manila" -> "flight in from manila", "graduates from the police
academy" -> "graduation from the police academy", "starts" -> "first day", "getting knee
surgery" -> "knee surgery", "comes" after "we ordered a new couch" -> "new couch delivery"),
"" for a name that is no plan ("come back", "hopefully she can draw"); any other name comes
back as it is. ``coming_off(low, told)`` names a cast or braces coming off. ``ordered_thing(texts)``
is the thing last ordered or bought in the first of ``texts`` that tells one (what "it
comes thursday" points at). ``not_asked_of(event, sentence)`` says a plan is no one's to ask
about. ``by_doing(low)`` names a plan said by what someone does ("moving to phoenix",
"doing a goodbye carne asada for her", "coming home", "starting a new job"), or None.
``unhedged(phrase)`` is a plan's name without "might", "could" and the like ("cousin might
visit" -> "visit"), None for one that is only who might ("zara might").
``owner_of(before)`` is whose plan the words before its date say it is ("my tía marisol is
moving to phoenix" -> "Marisol", "my moms starting a new job" -> "user's mom"), None for the
user's own. Pure functions over strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from amity.nlp.facts.lexicon import is_first_name

#: a thing ordered or bought, what "it comes thursday" points at ("we ordered a motion camera")
_ORDERED = re.compile(r"\b(?:ordered|order|bought|buy|got)\s+(?:us |him |her |me )?"
                      r"(?:a|an|the|my|our|one of (?:those|these|the))"
                      r"\s+((?:[a-z'-]+ )?[a-z'-]+?)(?=\s*(?:[,.!?;]|$| online| off| for| from"
                      r"| and| it| so| that| which| yesterday| today| last))")


#: "we ordered one": the thing wanted before it ("she wants to set up a motion camera")
_ONE = re.compile(r"\b(?:ordered|order|bought|got) one\b")
_WANTED = re.compile(r"\b(?:set up|get|getting|buy|buying|want|wants|need|needs|install|"
                     r"installing) (?:a|an) ((?:[a-z'-]+ )?[a-z'-]+?)(?=[,.!?;]| and| so| but|"
                     r" for| to| because| bc|$)")


def ordered_thing(texts: Iterable[str]) -> str | None:
    """The thing last ordered or bought in the first text that tells one ("we ordered one
    of those motion cameras" -> "motion cameras"; "she wants a motion camera ... we ordered
    one" -> "motion camera"), or None."""
    texts = [t.lower() for t in texts]
    for i, text in enumerate(texts):
        found = list(_ORDERED.finditer(text))
        if found:
            return found[-1].group(1)
        if one := _ONE.search(text):
            for told in (text[:one.start()], *texts[i + 1:]):  # the nearest before it
                wanted = [m.group(1) for m in _WANTED.finditer(told)]
                if wanted:
                    return wanted[-1]
            return None
    return None


_BACK = frozenset(["come back", "coming back", "comes back", "get back", "gets back",
                   "getting back", "back"])
_MADE_KNOWN = frozenset(["announced", "posted", "released", "revealed"])
_ARRIVING = frozenset(["comes", "come", "arrives", "arrive", "gets here", "ships"])
#: a plan said as a doing, and its name as a thing: the name's head, then (when the pattern
#: keeps a rest) the joiner and the rest ("flies in from manila" -> "flight" + " " + "in from
#: manila"; "graduates barber school" -> "graduation" + " from " + "barber school")
_AS_NOUN = [
    (re.compile(r"^(?:is |are |was )?(?:fly|flies|flying)\b(?P<rest>(?: (?:in|home|back|out|over"
                r"|down|up))?(?: (?:from|to) [a-z' ]+)?)$"), "flight", " "),
    (re.compile(r"^.*?\bgraduat(?:es|ing|e)\b(?: from)?"
                r"(?P<rest>(?: (?:the |his |her )?[a-z' ]+)?)$"), "graduation", " from "),
    (re.compile(r"^(?:starts|starting|start)(?: (?:at|with) (?P<rest>(?:the |a )?[a-z' ]+))?$"),
     "first day", " at "),
    (re.compile(r"^(?:starts|starting|start) (?:his |her |their |my |a |the )?new "
                r"(?P<rest>job|school|class)$"), "first day at the new", " "),
    (re.compile(r"^(?:becomes|becoming|become) (?:a |an )?(?:us |american )?citizen$"),
     "citizenship ceremony", ""),
    (re.compile(r"^(?:gets|getting|get|has|having) (?:his |her |their |my )?(?P<rest>[a-z]+ "
                r"surgery)$"), "", ""),
    (re.compile(r"^(?:gets |getting |get )?(?:his |her |their |my )?wisdom teeth(?: out| "
                r"removed| pulled)?$"), "wisdom teeth surgery", ""),
]


def as_noun(event: str, told: Iterable[str] = ()) -> str:
    """``event`` named as a thing (see the module doc), or itself; a bare "comes" is the
    delivery of the thing last ordered in ``told`` (the message, then the ones before)."""
    low = event.lower().strip()
    if low == "due date" and any("baby" in t.lower() for t in told):
        return "baby's arrival"  # "my mom is having a baby ... due date is thursday"
    if low in _BACK or re.match(r"(?:bc|because|cuz|cause|of|every)\b", low) or re.search(
            r"\b(?:hopefully|maybe|probably)\b|^\d+\s*(?:am|pm)\b|^(?:ends|give me)$", low):
        return ""  # no plan: "we leave thursday and come back sunday night" (the trip's
        # end), "bc of rain" (why), "every class" (a habit), "hopefully she can draw" (a
        # wish), "6pm ends" (a time)
    if low in ("partys", "retirement partys"):
        return "party"  # "glenn retires friday, partys at the vfw at 7"
    if re.fullmatch(r"(?:leaves|leaving) for (.+)", low):
        return re.sub(r"^leaves", "leaving", low)  # "yusuf leaves for basic training"
    if re.fullmatch(r"(?:[a-z]+ ){0,3}(?:moves|moving)(?: (?:into|in|to|out)\b.*)?", low):
        return "move"  # "my older bro ciaran moves into his own apartment friday"
    if low in _MADE_KNOWN and (said := next(iter(told), "")):
        known = re.findall(rf"\b((?:[a-z'-]+ ){{0,2}}?[a-z'-]+) (?:(?:is|are|was|will be) )?"
                           rf"(?:gets?|getting|is|are|will be|gonna be|should be) {low}\b",
                           said.lower())
        thing = re.sub(rf"^(?:(?:the|my|our|his|her|their|and|so|also|ok|(?:{_KIN})(?:s|'s)) )+",
                       "", known[-1]) if known else ""
        if thing and thing.split()[0] not in ("it", "that", "this", "they", "he", "she", "i"):
            # "the promotion gets announced thursday": the news heard, not "announced"
            return thing if re.search(r"\b(?:list|results?|scores?|grades?|decisions?|"
                                      r"winners?|teams?|roster|lineup)\b", thing) \
                else f"{thing} announcement"
    if low in _ARRIVING:
        thing = ordered_thing(told)
        return f"{thing} delivery" if thing else event
    for pattern, head, joiner in _AS_NOUN:
        m = pattern.match(low)
        if m:
            rest = (m.groupdict().get("rest") or "").strip()
            return f"{head}{joiner}{rest}".strip() if rest else head
    return event


#: someone else's work: "he has to work saturday", "my dad is working"
_THEIR_WORK = re.compile(r"\b(?:he|she|they|dad|mom|mum|brother|sister|aunt|uncle)\s+(?:has|have|"
                         r"had|is|was)?\s*(?:to\s+)?work(?:s|ing)?\b", re.I)


#: a word that hedges a plan: "zara *might* come saturday"
_HEDGE = r"(?:might|could|would|should|may)"
_HEDGED_VISIT = re.compile(rf"^(?:[a-z']+\s+)?{_HEDGE}\s+(?:come|visit|stop by|drop by)\b"
                           r"(?:\s+over)?$", re.I)


def unhedged(phrase: str) -> str | None:
    """A plan's name without the word that hedges it ("cousin might visit" -> "visit", "i
    might have a quiz" -> "i have a quiz"); None for a name that is only who might do it
    ("zara might")."""
    phrase = re.sub(rf"\b{_HEDGE}\s+(?=\w)", "", _HEDGED_VISIT.sub("visit", phrase))
    return None if re.search(rf"\b{_HEDGE}$", phrase, re.I) else phrase


def not_asked_of(event: str, sentence: str) -> bool:
    """A plan the teen is not asked about: someone else's work ("he has to work saturday"),
    a wish said as hyperbole ("i could sleep for a week"), a task done ("all my homework
    is done for once"). Read in the sentence's first line."""
    said, low = sentence.split("\n", 1)[0], event.lower()
    if low == "work" and _THEIR_WORK.search(said):
        return True
    verb = re.match(r"(sleep|eat|cry|scream|die|dance|live)\b", low)
    if verb and re.search(rf"\bi could (?:\w+ )?{verb.group(1)}\b", said, re.I):
        return True
    done = re.fullmatch(r"(?:all |my |your |our )*(\w+)", low)
    return bool(done and re.search(rf"\b{done.group(1)} (?:is|are|was|were) (?:all |finally )?"
                                   r"(?:done|finished|over)\b", said, re.I))


#: a plan said by what is done: "moving to phoenix", "doing a goodbye carne asada for her",
#: "coming home this weekend", "starting a new job at st brigid's"
_DOING = [
    (re.compile(r"\bmoving to ((?:the )?[a-z'-]+(?: [a-z'-]+)?)(?= on| this| next| tomorrow|"
                r" tmrw| in| at|[,.!?]|$)"), "move to {0}"),
    (re.compile(r"\b(?:doing|having|throwing|hosting) (?:a|an|this|her|his|their|our|my) "
                r"((?:[a-z'-]+ ){0,2}?[a-z'-]+?)(?= for| on| this| next| tomorrow| tmrw| at|"
                r" (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|[,.!?]|$)"), "{0}"),
    (re.compile(r"\b(?:coming|comes|come) home\b"), "visit home"),
    # "my big sister lena graduates saturday from community college"
    (re.compile(r"\bgraduat(?:es|ing) (?:on |this |next )?(?:monday|tuesday|wednesday|thursday|"
                r"friday|saturday|sunday|tomorrow|tmrw|today)\b"), "graduation"),
    (re.compile(r"\bmoving in(?: with (?:us|me|them|her|him))?\b"), "move-in day"),
    (re.compile(r"\b(building|making|painting|fixing|planting|sewing|decorating) (?:a|an|the|his|"
                r"her|their|our|my) ((?:new )?[a-z'-]+)(?= with| on| this| next| tomorrow| tmrw|"
                r" at|[,.!?]|$)"), "{0} the {1}"),  # "felix is building a new coop"
    (re.compile(r"\bstart(?:s|ing)? (?:a|her|his|their|my) new job\b"), "first day at the new job"),
    (re.compile(r"\bgiv(?:e|es|ing) (?:me|us|him|her|them) (?:a |an |my |his |her )?"
                r"((?:free |new )?[a-z'-]+)"), "{0}"),  # "hes gonna give me a free haircut"
    (re.compile(r"\b(?:getting|gets|get|is getting) induced\b"), "baby's arrival"),
    (re.compile(r"\bgets? (?:his|her|their|my) ([a-z]+) (?:scoped|operated on|done|fixed)\b"),
     "{0} surgery"),  # "my dad gets his knee scoped friday"
    (re.compile(r"\b(?:gets?|getting|having|has) (?:his|her|their|my|a|a new) (hip|knee|"
                r"shoulder|heart valve) replaced\b"), "{0} replacement"),  # (round 47)
    (re.compile(r"\b(?:im|i'm|i am) (?!going|doing|having|getting|gonna|being|trying|leaving)"
                r"([a-z]+ing)(?: again)?(?= (?:on |this |next )?(?:monday|tuesday|wednesday|"
                r"thursday|friday|saturday|sunday|tomorrow|tmrw|tonight)\b)"), "{0}"),
    # "my dad said hes gonna take me driving in the church parking lot sunday"
    (re.compile(r"\b(?:take|takes|taking) (?:me|us) ([a-z]+ing(?: (?:in|at|to|on) (?:the |a |my )?"
                r"(?:[a-z'-]+ ){0,2}[a-z'-]+?)?)(?= on| this| next| tomorrow| tmrw| after|[,.!?]|$|"
                r" (?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"), "{0}"),
    (re.compile(r"\b(?:he|she|they) (?:starts|start|is starting|are starting)\b(?! to\b)"),
     "first day"),  # "my dad got the job ..., he starts next monday"
    # someone away somewhere for days: "mom is in duluth tues to thurs for work"
    (re.compile(r"\b(?:is|are|will be|gonna be) (?:in|at) ((?!(?:the|a|an|my|our|class|school|"
                r"bed|trouble|charge|person|room|town|practice|work|church|line|love|it)\b)"
                r"[a-z'-]+(?: (?!from\b|on\b|this\b|next\b)[a-z'-]+)?) (?:from |on |this |next )?"
                r"(?:mon|tues?|wednes|wed|thurs?|thu|fri|satur|sat|sun)(?:day)?\b"), "trip to {0}"),
    # "my abuela flies in tuesday from san juan" (the day before the place)
    (re.compile(r"\b(?:flies|flying|lands|landing) in (?:on |this |next )?(?:mon|tues|wednes|"
                r"thurs|fri|satur|sun)day(?: (?:morning|night|afternoon|evening))? from "
                r"((?!the\b)[a-z'-]+(?: [a-z'-]+)?)(?= too| so| and| for| bc|[,.!?]|$)"),
     "flight in from {0}"),
]
_NOT_DONE = frozenset("lot bunch thing things something stuff project homework it".split())


def by_doing(low: str) -> str | None:
    """The plan ``low`` says by what is done (see the module doc), or None."""
    for pattern, name in _DOING:
        m = pattern.search(low)
        if m and not (m.groups() and m.group(1) and m.group(1).split()[-1] in _NOT_DONE
                      and len(m.group(1).split()) <= 2):  # (not "the church parking lot")
            if name == "first day" and re.search(r"\bjob\b", low):
                return "first day at the new job"  # "my dad got the job ..., he starts monday"
            return name.format(*m.groups())
    return None


_DONE_TO = (
    # "mom and elodie come home from the hospital on wednesday"
    (re.compile(r"\b(?:come|comes|coming) home from (?:the )?(hospital|college|camp|school|"
                r"rehab|the er|basic training|boot camp)\b"), "coming home from the {0}"),
    # "my cat nova has to get a tooth pulled on thursday"
    (re.compile(r"\b(?:get|gets|getting|have|has|having) (?:to get )?(?:a |her |his |my |their |"
                r"two |2 )?(tooth|teeth) (?:pulled|out|removed)\b"), "getting the {0} pulled"),
)


def done_to(low: str) -> str | None:
    """A plan said by what will be done ("come home from the hospital", "get a tooth
    pulled"), named as a thing, or None."""
    for pattern, name in _DONE_TO:
        if m := pattern.search(low):
            return name.format(*m.groups())
    return None


_OFF = re.compile(r"\b(?:comes?|coming|gets?|getting|take|taking|takes) (?:it |them |\w+ )?off\b")
_WORN = re.compile(r"\b(cast|braces|stitches|splint|boot|brace)\b")


def coming_off(low: str, told: Iterable[str]) -> str | None:
    """"the doctor said it comes off next wednesday" after the purple cast: "getting the cast
    off"; None when nothing worn was told."""
    if not _OFF.search(low):
        return None
    for text in (low, *told):
        worn = _WORN.findall(text.lower())
        if worn:
            return f"getting the {worn[-1]} off"
    return None


_KIN = (r"mom|mum|mother|dad|father|sister|brother|sis|bro|grandma|grandpa|nana|abuela|"
        r"abuelo|lola|lolo|aunt|auntie|tia|tía|uncle|tio|tío|cousin|stepdad|stepmom|"
        r"stepbrother|stepsister|best friend|friend|bestie|boyfriend|girlfriend|neighbor|"
        r"neighbour|harabeoji|halmeoni|oma|opa|nonna|nonno|bubbe|zayde|tita|tito|coach")
_OWNER = re.compile(rf"\bmy (?:(?:little|big|older|younger|baby|twin|other) )?({_KIN})"
                    r"(?:s\b|'s\b)?(?: ([a-z]+))?")
#: the user in the plan after the owner ("my mom is driving me"), or the owner only telling
#: of it ("my mom said the competition got moved")
_NOT_THEIRS = re.compile(r"\b(?:i|i'm|im|me|we|we're|were|us|our|ill|i'll|i've|ive|said|says|"
                         r"told|tells|texted|thinks|think|wants|wanted|asked|made|makes|making|"
                         r"let|lets|drive|driving|drives|take|taking|takes|signed|booked)\b")
_KIN_WORD = {"mum": "mom", "mother": "mom", "father": "dad", "sis": "sister", "bro": "brother",
             "tía": "tia", "tío": "tio", "auntie": "aunt", "neighbour": "neighbor"}


_CALLED = re.compile(r",?\s+(?:we|everyone|everybody|they) calls? (?:her|him) ([a-z]+),?")


def owner_of(before: str) -> str | None:
    """Whose plan the words before its date say it is (see the module doc), or None."""
    low = before.lower()
    called = _CALLED.search(low)  # "my grandma, we call her lita, is moving in": Lita's
    low = _CALLED.sub(f" {called.group(1)}", low) if called else low
    for m in reversed(list(_OWNER.finditer(low))):
        lead = re.split(r"[,.;!?]|\b(?:and|so|but|bc|because)\b", low[:m.start()])[-1]
        if re.search(r"\b(?:to|at|with|for|from|of|by|in|on|see|visit|visiting)\s*$", lead):
            continue  # "building a coop with my uncle": the uncle helps, it is not his
        if _NOT_THEIRS.search(lead) or _NOT_THEIRS.search(re.sub(
                r"\bwith (?:us|me)\b", " ", low[m.end():])):
            return None  # "we're going to my grandpa's cabin": ours ("lita is moving in
            # with us" is still hers)
        if re.search(r"\b(?:me|i)\s+and\s*$", low[:m.start()]) or re.match(
                r"\s+and\s+(?:i|me)\b", low[m.end():]):
            return None  # "me and my dad are going to the reptile store": ours
        kin, name = m.group(1), m.group(2)
        if name and is_first_name(name):
            return name.capitalize()
        return f"user's {_KIN_WORD.get(kin, kin)}"
    return None
