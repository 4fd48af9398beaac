"""Whose risk a passage speaks of: the speaker's own words of death, harm or a means.

Contract: ``owned(text)`` is true when ``text`` reads as the speaker's own risk now:
``owned_risk`` (the speaker, and in one sentence words of death, harm or a means that are
not an idiom, someone else's death, a topic or a time long past) or ``owned_indirect`` (an
indirect phrase of risk, ``indirect.indirect_cue``, said by the speaker, no topic, no
idiom). ``means(words, text)`` finds ``words`` with medicine alone needing an amount;
``plain(text)`` blanks idioms and others' deaths. ``RISK_WORDS`` (broad: "forever", "last")
and ``HARM_WORDS`` (strict) are the word lists the checker reads. Pure functions over
text; the checker (``checker._classifier_hits``, ``checker._fuse``) decides what they
grant.
"""

from __future__ import annotations

import re

from amity.nlp.safety.indirect import FOR_CLASS, indirect_cue
from amity.nlp.safety.patterns import SENTENCE
from amity.nlp.safety.risk import topical
from amity.nlp.safety.rules import _FIRST_SUBJECT as _SPEAKER  # "my" alone is often "my brother"
from amity.nlp.safety.rules import idiom_in, without_idioms

__all__ = ["FIRST_PERSON", "HARM_WORDS", "RISK_WORDS", "amount_asked", "means", "owned",
           "owned_indirect", "owned_risk", "plain"]

#: a chat message the classifier alone calls self-harm must say something of the kind:
#: death or harm words for the high tier, any word of distress for the check tier (the
#: vector alone reads topic and mood: "its 2pm on a saturday and ive done nothing")
RISK_WORDS = re.compile(
    r"\b(?:di(?:e|ed|es|ing)|dying|dead|death|kill\w*|suicid\w*|unaliv\w*|kms|alive|live|living|"
    r"exist\w*|end(?:ing)?\s+(?:it|things|everything)|gone|goodbye|bye|"
    r"(?<!last\s)(?<!lasts\s)(?<!take\s)(?<!takes\s)(?<!took\s)forever|pills?|"
    # "my last day", "one last time"; not "last night", "last week" (a time gone by), nor
    # "civics last forever", "it lasts long" (lasting)
    r"last(?!\s+(?:night|week|weekend|year|month|summer|winter|fall|spring|semester|"
    r"period|class|game|match|minute|episode|season|chapter|forever|long|longer|a\s+while|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|"
    r"halloween|term|quarter|practice|shift|lesson|round|level|slice|piece|bite))|"
    r"meds|overdose|od|cut\w*|blade|razor|hurt\w*|harm\w*|bleed\w*|blood|burden|wake\s+up|"
    r"rifle|shotgun|pistol|handgun|firearm|"
    r"disappear\w*|vanish\w*|better\s+off|no\s+point|over\s+soon|rope|gun|jump\w*|"
    # a note, not a sticky note or a note card ("im writing it on a sticky note")
    r"(?<!sticky\s)(?<!post-it\s)note(?!\s*(?:app|card|book|pad)\b)(?!" + FOR_CLASS + r")|"
    r"bridge|tracks|roof|stuff\s+away|(?:not|stop)\s+being\s+here|be\s+here\s+anymore)\b", re.I)
HARM_WORDS = re.compile(
    r"\b(?:di(?:e|ed|es|ing)|dying|dead|death|kill\w*|suicid\w*|unaliv\w*|kms|overdos\w*|od|pills?|"
    r"meds|tablets|cut\w*|blade|razor|hurt\w*|harm\w*|bleed\w*|bled|blood|burden|wake\s+up|"
    r"end(?:ing)?\s+(?:it|things|everything|my\s+life)|better\s+off|rope|noose|gun|rifle|shotgun|"
    r"pistol|handgun|firearm|jump\w*|"
    r"bridge|tracks|goodbye|(?:not|stop)\s+being\s+here|be\s+here\s+anymore|"
    r"stop\s+existing|disappear\s+forever|(?:tired|sick)\s+of\s+(?:being\s+)?alive|"
    r"(?:be|being|stay|staying)\s+alive|stop\s+breathing|(?:it|this|everything)\s+(?:all\s+)?"
    r"(?:to\s+)?(?:just\s+)?be\s+over|(?:hit|hitting|burn\w*|scratch\w*|punch\w*)\s+myself|"
    r"(?:bang|hit|smash|slam)\w*\s+my\s+head\s+(?:against|on|into)|relaps\w*|how\s+to\s+do\s+it|(?:do|did|doing)\s+it\s+again|"
    r"go(?:ing)?\s+through\s+with\s+it|courage\s+to\s+(?:actually\s+)?do\s+it|high\s+enough|"
    r"(?:didn\W?t|don\W?t|dont|didnt|not)\s+(?:even\s+)?(?:live|exist)|(?:tired|sick)\s+of\s+existing|"
    r"want\s+to\s+(?:just\s+)?disappear)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:i|i['’]?m|im|i['’]?ve|ive|i['’]?ll|me|my|myself)\b", re.I)
