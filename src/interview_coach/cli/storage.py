"""Opening the database for a command, with translated errors; keeping unsaved answers safe."""

from __future__ import annotations

import time
from pathlib import Path

import click
from platformdirs import user_data_dir

from .ui import fail, tr


def store_error_message(exc) -> str:
    messages = {
        "unavailable": tr("The database cannot be reached ({detail}). Check DATABASE_URL or --db, and that the "
                          "database server is running.", detail=exc.detail),
        "locked": tr("The database is locked by another program; try again in a moment."),
        "newer-schema": tr("The database was made by a newer version of interview-coach ({detail}); update "
                           "interview-coach to use it.", detail=exc.detail),
        "bad-url": tr("The database address is not valid: {detail}", detail=exc.detail),
        "corrupt": tr("The database file is damaged ({detail}).", detail=exc.detail),
        "full": tr("The disk is full; the database cannot be written."),
    }
    return messages.get(exc.code, str(exc))


def open_db():
    from ..store import StoreError, open_database

    url = (click.get_current_context().find_root().obj or {}).get("db")
    try:
        return open_database(url)
    except StoreError as exc:
        fail(store_error_message(exc))


def store_call(fn, *args, **kwargs):
    """Call a storage function; a database failure ends the command with a clear message."""
    from ..store import StoreError

    try:
        return fn(*args, **kwargs)
    except StoreError as exc:
        fail(store_error_message(exc))


def save_or_keep(typed: str, question: str, fn, *args, **kwargs):
    """Call a function that stores what the user typed; if the database fails, the text goes to a
    file instead (see keep_unsaved) and the command ends saying where."""
    from ..store import StoreError

    try:
        return fn(*args, **kwargs)
    except StoreError as exc:
        path = keep_unsaved(typed, question)
        fail(store_error_message(exc) + "\n" + tr("Your answer was kept in {path}.", path=path))


def keep_unsaved(answer: str, question: str) -> Path:
    """When the database fails, the typed answer goes to a file, so it is never lost."""
    folder = Path(user_data_dir("interview-coach")) / "unsaved"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"answer-{time.strftime('%Y%m%d-%H%M%S')}-{int(time.time() * 1000) % 1000:03d}.txt"
    path.write_text(f"{question}\n\n{answer}", "utf-8")
    return path
