"""History: the user's sessions, and each session's report (HTML page or PDF download)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from ...reports import build_report
from ...reports.formats import to_html, to_pdf
from ...store import repo
from ..auth import current_user
from ..deps import render, state, ui_lang

router = APIRouter()


@router.get("/history")
def history_page(request: Request, user: str = Depends(current_user)):
    return render(request, "history.html", sessions=repo.sessions(state(request).db, user))


def _report(request: Request, session_id: int, user: str) -> dict:
    db = state(request).db
    attempts = repo.session_attempts(db, session_id, user)
    if attempts is None:  # not this user's, or no such session: the same answer
        raise HTTPException(404)
    history = repo.sessions(db, user)
    session = next(s for s in history if s["session_id"] == session_id)
    return build_report(session, attempts, history, ui_lang(request))


@router.get("/sessions/{session_id}", response_class=HTMLResponse)
def session_report(request: Request, session_id: int, user: str = Depends(current_user)):
    return HTMLResponse(to_html(_report(request, session_id, user)))


@router.get("/sessions/{session_id}/report.pdf")
def session_pdf(request: Request, session_id: int, user: str = Depends(current_user)):
    return Response(to_pdf(_report(request, session_id, user)), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="interview-report-{session_id}.pdf"'})
