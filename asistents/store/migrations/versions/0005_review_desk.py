"""The review desk: users and their sessions, corrections, placements, finding resolutions,
case versions with the list's summary, and where each document's original was seen.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
# The one line to change when this revision is chained after another (e.g. the monthly 0004).
down_revision: str | None = "0004"
branch_labels: str | None = None
depends_on: str | None = None

_WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", _WHEN, nullable=True),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("last_login", _WHEN, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_users"),
        sa.UniqueConstraint("name", name="uq_users_name"),
    )
    op.create_table(
        "review_sessions",
        sa.Column("id_hash", sa.String(64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _WHEN, nullable=False),
        sa.Column("expires_at", _WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name="fk_review_sessions_user_id_users",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id_hash", name="pk_review_sessions"),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value_read", sa.JSON(), nullable=True),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("by", sa.String(64), nullable=False),
        sa.Column("at", _WHEN, nullable=False),
        sa.Column("why", sa.Text(), nullable=True),
        sa.Column("case_id", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_corrections"),
    )
    op.create_index("ix_corrections_sha256", "corrections", ["sha256"])
    op.create_table(
        "placements",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("case_id", sa.String(16), nullable=True),
        sa.Column("from_case", sa.String(16), nullable=True),
        sa.Column("by", sa.String(64), nullable=False),
        sa.Column("at", _WHEN, nullable=False),
        sa.Column("why", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.case_id"], name="fk_placements_case_id_cases"),
        sa.PrimaryKeyConstraint("id", name="pk_placements"),
    )
    op.create_index("ix_placements_sha256", "placements", ["sha256"])
    op.create_table(
        "finding_resolutions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("case_id", sa.String(16), nullable=False),
        sa.Column("finding_key", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("by", sa.String(64), nullable=False),
        sa.Column("at", _WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_finding_resolutions_case_id_cases"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_finding_resolutions"),
    )
    op.create_index("ix_finding_resolutions_case_id", "finding_resolutions", ["case_id"])
    op.create_table(
        "case_reviews",
        sa.Column("case_id", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("ready", sa.Boolean(), nullable=False),
        sa.Column("ready_by", sa.String(64), nullable=True),
        sa.Column("ready_at", _WHEN, nullable=True),
        sa.Column("status", sa.String(16), nullable=True),
        sa.Column("open_findings", sa.Integer(), nullable=False),
        sa.Column("blocking_findings", sa.Integer(), nullable=False),
        sa.Column("decision_due", sa.Date(), nullable=True),
        sa.Column("client_name", sa.Text(), nullable=True),
        sa.Column("service", sa.String(32), nullable=True),
        sa.Column("granted", sa.Boolean(), nullable=True),
        sa.Column("total_hours", sa.Float(), nullable=True),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("changed_at", _WHEN, nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_case_reviews_case_id_cases"
        ),
        sa.PrimaryKeyConstraint("case_id", name="pk_case_reviews"),
    )
    op.create_table(
        "document_files",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("seen_at", _WHEN, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_document_files"),
    )


def downgrade() -> None:
    op.drop_table("document_files")
    op.drop_table("case_reviews")
    op.drop_index("ix_finding_resolutions_case_id", table_name="finding_resolutions")
    op.drop_table("finding_resolutions")
    op.drop_index("ix_placements_sha256", table_name="placements")
    op.drop_table("placements")
    op.drop_index("ix_corrections_sha256", table_name="corrections")
    op.drop_table("corrections")
    op.drop_table("review_sessions")
    op.drop_table("users")
