"""The reply bank: the team's exchanges in Sunny's voice, retrieved by context.

Contract: ``Bank(lines, encode).search(text, last_reply, k)`` returns the ``k`` exchanges
whose teen message is closest to ``text`` (MiniLM cosine), with the similarity of the
exchange's last context line to ``last_reply`` (the companion's previous message) added
with a weight that grows for short messages ("yeah", "idk"), whose meaning is in the
context. ``proposals(hit, text, context)`` turns a hit into candidate lines: its specific and its
general reply, each only when every detail it echoes from its own message ("chem",
"three hours") is in this conversation too (``anchors``), numbers included. Vectors ship in
``data/bank.npz`` (built by ``training/build_voice.py``); when they are missing or stale
they are computed once at load. Knows nothing about users or storage.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from .lines import DATA_DIR, Exchange, Lines

log = logging.getLogger(__name__)

MIN_CONTEXT = 0.35  # how close the companion's last line must be to an exchange's context
STRAY = 0.2  # a reply this much closer to its own message than to this one is off topic

Encode = Callable[[Sequence[str]], np.ndarray]

_WORD = re.compile(r"[a-z0-9']+")
STOP = frozenset("""a an the and or but so to of in on at for with from by as is am are was
were be been do does did have has had will would can could should just really very too
that this these those there here what which who how when where why if then than about like
lot much many some any all get got go going im i'm i've you your you're it it's its my me i
we our they them he she his her ok okay yeah yes no not lol omg ngl tbh fr idk ur u sooo
so oh ugh wow one thing things stuff kinda gonna wanna still even also out up""".split())


def content(text: str) -> set[str]:
    """Content words, lightly stemmed (plural 's' dropped)."""
    words = [w.removesuffix("'s") for w in _WORD.findall(text.lower().replace("’", "'"))]
    return {w[:-3] + "y" if w.endswith("ies") and len(w) > 4 else
            w[:-1] if w.endswith("s") and len(w) > 3 else w
            for w in words if w not in STOP and len(w) > 2 and not w.isdigit()}


_NUMBER = re.compile(r"\d+(?:[.:]\d+)?")


_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_SPELLED = re.compile(rf"\b(?:{'|'.join(_WORDS[2:])})\b", re.I)  # ("one" is rarely a count)


def numbers(text: str) -> set[str]:
    """The numbers a text says, spelled ones as digits ("a 5-0 loss" -> {"5", "0"}, "four
    lawn clients" -> {"4"})."""
    return set(_NUMBER.findall(text)) | {str(_WORDS.index(w.lower()))
                                         for w in _SPELLED.findall(text)}


def anchors(exchange: Exchange, line: str) -> set[str]:
    """The details ``line`` (a reply of ``exchange``) echoes from the exchange's message."""
    return content(line) & content(exchange.user)


@dataclass(frozen=True)
class Hit:
    exchange: Exchange
    similarity: float


def vectors(exchanges: Sequence[Exchange], encode: Encode) -> tuple[np.ndarray, np.ndarray]:
    """The bank's search vectors: each exchange's message, and its last context line (the
    companion's line it answers; a zero row when it has none)."""
    if not exchanges:
        return np.zeros((0, 1), np.float32), np.zeros((0, 1), np.float32)
    last = [e.context[-1].split(":", 1)[-1].strip() if e.context else "" for e in exchanges]
    mask = np.array([[1.0 if t else 0.0] for t in last], np.float32)
    return encode([e.user for e in exchanges]), encode(last) * mask


class Bank:
    def __init__(self, lines: Lines, encode: Encode, data_dir: Path = DATA_DIR) -> None:
        self.exchanges = lines.exchanges
        self.encode = encode
        self.users, self.contexts = self._vectors(data_dir)
        self.answered = np.any(self.contexts != 0, axis=1)  # written as an answer
        self.ideas = np.array([e.situation.startswith("ideas_") for e in self.exchanges], bool)
        self._vecs: dict[str, np.ndarray] = {}  # replies and messages encoded for ``strays``
        self._rows = {e.id: i for i, e in enumerate(self.exchanges)}

    def strays(self, hit: Hit, line: str, text: str) -> bool:
        """``line`` (a reply of ``hit``) is about its own message's subject more than this
        message's: MiniLM puts it at least ``STRAY`` closer to the exchange's message than to
        ``text`` ("cookie dough feels like the right answer" to "cold brew vs iced latte?",
        "it's so annoying when siblings take your stuff" to "my dress is lilac")."""
        if len(self._vecs) > 20_000:
            self._vecs.clear()  # a long-lived server: messages are never read twice
        new = [t for t in (line, text) if t not in self._vecs]
        if new:
            self._vecs.update(zip(new, self.encode(new), strict=True))
        row = self._rows.get(hit.exchange.id)
        own = self.users[row] if row is not None and \
            self.exchanges[row].user == hit.exchange.user else self.encode([hit.exchange.user])[0]
        reply = self._vecs[line]
        return float(reply @ own - reply @ self._vecs[text]) >= STRAY

    def _vectors(self, data_dir: Path) -> tuple[np.ndarray, np.ndarray]:
        path = data_dir / "bank.npz"
        digest = ""
        exchanges = data_dir / "exchanges.jsonl"
        if exchanges.exists():
            digest = hashlib.sha256(exchanges.read_bytes()).hexdigest()[:16]
        if path.exists():
            with np.load(path) as data:
                if str(data["digest"]) == digest and len(data["users"]) == len(self.exchanges):
                    return (data["users"].astype(np.float32),
                            data["contexts"].astype(np.float32))
        log.warning("reply bank vectors are missing or stale; computing them (run "
                    "training/build_voice.py to ship them)")
        return vectors(self.exchanges, self.encode)

    def search(self, text: str, last_reply: str = "", k: int = 8,
               ideas: bool = True) -> list[Hit]:
        """The closest exchanges; one written as an answer to a line of the companion's
        (it has a context) only when that line is like ``last_reply``; tips and ideas
        (``ideas_`` situations) only when ``ideas``."""
        if not self.exchanges:
            return []
        # the companion's name says nothing of the message: "SUNNY WE OPENED" is no
        # "riddle me this sunny"
        plain = " ".join(_NAME.sub(" ", text).split()) or text
        query = self.encode([plain, last_reply or " "])
        if plain == text:
            self._vecs[text] = query[0]  # read again by ``strays``
        sims = self.users @ query[0]
        answered = self.answered
        if last_reply:
            fit = self.contexts @ query[1]
            short = len(text.split()) <= 3
            sims = sims + (0.5 if short else 0.2) * fit
            sims = np.where(answered & (fit < MIN_CONTEXT), -1.0, sims)
        else:
            sims = np.where(answered, -1.0, sims)
        if not ideas:
            sims = np.where(self.ideas, -1.0, sims)
        top = np.argsort(-sims)[:k]
        return [Hit(self.exchanges[i], float(sims[i])) for i in top if sims[i] > -1.0]


_NAME = re.compile(r"\bsunny\b", re.I)
NEGATION = re.compile(r"\b(not|no|never|didn'?t|don'?t|doesn'?t|can'?t|won'?t|isn'?t|wasn'?t|"
                      r"aren'?t|haven'?t|nobody|nothing|failed|lost)\b", re.I)
CORRECTION = re.compile(r"\b(no|nope|not|actually|wrong|i said|i meant|it was)\b", re.I)


def same_polarity(a: str, b: str) -> bool:
    """Both messages negated, or neither ("i made it" / "i didn't make it" are not)."""
    return bool(NEGATION.search(a)) == bool(NEGATION.search(b))


#: a question put to the companion: "can you get mad at me", "r u ever bored"
_HAPPY_BDAY = re.compile(r"\bhappy (?:\w+ )?(?:birthday|bday)\b", re.I)
#: someone else's birthday: "my moms birthday", "her bday", "jays birthday"
_THEIR_BDAY = re.compile(r"\b(?:his|her|their|(?!my\b)[a-z]+(?:'s|s))\s+(?:birthday|bday)\b", re.I)
_AHEAD = re.compile(r"\b(?:next|this|on) (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|"
                    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day the \d|\btomorrow\b|\btmrw\b|"
                    r"\bin \d+ days\b|\bnext week\b", re.I)
#: the message asks how Sunny is
_HOW_ARE_YOU = re.compile(r"\bhow (?:are|r|is|have|has|was|u|you)\b|\bhow'?s (?:it going|life|"
                          r"ur|your|sunny)\b|\b(?:you|u) (?:doing|doin|good|ok|okay|alright)\b|"
                          r"\b(?:hbu|wbu|wyd|sup|wassup|whats up|what's up|how u)\b", re.I)
ASKS_YOU = re.compile(r"\b(?:can|could|do|does|did|are|r|will|would|have|were|is) (?:you|u|ur)\b"
                      r"(?! (?:serious|kidding|joking)\b)|"
                      r"\b(?:you|u) ever\b|\?.*\b(?:you|u|ur|your)\b|"
                      r"\b(?:you|u|ur|your)\b[^.!]*\?|"
                      # "who made you", "yo who made this" (the app): not "I MADE IT"
                      r"\b(?:ur|your) (?:fav\w*|favou?rite)\b|"
                      r"^\W*(?:\w+\W+)?(?:who|what|whats|what's|where|why|how|hows|how's|"
                      r"which)\b[^.!]*"
                      r"(?:\b(?:you|u|ur)\b|\bthis\W*$)", re.I)
_YOU = re.compile(r"\b(?:you|u|ur|your|yours|youre|you're)\b", re.I)


#: a question of what Sunny itself feels or does: "do u get bored too", "do u ever sleep"
_YOUR_LIFE = re.compile(r"^\W*(?:\w+\W+)?(?:do|did|does|have|are|r) (?:u|you) (?:ever |even |"
                        r"also |actually )?(?:get|feel|sleep|eat|dream|miss|have (?:a|any) "
                        r"(?:fav|favorite|favourite)|like)\b", re.I)


def asks_companion(a: str, b: str) -> bool:
    """Whether ``a`` puts a question to the companion and ``b`` does not speak to it at all
    ("can you get mad at me" / "sunny im so mad rn"): the answer to ``a`` is about the
    companion, which ``b`` did not ask about."""
    return bool(ASKS_YOU.search(a)) and not _YOU.search(b)


_BECAUSE = re.compile(r"\W*(?:because|cause|cuz|bc)\b", re.I)
_WHY = re.compile(r"\bwhy\b|\bhow come\b|\?", re.I)


_LATE_LINE = re.compile(r"\bnight owl|\blate[- ]night\b|\b(?:so|this|up) late\b|\bquiet nights?\b"
                        r"|🌙", re.I)
_LATE_SAID = re.compile(r"\b(?:late|night|tonight|midnight|sleep|asleep|awake|insomnia|bed|"
                        r"[1-4] ?am)\b", re.I)


#: what a teen does, which a line may only name when this conversation does
_ACTIVITY = re.compile(r"\b(?:singing|sing|dancing|dance|soccer|basketball|football|swimming|swim|"
                       r"piano|guitar|violin|drums|drawing|painting|baking|cooking|gaming|chess|"
                       r"volleyball|tennis|hockey|theater|theatre|acting|choir|softball|baseball|"
                       r"coding|robotics|skating|skateboarding|gymnastics|cheer|wrestling|lacrosse)\b")


#: a misfortune an exchange was written for, which this conversation must have told too
_MISHAP = re.compile(r"\b(?:sick|ill|cancel+ed|cancels|flu|covid|fever|broke|broken|lost|died|"
                     r"passed away|hurt|injured|failed|dumped|ghosted|grounded|fired|stolen|"
                     r"crashed|hospital)\b", re.I)


#: an exchange that asks for advice ("whats a good gift for...", "how do i...", "any tips")
_ADVICE = re.compile(r"\b(?:what(?:'?s| is| are)? (?:a |some )?(?:good|best|fun|easy|cute|cool)|"
                     r"what should (?:i|we)|any (?:ideas|tips|advice|recs|recommendations)|"
                     r"(?:can|could) (?:you|u) (?:recommend|suggest|give me)|recommend|suggest|"
                     r"help me (?:pick|choose|think)|how (?:do|can|should) i)\b", re.I)
#: a message that asks something (or for help) itself
_ASKING = re.compile(r"\b(?:what|how|should|which|any|ideas?|tips|help|advice|recommend|"
                     r"suggest|idk what|no idea what)\b", re.I)
_ANSWER_LINE = re.compile(r"(?:good|great|nice|solid|fun) (?:answer|pick|choice)\b", re.I)


_NIGHT_LINE = re.compile(r"\W*(?:good ?night|night|sleep (?:well|tight)|sweet dreams|nighty)\b",
                         re.I)
_BEDTIME_SAID = re.compile(r"\b(?:good ?night|g'?night|gn|nite|nighty|bed|sleep\w*|tired|nap|"
                           r"exhausted)\b|^\W*(?:ok\s+|okay\s+)?night\b|"
                           r"\bnight (?:sunny|all|everyone)\b")


def proposals(hit: Hit, text: str, context: str) -> list[tuple[str, bool]]:
    """(line, is_specific) pairs a hit offers for this message: each line only when every
    detail it echoes from its own message is in this conversation too (and no activity it
    names, "singing", that the conversation never did), none when one of
    the two messages is negated and the other is not ("i made the team" / "i didn't make
    the team"), none when the exchange asked the companion about itself and this message
    does not speak to it, none that gives a reason ("because...") to what asks none, and a
    line that thanks for a correction only after a correction."""
    if not same_polarity(text, hit.exchange.user) or asks_companion(hit.exchange.user, text):
        return []
    if _YOUR_LIFE.search(text) and not _YOU.search(hit.exchange.user):
        return []  # "do u get bored too or nah" asks of Sunny: not "boredom, let's fix that!"
        # (written for "im bored"; round 50)
    if hit.exchange.situation.startswith("sunny_") and not ASKS_YOU.search(text):
        return []  # Sunny's own pick ("popcorn! ... what's your go-to snack?") answers "fav
        # snack?" put to it, not "her favorite snack is frozen peas"
    if _ADVICE.search(hit.exchange.user) and not ("?" in text or _ASKING.search(text)):
        return []  # gift ideas answer "what should i get her", not "i made her a card"
    if _MISHAP.search(hit.exchange.user) and not _MISHAP.search(f"{text} {context}"):
        return []  # written for a friend who cancelled sick: not for "shes kinda shy tho"
    if "correct" in hit.exchange.situation and not CORRECTION.search(text):
        return []
    if _HAPPY_BDAY.search(f"{hit.exchange.reply} {hit.exchange.general}") and (
            _THEIR_BDAY.search(text) or _AHEAD.search(text)):
        return []  # "happy birthday!! I hope today is amazing" to "its for my moms birthday,
        # friday the 14th" (round 63): someone else's, and days away
    if hit.exchange.situation == "how_are_you" and not _HOW_ARE_YOU.search(text):
        return []  # "good! want me to fix the boredom with a game?" answers "how are u im
        # bored", not "do u get bored too or nah" (round 50)
    have = content(f"{text} {context}")
    said = numbers(f"{text} {context}")
    out = []
    for line, specific in ((hit.exchange.reply, True), (hit.exchange.general, False)):
        if _ANSWER_LINE.match(line) and "?" not in context:
            continue  # "good answer! how did you first get into it?": only after a question
        if not numbers(line) & numbers(hit.exchange.user) <= said:
            continue  # "a 42 on math really hurts", "a 5-0 loss": its own message's numbers
        if _BECAUSE.match(line) and not _WHY.search(text):
            continue  # "because golden retrievers are fluffy..." answers "why waffles", not
            # "WAFFLES CAME OUT AND SAT ON MY HAND"
        if _NIGHT_LINE.match(line) and not _BEDTIME_SAID.search(text.lower()):
            continue  # "night! get some good rest" to "working new years eve skate night, 6 to
            # midnight" (round 68): a goodnight only to one who goes to bed
        if _LATE_LINE.search(line) and not _LATE_SAID.search(f"{text} {context}"):
            continue  # "hey night owl!" to "hiii sorry ive been busy" at four in the afternoon
        if any(not any(h.startswith(w[:4]) for h in have) for w in _ACTIVITY.findall(
                line.lower())):
            continue  # "such great singing news!" to a cellist: an activity never spoken of
        needed = anchors(hit.exchange, line)
        if all(any(_same_word(a, h) for h in have) for a in needed):
            out.append((line, specific and bool(needed)))
    return out


def _same_word(a: str, b: str) -> bool:
    """One word told two ways ("practice" / "practicing", "costume" / "costumes"): the same
    first five letters, and neither runs on past them by more than five ("ghost" is no
    "ghostbuster")."""
    short, other = sorted((a, b), key=len)
    if a[:5] != b[:5] and not (len(short) < 5 and other.startswith(short) and
                               short not in STOP_WORDS):
        return False  # ("chem" / "chemistry", not "she" / "shelly": round 58's turtle Shelly)
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                  min(len(a), len(b)))
    return max(len(a), len(b)) - shared <= 5
