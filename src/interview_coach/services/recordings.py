"""Spoken answers sent to the web: a job in the database, run by whichever process takes it.

``submit`` checks the upload cheaply and stores it with its job (one transaction), then hands the
job's id to a runner: a thread of the web process (the embedded default) or the job queue that
``interview-coach worker`` processes serve (PostgreSQL). ``run`` does the work and may be called
again for the same job after a kill: the transcript is saved as an answer once (``store.jobs``),
and a rerun of a job whose answer is saved only analyses it.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Callable

from ..answers import clean_text
from ..speech.audio import AudioError
from ..store import jobs as store_jobs
from ..store import repo
from ..store.records import JobRecord
from . import practice
from . import speech
from .coach import DEFAULT_USER, Coach

Enqueue = Callable[[str, int], None]  # (job id, priority: higher runs first)
PROGRESS_EVERY_S = 0.5  # at most this often a job's progress is written


def submit(coach: Coach, path: Path, question, *, qlang: str, ui_lang: str, user: str = DEFAULT_USER,
           enqueue: Enqueue, session_id: int | None = None) -> JobRecord:
    """Check the upload (``AudioError`` at once for what can be told at once), store it with its job,
    and queue the job. A user's job waits behind the first jobs of others: its priority falls by one
    for each of their own already waiting. The file is removed whatever happens."""
    try:
        if store_jobs.waiting(coach.db, user) >= coach.settings.max_jobs_per_user:
            raise AudioError("busy", "too many recordings waiting")  # said before the upload is even read
        speech.probe(path)
        data = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
    try:
        job, waiting = store_jobs.create(coach.db, user, question.id, qlang, ui_lang, data,
                                         cap=coach.settings.max_jobs_per_user, session_id=session_id)
    except store_jobs.TooManyJobs:
        raise AudioError("busy", "too many recordings waiting") from None
    enqueue(job.job_id, -waiting)
    return job


def get(coach: Coach, job_id: str, user: str = DEFAULT_USER) -> JobRecord | None:
    """The job, only for the user who sent it."""
    return store_jobs.get(coach.db, job_id[:64], user)


def error_of(job: JobRecord) -> AudioError | None:
    """A failed job's error, to be told in the reader's language."""
    return AudioError(job.error_code, detail=job.error or "") if job.status == "failed" and job.error_code else None


def unfinished(coach: Coach) -> list[str]:
    return store_jobs.unfinished(coach.db)


def run(coach: Coach, job_id: str) -> JobRecord | None:
    """Transcribe, save once, analyse, mark done; or mark failed with the audio error. Safe to call
    again for a job whose earlier run was killed anywhere on the way."""
    job = store_jobs.start_run(coach.db, job_id)
    if job is None:
        return None  # gone (the user deleted their data) or finished by an earlier run
    question = coach.bank.questions.get(job.question_id)
    if question is None:
        store_jobs.finish(coach.db, job_id, "missing", job.question_id)
        return store_jobs.get(coach.db, job_id)
    attempt_id = job.attempt_id
    if attempt_id is None:
        try:
            attempt_id = _transcribe_and_save(coach, job, question)
        except AudioError as exc:
            store_jobs.finish(coach.db, job_id, exc.code, exc.detail)
            return store_jobs.get(coach.db, job_id)
    if repo.attempt(coach.db, attempt_id).status != "analysed":
        practice.analyse(coach, attempt_id, question, ui_lang=job.ui_lang, user=job.user)
    store_jobs.finish(coach.db, job_id)
    return store_jobs.get(coach.db, job_id)


def _transcribe_and_save(coach: Coach, job: JobRecord, question) -> int:
    data = store_jobs.audio(coach.db, job.job_id)
    if data is None:
        raise AudioError("missing", "the recording is gone")
    last = [0.0, ""]

    def report(status: str, share: float) -> None:
        now = time.monotonic()
        if status != last[1] or now - last[0] >= PROGRESS_EVERY_S:
            last[0], last[1] = now, status
            store_jobs.progress(coach.db, job.job_id, status, share)

    fd, name = tempfile.mkstemp(dir=speech.recordings_dir(coach), suffix=".audio")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        del data
        t = speech.transcribe(coach, Path(name), None, report)
    finally:
        Path(name).unlink(missing_ok=True)
    shown = question.in_lang(job.qlang).text
    return store_jobs.save_answer(coach.db, job.job_id, job.user, shown, clean_text(t.text),
                                  round(t.duration, 1), t.to_json(), job.qlang)


def fail(coach: Coach, job_id: str, detail: str) -> None:
    """A job that cannot be finished (an unexpected error, or its last retry): failed, audio deleted."""
    store_jobs.finish(coach.db, job_id, "failed", detail[:200])
