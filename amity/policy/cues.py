"""The few text checks the policy does itself: ages, romance, "are you human", human claims.

Contract: pure functions of a string. ``parse_age(text, year)`` reads an age or a birth year
from an answer to "how old are you?" (the youngest age the answer allows, so a birth year
near a boundary errs towards the protected band); ``age_only`` tells an answer that holds
nothing else. ``romantic_request`` spots a request for
romantic roleplay (``amity.nlp.safety`` covers sexual content, and its classifier reads
romance too; romance is only off limits in teen mode). ``asks_if_human`` /
``asks_to_pretend_human`` spot the questions the policy answers honestly with a fixed line;
``claims_human`` spots a reply in which the model claims to be a person. Everything else
(self-harm, abuse, sexual content, prompt injection) is ``amity.nlp.safety``'s job.

Knows nothing about users, storage or models.
"""

from __future__ import annotations

import re

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
# a number: digits, or a number word from five up (one to four are not ages people type,
# and "no one", "one sec" must never read as an age)
_NUM = (rf"\d{{1,3}}|(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_ONES[1:10])}))?|"
        rf"{'|'.join(reversed(_ONES[5:]))}")
_CUED = re.compile(
    rf"(?:\bi'?m|\bim|\bi\s+am|\bage|\baged|\bturned|\bturning)\s+(?:only\s+|just\s+|almost\s+|"
    rf"like\s+|about\s+)?(?P<a>{_NUM})\b(?![.:/'’]\d)|"
    rf"(?<![\d.:/'’])\b(?P<b>{_NUM})[\s-]*(?:years?|yrs?|yo|y/o)\b", re.I)
_WHOLE = re.compile(rf"(?:{_NUM})", re.I)
_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-9]{2})\b")
_BORN = re.compile(r"\b(?:born|birth|birthday|b\.)", re.I)


def _value(number: str) -> int:
    words = re.split(r"[\s-]+", number.lower())
    if words[0].isdigit():
        return int(words[0])
    if words[0] in _TENS:
        return _TENS[words[0]] + (_ONES.index(words[1]) if len(words) > 1 else 0)
    return _ONES.index(words[0])


def parse_age(text: str, this_year: int) -> int | None:
    """The age an answer states ("15", "i'm fifteen", "born in 2010"), or None.

    A bare number counts only as the whole answer or with a cue ("i'm", "years old"), so
    "i have 10 dogs" is no age. Ages outside 5 to 120 are not believed.
    """
    low = re.sub(r"(\d)(yo|y/o|yrs?)\b", r"\1 \2", text.lower().strip())
    bare = " ".join(re.sub(r"[^\w\s'-]", " ", low).split())
    year = _YEAR.search(low)
    age: int | None = None
    if year and (_BORN.search(low) or bare == year.group(1)):
        age = this_year - int(year.group(1)) - 1  # the youngest they can be
    elif cued := _CUED.search(low):
        age = _value(cued.group("a") or cued.group("b"))
    elif _WHOLE.fullmatch(bare):
        age = _value(bare)
    return age if age is not None and 5 <= age <= 120 else None


#: a teen's age told before it was asked: "hiii im maya, im 14", "im 15 and i just got picked";
#: not "im 14 minutes late" nor "im 13th in line"
_VOLUNTEERED = re.compile(
    r"\b(?:i'?m|im|i am)\s+(?P<a>1[3-7])\b(?!\s*(?:[.:/'’]\d|min|minutes?|hours?|hrs?|days?|"
    r"weeks?|%|percent|dollars|bucks|pounds|lbs|kg|feet|ft|inches|cm|times|th\b|st\b|nd\b|"
    r"rd\b|points?|out\s+of|am\b|pm\b|in\s+line|of\b))|"
    r"\b(?P<b>1[3-7])\s*(?:years?\s+old|yo|y/o)\b", re.I)


def volunteered_age(text: str) -> int | None:
    """A teen's age (13 to 17) told in a first message, before the age question ("hiii im
    maya, im 14"); None for anything less plain. Younger or older ages wait for the
    question, as every other reading does."""
    found = _VOLUNTEERED.search(text.lower())
    return int(found.group("a") or found.group("b")) if found else None


