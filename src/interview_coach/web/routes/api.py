"""The JSON API, version 1: the same feedback JSON as the CLI (docs/feedback-json.md).

Routes parse the request, call a service and return its typed result (each declares its
``response_model``). Errors are ``CoachError``s, turned into ``{"detail": {"code", "message", ...}}``
with their status by the app's one handler."""

from __future__ import annotations

from typing import Any, Literal

import anyio

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field, model_validator

from ...bank.model import ROLES
from ...company import analyze
from ...answers import MAX_QUESTION_CHARS, AnswerError
from ...errors import NotFound, message
from ...i18n import Translator
from ...services import data as data_service
from ...services import history, mock, practice, prep, recordings
from ...services import companies as company_service
from ...services import speech as speech_service
from ...services.models import (AttemptRecord, ChecklistItemState, CompanyRecord, DeleteCounts, MockPlan,
                                SessionRecord)
from ...speech import AudioError
from ..auth import User, current_user
from ..deps import UiLang, Web
from ..pool import inference

router = APIRouter(prefix="/api/v1", tags=["api"], dependencies=[Depends(current_user)])
JSON = dict[str, Any]


class FeedbackRequest(BaseModel):
    question_id: str | None = Field(None, description="a bank question id")
    question_text: str | None = Field(None, max_length=MAX_QUESTION_CHARS, description="any question, when there is no bank id")
    answer: str = Field(..., max_length=100_000, description="the answer, UTF-8 text, at most 20,000 characters")
    lang: Literal["hr", "de", "en", "auto"] | None = Field(None, description="hr, de, en or auto (default: detect)")
    company: str | None = Field(None, max_length=200_000, description="the company's About us text, to check company fit")

    @model_validator(mode="after")
    def one_question(self):
        if bool(self.question_id) == bool(self.question_text):
            raise ValueError("give question_id or question_text")
        return self


def _question(web, question_id: str):
    if question_id not in web.coach.bank.questions:
        raise NotFound("unknown-question", question_id, question_id=question_id)
    return web.coach.bank.question(question_id)


@router.post("/feedback", response_model=JSON)
@inference
def post_feedback(request: Request, web: Web, ui: UiLang, body: FeedbackRequest) -> JSON:
    """Feedback on one answer (not stored): score, dimensions, evidence, suggestions."""
    question = _question(web, body.question_id) if body.question_id else None
    company = analyze(body.company) if body.company else None
    fb = web.coach.feedback(question, body.answer, question_text=body.question_text, lang=body.lang or "auto",
                            ui_lang=ui, company=company)
    return fb.to_json()


@router.get("/questions", response_model=list[JSON])
def list_questions(web: Web, ui: UiLang, lang: str | None = None, role: Literal[ROLES] | None = None) -> list[JSON]:
    """The bank's questions; with ``role`` (shop, call-centre, front-desk, counter) those asked for that job."""
    return [q.to_dict(lang or ui) for q in web.coach.bank.for_role(role)]


@router.get("/questions/{question_id}", response_model=JSON)
def get_question(web: Web, ui: UiLang, question_id: str, lang: str | None = None) -> JSON:
    return _question(web, question_id).to_dict(lang or ui)


@router.get("/sessions", response_model=list[SessionRecord])
def list_sessions(web: Web, user: User) -> list[SessionRecord]:
    return history.sessions(web.coach, user)


class PracticeRequest(BaseModel):
    question_id: str = Field(..., max_length=120)
    answer: str = Field(..., max_length=100_000, description="saved before it is analysed")
    lang: Literal["hr", "de", "en"] | None = Field(None, description="practice language (the answer's own language is detected)")
    duration_s: float | None = Field(None, ge=0, le=3600)
    session_id: int | None = Field(None, description="add to one of your sessions (e.g. a mock interview)")


@router.post("/practice", response_model=AttemptRecord)
@inference
def post_practice(request: Request, web: Web, user: User, ui: UiLang, body: PracticeRequest) -> AttemptRecord:
    """Store an answer (first), analyse it, and return the stored attempt with its feedback."""
    question = _question(web, body.question_id)
    if body.session_id is not None:
        mock.own_session(web.coach, body.session_id, user)
    return practice.answer(web.coach, question, body.answer[:100_000], lang=body.lang or ui, ui_lang=ui,
                           session_id=body.session_id, duration_s=body.duration_s, user=user)


@router.get("/sessions/{session_id}", response_model=list[AttemptRecord])
def get_session(web: Web, user: User, session_id: int) -> list[AttemptRecord]:
    return mock.own_session(web.coach, session_id, user)


class ProgressPoint(BaseModel):
    session_id: int
    started_at: str | None
    attempts: int
    mean_score: float | None
    dimensions: dict[str, float]


@router.get("/progress", response_model=list[ProgressPoint])
def get_progress(web: Web, user: User) -> list[ProgressPoint]:
    return [ProgressPoint(**s.model_dump(include=set(ProgressPoint.model_fields))) for s in history.progress(web.coach, user)]


