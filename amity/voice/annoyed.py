"""An annoyance said back: what is getting on the teen's nerves, named, not "ugh, classic".

Contract: ``annoyed(turn, lines)`` is a skill (``Voice.propose``). When the message says
what annoys the teen ("the annoying thing is our neighbor mr kowalski keeps complaining when
i practice", "my little brother leo whos 9 keeps stealing my headphones to play roblox. so
annoying", "the brakes squeak no matter what i do, its driving me crazy"), it offers the
team's lines (``skills.json``: ``annoyed_at``) with that said back in the second person. In
rounds 24-26 the raters found "ugh, I get it, that's annoying." and "ugh, classic. so
annoying." sensible and almost never specific. A question, a message with no annoyance word,
or one in a sad or scared mood gets nothing here. Pure functions.
"""

from __future__ import annotations

import re

from ..nlp.facts.lexicon import is_first_name
from .lines import Lines
from .moments import lines_for
from .recall_words import second_person
from .skills import Proposal, Turn

PRIOR = 0.9  # says what the message means: above the stock annoyed lines

_ANNOYED = re.compile(r"\bannoy\w*|\bdriving me (?:crazy|nuts|insane|up the wall|bananas)\b|"
                      r"\bgiving me (?:so much |a lot of |)(?:trouble|grief|a hard time)\b|"
                      r"\bget(?:s|ting)? on my nerves\b|\bso irritating\b|😤|😒|🙄", re.I)
_THE_THING_IS = re.compile(r"(?:^|\bthe |[,.!?]\s*|\b(?:ngl|but|and|only|one)\s+)"
                           r"(?:annoying|worst|most annoying) (?:thing|part)(?: is|:|,)? "
                           r"(?:that )?(?P<what>[^.!?;]{6,90})|"
                           r"^(?:\w+ )?annoying (?:tho|though|but)?,? "
                           r"(?P<tho>(?:there'?s|theres|the|my|our|he|she|they) [^.!?;]{6,90})",
                           re.I)
_KEEPS = re.compile(r"\b(?P<who>(?:my|our) (?:little |big |older |younger |baby |step)?[a-z]+"
                    r"(?: (?!whos|who)[a-z]+)?)"
                    r"(?:,? (?:whos|who is|who's) \d+,?|\s*\([^)]{0,14}\))? "
                    r"(?P<keeps>keeps|kept|won'?t stop|always) (?P<doing>[a-z]+(?:ing)?\b"
                    r"[^,.!?;]{0,45})", re.I)
_DRIVING = re.compile(r"(?:^|[,.!?]\s*|\b(?:ugh|ngl|and|but|so)\s+)"
                      r"(?P<what>(?:[a-z]+ing )?(?:the |my |our |this |these )[a-z' ]{3,40}?) "
                      r"(?:is|are|keeps?) (?:driving me (?:crazy|nuts|insane|up the wall)|"
                      r"getting on my nerves|so annoying|giving me (?:so much |a lot of |)"
                      r"(?:trouble|grief|a hard time))", re.I)
#: "ugh so annoying, the tunnel we made collapsed bc the plaster wasnt dry"; "yesterday was
#: so annoying the machine jammed at the game"
_SO_ANNOYING = re.compile(r"\b(?:so annoying|super annoying|im so annoyed|so annoyed)(?:[,:!]+\s*|"
                          r"\s+(?=(?:the|my|our|this|these) ))(?P<what>[^.!?;]{6,80})", re.I)
#: "marcus is kinda annoying he keeps saying hes gonna guess": a name's own doing
_NAME_KEEPS = re.compile(r"\b(?P<name>[a-z]{3,}) is (?:kinda |so |lowkey |literally )?annoying,? "
                         r"(?:he|she|they) (?P<keeps>keeps|kept|won'?t stop|always) "
                         r"(?P<doing>[a-z]+(?:ing)?\b[^,.!?;]{0,45})", re.I)
_TAIL = re.compile(r"(?:\s+(?:lol|lmao|fr|ngl|tho|rn|again|like|so|and|but|😤|😒|🙄|😩))+"
                   r"\s*$", re.I)
_TITLE = re.compile(r"\b(mr|mrs|ms|miss|coach|dr)\.? ([a-z]+)\b")
_NOT_THEM = re.compile(r"\b(?:sad|scared|hurt|cry\w*|miss\w*|lonely|worried|anxious|die|dying|"
                       r"kill\w*|hate myself|bully\w*|hit me|hits me)\b", re.I)


def _named(text: str) -> str:
    """Names and titles said with capitals: "your neighbor Mr Kowalski", "your little
    brother Leo"."""
    text = _TITLE.sub(lambda m: f"{m.group(1).capitalize()} {m.group(2).capitalize()}", text)
    return _KIN_NAME.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}"
                         if is_first_name(m.group(2)) else m.group(0), text)


_KIN_NAME = re.compile(r"\b(brother|sister|cousin|friend|neighbou?r|bff|bestie|boss|manager|"
                       r"teacher|coach|tutor|partner|teammate|classmate|cat|dog) ([a-z]{3,})\b")


def said_back(text: str) -> str | None:
    """What annoys the teen, said back to them ("your little brother Leo keeps stealing
    your headphones to play roblox"), or None."""
    low = text.lower()
    found = _THE_THING_IS.search(low)
    if found:
        what = found.group("what") or found.group("tho")
    elif (name := _NAME_KEEPS.search(low)) is not None and is_first_name(name.group("name")):
        what = f"{name.group('name').capitalize()} {name.group('keeps')} {name.group('doing')}"
    elif (keeps := _KEEPS.search(low)) is not None:
        what = f"{keeps.group('who')} {keeps.group('keeps')} {keeps.group('doing')}"
    elif (driving := _DRIVING.search(low)) is not None:
        what = driving.group("what").strip()
    elif (lead := _SO_ANNOYING.search(low)) is not None:
        what = lead.group("what")
    else:
        return None
    what = re.sub(r"^(?:tho|though|lol|ngl|like)\b,?\s*", "", what.strip())
    what = re.sub(r"\s*\([^)]{0,20}\)", "", what)  # "theo (hes 3) got a cold"
    what = _TAIL.sub("", re.split(r"\s+(?:which|but|so|and then|bc|because)\s+", what)[0])
    if re.search(r"\b(?:sick|a cold|the flu|fever|covid|hospital|surgery)\b", what):
        return None  # "theo got a cold": no one is annoyed at a sick 3 year old
    words = what.split()
    if len(words) > 14 and " and " in what:  # "he huffs at me and pokes me with his quills..."
        what = what.split(" and ")[0]
        words = what.split()
    if not 2 <= len(words) <= 14:
        return None
    return _named(second_person(what.strip(" ,")))


def annoyed(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if "?" in text or not _ANNOYED.search(text) or _NOT_THEM.search(text) or \
            turn.mood in ("sad", "anxious", "lonely", "happy"):
        return []
    what = said_back(text)
    if what is None:
        return []
    return lines_for(lines, "annoyed_at", turn, PRIOR, "angry", {"what": what})
