"""The embedded default: recording jobs run in one background thread of the web process (one
speech model), in priority order. Jobs left unfinished by an earlier run (a kill, a restart) are
taken up again at start: their audio is in the database."""

from __future__ import annotations

import itertools
import logging
import queue
import threading

from ..services import recordings

log = logging.getLogger(__name__)


class LocalRunner:
    def __init__(self, coach, threads: int = 1):
        self._coach = coach
        self._queue: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self._threads = [threading.Thread(target=self._loop, name=f"ic-job_{i}", daemon=True) for i in range(threads)]
        for thread in self._threads:
            thread.start()

    def resume(self) -> int:
        """Queue the jobs an earlier run left unfinished; returns how many."""
        found = recordings.unfinished(self._coach)
        for job_id in found:
            self.submit(job_id, 0)
        return len(found)

    def submit(self, job_id: str, priority: int) -> None:
        self._queue.put((-priority, next(self._order), job_id))

    def _loop(self) -> None:
        while True:
            _, _, job_id = self._queue.get()
            if job_id is None:
                return
            try:
                recordings.run(self._coach, job_id)
            except Exception as exc:  # noqa: BLE001 - the page must learn that it failed, whatever it was
                log.exception("recording job %s failed", job_id)
                try:
                    recordings.fail(self._coach, job_id, type(exc).__name__)
                except Exception:  # noqa: BLE001 - the database itself is down: the job stays unfinished
                    log.exception("cannot mark job %s failed", job_id)

    def status(self) -> dict:
        return {"runner": "local", "waiting": self._queue.qsize()}

    def shutdown(self) -> None:
        for _ in self._threads:
            self._queue.put((float("inf"), next(self._order), None))
