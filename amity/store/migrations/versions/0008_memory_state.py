"""memory_state: one row per user with a version of their retrieval items, so the vector
cache checks freshness with one primary-key read instead of COUNT(*) + MAX(id)

Triggers on ``memory_items`` bump the row in the same transaction as every insert, delete
and update, whatever the path (remember, forget, redaction, account deletion or erasure, a
bulk insert): ``version`` grows on every change, ``removed`` is the version of the last
delete or update (a cache that saw it may append newer rows instead of reloading), ``items``
counts the rows, and ``token`` is random per row, so a user id that SQLite hands out again
after an account deletion never matches the old user's cached version.

Revision ID: 0008
Revises: 0007 (key scopes)
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# SQLite: row triggers. A delete whose user is already gone (an account deletion's cascade)
# bumps nothing: the state row goes with the user.
_UPSERT = ("INSERT INTO memory_state(user_id, token, version, removed, items) "
           "VALUES ({user}, random(), 1, {removed}, max(0, {items})) "
           "ON CONFLICT(user_id) DO UPDATE SET version = version + 1{set_removed}, "
           "items = max(0, items + {items})")
SQLITE_TRIGGERS = {
    "memory_items_state_ai": "AFTER INSERT ON memory_items BEGIN " + _UPSERT.format(
        user="new.user_id", removed=0, items=1, set_removed="") + "; END",
    "memory_items_state_ad": "AFTER DELETE ON memory_items "
    "WHEN EXISTS (SELECT 1 FROM users WHERE id = old.user_id) BEGIN " + _UPSERT.format(
        user="old.user_id", removed=1, items=-1, set_removed=", removed = version + 1")
    + "; END",
    "memory_items_state_au": "AFTER UPDATE ON memory_items BEGIN " + _UPSERT.format(
        user="old.user_id", removed=1, items=0, set_removed=", removed = version + 1")
    + "; " + _UPSERT.format(user="new.user_id", removed=1, items=0,
                             set_removed=", removed = version + 1") + "; END",
}

# PostgreSQL: one statement-level trigger per event, with the changed rows as a table
PG_FUNCTION = """
CREATE OR REPLACE FUNCTION memory_state_bump_user(u integer, n integer, gone boolean)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO memory_state AS s (user_id, token, version, removed, items)
    SELECT u, (random() * 9e18)::bigint, 1, CASE WHEN gone THEN 1 ELSE 0 END, greatest(n, 0)
    WHERE EXISTS (SELECT 1 FROM users WHERE id = u)
    ON CONFLICT (user_id) DO UPDATE SET version = s.version + 1,
        removed = CASE WHEN gone THEN s.version + 1 ELSE s.removed END,
        items = greatest(0, s.items + n)
$$;
CREATE OR REPLACE FUNCTION memory_state_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM memory_state_bump_user(user_id, count(*)::integer, false)
        FROM new_rows GROUP BY user_id;
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM memory_state_bump_user(user_id, -count(*)::integer, true)
        FROM old_rows GROUP BY user_id;
    ELSE
        PERFORM memory_state_bump_user(user_id, 0, true)
        FROM (SELECT user_id FROM old_rows UNION SELECT user_id FROM new_rows) c;
    END IF;
    RETURN NULL;
END $$
"""
PG_TRIGGERS = {
    "memory_items_state_ai": "AFTER INSERT ON memory_items REFERENCING NEW TABLE AS new_rows",
    "memory_items_state_ad": "AFTER DELETE ON memory_items REFERENCING OLD TABLE AS old_rows",
    "memory_items_state_au": "AFTER UPDATE ON memory_items "
                             "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
}


def upgrade() -> None:
    op.create_table(
        "memory_state",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"),
                  primary_key=True, autoincrement=False),
        sa.Column("token", sa.BigInteger, nullable=False),
        sa.Column("version", sa.BigInteger, nullable=False),
        sa.Column("removed", sa.BigInteger, nullable=False),
        sa.Column("items", sa.Integer, nullable=False),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    random = "random()" if sqlite else "(random() * 9e18)::bigint"
    op.execute("INSERT INTO memory_state(user_id, token, version, removed, items) "
               f"SELECT user_id, {random}, 1, 0, count(*) FROM memory_items GROUP BY user_id")
    if sqlite:
        for name, body in SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body}")
    else:
        op.execute(PG_FUNCTION)
        for name, body in PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {body} FOR EACH STATEMENT "
                       "EXECUTE FUNCTION memory_state_bump()")


def downgrade() -> None:
    for name in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}" + (
            "" if op.get_bind().dialect.name == "sqlite" else " ON memory_items"))
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION IF EXISTS memory_state_bump()")
        op.execute("DROP FUNCTION IF EXISTS memory_state_bump_user(integer, integer, boolean)")
    op.drop_table("memory_state")
