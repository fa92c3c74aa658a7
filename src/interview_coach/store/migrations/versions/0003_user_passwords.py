"""Accounts for multi-user deployments: a password hash (argon2) per user.

Revision ID: 0003_user_passwords
Revises: 0002_review_cards
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_user_passwords"
down_revision = "0002_review_cards"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("password_hash", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("password_hash")
