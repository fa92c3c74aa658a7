"""Opening the database: the URL, migrations to the current schema, and clear errors.

Default: SQLite in the user's data folder (no set-up). ``DATABASE_URL`` (or ``--db``) selects
another database, e.g. ``postgresql+psycopg://user:pass@localhost/coach``.
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import Unavailable

class StoreError(Unavailable):
    """The database cannot be used; ``code``: unavailable, locked, read-only, newer-schema, bad-url, corrupt, full."""

    family = "store"


def _migrations_dir() -> str:
    return str(resources.files(__package__) / "migrations")


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", _migrations_dir())
    cfg.attributes["connection"] = connection
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    cfg = _alembic_config(None)
    return {rev.revision for rev in ScriptDirectory.from_config(cfg).walk_revisions()}


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


class Database:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self):
        """A unit of work: committed when the block ends, rolled back on any error."""
        s: Session = self._sessions()
        try:
            yield s
            s.commit()
        except IntegrityError:
            s.rollback()
            raise
        except (OperationalError, DatabaseError) as exc:  # e.g. a file with garbage inside its pages
            s.rollback()
            raise _translate(exc) from exc
        except Exception:
            s.rollback()
            raise
        finally:
            s.close()

    def revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def upgrade(self, revision: str = "head") -> None:
        from alembic import command

        with self.engine.begin() as conn:
            command.upgrade(_alembic_config(conn), revision)

    def dispose(self) -> None:
        self.engine.dispose()


def _translate(exc: Exception) -> StoreError:
    message = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc) else ""
    if "readonly" in message.lower() or "read-only" in message.lower():
        return StoreError("read-only", message)
    if "locked" in message.lower():
        return StoreError("locked", message)
    if "not a database" in message.lower() or "malformed" in message.lower():
        return StoreError("corrupt", message)
    if "disk" in message.lower() and "full" in message.lower():
        return StoreError("full", message)
    return StoreError("unavailable", message)


def _writable(path: str | None) -> bool:
    """A read-only database file (or folder) can still be read: no write lock is asked for then."""
    import os

    if not path or path == ":memory:":
        return True
    file = Path(path).expanduser()
    return os.access(file, os.W_OK) and os.access(file.parent, os.W_OK) if file.exists() else True


def open_database(url: str, migrate: bool = True) -> Database:
    """Connect, check the schema and bring it up to date. Raises :class:`StoreError`.
    The URL comes from the settings (``Settings.database``)."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError("bad-url", str(exc)) from None
    kwargs: dict = {}
    if parsed.get_backend_name() == "sqlite":
        db_path = parsed.database
        if db_path and db_path != ":memory:":
            Path(db_path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 5}
    else:
        kwargs["pool_pre_ping"] = True
        kwargs["connect_args"] = {"connect_timeout": 5} if parsed.get_backend_name() == "postgresql" else {}
    try:
        engine = create_engine(url, **kwargs)
    except (ArgumentError, ImportError) as exc:
        raise StoreError("bad-url", str(exc)) from None
    if parsed.get_backend_name() == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):  # noqa: ANN001
            cur = dbapi_connection.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
            dbapi_connection.isolation_level = None  # SQLAlchemy begins the transactions (below), not pysqlite

        @event.listens_for(engine, "begin")
        def _begin(conn):  # noqa: ANN001
            # IMMEDIATE: a unit of work that will write takes the write lock at its start, so two at
            # once wait for each other (busy timeout) instead of deadlocking on the upgrade from a
            # read lock, which SQLite answers with "database is locked" at once
            conn.exec_driver_sql("BEGIN IMMEDIATE" if _writable(parsed.database) else "BEGIN")
    db = Database(engine)
    try:
        current = db.revision()
        if current is not None and current not in known_revisions():
            raise StoreError("newer-schema", current)
        if migrate and current != head_revision():
            db.upgrade()
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise _translate(exc) from exc
    return db
