"""A headline a teen opens with, met as one: "sunny!! the drive is over", "SUNNY. adoption
day update", "heyy pet sitting is officially OVER".

Contract: ``headline(turn, lines)`` is a skill (``Voice.propose``). A short message (at most
``MOST`` words) that announces something finished ("X is over / done / finished") or an
update ("X update", "update on X") gets the team's lines (``skills.json``:
``headline_done``, ``headline_update``) with the thing named ("{what}", in the second
person: "the drive", "adoption day update", "update on the zoe thing"). Rounds 44-56 met
these with another plan's follow-up ("so, Tasha's braces! any news?" to "the drive is
over"), "wait, I want the full picture" or a written line about a weekend plan ("SHOW
WEEKEND IS DONE"). Nothing is offered for a question, a low word ("draft #1 of the speech
is done and it is... bad"), a goodbye ("ok my mom says screen time is over, bye"), or when
the thing is the plan due a follow-up (``plans.follow_up`` asks of it in its own words).
Pure functions over the message.
"""

from __future__ import annotations

import re

from .felt import LOW_SAID
from .lines import Lines
from .moments import lines_for
from .plans import told_plan
from .recall_words import second_person
from .skills import Proposal, Turn

#: above the follow-up of another plan (2.0), which ``news_first`` then asks after it
PRIOR = 2.1
MOST = 12
_LEAD = (r"^\W*(?:(?:sunny+|ok+|okay|omg|so|hey+|hi+|hii+|heyy+|yo|guess what|update|"
         r"(?:its|it's|this is) [a-z]+(?: again)?(?=[.!,]))\W+)*")  # ("its zoe. bean update")
_DONE = re.compile(_LEAD + r"(?P<what>(?:the |my |our )?[a-z][a-z' ]{1,30}?) (?:is|are|was|were) "
                   r"(?:officially |finally |actually |all |so |literally )*(?:over|done|"
                   r"finished|complete)\b", re.I)
_UPDATE = re.compile(_LEAD + r"(?:(?:ok|okay|so)\W+)?(?:(?P<what>[a-z][a-z' ]{1,30}?) update\b|"
                     r"update on (?P<on>(?:the |my |our )?[a-z][a-z' ]{1,30}?)\W*$)", re.I)
_NOT_THING = frozenset("it that this everything all i we he she they you u its im school "
                       "today day break screen time ok okay so hey hi sunny omg yo quick big "
                       "small".split())
_BYE = re.compile(r"\b(?:bye+|gtg|gotta go|ttyl|cya|night)\b", re.I)


def headline(turn: Turn, lines: Lines) -> list[Proposal]:
    view = turn.view
    text = view.text
    if "?" in text or len(text.split()) > MOST or LOW_SAID.search(text.lower()) or \
            _BYE.search(text) or told_plan(view.follow_up, text) is not None:
        return []
    low = " ".join(text.lower().split())
    if (done := _DONE.match(low)) is not None:
        key, what = "headline_done", done.group("what")
    elif (update := _UPDATE.match(low)) is not None:
        key, what = "headline_update", f"{update.group('what')} update" if update.group(
            "what") else f"update on {update.group('on')}"
    else:
        return []
    what = re.sub(r"^(?:day \d+ of |a )", "", what.strip())
    if not what or what in _NOT_THING or what.split()[-1] in {"it", "that", "this", "everything"} \
            or what.removesuffix(" update").strip() in _NOT_THING:
        return []
    return lines_for(lines, key, turn, PRIOR, "happy", {"what": second_person(what)})
