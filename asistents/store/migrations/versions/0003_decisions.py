"""Decisions: the register of issued decisions (numbered per year) and the grants they record.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

_WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("number", sa.String(64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("case_id", sa.String(16), nullable=False),
        sa.Column("client_key", sa.String(128), nullable=False),
        sa.Column("service", sa.String(32), nullable=False),
        sa.Column("granted", sa.Boolean(), nullable=True),
        sa.Column("rule_set", sa.String(32), nullable=True),
        sa.Column("unit", sa.String(8), nullable=True),
        sa.Column("hours", sa.JSON(), nullable=True),
        sa.Column("total_hours", sa.Float(), nullable=True),
        sa.Column("period_from", sa.Date(), nullable=True),
        sa.Column("period_to", sa.Date(), nullable=True),
        sa.Column("track", sa.String(32), nullable=True),
        sa.Column("category", sa.String(32), nullable=True),
        sa.Column("replaces", sa.String(64), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("reserved_at", _WHEN, nullable=False),
        sa.Column("issued_at", _WHEN, nullable=True),
        sa.Column("issued_by", sa.String(128), nullable=True),
        sa.Column("despite", sa.Text(), nullable=True),
        sa.Column("files", sa.JSON(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.case_id"], name="fk_decisions_case_id_cases"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.UniqueConstraint("number", name="uq_decisions_number"),
        sa.UniqueConstraint("year", "seq", name="uq_decisions_year_seq"),
    )
    op.create_index("ix_decisions_case_id", "decisions", ["case_id"])
    op.create_index("ix_decisions_client_key", "decisions", ["client_key"])


def downgrade() -> None:
    op.drop_index("ix_decisions_client_key", table_name="decisions")
    op.drop_index("ix_decisions_case_id", table_name="decisions")
    op.drop_table("decisions")
