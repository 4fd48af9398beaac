"""web accounts: accounts, login sessions, API keys, rate-limit counters

Revision ID: 0004
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from amity.store.models import UTCDateTime

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def _user_fk(**kwargs: object) -> sa.Column:
    return sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), **kwargs
    )


def upgrade() -> None:
    op.create_table(
        "accounts",
        _user_fk(primary_key=True, autoincrement=False),
        sa.Column("username_key", sa.String(100), nullable=False, unique=True),
        sa.Column("password_hash", sa.String(255), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        _user_fk(nullable=False),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("expires_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_web_sessions_user_id", "web_sessions", ["user_id"])
    op.create_table(
        "api_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        _user_fk(nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_api_keys_user_id", "api_keys", ["user_id"])
    op.create_table(
        "rate_limits",
        sa.Column("bucket", sa.String(200), primary_key=True),
        _user_fk(nullable=True),
        sa.Column("window_start", UTCDateTime(), nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
    )
    op.create_index("ix_rate_limits_user_id", "rate_limits", ["user_id"])


def downgrade() -> None:
    op.drop_table("rate_limits")
    op.drop_table("api_keys")
    op.drop_table("web_sessions")
    op.drop_table("accounts")
