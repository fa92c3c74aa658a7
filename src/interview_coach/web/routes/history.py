"""History: the user's sessions, and each session's report (HTML page or PDF download)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, Response

from ...reports.formats import to_html, to_pdf
from ...services import history as service
from ...services.mock import closing_in
from ..auth import User
from ..deps import UiLang, Web, render
from fastapi import Request

router = APIRouter()


@router.get("/history")
def history_page(request: Request, web: Web, user: User, ui: UiLang):
    bank = web.coach.bank

    def question_texts(ids: list[str]) -> list[str]:
        """A session's questions by their wording in the page's language (typed-in ones as typed; the
        closing question of a mock interview in the page's language too)."""
        return [bank.question(q).in_lang(ui).text if q in bank.questions else closing_in(q, ui) or q for q in ids]

    return render(request, "history.html", sessions=list(reversed(service.sessions(web.coach, user))),
                  question_texts=question_texts)


@router.get("/sessions/{session_id}", response_class=HTMLResponse)
def session_report(web: Web, user: User, ui: UiLang, session_id: int):
    return HTMLResponse(to_html(service.report(web.coach, session_id, ui, user)))


@router.get("/sessions/{session_id}/report.pdf")
def session_pdf(web: Web, user: User, ui: UiLang, session_id: int):
    return Response(to_pdf(service.report(web.coach, session_id, ui, user)), media_type="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="interview-report-{session_id}.pdf"'})