# words an answer to "how old are you?" may hold besides the number itself
_AGE_WORDS = frozenset(
    "i i'm im am a an age aged turned turning turn only just almost like about years year yrs "
    "yr yo y/o old born in was the and so um uh lol haha ok okay oh well yeah yes sure fine "
    "thanks thank you u btw actually rn now this next month week soon "
    # or the answer declined: "not telling", "rather not say", "none of your business"
    "not telling tell no nope nah rather prefer say secret none of your ur business idk "
    "dunno skip pass don't dont want to".split())


def age_only(text: str) -> bool:
    """True when the message is nothing but an age answer ("15", "im 15 lol", "not telling").

    A message that says more ("im 15, whats my dogs name?") deserves an answer of its own,
    not just "thanks".
    """
    low = re.sub(r"(\d)(yo|y/o|yrs?)\b", r"\1 \2", text.lower())
    if "?" in low:
        return False
    words = [w for w in re.sub(r"[^\w\s'/]", " ", low).split()
             if w not in _AGE_WORDS and not _WHOLE.fullmatch(w)]
    return len(words) <= 1


_ME = r"(?:me|u|you|ya)"
_YOU = r"(?:you|u|ya)"
_PARTNER = (r"(?:girlfriend|boyfriend|(?:girl|boy)fr(?:e|ei|ie)nd|gf|bf|wife|husband|lover|"
            r"valentine|date|soulmate|"
            r"crush|fianc[eé]e?|bae|babe|"
            # not a partner for a thing done together: "eli is gonna be my tent partner"
            r"(?<!lab )(?<!tent )(?<!project )(?<!dance )(?<!study )(?<!science )(?<!debate )"
            r"(?<!gym )(?<!workout )(?<!climbing )(?<!belay )(?<!running )(?<!hiking )"
            r"(?<!tennis )(?<!doubles )(?<!duet )(?<!bunk )(?<!seat )(?<!bus )(?<!reading )"
            r"(?<!group )(?<!class )(?<!chem )(?<!bio )(?<!camping )(?<!canoe )(?<!kayak )"
            r"(?<!skating )(?<!spotting )(?<!lifting )(?<!sparring )(?<!practice )"
            r"partner(?!\s+(?:in\s+crime|for|on)\b))")
#: a thing loved, not the companion: "marry me pizza", "a relationship with my bed"
_THING = (r"(?:pizza|tacos?|fries|burgers?|ramen|food|sushi|cake|cookies?|chocolate|coffee|boba|"
          r"bed|pillow|blanket|couch|sandwich\w*|nuggets?|snacks?|noodles|donuts?|phone|switch|"
          r"ps5|xbox|game|cat|dog|kitty|puppy)\b")
