"""amity.nlp.facts: ``extract(message, context, now) -> list[Fact]`` with pronouns resolved.

The contract and the predicate vocabulary are in ``extractor``. The parts: clause rules in
``rules`` and ``copula`` over the parse helpers of ``syntax``; pronoun resolution in
``coref`` (scored by ``coref_features``); date expressions in ``dates``; the word lists
and first-name genders both share in ``lexicon``.
"""

from amity.nlp.facts.extractor import PREDICATES, extract

__all__ = ["PREDICATES", "extract"]
