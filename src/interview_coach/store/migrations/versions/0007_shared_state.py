"""What several web processes and workers share (issue #18): recording jobs and their audio until
transcribed, login and registration counts, drafts kept over a login expiry, and form nonces. On
PostgreSQL also the job queue's own schema (Procrastinate, pinned to the version this migration was
written with; a later Procrastinate that changes its schema comes with a migration of its own here).

Revision ID: 0007_shared_state
Revises: 0006_user_session_tokens
Create Date: 2026-12-01
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_shared_state"
down_revision = "0006_user_session_tokens"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "recording_jobs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("question_id", sa.String(120), nullable=False),
        sa.Column("qlang", sa.String(5), nullable=False),
        sa.Column("ui_lang", sa.String(5), nullable=False),
        sa.Column("session_id", sa.Integer, sa.ForeignKey("practice_sessions.id", ondelete="SET NULL")),
        sa.Column("status", sa.String(20), nullable=False, index=True),
        sa.Column("progress", sa.Float, nullable=False),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id", ondelete="SET NULL")),
        sa.Column("error_code", sa.String(40)),
        sa.Column("error", sa.Text),
        sa.Column("runs", sa.Integer, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
    )
    op.create_table(
        "recordings",
        sa.Column("job_id", sa.String(32), sa.ForeignKey("recording_jobs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "rate_counts",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("window", sa.Integer, nullable=False),
        sa.Column("hits", sa.Integer, nullable=False),
    )
    op.create_table(
        "web_drafts",
        sa.Column("token", sa.String(32), primary_key=True),
        sa.Column("question_id", sa.String(120), nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("created_at", WHEN, nullable=False, index=True),
    )
    op.create_table(
        "form_submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
        sa.Column("nonce", sa.String(64), nullable=False),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("attempts.id", ondelete="CASCADE"), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.UniqueConstraint("user_id", "nonce"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        from procrastinate.schema import SchemaManager

        # the raw driver connection: the schema's functions hold % and : that SQLAlchemy would read as parameters
        bind.connection.driver_connection.execute(SchemaManager.get_schema())


def downgrade() -> None:
    for table in ("form_submissions", "web_drafts", "rate_counts", "recordings", "recording_jobs"):
        op.drop_table(table)
