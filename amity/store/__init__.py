"""Storage: SQLAlchemy models, Alembic migrations, and the ``Store`` the engine talks to."""

from ..policy import events as _safety_events  # noqa: F401, E402 - registers safety_events
from . import accounts as _accounts  # noqa: F401, E402 - registers the account tables
from .db import open_engine, upgrade
from .repo import Store

__all__ = ["Store", "open_engine", "upgrade"]
