"""Is this process able to serve? The database answers at the current schema, the bank is
loaded; and, for the operator, the recording jobs per status and the live queue workers."""

from __future__ import annotations

from ..store import StoreError
from ..store import jobs as store_jobs
from ..store.db import head_revision
from .coach import Coach


def readiness(coach: Coach, heartbeat_within_s: float = 30.0) -> dict:
    """``ready`` is False when the database cannot be used or is not at this version's schema."""
    report: dict = {"ready": False, "database": "down", "questions": len(coach.bank.questions)}
    try:
        revision = coach.db.revision()
        report["database"] = "ok" if revision == head_revision() else f"schema {revision}"
        report["jobs"] = store_jobs.counts(coach.db)
        report["workers"] = store_jobs.live_workers(coach.db, heartbeat_within_s)
    except StoreError as exc:
        report["error"] = exc.code
        return report
    except Exception as exc:  # noqa: BLE001 - a database that went away mid-run: not ready, say why
        report["error"] = type(exc).__name__
        return report
    report["ready"] = report["database"] == "ok"
    return report