#: a chat message that drops its "i" ("relapsed. cut again like 10 min ago"): the speaker
_PRO_DROP = re.compile(r"\W*(?:just\s+|literally\s+|so\s+)?(?:relapsed|cut|burned|burnt|took|"
                       r"swallowed|hurt|scratched|punched)\b", re.I)
_OTHERS_DEATH = re.compile(
    r"\b(?:my|our|his|her|their|the)\s+(?!self\b)(?:\w+\s+){0,2}?(?:just\s+)?(?:died|is\s+dying|"
    r"passed(?:\s+away)?|is\s+dead)\b", re.I)
_OTHER_PERSON = re.compile(
    r"\b(?:he|she|they|him|her|them|his|their|friend|bestie|bff|sister|brother|cousin|"
    r"classmate|someone|somebody|people)\b", re.I)
#: medicine words are a means only with an amount or a plan ("all my pills", "a bottle")
_MEDICINE = frozenset({"pill", "pills", "meds", "tablets"})
_AMOUNT = re.compile(r"\b(?:all|every|whole|bottles?|box|too\s+many|enough|handful|bunch|"
                     r"stockpil\w*|sav(?:e|ed|ing)\s+(?:up|them)|count(?:ed|ing)?|hoard\w*|"
                     r"overdos\w*|od|at\s+once)\b", re.I)

#: a thing cut, not skin: "i cut it and now i need it back" (a story from a speech), "cut my
#: hair", "cut class", "cut the intro"
CUT_THING = re.compile(
    r"\bcut(?:s|ting)?\s+(?:it|that|this|them|out|down|back|off|in|class|school|ties|corners|"
    r"(?:some|a\s+few|a\s+couple)\s+(?:people|names|guests|friends|kids|songs|scenes|lines|"
    r"pages|words|parts)\b|"
    r"(?:the|a|an|my|our|his|her|their|some)\s+(?!(?:skin|wrists?|arms?|legs?|thighs?|stomach|"
    r"hips?|self|body)\b)\w+)\b(?!\s+(?:open|deep|again)\b)|"
    # an accident: "i cut my leg on a rock at the lake", "cut my finger cooking"
    r"\bcut(?:s|ting)?\s+(?:my|his|her|their)\s+(?:\w+\s+)?\w+\s+(?:on\s+(?!purpose\b)(?:a|the|some|"
    r"broken)\b|shaving|cooking|while\s+(?:cooking|shaving|cutting|chopping|slicing))|"
    # guests cut from a list: "how many guests are coming again? i keep forgeting after i cut
    # some" (round 43: the crisis message)
    r"^(?=.*\b(?:guests?|guest\s+list|invites?|invited|names|people)\b).*"
    r"\bcut(?:s|ting)?\s+(?:some|a\s+few|a\s+couple)(?:\s+(?:out|off))?\W*$", re.I)


#: a jump that is a sport, a game's move or play: "the backwards long jump" (a mario 64
#: trick: round 44 got "are you doing okay?"), "jump rope", "a jump shot", "jumping jacks"
JUMP_THING = re.compile(
    r"\b(?:long|high|triple|ski|box|standing|broad|tuck|split|star|toe|pike|double|wall|"
    r"rocket|bunny|first)\s+jumps?\b|\bjump\s*(?:shots?|ropes?|serves?|scares?|squats?|suits?|"
    r"starts?|kicks?|pass|cuts?|king)\b|\bjumping\s+jacks\b|\bjump(?:ed|ing|s)?\s+(?:rope|"
    r"on (?:the|a|my) (?:trampoline|bed|couch)|in(?:to)? (?:the|a) (?:pool|lake|ocean|water|"
    r"leaves|puddles?)|off (?:the|a) (?:diving board|high dive|dock|swing)|over (?:the|a|it))\b",
    re.I)


