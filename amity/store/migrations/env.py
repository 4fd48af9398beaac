"""Alembic environment: runs on the connection that ``amity.store.db.migrate`` passes in."""

from alembic import context

from amity.store.models import Base  # every table

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