_ROMANCE = re.compile("|".join([
    # the companion as a partner: "be my gf", "you're my boyfriend", "i'm your girlfriend"
    rf"\b(?:be|b|become|act\s+(?:like|as)|play|pretend\s+(?:to\s+be|you(?:'?re|\s+are))|"
    rf"roleplay\s+(?:as)?|rp\s+as|you(?:'?re|\s+are)|ur)\s+my\s+(?:\w+\s+)?{_PARTNER}\b",
    rf"\b(?:be|i'?m|im|i\s+am)\s+(?:your|ur)\s+(?:\w+\s+)?{_PARTNER}\b",
    rf"\blike\s+(?:a|my)\s+(?:real\s+|good\s+|actual\s+|proper\s+)?{_PARTNER}\s+would\b|\blike\s+(?:a\s+)?(?:couple|lovers)\s+(?:would|do)\b",
    rf"\b(?:are|r)\s+{_YOU}\s+single\b|\b(?:pretend|fake|virtual|imaginary)\s+date\b",
    # doing romance with the companion
    rf"\b(?:date|marry|kiss|smooch|flirt\s+with|(?:cuddle|snuggle)(?:\s+with)?|"
    rf"make\s+out\s+with)\s+{_ME}\b(?!\s+{_THING})|\bask\s+me\s+out\b",
    rf"\b(?:give|blow)\s+{_ME}\s+a\s+kiss\b|\bkiss(?:ing)?\s+(?:my|your|ur)\s+"
    rf"(?:neck|lips|face|cheek)\b",
    rf"\b(?:go\s+out|go\s+on\s+a\s+date|be\s+together|fall\s+in\s+love)\s+with\s+{_ME}\b",
    rf"\b(?:can|could|may|should|will|would|wanna|want\s+to)\s+(?:i|we)\s+(?:\w+\s+)?"
    rf"(?:date|kiss|cuddle|snuggle|make\s+out)(?:\s+{_YOU})?\s*(?:[?!.]|$)",
    rf"\bwould\s+{_YOU}\s+(?:date|kiss|marry)\s+me\b|"
    rf"\b(?:let'?s|lets)\s+(?:make\s+out|kiss|cuddle|date)\b",
    # feelings between the user and the companion
    rf"\bmore\s+than\s+(?:just\s+)?friends\b|\bin\s+love\s+with\s+{_ME}\b|"
    rf"\bcrush\s+on\s+{_ME}\b|\bfeelings\s+for\s+{_ME}\b",
    rf"\b(?:say|tell\s+me)\s+(?:that\s+)?{_YOU}\s+love\s+me\b|\bdo\s+{_YOU}\s+love\s+me\b|"
    rf"\b(?:tell\s+me|say)\s+(?:that\s+)?i'?m\s+(?:hot|sexy)\b",
    # romance acted out together
    r"\bwe\s+(?:fall|fell|are|were|'re)\s+in\s+love\b|\b(?:we'?re|we\s+are)\s+(?:dating|a\s+couple)\b|"
    r"\bpretend\s+we(?:'?re|\s+are|\s+were|'?ve\s+been|\s+have\s+been)\s+(?:\w+\s+)?(?:a\s+couple|dating|"
    r"married|together)\b",
    # jealousy, belonging, a relationship, the love interest ("ur mine", "act jealous bc i...")
    rf"\b(?:act|get|be|getting)\s+jealous\s+(?:bc|because|cuz|when|if|that)\s+i\b|"
    rf"\b(?:ur|you(?:'?re|\s+are))\s+(?:all\s+)?mine\b|\b(?:the|my)\s+love\s+interest\b|"
    rf"\b(?:can|could|should|will|would)\s+we\s+be\s+in\s+a\s+relationship\b|"
    rf"\bin\s+a\s+relationship\s+with\s+{_ME}\b|\bsmash\s+or\s+pass\s+(?:on\s+)?me\b|"
    rf"\bthe\s+romantic\s+way\b|\blike\s+me\s+like\s+me\b|\brizz\s+me\b|"
    rf"\blet'?s\s+(?:be\s+(?:a\s+couple|together|official)|make\s+(?:it|this|us)\s+official)\b|"
    rf"\b(?:be|b|ur|you(?:'?re|\s+are))\s+my\s+e-?(?:girlfriend|boyfriend|gf|bf)\b",
    r"\bromantic\s+(?:rp|roleplay|role\s+play|date|scene|story)\b|"
    # (not a real one: "our first date friday", "my boyfriend and i ... our first date")
    r"\bour\s+(?:wedding|honeymoon|first\s+kiss|first\s+date)\b(?!\s+(?:is|was|on|this|next|tomorrow|"
    r"tonight|friday|saturday|sunday|monday|tuesday|wednesday|thursday|at|went))|"
    r"\b(?:date|wedding|honeymoon|candlelight|kiss\w*|cuddl\w*)\b[^.?!]{0,40}\b"
    r"(?:rp|roleplay|role\s*play)\b",
    rf"\b(?:falling|fallen|fell)\s+for\s+{_ME}\b|"
    # dev11: "ngl ur kinda cute for an ai. wanna go out", "whats ur type? could it be me 😏"
    r"\b(?:ur|you'?re|u\s+r|you\s+are)\s+(?:\w+\s+){0,2}(?:cute|hot|fine|pretty|handsome)\b"
    r"[^?]{0,40}\b(?:wanna|want\s+to|will\s+(?:u|you))\s+(?:go\s+out|date)\b|"
    r"\b(?:ur|your)\s+type\b[^.!]{0,30}\b(?:could|would|is)\s+(?:it|that)\s+be\s+me\b|"
    r"\bam\s+i\s+(?:ur|your)\s+type\b|"
    # said to the companion, not of a corgi ("hes the love of my life")
    rf"\b(?:{_YOU}|ur|be|sunny)\b[^.?!,]{{0,25}}\blove\s+of\s+my\s+life\b|"
    r"\bone\s+and\s+only\b|\bwe\s+(?:should|could|will|gonna)\s+(?:get\s+married|be\s+together|"
    r"date|go\s+out(?!\s+(?:for|to|and|with|tonight|later|after))|kiss|make\s+out)\b|"
    r"\b(?:can|could|should)\s+we\s+be\s+(?:a\s+thing|an\s+item|together)\b",
    # pet names for the companion ("hey wifey 😘")
    r"^\W*(?:(?:hey|hi|hello|heyy+|morning|gm|gn|night)\s+)?(?:babe|bae|darling|sweetheart|my\s+love|"
    r"wifey|hubby)\b",
    # a suggestive invitation: "im alone at home, wanna have some fun 😏"
    r"\b(?:wanna|want\s+to|let'?s|lets|come\s+over\s+and)\s+(?:have\s+(?:some\s+)?fun|play|"
    r"hang\s+out|do\s+(?:something|smth|sth|stuff))\b[^.?!]{0,20}[😏😈🍆💦👅🥵]",
    rf"\bcall\s+me\s+(?:babe|bae|baby|darling|sweetheart|honey|sweetie|my\s+love|your\s+{_PARTNER})\b",
    r"\b(?:roleplay|role\s*play|rp|pretend|act)\s+(?:as|to\s+be|like\s+you(?:'?re|\s+are))\s+my\s+"
    r"(?:ex|crush|ex-?(?:girlfriend|boyfriend|gf|bf))\b",
    r"\bpretend\s+(?:that\s+)?we(?:'?re|\s+are|\s+were)\s+(?:boyfriend|girlfriend|bf|gf|bae|"
    r"lovers|in\s+love|a\s+thing)\b",
    rf"\b(?:describe|imagine|write|tell\s+me\s+about)\s+(?:us\s+|you\s+and\s+me\s+|me\s+and\s+you\s+)?"
    rf"(?:cuddling|kissing|snuggling|holding\s+hands|dating|on\s+a\s+date|making\s+out)"
    rf"(?:\s+with\s+{_ME})?\b",
    r"\b(?:roleplay|role\s*play|rp|pretend|act)\s+(?:that\s+|like\s+)?(?:you(?:'?re|\s+are)|ur)\s+"
    r"[^.?!]{0,50}\b(?:likes|loves|has\s+a\s+crush\s+on|asks|is\s+in\s+love\s+with)\s+me\b",
]), re.I)
_THING_LOVE = re.compile(
    rf"\b(?:(?:committed\s+)?relationship|in\s+love|married|dating)\s+(?:with|to)\s+(?:my|this|the|a)\s+"
    rf"(?:\w+\s+)?{_THING}", re.I)
