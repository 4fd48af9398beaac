"""amity.policy: the safety layer of a turn (the ``Policy`` stage), its fixed messages and
the operator's safety events.

- ``SafetyPolicy(store, settings)``: age gate, crisis replies, teen mode, honesty, operator
  limits, output checks (``policy.py``).
- ``crisis``: every fixed, reviewed message and the help lines by country (``crisis.py``).
- ``SafetyEvents(store)``: category, action and time of each safety decision, no content.

The policy takes verdicts from ``amity.nlp.safety`` through the engine; it never imports it.
"""

from .events import SafetyEvent, SafetyEvents
from .policy import SafetyPolicy

__all__ = ["SafetyEvent", "SafetyEvents", "SafetyPolicy"]
