"""Moments: the small turns of a chat that a friend answers in kind, not with "tell me more".

Contract: ``moments(turn, lines)`` is a skill (``skills.SKILLS``). For a few shapes of
message it offers lines the team wrote (``skills.json``, keys ``moment_*``):

- a filler ("ok cool", "anyway", "ok thats all") and "do u think im right??": a light
  reply ("moment_filler", "moment_thats_all", "moment_right");
- good news a word of tears or pain hides ("nia and i made up!!", "happy crying"): glad
  ("moment_good_news");
- news announced but not told yet ("ok so much happened", "ok so guess what", "ok so
  regionals happened", "sunny im alive"): ready to hear it ("moment_spill");
- a wish to vent or to ask for advice ("i need to vent a lil", "i need advice and u have to
  promise not to laugh"): yes, and the promise made ("moment_vent", "moment_advice",
  "moment_no_laugh");
- Sunny called by name alone ("sunny!!", "ugh sunny"): here, and what is up
  ("moment_called", "moment_called_ugh");
- the step that was waited for, told bare ("okay so. i asked him."): and?? what did he say
  ("moment_and");
- "is that weird?" about what they just said: no, it is not ("moment_not_weird");
- "should i say something or just let it go": a pick, the one they lean to when they said
  which ("moment_pick");
- progress toward a goal ("i've got $54 saved. getting close", "it's down to 3 min now"):
  cheered on ("moment_progress");
- something they are working at ("im learning clair de lune", "we're making a comic"):
  named back with a question about it ("moment_doing", "moment_saving");
- something they are going to do ("were gonna watch stranger things from the start"):
  named back gladly ("moment_going");
- a name given ("we named the robot gerald lol", "i named him peanut"): loved
  ("moment_named");
- a small annoyance ("ok apparently i need to iron a shirt 😩", "who mops a freezer"):
  groaned with ("moment_groan").

A shape answers only in a mood it fits: no "not weird at all!" to worry about a body, no
groan at sadness. Pure functions over the turn; knows nothing about models or storage.
"""

from __future__ import annotations

import re

from . import reading
from .lines import LOW_MOODS, Lines
from .recall_words import second_person
from .skills import Proposal, Turn, pick

PRIOR = 0.75  # like an echo: above a loose bank match and the fallback

_OPEN = r"^(?:(?:ok+|okay|so+|hi+|hiya|heya|hey+|heyy+|um+|omg|sunny+|and|alright)[\s,.!]+)*"
_SPILL = re.compile(
    _OPEN + r"(?:(?:i have|i got|ive got|i've got) (?:so much|something|news|tea)\b|"
    r"so (?:much|many things) happened|guess what|(?:big |huge )?(?:news|update|tea)\b|"
    r"update on\b|about that\b|(?:i )?survived\b|im alive\b|i'?m alive\b|"
    r"i need to tell (?:someone|somebody|you|u)\b|"
    r"(?:the |my )?[\w' ]{2,30} happened[.!]*$|i did (?:something|a thing)\b)|"
    r"^(?:ok+|okay|sunny)?[\s,.]*so[\s,.]+(?:the|my|about the|about my) \w+(?: \w+)?[.!]*$",
    re.I)  # "ok so the tournament"
_VENT = re.compile(r"\b(?:i need to|can i|lemme|let me|gotta|i wanna|i want to) (?:vent|rant)\b",
                   re.I)
_ADVICE = re.compile(r"\b(?:i need|need some|can i (?:get|ask)(?: u| you)? (?:for )?|"
                     r"i want|wanna ask (?:u|you) for) (?:ur |your |some )?advice\b", re.I)
_NO_LAUGH = re.compile(r"\b(?:promise|swear) (?:not|u won'?t|you won'?t) (?:to )?laugh", re.I)
_CALLED = re.compile(r"^(?:(?P<ugh>ugh+|omg|bro+|help+|sos)\s+)?sunny+[\s!?.,]*"
                     r"(?P<help>help+(?: me)?(?: pls| please)?[\s!?.]*)?(?:😭|😩|😤|🙄|💀|👋|\s)*$",
                     re.I)
_AND = re.compile(r"^(?:ok+|okay|so+|um+|well)?[\s,.]*(?:so[\s,.]+)?(?:i|we) (?:finally )?"
                  r"(?:asked|told|texted|called|dmed|did it|said it|sent it)"
                  r"(?: (?P<who>him|her|them|it))?[\s.!]*$", re.I)
