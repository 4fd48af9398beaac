"""Storage: SQLAlchemy models, Alembic migrations, and the ``Store`` the engine talks to."""

from .db import open_engine, upgrade
from .repo import Store

__all__ = ["Store", "open_engine", "upgrade"]
