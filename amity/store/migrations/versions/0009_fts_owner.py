"""full text filtered by owner inside the index

SQLite: the FTS5 table gets an ``owner`` column (``u<user id>``, read through the view
``memory_fts_source``), so a search matches ``owner:u7 AND text:(...)`` inside the index
instead of ranking every user's matches and joining on user_id afterwards.
PostgreSQL: a GIN index on ``(user_id, fts_vector)`` (``btree_gin``, when the server has it
and the role may create it) serves ``user_id = :u AND fts_vector @@ q`` as one index scan;
without ``btree_gin`` the plain GIN index on ``fts_vector`` stays.

Revision ID: 0009
Revises: 0008 (memory_state)
"""

from alembic import op
from sqlalchemy.exc import DBAPIError

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

OLD_TRIGGERS = ("memory_items_ai", "memory_items_ad", "memory_items_au")
OWNER = "'u' || {row}.user_id"


def _fts(owner: bool) -> list[str]:
    """The FTS5 table (with the owner column or without), its vocabulary, the triggers that
    keep it in step with memory_items, and a rebuild from the rows already there."""
    columns, content = ("text, owner", "memory_fts_source") if owner else ("text", "memory_items")
    new, old = (f"{row}.text" + (", " + OWNER.format(row=row) if owner else "")
                for row in ("new", "old"))
    return [
        f"CREATE VIRTUAL TABLE memory_fts USING fts5({columns}, content='{content}', "
        "content_rowid='id', tokenize='porter unicode61')",
        "CREATE VIRTUAL TABLE memory_fts_vocab USING fts5vocab(memory_fts, 'row')",
        "CREATE TRIGGER memory_items_ai AFTER INSERT ON memory_items BEGIN "
        f"INSERT INTO memory_fts(rowid, {columns}) VALUES (new.id, {new}); END",
        "CREATE TRIGGER memory_items_ad AFTER DELETE ON memory_items BEGIN "
        f"INSERT INTO memory_fts(memory_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old}); END",
        "CREATE TRIGGER memory_items_au AFTER UPDATE ON memory_items BEGIN "
        f"INSERT INTO memory_fts(memory_fts, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old}); "
        f"INSERT INTO memory_fts(rowid, {columns}) VALUES (new.id, {new}); END",
        "INSERT INTO memory_fts(memory_fts) VALUES ('rebuild')",
    ]


def _drop_fts() -> None:
    for name in OLD_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS memory_fts_vocab")
    op.execute("DROP TABLE IF EXISTS memory_fts")


def _btree_gin() -> bool:
    """Create the btree_gin extension if the server has it and we may; say whether it is."""
    bind = op.get_bind()
    if not bind.exec_driver_sql(
            "SELECT 1 FROM pg_available_extensions WHERE name = 'btree_gin'").first():
        return False
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS btree_gin")
    except DBAPIError:  # no privilege: keep the plain index
        return False
    return True


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_fts()
        op.execute("CREATE VIEW memory_fts_source AS SELECT id, text, "
                   f"{OWNER.format(row='memory_items')} AS owner FROM memory_items")
        for statement in _fts(owner=True):
            op.execute(statement)
    elif _btree_gin():
        op.execute("CREATE INDEX ix_memory_items_fts_user ON memory_items "
                   "USING GIN (user_id, fts_vector)")
        op.execute("DROP INDEX IF EXISTS ix_memory_items_fts")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _drop_fts()
        op.execute("DROP VIEW IF EXISTS memory_fts_source")
        for statement in _fts(owner=False):
            op.execute(statement)
    else:
        op.execute("CREATE INDEX IF NOT EXISTS ix_memory_items_fts ON memory_items "
                   "USING GIN (fts_vector)")
        op.execute("DROP INDEX IF EXISTS ix_memory_items_fts_user")