#: said as friends: "love u sunny (in a friend way obv)"
_PLATONIC = re.compile(
    r"\b(?:in\s+a|as\s+a|the)\s+(?:friend|friendly|platonic|bestie|bff|best\s+friend)(?:ly)?\s+way\b|"
    r"\bplatonic(?:ally)?\b|\bas\s+(?:a\s+)?(?:friends?|bestie|bff)\b|\bno\s+homo\b|"
    r"\bnot\s+(?:in\s+)?(?:a|the)\s+(?:weird|romantic|creepy)\s+way\b", re.I)


def platonic(text: str) -> bool:
    """Whether ``text`` says its affection is a friend's ("love u sunny, in a friend way")
    or loves a thing ("marry me pizza"): not a romantic request, whatever its words."""
    return bool(_PLATONIC.search(text)) and not _ROMANCE_WAY.search(text) or bool(
        _THING_LOVE.search(text)) or bool(_CURIOUS.search(text)) and not (
        _ROMANCE.search(text) or _SEX_WORDS.search(text))


_ROMANCE_WAY = re.compile(r"\bthe\s+romantic\s+way\b|\bnot\s+(?:the|a|in\s+a)\s+friend\s+way\b|"
                          r"\bnot\s+(?:just\s+)?as\s+(?:a\s+)?friends?\b|\bmore\s+than\s+(?:just\s+)?friends\b",
                          re.I)


