"""messages.client_key: a client's idempotency key, unique per user, so a send that is
retried (the answer was lost, the connection dropped) stores its message once

Revision ID: 0006
Revises: 0005 (the merge of amity 0.1's three heads)
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("messages", sa.Column("client_key", sa.String(100), nullable=True))
    op.create_index("ux_messages_user_id_client_key", "messages", ["user_id", "client_key"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ux_messages_user_id_client_key", table_name="messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("client_key")
