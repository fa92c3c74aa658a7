"""A mock interview keeps its plan (the question ids in order), so a stopped interview can be
continued where it stopped (``mock --resume``).

Revision ID: 0008_mock_plans
Revises: 0007_shared_state
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_mock_plans"
down_revision = "0007_shared_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("practice_sessions") as batch:
        batch.add_column(sa.Column("plan", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("practice_sessions") as batch:
        batch.drop_column("plan")