def plain(text: str) -> str:
    """``text`` without its idioms, without someone else's death ("my dog died this
    morning", "my grandpa passed away": grief, not the speaker's risk), without things
    cut ("i cut it from the speech") and without a jump that is a sport (``JUMP_THING``)."""
    return JUMP_THING.sub(" ", CUT_THING.sub(" ", _OTHERS_DEATH.sub(" ", without_idioms(text))))


def owned(text: str) -> bool:
    return owned_risk(text) or owned_indirect(text)


def owned_risk(text: str) -> bool:
    """The speaker in ``text`` ("i", "me", "my") and, in one sentence of it, words of death,
    harm or a means (``HARM_WORDS``: stricter than ``RISK_WORDS``, no "forever" or "last")
    outside an idiom ("my mom is going to kill me") or someone else's death ("my dog died":
    ``plain``), no one else in it unless the speaker is there too ("my younger brother
    posts memes about dying" is his), and no sign of a topic (a lesson, an awareness walk,
    a song, a negation, a time long past: ``risk.topical``). One sentence decides: a
    story's "two years ago" or "i don't want" elsewhere does not excuse "i think about
    dying"."""
    if not FIRST_PERSON.search(text) and not _PRO_DROP.match(text):
        return False
    for m in SENTENCE.finditer(text):
        said = m.group()
        if (means(HARM_WORDS, plain(said)) and not topical(said)
                and (_SPEAKER.search(said) or not _OTHER_PERSON.search(said))):
            return True
    return False


def means(words: re.Pattern[str], text: str) -> bool:
    """Whether ``text`` holds one of ``words``; medicine alone ("took my meds", "the pain
    meds made me loopy") only with an amount or a plan ("all my pills", "saving them")."""
    found = {m.group(0).lower() for m in words.finditer(text)}
    return bool(found) and not (found <= _MEDICINE and not _AMOUNT.search(text))


def amount_asked(text: str) -> bool:
    """A question of how much or how many with no word of risk ("how much i have saved",
    a savings total asked back), not "how much longer"."""
    return bool(_AMOUNT_ASKED.search(text)) and not means(RISK_WORDS, plain(text))


_AMOUNT_ASKED = re.compile(r"\bhow (?:much|many)\b(?! (?:longer|more)\b)", re.I)


def owned_indirect(text: str) -> bool:
    """An indirect phrase of risk (``indirect.indirect_cue``), the speaker (or no one else
    named: "everyone would be better off"), no topic, no idiom: what a confident
    classifier score needs in place of death or harm words."""
    speaker = FIRST_PERSON.search(text) or not _OTHER_PERSON.search(text)
    return bool(indirect_cue(text) and speaker and not topical(text) and not idiom_in(text))


#: a word of a low feeling or a loss: the models' check-in stands where one is said
DISTRESS = re.compile(
    r"\b(?:sad|sadly|cry\w*|cried|tears?|upset|depress\w*|lonely|alone|hate\w*|hopeless|"
    r"worthless|empty|numb|tired|exhausted|scared|afraid|terrified|anxious|anxiety|panic\w*|"
    r"stress\w*|miss(?:ing|ed)?|lost|gone|leav\w*|left|give up|gave up|can'?t|cannot|never|"
    r"anymore|pointless|nothing|done|broken|hurt\w*|pain\w*|awful|worst|ugh|nobody (?:cares|"
    r"would|likes|loves|wants|gets)|no one (?:cares|would|likes|loves|wants|gets)|sorry|"
    r"scary|alone|suck\w*|bad|rough|hard|mad|angry|fight\w*|yell\w*|(?:nobody|no one) "
    r"(?:came|showed|remembered|invited))\b|"
    r"[\U0001F62D\U0001F622\U0001F494\U0001F61E\U0001F614\U0001F629\U0001F97A]", re.I)
#: a plan made for a celebration: "the plan is i make it by myself for my aunt bisis 50th
#: birthday party" (round 54: "Hey, that sounds really heavy")
FOR_CELEBRATION = re.compile(r"\bfor (?:my|our|his|her|the) [a-z0-9' ]{0,30}?\b(?:birthday|bday|"
                             r"party|wedding|graduation|anniversary|shower|reunion)\b", re.I)
#: glad talk: a favourite, a love, a laugh, a thing looked forward to, a celebration
GLAD_TALK = re.compile(r"\b(?:favou?rite|fav|love|loved|so cute|so fun|excited|can'?t wait|"
                       r"yay|lol|lmao|haha\w*|hype\w*|best)\b|!!|(?:"
                       + FOR_CELEBRATION.pattern + ")", re.I)
