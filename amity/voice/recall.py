"""Answering a question about what the user told, from the user's own words: never invented.

Contract: ``answer(question, sayings_, encode, previous="") -> Found | None``. ``sayings``
turns the turn's memories (ledger facts, indexed turn windows, episode summaries) and the
conversation's history into ``Said`` clauses: what the user said, a clause at a time, with
the message around it (for "he" and "she") and how recent it is. ``answer`` scores every
clause against the question: the question's topic words in the clause (in the message
around it, for less), the kind of answer asked for (a name, a place, a colour, a reason),
MiniLM similarity, the memory reader's belief (``read``: a cross-encoder, ``voice.reader``; a
best clause it is sure does not answer is not said), a correction ("i meant mango") beating
what it corrects and newer beating older; the best clause above a floor, re-worded to the
second person ("im the setter" -> "you're the setter"), is the answer. Nothing close
enough -> ``None``: the caller says it doesn't know. ``is_recall_question`` (from
``recall_ask``) says whether a message that no rule calls a memory question still asks
about something told before ("and my rabbit?", "what game did my grandpa teach me").
``sayings``, ``Said`` and ``clauses_of`` live in ``recall_said`` and are re-exported here.

Kinds of answer (``WANTS``) filter and favour clauses: a name, a person, a colour, a place, a
reason, a favourite, a job ("what does my mom do for work": "shes a pharmacist", "i lifeguard
there"), a day of the week ("what day do i babysit"), a count (said as asked: "how old" wants
an age, "how much" a price). A question about someone else's thing ("how old is leos little
sister") is answered only by a clause that speaks of that thing. A newer correction that
swaps a word ("wait no not lily lila") is applied to what is said back.

A question that asks for one detail (a name, a colour, a kind, a job, a day, a number) gets
it on its own in ``Found.detail`` ("Pickle", "12.50"; a number only when the message said
back holds no other), read by ``recall_names``; whether a clause is the kind of answer
asked for is ``recall_kind``'s; what a question asks (``asked_words``, ``WANTS``) is
``recall_asked``'s; a question that offers its answers ("office manager or receptionist?")
is ``recall_choice``'s; the detail held against what it must be (a last name, a grade, the
side played) is ``recall_type``'s; the word tables and the stemmer are in ``recall_words``;
the asking part
of a long message comes from ``nlp.question.focus``. Knows nothing about storage or models
beyond the ``encode`` and ``read`` it is given.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..nlp.facts.lexicon import is_first_name
from ..nlp.question import focus
from .recall_ask import is_recall_question as is_recall_question  # re-exported
from .recall_asked import (
    NAME_ASKED,
    SECOND_ASK,
    WH_START,
    he_means,
    it_means,
    place_asked,
)
from .recall_asked import WANTS as WANTS  # re-exported
from .recall_asked import also_asked as also_asked  # re-exported
from .recall_asked import asked_words as asked_words  # re-exported
from .recall_choice import chosen
from .recall_counts import count_of, earlier_value, newest_value, placed_only, so_far
from .recall_detail import KIND_OF, detail
from .recall_fit import ASKER, JOB_AT, ROLE_ASKED, WHAT_YEAR, YEAR, cast_as, unfit, wanted_not_had
from .recall_fix import kind_of, near_name, own_fix, said_whole, swaps
from .recall_guard import trait_words
from .recall_heads import named_heads
from .recall_kind import IT_CALLED, NAMED_IT, REASON, a_score, kind_bonus, of_kind
from .recall_names import (
    NOT_A_NAME,
    QUOTED,
    SOMEONE,
    THIRD,
    WHO_HAS_NAMES,
    names_for,
    shops_too,
)
from .recall_plain import (
    WHY_SAID,
    about,
    day_fixed,
    doing,
    fixed_after,
    lead_fix,
    outright,
    plainly,
    value_fixed,
)
from .recall_read import (
    FLOOR,
    READ_WEIGHT,
    SURE,
    THEIR,
    _best,
    _prob,
    _read,
    _reader_pick,
)
from .recall_read import Encode as Encode  # re-exported
from .recall_read import Read as Read  # re-exported
from .recall_read import _leans as _leans  # re-exported (tests)
from .recall_said import (
    TESTING,
    message_shares,
    told_of,
)
from .recall_said import Said as Said  # re-exported
from .recall_said import clauses_of as clauses_of  # re-exported
from .recall_said import pair_of as pair_of  # re-exported (tests)
from .recall_said import sayings as sayings  # re-exported
from .recall_said import whole_of as whole_of  # re-exported (tests)
from .recall_span import span
from .recall_trim import trim
from .recall_type import (
    done_bare,
    first_for_last,
    no_grade,
    rival,
    thing_said_is,
    wish_or_gift_untold,
)
from .recall_where import clock, named_place, place
from .recall_whois import NAME_WAS_SAID, apposed, pronoun_named, who_did
from .recall_whose import (
    asked_of,
    kin_names,
    named_kinds,
    names_other,
    other_subject,
    owner_asked,
    possessed,
    speaks_of,
    tells_own,
    theirs_not_mine,
    titled,
    untold_thing,
    untold_where,
)
from .recall_words import (
    CORRECTION,
    FRAME,
    JOBS,
    PAST_ONE,
    implied,
    plain_date,
    second_person,
    stems,
)


@dataclass(frozen=True)
class Found:
    text: str  # the answer, second person ("you're the setter")
    score: float
    detail: str | None = None  # the asked detail alone, when the question asks for one
    near: bool = False  # the detail puts right a name checked a letter or two off


#: someone else's role: a name said with it is theirs, not the asked relative's
_ROLES = frozenset({"partn", "coach", "teach", "boss", "manag", "neighbor", "neighbour"})


_POINTER_WORDS = THIRD | frozenset("it its it's thats that's theres there's".split())
_PREPS = ("about", "with", "from", "for", "after", "before")


#: a name given to what came before: "its called pebble", "i named it ..."
_POINTS_BACK_NAME = re.compile(rf"^(?:\w+ ){{0,3}}{IT_CALLED}|\bnamed it\b")
#: a short question about "she" or "he" alone: "how old is she", "whats his name again"
_SHE_ONLY = re.compile(r"(?:(?:and|ok|wait|so)\s+)*(?:how old|what|whats|what's|where|when)\s+"
                       r"(?:is|was|does|did|'s)?\s*(?:(?:i|u|you) (?:say|said|tell u|told u)\s+)?"
                       r"(?:he|she|his|her|they|their)\b[\w ]{0,20}")  # "how old did i say he is"


def _said_as_kind(told: str, text: str) -> bool:
    """``told``, one word, said as what something is a kind of: "hes a 9 pound chihuahua"."""
    word = told.lower()
    return bool(re.fullmatch(r"[\w-]+", word)) and re.search(
        rf"\b(?:a|an)\s+(?:[\w-]+\s+){{0,3}}{re.escape(word)}\b", text.lower()) is not None


def _agrees(question: str, clause: str) -> float:
    """The clause says it of the one asked about (the user: "did i", "my"), with the
    question's preposition ("who did i go WITH", "what is it ABOUT")."""
    q, c = set(question.lower().split()), set(clause.lower().split())
    score = 0.3 * len(q & c & set(_PREPS))
    mine = {"i", "im", "i'm", "my", "me", "we", "our", "us", "ive", "i've"}
    if q & {"i", "my", "me", "we", "our"} and c & mine:
        score += 0.3
    return score