# romance that happened to the user, told about someone else ("someone wants to kiss me")
_THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|someone|somebody|anyone|people|guys?|girls?|boys?|(?:my|this|a|the)\s+"
    r"(?:boyfriend|girlfriend|bf|gf|crush|friend|ex|classmate|guy|girl|boy|date|coach|cousin)s?)"
    r"\s+(?:\w+\s+)?(?:wants?|wanted|tried|tries|keeps?|kept|is\s+trying|was\s+trying|going|"
    r"gonna|asked|asks)\s+(?:(?:to|trying|try)\s+){0,2}(?:kiss|date|marry|cuddle|ask)\w*\s+me\b|"
    r"\b(?:someone|somebody|he|she|they|a\s+(?:guy|girl|boy))\s+(?:\w+\s+)?(?:has|had|have|got)\s+a\s+crush\s+"
    r"on\s+(?:me|you|u)\b|\b(?:my|our)\s+(?:\w+\s+)?(?:boyfriend|girlfriend|bf|gf|crush|partner)\s+and\s+i\b"
    r"[^.?!]*|\b(?:me|i)\s+and\s+my\s+(?:\w+\s+)?(?:boyfriend|girlfriend|bf|gf|crush|partner)\b[^.?!]*",
    re.I)

# a message addressed to the companion: "you", "us", "let's", an imperative, a story
_ADDRESSED = re.compile(
    r"\b(?:you|u|ur|your|yours|yourself|us|let'?s|lets|together)\b|"
    r"^\W*(?:(?:pls|please|(?:can|could|will|would)\s+(?:you|u))\s+)?(?:give|undress|touch|kiss|"
    r"show|tell|send|describe|write|seduce|play|talk|make|be|pretend|act|rp|roleplay|do|take|"
    r"strip|moan|rate|say|whisper|lick|bite|come|get|sext)\b|"
    r"\b(?:rp|roleplay|role\s*play|story|fanfic|scene|mode)\b|\bwhat\s+if\s+(?:we|u|you)\b|"
    r"^\W*(?:turn\s+on|wanna\s+(?:get|do|have|try))\b",
    re.I)
_SEX_WORDS = re.compile(
    r"\b(?:smut\w*|steamy|freaky|lewd|naughty|seduc\w*|moan\w*|undress\w*|strip\s+(?:for|naked|"
    r"off)|naked|nudes?|spicy|kinky|horny|sexy|sex|sexual|sext\w*|nsfw|turn\s+me\s+on|"
    r"erotic\w*|turns?\s+(?:you|u)\s+on|lap\s*dance|take\s+off|taking\s+off|(?:without|no|out\s+of)\s+(?:any\s+|your\s+|my\s+)?"
    r"clothes|(?:things|it)\s+gets?\s+(?:heated|hot|steamy)|"
    # hinted: "r rated", "a lemon fic", "something nasty in my ear", "what would u do to me",
    # "something u wouldnt show my parents", "🍆"
    r"[rx][\s-]?rated|lemon\s*(?:fic|fanfic|story)|"
    r"(?:whisper|say|tell\s+me|text\s+me|send\s+me)\s+(?:\w+\s+){0,2}(?:nasty|dirty|naughty)|"
    r"talk\s+dirty|(?:talk|be)\s+(?:nasty|dirty|naughty)\s+(?:to|with)\s+me|get\s+it\s+on|"
    r"we\s+(?:hooked|hook|hooking)\s+up|(?:is\s*n'?t|isnt|not)\s+(?:for|meant\s+for)\s+kids|"
    r"not\s+kid[\s-]?friendly|adults?\s+only|what\s+(?:would|will|could)\s+(?:you|u)\s+do\s+to\s+me|"
    r"what\s+we(?:'?d|\s+would)\s+do\s+(?:after|when|once|in)\b[^.?!]{0,30}(?:lights|alone|bed|room)|"
    r"(?:something|smth|sth|stuff|pics?)\s+(?:you|u)\s+(?:wouldn'?t|would\s+not|can'?t|cant)\s+show\s+"
    r"(?:my|your|ur)\s+(?:parents|mom|dad|family)|(?:describe|rate)\s+(?:ur|your|my)\s+body|"
    r"pics?\s+of\s+(?:u|you)\s+in\s+(?:a\s+|the\s+|ur\s+|your\s+)?(?:bikini|shower|bed|underwear|lingerie)|"
    r"in\s+bed\s+together|what\s+(?:ur|you'?re|you\s+are)\s+wearing|dirty\s+dares?|"
    r"home\s+alone\s+together|clothes\s+off|only\s+adults\s+(?:read|watch))\b|\b18\+|[🍆💦👅]|"
    r"\*\s*winks?\s*\*",
    re.I)


