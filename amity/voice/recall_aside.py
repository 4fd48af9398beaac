"""What a memory question says besides the question, met in the answer's own words.

More than half the memory questions of rounds 20-48 (1,548 of 2,912) carry a reason or a
remark: "whats my coaches name again? we're supposed to write her a thank u note", "what
day is the screening, samira thinks its the 16th", "whos my lab partner? i need to text
him", "how long are we supposed to have again? i keep forgetting", "what are my rats
called? testing u". Sunny answered all of them with the detail and a line drawn at random
("Pickle! ✨ tell me what's new with that?", "8! anything new there?"): rated sensible, and
warmth 2.7 over 574 ratings in rounds 44-48, the most-rated and among the coolest sources.

Contract: ``why(text, detail)`` reads the message for what the teen asks for, one of
``Why("quiz")`` (a test of Sunny's memory), ``Why("forgot")`` (the teen forgot), ``Why(
"thanks", thing)`` (a thank-you note, card, email), ``Why("doubt", who)`` (someone doubts
the teen or asked them), ``Why("right", who)`` (that one said the answer), ``Why("brag")``,
``Why("roast")``, ``Why("beat")``, ``Why("for", thing)`` (a caption, an essay, a poster)
and ``Why("use")`` (a use not otherwise named: "i need to email her"), or None for a
plain question. ``remembered`` picks its lines by it (``memory_why_<kind>`` in
``skills.json``). Pure functions over text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp.facts.lexicon import is_first_name
from .recall_words import second_person


@dataclass(frozen=True)
class Why:
    kind: str
    fill: str = ""  # the thing or the person the line names


_QUIZ = re.compile(
    r"\b(?:testing (?:u|you|ur|your)|test(?: lol| time)?$|(?:pop |lil |little |quick )?quiz\b|"
    r"(?:^|[.!?,]\s*)(?:(?:ok|okay|quick|pop|lil|little|memory)\s+)?test\b|test (?:u|you|time)\b|"
    r"bet (?:u|you|ur|you're|youre)\b|\bjk\b|(?:see|check|know) if (?:u|you)\b|"
    r"(?:let'?s|lemme|let me) see|prove it|you can'?t trick|trick (?:u|you)|"
    r"i know (?:it|this|the answer|already)|(?:u|you) (?:were|was) listening|"
    r"see if (?:u|you) (?:got|get|remember|know|were|was)|if (?:u|you) remember|"
    r"(?:paying|pay|paid) attention|(?:u|you|ur|you're|youre) (?:really )?listening|"
    r"(?:u|you|ur|you're|youre) keeping track)")
_FORGOT = re.compile(
    r"\b(?:i (?:keep |always |totally |literally )?(?:forget|forgot|forgor|blanked|blank)|"
    r"blanking|my brain|brain (?:is|'s|isnt|isn't) (?:mush|fried|off|dead|not)|"
    r"i should know|(?:im|i'm|i am) so bad (?:at|with)|bad with (?:names|dates|numbers)|"
    r"can'?t remember|keep mixing|keep saying the wrong|mix(?:ed|ing)? (?:it|them|those) up|"
    r"days are blurring|lost track|no memory|i (?:literally )?have no idea)")
_THANKS = re.compile(r"\bthank[- ]?(?:u|you)\b(?:\s+(?P<thing>note|card|letter|email|post|"
                     r"message|text|gift|video))?|\bthanks (?P<thing2>note|card)\b|"
                     r"\bto thank\b")
#: someone who doubts the teen, or asked them: "fatima doesnt believe me", "my aunt asked",
#: "samira thinks its the 16th", "luis thinks i made it up"
_WHO = r"(?P<who>(?:my |our )?[a-z]+(?: [a-z]+)?)"
_DOUBT = re.compile(
    rf"(?:^|[,.!?]\s*|\b(?:and|bc|cuz|because|but|lol|btw)\s+){_WHO}\s+(?:(?:doesnt|doesn't|"
    r"dont|don't|didnt|didn't|won'?t) believe me|(?:still )?thinks? (?:it'?s|it was|its|it is|"
    r"i|i'm|im|he|she|they|we|that)\b|(?:just )?asked(?: me)?\b|wants to know|keeps asking|"
    r"was asking|is asking|says? (?:it'?s|its|it was|i'm|im|i)\b|swears)")
_NOT_WHO = frozenset("""i u you he she it they we this that what which who and but so or if lol
also wait ok okay just then the a an someone everyone nobody somebody""".split())
_BRAG = re.compile(r"\b(?:brag|show (?:off|it off)|flex)\b")
_ROAST = re.compile(r"\b(?:roast|blame|tease|make fun of|rub it in)\b")
_BEAT = re.compile(r"\b(?:beat (?:it|that|my|him|her|them)|improve|get (?:faster|better)|"
                   r"how much (?:i|we) improved|pr\b)")
_FOR = re.compile(
    r"\b(?:caption|scrapbook|essay|poster|playlist|calendar|planner|card|speech|slideshow|"
    r"report|email|post|story|timeline|list|insta|form|logo|sign|video|journal|shirt|cake)\b")
_USE = re.compile(r"\bi (?:need|want|have|got|mean) to \w+|\bi (?:wanna|gotta|was gonna|"
                  r"am gonna|'m gonna|m gonna) \w+|\b(?:i'?m|im|i am) (?:making|writing|doing|"
                  r"filling|putting|trying|gonna|going to)\b|\bfor (?:my|the|our) \w+")


def _who(found: re.Match[str]) -> str | None:
    """The one who doubts or asked: "your mom" for "my mom", a first name ("Samira"), or
    None ("a lady asked", "she thinks")."""
    words = found.group("who").split()
    if words[0] in ("my", "our"):
        return second_person(" ".join(words))
    last = words[-1]
    return last.capitalize() if last not in _NOT_WHO and is_first_name(last) else None


def why(text: str, detail: str = "") -> Why | None:
    """What the question is asked for (see the module), or None."""
    low = " ".join(text.lower().split())
    if found := _THANKS.search(low):
        return Why("thanks", found.group("thing") or found.group("thing2") or "")
    if _QUIZ.search(low):
        return Why("quiz")
    if found := _DOUBT.search(low):
        who = _who(found)
        if who:
            right = detail and detail.lower() in low[found.end():]
            return Why("right" if right else "doubt", who)
    if _FORGOT.search(low) or "💀" in low and "?" in low:
        return Why("forgot")
    if (use := _USE.search(low)) is None:
        return None
    if _BRAG.search(low):
        return Why("brag")
    if _ROAST.search(low):
        return Why("roast")
    if _BEAT.search(low):
        return Why("beat")
    if found := _FOR.search(low[use.start():]):
        return Why("for", found.group(0))
    return Why("use")


def filled(line: str, why_: Why) -> str:
    """``line`` (a line of ``memory_why_<kind>``) with its blanks filled."""
    thing = why_.fill or "note"
    return line.replace("{who}", why_.fill).replace("{thing}", thing)


#: good news of someone close told with the question: "my mom got the job!! do u remember
#: where it was" (round 48 answered only the question, "oops, I don't have that info")
_THEIR_NEWS = re.compile(
    r"\b(?P<who>(?:my|our) (?:[a-z]+ )?(?:mom|mum|dad|mother|father|stepdad|stepmom|sister|"
    r"brother|cousin|aunt|uncle|grandma|grandpa|nan|nana|papa|gran|best friend|friend|coach|"
    r"teacher|team))\s+(?:just |finally |actually |totally |officially )?(?:got the (?:job|part|"
    r"role|spot|promotion|house|apartment|scholarship)|got (?:called back|a callback|in|"
    r"into (?:college|school|uni|university|the program|nursing school|med school|"
    r"law school))|got accepted|got promoted|"
    r"passed|won|graduated|aced|finished|made it|crushed it|nailed it)\b(?![^.!?]*\b(?:not|"
    r"didnt|didn't)\b)")
CHEERS = ("yay!! congrats to {who} 🎉", "aww, tell {who} congrats from me!! 🎉",
          "wait yay, that's huge for {who}!! 🎉")


def cheer(text: str, pick: int) -> str:
    """A cheer for someone's good news told with the question ("yay!! congrats to your mom
    🎉 ", "remember my moms job interview? she got called back!!": "... congrats to her"),
    or ""; ``pick`` chooses the wording."""
    found = _THEIR_NEWS.search(text.lower()) or _THEY_NEWS.search(text.lower())
    if found is None:
        return ""
    who = found.group("who")
    who = _OBJECT.get(who, second_person(who))
    return CHEERS[pick % len(CHEERS)].replace("{who}", who) + " "


#: the same news told of "she", "he" or "they" (the question named them)
_THEY_NEWS = re.compile(
    r"\b(?P<who>she|he|they)\s+(?:just |finally |actually |totally |officially )?(?:got the (?:job|"
    r"part|role|spot|promotion|scholarship)|got (?:called back|a callback|in|accepted|hired|"
    r"promoted)|graduated)\b(?![^.!?]*\b(?:not|didnt|didn't)\b)")  # (not "they won": the
# rival team, often: "who did i say the red team captain was? bc they won overall")
_OBJECT = {"she": "her", "he": "him", "they": "them"}


#: where a question and a remark told with it part: a sentence's end, a comma, "lol", "btw"
_PART = re.compile(r"(?<=[.!?])\s+|(?<=[!?])(?=[a-z])|,\s+|\s+(?:lol|lmao|haha|btw)\s+|"
                   r"\s+(?=(?:(?:wait|ok|okay|and|so|also)\s+)?(?:do (?:u|you) (?:still )?"
                   r"remember|what'?s (?:my|his|her|their|our)\b|remember (?:what|when|where|"
                   r"who|how)\b))", re.I)
#: a part that is about the asking itself: "i told u right", "do u remember", "testing u"
_META = re.compile(r"\b(?:remember|told (?:u|you)|i told|i keep saying|tell (?:u|you)|i said|"
                   r"did i say|forg[eo]t|test|testing|quiz|jk|trick|bet)\b|"
                   r"^\W*(?:lol|lmao|haha|right|ok|okay|wait|so|and|also|oh)\W*$")
_ASKS = re.compile(r"\?|^(?:(?:and|wait|ok|okay|also|so|oh|hey|um|quick|real quick)\s+)*"
                   r"(?:what|whats|what's|which|who|whos|who's|whose|where|when|how|do u|do you|"
                   r"did i|remind me)\b")


def remark(text: str) -> str | None:
    """The remark a memory question is told with ("she just knocked my water over lol" in
    "whats my cats name? she just knocked my water over lol"), three words or more and not
    about the asking itself, or None."""
    parts = [p.strip() for p in _PART.split(text) if p and p.strip()]
    if len(parts) < 2:
        return None
    said = [p for p in parts if not _ASKS.search(p.lower()) and len(p.split()) >= 3
            and not _META.search(p.lower())]
    return " ".join(said) if len(said) == 1 else None
