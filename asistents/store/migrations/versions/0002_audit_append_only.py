"""Make the audit table append-only in the database itself: UPDATE and DELETE raise.

The store has no method that changes an audit row; the triggers also stop a hand-run SQL
statement or another program. SQLite and PostgreSQL get triggers; other databases rely on the
store's API alone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

MESSAGE = "audit is append-only"

_SQLITE_UP = [
    f"CREATE TRIGGER audit_no_{verb.lower()} BEFORE {verb} ON audit "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    for verb in ("UPDATE", "DELETE")
]
_SQLITE_DOWN = ["DROP TRIGGER IF EXISTS audit_no_update", "DROP TRIGGER IF EXISTS audit_no_delete"]

_POSTGRESQL_UP = [
    "CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}'; END $$",
    "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
    "FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
]
_POSTGRESQL_DOWN = [
    "DROP TRIGGER IF EXISTS audit_no_truncate ON audit",
    "DROP TRIGGER IF EXISTS audit_no_change ON audit",
    "DROP FUNCTION IF EXISTS audit_append_only()",
]


def _dialect() -> str:
    return op.get_context().dialect.name


def upgrade() -> None:
    statements = {"sqlite": _SQLITE_UP, "postgresql": _POSTGRESQL_UP}.get(_dialect(), [])
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    statements = {"sqlite": _SQLITE_DOWN, "postgresql": _POSTGRESQL_DOWN}.get(_dialect(), [])
    for statement in statements:
        op.execute(statement)
