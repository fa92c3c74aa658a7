"""The user's data: export all of it, import an export (all or nothing), delete all of it,
including the files kept while the database was down and recordings left by interruptions."""

from __future__ import annotations

from ..store import repo
from .coach import DEFAULT_USER, Coach
from .models import DeleteCounts, ImportCounts

LOCAL_FOLDERS = ("unsaved", "recordings")


def export(coach: Coach, user: str = DEFAULT_USER) -> dict:
    """Everything of the user's, as the versioned export document (docs/json.md)."""
    return repo.export_all(coach.db, user)


def import_(coach: Coach, content, user: str = DEFAULT_USER) -> ImportCounts:
    """Add an export's data to the user's; ``ImportError_`` (a CoachError) and nothing changed when
    the document is not a valid export."""
    return ImportCounts(**repo.import_all(coach.db, content, user))


def delete(coach: Coach, user: str = DEFAULT_USER, local_files: bool = True) -> DeleteCounts:
    """Delete the user and all their rows; on a single-user machine also the local files."""
    counts = repo.delete_all(coach.db, user)
    files = _delete_local_files(coach) if local_files else 0
    return DeleteCounts(sessions=counts["sessions"], attempts=counts["attempts"], files=files)


def _delete_local_files(coach: Coach) -> int:
    count = 0
    for name in LOCAL_FOLDERS:
        path = coach.settings.data_dir / name
        for item in path.glob("*") if path.is_dir() else []:
            if item.is_file():
                item.unlink()
                count += 1
    return count
