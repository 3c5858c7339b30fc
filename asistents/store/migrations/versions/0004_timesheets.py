"""Timesheets: the monthly cycle's accepted sheets (every version kept) and their rows.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

_WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "timesheets",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sheet_key", sa.String(128), nullable=False),
        sa.Column("client_key", sa.String(128), nullable=False),
        sa.Column("assistant_key", sa.String(128), nullable=False),
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("case_id", sa.String(16), nullable=True),
        sa.Column("decision_number", sa.String(64), nullable=True),
        sa.Column("rule_set", sa.String(32), nullable=True),
        sa.Column("unit", sa.String(8), nullable=True),
        sa.Column("track", sa.String(32), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("findings", sa.JSON(), nullable=False),
        sa.Column("accepted_hours", sa.String(16), nullable=False),
        sa.Column("accepted_at", _WHEN, nullable=False),
        sa.Column("replaced_at", _WHEN, nullable=True),
        sa.Column("replaced_by", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_timesheets"),
        sa.UniqueConstraint("month", "sha256", name="uq_timesheets_month_sha256"),
    )
    for column in ("sheet_key", "client_key", "assistant_key", "month", "sha256"):
        op.create_index(f"ix_timesheets_{column}", "timesheets", [column])
    op.create_table(
        "timesheet_entries",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("row", sa.Integer(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=True),
        sa.Column("start", sa.String(5), nullable=True),
        sa.Column("end", sa.String(5), nullable=True),
        sa.Column("hours", sa.String(16), nullable=True),
        sa.Column("accepted_hours", sa.String(16), nullable=False),
        sa.Column("activity", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(
            ["sheet_id"], ["timesheets.id"], name="fk_timesheet_entries_sheet_id_timesheets",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_timesheet_entries"),
    )
    op.create_index("ix_timesheet_entries_sheet_id", "timesheet_entries", ["sheet_id"])
    op.create_index("ix_timesheet_entries_entry_date", "timesheet_entries", ["entry_date"])


def downgrade() -> None:
    op.drop_index("ix_timesheet_entries_entry_date", table_name="timesheet_entries")
    op.drop_index("ix_timesheet_entries_sheet_id", table_name="timesheet_entries")
    op.drop_table("timesheet_entries")
    for column in ("sha256", "month", "assistant_key", "client_key", "sheet_key"):
        op.drop_index(f"ix_timesheets_{column}", table_name="timesheets")
    op.drop_table("timesheets")
