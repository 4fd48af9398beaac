"""API key scopes: what a key may do (keys made before this keep chat and memory access;
managing keys, the export and deleting the account need the browser session)

Revision ID: 0007
Revises: 0006 (idempotency keys)
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

EARLIER_KEYS = "chat memories:read memories:write"


def upgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.add_column(sa.Column("scopes", sa.String(200), nullable=False,
                                   server_default=EARLIER_KEYS))


def downgrade() -> None:
    with op.batch_alter_table("api_keys") as batch:
        batch.drop_column("scopes")
