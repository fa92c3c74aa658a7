"""The mock interview in the browser: opening, mixed questions, the closing question, a report."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from ...i18n import Translator
from ...practice import runner
from ...practice.mock import plan, save_closing
from ...store import repo
from ..auth import check_csrf, current_user
from ..deps import render, state, ui_lang
from ..pool import inference

router = APIRouter(dependencies=[Depends(current_user)])
COUNT = 3


def _plan_ids(request: Request, plan_param: str) -> list[str]:
    ids = [q for q in plan_param.split(",") if q]
    if not ids or any(q not in state(request).bank.questions for q in ids):
        raise HTTPException(404)
    return ids


def _own(request: Request, sid: int, user: str) -> list[dict]:
    attempts = repo.session_attempts(state(request).db, sid, user)
    if attempts is None:
        raise HTTPException(404)
    return attempts


@router.get("/mock")
def mock_start_page(request: Request):
    return render(request, "mock_start.html")


@router.post("/mock/start", dependencies=[Depends(check_csrf)])
def mock_start(request: Request, user: str = Depends(current_user)):
    st = state(request)
    questions = plan(st.db, st.bank, COUNT, user)
    sid = repo.start_session(st.db, user, ui_lang(request), kind="mock")
    return RedirectResponse(f"/mock/{sid}/0?plan={','.join(q.id for q in questions)}", status_code=303)


@router.get("/mock/{sid}/{step}")
def mock_step(request: Request, sid: int, step: int, plan: str, user: str = Depends(current_user)):
    attempts = _own(request, sid, user)
    ids = _plan_ids(request, plan)
    lang = ui_lang(request)
    if step < len(ids):
        q = state(request).bank.question(ids[step])
        return render(request, "mock_step.html", sid=sid, step=step, total=len(ids) + 1, plan=plan, question=q,
                      text=q.in_lang(lang).text, closing=False)
    if step == len(ids):
        return render(request, "mock_step.html", sid=sid, step=step, total=len(ids) + 1, plan=plan, question=None,
                      text=Translator(lang)("Do you have any questions for us?"), closing=True)
    repo.end_session(state(request).db, sid)
    closing_result = next((a["feedback"]["closing"] for a in attempts if a.get("feedback") and
                           "closing" in a["feedback"]), None)
    scores = [a["score"] for a in attempts if a.get("score") is not None]
    return render(request, "mock_summary.html", sid=sid, attempts=attempts, closing=closing_result,
                  mean=round(sum(scores) / len(scores)) if scores else None)


@router.post("/mock/{sid}/{step}", dependencies=[Depends(check_csrf)])
@inference
def mock_answer(request: Request, sid: int, step: int, plan: str = Form(...), answer: str = Form(""),
                user: str = Depends(current_user)):
    _own(request, sid, user)
    ids = _plan_ids(request, plan)
    st = state(request)
    lang = ui_lang(request)
    text = answer[: st.settings.max_form_chars]
    if text.strip():
        if step < len(ids):
            runner.answer(st.db, st.bank, st.bank.question(ids[step]), text, lang=lang, ui_lang=lang,
                          session_id=sid, user=user)
        elif step == len(ids):
            save_closing(st.db, st.bank, sid, Translator(lang)("Do you have any questions for us?"), text, lang)
    return RedirectResponse(f"/mock/{sid}/{step + 1}?plan={plan}", status_code=303)
