"""merge: one head again (0002 memory, 0003 safety and 0004 accounts all follow 0001)

Amity 0.1 databases are at the three heads 0002, 0003 and 0004; this revision joins them,
so ``alembic heads`` shows one head and the next migration has one parent. No schema change.

Revision ID: 0005
Revises: 0002, 0003, 0004
"""

revision = "0005"
down_revision = ("0002", "0003", "0004")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
