"""Job adverts are kept like company profiles: the same row, with what the advert was read as
(title, role, duties, skills, ranked question ids) in ``advert``; null for a company's "About us".

Revision ID: 0005_company_adverts
Revises: 0004_attempt_transcripts
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0005_company_adverts"
down_revision = "0004_attempt_transcripts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("company_profiles") as batch:
        batch.add_column(sa.Column("advert", sa.JSON()))


def downgrade() -> None:
    with op.batch_alter_table("company_profiles") as batch:
        batch.drop_column("advert")
