"""Alembic environment: run with the connection that ``store.db`` hands over (no alembic.ini)."""

from alembic import context

from interview_coach.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
