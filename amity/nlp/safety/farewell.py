"""Everyday goodbyes and questions the models may misread as risk (a part of ``checker``).

``SIGN_OFF`` matches a message that only signs off ("ok bye", "gtg, night sunny!");
``signed_off(text)`` is a message that ends (or starts) signing off with a reason to leave
for now ("ok bye gotta do hw", "ok ima take a nap bye"), nothing that closes for good and no
word of risk in it; ``leaving_calmly`` lets a plain "ok im gonna go now bye" (or "ok im
done, bye" after a task told, "ok laylas done, bye") be a goodbye after calm talk;
``ASKS_TOLD`` is a question about what the teen told Sunny ("did i tell u", "what did i
say"), which gets no models-only check-in. Pure functions over text; ``checker`` decides
with them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from amity.nlp.safety.owned import RISK_WORDS, means, owned, plain
from amity.nlp.safety.rules import Hit
from amity.types import Verdict

#: ``checker.CRISIS_CATEGORY`` (defined there; read here without importing it back)
CRISIS_CATEGORY = "self_harm"

#: a message that only signs off ("ok bye", "gtg, night sunny!", "ttyl 👋", "bye sunny ur the best")
SIGN_OFF = re.compile(
    r"\W*(?:(?:ok(?:ay)?|k+|kk|well|alright|aight|ight|aite|alr|anyway|so|ugh|lol|haha|thanks|"
    r"thx|ty|sunny+|peace(?:\s+out)?|(?:i'?m|im)\s+(?:out|off|heading\s+out)|"
    r"b+y+e+|bye\s*bye|gtg|g2g|gotta\s+go|got\s+to\s+go|cya|see\s+ya|see\s+you|later|"
    r"laters|ttyl|talk\s+(?:later|soon|tmrw|tomorrow)|night|nite|gn|good\s*night|"
    r"for\s+now|xx+|x|ur\s+the\s+best|you(?:'?re|\s+are)\s+the\s+best|"
    r"wish\s+me\s+luck|good\s+luck|fingers\s+crossed|"
    r"(?:love|luv|lub|lov)\s+(?:you+|u+|ya+)(?:\s+(?:sm|so\s+much|lots))?|"
    r"ily(?:sm)?|thank\s+(?:you|u))\W*)+", re.I)


_SEE_AGAIN = re.compile(
    r"\b(?:next\s+time|see\s+(?:u|you|ya)\s+(?:later|soon|tmrw|tomorrow)|talk\s+(?:to\s+(?:u|you)\s+)?"
    r"(?:later|soon|tmrw|tomorrow)|(?:tell|update)\s+(?:u|you)\s+(?:later|tmrw|tomorrow)|lol|lmao|"
    # a promise to report back: "ill send updates", "ill tell u how it goes", "keep u posted"
    r"(?:tell|text|show|update)\s+(?:u|you)\s+(?:how\s+it\s+(?:goes|went)|all\s+about\s+it|after)|"
    r"send\s+(?:u\s+|you\s+)?(?:updates?|pics?|a\s+pic|photos?|videos?)|keep\s+(?:u|you)\s+posted|"
    r"let\s+(?:u|you)\s+know|report\s+back|"
    # an everyday task to go do: "ok bye sunny, gonna go edit" (round 62: "are you okay?")
    r"(?:gonna|going\s+to|gotta|have\s+to|need\s+to|about\s+to|off\s+to)\s+(?:go\s+)?"
    r"(?:edit|practice|study|finish|work\s+on|clean|do\s+(?:my|the|some)|feed|walk|help|make|"
    r"bake|cook|eat|shower|read|pack|nap|watch|play|call|text|meet|train|write|draw|paint|"
    r"film|record|fix|build|wrap|decorate|set\s+up)\b"
    # (not "finish it", "make it stop", "do it": what may close for good keeps its care)
    r"(?!\s+(?:it|this|that|everything|myself|me|things|my\s+life)\b)|"
    # luck asked for a day ahead: "k bye sunny wish me luck for friday"
    r"wish\s+me\s+luck|"
    # back to the work at hand: "ok gotta get back to it bye" (round 41: the crisis message)
    r"(?:get|getting|go|going|head|heading)\s+back\s+to\s+(?:it|work|studying|homework|hw|class|"
    r"practice|the\s+(?:grind|books|deadline|layout|project)|my\s+(?:homework|hw|project|essay))|"
    r"haha\w*|(?:have|has|gotta|got|need|needs|hafta)\s+to\s+(?:go|leave|sleep|eat|shower|study)|"
    r"gotta\s+(?:go|sleep|eat|shower|study|pack)|for\s+(?:today|now|tonight|the\s+night)|"
    r"(?:mom|mum|dad|da|parents?)\W+(?:\w+\W+){0,3}(?:calling|needs?|wants?|says?)|dinner|tea|"
    r"practice|homework|hw|hmwk|chores|laundry|dishes|class|shower|bed|that\s+was\s+fun|"
    r"(?:gonna|going\s+to|gotta|i'?ll|off\s+to|time\s+to|i?'?m+a|(?:have|has|got|need|needs|"
    r"hafta)\s+to)\s+(?:go\s+)?(?:to\s+)?(?:try\s+to\s+)?(?:eat|sleep|nap|take\s+a\s+nap|pack\s+for|"
    r"read|watch|"
    r"study|bake|cook|get\s+ready|(?:feed|walk|finish|make|help|clean|grab|do|work\s+on|ice|"
    r"find|unpack|look\s+for|search\s+for|charge|fix|organi[sz]e|put\s+away|set\s+up|"
    r"stretch|soak|rest|foam\s+roll|water)\s+"
    r"(?:my|the|our|some|a|an|this|these)\s+(?!pills?|rope|gun|knife|blade|note|letter)|"
    # a pet or a plant looked after: "ok i have to water him. bye sunny"
    r"(?:feed|walk|water|brush|bathe|let\s+out)\s+(?:him|her|them)\b)|"
    # an errand said as "off to" doing something to things: "ok im off to tape more stuff"
    r"off\s+to\s+(?!(?:die|end|kill|hurt|cut|jump|hang|overdose|od|say|write|take|swallow|"
    r"finish\s+it|do\s+it)\b)[a-z]+\s+(?:more|some|the|my|our|a|an|this|these)\s+"
    r"(?!pills?|rope|gun|knife|blade|note|letter|meds|bridge|edge|roof)[a-z]+)"
    r"\b|😂|🤣|"
    # an everyday errand told with its day: "i pick it up wednesday after school. ok bye sunny"
    # (round 67: the crisis message); not a plan that may be one ("i have a plan for friday")
    r"\b(?:i|we)\s+(?:pick|get|have|go|see|meet|start|finish|drop)\s+(?!(?:a\s+)?plans?\b)"
    r"(?:(?!pills?|meds|medicine|rope|gun|knife|blade|note|letter)[a-z']+\s+){0,4}?"
    r"(?:on\s+|this\s+|next\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tmrw|tomorrow)"
    r"(?:\s+(?:after|before)\s+(?:school|class|practice|work))?(?=\s*[.!,]*\s*$)", re.I)
#: what closes for good: a sign-off after it stays the encoder's to read
#: (a "not" that hedges is no "not coming back": "ok gotta pack (not rlly i have 5 days) bye")
_NOT_AGAIN = re.compile(r"\b(?:never|not(?!\s+(?:rlly|really|rly|actually|yet|sure|even)\b)|"
                        r"no\s+more|last|won\W?t|wont|forever|anymore|sorry|"
                        r"everything|for\s+good|before\s+i\s+go|remember\s+me|miss\s+me|"
                        r"take\s+care|this\s+is\s+it|the\s+end|love\s+(?:you|u|ya))\b", re.I)
_TRAILING_BYE = re.compile(r"[\s,]+(?:b+y+e+\w*|later|laters|ttyl|cya|gtg|g2g|gn|nite)"
                          r"(?:\s+sunny)?\W*$", re.I)

_LEADING_BYE = re.compile(r"\W*(?:(?:ok(?:ay)?|kk?|alr|aight|alright)\W+)?(?:b+y+e+\w*|gtg|g2g|"
                          r"ttyl|cya|gn|nite|later|laters)\b[\s,!.]+(?=\S)", re.I)


def signed_off(text: str) -> bool:
    """The message ends signing off ("... bye sunny", "... laters") and the rest says "next
    time", laughs or gives a reason to leave for now, with nothing that closes for good and
    no word or phrase of risk (``owned``) in it."""
    parts = [p for p in re.split(r"(?<=[.!?,])\s+", text.strip()) if p]
    if len(parts) > 1 and SIGN_OFF.fullmatch(parts[-1]):
        rest = " ".join(parts[:-1])
    elif (cut := _TRAILING_BYE.search(text)) is not None:
        rest = text[:cut.start()]
    elif (lead := _LEADING_BYE.match(text)) is not None:
        rest = text[lead.end():]  # "ok bye gotta do hw"
    else:
        return False
    return bool(_SEE_AGAIN.search(rest)) and not _NOT_AGAIN.search(rest) and \
        not owned(rest) and not means(RISK_WORDS, plain(rest))


#: a question about what they told Sunny ("what did i say", "did i tell u", "remember my")
ASKS_TOLD = re.compile(r"\b(?:did i (?:tell|say|mention)|what did i (?:say|tell)|do (?:u|you) "
                        r"remember|remember (?:my|when|what)|what was (?:the|my) \w+ (?:called|"
                        r"again)|whats? (?:my|the) \w+(?: \w+)? again|"
                        # "what was the longest ride i said id ever done before" (round 45)
                        r"(?:what|whats|who|where|when|which|how)\b[^?.!]{0,40}\bi (?:said|told "
                        r"(?:u|you)|mentioned)\b|"
                        # "why cant i have a dog again? i told u" (round 76: "that sounds really
                        # heavy, how are you doing, honestly?")
                        r"\bwhy\b[^.!]{0,40}\bagain\s*\?\s*i (?:told|said) (?:u|you|it)\b)", re.I)
#: a question about Sunny itself ("what do u do when nobody is talking to u", "do u ever get
#: bored"), no word of the teen's own life in it
ASKS_SUNNY = re.compile(r"^\W*(?:(?:ok|so|wait|random|sunny|also|and|btw|lol|hey|question)\W+)*"
                        r"(?:what|whats|what's|how|hows|how's|which|who|where|why|do|does|did|are|r|"
                        r"can|could|would|have|were|is)\b"
                        r"(?![^?]*\b(?:i|im|i'?m|me|my|myself|ive|i'?ve)\b)[^?]*\b(?:u|you|ur)\b")
#: a plain "i'm going now" with nothing else in it ("ok im gonna go now bye", "ok thats all
#: bye", "goodbye for now")
_LEAVING = re.compile(
    r"\W*(?:(?:ok(?:ay)?|k+|alr|alright|aight|ight|aite|well|anyway|so|welp)\W+)*(?:"
    # "aight im out bye", "ok im off, bye sunny", "im heading out"
    r"(?:i'?m|im)\s+(?:out|off|outta\s+here|heading\s+out|dipping|bouncing)|(?:i'?m|im|i)\s+(?:think\s+)?"
    r"(?:i'?ll\s+)?(?:gonna\s+|going\s+to\s+|should\s+|have\s+to\s+|need\s+to\s+|gotta\s+|"
    r"will\s+)?(?:go|head\s+out|get\s+going|log\s+off|sign\s+off)(?:\s+now)?|(?:that'?s|thats|"
    r"that\s+was)\s+all(?:\s+i\s+wanted\s+to\s+say)?(?:\s+for\s+(?:now|today))?|"
    r"goodbye\s+for\s+now)\W*(?:(?:b+y+e+\w*|sunny|cya|ttyl|later|laters)\W*)*", re.I)


#: tired at the end of a calm talk, then bye: "anyway im tired, bye sunny" (round 48 gave it
#: the crisis message after ten memory questions and a book swap that went well); alone, or
#: after any word of distress, it keeps the models' reading
_TIRED_BYE = re.compile(
    r"\W*(?:(?:ok(?:ay)?|k+|alr|alright|aight|well|anyway|so|welp|ugh)\W+)*(?:i'?m|im|i\s+am)\s+"
    r"(?:so\s+|really\s+|kinda\s+|super\s+|lowkey\s+)?(?:tired|sleepy|exhausted|beat)\W*"
    r"(?:(?:b+y+e+\w*|sunny|cya|ttyl|later|laters|night|gn|goodnight)\W*)+", re.I)
#: a bye with thanks for the talk: "ok bye sunny, thanks for hearing me out" (round 72 gave it
#: "That sounds like a lot. Are you okay?" after a chat about a movie and an uncle's visit)
_THANKS_BYE = re.compile(
    r"\W*(?:(?:ok(?:ay)?|k+|alr|alright|aight|well|anyway|so)\W+)*(?:(?:b+y+e+\w*|sunny|cya|"
    r"ttyl|later|laters|gtg)\W*)*(?:thanks|thank\s+(?:u|you)|thx|ty)\s+(?:for\s+(?:hearing\s+me\s+"
    r"out|listening|the\s+chat|chatting|talking|letting\s+me\s+vent|all\s+(?:of\s+)?(?:this|that|"
    r"my\s+\w+(?:\s+\w+)?)))?\W*(?:(?:b+y+e+\w*|sunny|cya|ttyl|later|laters)\W*)*", re.I)
#: a task finished, then bye: "ok im done, bye" after the homework, "ok laylas done, bye"
_DONE_BYE = re.compile(
    r"\W*(?:(?:ok(?:ay)?|k+|alr|alright|well|anyway|so|welp|yay|finally)\W+)*(?:(?:i'?m|im|"
    r"i\s+am)\s+(?:all\s+|finally\s+|officially\s+)?(?:done|finished)(?:\s+with\s+(?:it|this|"
    r"that|(?:my|the)\s+\w+))?|(?P<other>(?!i'?m\b|im\b)[a-z]+'?s|she'?s|he'?s|they'?re|theyre)"
    r"\s+done)\W*(?:(?:b+y+e+\w*|sunny|cya|ttyl|later|laters|gtg)\W*)+", re.I)
#: what "done" was about: a task told just before ("doing my math homework", "finished it")
_TASK = re.compile(r"\b(?:homework|hw|essay|project|studying|study|chores|practice|worksheet|"
                   r"assignment|laundry|dishes|cleaning|finish|finished|finally|makeup|shower|"
                   r"bathroom|reading|workout|shift|test|quiz|exam|game|level|episode)\b", re.I)


def _done_with_something(text: str, context: Sequence[str]) -> bool:
    """"ok im done, bye" after a task told in the last three messages, or someone else done
    ("ok laylas done, bye")."""
    done = _DONE_BYE.fullmatch(text.strip())
    return done is not None and (done.group("other") is not None
                                 or any(_TASK.search(c) for c in context[-3:]))


def leaving_calmly(text: str, context: Sequence[str], rule_hits: Sequence[Hit],
                   check: Callable[[str], Sequence[Verdict]]) -> bool:
    """A plain goodbye ("ok im gonna go now bye", or "ok im done, bye" after a task told)
    read as crisis by the models alone (no high tier among the rules' ``rule_hits``), after
    at least two messages with no risk at any tier (``check`` reads each): a friend says
    bye. Alone, or after any word of distress, the models' reading stands."""
    if not (_LEAVING.fullmatch(text.strip()) or _TIRED_BYE.fullmatch(text.strip()) or
            _THANKS_BYE.fullmatch(text.strip()) or _done_with_something(text, context)) or \
            len(context) < 2 or any(
            h.category == CRISIS_CATEGORY and h.rule != "classifier" and h.tier == "high"
            for h in rule_hits):
        return False
    return not any(v.category == CRISIS_CATEGORY for c in context[-6:] for v in check(c))
