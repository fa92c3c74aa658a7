"""Company preparation: keywords from its About us text and which of your answers use them; the
checklist with ticks that persist; questions to ask the interviewer."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from ...advert import AdvertError
from ...company import CompanyError
from ...errors import message
from ...i18n import Translator
from ...services import companies as company_service
from ...services import prep as prep_service
from ..auth import User, check_csrf, current_user
from ..deps import UiLang, Web, render
from ..pool import inference

router = APIRouter(dependencies=[Depends(current_user)])


@router.get("/prepare")
def prepare_page(request: Request, web: Web, user: User, ui: UiLang, error: str | None = None,
                 advert_error: str | None = None):
    bank = web.coach.bank
    companies = []
    for c in company_service.saved(web.coach, user):
        questions = [{"id": q, "text": bank.question(q).in_lang(ui).text}
                     for q in (c.advert or {}).get("questions", []) if q in bank.questions]
        profile = company_service.profile_of(c)
        answers = company_service.answers_using(web.coach, profile, user)
        unused = sum(not a["used"] for a in answers)  # counted, not listed one "–" at a time
        companies.append({**c.model_dump(), "questions": questions, "answers": answers, "values": profile.values,
                          "using": [a for a in answers if a["used"]],
                          "unused_text": Translator(ui).n("{count} of your latest answers uses none of these words.",
                                                          "{count} of your latest answers use none of these words.",
                                                          unused) if unused else None})
    return render(request, "prepare.html", companies=companies, prep=bank.prep_in(ui),
                  done=prep_service.ticks(web.coach, user), error=error, advert_error=advert_error)


@router.post("/prepare/company", dependencies=[Depends(check_csrf)])
def add_company(request: Request, web: Web, user: User, ui: UiLang, name: str = Form(""), about: str = Form("")):
    tr = Translator(ui)
    name, about = name.strip()[:200], about.strip()[:200_000]
    if not name or not about:
        return prepare_page(request, web, user, ui, error=tr(
            "Give the company's name and its About us text (in Croatian, German or English)."))
    try:
        company_service.save(web.coach, name, about, user)
    except CompanyError as exc:
        return prepare_page(request, web, user, ui, error=message(exc, tr))
    return RedirectResponse("/prepare", status_code=303)


@router.post("/prepare/advert", dependencies=[Depends(check_csrf)])
@inference
def add_advert(request: Request, web: Web, user: User, ui: UiLang, name: str = Form(""), text: str = Form("")):
    tr = Translator(ui)
    name, text = name.strip()[:200], text.strip()[:60_000]
    if not name or not text:
        return prepare_page(request, web, user, ui, advert_error=tr("Give the advert a name and paste its text."))
    try:
        company_service.save_advert(web.coach, name, text, user)
    except AdvertError as exc:
        return prepare_page(request, web, user, ui, advert_error=message(exc, tr))
    return RedirectResponse("/prepare", status_code=303)


@router.post("/prepare/checklist", dependencies=[Depends(check_csrf)])
def tick(request: Request, web: Web, user: User, ui: UiLang, item_id: str = Form(...), done: str = Form("")):
    known = {c.id for c in web.coach.bank.prep_in(ui).checklist}
    if item_id in known:
        prep_service.tick(web.coach, item_id, done == "on", user)
    if request.headers.get("hx-request") == "true":
        return render(request, "_saved.html")
    return RedirectResponse("/prepare", status_code=303)
