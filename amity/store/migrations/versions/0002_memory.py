"""memory: facts ledger, episodes, retrieval items with full-text search

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from amity.store.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("predicate", sa.String(64), nullable=False),
        sa.Column("object", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("when", sa.Date, nullable=True),
        sa.Column("source_message_id", sa.Integer,
                  sa.ForeignKey("messages.id", ondelete="SET NULL"), nullable=True),
        sa.Column("source_span", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("superseded_by", sa.Integer, nullable=True),
        sa.Column("times_confirmed", sa.Integer, nullable=False),
        sa.Column("followed_up_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_facts_user_status", "facts", ["user_id", "status"])
    op.create_table(
        "episodes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("conversation_id", sa.Integer,
                  sa.ForeignKey("conversations.id", ondelete="CASCADE"), nullable=False),
        sa.Column("first_message_id", sa.Integer, nullable=False),
        sa.Column("last_message_id", sa.Integer, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_episodes_user_id", "episodes", ["user_id"])
    op.create_table(
        "memory_items",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source_id", sa.Integer, nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("vector", sa.LargeBinary, nullable=True),
    )
    op.create_index("ix_memory_items_user_id_id", "memory_items", ["user_id", "id"])
    op.create_index("ix_memory_items_source_id", "memory_items", ["source_id"])
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE memory_fts USING fts5(text, content='memory_items', "
                   "content_rowid='id', tokenize='porter unicode61')")
        op.execute("CREATE VIRTUAL TABLE memory_fts_vocab USING fts5vocab(memory_fts, 'row')")
        op.execute("CREATE TRIGGER memory_items_ai AFTER INSERT ON memory_items BEGIN "
                   "INSERT INTO memory_fts(rowid, text) VALUES (new.id, new.text); END")
        op.execute("CREATE TRIGGER memory_items_ad AFTER DELETE ON memory_items BEGIN "
                   "INSERT INTO memory_fts(memory_fts, rowid, text) "
                   "VALUES ('delete', old.id, old.text); END")
        op.execute("CREATE TRIGGER memory_items_au AFTER UPDATE ON memory_items BEGIN "
                   "INSERT INTO memory_fts(memory_fts, rowid, text) "
                   "VALUES ('delete', old.id, old.text); "
                   "INSERT INTO memory_fts(rowid, text) VALUES (new.id, new.text); END")
    else:
        op.execute("ALTER TABLE memory_items ADD COLUMN fts_vector tsvector "
                   "GENERATED ALWAYS AS (to_tsvector('english', text)) STORED")
        op.execute("CREATE INDEX ix_memory_items_fts ON memory_items USING GIN (fts_vector)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS memory_fts_vocab")
        op.execute("DROP TABLE IF EXISTS memory_fts")
    op.drop_table("memory_items")
    op.drop_table("episodes")
    op.drop_table("facts")
