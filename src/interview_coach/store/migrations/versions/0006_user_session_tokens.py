"""Server-side validity of login cookies: each user has a session token that every login cookie
carries; logging out replaces it (every cookie of that user stops working), and a deleted account
takes its token with it (an old cookie cannot open a new account of the same name).

Revision ID: 0006_user_session_tokens
Revises: 0005_company_adverts
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_user_session_tokens"
down_revision = "0005_company_adverts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("session_token", sa.String(64)))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_token")
