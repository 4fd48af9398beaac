"""Storage: every table (``models``), the Alembic migrations, the ``Store`` the engine
talks to, the accounts of the web app (``accounts``) and the memory tables' queries
(``memory``). Imports nothing of amity's other packages but ``errors`` and ``types``."""

from .db import open_engine, upgrade
from .repo import SESSION_GAP, SafetyEvent, Store

__all__ = ["SESSION_GAP", "SafetyEvent", "Store", "open_engine", "upgrade"]
