"""The JSON API, version 1: the same feedback JSON as the CLI (docs/feedback-json.md)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field, model_validator

from ...company import CompanyError, analyze
from ...engine import AnswerError, feedback
from ...practice import runner
from ...practice.mock import plan, save_closing
from ...store import repo
from ..auth import current_user
from ..deps import state, ui_lang
from ..pool import inference

router = APIRouter(prefix="/api/v1", tags=["api"], dependencies=[Depends(current_user)])


class FeedbackRequest(BaseModel):
    question_id: str | None = Field(None, description="a bank question id")
    question_text: str | None = Field(None, description="any question, when there is no bank id")
    answer: str = Field(..., description="the answer, UTF-8 text, at most 20,000 characters")
    lang: str | None = Field(None, description="hr, de, en or auto (default: detect)")
    company: str | None = Field(None, description="the company's About us text, to check company fit")

    @model_validator(mode="after")
    def one_question(self):
        if bool(self.question_id) == bool(self.question_text):
            raise ValueError("give question_id or question_text")
        return self


@router.post("/feedback")
@inference
def post_feedback(request: Request, body: FeedbackRequest) -> dict:
    """Feedback on one answer (not stored): score, dimensions, evidence, suggestions."""
    bank = state(request).bank
    if body.question_id and body.question_id not in bank.questions:
        raise HTTPException(404, detail={"code": "unknown-question", "question_id": body.question_id})
    company = None
    if body.company:
        try:
            company = analyze(body.company)
        except CompanyError as exc:
            raise HTTPException(422, detail={"code": "bad-company", "reason": str(exc)}) from None
    try:
        fb = feedback(body.question_id, body.answer, question_text=body.question_text, lang=body.lang or "auto",
                      ui_lang=ui_lang(request), company=company, bank=bank)
    except AnswerError as exc:
        raise HTTPException(422, detail={"code": exc.code, "reason": str(exc)}) from None
    return fb.to_json()


@router.get("/questions")
def list_questions(request: Request, lang: str | None = None) -> list[dict]:
    bank = state(request).bank
    return [q.to_dict(lang or ui_lang(request)) for q in bank.questions.values()]


@router.get("/questions/{question_id}")
def get_question(request: Request, question_id: str, lang: str | None = None) -> dict:
    bank = state(request).bank
    if question_id not in bank.questions:
        raise HTTPException(404, detail={"code": "unknown-question", "question_id": question_id})
    return bank.question(question_id).to_dict(lang or ui_lang(request))


@router.get("/sessions")
def list_sessions(request: Request, user: str = Depends(current_user)) -> list[dict]:
    return repo.sessions(state(request).db, user)


class PracticeRequest(BaseModel):
    question_id: str
    answer: str = Field(..., description="saved before it is analysed")
    lang: str | None = Field(None, description="practice language (the answer's own language is detected)")
    duration_s: float | None = None
    session_id: int | None = Field(None, description="add to one of your sessions (e.g. a mock interview)")


def _own_session(request: Request, session_id: int, user: str) -> list[dict]:
    attempts = repo.session_attempts(state(request).db, session_id, user)
    if attempts is None:
        raise HTTPException(404, detail={"code": "unknown-session", "session_id": session_id})
    return attempts


@router.post("/practice")
@inference
def practice(request: Request, body: PracticeRequest, user: str = Depends(current_user)) -> dict:
    """Store an answer (first), analyse it, and return the stored attempt with its feedback."""
    st = state(request)
    if body.question_id not in st.bank.questions:
        raise HTTPException(404, detail={"code": "unknown-question", "question_id": body.question_id})
    if body.session_id is not None:
        _own_session(request, body.session_id, user)
    try:
        return runner.answer(st.db, st.bank, st.bank.question(body.question_id), body.answer[:100_000],
                             lang=body.lang or ui_lang(request), ui_lang=ui_lang(request), session_id=body.session_id,
                             duration_s=body.duration_s, user=user)
    except runner.EmptyAnswer:
        raise HTTPException(422, detail={"code": "empty"}) from None


@router.get("/sessions/{session_id}")
def get_session(request: Request, session_id: int, user: str = Depends(current_user)) -> list[dict]:
    return _own_session(request, session_id, user)


@router.get("/progress")
def progress(request: Request, user: str = Depends(current_user)) -> list[dict]:
    return [{k: s[k] for k in ("session_id", "started_at", "attempts", "mean_score", "dimensions")}
            for s in repo.sessions(state(request).db, user)]


class CompanyRequest(BaseModel):
    name: str = Field(..., min_length=1, max_length=200)
    about: str = Field(..., min_length=1, max_length=200_000)


@router.get("/companies")
def companies(request: Request, user: str = Depends(current_user)) -> list[dict]:
    return repo.companies(state(request).db, user)


@router.post("/companies")
def save_company(request: Request, body: CompanyRequest, user: str = Depends(current_user)) -> dict:
    try:
        profile = analyze(body.about, name=body.name)
    except CompanyError as exc:
        raise HTTPException(422, detail={"code": "bad-company", "reason": str(exc)}) from None
    repo.save_company(state(request).db, body.name, body.about, profile.language,
                      [k.term for k in profile.keywords], user)
    return profile.to_json()


class Tick(BaseModel):
    done: bool


@router.get("/checklist")
def checklist(request: Request, user: str = Depends(current_user)) -> dict:
    st = state(request)
    done = repo.checklist(st.db, user)
    prep = st.bank.prep_in(ui_lang(request))
    return {"checklist": [{"id": c.id, "group": c.group, "text": c.text, "done": done.get(c.id, False)}
                          for c in prep.checklist],
            "questions_to_ask": [{"id": q.id, "text": q.text, "why": q.why} for q in prep.questions_to_ask]}


@router.put("/checklist/{item_id}")
def tick(request: Request, item_id: str, body: Tick, user: str = Depends(current_user)) -> dict:
    st = state(request)
    if item_id not in {c.id for c in st.bank.prep_in("en").checklist}:
        raise HTTPException(404, detail={"code": "unknown-item", "item_id": item_id})
    repo.set_checklist(st.db, item_id, body.done, user)
    return {"id": item_id, "done": body.done}


@router.get("/export")
def export(request: Request, user: str = Depends(current_user)) -> dict:
    return repo.export_all(state(request).db, user)


@router.delete("/data")
def delete_data(request: Request, user: str = Depends(current_user)) -> dict:
    counts = repo.delete_all(state(request).db, user)
    if state(request).settings.multi_user:
        request.session.clear()
    return counts


@router.post("/mock")
def start_mock(request: Request, user: str = Depends(current_user)) -> dict:
    """Start a mock interview: the session and its questions; answer them with POST /practice
    (with this session_id), then POST /mock/{session_id}/closing with your questions."""
    st = state(request)
    lang = ui_lang(request)
    questions = plan(st.db, st.bank, 3, user)
    sid = repo.start_session(st.db, user, lang, kind="mock")
    return {"session_id": sid, "questions": [q.to_dict(lang) for q in questions]}


class ClosingRequest(BaseModel):
    questions: str = Field(..., min_length=1, max_length=20_000, description="your questions for them")


@router.post("/mock/{session_id}/closing")
@inference
def closing(request: Request, session_id: int, body: ClosingRequest, user: str = Depends(current_user)) -> dict:
    _own_session(request, session_id, user)
    st = state(request)
    from ...i18n import Translator

    lang = ui_lang(request)
    result = save_closing(st.db, st.bank, session_id, Translator(lang)("Do you have any questions for us?"),
                          body.questions, lang)
    repo.end_session(st.db, session_id)
    return result


@router.post("/recordings", status_code=202)
async def post_recording(request: Request, question_id: str, lang: str | None = None,
                         user: str = Depends(current_user)) -> dict:
    """A spoken answer: send the recording itself as the body (an audio/* type; at most 150 MiB and
    10 minutes). It is checked at once, then transcribed and analysed in the background: poll
    ``/api/v1/jobs/{job_id}``. The transcript is saved with the attempt; the recording is not kept."""
    from ...i18n import Translator
    from .speech import UploadRefused, receive_recording, speech_available, start_transcription

    st = state(request)
    if question_id not in st.bank.questions:
        raise HTTPException(404, detail={"code": "unknown-question", "question_id": question_id})
    ui = ui_lang(request)
    if not speech_available():
        raise HTTPException(503, detail={"code": "no-speech-support", "reason": "pip install 'interview-coach[speech]'"})
    try:
        path = await receive_recording(request, Translator(ui))
        job = start_transcription(request, path, st.bank.question(question_id), lang or ui, user, ui)
    except UploadRefused as exc:
        raise HTTPException(exc.status, detail={"code": exc.code, "reason": exc.message}) from None
    return job.to_json() | {"status_url": f"/api/v1/jobs/{job.id}"}


@router.get("/jobs/{job_id}")
def get_job(request: Request, job_id: str, user: str = Depends(current_user)) -> dict:
    """A transcription's progress (``status``: queued, checking, transcribing, analysing, done,
    failed; ``progress`` 0-1); when done, the stored ``attempt`` with its feedback."""
    st = state(request)
    job = st.jobs.get(job_id, user)
    if job is None:
        raise HTTPException(404, detail={"code": "unknown-job", "job_id": job_id})
    out = job.to_json()
    if job.status == "done":
        out["attempt"] = repo.attempt(st.db, job.attempt_id)
    return out


class CorrectionRequest(BaseModel):
    text: str = Field(..., description="the corrected transcript; saved before it is analysed")


@router.post("/attempts/{attempt_id}/correction")
def post_correction(request: Request, attempt_id: int, body: CorrectionRequest, user: str = Depends(current_user)) -> dict:
    """Correct the transcript of a spoken answer: content is judged on the new text, delivery still
    on the recording's timings."""
    st = state(request)
    attempt = repo.own_attempt(st.db, attempt_id, user)
    if attempt is None or not attempt.get("transcript"):
        raise HTTPException(404, detail={"code": "unknown-attempt", "attempt_id": attempt_id})
    if not body.text.strip() or len(body.text) > st.settings.max_form_chars:
        raise HTTPException(422, detail={"code": "empty" if not body.text.strip() else "too-long"})
    return runner.correct(st.db, st.bank, attempt_id, body.text, ui_lang=ui_lang(request), user=user)
