"""Cleaning model output into a friend's reply, and the checks on user input text.

Pure text functions: the stop sequences to hand a backend, cutting a reply where the model
starts speaking for the user, dropping a role prefix or a half sentence, collapsing a loop,
and telling whether a reply repeats an earlier one. ``clean_input`` normalises what a user
typed; ``apostrophes`` puts back the apostrophes a teen leaves out where the next word leaves
no doubt ("shell come help on wednesday" -> "she'll come ...", "ill be there" -> "i'll be
there"; a hermit crab's shell, "im ill", "it went well" stay; round 56 heard "your shell on
wednesday", a plan named "shell"), for reading the message (it is stored as typed). Knows
nothing about models, storage or the engine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from .errors import EmptyMessageError, InputError, MessageTooLongError

_CONTROL = {c for c in map(chr, range(32)) if c not in "\n\t"} | {"\x7f"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_WORD = re.compile(r"[a-z0-9']+")
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"')\]]*|\n|$)")


def clean_input(text: str, limit: int) -> str:
    """The user's message made safe to store, or an InputError that says what is wrong."""
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (bad bytes in argv or stdin)
    text = "".join(" " if c in _CONTROL else c for c in text)
    text = unicodedata.normalize("NFC", text).strip()
    if not text or _invisible(text):
        raise EmptyMessageError()
    if len(text) > limit:
        raise MessageTooLongError(len(text), limit)
    return text


def _invisible(text: str) -> bool:
    """Nothing to see: only spaces and format characters (zero-width space, joiners,
    direction marks, BOM...)."""
    return all(c.isspace() or unicodedata.category(c) == "Cf" for c in text)


def clean_text(text: str, limit: int, what: str) -> str:
    """A short text field (a key name, a memory's value) cleaned like a message; the error
    names the field."""
    try:
        return clean_input(text, limit)
    except EmptyMessageError:
        raise InputError(f"The {what} is empty: type one.") from None
    except MessageTooLongError:
        raise InputError(f"The {what} is over {limit:,} characters: shorten it.") from None


def stop_sequences(user_name: str, char_name: str) -> tuple[str, ...]:
    """Where a reply must end: the model starting the user's turn (or its own next turn)."""
    return (f"\n{user_name}:", "\nUser:", f"\n{char_name}:", "<|im_end|>")


def _turn_markers(user_name: str, char_name: str) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in {user_name, "User", "user", "Human", "You", char_name})
    return re.compile(rf"(?:^|\n|\s)(?:{names})\s*:", re.IGNORECASE)


#: what the character never says of itself: a person's age ("I'm a 19-year-old", "i am 16
#: years old") or love to the user (round 28: "me too! I'm a 19-year-old. I love you,
#: mateo." to a 16-year-old's hello); a claim to be human is the policy's (``human_claim``)
_NOT_ME = re.compile(r"\b(?:I'?m|I am|im)\s+(?:a\s+|an\s+)?(?:\d{1,2}|thirteen|fourteen|fifteen|"
                     r"sixteen|seventeen|eighteen|nineteen|twenty)[-\s]+(?:years?[-\s]+old|yo)\b|"
                     r"^\W*(?:and\s+)?I\s+(?:really\s+)?love\s+(?:you|u)\b", re.I)


def clean_reply(text: str, user_name: str, char_name: str, *, truncated: bool = False) -> str:
    """The reply without role prefixes, lines for the user, loops or a cut-off sentence."""
    text = text.replace("<|im_end|>", "").replace("<|im_start|>", "").strip()
    text = re.sub(rf"^\s*(?:{re.escape(char_name)}|assistant)\s*:\s*", "", text, flags=re.I)
    marker = _turn_markers(user_name, char_name).search(text)
    if marker:
        text = text[: marker.start()]
    found: list[tuple[str, bool]] = []  # each sentence, and whether white space led to it
    end = 0
    for m in _SENTENCE.finditer(text):
        raw = m.group()
        if raw.strip():
            found.append((raw.strip(), m.start() > end or raw[:1].isspace() or
                          text[end - 1:end].isspace()))
            end = m.end()
    kept: list[tuple[str, bool]] = []
    for sentence, spaced in found:
        if any(overlap(sentence, earlier) >= 0.8 for earlier, _ in kept):
            break  # the model started looping
        if _NOT_ME.search(sentence):
            continue  # "I'm a 19-year-old.", "I love you, mateo.": no person's age, no love
        kept.append((sentence, spaced))
    if truncated and len(kept) > 1 and not re.search(r"[.!?\"')\]\U0001F300-\U0001FAFF]$",
                                                     kept[-1][0]):
        kept.pop()  # drop the half sentence max_tokens left behind
    # joined by a space, but not where the raw reply ran two sentences together ("0?1?2)"):
    # the clean reply is never longer than the raw one
    return "".join(("" if not k or not spaced else " ") + sentence
                   for k, (sentence, spaced) in enumerate(kept)).strip()