class CompanyRequest(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    about: str = Field(..., min_length=1, max_length=200_000)


@router.get("/companies", response_model=list[CompanyRecord])
def companies(web: Web, user: User) -> list[CompanyRecord]:
    return company_service.saved(web.coach, user)


@router.post("/companies", response_model=JSON)
def save_company(web: Web, user: User, body: CompanyRequest) -> JSON:
    return company_service.save(web.coach, body.name, body.about, user).to_json()


class AdvertRequest(BaseModel):
    name: str | None = Field(None, max_length=200, description="keep it under this name (like a company)")
    text: str = Field(..., min_length=1, max_length=50_000, description="the job advert, hr/de/en")


@router.post("/adverts", response_model=JSON)
@inference
def post_advert(request: Request, web: Web, user: User, body: AdvertRequest) -> JSON:
    """Read a job advert: its job (role), duties, skills, the questions ranked for it (with the
    advert line each answers to) and keywords; kept under ``name`` when given."""
    return company_service.save_advert(web.coach, (body.name or "").strip() or None, body.text, user).to_json()


class Tick(BaseModel):
    done: bool


class AskQuestion(BaseModel):
    id: str
    text: str
    why: str | None


class Checklist(BaseModel):
    checklist: list[ChecklistItemState]
    questions_to_ask: list[AskQuestion]


@router.get("/checklist", response_model=Checklist)
def checklist(web: Web, user: User, ui: UiLang) -> Checklist:
    asks = web.coach.bank.prep_in(ui).questions_to_ask
    return Checklist(checklist=prep.checklist(web.coach, ui, user),
                     questions_to_ask=[AskQuestion(id=q.id, text=q.text, why=q.why) for q in asks])


class TickResult(BaseModel):
    id: str
    done: bool


@router.put("/checklist/{item_id}", response_model=TickResult)
def tick(web: Web, user: User, item_id: str, body: Tick) -> TickResult:
    prep.tick(web.coach, item_id, body.done, user)
    return TickResult(id=item_id, done=body.done)


@router.get("/export", response_model=JSON)
def export(web: Web, user: User) -> JSON:
    return data_service.export(web.coach, user)


@router.delete("/data", response_model=DeleteCounts)
def delete_data(request: Request, web: Web, user: User) -> DeleteCounts:
    counts = data_service.delete(web.coach, user, local_files=not web.settings.multi_user)
    if web.settings.multi_user:
        request.session.clear()
    return counts


class MockStarted(BaseModel):
    session_id: int
    questions: list[JSON]


@router.post("/mock", response_model=MockStarted)
def start_mock(web: Web, user: User, ui: UiLang, role: Literal[ROLES] | None = None) -> MockStarted:
    """Start a mock interview (for a job with ``?role=``): the session and its questions in interview
    order; answer them with POST /practice (with this session_id), then POST /mock/{session_id}/closing
    with your questions."""
    started: MockPlan = mock.start(web.coach, ui, 3, user, role=role)
    return MockStarted(session_id=started.session_id,
                       questions=[web.coach.bank.question(q).to_dict(ui) for q in started.question_ids])


class ClosingRequest(BaseModel):
    questions: str = Field(..., min_length=1, max_length=20_000, description="your questions for them")


@router.post("/mock/{session_id}/closing", response_model=AttemptRecord)
@inference
def closing(request: Request, web: Web, user: User, ui: UiLang, session_id: int, body: ClosingRequest) -> AttemptRecord:
    result = mock.answer_closing(web.coach, session_id, body.questions, ui, user)
    mock.finish(web.coach, session_id, user)
    return result


class JobState(BaseModel):
    job_id: str
    status: str
    progress: float
    attempt_id: int | None
    question_id: str | None
    error: dict | None
    status_url: str | None = None
    attempt: AttemptRecord | None = None


@router.post("/recordings", status_code=202, response_model=JobState)
async def post_recording(request: Request, web: Web, user: User, ui: UiLang, question_id: str,
                         lang: str | None = None) -> JobState:
    """A spoken answer: send the recording itself as the body (an audio/* type; at most 150 MiB and
    10 minutes). It is checked at once, then transcribed and analysed in the background: poll
    ``/api/v1/jobs/{job_id}``. The transcript is saved with the attempt; the recording is not kept."""
    from .speech import receive_recording, start_transcription

    question = _question(web, question_id)
    if not speech_service.available():
        raise AudioError("no-speech-support", "pip install 'interview-coach[speech]'")
    path = await receive_recording(request, speech_service.recordings_dir(web.coach))
    job = await anyio.to_thread.run_sync(start_transcription, web, path, question, lang or ui, user, ui)
    return job_state(job, Translator(ui), status_url=f"/api/v1/jobs/{job.job_id}")


@router.get("/jobs/{job_id}", response_model=JobState)
def get_job(web: Web, user: User, ui: UiLang, job_id: str) -> JobState:
    """A transcription's progress (``status``: queued, checking, transcribing, analysing, done,
    failed; ``progress`` 0-1); when done, the stored ``attempt`` with its feedback."""
    job = recordings.get(web.coach, job_id, user)
    if job is None:
        raise NotFound("unknown-job", job_id[:64], job_id=job_id[:64])
    attempt = practice.own_attempt(web.coach, job.attempt_id, user) if job.status == "done" and job.attempt_id else None
    return job_state(job, Translator(ui), attempt=attempt)


def job_state(job, tr: Translator, **extra) -> JobState:
    failed = recordings.error_of(job)
    return JobState(job_id=job.job_id, status=job.status, progress=round(job.progress, 2), attempt_id=job.attempt_id,
                    question_id=job.question_id,
                    error={"code": failed.code, "message": message(failed, tr)} if failed else None, **extra)


class CorrectionRequest(BaseModel):
    text: str = Field(..., description="the corrected transcript; saved before it is analysed")


@router.post("/attempts/{attempt_id}/correction", response_model=AttemptRecord)
def post_correction(web: Web, user: User, ui: UiLang, attempt_id: int, body: CorrectionRequest) -> AttemptRecord:
    """Correct the transcript of a spoken answer: content is judged on the new text, delivery still
    on the recording's timings."""
    if len(body.text) > web.settings.max_form_chars:
        raise AnswerError("too-long", f"{len(body.text)} characters; the limit is {web.settings.max_form_chars}")
    return practice.correct(web.coach, attempt_id, body.text, ui_lang=ui, user=user)