#: asked words that end too many others to match as their tail ("saturday" is no day asked)
_NO_TAIL = frozenset("day time man one end way age ing".split())


def _ahead_in_line(s: Said) -> str:
    """The words of its message before a clause ("ALSO i got my first paycheck today!!!"
    before "$186.40 which is not a lot")."""
    line = s.line or ""
    at = line.find(s.text)
    return line[:at] if at > 0 else ""


def _tails(topic: set[str], words: set[str]) -> set[str]:
    """The asked words that end a longer told word ("box" of "matchbox")."""
    return {t for t in topic - _NO_TAIL if len(t) >= 3 and any(
        len(w) >= len(t) + 3 and w.endswith(t) for w in words)}


def answer(question: str, said: Sequence[Said], encode: Encode | None,
           previous: str = "", read: Read | None = None) -> Found | None:
    """The clause that answers ``question`` (see the module doc), or None. ``read`` (the
    memory reader, ``voice.reader``) gives each clause a probability that it answers."""
    # "and the store is my uncle ray's right? or did i say roy": what is checked, not the doubt
    if (then := _ASKED_AFTER_CHECK.search(question)) and WH_START.match(then.group(1)) and \
            len(then.group(1).split()) >= 3:  # (not "it was a cousin right? which one")
        question = then.group(1)  # "u remember where it was right? what was the place called"
    if near := near_name(question, [x.text for x in said]):  # "was haruki right?": haruto
        return Found(f"you told me {second_person(near[0])}", FLOOR, near[1].capitalize(), near[2])
    if pick := chosen(question, said):  # "office manager or receptionist?": the one told
        option, told_it = pick
        return Found(second_person(told_it.text) if told_it.fact else
                     f"you told me {second_person(told_of(told_it))}", FLOOR, option)
    checked = bool(_CHECKED_TAIL.search(question))
    question = TESTING.sub(" ", _CHECKED_TAIL.sub("", question)).strip() or question
    whole, question = question, focus(question)
    if (first := _REMARK_AFTER.split(question, maxsplit=1)[0]) != question and \
            asked_words(first)[0] - {"he", "she", "her", "him", "it", "they", "them", "again"}:
        question = first  # "how old is my brother now lol he keeps saying hes basically 10":
        # the question, not the remark after it (but "what did i name her again lmao i forgot
        # my own cars name" asks of the car)
    # two asked at once ("whats my sisters name and where does she go to college"): the first
    first = SECOND_ASK.split(question, maxsplit=1)[0]
    question = first if WH_START.match(first) else question  # (not "oh" of "oh and whats...")
    topic, wants = asked_words(question, _REMARK_AFTER.split(previous, maxsplit=1)[0])
    # (the "it" of the question before, not its remark: "when is that due again i think i
    # wrote it down wrong", then "what was i making it out of": not "wrong", dev30)
    wants = wants - {"name"} if "reason" in wants else wants  # "why did he name it that"
    if not wants and NAME_ASKED.search(whole.lower()):
        wants = {"name"}  # "remember my ferret? whats his name again": the name asked
    if here := it_means(whole, question):  # "my recital!! what day is it again"
        topic = asked_words(question)[0] | here  # (the "it" of this message, not the last)
    topic |= it_means(whole, question, previous) | he_means(whole, question,
                                                          [x.text for x in said])
    if {"best", "friend"} <= topic:
        topic.discard("best")  # "my best friend": a friend ("the best boy" is no friend)
    if not here and THEIR.search(question.lower()) and whole.lower() != question.lower():
        # "my sister keeps stealing my charger. whats her name again": the sister
        rest = ASKER.sub(" ", whole.lower().replace(question.lower(), " "))
        topic |= stems(rest) & WHO_HAS_NAMES  # (not the friend who asked: "my friend asked
        # who my duo is and i said my cousin, u remember his name")
    if not topic:
        topic = place_asked(whole, question) or (  # "...back to culvers, what did i get"
            place_asked(f"{previous} {question}", question) if previous else set())
        # (or in the message before: "going back to that ramen place friday, what was it
        # called", then "and what did i get last time?", dev30)
    if not topic and previous and _SHE_ONLY.fullmatch(question.lower().strip(" ?!.")):
        topic = asked_words(TESTING.sub(" ", previous))[0]  # "which of my cats is the black
        # one" then "how old is she": the cat asked about
    if previous and checked and _SHE_IS.fullmatch(question.lower().strip(" ?!.")):
        before = asked_words(TESTING.sub(" ", previous))[0]  # "whats my grandmas team
        topic, wants = before & WHO_HAS_NAMES or before, wants | {"count"}  # called" then
        # "shes like 74 right?": the grandma's age checked, not her team
    pronoun_only = not topic and "name" in wants
    if not said or not topic and not pronoun_only:
        return None
    if untold_thing(question, [x.text for x in said]):
        return None  # "what year did i say granddaddys boat was": no boat was told
    if wants & {"name", "who"} and untold_where(question, [f"{x.text} {x.around}" for x in said]):
        return None  # "what my goalie coach at summer camp was called": no camp was told
    probs = _read(read, whole, previous, said)
    shares = message_shares(said, probs)
    scored: list[tuple[float, Said]] = []
    owner = re.search(r"\b(?:my|our) (?:(?:best|little|big|older|younger|baby|step|twin) )?"
                      r"(\w+)'?s? (?:\w+ )?(?:play|plays|does|do|did|is|was|"
                      r"got|get|went|like|likes|work|works|study|studies|live|lives|job|"
                      r"jobs)\b", question.lower())
    if owner and (len(question[:owner.start()].split()) > 5 or re.search(
            r"\bof\s*$", question[:owner.start()].lower())):
        owner = None  # "how much was the vet thing my dad is still mad": not his vet thing;
        # "which one of my friends does the music": one of them, not their own
    whose = stems(owner.group(1)) & WHO_HAS_NAMES if owner else set()
    kind = "count" if "count" in wants else "day" if "day" in wants else ""
    fixes = [(s.order, stems(s.line or s.text) - topic) for s in said
             if CORRECTION.search(s.text.lower()) or s.corrects]
    # a number checked ("my old score was 1180 right?") is found where it was said
    numbers = {n for n in _NUMBER.findall(question) if len(n.strip("$£€")) >= 2 or checked} | \
        set(_SCORE.findall(question))  # a score: "what team did we lose to 5-2"
    money_asked = bool(_MONEY.search(question) or _COST.search(question.lower()))  # a price
    # named or asked ("what did i say the keychains cost"): a price is asked
    if checked and numbers and "name" in wants and not NAME_ASKED.search(whole.lower()):
        wants = wants - {"name"} | {"count"}  # "and the twins are 8 right?" after "whats my
        # lola's name": a number checked, not the name the question before asked
    theirs = possessed(question, [x.text for x in said])
    person = asked_of(question, [x.text for x in said])
    owner = owner_asked(question, theirs)  # "my best friends dogs name": the friend's dog
    owns = bool(person and re.search(rf"\b{person}(?:'s|’s)", question.lower()))
    topic |= named_kinds(topic, sorted((x.order, x.line or x.text) for x in said if not x.fact))
    # (biscotti: the tortoise)
    kin = kin_names(topic, [x.text for x in said])
    misfit = unfit(question, whole, topic, wants)
    heads = named_heads(question, topic) if "name" in wants else set()
    kin_said = set(kin)  # the asked one's names, for "he" told beside someone else named
    saving = "sav" in topic and "count" in wants  # "how much do i have saved"
    trait = trait_words(whole.lower())  # "the mean one": the words that say "mean"
    material = bool(_MATERIAL.search(question.lower()))  # "what was i making it out of"
    for s in said:
        words, near = _named(stems(s.text), s.text, kin), stems(s.around)
        words = words | implied(topic, words) | _tails(topic, words)  # "boxes": "24 little
        # matchboxes"
        # ("what show am i watching": "my comfort show is the bear", the show is watched)
        inside = len(topic & words) + len(numbers & {*_NUMBER.findall(s.text),
                                                      *_SCORE.findall(s.text)})
        beside = len((topic & near) - words) + (
            "work" in topic and "work" not in words and "shift" in near)  # "my shift at ..."
        low = s.text.lower()
        # the reader's sure pick answers a one-word ask it shares no word with ("what role
        # did i get": "im the bakers wife"); "my maths teacher" needs its words (not a date
        # or a number: "when is my birthday" is not the recital's day); "whats his name
        # again" after the brother was named: the reader's clear first pick
        p_s, share = _prob(s, probs)
        share = max(share, shares.get((s.line, s.order), 0.0))
        sure = share >= 0.5 and (
            len(topic) == 1 and not s.fact and not wants & {"day", "count"} and p_s >= SURE
            or pronoun_only and p_s >= 0.95)
        cast = cast_as(topic, s, wants)  # "what part did i get": "im the bakers wife"
        had = saving and bool(_HAVE_MONEY.search(low))  # "got $140 so far", "i have $40"
        if not inside and not beside and not sure and not (
                of_kind(topic, low) or a_score(topic, low) or cast
                or ("name" in wants and names_for(topic, s.text, s.text))
                or ("name" in wants and NAMED_IT.search(low) and topic & stems(s.before))
                or ("name" in wants and pronoun_named(topic, s))  # "his name is gonna be x"
                or ("name" in wants and apposed(topic, s))  # "my cheer gym, blaze allstars,"
                or ("name" in wants and _OLD_NAME.search(whole.lower()) and _WAS_NAMED.search(low))
                or ("job" in wants and JOBS & set(low.split()))
                or had
                or ("work" in topic and "place" in wants and JOB_AT.search(low)
                    and JOBS & set(low.split()))):  # "where do i work": "i start
            # lifeguarding at the rec center next week"
            continue  # (a name for the asked group: "were called the midnight toasters")
        if not (words - topic - FRAME) and not ("count" in wants and _NUMBER.search(low)):
            continue  # says nothing the question does not: no answer in it ("3 of them" does)
        if "name" in wants and not inside and topic & WHO_HAS_NAMES and \
                (words & _ROLES) - topic - titled(low):
            continue  # "whats my cousins name": "my partner is jaxon" beside the cousin is his
        if s.fact and "name" in wants and heads and not heads & words and \
                (words & topic) - heads & WHO_HAS_NAMES:
            continue  # "what did my cousin name her cat": "your cousin is called Rosa" names
            # the cousin, not the cat
        if owner is not None and tells_own(owner, s.line or s.text):
            continue  # "my best friends dogs name": not "my dog pepper"
        if theirs_not_mine(question, s.line or s.text):
            continue  # "whats my twitch username": not "her username is fernlight"
        if theirs and not theirs & (stems(s.line or s.text) | near):
            continue  # "how old is leos little sister": "leo is 8" is not her age
        if "reason" in wants and not s.fact and not REASON.search(low) and not topic & stems(
                s.line or s.text):
            continue  # "why is lita moving in with us": not "we wanna go to gulf shores", no
            # reason in it and nothing of lita's move in its message
        if not inside and not s.fact and "count" in wants and \
                topic & WHO_HAS_NAMES - {"friend"} and \
                names_other((s.line or s.text).lower(), kin_said) and \
                not topic & stems(s.line or s.text):
            continue  # "how old is my brother": not "hes 17 ... his name is trent" told
            # beside "my little brother leo" (dev27)
        if person and not speaks_of(person, s.line or s.text, "" if owns else s.around) or \
                other_subject(question, s.line or s.text):  # (not the english teacher; "bud's
            # tractor": a message that names bud, not a "her" beside him)
            continue  # "how old is hugo": "ive been playing for 7 years" is not his age
        if "count" in wants and not topic & _tails(topic, stems(s.line or s.text)) and \
                not topic & _named(stems(s.line or s.text), s.line or s.text,
                                                    kin) and not (
                beside and (low.split()[0] in _POINTER_WORDS or _OF_THEM.search(low)
                            or so_far(low))) and not (
                CORRECTION.search(low) or a_score(topic, low)
                or had  # "how much do i have saved": "got $140 so far", "the one i want is
                # $65 and i have $40" (dev26, dev27)
                or of_kind(topic, low)) and not (  # "how much were the shoes": "the jordans"
                # (a height too: "how tall am i": "im 6'1", ``of_kind``)
                _MONEY.match(low) and topic & stems(s.before or _ahead_in_line(s))) and not (
                _PRICE_LEAD.match(low) and _MONEY.match(_PRICE_LEAD.sub("", low))
                and topic - _COST_STEMS <= stems(s.before) | words):  # "got my
            # first paycheck" then "$212 after taxes"; "my resin keychains" then "at $12 each"
            # (every asked word told: not "how much is shipping on my shop")
            continue  # "how much was the raptor": "the shark deck was $65" is another price
            # (in the message: "i thrifted the sickest jacket, green carhartt for 12 bucks";
            # or said of it: "shes 4")
        if misfit(s):
            continue  # "my 50 free time": not "58.4 in my 100 free"; "how old is sushi" (the
            # fish): not "my stepsister chloe is visiting from arizona, shes 11"
        if "count" in wants and placed_only(low) and not _PLACE_ASK.search(whole.lower()):
            continue  # "whats my pb in backstroke": "came 2nd in 100m" is a place, no time
        if "color" in wants and not inside and (words & WHO_HAS_NAMES) - topic:
            continue  # "what color is my trombone case": "my parakeet mango, hes green" beside
        if not inside and "name" in wants and _POINTS_BACK_NAME.search(low) and not shops_too(
                topic) & (stems(s.line or s.text) | stems(s.before)):
            continue  # "its called pebble" names what came before it (the chinchilla), not
            # the taco place told in the message after
        bonus = kind_bonus(wants, s, topic, question)
        if bonus is None and "name" in wants and apposed(topic, s):
            bonus = 1.0  # the name set after the thing: the reader doubts a bare name
        if bonus is None:
            continue
        score = inside + 0.5 * beside + bonus + _agrees(question, s.text) + 1.5 * cast
        if not wants and about(topic, s):
            score += 1.0  # "what was the test on": "a spanish test wednesday on the subjunctive"
        score += 0.1 * min(len(words - topic), 6)  # a clause that says more
        if "name" in wants and _OLD_NAME.search(whole.lower()) and _WAS_NAMED.search(low):
            score += 1.0  # "old name?": "his name was garfield ... so we renamed him"
        if money_asked and _MONEY.search(s.text):
            score += 1.0  # "and it was like $12 a yard right?": the price told ($9 a yard)
        if "count" in wants and "sav" in topic and _SAVED_SO_FAR.search(low):
            score += 2.0  # "how much did i have saved": "i have $2,150 so far" (not the price
            # put right beside it, "wait no he said $3,200")
        if "scor" in topic and not inside and not a_score(topic, low):
            score -= 1.5  # a score asked: "18 out of 20", not "its 11.75" beside the test
        if (CORRECTION.search(low) or s.corrects) and (inside or beside):
            score += 1.5  # "i meant mango": the newer word wins (of what is asked: not "wait
            # no its 11.75" of the pay, asked the permit test score)
        elif any(order > s.order and words & wrong for order, wrong in fixes):
            score -= 1.5  # a newer message corrects a word of this one
        if PAST_ONE.search(low):
            score -= 0.7  # "biscuit was our old cat": not the one asked about
        if wanted_not_had(topic, s):
            score -= 1.5  # "i got a green cast, i wanted red but they were out": not red
        if whose and not (whose & _named(stems(s.line or s.text), s.line or s.text, kin) or (
                THIRD & set(low.split()) and whose & stems(s.around)
                and not SOMEONE.search((s.line or s.text).lower())
                and not names_other((s.line or s.text).lower(), kin_said))):
            continue  # asked of "my sister": not the user's line, nor "harper ... she plays"
            # (nor "hes 17 ... his name is trent" beside the brother leo)
            # (her name is hers: "how old is my sister" and "nora is 10" of "my sister nora")
        score += 0.2 if s.fact and wants & {"name", "who"} else 0.0
        if inside and trait is not None and trait.search(low):
            score += 1.5  # "which teacher was the mean one": "mr pruitt is the worst teacher
            # ive ever had" (dev28)
        if material and _MATERIAL.search(low):
            score += 1.5  # "what was i making it out of": "a pyramid out of sugar cubes", not
            # "mr hahn ... made me stand up" (dev30)
        if "favorite" in wants and _FAV_SAID.search(low):
            score += 1.5  # "what did i say my fav cookie was": "my favorite cookie is
            # snickerdoodle", not "were gonna bake a GIANT cookie" (round 69)
        scored.append((score + READ_WEIGHT * _prob(s, probs, kind)[1], s))
    plain = plainly(wants, topic)
    if topic & ROLE_ASKED:  # a role told in a cast is said plainly ("im the bakers wife")
        plain = (lambda told: lambda s: told(s) or (
            told_of(s) if cast_as(topic, s, wants) else None))(plain)
    if checked and numbers:  # "and the twins are 8 right?": "theyre 8", said of them
        plain = _number_checked(plain, numbers, topic)
    if saving:  # "got $140 so far" of the saving asked
        plain = (lambda told: lambda s: told(s) or (
            s.text if _HAVE_MONEY.search(s.text.lower()) else None))(plain)
    if "name" in wants:  # "blaze allstars" of "my cheer gym, blaze allstars,"
        plain = (lambda told: lambda s: told(s) or (s.text if apposed(topic, s) else None))(plain)
    if not wants and _SAID_ABOUT.search(whole.lower()):  # "what i said about the bow": a
        plain = (lambda told: lambda s: told(s) or (  # clause of the bow that says more
            s.text if topic & stems(s.text) and len(stems(s.text) - topic - FRAME) >= 2
            else None))(plain)  # ("the bow we have to wear is so itchy tho", round 40)
    out = outright(wants, topic)
    # behind a doubted best, what someone is doing said plainly ("my sister graduates"
    # doubted, "shes doing dental hygiene" in its message)
    behind = out if wants else (lambda s: out(s) or doing(topic, s))
    if "reason" in wants:  # a reason said plainly close behind ("...moved it to next saturday,
        behind = (lambda reason: lambda s: out(s) or reason(s))(plain)  # too much snow")
    found = _best(scored, question, encode, probs, said, plain, topic, behind) or \
        _reader_pick(said, probs, wants, whole)
    if found is None or misfit(found[1]) or theirs_not_mine(whole, found[1].line or found[1].text) \
            or wish_or_gift_untold(whole, found[1].line or found[1].text):
        return None  # (nor the reader's own pick: "shes 11" of chloe, asked of sushi; nor
        # "her username is fernlight" for "whats my twitch username")
    best_score, best = earlier_value(whole, found, scored, said, topic)  # "my old record"
    if "count" in wants:  # "how many subs do we have": the newest count told
        best_score, best = newest_value(whole, (best_score, best), scored, topic)
    if "count" in wants and not best.fact and _MONEY.search(best.text):
        # "saved $1,150", then "wait no i have $1,250": the sum put right a message later
        later = [x for x in scored if x[1].order > best.order and _MONEY.search(x[1].text)
                 and CORRECTION.search(x[1].text.lower()) and not x[1].fact]
        if later:
            best_score, best = max(later, key=lambda x: x[0])
    if "quote" in wants and not best.fact and (later := [x for x in scored if x[1].order >
                                                          best.order and not x[1].fact and
                                                          CORRECTION.search(x[1].text.lower())
                                                          and QUOTED.search(x[1].text)]):
        best_score, best = max(later, key=lambda x: x[0])  # "wait no she said '...'"
    after = _told_next(best, said) if "reason" in wants and not best.fact else None
    if after and not REASON.search(best.text.lower()) and (
            _TOLD_WHY.search(best.text.lower()) or WHY_SAID.search(after.text.lower())):
        best = after  # "lena told me why she ditched us. her ex was there and...": the why
    elif "reason" in wants and not best.fact and not REASON.search(told_of(best).lower()) and (
            why := next((s for s in said if not s.fact and s.before == best.line and s.line
                         and _BC_FIRST.match(s.line.lower())), None)):
        best = why  # "...bev made me clean the windmill hole with a toothbrush", then "bc some
        # kid dumped a whole blue raspberry slushie in it"
    if not best.fact and not wants & {"name", "who"}:
        best = value_fixed(best, said)  # "i sold 14 this week", then "wait no 16!!"
    if "day" in wants and not best.fact and not swaps(best.line or best.text):
        best = day_fixed(best, said)  # "no wait its sunday the 9th" a message later
    said_back = plain_date(second_person(best.text)) if best.fact else \
        f"you told me {second_person(trim(question, told_of(best), topic, wants))}"
    fixed = swaps(best.line or best.text) if not best.fact and wants & {
        "name", "day", "place", "who", "color"} else []
    # the fix answers: "i meant my dog pancake not pickle", "its sunday not saturday"
    told = said_whole(best.line or best.text, fixed[0][1]).capitalize() if fixed else \
        detail(question, topic, wants, best.text, best.around)
    if told and "count" in wants and not best.fact and count_of(question, told_of(best)) != told:
        told = None  # the message said back holds another number: say it all
    if (which := _WHICH.search(whole.lower())) and not best.fact and (ones := re.search(
            rf"\b{re.escape(which.group(1))}\w*,? (the [a-z ]{{2,30}}? ones?)\b",
            (best.line or best.text).lower())):
        told = ones.group(1)  # "which shoes was i saving for": "the purple brooks ones"
    elif which and which.group(1) in _NAMED_PLACES and not best.fact and (
            named := named_place(which.group(1), best.line or best.text)):
        told = named  # "which park it was at": "Jefferson Park" (round 42 said it all back)
    if WHAT_YEAR.search(whole.lower()) and not best.fact and (
            year := YEAR.search(best.line or best.text)):
        told = year.group(0)  # "what year is it again" (the car): "a 2009 honda civic"
    if told is None and "name" in wants and apposed(topic, best):
        told = best.text.title()  # "Blaze Allstars"
    if told is None and wants & {"name", "who"} and (did := who_did(topic, best.text)):
        told = did.capitalize()  # "the new guy theo who literally burned the croissants"
    if told is None and not best.fact and (lead := lead_fix(best.line or best.text)):
        told = lead  # "no wait room 5, room 4 is the pottery ppl": room 5
    if not best.fact and (side := rival(whole, best.text)):
        told = side  # "what team were we playing": "vs the hornets", not "football"
    if told is None and not best.fact and "place" in wants:
        told = place(whole, best.text, topic) or place(whole, best.line or best.text, topic)
        # "where is lucía from": valencia (in the clause first: "at the hospital billing
        # office", not "so much to tell u" at the start of its long message)
    if (when := clock(whole, best.line or best.text)) and not best.fact:
        # "what time did she land": "6pm"; "what day and time": "saturday, 10 to 2"
        dated = bool(wants & {"day", "when"})  # "when do we leave, what day and what time"
        day = detail(whole, topic, {"day"}, best.line or best.text, best.around) if dated else None
        told = f"{day}, {when}" if day else None if "day" in wants else when
    if told is None and not best.fact and not wants and (
            said_is := thing_said_is(question, topic, best.line or best.text)):
        told = said_is  # "what song did i get for my solo": "the song is 'bridge over
        # troubled water'", not "the solo for the spring showcase"
    if told is None and not best.fact and not wants & {"count", "day", "name"}:
        told = span(question, (best.line or best.text).replace(" . ", ". "))
        if told and set(told.lower().split()) <= NOT_A_NAME:
            told = None  # "ngl tho jess keeps skipping": no "ngl!" said back
        if told and "who" in wants and not stems(told) & WHO_HAS_NAMES and not any(
                is_first_name(w) for w in told.split()):
            told = None  # "whos maya again": no "cicadas!" of "my little sister maya (12)
            # says cicadas are gross" (round 52): who she is, said whole
    if _OLD_NAME.search(whole.lower()) and _new_name(told, told_of(best)):
        return None  # "what did my grandpa call him before i renamed him": "i renamed him gus"
        # tells the new name only
    if told and "name" in wants and (thing := _NAME_OF.search(whole.lower())) and not stems(
            thing.group(1)) & WHO_HAS_NAMES and (whose_name := re.search(
                rf"\b([a-z]+) {re.escape(told.lower())}\b", (best.line or best.text).lower())) \
            and stems(whose_name.group(1)) & WHO_HAS_NAMES:
        return None  # "whats the name of the restaurant my aunt kept talking about": the aunt's
        # name ("my aunt rosa") is not the restaurant's
    if told and "name" in wants and _GIVEN.search(whole.lower()) and \
            set(re.findall(r"[a-z]+", told.lower())) - _TITLES <= set(re.findall(r"[a-z]+",
                                                                            whole.lower())):
        return None  # "whats his first name, i only know castellano": not "Mr Castellano"
    if told and "name" in wants and re.search(r"\bfirst name\b", whole.lower()) and \
            told.split()[0].lower().rstrip(".") in _TITLES:
        return None  # "whats my guitar teachers first name": "Mr Okafor" is no first name
    if told and "name" in wants and first_for_last(whole, told):
        return None  # "whats my coachs last name": "Coach Renata" is her first name (not
        # "Ms Taylor")
    if told and not checked and " or " not in whole.lower() and len(told.split()) == 1 and \
            (stem := stems(told.lower().strip("'\""))) and stem <= stems(whole.lower()):
        told = None  # "my pizza order is a crime, what did i get": not "pizza"
    if not best.fact and not wants and (kind := KIND_OF.search(
            whole.lower())) and re.search(rf"\b(?:has|have|got|get|a|an|the|some) "
                                          rf"{kind.group(1)}", told_of(best).lower()) and \
            not (told and _said_as_kind(told, best.text)):
        return None  # "what kind of binoculars does she have": "has binoculars that cost more
        # than your car" tells no kind ("the dog is barking... hes a 9 pound chihuahua" does)
    if checked and (same := numbers & set(_NUMBER.findall(best.text))):
        told = min(same)  # "and finn is 4 right?": yes, 4 (not hazel's 6 beside it)
    if no_grade(whole, best.text):
        return None  # "what grade did i get on the cell model": "ms park said it was the most
        # creative one" tells no grade (nor "i got 11:42" on the mile beside it)
    if not best.fact and done_bare(question, best.line or best.text):
        return None  # "what does eli juggle": "eli is juggling and dominic is doing a rap"
        # tells that he juggles, not what
    if not best.fact and (pairs := swaps(best.line or best.text)) and all(
            kind_of(w) == "number" for w, _ in pairs) and not wants & {"name", "who"}:
        # the fix itself is the best line ("wait no bus leaves at 6:45 not 7:15"): its right
        # value, not the whole message said back (round 46), or its wrong one where the fix
        # says what that is ("6:30 is when we check in")
        told = own_fix(whole, best.line or best.text, told)
    fix = fixed_after(best, said)
    return Found(fix(said_back), round(best_score, 3), fix(told) if told else None)