def tokens(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def overlap(a: str, b: str) -> float:
    """Tokens the two texts share, over the longer one's count (1.0 = same bag of words)."""
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 1.0 if a.strip() == b.strip() and a.strip() else 0.0
    shorter, longer = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    pool = list(longer)
    hits = 0
    for token in shorter:
        if token in pool:
            pool.remove(token)
            hits += 1
    return hits / len(longer)


def is_repeat(reply: str, earlier: Sequence[str], threshold: float = 0.8) -> bool:
    """True when ``reply`` repeats one of ``earlier`` exactly or with >= 80% token overlap."""
    norm = " ".join(tokens(reply))
    return any(
        norm == " ".join(tokens(e)) or overlap(reply, e) >= threshold for e in earlier if e
    )


QUOTE_WORDS = 8  # a reply repeating this many words of the system prompt in a row leaks it


def quotes(reply: str, source: str, n: int = QUOTE_WORDS, own: str = "") -> bool:
    """Whether ``reply`` repeats ``n`` words of ``source`` in a row (case and punctuation
    ignored): how the engine tells that a reply gives away the system prompt. Words that
    are also in ``own`` (what the user told: a plan's name in the follow-up note, "the
    field trip to the new england aquarium") are theirs to hear back, no secret."""
    return quoting(source, own, n)(reply)


def quoting(source: str, own: str = "", n: int = QUOTE_WORDS) -> Callable[[str], bool]:
    """``quotes`` for many replies against one ``source`` and ``own``: their word runs are
    read once (a turn screens every candidate reply)."""
    secret = _grams(tokens(source), n)
    theirs = _grams(_plain(tokens(own)), n - 2) if own else set()

    def check(reply: str) -> bool:
        said = tokens(reply)
        return len(said) >= n and any(
            tuple(said[i:i + n]) in secret and not _held(said[i:i + n], theirs, n - 2)
            for i in range(len(said) - n + 1))
    return check


def _grams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


_ARTICLES = frozenset({"a", "an", "the"})
_PERSON = {"my": "your", "i": "you", "me": "you", "mine": "yours", "im": "youre", "am": "are",
           "myself": "yourself"}


def _plain(words: list[str]) -> list[str]:
    """Words without articles, said to the user ("my" as "your")."""
    return [_PERSON.get(w, w) for w in words if w not in _ARTICLES]


def _held(words: list[str], theirs: set[tuple[str, ...]], n: int) -> bool:
    """Whether the user said these words (all but two of them in a row, told in the
    first person and with other articles)."""
    plain = _plain(words)
    return len(plain) >= n and all(tuple(plain[i:i + n]) in theirs
                                   for i in range(len(plain) - n + 1))


# ---- the apostrophes a teen leaves out ------------------------------------------------------
#: what follows "she'll", "he'll", "i'll" or "we'll" and never a shell, hell, ill or well
_NEXT = (r"(?:be|come|go|get|do|have|make|bring|love|hate|need|want|probably|prob|def|"
         r"definitely|never|always|just|still|text|call|pick|drive|take|help|say|know|see|try|"
         r"win|lose|kill|tell|ask|let|send|show|find|meet|stay|sleep|eat|buy|pay|wait|start|"
         r"finish|miss|like|understand|forget|remember|freak|die|literally|prolly|def|"
         r"totally|actually|only|also)")
_PUT_BACK = re.compile(rf"\b(she|he|we|i)ll(?= {_NEXT}\b)", re.I)
#: "well" before these is a discourse word more often than "we'll" ("well that was fun")
_WELL_NEXT = re.compile(r"(?i)\bwell(?= (?:be|see|probably|prob|def|never|have|need|get|go|"
                        r"find|meet|stay|miss|win|lose|just|try|make)\b)")


def apostrophes(text: str) -> str:
    """``text`` with "she'll", "he'll", "i'll" and "we'll" put back before a verb."""
    def put(m: re.Match[str]) -> str:
        who = m.group(1)
        return f"{who}'ll" if who.lower() != "we" else m.group(0)
    text = _PUT_BACK.sub(put, text)
    return _WELL_NEXT.sub(lambda m: "we'll" if m.group(0).islower() else "We'll", text)
