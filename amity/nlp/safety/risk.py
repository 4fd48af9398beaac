"""Risk, not topic: the speaker's own intent, plan, means, goodbye or self-harm now.

Contract: ``risk_hits(text) -> list[Hit]``, high-tier ``self_harm`` hits (rule names
``risk:<cues>``) for a message in which the speaker says, in their own words, that they
mean to act: a death wish or a self-harm act together with a plan, a means, a time or a
goodbye, within a window of a few sentences (a long post is read in sentence windows, so a
story around the risk does not hide it, and one sad sentence in a story does not make it a
crisis). Each cue family is first person ("i", "my", an imperative goodbye); a sentence
whose subject is someone else ("my friend said she has a plan"), that is negated ("i'm not
going to do it") or that tells of the past as over ("i used to...", "i'm doing better")
gives no cue. Subject alone (sadness, depression, a friend's suicide, a news story) never
makes a hit. It knows nothing about the classifier or the policy.
"""

from __future__ import annotations

import re

from amity.nlp.safety.patterns import IM, ON_TIME, RECOVERED, SENTENCE, A
from amity.nlp.safety.rules import _HYPER, _SERIOUS, Hit, idiom_in, told_as_past

__all__ = ["WINDOW", "risk_hits", "topical"]

WINDOW = 4  # sentences read together

_I = rf"(?:\bi\b|\b{IM}|\bi{A}ve\b|\bive\b|\bi{A}ll\b|\bi{A}d\b)"
# a death wish or the act itself, said by the speaker
_WISH = re.compile(
    rf"(?:thinking|think|thought|dream\w*|obsess\w*)\s+(?:a\s+lot\s+|so\s+much\s+|every\s+day\s+|"
    rf"constantly\s+)?about\s+(?:dying|death|jumping|killing\s+myself|ending\s+(?:it|my\s+life)|"
    rf"suicide|taking\s+all\s+of\s+them|just\s+taking\s+all|it\b)|"
    rf"\b(?:easier|better)\s+(?:for\s+everyone\s+)?if\s+i\s+(?:just\s+)?(?:wasn{A}?t|weren{A}?t|was\s+not|"
    rf"died|was\s+dead|was\s+gone|didn{A}?t\s+exist)|\bbetter\s+off\s+(?:if\s+i|without\s+me)|"
    rf"\b(?:don{A}?t|dont|do\s+not)\s+(?:think\s+i\s+)?want\s+to\s+(?:be\s+here|wake\s+up{ON_TIME}|live|be\s+alive)|"
    rf"\bwant\s+to\s+(?:die|be\s+with\s+(?:him|her|them)\b)|\b(?:not|won{A}?t|wont)\s+(?:going\s+to\s+)?be\s+"
    rf"(?:here|around|alive)\s+(?:soon|for|much|by|after|anymore|next)|\bi{A}?m\s+done\b(?!\s+with)|"
    rf"\bnot\s+coming\s+back\b|\bend\s+it\b(?!\s+with\b)|\bkill\s+myself\b|\bsuicidal\b|"
    rf"\bjust\s+want\s+it\s+(?:all\s+)?to\s+(?:stop|end|be\s+over)|\bi\s+want\s+to\s+do\s+more\b|"
    rf"\bnot\s+just\s+cut\b",
    re.I)
# a plan, a time, a decision
_PLAN = re.compile(
    rf"\b(?:going\s+to|gonna|planning\s+(?:to|on)|plan\s+to|about\s+to|ready\s+to)\s+(?:actually\s+|"
    rf"really\s+|finally\s+)?(?:do\s+it|end\s+it(?!\s+with\b)|use\s+it|take\s+(?:them|it|all)|jump|go\s+through|"
    rf"walk\s+to\s+the\s+(?:tracks|train|bridge|river)|drive\s+\w+\s+car\s+into)|"
    rf"\b(?:i\s+have|i{A}ve\s+got|ive\s+got)\s+a\s+plan\b|\b(?:already|i{A}?ve|ive|i\s+have|i)\s+decided\b|"
    rf"\b(?:have|got)\s+everything\s+ready\b|\bthat{A}?s\s+when\s+i{A}?m\s+going\b|"
    rf"\b(?:figured\s+out|wrote\s+down|know\s+exactly|decided)\s+(?:exactly\s+)?how\s+i{A}?m\s+"
    rf"(?:going\s+to|gonna)\b|\bwaiting\s+(?:for|till|until)\s+(?:a\s+weekend|my\s+parents|"
    rf"everyone|they)\b|\bbeen\s+waiting\s+for\s+a\s+\w+\s+like\s+this\b|"
    rf"\b(?:tonight|tomorrow|this\s+weekend|on\s+\w+day)\b[^.!?]{{0,30}}\b(?:do\s+it|end\s+it|take\s+them)\b",
    re.I)