_WHICH = re.compile(r"\bwhich ([a-z]{3,})\b")
_NAMED_PLACES = frozenset("park school field gym rink pool lake beach mall center centre "
                          "library church hospital clinic studio arena stadium hall court "
                          "street road avenue station".split())
_SAID_ABOUT = re.compile(r"\b(?:said|told (?:u|you)|say) about (?:the|my|our|his|her)\b")
_MONEY = re.compile(r"[$£€]\s?\d")
_PRICE_LEAD = re.compile(r"^(?:at|for|like|only|just|about)\s+")
_COST = re.compile(r"\b(?:cost|costs|price|paid|pay|charge|charges|charged|charging)\b")
_COST_STEMS = stems("cost costs price paid pay")


def _named(words: set[str], text: str, kin: dict[str, set[str]]) -> set[str]:
    """A clause's word stems, with the asked person's where it names them by name."""
    low = set(re.findall(r"[a-z]+", text.lower()))
    return words.union(*(k for name, k in kin.items() if name in low))


_NUMBER = re.compile(r"(?<![a-z])[$£€]?\d+(?:[.:]\d+)?")  # (not "y2k")
_SCORE = re.compile(r"\b\d+ ?- ?\d+\b")
_ASKED_AFTER_CHECK = re.compile(r"\b(?:right|rite|correct)\s*\?+\s*(\S.*)$", re.I | re.S)
#: a number checked of the one asked of before: "shes like 74"
_SHE_IS = re.compile(r"(?:(?:and|so|wait|ok)\s+)*(?:shes|hes|she's|he's|she is|he is|theyre|"
                     r"they're)\s+(?:like\s+|about\s+|around\s+|only\s+)?\d+")
