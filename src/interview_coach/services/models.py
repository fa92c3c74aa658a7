"""The typed results the services return (pydantic models; the API uses them as response models)."""

from __future__ import annotations

from pydantic import BaseModel

from ..store.records import AttemptRecord, CompanyRecord, SessionRecord

__all__ = ["AttemptRecord", "CompanyRecord", "SessionRecord", "MockPlan", "MockSummary", "DeleteCounts",
           "ImportCounts", "ChecklistItemState"]


class MockPlan(BaseModel):
    """A mock interview just started: its session and the questions, in order (the closing
    "Do you have any questions for us?" comes after them)."""

    session_id: int
    lang: str
    question_ids: list[str]
    role: str | None = None
    closing_text: str


class MockResume(MockPlan):
    """A stopped mock interview to continue: the questions still to answer (``question_ids``), the
    half-typed answer kept when it stopped (``draft``) and how many of the plan's questions come
    before the one it goes on with (``answered``: answered or skipped)."""

    draft: AttemptRecord | None = None
    answered: int = 0
    plan_ids: list[str] = []    # the whole plan, answered questions included


class MockSummary(BaseModel):
    session_id: int
    kind: str = "mock"
    lang: str
    mean_score: float | None
    attempts: list[AttemptRecord]
    closing: dict | None  # the judged questions for the interviewer, when given


class DeleteCounts(BaseModel):
    sessions: int
    attempts: int
    files: int = 0  # answers kept in files while the database was down, recordings left by interruptions


class ImportCounts(BaseModel):
    sessions: int
    attempts: int
    companies: int
    checklist: int
    skipped_sessions: int = 0  # already there (the same export imported twice)


class ChecklistItemState(BaseModel):
    id: str
    group: str
    text: str
    done: bool
