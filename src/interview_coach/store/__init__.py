"""Storage: users, practice sessions, attempts, company profiles, checklist state.

SQLAlchemy 2 models with Alembic migrations; SQLite in the user's data folder by default,
PostgreSQL (or any SQLAlchemy URL) through the settings (``DATABASE_URL``). Imported only by the services.
"""

from .db import Database, StoreError, open_database

__all__ = ["Database", "StoreError", "open_database"]