_REMARK_AFTER = re.compile(r"\s+(?:lol|lmao|haha|tbh|ngl)\s+(?=(?:he|she|they|i|im|i'm|my|it|its|"
                           r"it's|we)\b)|"
                           # "how much was my first paycheck again, im trying to do a budget"
                           r"\s+again\s*[,.!]+\s*(?=(?:he|she|they|i|im|i'm|my|it|its|it's|we|"
                           r"bc|cuz|because|cause)\b)|"
                           r"\s+again\s+(?=i (?:think|thought|keep|kept|forgot|wrote|need|"
                           r"wanna|want|swear)\b)|"
                           # "what color is she again my friend asked" (dev30)
                           r"\s+again\s+(?=(?:my|our) [a-z]+(?: [a-z]+)? (?:asked|asks|wants|"
                           r"wanted|said|says|is asking|was asking)\b)|"
                           # "what did i say my fav cookie was? riley wants to make it"
                           r"\?\s+(?=[a-z][^?]*$)")
_MATERIAL = re.compile(r"\b(?:out of|made of|made from|made with|make it from)\b")
_FAV_SAID = re.compile(r"\b(?:fav|fave|favorite|favourite)\b")
_CHECKED_TAIL = re.compile(r",?\s+(?:right|rite|correct)\s*\?.*$", re.I | re.S)
_OF_THEM = re.compile(r"^\d+ of (?:them|those|em|us)\b")  # "kittens!!! 3 of them"
_PLACE_ASK = re.compile(r"\b(?:place|come|came|finish|finished|rank|position)\b")


