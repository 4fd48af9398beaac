"""What a memory question asks: its topic words, the kinds of answer it wants, and its asks.

Contract: ``asked_words(question, previous="") -> (topic stems, wanted kinds)`` for the
asking part of a question (``nlp.question.focus``): the kinds are ``WANTS``' keys (a name, a
person, a colour, a place, a reason, a favourite, a job, a day, a time of year, a quote, a
count); a short follow-on ("and my rabbit?", "and what time? her flight was delayed")
borrows the kind of the question before it, a "he" or "she" its topic. ``also_asked``
splits a question that asks two things ("whats my brothers name and how old is he");
``it_means`` and ``he_means`` say what an "it", "her" or "he" of the question points at
(the hamster named before, "rodrigo on my case again"). Pure functions over text; ``recall``
answers with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..nlp.facts.lexicon import is_first_name
from ..nlp.question import focus
from .recall_ask import THE_OTHER, is_recall_question
from .recall_names import NAMED_ROLES, WHO_HAS_NAMES
from .recall_said import asks
from .recall_words import BODY, FRAME, FRAME_STEMS, stems

WANTS = {
    "name": re.compile(r"\b(name|called|surname)\b|"
                      r"\b(?:want|wanted|wanna|gonna|going) to call\b"),  # "want to call her"
    "who": re.compile(r"\b(who|whos|whose)\b|"
                     # "which teacher gave me that detention", "which of my aunts brought it"
                     r"\bwhich\s+(?:one\s+)?(?:of\s+(?:my|the|our)\s+)?(?:teacher|coach|friend|aunt|"
                     r"uncle|cousin|sister|brother|neighbou?r|kid|girl|guy|boy|grand\w+|tia|tio|"
                     r"mate|bud|buddy|buddie|pal|teammate|classmate|bestie|homie|coworker|"
                     r"co-worker|manager|boss|neighbor|player|kid)s?\b"),
    "color": re.compile(r"\b(colou?r)\b"),
    "place": re.compile(r"\bwhere\b|\bwhat venue\b"),
    "reason": re.compile(r"\bwhy\b"),
    "favorite": re.compile(r"\b(favou?rite|fav|fave)\b|\bbest (?!friend|mate|bud|pal)"),
    "job": re.compile(r"\b(job|jobs|for a living|for work|work as|works as)\b|"
                     r"\b(?:my|his|her|their) (?:\w+ )?\w+ (?:does|do)(?: now)?\s*(?:again)?"
                     r"\s*(?:lol)?\s*[?!.]*$|"  # "what did i say my dad does"
                     r"\bwhat (?:does|did) (?:he|she) do(?: again| now)?\s*(?:lol)?\s*[?!.]*$"),
    "day": re.compile(r"\b(?:what|which) (?:days?|night|date)\b|"
                     r"\bwhats? (?:the|their|our|my) date\b"),
    # "when is the winter concert": a day, a date, a time or a time of year
    "when": re.compile(r"(?:^|[.?!,]\s*)(?:(?:ok|okay|so|and|wait|but|hey|lol|quick q|sunny)\W+)"
                      r"{0,2}when(?:'?s| is| was| are| were| do| does| did)\b"),
    # "what does kiwi always say": the words said, quoted
    "quote": re.compile(r"\bwhat (?:does|did|do|would) (?!i\b|you\b|u\b)\w+(?: \w+){0,2} "
                        r"(?:always |usually |keep |keeps |even |like to )?(?:say|saying)\b"
                        r"(?!\s+(?:she|he|they|i|we|you|u|it|that (?:she|he|they|i|we|you|u|it)|"
                        r"shed|hed|id|theyd|she'd|he'd|they'd|i'd)\b)|"
                        # "what did pop call it" (not "what did ximena want to call him")
                        r"\bwhat (?:does|did|do) (?!i\b|you\b|u\b)(?:my )?\w+ (?:always |usually )?"
                        r"call (?:it|me|him|her|them|us|everyone|everybody|people|"
                        r"(?:the|her|his|their|all the) \w+)\b|"
                        # "what was the thing jess always says"
                        r"\bwhat(?:s|'s| is| was) (?:the|that) (?:thing|line|phrase|quote) "
                        r"(?!i\b|you\b|u\b)\w+(?: \w+)? (?:always |usually |keeps? )?says?\b|"
                        # "what was that thing my brother kept saying to me"
                        r"\bwhat(?:s|'s| is| was) (?:the|that) (?:thing|line|phrase|quote) "
                        r"(?!i\b|you\b|u\b)\w+(?: \w+)? (?:kept|keeps|was|is|always) "
                        r"(?:saying|telling me|going)\b"),
    "count": re.compile(r"\bhow (many|much|old|long|hot|cold|tall|big|far|fast|heavy|high)\b|"
                       r"\b(pb|pr|score)\b|\bwhat time\b|"
                       r"\bwhat (?:did )?i (?:get|got) on\b|"  # "what i got on that quiz"
                       r"\bwhat (?:did|does|do) (?:\w+ ){1,3}cost\b|"  # "what did noodle cost"
                       # "what did i say the keychains cost"
                       r"\bwhat did i (?:say|tell (?:u|you)) (?:\w+ ){1,3}(?:cost|costs|"
                       r"went for|sell for|sold for)\s*(?:again\s*)?(?:\?|$)|"
                       r"\bwhat(?:s|'s| is| was) the (?:price|cost) of\b|"
                       r"\bwhat (?:do|did|does) \w+ (?:make|earn|charge|get paid)\b"
                       r"(?!\s+(?:that|which|for\s+(?:dinner|lunch|breakfast|us|me)|with)\b)"),
}



#: how a question is said, not what it asks of: "what did i officially name him"
_HOW_SAID = stems("officially actually exactly even really literally honestly seriously forgot "
                  "forget forgetting")
_OWN_ASK = re.compile(r"\b(?:what|whats|who|whos|where|wheres|when|which|how)\b")


_SOMEONES = frozenset("guy girl kid boy man woman lady dude".split())  # "whats his name" after


LEAD_IN = re.compile(r"^\s*(and|what about|how about|n)\b")


_END_UP = re.compile(r"\b(?:end|ended|ending) up\b|\bin the end\b|\beventually\b|\bfinally\b")


def asked_words(question: str, previous: str = "") -> tuple[set[str], set[str]]:
    """(topic stems, wanted kinds) of a question (its asking part, ``focus``); a short
    follow-on ("and my rabbit?") borrows the kind of the question before it, a "she" or
    "he" its topic."""
    low = _END_UP.sub(" ", question.lower())  # "how much did i end up paying": the paying
    topic = stems(low) - FRAME - FRAME_STEMS - _HOW_SAID
    if _CALL_TIME.search(low):
        topic |= {"call"}  # "what was the call time": a thing, not "what is it called"
    wants = {k for k, rx in WANTS.items() if rx.search(low)}
    if re.search(r"\bnamed?\b", low) and not wants & {"who", "name"}:
        wants.add("name")  # "what i named the car" (not "who named the car")
    if not topic and wants & {"color", "favorite"}:
        topic = stems(low) & {"color", "colour"}  # "whats my fav color": the colour itself
    if re.search(r"\b(kind|type|breed)\b", low) and topic & {"dog", "cat"}:
        topic.add("breed")
    if topic <= {"play", "band", "team"} and "play" in topic:
        topic |= {"instrument", "sport", "position"}  # "what do i play" -> "im on drums"
    if re.search(r"\bwhich\b", low) and topic & BODY:
        topic.add("side")  # "which wrist did i break" -> "my left one"
    if re.search(r"\bhow (?:long|old|many|much)\b", low):
        topic -= {"long", "old", "mani", "many", "much"}
    prev = previous.lower()
    lead = LEAD_IN.match(low)
    if prev and lead and (len(low.split()) <= 5 or THE_OTHER.match(low)) and \
            not _OWN_ASK.search(low[lead.end():]):  # ("and the other girl, the art club one?")
        wants |= {k for k, rx in WANTS.items() if rx.search(prev)}  # "and my rabbit?"
    if prev and lead and not topic and len(low.split()) <= 4 and asks(prev):
        topic = stems(focus(prev)) - FRAME - FRAME_STEMS  # "and where?": where he studies
    pronoun = re.search(r"\b(he|she|they|him|her|them|it)\b", low)
    if pronoun and stems(low[:pronoun.start()]) & (WHO_HAS_NAMES | _SOMEONES) - {"it"}:
        pronoun = None  # "whos the girl whos been doing karate since she was little": hers
    if prev and (pronoun or re.search(
            r"\b(?:his|their)\b", low) and stems(focus(prev)) & (WHO_HAS_NAMES | _SOMEONES)) and (
            asks(prev) or is_recall_question(prev)):
        # "what colour was it again" after "...wants to know what i named the car and i
        # cant remember": "it" is the car (the asking part of the question before)
        topic |= {w for w in stems(focus(prev)) - FRAME - FRAME_STEMS if w not in topic}
    if not topic and "name" in wants and prev and re.search(r"\b(?:his|her)\b", low):
        # "whats his name again" after "our captain kept buzzing in": the captain's
        topic = stems(prev) & _ROLES_NAMED
    return topic, wants


_ROLES_NAMED = frozenset(stems(" ".join(NAMED_ROLES)))
_CALL_TIME = re.compile(r"\bcall ?times?\b")


#: a thing named before the asking part, that its "it" points at ("she wants to come to my
#: recital!! what day is it again")
_NAMED_THING = re.compile(r"\b(?:my|our|the)\s+([a-z]{3,})\b")
_IT = re.compile(r"\b(?:is|was|where'?s|wheres|whats|what's|when'?s|whens|name|named|call|"
                 r"called) it\b|\bit (?:is|was|at)\b|\bnamed? (?:him|her)\b")


def he_means(whole: str, question: str, told: Sequence[str] = ()) -> set[str]:
    """The first names told before a question's asking part that its "he" or "she" points
    at ("rodrigo on my case again. wait what did he say when i asked for the weekend
    off": rodrigo), or the names ``told`` gives a pet ("churro hid under the couch. what
    kind of dog is he again", told "my dog churro": round 73); empty without such a
    pronoun."""
    low, ask = whole.lower(), question.lower()
    cut = low.find(ask)
    if cut <= 0 or not re.search(r"\b(?:he|she|him|her)\b", ask):
        return set()
    from .pets import KINDS  # (pets' skills import recall)
    pets = set()  # the word after a pet's kind, or after its "named"/"called": "my dog churro"
    for m in re.finditer(rf"\b{KINDS}s?(?=\s+([a-z]+)(?:\s+([a-z]+))?)",
                         " | ".join(told).lower()):  # (read without consuming: "dog cat tom")
        pets.add(m.group(1))
        if m.group(1) in ("named", "called") and m.group(2):
            pets.add(m.group(2))
    return {w for w in re.findall(r"[a-z]{3,}", low[:cut]) if is_first_name(w) or w in pets}


def it_means(whole: str, question: str, previous: str = "") -> set[str]:
    """The topic stems of what a question's "it" points at: the last thing named ("my
    recital") in the message before its asking part, or, for a short question on its own
    ("and where is it?"), in the message before; empty when the question has no "it"."""
    low, ask = whole.lower(), question.lower()
    if not _IT.search(ask):
        return set()
    cut = low.find(ask)
    core = _REMEMBER.sub("", ask)  # "do u remember what we named her": what we named her
    short = len(re.split(r"[?.!]", core)[0].split()) <= 6  # "and where is it? she needs..."
    for before in (low[:max(cut, 0)], previous.lower() if short else ""):
        things = [m for m in _NAMED_THING.findall(before) if stems(m) - FRAME - FRAME_STEMS]
        if re.search(r"\b(?:him|her)\b", ask):  # "what we named her": the hamster, not
            things = [m for m in things if stems(m) & WHO_HAS_NAMES] or things  # the fridge
        if things:
            return stems(things[-1]) - FRAME - FRAME_STEMS
    return set()


_REMEMBER = re.compile(r"^(?:(?:and|so|wait|ok|oh)\s+)*(?:do (?:u|you) (?:even |still )?remember|"
                       r"remember|remind me)\s+")
_GOT_ASK = re.compile(r"\bwhat (?:did|do) i (?:even |actually |usually |always |normally )?"
                      r"(?:get|order|have)\b")
_MY_THING = re.compile(r"\bmy ([a-z]{3,}(?: (?:order|usual|meal|drink|lunch|dinner))?)\b")
_PLACE_BEFORE = re.compile(r"\b(?:to|about|at|from) (?:the |that |this )?"
                           r"([a-z']+(?: (?:place|truck|spot|restaurant|shop|diner|cafe))?)")
#: "remember my ferret? whats his name again": a name asked after another ask
NAME_ASKED = re.compile(r"\b(?:whats|what's|what is|what was) (?:his|her|their|its) name\b|"
                        r"(?:^|[?.!,]\s*)name\s*\?+\s*$")  # "and the chill one? name?"


def place_asked(whole: str, question: str) -> set[str]:
    """The topic stems of the place a "what did i get" asks about: the last one named
    before the asking part ("me and my friend r going back to culvers tmrw, what did i get
    last time" -> culvers); empty for other questions."""
    low, ask = whole.lower(), question.lower()
    if not _GOT_ASK.search(ask):
        return set()
    before = low[:low.find(ask)]
    spot = _PLACE_BEFORE.findall(before) or _MY_THING.findall(before)  # "my pizza order"
    return stems(spot[-1]) - FRAME - FRAME_STEMS if spot else set()


def also_asked(question: str) -> tuple[str, str] | None:
    """The two asks of a question that asks two ("whats my brothers name and how old is he":
    "whats my brothers name", "how old is he"), or None."""
    parts = SECOND_ASK.split(focus(question), maxsplit=1)
    if len(parts) == 2 and WH_START.match(parts[0]) and \
            re.search(r"\b(?:is|was|are) (?:he|she|it|they|him|her)\b", parts[1]):
        return parts[0], parts[1]  # "whats my dogs name and what kind of dog is he"
    raw = re.split(r",?\s+(?:and|&)\s+(?=what\b)", question.lower(), maxsplit=1)
    if len(raw) == 2 and (bare := re.match(r"what (breed|kind|type|age|colou?r)\W*(?:$|\?)",
                                           raw[1])) and (
            owner := re.search(r"\b((?:my|our) [a-z]+?)(?:'s|s)? name\b", raw[0])):
        # "whats my dogs name, and what breed?" (round 47 said only the name)
        return f"whats {owner.group(1)}s name", f"what {bare.group(1)} is {owner.group(1)}"
    if two := _NAME_AND.search(focus(question).lower()):
        # "my dogs name and what kind he is", "her name and breed" (round 44 said the name)
        who = two.group("who")
        one = re.sub(r"(?<=\w)'?s$", "", who) if who.startswith(("my ", "our ")) else who
        return f"whats {who} name", f"what {two.group('what')} is {one}"
    return (parts[0], parts[1]) if len(parts) == 2 and WH_START.match(parts[0]) else None


#: a name asked with one more thing about its owner: "my dogs name and what kind he is"
_NAME_AND = re.compile(r"\b(?P<who>(?:my|our) [a-z]+(?:'s|s)?|his|her|their) name (?:and|&) "
                       r"(?:what |which )?(?:(?:his|her|their|its) )?(?P<what>breed|kind|type|"
                       r"age|species|color|colour|last name)\b")


SECOND_ASK = re.compile(r"\s+(?:and|&)\s+(?=(?:where|what|whats|who|whos|how|when|which|why)\b)",
                         re.I)
WH_START = re.compile(r"\W*(?:\w+\W+){0,3}?(?:what|whats|who|whos|where|when|which|how)\b.*\w",
                       re.I)
