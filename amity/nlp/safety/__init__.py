"""amity.nlp.safety: the checks. ``check(text, context) -> list[Verdict]`` and ``is_crisis``.

The contract is in ``checker``. The parts: ``rules`` (regexes with negation, hyperbole and
idiom handling) over the tables in ``selfharm`` and ``topics`` (built from ``patterns``),
personal data in ``pii``, and the learned classifier in ``model`` (reading long messages in
``windows``). It detects; what to do
about a verdict is the policy's and the engine's business (``amity.policy``).
"""

from amity.nlp.safety.checker import (
    CATEGORIES,
    CRISIS_CATEGORY,
    MAX_SCAN,
    check,
    is_crisis,
    minor_in,
)

__all__ = ["CATEGORIES", "CRISIS_CATEGORY", "MAX_SCAN", "check", "is_crisis", "minor_in"]
