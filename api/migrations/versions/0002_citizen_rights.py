"""Citizen rights and retention: sheet versions remember their origin and the citizen's approval;
erasure requests (for the Rasa tracker) and the retention policy get their own tables.

Revision ID: 0002_citizen_rights
Revises: 0001_initial_schema
Create Date: 2026-11-23 18:38:34.525011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_citizen_rights"  # at most 32 characters: alembic_version.version_num
down_revision: str | None = "0001_initial_schema"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "erasure_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tracker_erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tracker_events_deleted", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "reason IN ('citizen_withdrawal', 'retention')", name=op.f("ck_erasure_requests_reason")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_requests")),
    )
    with op.batch_alter_table("erasure_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_erasure_requests_conversation_id"), ["conversation_id"], unique=False
        )

    op.create_table(
        "retention_policy",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("days_after_meeting", sa.Integer(), nullable=False),
        sa.Column("updated_by_user_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("days_after_meeting >= 0", name=op.f("ck_retention_policy_days_after_meeting")),
        sa.ForeignKeyConstraint(
            ["updated_by_user_id"], ["users.id"], name=op.f("fk_retention_policy_updated_by_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_retention_policy")),
    )
    with op.batch_alter_table("sheet_versions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("origin", sa.String(length=24), server_default="import", nullable=False)
        )
        batch_op.add_column(sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_check_constraint(
            "origin", "origin IN ('import', 'citizen_approval', 'citizen_correction')"
        )


def downgrade() -> None:
    with op.batch_alter_table("sheet_versions", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_sheet_versions_origin"), type_="check")
        batch_op.drop_column("approved_at")
        batch_op.drop_column("origin")
    op.drop_table("retention_policy")
    with op.batch_alter_table("erasure_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_requests_conversation_id"))
    op.drop_table("erasure_requests")
