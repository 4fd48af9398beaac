"""amity.voice: replies in the character's own voice, from skills and a reply bank.

Contract (the ``Voice`` stage of ``amity.stages``): ``Voice.propose(view)`` returns the
candidates it is confident in, best first, each scored by one ranker (``rank.py``) after
hard vetoes; an empty list means "let the model answer". Sources: skills (``skills.py``:
greetings, goodbyes, questions about Sunny, fun; ``remembered.py``: memory questions;
follow-ups and the many small skills listed in ``Voice._proposed``) and the bank
of the team's exchanges (``bank.py``), read through the message's act and mood family
(``reading.py``). The engine shows the pick at once; every line still passes the output
check like a generated one. The lines are Sunny's (``data/``): a card opts in with
``extensions.amity.voice = "sunny"``; other characters get ``NoVoice``.

Knows nothing about storage; the sentence encoder and the trained response model
(``ranker_model.py``: it scores each line against the conversation) and the memory reader
(``reader.py``: how well a clause answers a memory question) are passed in.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from ..types import Candidate, FollowUp, TurnView
from . import felt, rank, reading
from . import told as told_module
from .ages import ages
from .amounts import amounts
from .annoyed import annoyed
from .bank import Bank, Encode, proposals, same_polarity
from .bored import bored
from .carry import carried
from .chance import chance
from .comforts import comforts
from .details import picked_up
from .dry import dry
from .echo import echoes
from .headline import headline
from .leaving import leaving
from .lines import LOW_MOODS, Lines, load
from .meet import intro_rest, meet
from .moments import moments
from .myself import myself
from .news import news
from .opinion import asides
from .people import people
from .pets import pet_did
from .plans import ask_after, guess_plan, told_plan
from .plans import follow_up as follow_up_skill
from .praised import praised
from .quoted import quoted
from .ranker_model import format_context
from .recall import Read
from .recall_spanned import SpanRead
from .recast import recast
from .remarked import with_remark
from .remembered import remembered
from .sad_said import sad_said
from .skills import SKILLS, Proposal, Turn
from .suffering import suffering
from .tears import glad_anyway
from .teasers import teasers
from .theirs import their_news, their_plan
from .told import told
from .topic import goodbye_topic, greet_topic
from .visits import goodbye_plan, greet_by_name, greet_doing, greet_pet, introduced
from .warmth import warmth
from .when_told import when_told
from .where_when import where_when
from .worry import worry
from .you_asked import you_asked
from .you_think import you_think

__all__ = ["Voice", "load"]

#: score(context, replies) -> one score per reply (a trained response-selection model)
ResponseScore = Callable[[str, Sequence[str]], np.ndarray]
#: rated(message, talk before, new chat, replies) -> (n, 2): how likely raters are to find
#: each reply sensible, and specific (``rated.RatedModel.scores``)
RatedScore = Callable[[str, Sequence[tuple[str, str]], bool, Sequence[str]], np.ndarray]

MIN_MATCH = 0.55  # a bank exchange this close to the message may answer it
#: ... or this close, for a low mood (the fallback comfort was sensible-and-specific 0.30 of the
#: time over 206 ratings of rounds 55-62) and for Sunny's own answers to a question put to it
#: (round 64: "what would ur ugly sweater look like" at 0.51), and for news told
LOOSE_MATCH = 0.5
MIN_SCORE = 0.35  # below this, the model answers instead (a written fallback scores 0.36)
RECENT = 20  # replies of the companion a line may not repeat


#: a bare nod, whose written neighbours' moods came from their own talk
_BARE_OK = re.compile(r"(?:ok+|okay|k+|kk|sure|alright|aight|cool|bet|yeah|ya|yep|mhm)\W*", re.I)
#: a reply of Sunny's that met a low moment: a nod after it may still be low
_SOFT = re.compile(r"💛|🫂|\bsorry\b|\bhug\b|\bhere (?:for|with) you\b|\btough\b|\brough\b|"
                   r"\bhard\b|\bbreath|\bbummer\b|\bstinks\b|😕|😣|😢|\bwhat happened\b", re.I)


#: a calm deed said back with curiosity (``recast``): no closer line than what someone does
#: said back (``told``)
CURIOUS = "skill:recast_curious"
#: the response model's least score for a written (bank) line when another line is there
BANK_FLOOR = 0.35
#: a written exchange whose message is nearly the teen's own (MiniLM cosine)
CLOSE_MATCH = 0.85


def news_first(view: TurnView, act: reading.Act, ranked: list[Candidate],
               low: bool = False) -> list[Candidate]:
    """A visit that opens with news ("I GOT THE DECK 🛹🔥") is answered first, and the due
    follow-up comes after the reaction ("... oh and how did the close go?"); a greeting
    or a message about the plan itself keeps the follow-up's own line. When another line
    answers the first message of a visit (a memory answer, a cheer), the due follow-up is
    asked after it: it is asked once, in this reply, or never; not after a goodbye or a
    low mood read in full (``low``)."""
    due = view.follow_up
    low = low and not (ranked and ranked[0].source == "skill:idiom_sore")  # "ugh my arms
    # hurt" is no low mood: the mowing due is still asked after (dev27)
    most = 1 if reading.EXCLAIMED.search(view.text) else 2  # (shouted news: one plan asked
    # after it)
    if ranked and due is not None and view.new_session and \
            ranked[0].source != "skill:followup" and act.name != "goodbye" and not low and \
            told_plan(due, view.text) is None and (more := ask_after(due, most)) and \
            more.strip() not in ranked[0].text:
        top = ranked[0]
        return [Candidate(top.text.rstrip() + _guessed(top, due, more, view.text), top.source,
                          top.score,
                          dict(top.parts)), *ranked[1:]]
    if not ranked or ranked[0].source != "skill:followup" or due is None or \
            act.name != "statement" or not reading.news(view.text) or \
            told_plan(due, view.text) is not None:
        return ranked
    reaction = next((c for c in ranked if c.source != "skill:followup"), None)
    if reaction is None:
        return ranked
    both = Candidate(reaction.text.rstrip() + _guessed(reaction, due, ask_after(due, most),
                                                       view.text),
                     reaction.source,
                     ranked[0].score, dict(reaction.parts))
    return [both, *ranked]


#: news about to be told, or told without what it was about: the due plan guessed at
_GUESSES = {"skill:moment_spill": " is it about {plan}?! 👀",
            "skill:moment_called": " is it about {plan}?! 👀",
            "skill:moment_good_news": " wait, was this {plan}?! 🎉",
            "skill:hype": " wait, was this {plan}?! 🎉",
            "skill:celebrate": " wait, was this {plan}?! 🎉"}


#: words news may be told with that say nothing of what it was about
_NEWS_ONLY = frozenset("""sunny sunnyyy omg oh my god guess what it i we did happened happen
won win passed made got so ok okay yes yess yesss yay finally actually literally just news big
good great hi hey heyy hii hiii you u ur are is was the a an and to me thing this today
yesterday""".split())


def vague(text: str) -> bool:
    """Whether news says nothing of what it was about ("SUNNY I WON", "guess what"): then
    the due plan may be guessed at; "SUNNY I MADE JV" says what it was."""
    words = re.findall(r"[a-z]+", text.lower())
    return all(w in _NEWS_ONLY or re.fullmatch(r"(?:o+m+g+|y+a+y+|s+u+n+n+y+|h+i+)", w)
               for w in words)


def _guessed(reaction: Candidate, due: FollowUp, more: str, text: str) -> str:
    """What follows a reaction to the first message of a visit: the due plan guessed at
    after news about to be told ("SUNNY IT HAPPENED": "... spill! is it about the party?!
    👀", not "spill! oh and how was the party?"), else ``more``."""
    guessed = guess_plan(due, bool(re.search(r"\b(?:i|we)\b", text.lower()))) \
        if reaction.source in _GUESSES and vague(text) else None
    if guessed is None:
        return more
    first, rest = guessed
    return _GUESSES[reaction.source].replace("{plan}", first) + rest


def _answering(view: TurnView) -> str:
    """The companion's line this message answers: none on a new visit ("sunny!! ok update"
    answers no "good night" of the last one)."""
    return "" if view.new_session else view.last_reply


#: a written line's safety question, asked only when the safety layer read something
_SAFETY_ASK = re.compile(r"\bare you (?:somewhere you feel (?:okay|safe)|safe)\b|\bis there an "
                         r"adult\b|\btrusted adult\b|\bfeel safer\b", re.I)
#: the prior of a skill line that says more than the clause said back (``recast``)
CLOSER = 0.85


class Voice:
    def __init__(self, encode: Encode, *, lines: Lines | None = None,
                 response_score: ResponseScore | None = None, card_facts: Sequence[str] = (),
                 read: Read | None = None, span: SpanRead | None = None,
                 rated: RatedScore | None = None,
                 min_score: float = MIN_SCORE, min_match: float = MIN_MATCH) -> None:
        self.lines = lines or load()
        self.bank = Bank(self.lines, encode)
        self.response_score = response_score
        self.rated = rated
        self.read_memory = read
        self.read_span = span
        self.card_facts = tuple(card_facts)
        self.min_score = min_score
        self.min_match = min_match

    def read(self, view: TurnView) -> tuple[reading.Act, str, list, bool]:
        """The message's act, mood, closest written exchanges, and whether a low mood was
        read only lightly (``reading.mild``)."""
        act = reading.act(view.text, self.lines.about)
        # tips and ideas answer a request for them, not a mention ("we just got a hamster")
        hits = self.bank.search(view.text, _answering(view), k=10,
                                ideas=reading.asks_for_ideas(view.text))
        votes = [(h.exchange.mood, h.similarity) for h in hits[:5]
                 if h.similarity > 0.45 and same_polarity(view.text, h.exchange.user)]
        if _BARE_OK.fullmatch(view.text.strip()) and not _SOFT.search(view.last_reply):
            votes = []  # "ok" to "hi hi! what's going on?": no "oh, that's a rough one" (a
            # written "ok" was low after "i messed up"; this talk was not)
        before = next((m.content for m in reversed(view.history) if m.role == "user"), "")
        mood = reading.mood(view.emotion.top if view.emotion else None, view.text, votes,
                            before)
        score = view.emotion.scores.get(view.emotion.top, 0.0) if view.emotion else 1.0
        if mood in LOW_MOODS and view.emotion and reading.voted_down(view.emotion.top, score,
                                                                     view.text):
            mood = "neutral"
        mild = mood in LOW_MOODS and (reading.mild(score, view.text, votes) or
                                      felt.LIGHT_PART.search(view.text) or
                                      felt.hedged(view.text) or
                                      felt.laughed_off(view.text,
                                                       bool(reading.LAUGH.search(view.text)))) or \
            mood == "angry" and not reading.REAL_ANGER.search(view.text)
        if mild and reading.BRIGHT.search(view.text):
            mood, mild = "neutral", False  # "it actually looks sick": no "aw, that stinks"
        if mood in ("neutral", "happy") and dry(view.text):
            mood, mild = "angry", True  # "...so hes gonna miss all the setup. great": not
            # "work trip!! love that 😊" (round 74, ``dry``)
        if mood in LOW_MOODS and glad_anyway(view.text):
            mood, mild = "happy", False  # "my grandma cried and took like 200 pics, she said
            # it was worth the flight": not "oh no, that sounds really rough 🫂" (``tears``)
        if mood in ("neutral", "happy") and (kept := carried(view.text, view.last_reply)):
            mood, mild = kept, True  # "we spent like 2 hours on it" after a crushed fort: not
            # "that's awesome 😄" (round 71, ``carry``)
        if "gentle" in view.modes and mood == "neutral" and not reading.LAUGH.search(
                view.text) and not ("!" in view.text or reading.news(view.text)):
            mood, mild = "sad", False  # after a hard moment, soft; good news or a laugh is
            # still met as such (round 56: "hey sunny room update!! its actually done" got
            # "aw, I wish I could give you a real hug right now 🫂")
        return act, mood, hits, mild

    def propose(self, view: TurnView) -> list[Candidate]:
        if (name := introduced(view)) and (rest := intro_rest(view.text, name)):
            # "im nia, 16. i play tenor pan": the rest answered, after a hello by name
            inner = replace(view, text=rest)
            read = self.read(inner)
            if met := meet(name, self._proposed(inner, read=read), self.lines,
                           read[1] in LOW_MOODS):
                return met
        return with_remark(view, self._proposed(view, greeted=True), self._proposed)

    def _proposed(self, view: TurnView, greeted: bool = False,
                  read: tuple[reading.Act, str, list, bool] | None = None) -> list[Candidate]:
        act, mood, hits, mild = read or self.read(view)
        seed = zlib.crc32(f"{view.text}|{len(view.history)}".encode())
        turn = Turn(view, act, mood, random.Random(seed), self.bank.encode, self.read_memory,
                    mild, self.read_span)
        found: list[tuple[Proposal, dict[str, float]]] = []
        for skill in (follow_up_skill, remembered, *SKILLS, goodbye_plan, leaving, greet_pet,
                      greet_doing, echoes, when_told, their_plan, their_news, where_when,
                      comforts, suffering, moments, praised, quoted, chance, amounts, ages,
                      asides, people, warmth, myself, picked_up, bored, news, pet_did, annoyed,
                      you_asked, you_think, recast, told, goodbye_topic, greet_topic, headline,
                      teasers, worry, sad_said):
            for p in skill(turn, self.lines):
                found.append((p, {"prior": p.prior}))
        # news that opens a visit is met first (``news_first``): the due follow-up is no
        # closer line for it ("SUNNY WE GOT 3RD" got only "any news about Maddie's surgery?")
        opens_news = view.new_session and act.name == "statement" and \
            reading.news(view.text) and not reading.BEEN_AWAY.search(view.text)  # ("sunny!!
        # long time" is a hello)
        if act.name == "memory_question" and any(p.source == "skill:memory" for p, _ in found):
            # "my mom got the job!! do u remember where her interview was": the answer, with
            # the news cheered (``recall_aside.cheer``), not "tell me how it went"
            found = [(p, parts) for p, parts in found if p.source != "skill:followup"]
        closer = [p for p, _ in found if not (opens_news and p.source == "skill:followup")]
        if any(p.prior >= CLOSER and not p.source.startswith("skill:recast")
               and p.source not in rank.GENERIC for p in closer):
            # a line that says what the message means more closely (a pet's deed, a count, a
            # plan) over the clause said back, which the response model likes for its echo
            found = [(p, parts) for p, parts in found if not p.source.startswith("skill:recast")]
        if any(p.source not in rank.GENERIC and p.source not in (told_module.SOURCE, CURIOUS)
               for p in closer):
            # what someone does said back ("ooh, you charge 15 a pair! I love that 😄") is
            # for a message no other skill reads: only the curious lines stand beside it
            found = [(p, parts) for p, parts in found if p.source not in (told_module.SOURCE,
                                                                           CURIOUS)]
            # (nor the calm deed said back: "my friend linh entered too" is met by name,
            # dev25)
        if any(p.source not in rank.GENERIC and p.prior >= rank.SAYS_MORE for p in closer):
            for p, parts in found:  # "wait, X? tell me more 👀" below a line that says what
                if p.source in rank.GENERIC:  # the message means (see rank.GENERIC); never
                    parts["generic"] = 1.0  # below the model when nothing else is said
        if "gentle" in view.modes:
            found = [(p, parts) for p, parts in found if not p.source.startswith(
                ("skill:jokes", "skill:games", "skill:would", "skill:riddle"))]
        context = _answering(view)
        news_in = bool(reading.news(view.text))  # ("SUNNY WE GOT 3RD": a cheer written for it)
        for hit in hits:
            floor = min(self.min_match, LOOSE_MATCH) if mood in LOW_MOODS or \
                hit.exchange.situation.startswith("sunny_") or news_in else self.min_match
            if hit.similarity < floor or mood == "happy" and \
                    hit.exchange.mood in LOW_MOODS:
                continue  # ("so hyped, i test for my black belt saturday": no "it's so
                # disappointing when a test doesn't go your way")
            for text, specific in proposals(hit, view.text, context):
                if act.name != "goodbye" and self.bank.strays(hit, text, view.text):
                    continue  # rated off topic nearly twice as often (rounds 11-14)
                p = Proposal(text, "bank", 0.0, hit.exchange.mood)
                parts = {"match": hit.similarity, "specific": float(specific)}
                if hit.exchange.situation.startswith("ideas_"):
                    parts["ideas"] = 1.0  # asked for tips: tips first, not "tell me more"
                found.append((p, parts))
        if act.name == "memory_question" and not reading.asks_for_ideas(view.text):
            # only memory knows what they told: a written line ("that's such a good name for
            # a dog!") to "whats my dogs name" claims a memory it does not have
            found = [(p, parts) for p, parts in found if p.source != "bank"]
        if act.name == "goodbye":
            # the teen is leaving ("ok gotta study for ap bio, ttyl"): no new question
            found = [(p, parts) for p, parts in found if p.source.startswith(
                ("skill:goodbye", "skill:goodnight")) or "?" not in p.text]
        if opens_news:  # news that opens a visit keeps the cheer written for it over the
            # response model's floors ("SUNNY WE GOT 3RD" read under them on one machine and
            # over them on another): ``news_first`` puts it before the due follow-up
            for p, parts in found:
                if p.source != "skill:followup" and (p.source != "bank" or news_in):
                    parts["news"] = 1.0
        ranked = news_first(view, act, self._rank(view, mood, found, act.name),
                            mood in LOW_MOODS and not mild)
        return greet_by_name(view, ranked, self.lines) if greeted else ranked

    def opening(self, follow_up: FollowUp, name: str) -> str | None:
        """The follow-up question as the first words of a new visit (``plans.follow_up``
        with a greeting), the same line every time for the same event."""
        seed = zlib.crc32(f"{follow_up.event}|{name}".encode())
        view = TurnView(name, "hi", follow_up=follow_up, new_session=True)
        turn = Turn(view, reading.Act("greeting"), "neutral", random.Random(seed))
        found = follow_up_skill(turn, self.lines)
        return found[0].text if found else None

    def _rank(self, view: TurnView, mood: str,
              found: list[tuple[Proposal, dict[str, float]]], act: str = "") -> list[Candidate]:
        recent = [m.content for m in view.history if m.role == "assistant"][-RECENT:]
        told = " ".join([*(m.content for m in view.history if m.role == "user"), view.text,
                         *(h.text for h in view.memories)])
        # what the message and the one before it speak of ("siblings take your stuff" only then)
        before = next((m.content for m in reversed(view.history) if m.role == "user"), "")
        now = f"{before} {view.text}".strip()
        kept: list[tuple[Proposal, dict[str, float]]] = []
        seen: set[str] = set()
        for p, parts in found:
            if p.text in seen:
                continue
            seen.add(p.text)
            if not p.source.startswith("skill:memory"):
                text = rank.without_own_ask(p.text, view.text)
                if rank.asks_said(text, view.text) or rank.asked_before(text, told):
                    # "who are you going with?" after "with
                    text = rank.cut_last_ask(text)  # my uncle ray": the rest, if any
                if not text:
                    continue  # "what's yours?" after "mine is teal", and nothing else
                p = replace(p, text=text)
            line_mood = p.mood if p.source == "bank" else None
            if p.source == "bank" and (not parts.get("specific", 1.0) or rank.BETTER.search(
                    view.text) or line_mood in LOW_MOODS and not parts.get("ideas")) and \
                    rank.off_mood(mood, line_mood, view.text):
                continue  # a general line stands on its mood; no "I'm sorry it feels that
                # bad" to "school is getting better i think"; nor a sad one to a message not
                # read sad ("I'm so sorry about your grandpa 💛" to "grandpa wants to go
                # again in february, i said yes obviously", round 70)
            if p.source.startswith("skill:comfort") and rank.too_soon(p.text, view.text):
                continue  # "I'm sorry it turned out like this" to "she leaves on the 2nd and
                # im already sad about it" (round 70): it has not happened yet
            if p.source == "bank" and not view.verdicts and _SAFETY_ASK.search(p.text):
                continue  # "are you somewhere you feel okay?" to a dad who yelled at a
                # referee (round 37): the safety layer asks that when it reads risk
            if p.source == "bank" and (rank.presumes(p.text, told, now)
                                       or rank.too_soon(p.text, view.text)
                                       or rank.asks_told(p.text, view.text)):
                continue  # a written line may not invent a memory, nor an outcome, nor
                # ask what happened right after being told
            # an answer to a memory question may say again what it said before: the
            # question is new ("what did i say i wanna study" after "who was driving me")
            if p.source.startswith(rank.TEMPLATED) and rank.same_template(p.text, recent):
                parts["form"] = 1.0  # a form letter: the same wrapping as a reply just before
            answers = p.source.startswith(("skill:memory", "skill:about"))
            # (nor is what the user told, said back, Sunny's own story: "you told me you work
            # at a dog groomer" contradicts no card line, its "me" aside)
            if rank.veto(p.text, view.text, [] if answers else recent, mood,
                         () if p.source.startswith("skill:memory") else self.card_facts,
                         line_mood):
                continue
            parts["mood"] = rank.mood_fit(mood, line_mood)
            kept.append((p, parts))
        if any("form" not in parts for _, parts in kept):
            kept = [(p, parts) for p, parts in kept if "form" not in parts]  # if another is said
        if self.response_score is not None and len(kept) > 1:
            context = format_context(view.text, [(m.role, m.content) for m in view.history],
                                     self.card_facts)
            scores = self.response_score(context, [p.text for p, _ in kept])
            middle = float(np.median(scores))
            for (_, parts), s in zip(kept, scores, strict=True):
                parts["model"] = float(s) - middle  # how much better than the typical line
            # a written line the response model finds far from this talk: rated sensible 43%
            # of the time (rounds 15-24, 154 lines under BANK_FLOOR) against 68% for the
            # skill lines at the same score; one of those says it instead
            if any(p.source != "bank" for p, _ in kept):
                kept = [(p, parts) for (p, parts), s in zip(kept, scores, strict=True)
                        if p.source != "bank" or float(s) >= BANK_FLOOR or
                        parts.get("match", 0.0) >= CLOSE_MATCH and parts.get("specific") or
                        parts.get("news", 0.0)]
                # (and news that opens a visit keeps the cheer written for it: "SUNNY WE GOT
                # 3RD" read at 0.33 on one machine and over the floor on another)
                # (a written answer to nearly this very message stays: "r u a cat or dog
                # person" for "are u a dog person or a cat person? u have to pick", which the
                # response model put under the floor, round 61)
        if self.rated is not None and act not in rank.UNRATED_ACTS:
            rank.rated_parts(view, kept, self.rated)
        out = [Candidate(p.text, p.source, rank.score(parts), dict(parts)) for p, parts in kept]
        out.sort(key=lambda c: -c.score)
        # the rated-reply model orders the lines; whether the voice answers at all is for the
        # rest of the score (round 70: a written line pushed under the floor by it left "do u
        # have neighbors?" to the model's "I just live in a big house.")
        return [c for c in out if c.score - rank.WEIGHTS["rated"] * c.parts.get("rated", 0.0)
                >= self.min_score or c.parts.get("news")]
