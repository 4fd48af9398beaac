"""Alembic environment: runs on the connection that ``amity.store.db.migrate`` passes in."""

from alembic import context

import amity.memory.models  # noqa: F401 - registers the memory tables
import amity.policy.events  # noqa: F401 - registers the safety_events table
import amity.store.accounts  # noqa: F401 - registers the account tables
from amity.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