_HAVE_MONEY = re.compile(r"\b(?:i have|i got|got|ive got|i've got|i've|ive)\s+(?:like\s+|about\s+|"
                         r"only\s+|around\s+)?[$£€]\d[\d,.]*|[$£€]?\d[\d,.]*\s+so far\b")
_SAVED_SO_FAR = re.compile(r"[$£€]?\d[\d,.]*\s+(?:so far|saved(?: up)?)\b|\bsaved (?:up )?[$£€]?\d")
_BC_FIRST = re.compile(r"(?:bc|because|cuz|cause|coz)\b")
_TOLD_WHY = re.compile(r"\b(?:told|tell|telling|said|explained|texted) (?:me |us )?why\b")


def _number_checked(told: Callable[[Said], str | None], numbers: set[str], topic: set[str]
                    ) -> Callable[[Said], str | None]:
    """``told`` (``plainly``), or a clause that says the number checked of what is asked."""
    def plain(s: Said) -> str | None:
        return told(s) or (s.text if numbers & set(_NUMBER.findall(s.text))
                           and topic & stems(s.line or s.text) else None)
    return plain


def _told_next(best: Said, said: Sequence[Said]) -> Said | None:
    """The clause told next in the same message as ``best`` (where a reason announced in
    it is told)."""
    line = best.line or ""
    at = line.lower().find(best.text.lower())
    if at < 0:
        return None
    later = [(line.lower().find(s.text.lower()), s) for s in said if s.line == line and
             s.order == best.order and not s.fact and s.text != best.text]
    later = [(i, s) for i, s in later if i > at + len(best.text) - 1]
    return min(later, key=lambda x: x[0])[1] if later else None