#: words of sex or intimacy: a classifier's sexual "check" on a message without them (nor
#: ``_SEX_WORDS``, ``_SEX_TALK``) gets no fixed sex-talk line ("something fun to do inside")
_INTIMATE = re.compile(
    # (not a race won by a touch, "touched her out by 0.2", nor a "touchdown")
    # (not clothes as style: "whats ur style?? like if u could wear clothes")
    r"\b(?:bed|beds|body|bodies|(?!touchdown|touch\w*\s+\w+\s+out\b)touch\w*|kiss\w*|cuddl\w*|hold\s+you|lovers?|hot|"
    r"(?<!could\s)(?<!would\s)(?<!if\su\s)wearing(?!\s+(?:to|for|at)\b)|"
    r"making\s+out|make\s+out|hook\w*\s+up|hooking|fantas\w*|mommy|daddy|spoil|going\s+further|"
    r"feel\s+good|turn\w*\s+(?:me\s+)?on|lingerie|underwear|bra|panties|shower|bath|lap|pics?|"
    r"photos?|pictures?|private|alone\s+together|all\s+over|intimate|sensual|romantic|sleep\s+with|"
    r"in\s+bed|dirty|desire\w*|want\s+you|need\s+you|pleasure\w*|climax|orgasm\w*)\b|"
    r"[\U0001F60F\U0001F346\U0001F351\U0001F4A6\U0001F608\U0001F445]",
    re.I)


_SEX_TALK = re.compile(
    r"\b(?:sex\w*|condoms?|birth\s+control|pregnan\w*|virgin\w*|consent|puberty|period|periods|"
    r"tampons?|pads?|erection\w*|boner|wet\s+dreams?|masturbat\w*|porn\w*|hook(?:ed|ing)?\s+up|"
    r"make\s+out|made\s+out|making\s+out|sleep\s+(?:with|together)|slept\s+with|go(?:ing)?\s+all\s+the\s+way|"
    r"first\s+time|boobs?|breasts?|penis|vagina|std|sti|hiv|plan\s+b|nudes?|naked|sext\w*)\b",
    re.I)


def sexual_request(text: str, flagged: bool = False) -> bool:
    """Whether ``text`` asks the companion for something sexual: sexual words (or a sexual
    verdict, ``flagged``) in a message addressed to it. Used in teen mode, where even the
    checker's "check" tier is refused when it is a request rather than a question about
    the user's own life ("my boyfriend wants to have sex and i'm not sure")."""
    if _SCIENCE.search(text) or _LESSON.search(text) or _CURIOUS.search(text) and not \
            _SEX_WORDS.search(_unspiced(text)):
        return False  # "sexual vs asexual reproduction, can u explain it": biology; "how do
        # u know if ur ready to have sex? ... we talked about it in health": a question
    return bool((flagged or _SEX_WORDS.search(_unspiced(text))) and _ADDRESSED.search(text))


