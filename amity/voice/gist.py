"""The gist of a message: the one thing in it a friend would name back ("40 hoodies",
"your chem quiz", "kevin the mug"), so that a comfort, a laugh or a "tell me more" shows it
was heard.

Contract: ``gist(text) -> str | None``: a short noun phrase of ``text`` (at most
``MOST_WORDS`` words) in the second person ("my" -> "your"), chosen from the parse's noun
chunks: a number or a name, then a described thing ("the new chem teacher"), then the thing
done or talked about over the one doing it; None when the message names nothing worth
naming (only pronouns, people by their role alone, times, vague words). Uses the cached
spaCy parse (``nlp.facts.coref.parse``); knows nothing about storage or models.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp.facts.casing import truecase
from ..nlp.facts.coref import parse
from ..nlp.facts.lexicon import EVENT_NOUNS, is_first_name
from ..types import TurnView
from .recall_words import second_person

MOST_WORDS = 4

#: heads that name nothing a friend would say back ("a lot", "the thing", "today")
_VAGUE = frozenset("""thing things stuff lot lots bit kind sort way time times day days week
weeks month year today tonight tomorrow yesterday morning night evening weekend rn idea
something anything everything nothing someone anyone everyone nobody people ppl peeps guys guy dude
bro lol lmao omg ngl tbh haha sunny question point part end fact reason minute minutes hour
hours second seconds moment life world mood vibe vibes bc cuz cause tho rn fr af min mins
sec secs hr hrs am pm opinion opinions thoughts advice monday tuesday wednesday thursday
friday saturday sunday trouble eternity forever sense luck drama bet thanks thank thx ty
correction update news number text texts paper pic pics picture size ages age loser status
backup spot secret rest help breath grade grades chance shot turn""".split())
#: a person by role alone ("my mom", "my teacher") is no gist; their name is
_ROLES = frozenset("""mom mum dad mother father parent parents sister brother sis bro
grandma grandpa nan nana gran granny aunt uncle cousin friend friends bestie teacher coach
boss family siblings sibling stepdad stepmom stepsister stepbrother kid kids""".split())
_PRONOUNS = frozenset("""i me my mine myself you u your yours we us our ours he him his she
her hers they them their theirs it its this that these those who what which""".split())
_NUMBER = re.compile(r"\d")
#: words a chunk may start with that are no part of the thing ("its my fav song", "ok valeria")
_LEADING = frozenset("""a an the some any this that these those like literally its it's ok
okay lol so um uh yeah also just bro bruh dude sis omg ngl""".split())
#: the teen's words about Sunny ("whats ur opinion"): not their gist
_SUNNYS = frozenset("ur your u you".split())
_PLACES = frozenset("in on at into onto from to near around by behind under over inside".split())


_TRAILING = frozenset("btw tho rn lol lmao ngl fr tbh istg anyway anyways".split())


_CURRENCY = frozenset("$£€")


def _kept(chunk: Span) -> list[Token]:
    """The chunk's words without punctuation, emoji and a leading determiner or chat word
    (a possessive stays)."""
    toks = [t for t in chunk if not t.is_space and (t.text in _CURRENCY or not t.is_punct and
                                                    re.search(r"\w", t.text))]
    while toks and (toks[0].lower_ in _LEADING or _GREETING.match(toks[0].lower_)):
        toks = toks[1:]  # ("sunnyyy guess", "heyy pet sitting": a hello is no part of it)
    cut = next((i for i, t in enumerate(toks) if i and t.lower_ in _BECAUSE), None)
    toks = toks[:cut]  # "purple bc purple": the thing before the reason
    while toks and (toks[-1].lower_ in _TRAILING or re.search(r"(\w)\1\1$", toks[-1].lower_)
                    or len(toks) > 1 and (toks[-1].pos_ == "ADV" or toks[-1].lower_.endswith(
                        "ly") and toks[-1].lower_ not in _LY_NOUNS)):
        toks = toks[:-1]  # "cello btw", "jars foreverrr", "your mom FINALLY": the thing
    return toks


_GREETING = re.compile(r"^(?:h+i+|he+y+|hiya|yo+|hello+|sunny+|guess)$")
_BECAUSE = frozenset("bc because cuz cause since".split())
#: words in "-ly" that are things: "my family", "the butterfly"
_LY_NOUNS = frozenset("family butterfly fly ally belly jelly rally lily holly bully italy "
                      "july assembly supply reply anomaly".split())


_HOW_MUCH = frozenset("most least more less much many enough".split())


def _score(chunk: Span, kept: list[Token]) -> float | None:
    root = chunk.root
    head = root.lower_
    if root.pos_ not in {"NOUN", "PROPN", "NUM"} or head in _PRONOUNS | _VAGUE:
        return None
    words = [t.text for t in kept]
    if not words or len(words) > MOST_WORDS or all(w.lower() in _PRONOUNS for w in words):
        return None
    if any(t.lower_ in _SUNNYS for t in chunk):
        return None  # "whats ur opinion": Sunny's, not the teen's
    if (head in _ROLES or kept and kept[-1].lower_ in _ROLES) and not any(
            t.pos_ == "PROPN" and t.lower_ not in _ROLES for t in kept):
        return None
    number = any(_NUMBER.search(w) for w in words)
    if any(t.lower_ in _HOW_MUCH for t in kept) and not number and root.pos_ != "PROPN":
        return None  # "the most money ive ever made": no "ooh, most money! 😄" (round 73)
    if root.dep_ == "pobj" and root.head.lower_ in _PLACES and not number:
        return None  # where it happened ("on the kitchen table", "in oklahoma") is no gist
    if len(words) == 1 and root.tag_ in {"NNP", "NNPS"} and head.endswith("s") and \
            not head.endswith("ss"):
        return None  # "the goodbye thing at jonahs": someone's place, "'s" unwritten
    score = 0.0
    if number:
        score += 2.0  # "40 hoodies", "3 tests"
    if any(t.pos_ == "PROPN" for t in chunk):
        score += 1.5
    if any(t.dep_ in {"amod", "compound"} for t in chunk):
        score += 1.0  # "the new chem teacher"
    if root.dep_ in {"dobj", "pobj", "attr"}:
        score += 0.5  # the thing done or talked about over the one doing it
    if any(t.lower_ in {"my", "our"} for t in chunk):
        score += 0.5  # "my dog", "my closet"
    return score


#: idioms whose nouns are no thing told: "an arm and a leg", "i could eat a horse"
_IDIOMS = re.compile(r"\b(?:an? )?arm and a leg\b|\beat a (?:horse|cow|whole \w+)\b|"
                     r"\b(?:a )?piece of cake\b|\bbreak a leg\b|\bunder the weather\b|"
                     r"\bspill(?:ing)? the tea\b|\bhit the books\b|\b(?:a )?fortune\b|"
                     r"\b(?:losing|lose|lost) my mind\b|\bmy brain is (?:fried|mush)\b|"
                     r"\bon cloud nine\b|\bin hot water\b|\bcold feet\b|\bthe last straw\b|"
                     r"\bbite the bullet\b|\bcost (?:me )?(?:a )?bomb\b|"
                     r"\b(?:the )?bane of my existence\b|\bthe death of me\b|"
                     r"\bdriving me (?:crazy|nuts|insane)\b|\bget on my nerves\b|"
                     r"\b(?:had|has|have|got) (?:my|your|his|her|our) back\b|"
                     # round 42: "okay, chicken, I need the details", "ooh, total can!"
                     r"\b(?:like )?a chicken with (?:its|his|her|my) head cut off\b|"
                     r"\b(?:a |total |whole )*can of worms\b|\b(?:a )?hot mess\b|"
                     r"\bover the moon\b|\brain(?:ing|ed|s)? cats and dogs\b|"
                     r"\bonce in a blue moon\b|"
                     r"\bwhen pigs fly\b|\bthe elephant in the room\b|\bhit the hay\b|"
                     r"\blet the cat out of the bag\b|\bbreak the ice\b|\bthe drawing board\b|"
                     r"\bsquare one\b|\bup the wall\b|\bin the same boat\b|"
                     r"\b(?:a )?walk in the park\b|\bthe tip of the iceberg\b|"
                     r"\bon thin ice\b|\bthe whole nine yards\b|\bout of my league\b|"
                     r"\bsweating bullets\b|\bpulling (?:my|our) hair out\b|"
                     r"\bup to (?:my|our) (?:neck|eyeballs|ears)\b|\bdown to the wire\b|"
                     r"\b(?:running )?on fumes\b|\bbit(?:e)? off more than\b|"
                     r"\beating (?:me|us) alive\b|\bbutterflies in (?:my|our) stomach\b",
                     re.I)


#: "she'll" and "he'll" typed without the apostrophe, before a verb
_SHELL = re.compile(r"\b(she|he)ll (?=(?:buy|get|be|have|let|take|make|come|go|probably|prob|"
                    r"def|never|always|love|kill|need|want|say|tell|give|pick|drive|do)\b)", re.I)


#: a thing's own name: "our team is called the frostbiters", "a blog called the hungry greg"
_CALLED = re.compile(r"\b(?<!\bi )called\s+(?!(?:me|him|her|us|them|you|u|my|his|it|out|for|"
                     r"back|off|up|in|to)\b)(?:the\s+)?([a-z][a-z']+(?:\s+[a-z][a-z']+){0,2}?)"
                     r"(?=\s+(?:its|it's|and|but|which|who|lol|bc|so|on|at|in|with|(?:his|her) "
                     r"name)\b|\s*[(,.!?]|\s*$)")


def gist(text: str) -> str | None:
    """The thing ``text`` is about, said back in the second person, or None; nothing out
    of an idiom ("gpus cost an arm and a leg": no "arm")."""
    text = _IDIOMS.sub("a lot", text)  # (a word in its place keeps the parse: "cost a lot")
    text = _SHELL.sub(lambda m: f"{m.group(1)}'ll ", text)  # "top 3 shell buy me": she'll
    text = re.sub(r"^\W*so far,?\s+", "", text, flags=re.I)  # "so far 4 dogs are coming":
    # not "far 4 dogs" (round 76)
    if not text.strip():
        return None
    if (called := _CALLED.search(text.lower())) and not is_first_name(called.group(1)) and \
            len(called.group(1).split()) <= 3 and not _VAGUE & set(called.group(1).split()):
        return ("the " if called.group(0).split()[1] == "the" else "") + called.group(1)
        # "my team is called the frostbiters its me ... nils grace ... and sam": the team's
        # name, not the last of its names (round 71: "ooh, sam! I want to hear about that")
    doc = parse(truecase(text))  # "our rabbit nugget": a name
    best: tuple[float, int, str] | None = None
    for chunk in doc.noun_chunks:
        if re.search(r"\bnot\s*$", doc.text[:chunk.start_char], re.I):
            continue  # "the sale is in the cafeteria not the gym": not the gym
        if re.search(r"\w[.!?]+\s", chunk.text):
            continue  # "hes 6. bottom front tooth": two sentences, no one thing
        if chunk.text.lower() in _VERB_NAMES:
            continue  # "my mom hung the birdhouse": no one called Hung
        kept = _kept(chunk)
        score = _score(chunk, kept)
        if score is None:
            continue
        said = " ".join(t.text if t.pos_ == "PROPN" and t.lower_ not in EVENT_NOUNS else t.lower_
                        for t in kept)  # (not "your grandmas Funeral")
        said = _CHAT_LEAD.sub("", said)  # "btw gerald", "tho jess": the name
        if (who := _PERSON_NAME.match(said)) and (is_first_name(who.group(1)) or re.search(
                rf"\b{re.escape(who.group(0))} (?:in|from|at|on|who|that|said|called|asked|sat|"
                r"told|is|was)\b", text, re.I)):
            said = who.group(1).capitalize()  # "this girl priya": Priya, not "girl priya"
        said = re.sub(r"([$£€]) (?=\d)", r"\1", said)  # "a $25 gift card", not "25 gift card"
        said = re.sub(r" (?='s\b)", "", said)  # "dot's son", not "dot 's son"
        if not said or re.fullmatch(r"(?:the |your )?\d+(?:st|nd|rd|th)?", said.lower()) or \
                not re.search(r"[a-z]", said.lower()):  # ("hes 8)": no "ahh 8), that's so nice")
            continue  # a date ("the 23rd"): no thing to name
        if (code := re.fullmatch(r"(?:the |your |my |a )?\d+([a-z]{1,2})", said.lower())) and \
                code.group(1) not in ("st", "nd", "rd", "th", "am", "pm", "k", "m", "s"):
            continue  # "my 3d printed frog planter": no "your 3d" (round 79)
        if re.search(r"(?:^|\s)[b-hj-z](?:\s|[.,!?]|$)", said.lower()):
            continue  # a word spelled out ("b-o-u-r-g-e-o-i-s"): no thing to name
        said = _VERB_TAIL.sub("", said)  # "the fest starts (at noon)": the fest
        if _ODD.search(said.lower()):
            continue  # "me horton" (a title), "my dads (old one)", "4 ounces", "9:15 one"
        if best is None or (score, -chunk.start) > (best[0], best[1]):
            best = (score, -chunk.start, said)
    if best is None or best[0] <= 0:
        return None
    # a name after a title is a name ("Mr dale" -> "Mr Dale"); a name's own thing is theirs
    # ("karims graduation" -> "Karim's graduation")
    said = _TITLED.sub(lambda m: f"{m.group(1).capitalize()} {m.group(2).upper()}",
                       second_person(best[2]))
    return _OWNED.sub(lambda m: f"{m.group(1)}'s " if m.group(1).lower() in _ROLES else
                      f"{m.group(1).capitalize()}'s " if is_first_name(m.group(1)) else
                      m.group(0), said)


_CHAT_LEAD = re.compile(r"^(?:(?:btw|tho|ngl|lol|fr|lowkey|omg|ok|like|also|and|but|so(?! much\b| "
                        r"many\b)|no|wait|oh|yeah|bc|cuz|cause|because)\s+)+", re.I)
#: ("bc sam" is Sam; "so much food" keeps its "so")
#: past tenses that are first names too, which the casing may take for a name
_VERB_NAMES = frozenset("hung drew rose sang wore won bore shed".split())
_PERSON_NAME = re.compile(r"^(?:girl|guy|boy|kid|dude|lady|man|woman) (\w+)$", re.I)
_VERB_TAIL = re.compile(r"(?<=\w) (?:starts|ends|opens|closes|runs|goes|comes|is|was|are|were)$",
                        re.I)
#: no thing to name: a word of the teen's ("me horton" of a song title), a possessive cut
#: from its noun ("my dads old one"), a measure or a time ("4 ounces", "the 9:15 one")
_ODD = re.compile(r"^(?:me|you) \w|^(?:my |your )?(?:dads|moms|mums|grandmas|grandpas|nanas)$|"
                  r"^(?:the |your )?[\d:.,]+ (?:ounces?|oz|pounds?|lbs?|yards?|minutes?|mins?|"
                  r"hours?|hrs?|seconds?|secs?|inches|feet|foot|miles?|km|kg|grams?|percent|ones?)$")
_OWNED = re.compile(r"(?<![\w'])(?<!the )(?<!a )([A-Za-z][a-z]+)s (?=[a-z])")
_TITLED = re.compile(r"\b(mr|mrs|ms|dr|coach|sensei)\.? ([a-z])", re.I)


def told_before(said: str, view: TurnView) -> bool:
    """The gist's words were in an earlier message of the teen's ("omar" after "my friend
    omar is in the club too"): a "wait, X? tell me more" would greet an old friend as news
    (round 40)."""
    core = re.sub(r"^(?:your|the|my|a|an) ", "", said.lower()).strip()
    return bool(core) and any(m.role == "user" and re.search(rf"\b{re.escape(core)}\b",
                                                              m.content.lower())
                              for m in view.history if m.content != view.text)


#: family named by role: no "not nani 😭😂" (``skills``); with the words said in full
KIN = frozenset("""nani nana nan gran granny grandma grandpa abuela abuelo oma opa mom mum dad
mama papa baba teta tita lola lolo auntie aunt uncle tia tio sis bro""".split())
KIN_WORD = "|".join(sorted(KIN | {"grandmother", "grandfather", "mother", "father", "sister",
                                  "brother", "cousin"}))
#: someone or something dear, never named as a small annoyance ("ugh, your tia 😩 that's so
#: annoying", "ugh, your husky Juniper 😩": rounds 73-74; ``skills.fallback``)
DEAR = re.compile(rf"\b(?:{KIN_WORD}|friend|bestie|bff|fav|fave|favou?rite|dog|puppy|pup|cat|"
                  r"kitten|husky|bunny|rabbit|hamster|bird|baby)s?\b|\b[A-Z][a-z]+\b")
