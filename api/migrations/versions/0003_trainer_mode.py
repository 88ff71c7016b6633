"""Trainer mode: practice sessions with a simulated citizen, their coded turns, and trainee groups
(``users.trainer_id``: a trainee's trainer).

Revision ID: 0003_trainer_mode
Revises: 0002_citizen_rights
Create Date: 2026-11-23 19:24:25.992440
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_trainer_mode"  # at most 32 characters: alembic_version.version_num
down_revision: str | None = "0002_citizen_rights"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "training_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("trainee_user_id", sa.Integer(), nullable=False),
        sa.Column("persona_id", sa.String(length=64), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("feedback", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["trainee_user_id"], ["users.id"], name=op.f("fk_training_sessions_trainee_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_training_sessions_trainee_user_id"), ["trainee_user_id"], unique=False
        )

    op.create_table(
        "training_turns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("trainee_text", sa.Text(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("feedback", sa.Text(), nullable=True),
        sa.Column("citizen_reply", sa.Text(), nullable=False),
        sa.Column("citizen_talk_type", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["training_sessions.id"],
            name=op.f("fk_training_turns_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_turns")),
        sa.UniqueConstraint("session_id", "seq", name="uq_training_turns_session_seq"),
    )
    with op.batch_alter_table("training_turns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_turns_session_id"), ["session_id"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("trainer_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_users_trainer_id"), ["trainer_id"], unique=False)
        batch_op.create_foreign_key(batch_op.f("fk_users_trainer_id_users"), "users", ["trainer_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_users_trainer_id_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_users_trainer_id"))
        batch_op.drop_column("trainer_id")

    with op.batch_alter_table("training_turns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_turns_session_id"))
    op.drop_table("training_turns")
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_sessions_trainee_user_id"))
    op.drop_table("training_sessions")