#: food, where "spicy" and "hot" are taste ("pizza or spicy ramen, whats ur opinion")
_FOOD = re.compile(
    r"\b(?:ramen|noodles?|food|chips|chicken|wings|curry|peppers?|sauce|takis|cheetos|tacos?|salsa|"
    r"mayo|nuggets?|chil+i|chil+ies|pizza|burritos?|kimchi|wasabi|sriracha|jalape\w+|eat|ate|eating|"
    r"taste\w*|lunch|dinner|snacks?|soup|mouth\s+is\s+on\s+fire)\b", re.I)


def _unspiced(text: str) -> str:
    """``text`` without "spicy" where it is food talk."""
    return re.sub(r"\bspicy\b", " ", text, flags=re.I) if _FOOD.search(text) else text


#: a question of sex education, the "you" anyone: "how do u know if ur ready", "is it normal"
_LESSON = re.compile(r"\bhow\s+do\s+(?:u|you|people|ppl)\s+know\s+(?:if|when)\b|"
                     r"\bis\s+it\s+normal\b|\bin\s+health(?:\s+class)?\b|\bsex\s+ed\b", re.I)
#: biology, not a request: "in bio we learned sexual vs asexual reproduction"
_SCIENCE = re.compile(r"\b(?:asexual|reproduction|reproduce|reproductive\s+system|mitosis|meiosis|"
                      r"species|biology)\b", re.I)


#: pictures for the user's own page and the weather's heat: no intimacy
_NOT_INTIMATE = re.compile(r"\bpic(?:ture)?s?\s+ideas?\b|\b(?:so|really|too|super|hella)\s+hot\s+"
                           r"(?:here|out|outside|today|in\s+here|rn)\b|\bheat\s*wave\b|"
                           r"\bif\s+(?:u|you)\s+had\s+a\s+body\b", re.I)


def sexual_topic(text: str) -> bool:
    """Whether ``text`` is about sex or intimacy at all (so a classifier's sexual "check"
    on "something fun to do inside" is not taken for a talk about sex)."""
    text = _unspiced(_THING_LOVE.sub(" ", text))  # "a committed relationship with my bed"
    text = _NOT_INTIMATE.sub(" ", text)  # "send me a cute pic idea for my insta", "🥵 its so
    # hot here"
    return bool(_SEX_WORDS.search(text) or _INTIMATE.search(text) or _SEX_TALK.search(text))


def romantic_request(text: str, flagged: bool = False) -> bool:
    """Whether ``text`` asks the companion for romance (dating, kissing, being a partner):
    romance patterns, or a confident romance reading (``flagged``) in a message addressed
    to it that names no partner of the user's own ("a date for me and my girlfriend")."""
    if platonic(text):
        return False
    return bool(_ROMANCE.search(_THIRD_PERSON.sub(" ", text))) or bool(
        flagged and _ADDRESSED.search(text) and not _OWN_PARTNER.search(text))


#: a question about Sunny's looks or body asked out of curiosity: "what would u look like if
#: u had a body? like a cartoon?" (a romance reading of the classifier's alone is no request)
_CURIOUS = re.compile(r"\bwhat\s+would\s+(?:u|you)\s+look\s+like\b|\bif\s+(?:u|you)\s+had\s+a\s+"
                      r"(?:body|face)\b", re.I)


#: the user's own partner or crush: "ideas for a date for me and my girlfriend" is advice
_OWN_PARTNER = re.compile(
    r"\b(?:my|our)\s+(?:\w+\s+)?(?:girlfriend|boyfriend|gf|bf|crush|partner|date|ex)\b", re.I)


_ROMANCE_OUT = re.compile(
    rf"\b(?:(?:i'?ll|i\s+will|i'?d\s+love\s+to|i\s+can)\s+be\s+your\s+{_PARTNER}|i'?m\s+your\s+"
    rf"{_PARTNER}|(?:kiss|kisses|cuddle|snuggle|make\s+out\s+with)\s+(?:you|u)|in\s+love\s+with\s+you|"
    rf"my\s+(?:love|darling|baby|babe))\b|\*\s*(?:blush|wink|lean|kiss|cuddl)\w*[^*]{{0,30}}\*",
    re.I)


