"""The question bank browser."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request

from ..auth import current_user
from ..deps import UiLang, Web, render

router = APIRouter(dependencies=[Depends(current_user)])


@router.get("/questions")
def question_list(request: Request, web: Web, lang: UiLang):
    bank = web.coach.bank
    by_category: dict[str, list] = {}
    for q in bank.questions.values():
        by_category.setdefault(q.category, []).append((q.id, q.in_lang(lang).text))
    return render(request, "questions.html", by_category=dict(sorted(by_category.items())))


@router.get("/questions/{question_id}")
def question_detail(request: Request, web: Web, ui: UiLang, question_id: str):
    bank = web.coach.bank
    if question_id not in bank.questions:
        raise HTTPException(404)
    q = bank.question(question_id)
    return render(request, "question.html", question=q, text=q.in_lang(ui))