_WEIRD = re.compile(r"\b(?:is|isn'?t) (?:that|this|it) (?:too |so |kinda |really )?(?:weird|cringe|"
                    r"dumb|stupid|much|embarrassing|mean|rude|petty|selfish|bad)\b|"
                    r"\bis (?:that|this|it) (?:\w+ )?or (?:weird|cringe|too much|dumb)\b|"
                    r"\bam i (?:weird|overthinking|"
                    r"being dramatic|overreacting|crazy)\b", re.I)
#: what they would do is what they ask about: "is it bad if i make a joke about his karaoke"
_MY_DOING = re.compile(r"\bis (?:it|that) (?:bad|mean|rude|weird|dumb|cringe) (?:if|to) (?:i|we)\b",
                       re.I)
#: the feeling itself is what they ask about
_FEELING = re.compile(r"\b(?:that|if) (?:i'?m|im|i am|i feel|i got|i was) (?:\w+ )?(?:upset|sad|"
                      r"mad|hurt|jealous|annoyed|bothered|crying|cried)\b", re.I)
#: a worry about a body or a pet is no "that's not weird!" (``echo.worry`` answers it)
_WORRY = re.compile(r"\b(?:hurt\w*|pain|bleed\w*|sick|vomit\w*|throw\w* up|rash|swollen|"
                    r"lump|dizzy|faint\w*|eat\w*|ate|poop\w*|breath\w*|fever|cough\w*|"
                    r"period|pill\w*|meds|medicine|drunk|vape|vaping|weed|dying)\b", re.I)
_SHOULD = re.compile(r"\b(?:should i|i should) (?P<a>[^?.!,]{2,40}?) or "
                     r"(?P<b>[^?.!,]{2,40}?)\s*(?:\?|$)", re.I)
_PROGRESS = re.compile(r"\b(?:so close|getting close|getting there|almost there|halfway "
                       r"(?:there|done)|down to \d|up to \d|\d+ (?:more|left) to go)\b", re.I)
_DOING = re.compile(
    r"\b(?:im|i'm|i am|we're|were|we are|ive been|i've been|i started|we started|"
    r"(?:me and|and i|and me) \w+ (?:are|r))\s+(?P<verb>learning|practicing|practising|making|"
    r"building|writing|drawing|painting|knitting|baking|coding|training for|working on|"
    r"saving (?:up )?for|reading|watching|rewatching|studying for|planning)\s+"
    r"(?P<thing>[\w' -]{3,40}?)(?=[,.!?;]|\s+(?:bc|because|which|but|and|so|with|at|for|"
    r"together|rn|tho|lol|lowkey)\b|\s*$)", re.I)
_GOING = re.compile(
    r"\b(?:gonna|going to|wanna|want to|planning to|plan to)\s+(?P<verb>watch|rewatch|play|"
    r"make|build|learn|try|bake|cook|draw|paint|see|visit|start|join|binge|film|write)\s+"
    r"(?P<thing>[\w' -]{3,40}?)(?=[,.!?;]|\s+(?:bc|because|which|but|and|so|with|at|for|"
    r"together|rn|tho|lol|lowkey|tonight|tomorrow|tmrw|this|next|on|after)\b|\s*[^\w\s']|\s*$)",
    re.I)
_GROAN = re.compile(r"😩|🙄|😤|\bugh+\b|\bsmh\b|\bapparently i (?:have|need|gotta)\b|"
                    r"\b(?:cant|can't|have to|has to|gotta|made me|makes me|makes my|keeps?)\b"
                    r".*😭|"
                    r"\bwho (?:\w+s) an?\b|\blike why\b|\bwhy do i have to\b|\bso annoying\b",
                    re.I)
#: "😤" said proudly: "top 50 baby 😤", "i caught a 3.8 pound largemouth!!! biggest fish 😤"
_PROUD = re.compile(r"!!|\b(?:baby|biggest|best|won|beat|caught|made|nailed|crushed|finally|"
                    r"top \d+|record|pr|personal best|first place|1st)\b", re.I)
_THINGS = re.compile(r"^(?:it|that|this|them|stuff|things|something|nothing|him|her)\b|"
                     r"\b(?:thing|things|stuff|everything|something)$", re.I)


def told_calmly(turn: Turn, angry_too: bool = False) -> bool:
    """Whether the turn is a statement, no question, in a mood that is not low (nor angry,
    unless ``angry_too``): what the skills that meet news with pride, a laugh or excitement
    ask first (``praised``, ``quoted``, ``chance``)."""
    text = turn.view.text
    return "?" not in text and not reading.QUESTION.search(text.lower()) and \
        turn.mood not in LOW_MOODS and (angry_too or turn.mood != "angry") and \
        turn.act.name == "statement"


