"""What the repository hands out: typed, read-only records (pydantic), never ORM rows or loose
dicts. The services pass them on; the API declares them as response models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    model_config = ConfigDict(frozen=True)


class AttemptRecord(Record):
    """One stored answer: saved first, then analysed (``status``: saved, analysed, failed)."""

    attempt_id: int
    session_id: int
    question_id: str | None
    question_text: str
    lang: str | None
    answer: str
    started_at: str | None
    submitted_at: str | None
    duration_s: float | None
    status: str
    error: str | None
    score: int | None
    feedback: dict | None      # the feedback JSON (docs/feedback-json.md) or a closing-question result
    transcript: dict | None    # spoken answers: words with timings


class SessionRecord(Record):
    """A practice session or a mock interview, summed up."""

    session_id: int
    kind: str
    lang: str
    started_at: str | None
    ended_at: str | None
    attempts: int
    mean_score: float | None
    dimensions: dict[str, float]
    questions: list[str]


class CompanyRecord(Record):
    """A saved company profile."""

    name: str
    language: str | None
    keywords: list[str]
    about: str | None
    advert: dict | None = None  # for a job advert: title, role, duties, skills, question ids


class JobRecord(Record):
    """A spoken answer on its way: ``status`` queued, checking, transcribing, analysing, done or
    failed; ``progress`` 0-1; the stored answer's id once it is saved."""

    job_id: str
    user: str
    question_id: str
    qlang: str
    ui_lang: str
    session_id: int | None
    status: str
    progress: float
    attempt_id: int | None
    error_code: str | None
    error: str | None
    runs: int
