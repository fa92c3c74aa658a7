"""The JSON API, version 1: the same feedback JSON as the CLI (docs/feedback-json.md)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field, model_validator

from ...company import CompanyError, analyze
from ...engine import AnswerError, feedback
from ...store import repo
from ..auth import current_user
from ..deps import state, ui_lang

router = APIRouter(prefix="/api/v1", tags=["api"], dependencies=[Depends(current_user)])


class FeedbackRequest(BaseModel):
    question_id: str | None = Field(None, description="a bank question id")
    question_text: str | None = Field(None, description="any question, when there is no bank id")
    answer: str = Field(..., description="the answer, UTF-8 text, at most 20,000 characters")
    lang: str | None = Field(None, description="hr, de, en or auto (default: detect)")
    company: str | None = Field(None, description="the company's About us text, to check company fit")

    @model_validator(mode="after")
    def one_question(self):
        if bool(self.question_id) == bool(self.question_text):
            raise ValueError("give question_id or question_text")
        return self


@router.post("/feedback")
def post_feedback(request: Request, body: FeedbackRequest) -> dict:
    """Feedback on one answer (not stored): score, dimensions, evidence, suggestions."""
    bank = state(request).bank
    if body.question_id and body.question_id not in bank.questions:
        raise HTTPException(404, detail={"code": "unknown-question", "question_id": body.question_id})
    company = None
    if body.company:
        try:
            company = analyze(body.company)
        except CompanyError as exc:
            raise HTTPException(422, detail={"code": "bad-company", "reason": str(exc)}) from None
    try:
        fb = feedback(body.question_id, body.answer, question_text=body.question_text, lang=body.lang or "auto",
                      ui_lang=ui_lang(request), company=company, bank=bank)
    except AnswerError as exc:
        raise HTTPException(422, detail={"code": exc.code, "reason": str(exc)}) from None
    return fb.to_json()


@router.get("/questions")
def list_questions(request: Request, lang: str | None = None) -> list[dict]:
    bank = state(request).bank
    return [q.to_dict(lang or ui_lang(request)) for q in bank.questions.values()]


@router.get("/questions/{question_id}")
def get_question(request: Request, question_id: str, lang: str | None = None) -> dict:
    bank = state(request).bank
    if question_id not in bank.questions:
        raise HTTPException(404, detail={"code": "unknown-question", "question_id": question_id})
    return bank.question(question_id).to_dict(lang or ui_lang(request))


@router.get("/sessions")
def list_sessions(request: Request, user: str = Depends(current_user)) -> list[dict]:
    return repo.sessions(state(request).db, user)
