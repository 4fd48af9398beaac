"""Best-of-N for chat: draw several candidate replies, score them, keep the best.

The scorer works in the spirit of TransferTransfo's candidate ranking, with cheap, model-free
features so it runs beside any backend: ``relevance`` to the user's message, ``grounding``
in the persona and the remembered facts, ``consensus`` with the other candidates (a reply
that the samples agree on is rarely odd: minimum-Bayes-risk selection), a ``length`` close
to a friend's text, ``first_person`` casual talk, emotional ``fit`` with how the user feels,
and penalties for repeating a recent reply, echoing the user, contradicting a persona line,
assistant-speak ("How can I assist you?"), and for text the ``unsafe`` check flags.
The candidates come from ``Backend.sample``. Knows nothing about storage, prompts, backends
or the engine.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from .metrics import token_f1

_WORD = re.compile(r"[a-z0-9']+")
NEGATIONS = {"not", "no", "never", "dont", "don't", "doesn't", "didnt", "didn't", "isn't",
             "aren't", "wasn't", "can't", "cannot", "won't", "hate", "dislike", "nobody",
             "none", "nothing"}
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20}
STOP = set("""i me my mine we our you your he she it they them his her its their a an the
and or but so to of in on at for with from by as is am are was were be been being do does
did have has had having will would can could should just really very too also that this
these those there here what which who how when where why if then than about like love
lot lots much many some any all get got go going im i'm i've ive i'd id i'll ill yes yeah
well oh ok okay hi hello""".split())
FIRST_PERSON = {"i", "i'm", "im", "i've", "my", "me", "i'd", "i'll", "mine"}
ASSISTANT_SPEAK = re.compile(
    r"\b(assist(ance)?|help you( with)?|as an ai|language model|i'm (just )?here to help|"
    r"how can i|feel free|let me know|you can ask|what can i do for you|user)\b", re.I)
GENTLE = {"sadness", "grief", "fear", "nervousness", "disappointment", "remorse",
          "embarrassment", "anger", "annoyance", "disgust"}
HAPPY = {"joy", "excitement", "amusement", "love", "gratitude", "pride", "optimism",
         "admiration", "relief"}
CARING = re.compile(r"\b(sorry|hope|here for you|that sounds (hard|rough|tough)|hug|"
                    r"want to talk|what happened|are you ok)\b|🫂|💙", re.I)
CHEERFUL = re.compile(r"\b(haha|lol|lmao|awesome|yay|congrat\w*|amazing|great|fun|cool)\b"
                      r"|😂|🤣|🎉|!", re.I)


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content(tokens: Sequence[str]) -> set[str]:
    """Content words (a possessive or plural 's' dropped): no stop words, negations or
    numbers, three letters or more."""
    stems = (w.removesuffix("'s") for w in tokens)
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in stems
            if w not in STOP and w not in NEGATIONS and w not in NUMBERS and not w.isdigit()
            and len(w) > 2}


def _negated(tokens: Sequence[str]) -> bool:
    return any(w in NEGATIONS or w.endswith("n't") for w in tokens)


def _counts(tokens: Sequence[str]) -> dict[str, int]:
    """noun -> number for phrases like 'two dogs' or '3 kids'."""
    out: dict[str, int] = {}
    for a, b in zip(tokens, tokens[1:], strict=False):
        value = NUMBERS.get(a, int(a) if a.isdigit() else None)
        if value is not None and b not in STOP:
            out[b.rstrip("s")] = value
    return out


#: a fact that something is not had ("has no dog", "no pets"): said otherwise only by having
_NO_THING = re.compile(r"\bno\b")
_OWNS = frozenset("have has had got own owns my mine".split())


def contradicts(reply: str, facts: Sequence[str]) -> bool:
    """Whether a first-person sentence of ``reply`` contradicts one of ``facts``.

    A reply sentence that speaks of the speaker ("i", "my", "me") and shares at least two
    content words with a fact line (its only one, for a line with one) contradicts it when
    exactly one of the two is negated ("i have a dog" / "i don't have a dog"), or when both
    count the same thing differently ("i have two dogs" / "i have three dogs"). A heuristic
    with no NLI model: it misses paraphrases and may flag a sentence about someone else.
    """
    fact_words = [words(f) for f in facts]
    for sentence in re.split(r"[.!?\n]+", reply.lower()):
        said = _WORD.findall(sentence)
        if not FIRST_PERSON & set(said):
            continue
        mine = content(said)
        for theirs in fact_words:
            key = content(theirs)
            shared = len(mine & key)
            if not shared or shared < min(2, len(key)):
                continue
            if _negated(said) != _negated(theirs) and not (
                    _NO_THING.search(" ".join(theirs)) and not _OWNS & set(said)):
                return True  # ("no dog" is contradicted by "i have a dog", not by "dog
                # person, mostly cuz of Waffles, the golden retriever i daydream about")
            a, b = _counts(said), _counts(theirs)
            if any(k in b and a[k] != b[k] for k in a):
                return True
    return False


@dataclass(frozen=True)
class ReplyContext:
    """What a reply is judged against."""

    user_text: str
    facts: Sequence[str] = ()  # persona lines and remembered facts
    recent: Sequence[str] = ()  # the companion's recent replies, oldest first
    emotion: str | None = None  # the user's top emotion label (GoEmotions)
    unsafe: Callable[[str], bool] | None = None  # the output safety check, if any
    user_name: str = ""  # not a content word: every memory of the user names them


@dataclass(frozen=True)
class Weights:
    """Feature weights. The positive ones were chosen by F1 on 80 ConvAI2 validation turns
    disjoint from the reported subset (``training/persona_tune.py``, best-of-4, plain model
    and adapter): relevance to the message measured no gain there, so it only breaks ties."""

    relevance: float = 0.1
    grounding: float = 1.0
    consensus: float = 4.0
    length: float = 2.0
    first_person: float = 0.5
    fit: float = 0.5
    target_words: float = 8.0
    repeat: float = -5.0
    echo: float = -2.0
    contradiction: float = -2.0
    assistant: float = -1.5
    unsafe: float = -10.0


@dataclass(frozen=True)
class Scored:
    text: str
    score: float
    parts: dict[str, float] = field(default_factory=dict)


class Scorer:
    """Scores candidate replies (see the module docstring); ``pick`` returns the best."""

    def __init__(self, weights: Weights | None = None) -> None:
        self.weights = weights or Weights()

    def features(self, candidates: Sequence[str], ctx: ReplyContext) -> list[dict[str, float]]:
        from .replies import is_repeat, overlap

        toks = [words(c) for c in candidates]
        user = words(ctx.user_text)
        user_content = content(user)
        name = {ctx.user_name.lower()}
        facts = [content(words(f)) - name for f in ctx.facts]
        out: list[dict[str, float]] = []
        for i, (text, tok) in enumerate(zip(candidates, toks, strict=True)):
            mine = content(tok) - name
            others = [token_f1(tok, t) for j, t in enumerate(toks) if j != i and t and tok]
            n = len(tok)
            w = self.weights
            grounded = max((len(mine & f) / max(1, len(f)) for f in facts), default=0.0)
            fit = 0.0
            if ctx.emotion in GENTLE:
                fit = (1.0 if CARING.search(text) else 0.0) - (1.0 if CHEERFUL.search(
                    re.sub(r"!", "", text)) else 0.0)
            elif ctx.emotion in HAPPY:
                fit = 1.0 if CHEERFUL.search(text) else 0.0
            out.append({
                "relevance": len(mine & user_content) / max(1, len(user_content)),
                "grounding": grounded,
                "consensus": sum(others) / len(others) if others else 0.0,
                "length": -min(2.0, abs(n - w.target_words) / w.target_words),
                "first_person": 1.0 if FIRST_PERSON & set(tok) else 0.0,
                "fit": fit,
                "repeat": 1.0 if is_repeat(text, ctx.recent) else 0.0,
                "echo": 1.0 if overlap(text, ctx.user_text) >= 0.8 else 0.0,
                "contradiction": 1.0 if contradicts(text, ctx.facts) else 0.0,
                "assistant": 1.0 if ASSISTANT_SPEAK.search(text) else 0.0,
                "unsafe": 1.0 if ctx.unsafe is not None and ctx.unsafe(text) else 0.0,
            })
        return out

    def score(self, candidates: Sequence[str], ctx: ReplyContext) -> list[Scored]:
        scored = []
        for text, parts in zip(candidates, self.features(candidates, ctx), strict=True):
            total = sum(getattr(self.weights, k) * v for k, v in parts.items()) if text else -99
            scored.append(Scored(text, total, parts))
        return scored

    def pick(self, candidates: Sequence[str], ctx: ReplyContext) -> Scored | None:
        """The best non-empty candidate (ties keep the earliest), or None when all are empty."""
        scored = [s for s in self.score(candidates, ctx) if s.text]
        return max(scored, key=lambda s: s.score) if scored else None
