"""Storage: users, practice sessions, attempts, company profiles, checklist state.

SQLAlchemy 2 models with Alembic migrations; SQLite in the user's data folder by default,
PostgreSQL (or any SQLAlchemy URL) through ``DATABASE_URL``. Never imported by the engine.
"""

from .db import Database, StoreError, database_url, open_database

__all__ = ["Database", "StoreError", "database_url", "open_database"]
