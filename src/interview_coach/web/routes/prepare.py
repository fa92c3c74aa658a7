"""Company preparation: keywords from its About us text and which of your answers use them; the
checklist with ticks that persist; questions to ask the interviewer."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from ...company import CompanyError, CompanyProfile, Keyword, analyze
from ...engine import AnswerError, company_terms_used
from ...store import repo
from ..auth import check_csrf, current_user
from ..deps import render, state, ui_lang

router = APIRouter(dependencies=[Depends(current_user)])


def _answers_using(db, profile: CompanyProfile, user: str, limit: int = 30) -> list[dict]:
    out = []
    for session in reversed(repo.sessions(db, user)):
        for a in repo.session_attempts(db, session["session_id"], user) or []:
            try:
                used = company_terms_used(profile, a["answer"])
            except AnswerError:
                continue
            out.append({"question": a["question_text"], "used": used, "session_id": session["session_id"]})
            if len(out) >= limit:
                return out
    return out


@router.get("/prepare")
def prepare_page(request: Request, user: str = Depends(current_user), error: str | None = None):
    st = state(request)
    lang = ui_lang(request)
    companies = []
    for c in repo.companies(st.db, user):
        profile = CompanyProfile(c["name"], c["language"] or "en", [Keyword(k, 1.0) for k in c["keywords"]])
        companies.append({**c, "answers": _answers_using(st.db, profile, user)})
    prep = st.bank.prep_in(lang)
    return render(request, "prepare.html", companies=companies, prep=prep, done=repo.checklist(st.db, user),
                  error=error)


@router.post("/prepare/company", dependencies=[Depends(check_csrf)])
def add_company(request: Request, name: str = Form(""), about: str = Form(""), user: str = Depends(current_user)):
    name, about = name.strip()[:200], about.strip()[:200_000]
    if not name or not about:
        return prepare_page(request, user, error="company-missing")
    try:
        profile = analyze(about, name=name)
    except CompanyError as exc:
        return prepare_page(request, user, error="company-" + str(exc).split(":")[0])
    repo.save_company(state(request).db, name, about, profile.language, [k.term for k in profile.keywords], user)
    return RedirectResponse("/prepare", status_code=303)


@router.post("/prepare/checklist", dependencies=[Depends(check_csrf)])
def tick(request: Request, item_id: str = Form(...), done: str = Form(""), user: str = Depends(current_user)):
    st = state(request)
    known = {c.id for c in st.bank.prep_in(ui_lang(request)).checklist}
    if item_id in known:
        repo.set_checklist(st.db, item_id, done == "on", user)
    if request.headers.get("hx-request") == "true":
        return render(request, "_saved.html")
    return RedirectResponse("/prepare", status_code=303)