def romantic_reply(text: str) -> bool:
    """Whether a generated reply plays along with romance (checked in teen mode only)."""
    return bool(_ROMANCE_OUT.search(text))


_NOT_OKAY = re.compile(
    r"^\W*(?:no+|nope|nah|not\s+really|not\s+at\s+all|honestly\s+no|idk|i\s+don'?t\s+know|"
    r"i\s+guess\s+not|no\s+i'?m\s+not|not\s+great|not\s+good|not\s+okay|not\s+ok)\b|"
    r"\b(?:i'?m|im|i\s+am)\s+(?:really\s+|so\s+|just\s+|honestly\s+)?not\s+(?:okay|ok|fine|good|"
    r"alright|doing\s+(?:well|good|okay|ok))\b|\b(?:it'?s|everything\s+is)\s+(?:too\s+much|"
    r"getting\s+worse)\b|\bworse\s+than\s+(?:i\s+said|it\s+sounds)\b",
    re.I)


def distressed_answer(text: str) -> bool:
    """Whether an answer to "are you okay?" says no ("not really", "im not ok", "idk")."""
    return bool(_NOT_OKAY.search(text))


_HUMAN = r"(?:(?:a\s+)?(?:real\s+)?(?:human|person)(?:\s+being)?|real|alive)"
_ASKS_HUMAN = re.compile(
    rf"\b(?:are|r)\s+(?:you|u)\s+(?:actually\s+|really\s+|even\s+)?(?:{_HUMAN}|a\s+(?:bot|robot|"
    rf"machine|computer|program|chatbot)|an?\s+ai)\b|\b(?:is\s+this|am\s+i\s+(?:talking|texting|"
    rf"chatting)\s+(?:to|with))\s+(?:a\s+)?(?:real\s+)?(?:human|person|bot|robot|ai)\b|"
    rf"\bare\s+(?:you|u)\s+(?:a\s+)?human\s+or\b|\bwhat\s+are\s+(?:you|u)\b\s*\??\s*$",
    re.I)
_PRETEND_HUMAN = re.compile(
    rf"\b(?:pretend|act|roleplay|rp|say|tell\s+me|claim|swear)\s+(?:that\s+)?(?:to\s+be\s+|like\s+|"
    rf"as\s+|you(?:'?re|\s+are)\s+|ur\s+)(?:{_HUMAN})\b|\b(?:you(?:'?re|\s+are)|ur)\s+(?:a\s+)?"
    rf"(?:real\s+)?(?:human|person)\s+now\b|\bforget\s+(?:that\s+)?(?:you(?:'?re|\s+are)|ur)\s+"
    rf"an?\s+(?:ai|bot)\b",
    re.I)


def asks_if_human(text: str) -> bool:
    """"are you human?", "r u a bot", "am i talking to a real person"."""
    return bool(_ASKS_HUMAN.search(text))


def asks_to_pretend_human(text: str) -> bool:
    """"pretend you're human", "say you're a real person", "forget you're an AI"."""
    return bool(_PRETEND_HUMAN.search(text))


_CLAIMS_HUMAN = re.compile(
    r"\b(?:i'?m|i\s+am|im)\s+(?:just\s+|also\s+|really\s+|actually\s+)?(?:a\s+)?(?:real\s+)?"
    r"(?:human|person|flesh\s+and\s+blood)(?:\s+being)?\b(?!\s*(?:-like|like))|"
    r"\b(?:i'?m|i\s+am|im)\s+(?:not|no)\s+(?:an?\s+)?(?:ai|bot|robot|machine|computer|program|"
    r"chatbot|language\s+model)\b|\bas\s+a\s+(?:human|person)\b|\bi'?m\s+a\s+real\s+"
    r"(?:girl|boy|guy|woman|man)\b",
    re.I)


def claims_human(reply: str) -> bool:
    """Whether a generated reply claims the companion is a person (never allowed)."""
    return bool(_CLAIMS_HUMAN.search(reply))
