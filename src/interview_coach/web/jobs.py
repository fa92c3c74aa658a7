"""Background work for the web app: transcribing and analysing a recording runs off the request
path, one at a time (one model), and the page polls its progress."""

from __future__ import annotations

import secrets
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Job:
    id: str
    user: str
    status: str = "queued"  # queued | checking | transcribing | analysing | done | failed
    progress: float = 0.0
    attempt_id: int | None = None
    error_code: str | None = None
    error: str | None = None
    question_id: str | None = None
    created: float = field(default_factory=time.time)

    def to_json(self) -> dict:
        return {"job_id": self.id, "status": self.status, "progress": round(self.progress, 2),
                "attempt_id": self.attempt_id, "question_id": self.question_id,
                "error": {"code": self.error_code, "message": self.error} if self.status == "failed" else None}


class Jobs:
    TTL_S, MAX = 3600, 2000

    def __init__(self, workers: int = 1):
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ic-job")

    def submit(self, user: str, work: Callable[[Job], None], **fields) -> Job:
        job = Job(secrets.token_urlsafe(12), user, **fields)
        with self._lock:
            now = time.time()
            for key in [k for k, j in self._jobs.items() if now - j.created > self.TTL_S or len(self._jobs) > self.MAX]:
                self._jobs.pop(key, None)
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, work)
        return job

    @staticmethod
    def _run(job: Job, work: Callable[[Job], None]) -> None:
        try:
            work(job)
        except Exception as exc:  # noqa: BLE001 - the page must learn that it failed, whatever it was
            job.status, job.error_code, job.error = "failed", job.error_code or "internal", job.error or str(exc)

    def active(self, user: str) -> int:
        """This user's recordings waiting or being worked on."""
        with self._lock:
            return sum(1 for j in self._jobs.values() if j.user == user and j.status not in ("done", "failed"))

    def get(self, job_id: str, user: str) -> Job | None:
        """The job, only for the user who started it."""
        job = self._jobs.get(job_id)
        return job if job is not None and job.user == user else None

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
