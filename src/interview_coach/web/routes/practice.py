"""The practice page: a question card, what the interviewer wants to know, an answer box with a
timer, and the feedback in place (htmx). Every answer is saved before it is analysed."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ...errors import NotFound
from ...services import companies as company_service
from ...services import practice as service
from ...services import shared
from ...services import speech as speech_service
from ..auth import User, csrf_valid, optional_user
from ..deps import ROLE_COOKIE, Role, UiLang, Web, render
from ..pool import inference

router = APIRouter()


PRACTICE_SESSION_S = 3 * 3600  # answers within three hours in one browser are one practice session


def _practice_session(request: Request, web, user: str, lang: str) -> int:
    """The browser's current practice session (kept in the signed cookie), or a new one: a sitting
    of practice is one session in the history, not one session per answer."""
    import time

    kept = request.session.get("practice")
    if kept and kept.get("user") == user and time.time() - kept.get("at", 0) < PRACTICE_SESSION_S:
        try:
            from ...services import mock

            mock.own_session(web.coach, int(kept["sid"]), user)
            request.session["practice"] = {**kept, "at": time.time()}
            return int(kept["sid"])
        except (NotFound, ValueError, TypeError, KeyError):
            pass
    sid = service.start_session(web.coach, lang, user)
    request.session["practice"] = {"sid": sid, "user": user, "at": time.time()}
    return sid


@router.get("/")
def practice_page(request: Request, web: Web, user: User, ui: UiLang, role: Role, question: str | None = None,
                  draft: str = "", notice: str | None = None, company: str = ""):
    bank = web.coach.bank
    kept = shared.take_draft(web.coach, request.session.pop("draft", None))
    if kept and kept[0] in bank.questions:
        question, draft, notice = kept[0], kept[1], "expired"
    if question:
        if question not in bank.questions:
            raise HTTPException(404)
        q = bank.question(question)
    else:
        q = service.next_questions(web.coach, 1, user=user, role=role)[0]
    lang = request.query_params.get("qlang") or ui
    companies = [c.name for c in company_service.saved(web.coach, user)]  # saved companies and job adverts
    page = render(request, "practice.html", question=q, text=q.in_lang(lang), qlang=lang, draft=draft, role=role,
                  notice=notice, form_nonce=secrets.token_urlsafe(12), speech=speech_service.available(),
                  companies=companies, company=company if company in companies else "")
    if "role" in request.query_params:  # remembered for the next questions
        page.set_cookie(ROLE_COOKIE, role or "", max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return page


@router.post("/practice/answer")
@inference
def answer(request: Request, web: Web, ui: UiLang, question_id: str = Form(...), answer: str = Form(""),
           qlang: str = Form("en"), duration_s: float | None = Form(None), csrf_token: str = Form(""),
           form_nonce: str = Form(""), company: str = Form(""), user: str | None = Depends(optional_user)):
    coach = web.coach
    if user is None:  # the login ran out while typing: keep the answer (server-side) for after the login
        request.session["draft"] = shared.keep_draft(web.coach, question_id, answer[: web.settings.max_form_chars])
        target = f"/login?lang={ui}"
        if request.headers.get("hx-request") == "true":  # the whole page goes to the login, not the feedback box
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)
    if not csrf_valid(request, csrf_token):  # an expired session, or a form from elsewhere: nothing saved,
        page = practice_page(request, web, user, ui, None, question_id if question_id in coach.bank.questions else None,
                             draft=answer[: web.settings.max_form_chars], notice="expired")
        page.headers["HX-Retarget"], page.headers["HX-Reswap"] = "body", "innerHTML"  # the answer comes back
        return page
    partial = request.headers.get("hx-request") == "true"
    template = "_feedback.html" if partial else "feedback_page.html"
    if question_id not in coach.bank.questions:
        raise HTTPException(404)
    question = coach.bank.question(question_id)
    if len(answer) > web.settings.max_form_chars:
        answer = answer[: web.settings.max_form_chars]  # kept (cut) rather than lost; analysis will say it is too long
    if not answer.strip():
        return render(request, template, status_code=422, attempt=None, error="empty", question=question)
    seen = shared.submitted(coach, user, form_nonce) if form_nonce else None
    if seen is not None:  # the same form sent twice (a double click without JavaScript): show the first result
        result = service.own_attempt(coach, seen, user)
    else:
        profile = company_service.find(coach, company, user) if company.strip() else None  # a saved one only
        result = service.answer(coach, question, answer, lang=qlang, ui_lang=ui, duration_s=duration_s, user=user,
                                session_id=_practice_session(request, web, user, qlang), company=profile)
        if form_nonce:
            shared.mark_submitted(coach, user, form_nonce, result.attempt_id)
    previous = service.previous_score(coach, question.id, result.attempt_id, user)
    return render(request, template, attempt=result, feedback=result.feedback, error=None,
                  question=question, previous=previous)
