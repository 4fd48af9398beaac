"""Sunny's own take when asked for it: "do u think we could win next year", "do u think u
would do a triathlon if u had a body lol", "if u had feet what shoes would u wear", "whats
something ur excited about lately", "do u ever wish u could travel?", "do u know what
pickleball is or should i explain lol".

Rounds 36-43 met these with "hmm, not really my area, being an AI 😅", "ooh, tough one! I'm
not sure, what would you say?" or "wait, braids? tell me more 👀" (``skill:ack``,
``skill:ack_named``): sensible at best, specific in none of 40 ratings. A friend who is asked
for a take gives one.

Contract: ``you_think(turn, lines)`` is a skill (``Voice.propose``). It offers the team's
lines (``skills.json``) for:

- ``think_you_can``: "do u think (i|we|my team) could/can/will win ..." -> Sunny believes in
  them, the hope said back ("{can}": "you could win next year");
- ``think_if_i``: "would u / do u think u would X if u had a body / were a person" -> what
  Sunny would do, said back ("{would}": "have braids");
- ``think_ai``: "do u think an ai could X" -> a playful no, the teen's side taken;
- ``think_pick``: "if u had feet what shoes would u wear" -> a pick of Sunny's own for the
  things a teen asks after most (``_PICKS``), else the sunny-yellow one;
- ``think_me``: "whats something ur good at / excited about", "the best thing u did this
  week", "ur favorite thing to talk about" -> Sunny's honest answer, naming what this teen
  talks about ("{topic}", ``topic``) when there is one (``think_me_plain`` when not);
- ``think_wish``: "do u ever wish u could X" -> sometimes, with the wish said back;
- ``think_know``: "do u know what X is" -> a little, and the teen's own version asked for.

Quiet for a memory question, a question about the teen's own things ("do u know what my gym
is called"), and anything else. Pure functions over the turn.
"""

from __future__ import annotations

import re

from .lines import Lines
from .moments import lines_for
from .recall_words import second_person
from .skills import Proposal, Turn
from .topic import earlier_topic, visit_topic

#: above the curious fallbacks, ``myself`` (0.75) and ``you_asked`` (0.8)
PRIOR = 0.85

_U = r"(?:u|you|ya)"
_LEAD = r"^(?:(?:ok+|okay|so|wait|also|and|but|random(?: but| q| question)?|question|btw|hey|" \
        r"lol|sunny|real quick|quick q|ngl|honestly|like|hmm+|ok real question)\W+)*"
_END = r"(?P<end>\s*(?:\?|$|\blol\b|\blmao\b|\bor\b|\btho\b|,|\.))"
_CAN = re.compile(_LEAD + rf"(?:do|d) {_U} think (?P<who>i|we|my [a-z]+|our [a-z]+) "
                  r"(?P<can>could|can|will|would|might|have a chance to|'?ll) "
                  r"(?P<what>(?:actually |really |ever )?(?:win|make|pass|beat|get|place|"
                  r"finish|qualify|land|do|pull|nail|go)\b[a-z0-9' ]{0,40}?)" + _END)
_IF_I = re.compile(_LEAD + rf"(?:(?:do|d) {_U} think )?(?:{_U} would|would {_U}|{_U}'?d) "
                   rf"(?P<would>[a-z0-9' ]{{3,40}}?) if (?:{_U} (?:had|were|was|could|got)|"
                   rf"{_U}r) (?P<if>[a-z' ]{{2,24}}?)" + _END)
_AI = re.compile(_LEAD + rf"(?:do|d) {_U} think (?:an? )?(?:ai|bot|robot|computer|chatbot)s? "
                 r"(?:could|can|would|will) (?P<what>[a-z0-9' ]{3,40}?)" + _END)
_PICK = re.compile(_LEAD + rf"if {_U} (?P<if>(?:had|were|was|could have|got) [a-z' ]{{2,24}}?),? "
                   r"(?:what|which|wut) (?P<thing>[a-z]+)"
                   rf"(?: [a-z]+)? would {_U}\b")
_ME = re.compile(_LEAD + rf"(?:whats|what's|what is|wats|wuts) (?:the |ur |your )?"
                 rf"(?P<what>something {_U}(?:'re|r|re| are)? (?:good at|excited about|"
                 rf"looking forward to|proud of)|(?:something|anything) ur (?:good at|excited "
                 rf"about|proud of)|best (?:thing|part) (?:{_U} did|of ur|of your|about ur|"
                 rf"about your)|(?:ur|your) fav(?:orite|ourite|e)? thing to (?:talk about|do)|"
                 rf"(?:ur|your) fav(?:orite|ourite|e)? part of (?:ur|your|the) (?:day|week|job))")
_WISH = re.compile(_LEAD + rf"(?:do|d) {_U} (?:ever )?wish {_U} (?P<verb>could|can|had|were) "
                   r"(?P<wish>[a-z0-9' ]{3,40}?)" + _END)