def lines_for(lines: Lines, key: str, turn: Turn, prior: float = PRIOR, mood: str | None = None,
           fill: dict[str, str] | None = None) -> list[Proposal]:
    out = []
    for t in pick(lines.get(key), turn.rng, 3):
        for name, value in (fill or {}).items():
            t = t.replace("{" + name + "}", value)
        out.append(Proposal(t, f"skill:{key}", prior, mood))
    return out


_FILLER = re.compile(r"^(?:(?:ok+|okay|k+|cool|bet|anyway?s?|alright|fair|true|lol|haha\w*|"
                     r"ya+|yeah+|yep|nice|same|fr|mhm|hm+|oh|ah)[\s,.!]*){1,3}$", re.I)
_ALL = re.compile(r"^(?:ok+|okay|anyway?s?)?[\s,.]*(?:that'?s|thats) (?:all|it)\b", re.I)
_RIGHT = re.compile(r"\b(?:do|d) (?:u|you) think (?:im|i'm|i am|i was) right\b|"
                    r"\bam i right\b", re.I)


def filler(turn: Turn, lines: Lines) -> list[Proposal]:
    """"ok cool", "anyway", "ok thats all, just wanted to tell someone": a light reply,
    no new question to answer."""
    text = turn.view.text.strip()
    if _ALL.match(text):
        return lines_for(lines, "moment_thats_all", turn)
    if _FILLER.match(text) and turn.mood not in LOW_MOODS:
        return lines_for(lines, "moment_filler", turn)
    if _RIGHT.search(text) and turn.mood not in LOW_MOODS:
        return lines_for(lines, "moment_right", turn)
    return []


def good_news(turn: Turn, lines: Lines) -> list[Proposal]:
    """"nia and i made up!!", "happy crying", "my braces dont hurt anymore": glad, before a
    written line that reads the tears or the pain."""
    if not reading.GOOD_NEWS.search(turn.view.text) or turn.mood != "happy":
        return []
    return lines_for(lines, "moment_good_news", turn, mood="happy")


