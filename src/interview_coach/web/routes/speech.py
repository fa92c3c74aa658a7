"""Spoken answers on the web: the browser records (MediaRecorder) or picks a file and sends the
raw audio; it is written to disk as it arrives (with the size limit enforced while reading),
checked cheaply, then transcribed and analysed off the request path while the page polls the
progress. The transcript can be corrected, and the correction is saved before it is analysed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from platformdirs import user_data_dir

from ...nlp.cache import cache_dir
from ...i18n import Translator
from ...practice import runner
from ...speech import AudioError, MAX_BYTES
from ...speech.messages import audio_error_message
from ...store import repo
from ..auth import csrf_token, csrf_valid, current_user, optional_user
from ..deps import render, state, ui_lang
from ..jobs import Job

router = APIRouter()
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded", "text/plain")  # what other sites may post


def speech_available() -> bool:
    from ...speech.whisper import available

    return available()


def recordings_dir() -> Path:
    path = Path(user_data_dir("interview-coach")) / "recordings"
    path.mkdir(parents=True, exist_ok=True)
    return path


class UploadRefused(Exception):
    def __init__(self, status: int, code: str, message: str):
        self.status, self.code, self.message = status, code, message


async def receive_recording(request: Request, tr: Translator) -> Path:
    """Write the request body to a file, refusing it as soon as it passes the size limit."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in FORM_TYPES or not kind:
        raise UploadRefused(415, "unsupported", tr("Send the recording itself as the request body (an audio/* type)."))
    stated = request.headers.get("content-length")
    too_large = UploadRefused(413, "too-large", tr("The recording is too large ({detail}). Record one answer at a time.",
                                                    detail=f"> {MAX_BYTES // 2**20} MiB"))
    if stated and stated.isdigit() and int(stated) > MAX_BYTES:
        raise too_large  # refused before a byte is read
    fd, name = tempfile.mkstemp(dir=recordings_dir(), suffix=".audio")
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BYTES:
                    raise too_large
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def start_transcription(request: Request, path: Path, question, qlang: str, user: str, ui: str) -> Job:
    """Cheap checks now (a clear error at once); decoding, Whisper and the engine in the background."""
    from ...speech import audio

    st = state(request)
    tr = Translator(ui)
    try:
        audio.probe(str(path))
    except AudioError as exc:
        path.unlink(missing_ok=True)
        raise UploadRefused(422, exc.code, audio_error_message(exc, tr)) from None

    def work(job: Job) -> None:
        from ...speech.whisper import transcriber

        try:
            job.status = "checking"
            recording = audio.read(str(path))
            job.status = "transcribing"
            t = transcriber(st.settings.whisper_model, cache_dir()).transcribe(
                recording, None, progress=lambda share: setattr(job, "progress", share))
            if not t.words:
                raise AudioError("no-words", "no words recognised")
            job.status, job.progress = "analysing", 1.0
            result = runner.answer(st.db, st.bank, question, t.text, lang=qlang, ui_lang=ui, user=user, transcript=t)
            job.attempt_id, job.status = result["attempt_id"], "done"
        except AudioError as exc:
            job.error_code, job.error, job.status = exc.code, audio_error_message(exc, tr), "failed"
        finally:
            path.unlink(missing_ok=True)  # the transcript is what is kept; the recording itself is not stored

    return st.jobs.submit(user, work, question_id=question.id)


@router.post("/practice/recording")
async def post_recording(request: Request, question_id: str, qlang: str = "en",
                         user: str | None = Depends(optional_user)):
    st = state(request)
    ui = ui_lang(request)
    tr = Translator(ui)
    if user is None:  # the login ran out while recording: the page keeps the recording and offers to send it again
        return render(request, "_job.html", status_code=401, job=None, error=tr(
            "Your login has run out. Log in again in another tab, then press “Send again”: your recording is "
            "still in this page."))
    if not csrf_valid(request, request.headers.get("x-csrf-token", "")):
        # an old page (e.g. after logging in again elsewhere): the same-origin page gets the current token
        # (other sites cannot read this response) and can send its recording again
        page = render(request, "_job.html", status_code=403, job=None, error=tr(
            "This page was out of date, so the recording was not sent yet. Press “Send again”."))
        page.headers["X-CSRF-Token"] = csrf_token(request)
        return page
    if question_id not in st.bank.questions:
        raise HTTPException(404)
    if not speech_available():
        return render(request, "_job.html", status_code=503, job=None,
                      error=audio_error_message(AudioError("no-speech-support", ""), tr))
    try:
        path = await receive_recording(request, tr)
        job = start_transcription(request, path, st.bank.question(question_id), qlang, user, ui)
    except UploadRefused as exc:
        return render(request, "_job.html", status_code=exc.status, job=None, error=exc.message)
    return render(request, "_job.html", status_code=202, job=job, error=None)


@router.get("/jobs/{job_id}")
def job_page(request: Request, job_id: str, user: str = Depends(current_user)):
    st = state(request)
    job = st.jobs.get(job_id, user)
    if job is None:
        raise HTTPException(404)
    if job.status == "done":
        return feedback_fragment(request, repo.attempt(st.db, job.attempt_id), user)
    return render(request, "_job.html", job=job, error=job.error if job.status == "failed" else None)


@router.post("/attempts/{attempt_id}/correct")
def correct(request: Request, attempt_id: int, text: str = Form(""), csrf_token: str = Form(""),
            user: str = Depends(current_user)):
    st = state(request)
    if not csrf_valid(request, csrf_token):
        raise HTTPException(403, detail="csrf")
    attempt = repo.own_attempt(st.db, attempt_id, user)
    if attempt is None or not attempt.get("transcript"):
        raise HTTPException(404)
    question = st.bank.questions.get(attempt["question_id"])
    text = text[: st.settings.max_form_chars]
    if not text.strip():
        return render(request, "_feedback.html", status_code=422, attempt=None, error="empty", question=question)
    result = runner.correct(st.db, st.bank, attempt_id, text, ui_lang=ui_lang(request), user=user)
    return feedback_fragment(request, result, user)


def feedback_fragment(request: Request, attempt: dict, user: str):
    """The feedback of a stored attempt, compared with the user's last try at the same question."""
    st = state(request)
    question = st.bank.questions.get(attempt["question_id"])
    previous = repo.previous_score(st.db, question.id, attempt["attempt_id"], user) if question else None
    return render(request, "_feedback.html", attempt=attempt, feedback=attempt.get("feedback"), error=None,
                  question=question, previous=previous)