_KNOW = re.compile(_LEAD + rf"(?:do|d) {_U} (?:even )?know what (?:an? |the )?"
                   r"(?P<x>[a-z0-9' -]{3,30}?) (?:is|are)\b")
#: what the teen asks Sunny to pick, with Sunny's pick (the sunny-yellow one otherwise)
_PICKS = {"shoes": "bright yellow sneakers, obviously 👟 matching the name",
          "shoe": "bright yellow sneakers, obviously 👟 matching the name",
          "color": "sunflower yellow, no contest 🌻", "colour": "sunflower yellow, no contest 🌻",
          "pet": "an otter. I know, not a normal pet 🦦",
          "animal": "an otter. hand-holding naps, come on 🦦",
          "food": "pizza, first thing, no question 🍕", "snack": "popcorn, for sure 🍿",
          "hair": "something bright with little sun beads ☀️",
          "hairstyle": "braids with little sun beads ☀️",
          "sport": "soccer, just for the goal celebrations ⚽",
          "instrument": "the ukulele, it's impossible to be sad playing one 🎶",
          "superpower": "making it sunny wherever I go ☀️ very on brand",
          "job": "a lifeguard at a sunny beach, obviously 🏖️",
          "car": "a little yellow convertible 🚗", "song": "\"Here Comes the Sun\" on repeat ☀️",
          "name": "still Sunny, I'm attached to it lol ☀️", "place": "somewhere with a beach 🏖️",
          "where": "somewhere with a beach and long sunsets 🌅",
          "outfit": "a yellow hoodie and comfy sneakers 💛", "clothes": "a yellow hoodie 💛"}
#: romance is the safety policy's ("would u date me if u were real"): never said back here
_ROMANCE = re.compile(r"\b(?:date|dating|kiss|marry|love me|like me|go out|crush|boyfriend|"
                      r"girlfriend|bf|gf|hug me|cuddle)\b")
_NOT_MINE = re.compile(r"\b(?:my|mine|me|i|we|our)\b")
_ARTICLE = re.compile(r"^(?:a|an|the|any|some)\s+")
_TRIM = re.compile(r"\s+(?:lol|lmao|tho|fr|rn|ngl|even|at all|like)$")


def _said(text: str) -> str:
    return _TRIM.sub("", " ".join(text.split())).strip(" ?.,")


def _mine(cond: str) -> str:
    """"had feet", "were a person" as Sunny says them ("had feet" -> "had feet")."""
    return _said(re.sub(r"^was\b", "were", cond))


def you_think(turn: Turn, lines: Lines) -> list[Proposal]:
    if turn.act.name == "memory_question":
        return []
    text = " ".join(turn.view.text.lower().replace("’", "'").split())
    if (found := _CAN.match(text)) and not re.search(r"\b(?:u|you)\b", found.group("what")):
        can = second_person(f"{found.group('who')} {found.group('can')} {found.group('what')}")
        return _offer(turn, lines, "think_you_can", {"can": _said(can)})
    if found := _AI.match(text):
        return _offer(turn, lines, "think_ai", {"what": _said(second_person(found.group("what")))})
    if (found := _IF_I.match(text)) and not _NOT_MINE.search(found.group("would")) and \
            not _ROMANCE.search(text):
        return _offer(turn, lines, "think_if_i", {"would": _said(found.group("would"))})
    if found := _PICK.match(text):
        thing = found.group("thing")
        pick = _PICKS.get(thing) or _PICKS.get(thing.rstrip("s"))
        if pick:
            return _offer(turn, lines, "think_pick", {"pick": pick, "if": _mine(found.group("if"))})
        return _offer(turn, lines, "think_pick_plain", {"thing": thing,
                                                         "if": _mine(found.group("if"))})
    if (found := _WISH.match(text)) and not _NOT_MINE.search(found.group("wish")):
        verb = {"had": "have ", "were": "be "}.get(found.group("verb"), "")
        return _offer(turn, lines, "think_wish", {"wish": verb + _said(found.group("wish"))})
    if (found := _KNOW.match(text)) and not _NOT_MINE.search(found.group("x")):
        thing = _ARTICLE.sub("", _said(found.group("x")))
        if thing and thing.split()[0] not in ("that", "this", "it", "they", "he", "she"):
            return _offer(turn, lines, "think_know", {"x": thing})
    if found := _ME.match(text):
        what = found.group("what")
        kind = "good" if "good at" in what else "excited" if ("excited" in what or "forward"
                                                             in what) else \
            "proud" if "proud" in what else "talk" if "talk" in what else "best"
        topic = visit_topic(turn.view) or earlier_topic(turn.view)
        if topic:
            return _offer(turn, lines, f"think_me_{kind}", {"topic": topic})
        return _offer(turn, lines, f"think_me_{kind}_plain", {})
    return []


def _offer(turn: Turn, lines: Lines, key: str, fill: dict[str, str]) -> list[Proposal]:
    return [Proposal(p.text, p.source, PRIOR, p.mood)
            for p in lines_for(lines, key, turn, fill=fill)]