# a means at hand
_MEANS = re.compile(
    r"\b(?:sleeping\s+pills|pills|painkillers|antidepressants|meds|medication|prescription|tylenol|"
    r"gun|rifle|shotgun|pistol|handgun|firearm|rope|razor|blade|noose|train\s+tracks|tracks|bridge|roof|ledge|edge\s+of\s+the|overdose|"
    r"how\s+many\s+(?:of\s+)?(?:my\s+|them\s+)?\w*\s*(?:it\s+would|would\s+it)\s+take|"
    r"stockpil\w+|hoard\w+|saving\s+up)\b",
    re.I)
# a goodbye or putting things in order: strong (notes, giving things away) and weak (thanks)
_BYE = re.compile(
    rf"\b(?:wrote|write|writing|left|leaving|hid)\s+(?:\w+\s+){{0,2}}(?:notes?|letters?)\b|"
    rf"\bgave\s+(?:away\s+)?(?:all\s+)?my\s+\w+(?:\s+\w+){{0,2}}\s+(?:away|to)\b|\bgave\s+away\s+my\b|"
    rf"\bi\s+(?:won{A}?t|wont)\s+need\s+(?:it|them)\b|\bif\s+i{A}?m\s+still\s+(?:here|alive|around)\b",
    re.I)
_THANKS = re.compile(
    r"\bsay\s+goodbye\b|\bthank\s+you\s+for\s+(?:being|everything|always)|\bthanks\s+for\s+"
    r"(?:being|always|everything)|\byou\s+were\s+a\s+good\s+friend\b",
    re.I)
# self-harm now
_NOW = re.compile(
    r"\b(?:took|swallowed|taken)\s+(?:a\s+bunch|a\s+lot|all|like\s+\d+|\d+)\b[^.!?]{0,30}\b(?:pills|meds|"
    r"tablets)|\bfeel\s+(?:kinda\s+|really\s+|so\s+)?(?:dizzy|sleepy|weird)\s+now\b|"
    r"\b(?:scratch\w*|cut\w*|burn\w*|hit\w*|punch\w*)\s+(?:my\s+)?(?:wrists?|arms?|legs?|thighs?|"
    r"skin|myself)\b[^.!?]{0,40}\b(?:until|till|again|bleed|bled)|\bholding\s+the\s+(?:razor|blade|"
    r"knife|pills)\b",
    re.I)

# suicidal ideation in the speaker's own words, at any length: the speaker ("i", "me") and
# suicide, their own death or an attempt in one sentence ("i attempted last night", "i
# planned on dying today", "haven't been this suicidal in a long time")
_IDEATION = re.compile(
    r"\bsuicid\w*|\bkill(?:ing)?\s+myself\b|\bend(?:ing)?\s+my\s+(?:own\s+)?life\b|"
    r"\btak(?:e|ing)\s+my\s+(?:own\s+)?life\b|\boverdos\w*|\b(?:want|wanna|wish|ready|planned|planning|"
    r"plan|decided)\s+(?:on\s+|to\s+)?(?:die|dying|be\s+dead|go\s+tonight)\b|\b(?:i|i\s+just)\s+"
    r"(?:attempted\b(?!\s+(?:to\s+(?!kill|die|end|overdose|hang)|it\s+on|on|out))|tried\s+to\s+"
    r"(?:kill\s+myself|die|end\s+(?:it|my\s+life)|overdose|hang\s+myself))|"
    r"\b(?:my|an)\s+(?:suicide\s+)?attempt\b|\bsaid\s+my\s+goodbyes\b|\bnoose\b|"
    r"\b(?:wish|hope|hoping)\s+(?:i\s+)?(?:\w+\s+){0,3}(?:die|died|dead)\b|\bnot\s+dead\s+yet\b",
    re.I)