_OLD_NAME = re.compile(r"\bbefore (?:i|we|u|you|they) renamed\b|\bused to (?:call|be called|be "
                       r"named)\b|\bold name\b|\boriginal name\b")
_WAS_NAMED = re.compile(rf"\b(?:{NAME_WAS_SAID}|renamed)\b")
_RENAMED = r"\b(?:renamed|rename|renaming) (?:him|her|it|them|the \w+)(?: to| as)? "


def _new_name(told: str | None, text: str) -> bool:
    """Whether ``text`` gives ``told`` (or, with no name picked, any name) as the new name,
    after a renaming: "i renamed him gus" tells no old name."""
    low = text.lower()
    if told:
        return bool(re.search(_RENAMED + re.escape(told.lower()) + r"\b", low))
    return bool(re.search(_RENAMED + r"(?!from\b)[a-z]", low)) and not re.search(
        r"\b(?:call|calls|called|calling|name|named|names)\b", low)  # "the shelter called him
    # biscuit, we renamed him tank" tells the old one too


_NAME_OF = re.compile(r"\bname of (?:the|my|that|this|our) ([a-z]+(?: [a-z]+)?)")  # ("the
# assistant manager": a manager)
_GIVEN = re.compile(r"\b(?:first|last|full|real|middle) name\b|\bsurname\b")
_TITLES = frozenset("mr mrs ms miss dr coach sir madam prof sensei".split())
