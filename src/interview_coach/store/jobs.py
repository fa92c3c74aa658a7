"""Recording jobs in the database: created with their audio in one transaction, capped per user,
read by whichever process serves the page, and linked to their answer exactly once."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update

from .db import Database
from .models import Attempt, PracticeSession, Recording, RecordingJob, User, now
from .records import JobRecord
from .repo import get_user

ACTIVE = ("queued", "checking", "transcribing", "analysing")
KEEP_FINISHED = timedelta(hours=24)  # finished jobs are kept this long (the page may poll late), then deleted


class TooManyJobs(Exception):
    """The user already has ``cap`` recordings waiting or being transcribed."""


def _record(job: RecordingJob, user_name: str) -> JobRecord:
    return JobRecord(job_id=job.id, user=user_name, question_id=job.question_id, qlang=job.qlang,
                     ui_lang=job.ui_lang, session_id=job.session_id, status=job.status,
                     progress=job.progress, attempt_id=job.attempt_id, error_code=job.error_code,
                     error=job.error, runs=job.runs)


def create(db: Database, user_name: str, question_id: str, qlang: str, ui_lang: str, audio: bytes, *,
           cap: int, session_id: int | None = None) -> tuple[JobRecord, int]:
    """Store the job and its audio; returns the job and how many of this user's jobs were already
    waiting (for fair queueing). ``TooManyJobs`` at the cap. The user's row is locked while counting
    (PostgreSQL; SQLite's transactions are serial), so two uploads at once cannot both pass the cap."""
    with db.session() as s:
        user = get_user(s, user_name)
        s.execute(select(User.id).where(User.id == user.id).with_for_update())
        waiting = _waiting(s, user.id)
        if waiting >= cap:
            raise TooManyJobs(waiting)
        s.execute(delete(RecordingJob).where(RecordingJob.status.in_(("done", "failed")),
                                             RecordingJob.updated_at < now() - KEEP_FINISHED))
        job = RecordingJob(id=secrets.token_urlsafe(16)[:22], user_id=user.id, question_id=question_id, qlang=qlang,
                           ui_lang=ui_lang, session_id=session_id, status="queued", progress=0.0, runs=0)
        s.add(job)
        s.flush()
        s.add(Recording(job_id=job.id, data=audio))
        return _record(job, user_name), waiting


def waiting(db: Database, user_name: str) -> int:
    """This user's jobs not finished yet."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        return 0 if user is None else _waiting(s, user.id)


def _waiting(s, user_id: int) -> int:
    return s.scalar(select(func.count()).select_from(RecordingJob)
                    .where(RecordingJob.user_id == user_id, RecordingJob.status.in_(ACTIVE)))


def get(db: Database, job_id: str, user_name: str | None = None) -> JobRecord | None:
    """The job; with ``user_name`` only when it is that user's."""
    with db.session() as s:
        row = s.execute(select(RecordingJob, User.name).join(User, User.id == RecordingJob.user_id)
                        .where(RecordingJob.id == job_id)).first()
    if row is None or (user_name is not None and row[1] != user_name):
        return None
    return _record(row[0], row[1])


def start_run(db: Database, job_id: str) -> JobRecord | None:
    """A process starts on the job (counted); None when it is gone or already finished."""
    with db.session() as s:
        job = s.get(RecordingJob, job_id, with_for_update=True)
        if job is None or job.status in ("done", "failed"):
            return None
        job.runs += 1
        name = s.scalar(select(User.name).where(User.id == job.user_id))
        return _record(job, name)


def audio(db: Database, job_id: str) -> bytes | None:
    with db.session() as s:
        return s.scalar(select(Recording.data).where(Recording.job_id == job_id))


def progress(db: Database, job_id: str, status: str, share: float) -> None:
    with db.session() as s:
        s.execute(update(RecordingJob).where(RecordingJob.id == job_id, RecordingJob.status.in_(ACTIVE))
                  .values(status=status, progress=round(share, 3), updated_at=now()))


def save_answer(db: Database, job_id: str, user_name: str, question_text: str, answer: str,
                duration_s: float | None, transcript: dict, lang: str) -> int:
    """Save the transcript as the job's answer and link it, in one transaction, unless an earlier
    run already did (then that answer's id comes back): an answer is saved once however often the
    job runs. The audio is deleted in the same transaction."""
    with db.session() as s:
        job = s.get(RecordingJob, job_id, with_for_update=True)
        if job.attempt_id is not None:
            return job.attempt_id
        session_id = job.session_id
        if session_id is None or s.get(PracticeSession, session_id) is None:
            session = PracticeSession(user_id=job.user_id, kind="practice", lang=lang)
            s.add(session)
            s.flush()
            session_id = session.id
        attempt = Attempt(session_id=session_id, question_id=job.question_id, question_text=question_text,
                          answer_text=answer, duration_s=duration_s, status="saved", transcript=transcript)
        s.add(attempt)
        s.flush()
        job.attempt_id, job.status, job.progress = attempt.id, "analysing", 1.0
        s.execute(delete(Recording).where(Recording.job_id == job_id))
        return attempt.id


def finish(db: Database, job_id: str, error_code: str | None = None, error: str | None = None) -> None:
    """Done (with its answer) or failed (with the error); the audio goes either way."""
    with db.session() as s:
        values = {"status": "failed", "error_code": error_code, "error": error} if error_code else {"status": "done"}
        s.execute(update(RecordingJob).where(RecordingJob.id == job_id).values(updated_at=now(), **values))
        s.execute(delete(Recording).where(Recording.job_id == job_id))


def unfinished(db: Database) -> list[str]:
    """Jobs not done nor failed, oldest first (to run again after a restart)."""
    with db.session() as s:
        return list(s.scalars(select(RecordingJob.id).where(RecordingJob.status.in_(ACTIVE))
                              .order_by(RecordingJob.created_at)))


def counts(db: Database) -> dict[str, int]:
    """Jobs per status (readiness and the operator's view)."""
    with db.session() as s:
        return {status: n for status, n in s.execute(select(RecordingJob.status, func.count()).group_by(RecordingJob.status))}


def oldest_waiting(db: Database) -> datetime | None:
    with db.session() as s:
        return s.scalar(select(func.min(RecordingJob.created_at)).where(RecordingJob.status == "queued"))


def live_workers(db: Database, within_s: float) -> int | None:
    """Queue workers whose heartbeat is younger than ``within_s`` (PostgreSQL); None without the queue."""
    from sqlalchemy import inspect, text

    if db.engine.dialect.name != "postgresql":
        return None
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("procrastinate_workers"):
            return None
        return conn.execute(text("SELECT count(*) FROM procrastinate_workers "
                                 "WHERE last_heartbeat > now() - make_interval(secs => :s)"), {"s": within_s}).scalar()
