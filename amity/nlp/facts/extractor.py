"""What a person tells a friend about themselves, as ``Fact`` values.

Contract: ``extract(message, context=(), now=None) -> list[Fact]``. ``message`` is one
chat message from the user; ``context`` the earlier messages of the conversation, oldest
first (used to resolve "she", "he", "they", "it", "his", "her" and to name "my sister"
when an earlier line said "my sister Maya"); ``now`` is when the message was sent
(default: the current local time), used to date events ("math test on Friday" is the next
Friday on or after ``now``; see ``amity.nlp.facts.dates``). Never raises on any ``str``: empty,
emoji-only, non-English or question-only messages give ``[]``. Only the first 5,000
characters of a message are read (``coref.MAX_CHARS``); lone surrogates count as U+FFFD.

Each ``Fact`` has ``subject`` ("user" for the speaker, else a name such as "Maya" or
"Biscuit", or "user's sister" when unnamed), ``predicate`` from the closed vocabulary
below, ``object`` (the words as written, without articles), ``span`` (character offsets
of the evidence in ``message``: ``message[span[0]:span[1]]``), a rule ``confidence`` in
(0, 1], ``when`` for dated facts, and ``source_text`` (the sentence it came from).

Predicates (closed vocabulary, ``PREDICATES``):

=============  ==========================================================================
name           "my name is Alex", "call me Sam", "I'm Alex"
age            "I'm 15", "I just turned 16"
pronouns       "my pronouns are they/them"
lives_in       "I live in Leeds", "I moved to Ohio"
from           "I'm from Alaska", "I grew up in Texas"
school         "I go to Lincoln High", "I'm a student at UCLA"
grade          "I'm in 9th grade", "I'm a junior"
studies        "I study biology", "I'm majoring in art"
job            "I work as a nurse", "I'm a computer programmer", "I work in marketing"
workplace      "I work at Google"
is             what someone is that is not a job: "I'm vegan", "I'm married", "I'm a mom"
has_sibling    "my sister Maya" (object: the name, else "sister"/"older brother")
has_parent     mom, dad, ...; has_child: son, daughter, kids; has_partner: wife,
has_child      boyfriend, ...; has_relative: grandma, cousin, ...; has_friend: friend,
has_partner    bestie, classmate, teacher, ...
has_relative
has_friend
has_pet        "my dog is called Biscuit" -> (user, has_pet, Biscuit)
relation       a named person's relation: (Maya, relation, sister)
species        a named pet's species: (Biscuit, species, dog)
owns           "I have a Jeep", "I own a house"
likes          "I hate mushrooms" -> dislikes; "I love pizza" -> likes; "my favorite
dislikes       band is X" -> likes X; "I'm a big fan of X"; "I don't like X" -> dislikes
fears          "I'm afraid of heights"
hobby          an activity liked or done: "I love skateboarding", "I play guitar"
goal           "I want to become a doctor", "my dream is to travel"
event          a dated event or commitment: "math test on Friday" (when = that Friday)
birthday       "my birthday is March 3rd" (object "March 3rd", when = next March 3)
=============  ==========================================================================

Negated statements give no fact ("I don't have a dog"), except that not liking something
is ``dislikes``; questions, hypotheticals ("if I had a dog") and sentences about "you"
give none. Confidence is a fixed per-rule value, lowered for a pronoun subject or "we".

What it does not know: sarcasm or jokes, facts spread over several messages, other
languages (a message of 4 or more words with no common English word gives ``[]``),
anything the assistant said (pass only the user's messages as ``message``), and whether
a fact is still true.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from spacy.tokens import Span

from amity.nlp.facts.appositive import pets_aside
from amity.nlp.facts.casing import english, shouted, truecase
from amity.nlp.facts.coref import analyse, clean
from amity.nlp.facts.dates import DateMention, find_dates
from amity.nlp.facts.events import (
    DENIED_END,
    FINDS_OUT,
    HAVE_PLAN,
    MOVED_VERB,
    UNTIL_END,
    birthday_of,
    day_in_name,
    deadline_of,
    event_phrase,
    fuller,
    moved_plan,
    moved_to,
    named_after,
    subject_before,
    told_before,
    trim,
    verbless_plan,
)
from amity.nlp.facts.lexicon import EVENT_NOUNS, MEMBERS, is_first_name
from amity.nlp.facts.plan_clauses import named_after_date, nearest_plan
from amity.nlp.facts.plan_nouns import (
    as_noun,
    coming_off,
    done_to,
    not_asked_of,
    owner_of,
    unhedged,
)
from amity.nlp.facts.plan_words import (
    LIGHT_ONLY,
    LIGHT_THING,
    POINTS_BACK,
    named_plan,
    plan_by_words,
)
from amity.nlp.facts.rules import Found, Rules, phrase
from amity.nlp.facts.syntax import plan_phrase
from amity.nlp.facts.tense import COMMITTED, no_plan_day, past_at, told_ahead, were_doing
from amity.types import Fact

__all__ = ["PREDICATES", "extract"]

PREDICATES: frozenset[str] = frozenset(
    "name age pronouns lives_in from school grade studies job workplace is has_sibling "
    "has_parent has_child has_partner has_relative has_friend has_pet relation species owns "
    "likes dislikes fears hobby goal event birthday".split()
)
#: someone taking the teen along: the plan is the teen's too
_TAKES_US = re.compile(r"\b(?:taking|takes|took|bringing|brings|driving|drives) (?:us|me)\b",
                       re.I)
_IS_BEFORE = re.compile(r"\b(?:is|are|'s|its)\s+(?:on\s+|this\s+|next\s+)?$")
#: "...i dropped it, now i gotta get it fixed on saturday": a plan in a past-tense line;
#: "she said we can pick her up on saturday", "harper invited me to her party saturday",
#: "my mom made me an appointment on wednesday": a plan arranged in the past
_WILL_BEFORE = re.compile(r"\b(?:gotta|gonna|going to|goin|headin|leavin|comin|getting married|"
                          r"have to|has to|need to|needs to|will|"
                          r"i'll|ill|can|invited|asked (?:me|us) to|tickets|booked|scheduled|"
                          r"signed (?:me |us )?up|made (?:me|us) an? (?:[a-z]+ )?"
                          r"(?:appt|appointment|reservation))\b[^.,;!?]*$", re.I)
#: a verb said done before "today", which the parse may take for a noun: "rocket bit carla
#: today lmaooo" (the pony bit the trainer: no plan to ask about)
_SAID_DONE = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:bit|ate|broke|fell|threw|won|lost|ran|saw|"
                        r"hit|caught|found|stole|spilled|dropped|crashed|died|cried|puked|"
                        r"tripped|slipped|failed|passed|scored|finished)\b", re.I)
#: "today is saturday", "todays the 2nd": the user saying what day it is, not a plan's date
_TODAY_IS = re.compile(r"\btoday(?:'s|s| is)\s+(?:the\s+)?$", re.I)
_IS_TODAY = re.compile(r"(?:'s|s| is)\s+(?:the\s+\d|[a-z]+day\b)", re.I)
_AFTER_PERSON = re.compile(r"\b(?:friend|bestie|bff|bsf|sister|brother|cousin|mate|sis|bro|"
                           r"neighbou?r|teammate),? ([A-Za-z]{3,})\b")
_COMMON = frozenset("best may will bill jack sue art mark rose june april summer grace joy "
                    "faith hope ray guy page dawn".split())
_CHITCHAT = {"talk", "chat", "speak", "text", "nice", "great", "good", "fun", "hear", "say",
             "tell", "think", "feel", "be"}
_SUBJECTS = {"i", "you", "u", "ya", "we", "they", "he", "she", "it"}
_WH = {"what", "who", "whom", "whose", "where", "when", "why", "how", "which"}
_AUX_Q = {"do", "does", "did", "are", "is", "am", "was", "were", "have", "has", "can",
          "could", "would", "will", "should", "may", "shall"}


# chat words the parser takes for a name ("ngl my sister is mean": not a fact about "ngl")
_SLANG = frozenset("ngl tbh lol lmao omg fr istg lowkey highkey deadass idk imo btw rn "
                   "smh bruh ok okay".split())
# what a named member is, as the ledger says it ("my bestie priya" -> Priya: best friend)
_KINDS = {"bestie": "best friend", "bff": "best friend", "bestfriend": "best friend",
          "best bestie": "best friend", "gf": "girlfriend", "bf": "boyfriend",
          "bro": "brother", "sis": "sister", "lil bro": "little brother",
          "lil sis": "little sister", "mum": "mum"}


def _question(sent: Span) -> bool:
    tokens = [t for t in sent if not t.is_space]
    if not tokens:
        return True
    if any(t.text == "?" for t in tokens[-3:]) or tokens[-1].text.endswith("?"):
        return True
    first = tokens[0].lower_
    if first in _WH and len(tokens) > 2 and tokens[1].lower_ in _AUX_Q | {"'s", "'re"}:
        return True
    if first == "which" and len(tokens) > 3 and tokens[1].pos_ in {
            "NOUN", "PROPN"} and tokens[2].lower_ in _AUX_Q:
        return True  # "which exam is first next week, i want to revise"
    if first in _WH and any(  # "what sport do i play", "what school do u go to"
            tokens[k].lower_ in _AUX_Q and tokens[k + 1].lower_ in _SUBJECTS
            for k in range(2, min(4, len(tokens) - 1))):
        return True
    return first in _AUX_Q and len(tokens) > 1 and tokens[1].lower_ in {
        "you", "u", "ya", "i", "we", "they", "he", "she", "it"}


_OPENERS = frozenset("anyway anyways ok okay so also and but btw well oh".split())
_TOLD_WORDS = 10  # a sentence this long, not asking, ending "??": a telling
_FIRST_PERSON = frozenset("i im i'm my we our we're".split())


def _doubtful_statement(sent: Span) -> bool:
    """A line about the user said with a question mark ("anyway i have an allergist appt
    on wednesday bc i might be allergic to peanuts??"): still told."""
    every = [t.lower_ for t in sent if t.is_alpha or "'" in t.text]
    words = every[:3]
    while words and words[0] in _OPENERS:
        words.pop(0)
    if not words or any(t.lower_ in {"you", "u", "ur", "your"} for t in sent):
        return False
    # a long telling that ends in disbelief ("dance comp was supposed to be this saturday
    # ... but they moved it to next sunday because the venue flooded???"): still told
    return words[0] in _FIRST_PERSON or len(every) >= _TOLD_WORDS and \
        words[0] not in _WH | _AUX_Q and "??" in sent.text


def _statement_end(sent: Span) -> int:
    """Where the statement before a trailing question ends: "I love it, do you?" keeps
    "I love it"; the sentence start when the whole sentence is a question."""
    tokens = list(sent)
    for tok in reversed(tokens[:-1]):
        if tok.text in {",", ";", "-", "--", "\u2014", "...", ":"}:
            head = tokens[0]
            if head.lower_ in _WH or head.lower_ in _AUX_Q:
                return sent.start
            return tok.i
    return sent.start


def _sentence_dates(sent: Span, now: datetime, past: bool) -> list[DateMention]:
    """The dates of ``sent``, found in the whole message (a "next friday" reads like the
    "next thursday" it corrects in the sentence before), placed in the sentence."""
    at = sent.start_char
    return [replace(d, start=d.start - at, end=d.end - at)
            for d in find_dates(sent.doc.text, now, past=past)
            if at <= d.start and d.end <= sent.end_char]


def _dated(sent: Span, now: datetime) -> list[tuple[DateMention, bool]]:
    """The dates of ``sent`` with whether each is said of the past ("sold 11 today", "the
    competition was 2 days ago"), read back in time when it is; "today is saturday" (what
    day it is, not a plan's) left out."""
    back = {d.start: d for d in _sentence_dates(sent, now, past=True)}
    out: list[tuple[DateMention, bool]] = []
    for d in _sentence_dates(sent, now, past=False):
        if _TODAY_IS.search(sent.text[:d.start]) or (
                d.text.lower() == "today" and _IS_TODAY.match(sent.text[d.end:])) or \
                no_plan_day(sent.text, d.start):
            continue
        span = sent.char_span(d.start, d.end, alignment_mode="expand")
        if span is not None and d.text.lower() in {"sat", "wed"} and span[0].tag_ == "VBD":
            # "doing a photo walk downtown sat": the day read as the verb "sat" is no past
            out.append((back.get(d.start, d), True) if _WAS_THEN.search(sent.text[:d.start])
                       else (d, False))
            continue
        past = span is not None and (past_at(sent, span) or d.date == now.date() and bool(
            _SAID_DONE.search(sent.text[:d.start]))) and not (
            _IS_BEFORE.search(sent.text[:d.start]) or HAVE_PLAN.search(sent.text[:d.start])
            or FINDS_OUT.search(sent.text[:d.start])  # "finds out if ... on friday"
            or _GETS_DONE.search(sent.text[:d.start].lower())  # "gets his knee scoped friday"
            or _TURNING.search(sent.text[:d.start].lower())  # "grandpa turns 70 saturday"
            or _HAS_GOT.search(sent.text[:d.start])  # "shes got her chem final on thursday"
            or verbless_plan(sent.text[:d.start])
            or _WILL_BEFORE.search(sent.text[max(0, d.start - 60):d.start])
            or were_doing(sent.text) or moved_to(sent.text[:d.start], sent.text[d.end:])
            or told_ahead(span))
        out.append((back.get(d.start, d) if past else d, past))
    return out


_WAS_THEN = re.compile(r"\b(?:was|were|had|did|went|got)\b", re.I)
#: something done to someone, ahead though its verb reads past: "my dad gets his knee scoped
#: friday" (named by ``plan_nouns``: "knee surgery")
_GETS_DONE = re.compile(r"\bgets? (?:his|her|their|my|our) "
                        r"(?:[a-z]+ ){1,2}(?:scoped|operated on|fixed)\s*(?:on |this |next )?$")
_HAS_GOT = re.compile(r"\b(?:shes|hes|she's|he's|ive|i've|weve|we've|theyve|they've|youve|"
                      r"you've|(?:she|he|it) has|i have|we have|they have)\s+got\b(?!\s+(?:back|"
                      r"home|out|in)\b)", re.I)
_TURNING = re.compile(r"\bturn(?:s|ing)? \d{1,3}\s*(?:on |this |next )?$")
_CLAUSE = re.compile(r"^(?:\w+ ){1,6}(?:is|are|'s|was|were) (\w+ing\b.*)$")
#: a day put in place of one told as the plan: "it was gonna be saturday but ... sunday instead"
_INSTEAD = re.compile(r"\s*instead\b", re.I)
_WAS_TO_BE = re.compile(r"\b(?:was|were) (?:gonna|going to|supposed to|meant to) be\b", re.I)
_MOVED = re.compile(rf"\b{MOVED_VERB}\b.*\bfrom\b\s*(?:this |next |the )?\w*\s*$", re.I)


#: someone who brings word of a plan, not its owner: "sra. delgado just emailed its ..."
_MESSENGER = re.compile(r"\b(?:emailed|texted|messaged|announced|posted|told (?:us|me)|said|says)\b"
                        r"[^.!?]*$", re.I)
_LEFT_TO_GO = re.compile(r"\d+(?: more)? (?:to go|left)", re.I)
#: a plan called off in the same breath: "jonah was supposed to come saturday but now he has a
#: dentist thing" (round 69 asked "how was Jonah getting supposed?")
_WAS_SUPPOSED = re.compile(r"\b(?:was|were) supposed to\b", re.I)
_CALLED_OFF = re.compile(r"^[^.!?]{0,20}\bbut\b[^.!?]*\b(?:cant|can't|cannot|has|have|got|"
                         r"cancel\w*|sick|not|isnt|isn't|wont|won't|bailed)\b", re.I)
_NO_PLAN_VERBS = frozenset("believe guess imagine know think".split())
_PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
_OWN_SLIP = re.compile(r"\b(?:wrong|mixed up|messed up|my bad)\b", re.I)
#: a negation before "in 2 weeks": a time gone by ("hasnt eaten in 2 weeks", "not in days")
_NOT_SINCE = re.compile(r"\b(?:hasnt|hasn't|havent|haven't|hadnt|hadn't|not|never|didnt|"
                        r"didn't)\b[^.!?,]*$", re.I)
_NO_PLAN = frozenset("wanna gonna worst best the a thing stuff it that gone ruined booked "
                     "packed busy free over done wasted shot toast dead wrecked full".split())
# ("my whole friday is gone": no plan called "gone", asked after as "Kiara's gone?", round 44)
_POINTER = re.compile(r"\b(it|them|one|that|this|by|night|day|done)\b", re.I)
#: hearing news is no plan of its own: "we find out next week" (if they made states); a
#: day owed is none either ("i owe her a sunday")
_NEWS_DUE = re.compile(r"^(?:find|finding|found) out$|^(?:hear|hearing) back$|^know$|^owe\b|"
                       r"^(?:need|want|wish)(?:s|ed)? (?!to\b)", re.I)  # "i need the confidence"


def _events(rules: Rules, sent: Span, now: datetime, context: Sequence[str] = ()
            ) -> list[Found]:
    """Dated plans: the parse's reading, or else the event phrase by words (``events``)."""
    out: list[Found] = []
    dated = _dated(sent, now)
    dates = [d for d, _ in dated]
    for k, (dm, past) in enumerate(dated):
        span = sent.char_span(dm.start, dm.end, alignment_mode="expand")
        if span is None or dm.text.lower().startswith("in ") and _NOT_SINCE.search(
                sent.text[:dm.start]):
            continue  # "she hasnt eaten in 2 weeks": how long, no plan (round 44)
        if len(dated) == 1 and _WAS_SUPPOSED.search(sent.text[:dm.start]) and \
                _CALLED_OFF.search(sent.text[dm.end:]):
            continue  # a plan called off as it is told: no plan to ask after
        kept = len(out)
        parsed = _parsed_event(rules, sent, dm, span)
        said = dm.text.removeprefix("on ").strip().lower()
        if parsed is not None and said and parsed.object.lower().endswith(f" {said}"):
            # "we get a puppy saturday 🐶": the emoji made the day part of the thing
            parsed.object = parsed.object[:-len(said)].strip()
        if parsed is not None and parsed.object.lower() in LIGHT_ONLY:
            # "we get a puppy saturday!!" parsed as the plan "get": the thing got is the plan
            thing = LIGHT_THING.search(sent.text[:dm.start])
            if thing:
                parsed.object = thing.group(1)
            else:
                parsed = None
        if parsed is not None and _OWN_SLIP.search(parsed.object):
            parsed = None  # "i had the date wrong": a slip owned, no plan
        if parsed is not None and (_NEWS_DUE.match(parsed.object.strip()) or _LEFT_TO_GO.fullmatch(
                parsed.object.strip())):
            parsed = None  # (nor "39 to go in a week": a count left, round 68)
        # a plan: "it's on the 15th", "going to the fair today"; not "sold 11 today"
        ahead = dm.date > now.date() or (dm.date == now.date() and not past)
        if not ahead and parsed is not None and parsed.predicate == "event":
            parsed = None  # a report of what happened is no plan to ask about
        # the plan said before the date is this date's ("a shift wednesday and a chem test
        # thursday"; "a coding competition next saturday, ... from my math class")
        start = dates[k - 1].end if k else 0
        before = sent.text[start:dm.start]
        if k and (moved_to(before) or _INSTEAD.match(sent.text[dm.end:]) and _WAS_TO_BE.search(
                sent.text[:dates[k - 1].start])):  # ("it was gonna be this saturday but june
            # said start next sunday instead"; and:) "was supposed to be this thursday but ms
            for found in out:  # yamada said it got pushed to next thursday"
                if found.when == dates[k - 1].date:
                    found.when = dm.date
            continue
        if k and re.fullmatch(r",?\s*to\s*", before) and _MOVED.search(sent.text[:start]):
            for found in out:  # "got pushed a whole week, from this friday to next friday"
                if found.when == dates[k - 1].date:
                    found.when = dm.date
            continue
        if k and (not before.strip() or re.fullmatch(r"\s*(?:thru|through|to|till|until|til|-|"
                                                    r"–|,?\s*(?:but )?not(?: on)?)\s*", before)):
            continue  # "saturday march 8": one date said twice, its plan taken once (the
            # words after it are a place: "at the convention center"); nor the end of a
            # span: "next tuesday thru thursday"; nor the day put right: "wednesday not thursday"
        if sent.start > 0 and (not before.strip() or POINTS_BACK.fullmatch(before) and (
                named_plan(sent.doc[sent.start - 1].sent.text))):
            # "our cat has a vet appt. tmrw bc...", "the game jam!! starts friday at 6pm"
            before = sent.doc[sent.start - 1].sent.text
        told = (sent.doc.text[:sent.start_char], *reversed(context[-3:]))
        first = named_after_date(sent.text[start:dm.start], sent.text[dm.end:]) if ahead \
            else None
        near = first or (coming_off(before.lower(), told) or done_to(before.lower()) or
                         moved_plan(before, told) or fuller(
            nearest_plan(before, dm.text), subject_before(before)) or named_after(
            sent.text[dm.end:])) if ahead else None  # ("it comes off next wednesday": the cast)
        lead = re.findall(r"[a-z']+", before.lower())
        if ahead and 0 < len(lead) <= 4 and lead[-1] not in _NOT_NAMING and (
                named := told_before(lead[-1], context)):  # (not "the" of "opening night is
            # the friday" matched to "what did the test say" told before)
            near = named  # "oh wait brightons saturday not sunday, zaras mum changed it"
        phrase = near or (plan_by_words(sent.text[start:], context, told[0], dm.text,
                                        dm.end - start) if ahead else None)
        if phrase and re.search(r"\bagainst (?:him|her|them)$", phrase) and (
                who := event_phrase(sent.text[start:], context, told[0])):
            phrase = who  # "uncle ray is last lol. i play him sunday": the game against him
        if phrase:
            phrase = re.sub(r"^(?:(?:no|nope|wait|sorry|oops|ok|okay|yes|yeah|so|and|but|just|"
                            r"there'?s|"
                            r"there is|theres)\s+)+|^(?:getting|having|doing|taking)\s+an?\s+",
                            "", phrase)
            phrase = unhedged(phrase)  # "zara might come saturday": no "zara might"
            if not phrase or set(phrase.lower().split()) <= _NO_PLAN or re.match(
                    r"(?:not|never|i'?m|m|am)\b", phrase, re.I) or _NEWS_DUE.match(phrase) or \
                    UNTIL_END.search(phrase) or DENIED_END.search(phrase) or \
                    _LEFT_TO_GO.fullmatch(phrase.strip()):  # ("the wifi guy
                # doesnt come til thursday")
                phrase = None  # "if i wanna come...", "but its not", "i need the confidence",
                # "39 to go in a week" (round 68 asked after "monday's plan")
        if parsed is not None and near and (parsed.object.lower() not in sent.text[
                start:dm.end].lower() or re.search(rf"\b(?:we|i|they)(?:'re| are| r)? "
                                                   rf"{re.escape(parsed.object.lower())}\b",
                                                   sent.text.lower())):
            parsed = None  # the parse tied this date to another plan, or read a verb as
            # one ("we play dartmouth on thursday": the game, not "the play")
        if ahead and (parsed is None or parsed.predicate == "event" or (
                parsed.predicate == "birthday" and parsed.subject == "user")):
            owner = birthday_of(sent.text, _names(sent.text, context))
            if owner:  # "my best friend jade bc her bday is thursday"
                owner = f"user's {owner}" if owner in MEMBERS else owner.capitalize()
                out.append(Found(owner, "birthday",
                                 dm.text.removeprefix("on ").strip(), list(span), 0.7,
                                 dm.date))
                continue
        if parsed is not None and (parsed.predicate != "event" or any(
                w in EVENT_NOUNS for w in parsed.object.lower().split())):
            if parsed.predicate == "event" and phrase:  # "appt" -> "dentist appt"
                parsed.object = fuller(parsed.object, phrase) or parsed.object
            if parsed.predicate == "event":  # "invited me to her party": the party
                parsed.object = re.sub(r"^invited (?:me|us) (?:to|for) (?:(?:her|his|their|"
                                       r"my|our|a|an|the) )?", "", parsed.object)
            out.append(parsed)  # a birthday, "math exam", "swim meet"
        elif phrase:
            owner = owner_of(sent.text[:dm.start]) or (
                parsed.subject if parsed is not None and parsed.predicate == "event" and
                not _MESSENGER.search(sent.text[:dm.start]) else "user")  # ("sra. delgado
            # just emailed its next tuesday now": the user's exam moved, not Delgado's)
            out.append(Found(owner, "event", phrase, list(span), 0.6, dm.date))
            # "my tía marisol is moving...": hers; "my sister tasha is 12 and shes getting
            # braces thursday": the parse knows "shes" is Tasha
        elif parsed is not None and not (ahead and _POINTER.search(trim(parsed.object))):
            if clause := _CLAUSE.search(parsed.object):
                parsed.object = clause.group(1)  # "my english teacher mr castellano is
                # reading my draft": what is done, not the whole clause
            out.append(parsed)  # "spelling bee", not "present it" or "done by"
        for found in out[kept:]:  # a bare "deadline" named by the plan said before it
            if found.predicate == "event":
                found.object = deadline_of(found.object, sent.text[:dm.start])

    return out


def _plans_named(facts: list[Found], context: Sequence[str]) -> list[Found]:
    """Plans with a name: one word a plan told just before holds is that plan
    (``told_before``); a day inside is no plan's name ("still need sunday off tho bc
    revision")."""
    for f in facts:
        if f.predicate == "event" and (short := trim(f.object).strip()) and " " not in short:
            f.object = told_before(short, context) or f.object
    return [f for f in facts if f.predicate != "event" or not (
        day_in_name(f.object) or _WEATHER.match(f.object))]


#: weather is no plan: "its supposed to rain cats and dogs friday" (round 43 echoed it as one)
_WEATHER = re.compile(r"(?:rain|snow|storm|thunder|hail|sleet)(?:s|ing|ed)?"
                      r"(?:\s+(?:cats|hard|all|a lot|like|so)\b|$)|"
                      # "its moved to sunday bc saturday is too windy" (round 47)
                      r"^(?:too |so |really )?(?:windy|rainy|snowy|stormy|cold|hot|icy|foggy)$",
                      re.I)


def _names(text: str, context: Sequence[str]) -> list[str]:
    """First names in the context and then ``text``, oldest first (for "her bday")."""
    joined = " ".join([*context[-2:], text])
    words = re.findall(r"[A-Za-z]+", joined)
    named = [w.lower() for w in words if w[0].isupper() and is_first_name(w.lower())
             or (w.islower() and len(w) > 2 and is_first_name(w) and w not in _COMMON)]
    # "my best friend jade": the word after a word for a person is a name
    known = set(named) | {m.group(1).lower() for m in _AFTER_PERSON.finditer(joined)}
    return [w for w in re.findall(r"[a-z]+", joined.lower()) if w in known]


def _parsed_event(rules: Rules, sent: Span, dm: DateMention, span: Span) -> Found | None:
    """The event the parse reads around the date mention ``dm``, or None."""
    toks = {t.i for t in span}
    roots = [t for t in span if t.head.i not in toks or t.head.i == t.i]
    head = roots[0].head if roots and roots[0].head.i not in toks else None
    while head is not None and head.pos_ == "ADP":
        head = head.head if head.head.i != head.i else None  # a root "in" heads itself
    while head is not None and head.lower_ in _PARTS_OF_DAY and head.head.i != head.i:
        toks.add(head.i)  # "babysitting the twins tomorrow night": the night is the date
        head = head.head
    if head is None or head.i in toks:
        return None
    subj_tok = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj_tok is not None and subj_tok.lower_ in {"you", "u", "ya"} or \
            head.lemma_.lower() in _NO_PLAN_VERBS:
        return None  # "you are not going to believe the drama today": no plan of the user's
    who = rules.who(subj_tok) if subj_tok is not None else ("user", 0.9)
    lemma = "be" if head.lower_ == "m" else head.lemma_.lower()  # "im so tired": "i" "m"
    if subj_tok is not None and subj_tok.lemma_.lower() in {"birthday", "bday"}:
        poss = next((c for c in subj_tok.children if c.dep_ == "poss"), None)
        owner = rules.owner(poss) if poss is not None else None
        if poss is not None and poss.lemma_.lower() in MEMBERS:
            w = rules.who(poss)
            owner = w[0] if w else None
        if owner:
            return Found(owner, "birthday", dm.text.removeprefix("on ").strip(),
                         [subj_tok, head, *span], 0.9, dm.date)
        return None
    if who is None:
        if subj_tok is None or subj_tok.pos_ != "NOUN":
            return None
        who = ("user", 0.8)  # "my recital is on Saturday"
    name, conf = who
    if head.pos_ == "NOUN" or head.pos_ == "PROPN":
        obj, ev = phrase(head, skip=frozenset(toks))
        strong = head.lemma_.lower() in EVENT_NOUNS
    elif lemma in {"have", "get"} and any(c.dep_ == "dobj" for c in head.children):
        dobj = next(c for c in head.children if c.dep_ == "dobj")
        if dobj.lemma_.lower() in {"lot", "lots", "bunch", "couple", "ton"}:
            dobj = next((g for c in dobj.children if c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj"), dobj)
        obj, ev = phrase(dobj, skip=frozenset(toks))
        strong = dobj.lemma_.lower() in EVENT_NOUNS
    elif lemma == "be" and subj_tok is not None and subj_tok.pos_ == "NOUN":
        obj, ev = phrase(subj_tok, skip=frozenset(toks))
        strong = subj_tok.lemma_.lower() in EVENT_NOUNS
        if strong:  # "my math exam is on wednesday"
            lemma = subj_tok.lemma_.lower()
    elif head.pos_ in {"VERB", "AUX"} and lemma != "be":
        if head.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_.lower() in {"be", "m"}
                                      for c in head.children):
            return None  # a state, no plan: "i'm kind of wiped this weekend", "im grounded"
        obj, ev = plan_phrase(head, toks)
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in {"keep", "stop", "quit"} and \
                not EVENT_NOUNS.intersection(obj.lower().split()):
            return None  # a habit: "my dog kept stealing the ball today" (round 70)
        if len(ev) > 6 and head.dep_ in {"xcomp", "advcl"} and \
                head.head.lemma_.lower() in COMMITTED:
            obj, ev = plan_phrase(head, toks, tight=True)  # "i signed up to volunteer at
            # the food pantry at st luke's ... with birdie": its first phrase
        if len(ev) > 6:
            return None
        strong = lemma in {"go", "have", "visit", "travel", "fly", "leave", "start", "move",
                           "see", "meet", "take", "play", "compete", "perform"}
    else:
        return None
    obj = re.sub(r"^(?:gonna|going to|about to)\s+(?!(?:the|a|an|my|our|his|her|their)\b)",
                 "", obj, flags=re.I)
    if not obj or len(obj) > 60 or lemma in _CHITCHAT or re.search(
            r"\b(?:you|u|ya)\b", obj, re.I) or UNTIL_END.search(obj):
        return None  # (not "come til" of "the wifi guy doesnt come til thursday", round 56)
    evidence = ([subj_tok] if subj_tok is not None else []) + [head, *ev, *span]
    return Found(name, "event", obj, evidence, (0.85 if strong else 0.6) * conf, dm.date)


#: an event that names no plan: nothing there, or only a coming or going
_NAMES_NO_PLAN = re.compile(r"(?:theres|there's|there is|there are|there was)\s+(?:nothing|no|"
                            r"not|none)\b|(?:staying|leaving|coming|arriving|coming back|"
                            r"going back)$", re.I)


def extract(message: str, context: Sequence[str] = (), now: datetime | None = None,
            ) -> list[Fact]:
    """The facts ``message`` states (see the module docstring for the vocabulary)."""
    if not isinstance(message, str):
        return []
    text = clean(message)
    if not text.strip() or not english(text):
        return []
    text = truecase(text)  # "my dog pickle" -> "my dog Pickle": same offsets
    now = now or datetime.now()
    context = [truecase(clean(c)) for c in context if isinstance(c, str)]
    analysis = analyse(text, context)
    rules = Rules(analysis.doc, analysis.entity_at)
    found: list[tuple[Found, Span]] = []
    for sent in analysis.doc.sents:
        limit = sent.end
        if _question(sent) and not _doubtful_statement(sent):
            limit = _statement_end(sent)  # "I'm a nurse, what do you do?"
            if limit <= sent.start:
                continue
        facts = _plans_named(rules.sentence(sent) + _events(rules, sent, now, context), context)
        found.extend((f, sent) for f in facts
                     if all(t.i < limit for t in f.tokens + f.extra if t is not None))
    best: dict[tuple[str, str, str], Fact] = {}
    for f, sent in found:
        if f.predicate not in PREDICATES or not f.object.strip() or not f.subject \
                or f.subject.lower() in _SLANG:
            continue
        if f.predicate == "event":
            # "chem test tmrw" -> "chem test"; "heyy sunny omg" -> ""; "😭 rude" -> "rude"
            f.object = as_noun(re.sub(r"^\W+", "", trim(f.object)),
                               (text[:sent.end_char], *reversed(context[-3:])))
            if not f.object or f.object.lower().split()[-1] in _FEELING or \
                    _DONE_LEAD.match(f.object) or _NAMES_NO_PLAN.match(f.object):
                continue  # "today is so boring": no plan called "boring"; "this weekend we
                # did college visits": done, no plan; "theres nothing on tv tonight" and
                # "(grandpa is driving up saturday and) staying till monday": none (round 79)
            if re.search(rf"\b(?:cant|can't|cannot|wont|won't|not|never|couldnt|couldn't|"
                         rf"dont|don't)\s+{re.escape(f.object.split()[0].lower())}\b",
                         sent.text.lower()):
                continue  # "my grandparents cant come this weekend": no plan to ask after
            if not_asked_of(f.object, sent.text):
                continue  # "he has to work saturday" (dad's work), "i could sleep for a week"
            if f.subject != "user" and _TAKES_US.search(sent.text):
                f.subject = "user"  # "my moms boyfriend is taking us camping this weekend":
                # the teen goes too (dev27)
        if f.predicate == "relation":  # "my bestie priya": Priya is a best friend
            f.object = _KINDS.get(f.object.lower(), f.object)
        toks = [t for t in f.tokens + f.extra if t is not None]
        start = min(t.idx for t in toks)
        end = max(t.idx + len(t) for t in toks)
        fact = Fact(f.subject, f.predicate, f.object.strip(), (start, end),
                    round(min(max(f.confidence, 0.05), 1.0), 3), f.when, sent.text.strip())
        key = (fact.subject.lower(), fact.predicate, fact.object.lower())
        if key not in best or best[key].confidence < fact.confidence or (
                f.predicate == "event" and re.search(rf"\b{MOVED_VERB}\b", sent.text, re.I)):
            best[key] = fact  # ("the reunion is saturday, wait no they pushed it to sunday")
    _moved_on(best)
    for fact in (aside := pets_aside(text)):  # "pickles (my beagle, shes 3)": no clause
        best.setdefault((fact.subject.lower(), fact.predicate, fact.object.lower()), fact)
    for key, fact in list(best.items()):  # (not also "beagle" or "ok bruno" as the pet)
        if fact.predicate == "has_pet" and any(
                a.predicate == "has_pet" and a.object != fact.object and
                a.span[0] < fact.span[1] and fact.span[0] < a.span[1] for a in aside):
            del best[key]
    quoted = shouted(clean(message))  # (truecase keeps its offsets)
    return sorted(_one_per_member([f for f in best.values() if not any(
        a <= f.span[0] and f.span[1] <= b for a, b in quoted)]),
        key=lambda x: (x.span, x.predicate))


def _moved_on(best: dict[tuple[str, str, str], Fact]) -> None:
    """A plan moved in a sentence of its own ("her party was gonna be saturday. but my mom
    moved it to next sunday"): the plan told before takes the new day, and the one who moved
    it is not its owner (no "your mom's party" beside Kiara's)."""
    events = [(k, f) for k, f in best.items() if f.predicate == "event" and f.when]
    for key, fact in events:
        if not _MOVED_IT_SAID.search(fact.source_text):
            continue
        earlier = [(k, f) for k, f in events if k != key and k[2] == key[2]
                   and f.span[0] < fact.span[0] and f.when != fact.when]
        if earlier:
            k, f = earlier[-1]
            best[k] = replace(f, when=fact.when)
            del best[key]


_MOVED_IT_SAID = re.compile(rf"\b{MOVED_VERB} (?:it|that)(?: back| up)? (?:to|till|until|til)\b",
                            re.I)
_NOT_NAMING = frozenset("the a an is are was its it's it this that next on at my our".split())
_DONE_LEAD = re.compile(r"(?:did|visited)\b", re.I)
_FEELING = frozenset("boring bored fun good bad great awful long tiring busy crazy stressful "
                     "chill slow fine okay ok rough hard easy weird rude".split())
_MEMBER_PREDICATES = frozenset(
    "has_pet has_sibling has_parent has_child has_partner has_relative has_friend".split())


def _one_per_member(facts: list[Fact]) -> list[Fact]:
    """One fact per pet or person: "my dog's name is Pickle" gives (user, has_pet, Pickle)
    and (Pickle, species, dog), not also (user, has_pet, dog)."""
    kinds = {f.subject.lower(): f.object.lower().split()[-1] for f in facts
             if f.predicate in {"species", "relation"}}
    named = {(f.subject.lower(), f.predicate, kinds[f.object.lower()]) for f in facts
             if f.predicate in _MEMBER_PREDICATES and f.object.lower() in kinds}
    return [f for f in facts if not (
        f.predicate in _MEMBER_PREDICATES and f.object.lower() not in kinds
        and (f.subject.lower(), f.predicate, f.object.lower().split()[-1]) in named)]
