"""Hybrid retrieval over a user's memory items: database full text plus MiniLM vectors.

``MemoryIndex.search(user_id, query)`` blends the full-text rank (SQLite FTS5 bm25, or
PostgreSQL ``ts_rank_cd``), normalised to [0, 1] within the result, with the cosine
similarity of int8-stored MiniLM vectors (scaled the same way within the vector pool), then
adds a little for the query's words in the item's own turn (its first line), for the kind
of turn it is (``amity.memory.prior``: answers and dated reports beat questions and
reactions), for the speaker the query names and for the day or month it names
(``amity.memory.dates``). The query is
encoded (unless the caller passes its vector) and the vectors scanned while the full-text
query runs; a search for some kinds ranks only their vectors. Vectors are decoded into a
per-user matrix that is cached in the process and checked against the database (the user's
``memory_state`` version, one primary-key read) on every search, so the cache is never
stale and no other process depends on it (``amity.memory.vectors``). Every query is
filtered by user id; the SQL is in ``amity.store.memory`` and ``amity.store.fulltext``.
Knows nothing about facts, episodes or prompts: only items.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from sqlalchemy.orm import Session

from ..store import memory as rows_
from ..store.fulltext import MAX_TERM_DOCS
from ..store.repo import Store
from .dates import date_fit, query_dates
from .prior import TYPICAL, read_turn
from .terms import STOPWORDS, WORD, query_terms
from .terms import stem as _stem
from .vectors import UserVectors, VectorCache

Encode = Callable[[Sequence[str]], np.ndarray]
# the query is encoded (ONNX, outside the GIL) and the vectors scanned (numpy, outside it
# too) while the full-text query runs
_SEARCHING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="amity-vector-search")
#: an item's leading "[03 June 2023] " says when it was said, not what: the full text keeps
#: it (a query's "june" matches it), the vector is of the rest. LoCoMo recall@10, tuned on
#: conversations 1-3: 0.851 -> 0.855; held-out 4-6: 0.816 -> 0.820
_DATE_TAG = re.compile(r"\[[^\]\n]{1,40}\] ")

def quantize(vectors: np.ndarray) -> list[bytes]:
    return [np.clip(np.round(v * 127.0), -127, 127).astype(np.int8).tobytes() for v in vectors]


@dataclass(frozen=True)
class Hit:
    item_id: int
    kind: str
    text: str
    source_id: int | None
    score: float


class MemoryIndex:
    def __init__(self, store: Store, encode: Encode | None = None, *,
                 text_weight: float = 0.7) -> None:
        self.store = store
        self._encode = encode
        #: the full-text rank's share of the blend (the vectors' is the rest): tuned on LoCoMo
        #: conversations 1-3 only, where 0.65-0.75 all gave recall@10 0.834-0.836 against
        #: 0.821 at 0.8; on conversations 4-6, held out, 0.784 against 0.777
        self.text_weight = text_weight
        self.max_term_docs = MAX_TERM_DOCS
        #: how much the query's words in the item's own turn (its first line) add: measured on
        #: LoCoMo, 0.1 added 0.2 points of recall@10 and 0.25 none
        self.head_weight = 0.1
        #: vector similarities scaled like the full-text rank (the pool's best 1, its last 0):
        #: +0.5 points of LoCoMo recall@10 over raw cosines
        self.scale_vectors = True
        #: times ``amity.memory.prior.turn_prior`` less its typical value (about -2.6 to 3.5)
        #: for turn items: a turn that answers, says when or says much beats one that only
        #: asks or reacts, and turns as a whole keep their place against facts. LoCoMo
        #: recall@10, tuned on conversations 1-3: 0.839 -> 0.846 at 0.075 (0.05: 0.845, 0.1:
        #: 0.843), multi-hop 0.48 -> 0.51; held-out 4-6: 0.787 -> 0.812
        self.prior_weight = 0.075
        #: added when the query names the turn's speaker ("what did Caroline paint?"), on top
        #: of the name's share of ``head_weight``: LoCoMo 1-3 0.846 -> 0.851, 4-6 0.812 -> 0.813
        self.speaker_weight = 0.03
        #: times ``amity.memory.dates.date_fit`` when the query names a day or a month
        #: ("what did I say on 3 June?"): LoCoMo 1-3 recall@5 0.778 -> 0.780 (@10 unchanged),
        #: 4-6 recall@10 0.813 -> 0.816
        self.date_weight = 0.2
        self._cache = VectorCache()
        self.dialect = store.engine.dialect.name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if self._encode is None:
            from ..nlp import embed

            self._encode = embed.encode
        return self._encode(texts)

    # writing -----------------------------------------------------------------------------
    def add(self, session: Session, user_id: int, items: Sequence[tuple[str, str, int | None]],
            at: datetime) -> list[int]:
        """Index ``(kind, text, source_id)`` items (the vector leaves out a leading date tag);
        returns their ids."""
        if not items:
            return []
        vectors = quantize(self.encode([_DATE_TAG.sub("", t, count=1) for _, t, _ in items]))
        return rows_.add_items(session, user_id, items, vectors, at)

    def remove(self, session: Session, user_id: int, kind: str,
               source_ids: Sequence[int]) -> None:
        rows_.remove_items(session, user_id, kind, source_ids)

    def purge_fulltext(self, session: Session) -> None:
        """Merge the FTS5 segments so deleted text leaves no trace in the index."""
        rows_.purge_fulltext(session)

    # searching ---------------------------------------------------------------------------
    def _nearest(self, vectors: UserVectors, query: str, pool: int,
                 vector: np.ndarray | None = None, kinds: Sequence[str] | None = None
                 ) -> list[tuple[int, float]]:
        """(item id, similarity) of the ``pool`` nearest vectors; with ``scale_vectors``,
        scaled like the full-text rank (the best 1, the pool's last 0)."""
        if not vectors.n:
            return []
        if vector is None:
            vector = self.encode([query])[0]
        ids, sims = vectors.nearest(vector, pool, kinds)
        if self.scale_vectors and len(sims) > 1 and sims.max() > sims.min():
            sims = (sims - sims.min()) / (sims.max() - sims.min())
        return list(zip(ids.tolist(), sims.tolist(), strict=True))

    def _rescore(self, query: str, found: dict[int, rows_.Item],
                 scores: dict[int, float]) -> None:
        """Add what the items themselves say: the query's words in the item's own turn (its
        first line), the date the query names, the turn prior and the speaker it names."""
        terms = {_stem(t) for t in query_terms(query)}
        asked = set(WORD.findall(query.lower()))
        spans = query_dates(query)
        for i, item in found.items():
            head = item.text.split("\n", 1)[0]
            words = WORD.findall(head.lower())
            said = {_stem(w) for w in set(words).difference(STOPWORDS) if len(w) > 1}
            scores[i] += self.head_weight * len(terms & said) / max(1, len(terms))
            if spans:
                scores[i] += self.date_weight * date_fit(spans, item.created_at.date())
            if item.kind == "turn":
                prior, speaker = read_turn(item.text, head, words)
                scores[i] += self.prior_weight * (prior - TYPICAL)
                named = WORD.findall(speaker.lower())
                if named and asked.issuperset(named):
                    scores[i] += self.speaker_weight

    def search(self, user_id: int, query: str, k: int = 10,
               kinds: Sequence[str] | None = None, pool: int = 50, *,
               vector: np.ndarray | None = None) -> list[Hit]:
        """The ``k`` best items for ``query``. ``vector``: the query's unit MiniLM vector when
        the caller has it already (else it is encoded here, while the text is searched)."""
        with self.store.session() as session:
            vectors = self._cache.matrix(session, user_id)
            # the query is encoded and the vectors scanned while the database searches text
            nearest = _SEARCHING.submit(self._nearest, vectors, query, pool, vector, kinds)
            scores = {i: self.text_weight * s for i, s in
                      rows_.fulltext(session, user_id, query_terms(query), pool, kinds,
                                     max_term_docs=self.max_term_docs,
                                     user_items=vectors.n, item_ids=vectors.ids).items()}
            for item, sim in nearest.result():
                scores[item] = scores.get(item, 0.0) + (1 - self.text_weight) * sim
            if not scores:
                return []
            best = sorted(scores, key=scores.__getitem__, reverse=True)[: pool]
            found = rows_.items(session, user_id, best, kinds)
        self._rescore(query, found, scores)
        best = sorted(best, key=scores.__getitem__, reverse=True)
        hits = [Hit(i, found[i].kind, found[i].text, found[i].source_id, scores[i])
                for i in best if i in found]
        return hits[:k]
