"""News told: an event the teen says has happened, and being picked for something.

Contract: ``news(turn, lines)`` is a skill (``Voice.propose``). It offers the team's lines
(``skills.json``) filled with the teen's own words:

- an event told as past, with how it went or not yet ("so the con was saturday!!! it was
  the best day of my life", "so the party was saturday!!!"): the event named back, glad
  when it went well ("news_went_best", "news_went_good"), curious when how it went is not
  said yet ("news_went"); one that went badly is left to comfort. Round 26 met the con with
  "Friday, probably! which day do you like most?" and the party with "yay, the weekend's
  here!";
- being picked, chosen or asked for something ("i just got picked to cohost the lunch radio
  show at my school!!", "we got asked to play at a backyard party next month"): what for,
  said back gladly ("news_picked"). Round 26 met the radio show with "a weird lunch day
  happens to everyone".

- chosen by someone ("she asked ME to do all the place cards", "my editor sam picked me for
  it"): who chose, said back with the teen as the one chosen ("news_chose_me").

Questions, and messages in a low mood, get nothing here. Pure functions.
"""

from __future__ import annotations

import re

from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

PRIOR = 0.9  # says what the message means: above a loose written line

_OPEN = r"^(?:(?:ok+|okay|so+|omg+|sunny+|hi+|hey+|guess what|update|well|and|um+)[\s,.!:]+)*"
_DAY = (r"(?:yesterday|last night|today|this morning|tonight|this weekend|last weekend|"
        r"(?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night)?)")
_WENT = re.compile(
    _OPEN + r"(?P<thing>(?:the |my |our )?(?!it\b|that\b|this\b|today\b|yesterday\b|i\b|he\b|"
    r"she\b|we\b|they\b|there\b)[a-z'&-]+(?: [a-z'&-]+){0,2}?(?: (?:at|in) the [a-z'&-]+"
    r"(?: [a-z'&-]+)?)?) (?:was|were|happened) "
    + _DAY + r"\b(?P<rest>.*)$", re.I | re.S)
_BAD = re.compile(r"\b(?:awful|terrible|horrible|bad|badly|sucked|worst|disaster|lost|cried|"
                  r"sad|cancel+ed|called off|ruined|not great|didn'?t go|didnt go|hated|"
                  r"embarrass\w*|mid)\b|😭😭|😢|😞|💔", re.I)
_BEST = re.compile(r"\bbest (?:day|night|weekend|time) (?:of|in) my (?:life|year|entire life)\b",
                   re.I)
_GOOD = re.compile(r"\b(?:amazing|awesome|so fun|super fun|the best|incredible|perfect|great|"
                   r"insane|epic|so good|went well|won|we won|killed it|crushed it|nailed it|"
                   r"loved it|fire)\b|🥳|🎉|😎|🤩", re.I)
_PICKED = re.compile(
    r"\b(?:i|we)\s+(?:just\s+|finally\s+|actually\s+)?(?:got|was|were|have been|'ve been|ve been|"
    r"been)\s+(?P<how>picked|chosen|selected|asked|invited)\s+(?P<what>(?:to|for|as)\s+"
    r"[a-z0-9'& -]{3,60}?)(?=[,.!?;]|\s+(?:lol|and|but|so|rn|omg|ngl|next|this|on|tomorrow|"
    r"tmrw|tonight|today|in \d|its|it's|which|who)\b|\s*$)", re.I)
#: someone else chose the teen: "she asked ME to do all the place cards", "my editor sam picked
#: me for it" (round 35 met them with "wait, Yumi? tell me more 👀")
_CHOSE_ME = re.compile(
    r"\b(?!(?:and|so|but|then|also|ok|lol|omg)\b)(?P<who>she|he|they|(?:my |our )?[a-z]+"
    r"(?: [a-z]+)?)\s+(?:just\s+|actually\s+|"
    r"literally\s+)?(?P<how>picked|chose|asked|invited|nominated|selected)\s+(?:me|ME)\b"
    r"(?:\s+(?P<what>(?:to|for|as)\s+[a-z0-9'& -]{2,60}?))?"
    r"(?=[,.!?;]|\s+(?:lol|and|but|so|rn|omg|ngl|next|this|which|bc|because|its|it's)\b|"
    r"\s*[😭✨🥹😳]|\s*$)")
