"""Conversations count their messages: ``conversations.last_seq`` is the highest ``messages.seq`` handed
out, so storing a message takes the next number with one UPDATE instead of a MAX(seq) query.

Revision ID: 0004_conversation_last_seq
Revises: 0003_trainer_mode
Create Date: 2026-11-30 01:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_conversation_last_seq"  # at most 32 characters: alembic_version.version_num
down_revision: str | None = "0003_trainer_mode"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_seq", sa.Integer(), server_default="0", nullable=False))
    op.execute(
        "UPDATE conversations SET last_seq = COALESCE("
        "(SELECT MAX(messages.seq) FROM messages WHERE messages.conversation_id = conversations.id), 0)"
    )


def downgrade() -> None:
    with op.batch_alter_table("conversations", schema=None) as batch_op:
        batch_op.drop_column("last_seq")
