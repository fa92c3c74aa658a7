"""The mock interview in the browser: opening, mixed questions, the closing question, a report."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from ...i18n import Translator
from ...services import companies as company_service
from ...services import mock as service
from ...services import shared
from ..auth import User, check_csrf, csrf_valid, optional_user
from ...bank.model import ROLES
from ..deps import Role, UiLang, Web, render
from ..pool import inference

router = APIRouter()
COUNT = 3


def _plan_ids(web, plan_param: str) -> list[str]:
    ids = [q for q in plan_param.split(",") if q]
    if not ids or any(q not in web.coach.bank.questions for q in ids):
        raise HTTPException(404)
    return ids


@router.get("/mock")
def mock_start_page(request: Request, web: Web, user: User, ui: UiLang, role: Role):
    """Start an interview; or continue the one stopped last, at its first unanswered question."""
    left, resume_url, resume_text = service.resume(web.coach, user), None, None
    if left is not None:
        step = left.plan_ids.index(left.question_ids[0]) if left.question_ids else len(left.plan_ids)
        resume_url = f"/mock/{left.session_id}/{step}?plan={','.join(left.plan_ids)}"
        count = len(left.question_ids) + 1
        resume_text = Translator(ui).n("Continue the interview you stopped: {count} question left.",
                                       "Continue the interview you stopped: {count} questions left.", count)
    companies = [c.name for c in company_service.saved(web.coach, user)]  # saved companies and job adverts
    return render(request, "mock_start.html", role=role, resume_url=resume_url, resume_text=resume_text,
                  companies=companies)


@router.post("/mock/start", dependencies=[Depends(check_csrf)])
def mock_start(web: Web, user: User, ui: UiLang, role: str = Form(""), company: str = Form("")):
    chosen = company_service.record(web.coach, company, user) if company.strip() else None
    started = service.start(web.coach, ui, COUNT, user, role=role if role in ROLES else None,
                            company=chosen.name if chosen else None)
    return RedirectResponse(f"/mock/{started.session_id}/0?plan={','.join(started.question_ids)}", status_code=303)


@router.get("/mock/{sid}/{step}")
def mock_step(request: Request, web: Web, user: User, ui: UiLang, sid: int, step: int, plan: str,
              draft: str = "", notice: str | None = None, skipped: bool = False):
    attempts = service.own_session(web.coach, sid, user)
    ids = _plan_ids(web, plan)
    if step < 0:
        raise HTTPException(404)
    kept = shared.take_draft(web.coach, request.session.pop("mock_draft", None))
    if kept and kept[0] == f"mock:{sid}:{step}":  # typed while the login ran out: back in the box
        draft, notice = kept[1], "expired"
    # the feedback on the answer just given, in short, before the next question
    last = next((a for a in reversed(attempts) if 0 < step <= len(ids) and a.question_id == ids[step - 1]), None)
    if step < len(ids):
        q = web.coach.bank.question(ids[step])
        return render(request, "mock_step.html", sid=sid, step=step, total=len(ids) + 1, plan=plan, question=q,
                      text=q.in_lang(ui).text, closing=False, last=last, draft=draft, notice=notice, skipped=skipped)
    if step == len(ids):
        return render(request, "mock_step.html", sid=sid, step=step, total=len(ids) + 1, plan=plan, question=None,
                      text=Translator(ui)(service.CLOSING_QUESTION), closing=True, last=last, draft=draft,
                      notice=notice, skipped=skipped)
    summary = service.finish(web.coach, sid, user)
    by_question = {a.question_id: a for a in summary.attempts if a.question_id}
    # in the plan's order; a question not answered is listed where it was asked, as skipped
    rows = [(by_question[q].question_text if q in by_question else web.coach.bank.question(q).in_lang(ui).text,
             by_question.get(q)) for q in ids]
    return render(request, "mock_summary.html", sid=sid, rows=rows, closing=summary.closing,
                  mean=round(summary.mean_score) if summary.mean_score is not None else None)


@router.post("/mock/{sid}/{step}")
@inference
def mock_answer(request: Request, web: Web, ui: UiLang, sid: int, step: int, plan: str = Form(...),
                answer: str = Form(""), csrf_token: str = Form(""), user: str | None = Depends(optional_user)):
    back = f"/mock/{sid}/{step}?plan={quote(plan, safe=',')}"
    if user is None:  # the login ran out while typing: the answer waits on the server, then comes back
        request.session["mock_draft"] = shared.keep_draft(web.coach, f"mock:{sid}:{step}",
                                                          answer[: web.settings.max_form_chars])
        request.session["after_login"] = back
        return RedirectResponse(f"/login?lang={ui}", status_code=303)
    if not csrf_valid(request, csrf_token):  # an old page: nothing saved, the answer is given back
        return mock_step(request, web, user, ui, sid, step, plan, draft=answer[: web.settings.max_form_chars],
                         notice="expired")
    service.own_session(web.coach, sid, user)
    ids = _plan_ids(web, plan)
    text = answer[: web.settings.max_form_chars]
    if not text.strip():  # nothing typed: the question is skipped, and the next page says so
        return RedirectResponse(f"/mock/{sid}/{max(step, 0) + 1}?plan={plan}&skipped=1", status_code=303)
    if step >= 0:
        if step < len(ids):
            service.answer(web.coach, sid, web.coach.bank.question(ids[step]), text, lang=ui, ui_lang=ui, user=user,
                           company=service.company_of(web.coach, sid, user))
        elif step == len(ids):
            service.answer_closing(web.coach, sid, text, ui, user)
    return RedirectResponse(f"/mock/{sid}/{max(step, 0) + 1}?plan={plan}", status_code=303)
