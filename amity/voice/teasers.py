"""A teaser a teen opens with, met as one: "guess who got a JOB 😤", "i have a business now
lol", "so i need party help", "i have to tell someone about this cooking class thing",
"2 days til the meet", "packing day".

Contract: ``teasers(turn, lines)`` is a skill (``Voice.propose``). A short message (at most
``MOST`` words, no question but "guess who ...") that announces news without its details
gets the team's lines (``skills.json``: ``teaser_guess``, ``teaser_have``, ``teaser_help``,
``teaser_about``, ``teaser_days``, ``teaser_day``) with the news said back in the second
person ("you got a JOB", "a business now", "party", "the cooking class thing", "the meet",
"packing day"). Rounds 50-61 met these with "wait, JOB? tell me more 👀", "ooh, mission! I
want to hear about that 😊" or "oh interesting, what did you think of it?" (the curious
fallbacks, sensible about half the time). Nothing is offered in a low mood, to a goodbye, or
when the day is the plan due a follow-up (``plans.follow_up`` asks of it in its own words).
Pure functions over the message.
"""

from __future__ import annotations

import re

from .felt import LOW_SAID
from .lines import LOW_MOODS, Lines
from .moments import lines_for
from .plans import told_plan
from .recall_words import second_person
from .skills import Proposal, Turn

#: above the curious fallbacks and a loose written line, below a memory answer
PRIOR = 1.0
MOST = 14
_LEAD = (r"^\W*(?:(?:sunny+|ok+|okay|omg|so+|hey+|hi+|heyy+|yo+|hiya|wait|um+|and|also|"
         r"random but|(?:its|it's|this is) [a-z]+(?: again)?(?=[.!,]))\W+)*")
_TAIL = r"\s*(?:lol|lmao|haha\w*|ngl|fr|tho|rn|now)?\W*$"
_GUESS = re.compile(_LEAD + r"guess (?:who|whos|who's) (?P<what>(?:is |got |just |made |"
                    r"(?:is |s )?(?:officially |finally |gonna |going to )).{2,60}?)" + _TAIL,
                    re.I)
_HAVE = re.compile(_LEAD + r"(?:i have|i got|ive got|i've got|i now have) (?P<what>(?:a|an) "
                   r"(?:new )?(?:business|mission|job|side hustle|plan|idea|dilemma|"
                   r"situation|announcement|confession|problem|project)(?: now)?)" + _TAIL, re.I)
_HELP = re.compile(_LEAD + r"(?:i )?(?:need|needa|could use|want) (?:some |ur |your )?"
                   r"(?P<what>[a-z]+(?: [a-z]+)?) (?:help|advice|ideas)" + _TAIL, re.I)
_ABOUT = re.compile(_LEAD + r"(?:i )?(?:have to|need to|gotta|hafta|wanna|want to) tell "
                    r"(?:someone|somebody|u|you) (?:about|abt) (?P<what>(?:this|my|the|our) "
                    r"[a-z' ]{2,40}?)" + _TAIL, re.I)
_DAYS = re.compile(_LEAD + r"(?P<count>\d{1,2}|two|three|four|five) (?:more )?(?:days?|sleeps) "
                   r"(?:til+|until|till|before|to) (?P<what>(?:the|my|our) [a-z' ]{2,30}?)"
                   + _TAIL, re.I)
_DAY = re.compile(_LEAD + r"(?:(?:its|it's|it is) )?(?:officially )?(?P<what>(?!(?:the|a|my|"
                  r"one|last|first|next|this|every|some|any|whole|long|good|bad|rough|fun|what|how|such|"
                  r"snow|school|sunny)\b)[a-z]+(?: [a-z]+)?) day" + _TAIL, re.I)
_GUESS_SAID = (("is ", "you're "), ("s ", "you're "), ("whos ", "you're "), ("got ", "you got "),
               ("just ", "you just "), ("made ", "you made "))
_BYE = re.compile(r"\b(?:bye+|gtg|gotta go|ttyl|cya|night)\b", re.I)


def _guessed(what: str) -> str:
    for head, said in _GUESS_SAID:
        if what.lower().startswith(head):
            return said + second_person(what[len(head):])
    return "you're " + second_person(what)


def teasers(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    text = " ".join(view.text.split())
    if len(text.split()) > MOST or turn.mood in LOW_MOODS or LOW_SAID.search(text.lower()) or \
            _BYE.search(text) or told_plan(view.follow_up, text) is not None:
        return []
    if (found := _GUESS.match(text)) is not None:
        return lines_for(lines, "teaser_guess", turn, PRIOR,
                         fill={"what": _guessed(found.group("what"))})
    if "?" in text:
        return []
    for pattern, key in ((_HAVE, "teaser_have"), (_HELP, "teaser_help"),
                         (_ABOUT, "teaser_about"), (_DAYS, "teaser_days"), (_DAY, "teaser_day")):
        if (found := pattern.match(text)) is not None:
            fill = {"what": second_person(found.group("what").lower())}
            if key == "teaser_days":
                fill["count"] = found.group("count").lower()
            return lines_for(lines, key, turn, PRIOR, fill=fill)
    return []
