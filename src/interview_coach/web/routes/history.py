"""History: the user's sessions, and each session's report (HTML page or PDF download)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from ...reports import build_report
from ...reports.formats import to_html, to_pdf
from ...store import repo
from ..deps import render, state, ui_lang

router = APIRouter()


@router.get("/history")
def history_page(request: Request):
    return render(request, "history.html", sessions=repo.sessions(state(request).db))


def _report(request: Request, session_id: int) -> dict:
    db = state(request).db
    attempts = repo.session_attempts(db, session_id)
    if attempts is None:
        raise HTTPException(404)
    history = repo.sessions(db)
    session = next(s for s in history if s["session_id"] == session_id)
    return build_report(session, attempts, history, ui_lang(request))


@router.get("/sessions/{session_id}", response_class=HTMLResponse)
def session_report(request: Request, session_id: int):
    return HTMLResponse(to_html(_report(request, session_id)))


@router.get("/sessions/{session_id}/report.pdf")
def session_pdf(request: Request, session_id: int):
    return Response(to_pdf(_report(request, session_id)), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="interview-report-{session_id}.pdf"'})
