"""Running recording jobs (``services.recordings``): in a thread of the one web process (the
embedded default, SQLite) or on a job queue in PostgreSQL that ``interview-coach worker`` processes
serve, on this machine or others (Procrastinate: the queue lives in the database the app already
uses, so there is no broker to run; workers take jobs with ``FOR UPDATE SKIP LOCKED`` and send
heartbeats, and a job whose worker stops sending them is given to another).

An interface layer like ``cli`` and ``web``: it calls the services and never the store."""

from __future__ import annotations

from ..settings import Settings


def uses_queue(settings: Settings) -> bool:
    """The PostgreSQL job queue, or threads of this process."""
    choice = settings.job_queue
    if choice == "auto":
        return settings.database().startswith("postgresql")
    return choice == "postgres"


def runner(settings: Settings, coach):
    """What the web app hands its jobs to."""
    if uses_queue(settings):
        from .queue import QueueRunner

        return QueueRunner(settings)
    from .local import LocalRunner

    return LocalRunner(coach)
