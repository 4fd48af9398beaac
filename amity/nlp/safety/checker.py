"""Safety checks on a message: ``check(text, context) -> list[Verdict]``.

Contract:
- ``check`` returns at most one verdict per category in ``CATEGORIES`` (the strongest:
  tier "high" before "check", then the higher score), except ``personal_data``, which gets
  one verdict per datum so the engine can redact each span. Verdicts are sorted high tier
  first, then by score. ``span`` always lies within ``text`` and ``matched`` is
  ``text[span[0]:span[1]]``; a classifier verdict spans the message (or the chunk of a long
  message) it scored.
- Tier "high" (``Verdict.tripwire``) is the high-precision tier: an explicit rule
  ("i want to kill myself", "i cut myself again", "send nudes", "ignore previous
  instructions") or a confident classifier. Tier "check" is the high-recall tier: vaguer
  despair, softer mentions, a less confident classifier.
- ``is_crisis(verdicts)`` is true for a high-tier ``self_harm`` verdict: the engine answers
  with its fixed crisis message. High-tier ``abuse`` and ``sexual_minor`` are tripwires too;
  what to say for those is the engine's choice.
- ``context`` holds earlier messages of the conversation (oldest first) and may hold an age
  band as ``"age:13-15"`` (also ``"age_band: teen"``, ``"age:minor"``, ``"age:16"``). A
  minor's age there, or in the message or earlier messages ("i'm 14", "8th grade"), turns a
  sexual verdict into a ``sexual_minor`` one of the same tier as well.
- ``vector`` is the message's MiniLM vector (``amity.nlp.embed.encode_one``) when the caller
  already has it; otherwise ``check`` encodes the text itself. A long message (``windows``:
  40 words or more) is also scored in overlapping windows of two sentences, and each
  category takes its best score over the message and its windows, so one buried sentence
  decides (the whole-message vector dilutes it and covers only 256 tokens). A window alone
  makes a high-tier ``self_harm`` verdict only when it speaks of death, harm or a means in
  the first person and not as a topic (``owned_risk``) or holds an indirect phrase of risk
  (``owned_indirect``); so does the whole of a long message; other categories' windows
  reach the check tier alone. A classifier self-harm score of at least ``_CONFIDENT`` read in the
  same way (own words of harm, no topic, no rule saying someone else, no idiom) is the high
  tier even under the classifier's own high threshold. Rules read at most ``MAX_SCAN`` characters of
  a message: its first ``MAX_SCAN - 2000`` and its last 2000 (a pasted essay or log costs
  tens of milliseconds, not seconds).
- The fine-tuned risk-now encoder (``risk_encoder``, ``safety_risk.int8.onnx``) reads the
  message (or its windows) when a self-harm hit, the speaker's own words of risk or a chat
  message are there: at or above its ``high`` in a passage of the speaker's own risk (``owned``, not
  someone else's, no topic, idiom, joke marker, sign-off or rule downgrade) it is the high
  tier; a chat message it reads at ``CHAT_SURE`` or more is the high tier without words of
  risk (no topic, idiom, joke marker, sign-off, errand or someone else's risk); a
  classifier-only high that every reading puts under its ``low`` stays at check.
  Without the file, rules and the vector classifier answer as before.
- ``check`` never raises on a ``str``; if the classifier cannot load or run, it warns once
  and the rules still answer.

It knows nothing about replies, the crisis message, the database or the user beyond the
age in ``context``. Rules: ``rules`` (with ``selfharm``, ``topics``),
personal data: ``pii``, classifier: ``model``, risk now: ``risk_encoder``, whose risk a
passage speaks of: ``owned``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

import numpy as np

from amity.nlp.safety import model, pii, risk_encoder
from amity.nlp.safety.farewell import (
    ASKS_SUNNY,
    ASKS_TOLD,
    SIGN_OFF,
    leaving_calmly,
    signed_off,
)
from amity.nlp.safety.minor import MAX_SCAN as MAX_SCAN  # re-exported
from amity.nlp.safety.minor import minor_in as minor_in  # re-exported
from amity.nlp.safety.ordinary import (
    asked_back,
    craft_or_pinned,
    due_asked,
    eve_of_a_plan,
    how_to_try,
    landmark,
    luck_asked,
    made_or_outgrown,
    sore_body,
    stage_fright,
    thing_alive,
    worn_out,
)
from amity.nlp.safety.owned import (
    CUT_THING,
    DISTRESS,
    FIRST_PERSON,
    FOR_CELEBRATION,
    GLAD_TALK,
    HARM_WORDS,
    JUMP_THING,
    RISK_WORDS,
    amount_asked,
    means,
    owned,
    owned_indirect,
    owned_risk,
    plain,
)
from amity.nlp.safety.patterns import A
from amity.nlp.safety.risk import risk_hits, topical
from amity.nlp.safety.rules import Hit, hyperbole_near, idiom_in, scan
from amity.nlp.safety.windows import windows
from amity.types import Verdict

__all__ = ["CATEGORIES", "CRISIS_CATEGORY", "MAX_SCAN", "check", "is_crisis", "minor_in"]

log = logging.getLogger(__name__)

CATEGORIES: tuple[str, ...] = (
    "self_harm", "sexual", "sexual_minor", "abuse", "bullying", "hate", "violence",
    "prompt_injection", "personal_data", "romance",
)
CRISIS_CATEGORY = "self_harm"
_TAIL = 2_000

_WORDY = re.compile(r"[^\W\d_]{2,}")
_IDIOM_CATS = ("self_harm", "violence", "abuse")
#: a word of harm, fear or control, without which a chat line is no abuse check
_HARM_WORDS = re.compile(
    r"\b(?:hit|hits|hitting|beat\w*|slap\w*|punch\w*|kick\w*|hurt\w*|touch\w*|grab\w*|"
    r"chok\w*|bruis\w*|push\w*|shov\w*|throw\w*|threw|threat\w*|yell\w*|scream\w*|"
    r"shout\w*|swear\w*|scared|scary|afraid|fear|terrif\w*|unsafe|safe|abus\w*|molest\w*|"
    r"rap\w*|forc\w*|locked|lock\w*|won'?t let|doesn'?t let|doesnt let|wont let|make me|"
    r"makes me|made me|drunk|drinks|mad|angry|hate\w*|blame\w*|punish\w*|starv\w*|belt|"
    r"secret|weird|uncomfortable|creep\w*|bed|room|naked|pictures?|pics?|send|sent|"
    r"cry\w*|cried|bleed\w*|blood|mark\w*|leave|kicked out|trapped)\b", re.I)
#: good news told in so many words: a "nobody noticed" beside it is no despair
_WENT_WELL = re.compile(r"\b(?:went (?:so |really |super |pretty |amazingly )?(?:well|great|"
                        r"amazing|perfect)|best day|so happy|so proud|nailed it|killed it|"
                        r"crushed it|(?:we|i) won)\b", re.I)
_DISTRESS_WORDS = re.compile(
    r"\b(?:sad|sadness|cry\w*|cried|tears|lonely|alone|empty|numb|hopeless|worthless|useless|"
    r"hate\s+(?:myself|my\s+life|everything)|tired\s+of|exhausted|anymore|can\W?t|cant|"
    r"nobody|no\s*one|depress\w*|anxi\w*|panic\w*|scared|afraid|pain|hurts?|broken|"
    r"miserable|awful|horrible|worst|give\s+up|giving\s+up|done|enough|help|trapped|stuck|"
    r"lost|alone|invisible|hate|ugly|fat|stupid|failure|fail\w*|sorry|never|"
    # "nothing matters", "no point" (not "i trip on literally nothing", "my strongest point")
    r"nothing\s+(?:matters|helps|works|left|to\s+live\s+for|changes|will\s+change)|"
    r"feel\s+nothing|pointless|no\s+point|meaningless|why\s+bother|what\W?s\s+the\s+use)\b",
    re.I)
#: a classifier self-harm score from which a reading in the speaker's own words of death,
#: harm or a means (``owned_risk``), with no rule saying someone else, a negation or an
#: idiom, is the high tier, though under the classifier's own (precision-first) threshold
_CONFIDENT = 0.8
#: someone else's risk in a passage the speaker tells ("she wants to kill herself"): the
#: risk encoder's reading alone does not make it the speaker's crisis
_THEIR_RISK = re.compile(
    r"\b(?:herself|himself|themselves|themself)\b|\b(?:she|he|they)\s+(?:\w+\s+)?(?:wants?|"
    r"said|says|told|tried|has|had|is|was|might|keeps?|posted|texted)\b", re.I)
#: a classifier self-harm score from which an indirect phrase of risk in the speaker's own
#: words (``owned_indirect``: a goodbye, no future, a burden, things given away, a plan),
#: with no death word, is the high tier
_INDIRECT_MIN = 0.85
_SHORT_WORDS = 8
_SHORT_MIN = 0.5
_CHAT_WORDS = 40
#: a would-you-rather: a game, not distress ("would u rather never be able to text again")
_GAME = re.compile(r"\b(?:w(?:ould|ud|ld)\s+(?:u|you|ya)\s+rather|wyr)\b", re.I)

_warned = False
_warned_risk = False


def _classifier_hits(text: str, vector: np.ndarray | None) -> list[Hit]:
    global _warned
    if len(_WORDY.findall(text[:2000])) < 2:
        return []  # emoji-only, numbers, one word: nothing for the classifier to read
    try:
        clf = model.default()
        spans = [(0, len(text))]
        texts: list[str] = []
        if vector is None:
            texts.append(text)
        parts = windows(text[:MAX_SCAN])
        spans += parts
        texts += [text[s:e] for s, e in parts]
        vecs = []
        if vector is not None:
            vecs.append(np.asarray(vector, dtype=np.float32).reshape(1, -1))
        if texts:
            from amity.nlp.embed import encode

            vecs.append(encode(texts))
        scores = clf.scores(np.concatenate(vecs))
    except Exception as exc:  # noqa: BLE001 - rules still answer
        if not _warned:
            log.warning("safety classifier unavailable, rules only: %s", exc)
            _warned = True
        return []
    hits: list[Hit] = []

    def texts_at(i: int) -> str:
        return text[spans[i][0]:spans[i][1]]

    for j, cat in enumerate(clf.categories):
        if cat == model.RISK:
            continue  # a risk-now head (training/train_safety.py), not a verdict category
        col = scores[:, j]
        i = int(np.argmax(col))
        tier = clf.tier(cat, float(col[i]))
        if tier is None:
            continue
        mine = cat == "self_harm" and owned(texts_at(i))
        if cat == "self_harm" and parts and tier == "high" and not mine:
            # the best reading that is the speaker's own risk, if one is as sure
            sure = [k for k in np.argsort(-col) if clf.tier(cat, float(col[k])) == "high"]
            k = next((k for k in sure if owned(texts_at(int(k)))), None)
            if k is not None:
                i, mine = int(k), True
        if i > 0 and tier == "high" and clf.tier(cat, float(col[0])) != "high" and not mine:
            tier = "check"  # a window alone trips the wire only with risk words, first person
        if parts and tier == "high" and cat == "self_harm" and not mine:
            tier = "check"  # a long post trips the wire on words of risk, not on mood alone
        s, e = spans[i]
        hits.append(Hit(cat, tier, round(float(col[i]), 4), s, e, "classifier"))
    return hits


def _fuse(text: str, rule_hits: list[Hit], clf_hits: list[Hit]) -> list[Hit]:
    """Rules decide where they spoke with a context downgrade (negation, hyperbole, someone
    else) or matched words an idiom excused (that silences the classifier for the category);
    an idiom or a joke marker ("this is killing me", "lol", "💀") silences a classifier-only
    self-harm, violence or abuse check and caps its high; these two apply to chat-length
    messages (under ``_CHAT_WORDS`` words), not to long posts; in a short message (under
    ``_SHORT_WORDS`` words, where the rules read everything and one word sways the vector) a
    classifier-only check needs ``_SHORT_MIN``; otherwise the stronger hit wins."""
    vetoed = {h.category for h in rule_hits if h.rule.endswith(":idiom")}
    rule_hits = [h for h in rule_hits if not h.rule.endswith(":idiom")]
    downgraded = {h.category for h in rule_hits if h.rule.endswith((":down", ":told", ":other"))}
    ruled = {h.category for h in rule_hits}
    explicit_high = {h.category for h in rule_hits if h.tier == "high"}
    words = len(_WORDY.findall(text[:600]))
    if words >= _CHAT_WORDS:  # a long post: one "lol" or idiom does not make it a joke
        vetoed = set()
    idiom = words < _CHAT_WORDS and any(
        h.category in _IDIOM_CATS and h.category not in ruled for h in clf_hits) and (
        idiom_in(text) or hyperbole_near(text))
    short = words < _SHORT_WORDS
    signing_off = bool(SIGN_OFF.fullmatch(text)) or signed_off(text)
    out = list(rule_hits)
    for h in clf_hits:
        if h.category in vetoed and h.category not in ruled:
            continue  # a rule saw these words and an idiom around them ("hit me up")
        if short and h.category not in ruled and h.tier == "check" and h.score < _SHORT_MIN:
            continue
        capped = False
        if idiom and h.category in _IDIOM_CATS and h.category not in ruled:
            if h.tier == "check":
                continue
            h, capped = Hit(h.category, "check", h.score, h.start, h.end, h.rule), True
        indirect = (h.category == CRISIS_CATEGORY and h.score >= _INDIRECT_MIN and not capped
                    and owned_indirect(text[h.start:h.end]))
        if h.category == "self_harm" and h.category not in ruled and signing_off:
            continue  # "ok bye", "gtg night!": the end of a chat, not a goodbye of risk
        if h.category == "self_harm" and h.category not in ruled and words < _CHAT_WORDS:
            if _GAME.search(text):
                continue  # "would u rather never be able to text again or ...": a game
            # ("i hit a cone last night", "i cut it from the speech": no word of risk)
            if (not _DISTRESS_WORDS.search(text) or _WENT_WELL.search(text)) and \
                    not means(RISK_WORDS, plain(text)) and not indirect:
                continue  # ("it went SO well. i dropped a stick once and nobody noticed")
            if h.tier == "high" and not means(RISK_WORDS, plain(text)) and not indirect:
                h, capped = Hit(h.category, "check", h.score, h.start, h.end, h.rule), True
        if h.category == "abuse" and h.category not in ruled and h.tier == "check" and \
                words < _CHAT_WORDS and not _HARM_WORDS.search(text):
            continue  # "he just climbed on and sniffed me and didnt bite" (a rabbit): no harm
        if (h.category == "self_harm" and h.tier == "high" and words < _CHAT_WORDS
                and h.category not in explicit_high and topical(text)):
            # suicide as a topic ("warning signs", "an awareness walk"), not the speaker's risk
            h, capped = Hit(h.category, "check", h.score, h.start, h.end, h.rule), True
        if (h.category == CRISIS_CATEGORY and h.tier == "check" and not capped
                and h.score >= _CONFIDENT and h.category not in downgraded
                and (owned_risk(text[h.start:h.end]) or indirect)):
            h = Hit(h.category, "high", h.score, h.start, h.end, h.rule)  # a confident reading
        if h.tier == "high" and h.category in downgraded and h.category not in explicit_high:
            h = Hit(h.category, "check", h.score, h.start, h.end, h.rule)
        out.append(h)
    return out


#: check-tier rules that voice a wish to die or to end things, and those of despair
_WISH_RULES = frozenset({"end_it_all_bare", "will_to_live", "rather_die", "not_here",
                         "make_it_stop", "never_born", "kms_bare", "miss_me"})
_DESPAIR_RULES = _WISH_RULES | {"cant_go_on", "no_point", "worthless", "give_up"}


def _converging(hits: list[Hit]) -> list[Hit]:
    """A wish to die or to end things with another, different sign of despair in the
    speaker's own words (no negation, no one else, no idiom) is the high tier: two soft
    signs that agree are risk, not mood ("i can't do this anymore. i just want to end it")."""
    if any(h.category == "self_harm" and h.tier == "high" for h in hits):
        return hits
    own = [h for h in hits if h.category == "self_harm" and h.rule in _DESPAIR_RULES]
    names = {h.rule for h in own}
    if len(names) < 2 or not names & _WISH_RULES:
        return hits
    first = min(own, key=lambda h: h.start)
    last = max(own, key=lambda h: h.end)
    return hits + [Hit("self_harm", "high", 0.9, first.start, last.end,
                       "converging:" + "+".join(sorted(names)))]


#: a chat left for an errand ("i wont be here for long, my mom needs the laptop"): the
#: ``last_goodbye`` rule's exception, which the encoder's reading does not overrule
_ERRAND = re.compile(
    rf"\b(?:won{A}t|will\s+not|wont|not\s+(?:gonna|going\s+to))\s+be\s+(?:here|around|on(?:line)?)"
    rf"\b(?=[^.!?]{{0,40}}\b(?:gotta|got\s+to|have\s+to|need\s+to|brb|grabbing|heading\s+(?:out|to)|"
    rf"leaving\s+for|about\s+to\s+(?:go|leave)|practice|class|work|dinner|"
    rf"needs?\s+(?:the|my)\s+(?:laptop|computer|phone|ipad|tablet|tv|wifi))\b)", re.I)
#: a sign-off after a word of seeing each other again, a laugh or a reason to leave for now
#: ("ah well. next time. bye sunny", "ok that was terrible 😂 laters", "ok i have to go now,
#: bye", "ok im done for today. bye", "ok gonna go feed the dog bye"): the rest of the
#: message says what it is


#: someone else named in a passage: a very sure reading without words of risk
#: (``risk_encoder.sure``) could be their risk ("my sister set a date"), so it stays check
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|him|her|his|hers|himself|herself|friend|bestie|bff|sister|brother|"
    r"cousin|classmate|girlfriend|boyfriend)\b", re.I)


#: someone else's suicide told in the message ("a dad talked about his son who died by
#: suicide"): a very sure reading without words of risk elsewhere in it is not lifted
_OTHERS_SUICIDE = re.compile(
    r"\b(?:died|dies|death)\s+(?:by|from|of)\s+suicide\b|\bcommitted\s+suicide\b|"
    r"\b(?:killed|hanged|shot)\s+(?:him|her|them)sel(?:f|ves)\b|\b(?:his|her|their)\s+suicide\b",
    re.I)


def sure_passage(text: str) -> bool:
    """A passage a very sure reading (``risk_encoder.sure``) may lift without words of risk:
    the speaker ("i", "me", "my"), no words of death or harm (``HARM_WORDS``: where they
    are, ``owned`` and the rules decide, a past or a topic included), no one else named,
    no one else's risk told, no topic, no idiom (``training/finetune_safety.py`` chooses
    ``sure`` on such passages)."""
    return bool(FIRST_PERSON.search(text) and not means(HARM_WORDS, plain(text))
                and not _THEIR_RISK.search(text) and not _SOMEONE_ELSE.search(text)
                and not topical(text) and not idiom_in(text))


#: a chat message (under ``_CHAT_WORDS`` words) the risk encoder reads at least this sure
#: is the high tier without words of risk (measured on ``dev4``: short lines written to
#: avoid the obvious words, and their twins); the model's own ``chat_sure``
#: (``safety_risk.json``) when it has one
CHAT_SURE = 0.9985
#: under ``CHAT_SURE`` down to this, a chat message not set in an ordinary day (no weekday,
#: "today" or a doctor: "its 2pm on a saturday and ive done nothing", "drove past the
#: boba place three times today"; "tonight" and a clock time are a plan's hour as often:
#: "going back to the real thing tonight", "set an alarm for 3am") is the high tier too
#: ("cant wait to not exist tbh", "standing on the tracks rn. its so quiet out here"),
#: measured on ``dev4``
CHAT_NEAR = 0.997
_DAY_SET = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tmrw|tomorrow|"
                      r"(?:in|by|until|till|this|next) "
                      r"(?:january|february|march|april|may|june|july|august|september|october|"
                      r"november|december|summer|fall|spring|winter)|graduat\w*)\b"
                      # a means kept for its use: "the pills my doctor gave me for my ear"
                      r"|\b(?:doctor|dr|prescri\w*|pharmacy|dentist|nurse)\b", re.I)
#: a question in the ``CHAT_NEAR`` band is no crisis: a friend asked something ("and the walk
#: is… what time again. please say its not as early as i think" read 0.9975)
_ASKING = re.compile(r"\?|\b(?:what|when|where|which|who|how|please say)\b", re.I)
#: a secret kept for a while ("gonna keep it to myself for now"): no goodbye of risk
_FOR_NOW = re.compile(r"\bkeep(?:ing)? (?:it|this|that|them) to myself (?:for now|for a bit|"
                      r"for a while|till|until)\b|\bsee (?:u|you|ya) (?:tmrw|tomorrow)\b", re.I)


#: what a question about Sunny itself cannot be at the check tier: the teen's own distress or
#: a threat ("what do u do when nobody is talking to u"); sexual and romantic readings stay
_NOT_ABOUT_SUNNY = frozenset({CRISIS_CATEGORY, "bullying", "violence"})
#: Sunny imagined with a body or as a person (round 38: the sexual refusal to "what would u do
#: if u had a body for a day?"), and the words that make such a question intimate
_EMBODIED = re.compile(r"\b(?:if|when) (?:u|you) (?:had|got|have|were|was) (?:a )?(?:body|human|"
                       r"real|a person|a human|alive)\b|"
                       # "do u have like a body? could u do parkour lol" (round 41: refused)
                       r"\b(?:do|does|did|would|could|can) (?:u|you) (?:even )?(?:have|got|get) "
                       r"(?:like )?(?:a )?(?:body|arms|legs|hands)\b", re.I)
_INTIMATE = re.compile(r"\b(?:sex\w*|kiss\w*|touch\w*|naked|nude\w*|date|dating|hook ?up|make ?out|"
                       r"cuddl\w*|bed|sleep with|marry|boyfriend|girlfriend|bf|gf|hot|sexy|"
                       r"body count|feel (?:me|you|u)|with me|on me|love me|me)\b", re.I)
#: "hot" of a thing, not a body: "a hot mess", "hot chocolate", "a hot take"
_HOT_THING = re.compile(r"\bhot (?:mess|take|chocolate|cocoa|dog|dogs|sauce|wings|cheetos|"
                        r"topic|potato|seat|spot|pink|glue|tub|weather|day|summer|sun|water|"
                        r"shower|pot|pocket|wheels|ones?)\b", re.I)
#: Sunny's favourite kind of story, film or music: no sexual reading at the check tier
_FAVOURITE_KIND = re.compile(r"\bfav(?:ou?rite|e)?\s+(?:kind|type|genre)s?\s+of\s+(?:story|stories|"
                             r"book|books|movie|movies|film|films|show|shows|music|game|games|"
                             r"song|songs)\b", re.I)


#: what is told after the last question of a chat message: three words or more
_TOLD_AFTER_ASKING = re.compile(r"\?\s*([^?]*?\b[a-z']+\s+[a-z']+\s+[a-z']+\b[^?]*?)\s*$",
                                re.I)


def _counted(text: str) -> bool:
    """A count told ("its gonna be 24 squares, 4 across and 6 down. i have 15 done", read
    0.9972): two or more numbers and no word of harm; the ``CHAT_NEAR`` band does not lift
    it (``CHAT_SURE`` still does)."""
    return len(re.findall(r"\b\d+\b", text)) >= 2 and not means(HARM_WORDS, plain(text))


def _joking(text: str) -> bool:
    """A chat message (under ``_CHAT_WORDS`` words) with a joke marker, an idiom, a
    sign-off or an errand ("ok bye", "this is killing me lol", "i wont be here long,
    dinner's ready"): no reading of the encoder's is risk there."""
    return len(_WORDY.findall(text[:600])) < _CHAT_WORDS and bool(
        SIGN_OFF.fullmatch(text) or idiom_in(text) or hyperbole_near(text)
        or _ERRAND.search(text) or signed_off(text) or stage_fright(text))


def _chat_reading(head: str, joking: bool) -> bool:
    """A chat message the encoder may read alone: short, not ``joking``, no topic. Risk is
    often said without any word of it ("the pills are lined up on my desk and everyones
    asleep"), so no word is asked for: the encoder's ``CHAT_SURE`` is the bar."""
    return not joking and len(_WORDY.findall(head[:600])) < _CHAT_WORDS and not topical(head)


def _thing_cut(text: str) -> bool:
    """A thing cut and no other word of risk ("i cut it and now i think i need it back")."""
    return bool(CUT_THING.search(text)) and not means(RISK_WORDS, plain(text))


def _unexcused(text: str) -> bool:
    """No one else's risk, no one else named, no thing cut, no secret kept for now and no
    amount asked: what a very sure reading without words of risk must not have."""
    return not (_THEIR_RISK.search(text) or _SOMEONE_ELSE.search(text) or _thing_cut(text)
                or _FOR_NOW.search(text) or amount_asked(text))


def _chat_risk(passage: str) -> bool:
    """A passage of a long post read as a chat message: short, no topic, joke marker,
    idiom, sign-off or errand, and ``_unexcused``."""
    return _chat_reading(passage, _joking(passage)) and _unexcused(passage)


def _risk_now(text: str, hits: list[Hit], excused: bool = False) -> list[Hit]:
    """The fine-tuned risk encoder's reading (``risk_encoder``), over the message (a chat
    message) or its sentence windows (a long one): a reading of at least its ``high`` in a
    passage of the speaker's own risk (``owned``: words of death, harm or a means, or an
    indirect phrase of risk; no topic, no idiom; no "she wants to", "himself": someone
    else's risk told), with no rule saying someone else, a negation or a past, and no joke
    marker or sign-off in a chat message, is the high tier; so is, when a self-harm verdict
    is already there and no passage of owned risk reads high, a reading of at least its
    ``sure`` (absent: never) in a ``sure_passage`` (first person, no one else, no topic:
    risk said without the words, "i set a date and it's thursday"); so is a chat message
    (``_chat_reading``: short, no topic, idiom, joke marker, sign-off or errand, no one
    else named) the encoder reads at ``CHAT_SURE`` or more, and so is a passage of a long post
    read in the same way (``_chat_risk``: at ``CHAT_SURE`` itself, with or without a
    self-harm verdict: "i dont think ill still be here next thursday tho, ive been looking at
    the train times" in a post about a concert); a classifier-only high
    whose every reading is under its ``low`` (sure of no risk now) is kept at the check tier.
    Rules' high tiers stand. Without the encoder, ``hits`` as they are."""
    global _warned_risk
    mine = [h for h in hits if h.category == CRISIS_CATEGORY]
    head = text[:MAX_SCAN]
    joking = _joking(text)
    chat = _chat_reading(head, joking)
    long_post = len(_WORDY.findall(head[:600])) >= _CHAT_WORDS
    if len(_WORDY.findall(head[:2000])) < 2 or not (mine or owned(head) or chat or long_post):
        return hits
    try:
        enc = risk_encoder.default()
        if enc is None:
            return hits
        spans = windows(head) or [(0, len(head))]
        probs = enc.scores([head[s:e] for s, e in spans])
    except Exception as exc:  # noqa: BLE001 - rules and the classifier still answer
        if not _warned_risk:
            log.warning("safety risk encoder failed, rules and classifier only: %s", exc)
            _warned_risk = True
        return hits
    best = float(probs.max())
    out = list(hits)
    if any(h.tier == "high" for h in mine):
        if best < enc.low:
            out = [Hit(h.category, "check", h.score, h.start, h.end, h.rule + ":risk_low")
                   if h.category == CRISIS_CATEGORY and h.tier == "high"
                   and h.rule == "classifier" else h for h in out]
        return out
    excusing = [h for h in mine if h.rule.endswith((":down", ":told", ":other", ":idiom"))]
    if excusing and not long_post or excused and not long_post:
        return out  # ("this is my last message tonight, gotta sleep")
    if joking:
        return out
    for k in np.argsort(-probs):
        s, e = spans[int(k)]
        if float(probs[k]) < enc.high:
            break
        if any(h.start < e and s < h.end for h in excusing):
            continue  # a long post: the passage a rule excused ("i dont want my last
            # conversation ever to be with my mom yelling"), not the plan beside it
        if owned(head[s:e]) and not _THEIR_RISK.search(head[s:e]):
            out.append(Hit(CRISIS_CATEGORY, "high", round(float(probs[k]), 4), s, e,
                           "risk_encoder"))
            return out
    bar = strict = enc.chat_sure if getattr(enc, "chat_sure", None) is not None else CHAT_SURE
    if best < bar and not (_DAY_SET.search(head) or _ASKING.search(head) or _counted(head)):
        bar = min(bar, CHAT_NEAR)
    if chat and best >= bar and _unexcused(head):
        # a chat message the encoder is very sure of, risk said without the words ("the
        # pills are lined up on my desk and everyones asleep", "cant wait to not exist")
        out.append(Hit(CRISIS_CATEGORY, "high", round(best, 4), 0, len(head), "risk_encoder:chat"))
        return out
    if chat and (told := _TOLD_AFTER_ASKING.search(head)) and _chat_reading(
            told.group(1), False) and _unexcused(told.group(1)):
        # a question, then a statement read on its own: "what was my stop again? i want to
        # save them all up for tonight" (the question around it kept the whole under the bar;
        # the statement alone is over it)
        part = float(enc.scores([told.group(1)]).max())
        if part >= strict:
            out.append(Hit(CRISIS_CATEGORY, "high", round(part, 4), told.start(1), told.end(1),
                           "risk_encoder:part"))
            return out
    if long_post and not excused:
        for k in np.argsort(-probs):
            s, e = spans[int(k)]
            if float(probs[k]) < strict:
                break
            if not any(h.start < e and s < h.end for h in excusing) and _chat_risk(head[s:e]):
                # a passage of a long post the encoder is very sure of, read as a chat
                # message would be ("i dont think ill still be here next thursday tho")
                out.append(Hit(CRISIS_CATEGORY, "high", round(float(probs[k]), 4), s, e,
                               "risk_encoder:passage"))
                return out
    if not mine or _OTHERS_SUICIDE.search(head):
        return out
    for k in np.argsort(-probs):
        s, e = spans[int(k)]
        if float(probs[k]) < getattr(enc, "sure", 2.0):
            break
        if sure_passage(head[s:e]):
            out.append(Hit(CRISIS_CATEGORY, "high", round(float(probs[k]), 4), s, e,
                           "risk_encoder:sure"))
            break
    return out


def _best(hits: list[Hit]) -> list[Hit]:
    best: dict[str, Hit] = {}
    pii: list[Hit] = []
    for h in hits:
        if h.category == "personal_data":
            pii.append(h)
            continue
        cur = best.get(h.category)
        if cur is None or (h.tier == "high", h.score) > (cur.tier == "high", cur.score):
            best[h.category] = h
    return list(best.values()) + pii


def _scan(text: str) -> list[Hit]:
    """Rules and personal data over the text, or over its head and tail when it is long."""
    if len(text) <= MAX_SCAN:
        return scan(text, vetoes=True) + risk_hits(text) + pii.find(text)
    head = text[: MAX_SCAN - _TAIL]
    hits = scan(head, vetoes=True) + risk_hits(head) + pii.find(head)
    off = len(text) - _TAIL
    tail = text[off:]
    for h in scan(tail, vetoes=True) + risk_hits(tail) + pii.find(tail):
        hits.append(Hit(h.category, h.tier, h.score, h.start + off, h.end + off, h.rule))
    return hits


def check(text: str, context: Sequence[str] = (), vector: np.ndarray | None = None, *,
          classifier: bool = True) -> list[Verdict]:
    """Safety verdicts for one message (see the module docstring for the contract)."""
    if not isinstance(text, str):
        raise TypeError(f"check() takes a str, got {type(text).__name__}")
    rule_hits = _converging(_scan(text))
    clf_hits = _classifier_hits(text, vector) if classifier and text.strip() else []
    hits = _fuse(text, rule_hits, clf_hits)
    if classifier and text.strip():  # (words of risk an idiom excused: no encoder's high)
        hits = _risk_now(text, hits, any(h.rule.endswith(":idiom") for h in rule_hits
                                         if h.category == CRISIS_CATEGORY))
    sexual = [h for h in hits if h.category == "sexual"]
    if sexual and minor_in(text, context):
        hits += [Hit("sexual_minor", h.tier, h.score, h.start, h.end, h.rule + ":minor")
                 for h in sexual]
    if context and classifier and leaving_calmly(text, context, rule_hits, check):
        hits = [h for h in hits if h.category != CRISIS_CATEGORY]
    if (ASKS_TOLD.search(text) or ASKS_SUNNY.match(text.lower())) and \
            not means(HARM_WORDS, plain(text)) and not owned(text):
        # "wait how tall did i tell u the pickle was? i never measured it properly": a
        # question about what they told, no word of harm: the models' check-in is no care;
        # nor to a question about Sunny ("what do u do when nobody is talking to u")
        to_sunny = bool(ASKS_SUNNY.match(text.lower()))
        hits = [h for h in hits if not (h.tier == "check" and h.rule == "classifier" and (
            h.category == CRISIS_CATEGORY or to_sunny and (
                h.category in _NOT_ABOUT_SUNNY or h.category == "sexual" and
                _FAVOURITE_KIND.search(text))))]
    if len(text.split()) <= 25 and GLAD_TALK.search(text) and not DISTRESS.search(text) and \
            not means(HARM_WORDS, plain(text)) and (not owned(text) or
                                                   FOR_CELEBRATION.search(text)):
        # "purple is literally my favorite color so if its still there friday...": glad
        # talk with no word of harm or of a low feeling (round 52: "That sounds hard. Are you
        # doing okay?"); the models' check-in on it is no care. Chat-length only: a long post
        # keeps it (an SDCNL post lost its check-in without the bound)
        hits = [h for h in hits if not (h.tier == "check" and h.rule.startswith("classifier")
                                        and h.category == CRISIS_CATEGORY)]
    if eve_of_a_plan(text, context) or thing_alive(text) or sore_body(text) or \
            landmark(text) or made_or_outgrown(text) or worn_out(text) or craft_or_pinned(text) \
            or due_asked(text) or asked_back(text):
        # "heyy its the night before" after "rosie starts kindergarten on wednesday the 27th"
        # (round 57: the crisis reply): the eve of a plan told, with no word of risk in the
        # message or in what came before it; a thing still alive ("its still alive tho. do u
        # remember how tall it was", round 58); a part of the body sore ("ngl my feet
        # already hurt just thinking about it" of a dance marathon, round 60)
        hits = [h for h in hits if not (h.category == CRISIS_CATEGORY and h.rule.startswith(
            ("classifier", "risk_encoder")))]
    if how_to_try(text):  # "how long do u stir the roux? im attempting it alone tonight"
        hits = [h for h in hits if not (h.category == CRISIS_CATEGORY and h.rule.startswith((
            "classifier", "risk_encoder", "attempt_it_unseen")))]
    if luck_asked(text):  # "ok dough is ready. bye sunny wish me luck" (round 65): the
        # models' check-in on a goodbye before a task is no care; their high tier stands
        hits = [h for h in hits if not (h.tier == "check" and h.category == CRISIS_CATEGORY
                                        and h.rule.startswith(("classifier", "risk_encoder")))]
    if JUMP_THING.search(text) and not means(HARM_WORDS, plain(text)):
        # "my favorite trick is the backwards long jump": a game's move (round 44: "are you
        # doing okay?"); the model's check-in on its word of jumping is no care
        hits = [h for h in hits if not (h.tier == "check" and h.rule == "classifier" and
                                        h.category == CRISIS_CATEGORY)]
    if _EMBODIED.search(text) and not _INTIMATE.search(text) or \
            _HOT_THING.search(text) and not _INTIMATE.search(_HOT_THING.sub(" ", text)):
        # "what would u do if u had a body for a day?": Sunny imagined with a body, no more;
        # "my room is a hot mess rn": a mess (it got the sex-education reply)
        hits = [h for h in hits if not (h.category == "sexual" and h.rule == "classifier")]
    verdicts = [Verdict(h.category, h.score, (h.start, h.end), text[h.start:h.end], h.tier)
                for h in _best(hits)]
    verdicts.sort(key=lambda v: (v.tier != "high", -v.score, v.span))
    return verdicts


def is_crisis(verdicts: Iterable[Verdict]) -> bool:
    """True when a verdict is a high-tier self-harm one (the fixed crisis reply)."""
    return any(v.category == CRISIS_CATEGORY and v.tier == "high" for v in verdicts)