_SPEAKER = re.compile(rf"\bi\b|\b{IM}|\bi{A}(?:ve|ll|d)\b|\bive\b|\bme\b|\bmyself\b", re.I)
_TOPIC = re.compile(
    r"\b(?:prevention|awareness|hotline|helpline|lifeline|assembly|class|lesson|video|movie|film|"
    r"show|book|novel|song|lyrics?|essay|project|article|news|statistics?|research|documentary|"
    r"character|episode|poem|squad|sprints?|drills?|what\s+(?:is|does)|define)\b|"
    # dev8's topic lines: a show read for class, a peer support club, a word explained
    r"\b(?:what\s+\w+\s+means|how\s+do\s+i\s+explain|peer\s+support|support\s+club|"
    r"(?:thirteen|13)\s+reasons\s+why|for\s+(?:english|health|psych|psychology)\s+class)\b|"
    r"\b(?:died|dies|death)\s+(?:by|from|of)\s+suicide\b|\bwhat\s+(?:should|do|can)\s+i\s+(?:say|tell)\b|"
    r"\bhow\s+(?:do|can|should)\s+i\s+(?:help|support|talk\s+to)\b|"
    r"\bnot\s+(?:\w+\s+)?suicidal\b|\b(?:don{0}?t|dont|never)\s+(?:really\s+)?(?:want|wanna|plan|would)\s+"
    r"(?:to\s+|on\s+)?(?:ever\s+|actually\s+)?(?:die|dying|kill|hurt|harm|end|do\s+(?:it|anything)\b|act\b|"
    r"attempt|cut|overdose|jump)|"
    r"\b(?:not|never|won{0}?t|wont)\s+(?:\w+\s+){0,3}?(?:kill|suicid|end|die|overdos|attempt)|"
    r"\b(?:told|tell|telling|tells|said|says|saying|dared|asked)\s+(?:me\s+)?(?:to|i\s+should)\b"
    .replace("{0}", A),
    re.I)
_OTHER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:he|she|they|my\s+(?:\w+\s+)?(?:friend|bestie|bff|sister|brother|cousin|"
    r"mom|dad|girlfriend|boyfriend|gf|bf|roommate|classmate|teammate)|"
    r"her|his|someone|a\s+(?:girl|boy|kid)|this\s+(?:girl|boy|kid)|the\s+(?:character|song|book|"
    r"movie|show))\b(?:\s+\w+){0,3}\s+(?:said|says|told|has|had|is|was|wants|wanted|keeps|posted|"
    r"texted)\b",
    re.I)
_NOT = re.compile(
    rf"\b(?:not|never|don{A}?t|dont|won{A}?t|wont)\s+(?:going\s+to|gonna|plan|want\s+to|ever)\s+"
    rf"(?:do\s+it|act|hurt|end|jump|take)|\bused\s+to\b|\bdoing\s+(?:better|okay|ok)\b|"
    rf"\bwould\s+never\b|" + RECOVERED,
    re.I)


def _cues(sentence: str) -> set[str]:
    if _OTHER.search(sentence) or _over(sentence) or idiom_in(sentence) or (
            _HYPER.search(sentence) and not _SERIOUS.search(sentence)):
        return set()  # someone else, a negation, an idiom or a joke ("i want to die lol")
    found = set()
    first = re.search(_I, sentence, re.I) is not None or re.search(r"\bmy\b", sentence, re.I)
    if (_IDEATION.search(sentence) and _SPEAKER.search(sentence)
            and not _TOPIC.search(sentence)):
        found.add("ideation")
    for name, pattern in (("wish", _WISH), ("plan", _PLAN), ("means", _MEANS), ("bye", _BYE),
                          ("thanks", _THANKS), ("now", _NOW)):
        if pattern.search(sentence) and (first or name in ("bye", "thanks")):
            found.add(name)
    return found


def risk_hits(text: str) -> list[Hit]:
    """High-tier self-harm hits where intent meets a plan, means, goodbye or an act."""
    spans = [(m.start(), m.end()) for m in SENTENCE.finditer(text) if m.group().strip()]
    cues = [_cues(text[s:e]) for s, e in spans]
    for i in range(len(spans)):
        window = set().union(*cues[i:i + WINDOW])
        if not window:
            continue
        concrete = {"plan", "means", "bye", "thanks"} & window
        if {"now", "ideation"} & window or ("wish" in window and concrete) \
                or ({"plan", "means"} & window and "bye" in window) \
                or {"plan", "means"} <= window:
            last = max(j for j in range(i, min(i + WINDOW, len(spans))) if cues[j])
            start, end = spans[i][0], spans[last][1]
            while start < end and text[start].isspace():
                start += 1
            return [Hit("self_harm", "high", 0.9, start, end, "risk:" + "+".join(sorted(window)))]
    return []


def _over(text: str) -> bool:
    """A negation ("i would never"), a recovery ("one year clean") or a time long past with
    nothing said of now ("two years ago i tried": ``rules.told_as_past``)."""
    return bool(_NOT.search(text)) or told_as_past(text)


def topical(text: str) -> bool:
    """Whether ``text`` reads as suicide or self-harm as a topic (a lesson, a walk, a song,
    a definition), as a negation ("i would never") or as over (a recovery, a time long
    past), not as the speaker's own risk now."""
    return bool(_TOPIC.search(text)) or _over(text)
