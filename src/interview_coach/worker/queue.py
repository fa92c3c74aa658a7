"""The PostgreSQL job queue (Procrastinate): one task, ``transcribe``, on the ``recordings`` queue.

The web processes only defer jobs (``QueueRunner``); ``interview-coach worker`` processes run them
(``serve``). A worker sends a heartbeat every few seconds; every worker also looks for jobs held by
a worker whose heartbeat stopped (killed, its machine gone) and puts them back in the queue, so
another worker takes them. ``services.recordings.run`` makes a job that runs twice save its answer
once. A job that raises is tried again (at most ``TRIES`` runs), then marked failed.
"""

from __future__ import annotations

import asyncio
import logging
import signal

from sqlalchemy.engine import make_url

from ..services import open_coach, recordings
from ..settings import Settings

log = logging.getLogger(__name__)
TASK, QUEUE, TRIES = "interview_coach.transcribe", "recordings", 3


def conninfo(database_url: str) -> str:
    """The libpq address of a SQLAlchemy PostgreSQL URL."""
    url = make_url(database_url)
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


def build(settings: Settings, coach_of=None):
    """The Procrastinate app with its task. ``coach_of()`` gives the worker's Coach (opened once)."""
    import procrastinate

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo(settings.database())))

    @app.task(name=TASK, queue=QUEUE, pass_context=True,
              retry=procrastinate.RetryStrategy(max_attempts=TRIES - 1, wait=2))
    def transcribe(context, job_id: str) -> None:
        coach = coach_of()
        try:
            recordings.run(coach, job_id)
        except Exception as exc:
            if context.job.attempts + 1 >= TRIES:  # the last try: the page learns that it failed
                recordings.fail(coach, job_id, type(exc).__name__)
            raise

    return app


class QueueRunner:
    """The web side: defers jobs (a row in ``procrastinate_jobs``, in the same database)."""

    def __init__(self, settings: Settings):
        self._app = build(settings)
        self._opened = False

    def _open(self):
        if not self._opened:
            self._app.open()
            self._opened = True
        return self._app

    def resume(self) -> int:
        return 0  # the queue keeps its jobs over a restart of the web

    def submit(self, job_id: str, priority: int) -> None:
        self._open().configure_task(TASK, queue=QUEUE, priority=priority).defer(job_id=job_id)

    def status(self) -> dict:
        return {"runner": "postgres"}

    def shutdown(self) -> None:
        if self._opened:
            self._app.close()
            self._opened = False


async def _sweep(app, every_s: float, stalled_after_s: float, stop: asyncio.Event) -> None:
    """Put back the jobs of workers whose heartbeat stopped."""
    while not stop.is_set():
        try:
            for job in await app.job_manager.get_stalled_jobs(queue=QUEUE, seconds_since_heartbeat=stalled_after_s):
                try:
                    await app.job_manager.retry_job(job)
                    log.warning("job %s of a stopped worker is queued again", job.id)
                except Exception:  # noqa: BLE001 - another worker put it back first
                    continue
        except Exception:  # noqa: BLE001 - the database is down for a moment: try at the next round
            log.exception("cannot look for stalled jobs")
        try:
            await asyncio.wait_for(stop.wait(), every_s)
        except asyncio.TimeoutError:
            pass


def serve(settings: Settings, *, concurrency: int = 1, heartbeat_s: float = 5.0, stalled_after_s: float = 20.0) -> None:
    """Run a worker until SIGTERM or SIGINT; the job in hand is finished first (graceful)."""
    coach = open_coach(settings)
    coach.db, coach.bank  # opened and migrated now: a database that cannot be used stops the start
    app = build(settings, lambda: coach)

    async def main() -> None:
        stop = asyncio.Event()
        async with app.open_async():
            worker = asyncio.create_task(app.run_worker_async(
                queues=[QUEUE], concurrency=concurrency, name="interview-coach", install_signal_handlers=False,
                update_heartbeat_interval=heartbeat_s, stalled_worker_timeout=stalled_after_s,
                shutdown_graceful_timeout=None))
            sweeper = asyncio.create_task(_sweep(app, heartbeat_s, stalled_after_s, stop))
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGINT):
                loop.add_signal_handler(sig, lambda: (stop.set(), worker.cancel()))
            try:
                await worker
            except asyncio.CancelledError:
                pass
            stop.set()
            await sweeper

    asyncio.run(main())