def spill(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text.strip()
    if len(text.split()) > 16:
        return []
    if _VENT.search(text):
        return lines_for(lines, "moment_vent", turn, PRIOR + 0.2)
    if _NO_LAUGH.search(text):
        return lines_for(lines, "moment_no_laugh", turn, PRIOR + 0.2)
    if _ADVICE.search(text):
        return lines_for(lines, "moment_advice", turn, PRIOR + 0.2)
    called = _CALLED.match(text)
    if called:
        key = "moment_called_ugh" if called.group("ugh") or called.group("help") or \
            turn.mood in LOW_MOODS else \
            "moment_called"
        return lines_for(lines, key, turn, PRIOR + 0.2)
    if turn.mood in LOW_MOODS:
        return []
    told = _AND.match(text)
    if told:
        who = (told.group("who") or "them").lower()
        said = {"him": "he", "her": "she", "them": "they", "it": "they"}[who]
        return lines_for(lines, "moment_and", turn, PRIOR + 0.2, fill={"who": said})
    if _SPILL.search(text):
        return lines_for(lines, "moment_spill", turn, PRIOR + 0.1)
    return []


def not_weird(turn: Turn, lines: Lines) -> list[Proposal]:
    text = turn.view.text
    if not _WEIRD.search(text) or _WORRY.search(text) or \
            turn.mood in ("sad", "lonely") and not _FEELING.search(text) and \
            not _MY_DOING.search(text):
        return []  # "is it dumb that im upset about this" is asked low, and answered
    return lines_for(lines, "moment_not_weird", turn, PRIOR + 0.2)


def _option(text: str) -> str:
    text = re.sub(r"^(?:just|like|maybe|should i)\s+", "", text.strip(), flags=re.I)
    return second_person(text)


def lean_of(text: str) -> str | None:
    """"should i do it sitting or standing? standing feels more legit": the option they
    lean to (said again after the question), else the first, said back as "do it standing"
    (the second option, one word, swaps the first's last: "sitting" -> "standing"); None
    without two options or when the pick would be a worry or a bare "it"."""
    found = _SHOULD.search(text)
    if found is None:
        return None
    a, b = found.group("a").strip(), found.group("b").strip()
    if len(b.split()) == 1 and len(a.split()) > 1:
        b = " ".join([*a.split()[:-1], b])  # "do it sitting or standing"
    after = text[found.end():].lower()
    lean = b if b.split()[-1].lower() in after else a
    if _WORRY.search(lean) or _THINGS.search(lean) and len(lean.split()) == 1:
        return None
    return _option(lean)


def choice(turn: Turn, lines: Lines) -> list[Proposal]:
    """"should i say something or just let it go": a pick (``lean_of``)."""
    text = turn.view.text
    if turn.mood in ("sad", "lonely") and not _ASKED.search(text) or \
            (lean := lean_of(text)) is None:
        return []  # low and not asked outright: comfort first
    return lines_for(lines, "moment_pick", turn, PRIOR + 0.3, fill={"pick": lean})


#: a view asked outright: "do u think i should say sorry or just let it go"
_ASKED = re.compile(r"\b(?:should i|do (?:u|you) think|what would (?:u|you) do)\b", re.I)


def progress(turn: Turn, lines: Lines) -> list[Proposal]:
    if not _PROGRESS.search(turn.view.text) or turn.mood in LOW_MOODS:
        return []
    return lines_for(lines, "moment_progress", turn, mood="happy")


#: what may not start the thing named back: "baking to not be bored", "gonna try tomorrow"
_NOT_DOING = re.compile(r"(?:to|with|at|for|in|on|about|so|like)\b", re.I)
_NOT_GOING = re.compile(r"(?:to|with|at|for|in|on|about|so|like|a lot|more|again|up|out|"
                        r"tomorrow|tonight|today|later|now|soon)\b", re.I)


def _thing(found: re.Match[str], not_first: re.Pattern[str]) -> str | None:
    """The thing a ``_DOING`` or ``_GOING`` match names, in the second person; None when it
    names nothing ("it", "the whole thing"), is long, or starts with ``not_first``."""
    thing = " ".join(found.group("thing").split())
    if _THINGS.search(thing) or len(thing.split()) > 6 or not_first.match(thing):
        return None
    return second_person(thing)


#: a sum still needed for a thing: "i need 120 for a drawing tablet" (round 75: "ooh, drawing
#: tablet! I want to hear about that 😊")
_NEED_FOR = re.compile(r"\bi (?:still )?need (?:like |about |another |only )?[$£€]?\d+"
                       r"(?:\.\d\d)?(?: more)?(?: dollars| bucks)? (?:more )?"
                       r"(?P<verb>for|to (?:buy|get|afford))\s+(?P<thing>[\w' -]{3,40}?)"
                       r"(?=[,.!?;]|\s+(?:bc|because|which|but|and|so|lol|tho|rn)\b|\s*$)", re.I)


def doing(turn: Turn, lines: Lines) -> list[Proposal]:
    """"im learning clair de lune which is lowkey way too hard": "ooh, clair de lune! ..."."""
    found = _DOING.search(turn.view.text) or _NEED_FOR.search(turn.view.text)
    if found is None or turn.mood in ("sad", "lonely", "angry"):
        return []
    thing = _thing(found, _NOT_DOING)
    if thing is None:
        return []  # "i started baking to not be bored": no thing named
    verb = found.group("verb").lower()
    key = "moment_saving" if verb.startswith("saving") else "moment_need_for" if \
        verb.startswith(("for", "to ")) else "moment_doing"  # (the sum is told: no "how much
    # more do you need?")
    return lines_for(lines, key, turn, fill={"thing": thing})


_STOP = (r"lol|lmao|haha\w*|bc|because|after|for|from|at|on|in|with|yesterday|today|dont|"
         r"don't|and|tho|but|so|like|which|who|whos|who's|"
         r"hes|shes|its|it's|he|she|is|was|when|where|whenever|if|cuz|that|they|theyre|we|i")
_NAMED = re.compile(r"(?:\b(?:we|i|my \w+) (?:named|called|name|call) (?:him|her|it|them|"
                    r"(?:the|our|my|his|her|their) \w+)|"
                    r"\b(?:we're|were|we are|it's|its|it is) called|"
                    r"\b(?<!kid )(?<!guy )(?<!girl )(?<!boy )(?<!person )(?<!man )(?<!lady )"
                    r"(?<!dude )(?<!teacher )(?<!friend )(?<!woman )(?:named|called)(?! after\b)"
                    r"(?! me\b)(?! my\b)(?! him\b)(?! her\b)(?! them\b)(?! us\b)) "
                    r"(?P<name>[a-z][\w'-]{1,20}"
                    rf"(?: (?!(?:{_STOP})\b)[a-z][\w'-]{{1,20}}){{0,2}})\s*"
                    rf"(?=$|[,.!?]|\s+(?:{_STOP})\b|\s*[^\w\s'])|"
                    r"\b(?:his|her|its|their) name is (?P<is>[a-z][\w'-]{1,20})\b", re.I)
#: a person's name is no name to love ("this girl in band named harper"), nor one the
#: teen thinks little of ("called bean there 🙄 the name is so cringe")
_PERSON = re.compile(r"\b(?:girl|guy|boy|kid|person|friend|teacher|man|woman|lady|dude|coach|"
                     r"manager|cousin|someone|somebody|page|student|classmate|worker|player|"
                     r"neighbou?r|tutor|sub|substitute)s?\b", re.I)
_JUDGED = re.compile(r"\b(?:cringe|dumb|stupid|ugly|terrible|awful|weird|embarrassing)\b",
                     re.I)
#: "his name is pickles" is loved for a pet or a thing, not for a person ("trevor")
_PET = re.compile(r"\b(?:dog|puppy|pup|cat|kitten|kitty|hamster|bunny|rabbit|lizard|gecko|"
                  r"dragon|fish|goldfish|bird|parrot|corgi|horse|pony|turtle|snake|guinea pig|"
                  r"ferret|rat|mouse|chicken|duck|frog|axolotl|robot|car|plant)s?\b", re.I)
_ASKED_NAME = re.compile(r"\b(?:what|whats|what's|which|who)\b[^.!]*\b(?:name|named|call|called)\b|"
                         r"\b(?:name|named|called)\b[^.!]*\?", re.I)
_NOT_NAME = frozenset("that this it him her them after for because bc like the a an".split())
#: a claim called out, no name: "i called top bunk FIRST", "called shotgun", "called dibs"
_DIBS = re.compile(r"\bcalled (?:top bunk|bottom bunk|shotgun|dibs|first|front seat|window seat|"
                   r"it|next|the (?:top|front|window|last)\b)", re.I)


def named(turn: Turn, lines: Lines) -> list[Proposal]:
    """"we named the robot gerald lol dont ask", "i named him peanut": the name loved."""
    text = turn.view.text
    found = _NAMED.search(text)
    if found is None or turn.mood in LOW_MOODS or _ASKED_NAME.search(text):
        return []  # (not "what did i name my new lure again": "Lure Again? good name")
    name = found.group("name") or found.group("is")
    before = text[max(0, found.start() - 40):found.start()]
    if name.split()[0].lower() in _NOT_NAME or re.search(r"\b(?:not|no)\b", text, re.I) or (
            found.group("is") and not _PET.search(text)) or (
            _PERSON.search(before) and not _PET.search(before)) or \
            _JUDGED.search(text) or _DIBS.search(text):
        return []  # "wait no her name is maya not maria": a correction, no new name; "i called
        # top bunk FIRST" (round 76: "Top Bunk First? that's such a good name lol")
    return lines_for(lines, "moment_named", turn, PRIOR + 0.2,
                  fill={"name": " ".join(w.capitalize() for w in name.split())})


def going(turn: Turn, lines: Lines) -> list[Proposal]:
    """"were gonna watch stranger things from the start": the plan named back, gladly."""
    found = _GOING.search(turn.view.text)
    if found is None or turn.mood in LOW_MOODS or turn.act.name == "goodbye":
        return []
    thing = _thing(found, _NOT_GOING)
    if thing is None:
        return []
    return lines_for(lines, "moment_going", turn, fill={"thing": thing})


def groan(turn: Turn, lines: Lines) -> list[Proposal]:
    """A small annoyance told in passing (a neutral mood: a real anger gets comfort)."""
    text = turn.view.text
    if _PROUD.search(text):
        text = text.replace("😤", " ")  # "biggest fish of the trip 😤🎣": pride, no groan
    if turn.mood != "neutral" or not _GROAN.search(text):
        return []
    return lines_for(lines, "moment_groan", turn, PRIOR - 0.2)


SHAPES = (filler, good_news, spill, not_weird, choice, progress, doing, going, named, groan)


def moments(turn: Turn, lines: Lines) -> list[Proposal]:
    """The first shape's lines that fit this message (usually none)."""
    for shape in SHAPES:
        if found := shape(turn, lines):
            return found
    return []