_NOT_WHO = frozenset("i we it that this who which u you".split())
#: asked or invited is an honour when it is said as one (caps, "!", a big deal) or a coach,
#: teacher or the like asked; "my mom asked me to clean my room" is a chore
_HONOUR = re.compile(r"\bME\b|!|✨|🥹|😭|\b(?:huge|big deal|honou?r|so cool|omg|lowkey|"
                     r"crazy|insane)\b")
_ASKERS = re.compile(r"\b(?:coach|teacher|director|captain|editor|conductor|principal|"
                     r"instructor|mr|mrs|ms|miss|sensei|manager|boss)\b", re.I)
_CHORE = re.compile(r"\b(?:clean|dishes|chores?|trash|laundry|vacuum|homework|stop|leave|"
                    r"quiet|help (?:her|him) with)\b", re.I)
#: where the thing said back may be cut: it keeps its first words ("to play at a backyard
#: party", not "... at my school in the gym")
_CUT = re.compile(r"\s+(?:at|in|with|from|because|bc)\s+", re.I)


def _short(words: str, most: int = 8) -> str:
    out = re.sub(r"(?:\s+(?:for|to|at|in|on|with|the|a|my|our))+$", "",
                 second_person(words.strip()), flags=re.I)
    for found in _CUT.finditer(out):
        if len(out[:found.start()].split()) >= 4 and len(out.split()) > most:
            return out[:found.start()]
    return out if len(out.split()) <= most else ""


def _fill(lines: Lines, key: str, turn: Turn, **fill: str) -> list[Proposal]:
    return lines_for(lines, key, turn, PRIOR, "happy", fill)


def went(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text.strip()
    found = _WENT.match(text)
    if found is None:
        return []
    rest = found.group("rest")
    glad = bool(_GOOD.search(rest))  # "...was saturday and it was actually so fun?? i cleaned
    # like 20 fish tanks": amazement, and a story after it (round 50: "are you excited?")
    if "?" in text and not glad or len(text.split()) > (40 if glad else 25):
        return []
    if _BAD.search(rest) or turn.mood in LOW_MOODS:
        return []  # comfort's to answer
    thing = second_person(found.group("thing").lower())
    if _BEST.search(rest):
        return _fill(lines, "news_went_best", turn, thing=thing)
    if glad:
        return _fill(lines, "news_went_good", turn, thing=thing)
    if len(rest.split()) > 3:
        return []  # a story told after it: the other skills read it
    return _fill(lines, "news_went", turn, thing=thing)


def picked(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    found = _PICKED.search(text)
    if found is None or "?" in text or turn.mood in LOW_MOODS:
        return []
    what = _short(found.group("what"))
    if not what:
        return []
    return _fill(lines, "news_picked", turn, how=found.group("how").lower(), what=what)


def chose_me(turn: Turn, lines: Lines) -> list[Proposal]:
    """"she asked ME to do all the place cards in calligraphy" -> "wait, she asked YOU to do
    all the place cards?! 🥹 that's such an honour"."""
    text = turn.view.text
    found = _CHOSE_ME.search(text)
    if found is None or "?" in text or turn.mood in LOW_MOODS:
        return []
    who = second_person(found.group("who").lower())
    how = found.group("how").lower()
    if who.split()[-1] in _NOT_WHO or _CHORE.search(text):
        return []
    if how in ("asked", "invited") and not (_HONOUR.search(text) or _ASKERS.search(who)):
        return []
    what = found.group("what") or ""
    what = "" if re.fullmatch(r"(?:to|for|as) (?:it|this|that)", what.strip(), re.I) else \
        _short(what)
    key = "news_chose_me" if what else "news_chose_me_plain"
    return _fill(lines, key, turn, who=who, how=how, what=what)


def news(turn: Turn, lines: Lines) -> list[Proposal]:
    return went(turn, lines) or picked(turn, lines) or chose_me(turn, lines)
