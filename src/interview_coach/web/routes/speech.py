"""Spoken answers on the web: the browser records (MediaRecorder) or picks a file and sends the
raw audio; it is written to disk as it arrives (with the size limit enforced while reading),
checked cheaply, then transcribed and analysed off the request path (``services.speech``) while the
page polls the progress. The transcript can be corrected, and the correction is saved before it is
analysed."""

from __future__ import annotations

import os
import tempfile

import anyio
from pathlib import Path

from fastapi import APIRouter, Depends, Form, HTTPException, Request

from ...errors import message
from ...i18n import Translator
from ...services import practice as practice_service
from ...services import recordings
from ...services import speech as service
from ...speech import MAX_BYTES, AudioError
from ..auth import User, csrf_token, csrf_valid, optional_user
from ..deps import UiLang, Web, render

router = APIRouter()
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded", "text/plain")  # what other sites may post
UPLOAD_IDLE_S = 20  # seconds without a byte before an upload is given up
MEDIA_TYPES = ("video/webm", "video/mp4", "video/ogg", "application/ogg", "application/octet-stream")  # recorders' other names


async def receive_recording(request: Request, folder: Path) -> Path:
    """Write the request body to a file, refusing it (``AudioError``) as soon as it passes the size limit."""
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in FORM_TYPES or not kind or not (kind.startswith("audio/") or kind in MEDIA_TYPES):
        raise AudioError("not-audio", "send the recording itself as the request body")
    stated = request.headers.get("content-length")
    too_large = AudioError("too-large", "too large", detail=f"> {MAX_BYTES // 2**20} MiB")
    if stated and stated.isdigit() and int(stated) > MAX_BYTES:
        raise too_large  # refused before a byte is read
    fd, name = tempfile.mkstemp(dir=folder, suffix=".audio")
    size = 0
    chunks = request.stream().__aiter__()
    try:
        with os.fdopen(fd, "wb") as out:
            while True:
                try:
                    with anyio.fail_after(UPLOAD_IDLE_S):  # a stalled upload does not hold a file open for ever
                        chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    break
                except TimeoutError:
                    raise AudioError("stalled", "the upload stopped") from None
                size += len(chunk)
                if size > MAX_BYTES:
                    raise too_large
                out.write(chunk)
    except BaseException:
        os.unlink(name)
        raise
    return Path(name)


def start_transcription(web, path: Path, question, qlang: str, user: str, ui: str):
    """Cheap checks now (a clear error at once); the audio is stored with its job, and the job goes
    to the runner: decoding, Whisper and the engine happen in the background or in a worker."""
    return recordings.submit(web.coach, path, question, qlang=qlang, ui_lang=ui, user=user, enqueue=web.jobs.submit)


@router.post("/practice/recording")
async def post_recording(request: Request, web: Web, ui: UiLang, question_id: str, qlang: str = "en",
                         user: str | None = Depends(optional_user)):
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
    if question_id not in web.coach.bank.questions:
        raise HTTPException(404)
    try:
        if not service.available():
            raise AudioError("no-speech-support")
        path = await receive_recording(request, service.recordings_dir(web.coach))
        job = await anyio.to_thread.run_sync(start_transcription, web, path, web.coach.bank.question(question_id),
                                             qlang, user, ui)
    except AudioError as exc:
        return render(request, "_job.html", status_code=exc.status, job=None, error=message(exc, tr))
    return render(request, "_job.html", status_code=202, job=job, error=None)


@router.get("/jobs/{job_id}")
def job_page(request: Request, web: Web, user: User, job_id: str):
    job = recordings.get(web.coach, job_id, user)
    if job is None:
        raise HTTPException(404)
    if job.status == "done" and job.attempt_id is not None:
        return feedback_fragment(request, web, practice_service.own_attempt(web.coach, job.attempt_id, user), user)
    failed = recordings.error_of(job)
    return render(request, "_job.html", job=job, error=message(failed, Translator(job.ui_lang)) if failed else None)


@router.post("/attempts/{attempt_id}/correct")
def correct(request: Request, web: Web, user: User, ui: UiLang, attempt_id: int, text: str = Form(""),
            csrf_token: str = Form("")):
    if not csrf_valid(request, csrf_token):
        raise HTTPException(403, detail="csrf")
    attempt = practice_service.own_attempt(web.coach, attempt_id, user)
    if attempt.transcript is None:
        raise HTTPException(404)
    question = web.coach.bank.questions.get(attempt.question_id)
    text = text[: web.settings.max_form_chars]
    if not text.strip():
        return render(request, "_feedback.html", status_code=422, attempt=None, error="empty", question=question)
    result = practice_service.correct(web.coach, attempt_id, text, ui_lang=ui, user=user)
    return feedback_fragment(request, web, result, user)


def feedback_fragment(request: Request, web, attempt, user: str):
    """The feedback of a stored attempt, compared with the user's last try at the same question."""
    question = web.coach.bank.questions.get(attempt.question_id)
    previous = practice_service.previous_score(web.coach, question.id, attempt.attempt_id, user) if question else None
    return render(request, "_feedback.html", attempt=attempt, feedback=attempt.feedback, error=None,
                  question=question, previous=previous)
