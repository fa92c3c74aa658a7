"""Spoken answers: the transcript (text, language, confidence, words with timings, pauses) of an
attempt answered with a recording, kept so delivery feedback can be recomputed and the user can
correct the text later. The recording itself is not stored.

Revision ID: 0004_attempt_transcripts
Revises: 0003_user_passwords
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_attempt_transcripts"
down_revision = "0003_user_passwords"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("transcript", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("attempts") as batch:
        batch.drop_column("transcript")
