"""The practice page: a question card, what the interviewer wants to know, an answer box with a
timer, and the feedback in place (htmx). Every answer is saved before it is analysed."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request

from ...practice import runner
from ...practice.scheduling import next_questions
from ...store import repo
from fastapi.responses import RedirectResponse

from ..auth import csrf_valid, current_user, optional_user
from ..deps import render, state, ui_lang
from ..pool import inference

router = APIRouter()


@router.get("/")
def practice_page(request: Request, question: str | None = None, user: str = Depends(current_user),
                  draft: str = "", notice: str | None = None):
    st = state(request)
    bank = st.bank
    kept = st.drafts.take(request.session.pop("draft", None))
    if kept and kept[0] in bank.questions:
        question, draft, notice = kept[0], kept[1], "expired"
    if question:
        if question not in bank.questions:
            raise HTTPException(404)
        q = bank.question(question)
    else:
        q = next_questions(st.db, bank, 1, user=user)[0]
    lang = request.query_params.get("qlang") or ui_lang(request)
    import secrets

    from .speech import speech_available

    return render(request, "practice.html", question=q, text=q.in_lang(lang), qlang=lang, draft=draft,
                  notice=notice, form_nonce=secrets.token_urlsafe(12), speech=speech_available())


@router.post("/practice/answer")
@inference
def answer(request: Request, question_id: str = Form(...), answer: str = Form(""), qlang: str = Form("en"),
           duration_s: float | None = Form(None), csrf_token: str = Form(""), form_nonce: str = Form(""),
           user: str | None = Depends(optional_user)):
    st = state(request)
    if user is None:  # the login ran out while typing: keep the answer (server-side) for after the login
        request.session["draft"] = st.drafts.keep(question_id, answer)
        return RedirectResponse("/login", status_code=303)
    if not csrf_valid(request, csrf_token):  # an expired session, or a form from elsewhere: nothing saved,
        page = practice_page(request, question_id if question_id in st.bank.questions else None, user,
                             draft=answer[: st.settings.max_form_chars], notice="expired")
        page.headers["HX-Retarget"], page.headers["HX-Reswap"] = "body", "innerHTML"  # the answer comes back
        return page
    partial = request.headers.get("hx-request") == "true"
    template = "_feedback.html" if partial else "feedback_page.html"
    if question_id not in st.bank.questions:
        raise HTTPException(404)
    question = st.bank.question(question_id)
    if len(answer) > st.settings.max_form_chars:
        answer = answer[: st.settings.max_form_chars]  # kept (cut) rather than lost; analysis will say it is too long
    if not answer.strip():
        return render(request, template, status_code=422, attempt=None, error="empty", question=question)
    seen = st.submitted.get((user, form_nonce)) if form_nonce else None
    if seen is not None:  # the same form sent twice (a double click without JavaScript): show the first result
        result = repo.attempt(st.db, seen)
    else:
        result = runner.answer(st.db, st.bank, question, answer, lang=qlang, ui_lang=ui_lang(request),
                               duration_s=duration_s, user=user)
        if form_nonce:
            if len(st.submitted) > 10_000:
                st.submitted.clear()
            st.submitted[(user, form_nonce)] = result["attempt_id"]
    previous = repo.previous_score(st.db, question.id, result["attempt_id"], user)
    return render(request, template, attempt=result, feedback=result.get("feedback"), error=None,
                  question=question, previous=previous)
