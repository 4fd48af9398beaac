"""The memory reader's part in answering (``recall.answer``): its readings, its veto, its pick.

``_read`` asks the reader (``voice.reader``, a cross-encoder) how likely each clause, and
each short message whole or after the one before, answers the question, with each one's
share of its belief; ``_prob`` gives a clause's best reading; ``_best`` takes the
best-scored clause after MiniLM similarity, unless it is under the floor or the reader is
sure it is not the answer (``_belief``); ``_reader_pick`` answers with the message the reader
is sure of when no rule found one. The weights were chosen on the dev scripts. Split out of
``recall`` (session 31); ``recall`` re-exports what callers use.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from ..nlp.question import focus
from ..nlp.runtime import sigmoid
from .reader import SHORT, query
from .recall_asked import LEAD_IN, WANTS, asked_words
from .recall_kind import REASON, has_kind, kind_bonus
from .recall_names import QUOTED
from .recall_said import Said, asks, message_texts, pair_of, told_of, whole_of
from .recall_whose import asked_of, speaks_of
from .recall_words import FRAME, FRAME_STEMS, stems

Encode = Callable[[Sequence[str]], np.ndarray]
Read = Callable[[str, Sequence[str]], np.ndarray]  # (query, clauses) -> logits
READ_WEIGHT = 10.0  # weight of the reader's share of its belief (dev)
READ_VETO = 0.2  # a best clause the reader gives less than this does not answer (dev)
READ_MAX = 80  # clauses read a question
SURE = 0.9  # the reader this sure of a clause lets it answer without a shared word
FLOOR = 2.0  # below this no clause answers (chosen on the dev scripts)
SIMILARITY = 3.0  # weight of MiniLM similarity between question and clause (dev)
PICK_P = 0.97  # no rule found an answer: the reader this sure of a message ...
PICK_SHARE = 0.6  # ... holding this share of its belief answers (dev)
THEIR = re.compile(r"\b(?:his|her|their|he|she|they|him|them)\b")
_OF_OWN = re.compile(r"\b([a-z]{2,}?)(?:'s|s) own\b")  # "what breed is lionels own dog"


def _best(scored: list[tuple[float, Said]], question: str, encode: Encode | None,
          probs: dict[str, tuple[float, float]], said: Sequence[Said],
          plainly: Callable[[Said], str | None] = lambda s: None, topic: frozenset[str] | set[str]
          = frozenset(), outright: Callable[[Said], str | None] = lambda s: None
          ) -> tuple[float, Said] | None:
    """The best-scored clause after MiniLM similarity, if it clears the floor and the
    reader does not rule it out (unless it is quoted as asked, or ``plainly`` finds what was
    asked said plainly in it: "my bunny waffles chewed my charger", which the reader doubts,
    a food word being no name to it; "my horse clementine, shes a chestnut mare"); when it
    does, one of the next three that ``outright`` finds the asked thing in (a name said
    outright, or what someone is doing) answers instead."""
    if not scored:
        return None
    scored.sort(key=lambda x: (-x[0], -x[1].order))
    top = scored[:12]
    if encode is not None:
        vecs = encode([question] + [s.text for _, s in top])
        sims = vecs[1:] @ vecs[0]
        top = [(sc + SIMILARITY * float(sim), s) for (sc, s), sim in zip(top, sims, strict=True)]
    top.sort(key=lambda x: (-x[0], -x[1].order))
    best_score, best = top[0]
    quoted = bool(WANTS["quote"].search(question.lower()) and QUOTED.search(best.text))
    if best_score < FLOOR:
        return None  # nothing close enough
    if _belief(best, said, probs, topic) < READ_VETO and not quoted and not plainly(best):
        # the reader is sure it is not the answer: a clause close behind that says the asked
        # name outright answers instead ("hes actually cool" ruled out, "his name is curtis")
        # (or one scored as high that the reader believes: the same words read in another
        # clause, "so my cousin is getting married ... in san diego")
        return next(((sc, s) for sc, s in top[1:4] if sc >= FLOOR and (
            outright(s) or sc >= best_score - 0.1 and _belief(s, said, probs, topic) >= READ_VETO)),
            None)
    return best_score, best


def _reader_pick(said: Sequence[Said], probs: dict[str, tuple[float, float]],
                 wants: set[str], question: str) -> tuple[float, Said] | None:
    """The message the reader is sure of and gives most of its belief, when the rules found
    no answer in words they know ("who did i say we were playing": "i have the biggest game
    of the season on friday against westfield"); its clause the reader believes most. It
    must hold the kind of thing asked for (a number, a day, a colour, a favourite) and share
    a word with the whole message that asks ("how much did i pay for it again?? i need to know
    how many lawns im mowing": "...$120 with the grip tape saved up ... mowing lawns"); sure
    alone, the reader said back other memories to things never told (dev)."""
    if wants & {"name", "who"}:
        return None  # sure of a message about the teacher, not of the librarian's name in it
    own_texts = message_texts(said, pairs=False)  # read after the one before, it is another's
    total = sum(probs.get(x, (0.0, 0.0))[1] for x in set().union(*own_texts.values())) or 1.0
    asked = stems(question.lower()) - FRAME - FRAME_STEMS
    of_own = _OF_OWN.search(question.lower())
    person = asked_of(question, [x.text for x in said])
    best: tuple[float, float, Said] | None = None
    for s in said:
        if of_own and of_own.group(1) not in (s.line or s.text).lower():
            continue  # "what breed is lionels own dog": not the dog told beside lionel
        if person and not speaks_of(person, s.line or s.text, s.around):
            continue  # "what colour belt did jaylen get to": not "going for green belt"
        texts = own_texts[(s.line or s.text, s.order)]
        p = max(probs.get(x, (0.0, 0.0))[0] for x in texts)
        share = sum(probs.get(x, (0.0, 0.0))[1] for x in texts) / total
        own = probs.get(s.text, (0.0, 0.0))[0]
        if not _near(asked, stems(s.line or s.text)):
            continue
        if p >= PICK_P and share >= PICK_SHARE and (best is None or (share, own) > best[:2]):
            best = (share, own, s)
    if best is None:
        return None
    pick = best[2] if best[2].fact else replace(best[2], text=told_of(best[2]))
    asking = focus(question)
    if kind_bonus(wants, pick, asked_words(asking)[0], asking) is None or (
            "reason" in wants and not REASON.search(pick.text.lower())):
        return None  # "where does my sister study": not "my sister is at college"
    return FLOOR, best[2]


def _leans(question: str) -> bool:
    """A question that needs the one before: a pronoun, or at most one word of its own
    topic ("and where?", "and her cat?", "what was his name")."""
    low = focus(question).lower()
    own = stems(low) - FRAME - FRAME_STEMS
    return len(own) <= 1 or bool(THEIR.search(low) or re.search(r"\bit\b", low))


def _near(these: set[str], those: set[str]) -> bool:
    """A word of one is a word of the other, or begins it ("hard" and "hardest", "skat" and
    "skatepark")."""
    return bool(these & those) or any(
        a.startswith(b) or b.startswith(a) for a in these for b in those
        if min(len(a), len(b)) >= 4)


def _belief(best: Said, said: Sequence[Said], probs: dict[str, tuple[float, float]],
            topic: frozenset[str] | set[str] = frozenset()) -> float:
    """The reader's probability for what would be said back: the clause, or its whole
    message when ``told_of`` says the message (the answer may sit in the clause beside it:
    "my mom wants me to get a job, she keeps saying lifeguarding"). Its reading of the
    message whole does not count here: read whole, a message often holds something near
    the question, and a veto lifted that way said back memories never told (session 10,
    sealed totals)."""
    if best.fact or not best.line or told_of(best) == best.text:
        return probs.get(best.text, (1.0, 0.0))[0]
    own = max(probs.get(s.text, (1.0, 0.0))[0] for s in said
              if s.line == best.line and s.order == best.order)
    # ...unless the message holds every word asked (two or more): "why was i mad at kai"
    # and "kai ate my takis and said '...' im so mad", the answer beside the feeling
    if len(topic) >= 2 and topic <= stems(best.line):
        return max(own, probs.get(whole_of(best), (0.0, 0.0))[0])
    return own


def _read(read: Read | None, question: str, previous: str, said: Sequence[Said]
          ) -> dict[str, tuple[float, float]]:
    """The reader's (probability, share of belief) for each clause (the newest
    ``READ_MAX`` and every fact) and for their short messages, whole and after the message
    before (``_prob``): the share is the softmax of its logit over all read, which still
    ranks two clauses that both have a probability near 1."""
    if read is None:
        return {}
    ranked = sorted(said, key=lambda s: (not s.fact, -s.order))
    texts = list(dict.fromkeys(s.text for s in ranked))[:READ_MAX]
    extra = list(dict.fromkeys(x for s in ranked[:READ_MAX] for x in (whole_of(s), pair_of(s))
                               if x and x not in texts))
    # the message before is context only when it asked something ("whats my sisters name?"
    # before "and her cat?"); a statement just made is a clause to read, not the question's
    # frame (with it as the frame, the reader doubts the very clause that answers)
    # a short question with a topic of its own is read alone too, and the higher reading
    # counts: "and how old is tilly" after "whats kevins favourite food" is about tilly
    # (read after the food question, her age was doubted), though the reader, trained on
    # short questions read after the one before, reads some better so ("what sport do i play")
    context = previous if asks(previous) else ""
    texts += extra
    logits = np.asarray(read(query(question, context), texts), dtype=np.float64)
    if not len(logits):
        return {}
    if context and not _leans(question) and query(question, context) != query(question):
        logits = np.maximum(logits, np.asarray(read(query(question), texts), dtype=np.float64))
    asking = focus(question)
    if context and asking != question and len(asking.split()) <= SHORT and \
            LEAD_IN.match(question.lower()):
        # "and what time? her flight was delayed so i wanna check": the ask after the one before
        logits = np.maximum(logits, np.asarray(read(query(asking, context), texts),
                                               dtype=np.float64))
    prob = sigmoid(logits)
    share = np.exp(logits - logits.max())
    share /= share.sum()
    return {t: (float(p), float(x)) for t, p, x in zip(texts, prob, share, strict=True)}


def _prob(said: Said, probs: dict[str, tuple[float, float]], kind: str = ""
          ) -> tuple[float, float]:
    """The reader's (probability, share) for a clause, or for its short message if higher;
    with ``kind`` ("count" or "day": asked for a number or a day, which the clause must
    hold), also for its message after the one before it, when that one holds none ("nibbles
    had babies!!" then "theres six of them"; not "kayla is 9" then "she scored 10")."""
    own = probs.get(said.text, (0.0, 0.0))
    pair = probs.get(pair_of(said), (0.0, 0.0)) if kind and not has_kind(said.before, kind) \
        else (0.0, 0.0)
    return max(own, probs.get(whole_of(said), (0.0, 0.0)), pair)
