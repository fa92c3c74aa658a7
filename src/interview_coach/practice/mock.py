"""A mock interview: the opening, questions of different categories, the closing questions."""

from __future__ import annotations

from ..bank import Bank, Question
from ..store import repo
from ..store.db import Database
from . import closing
from .scheduling import next_questions

OPENING = "tell-me-about-yourself"


def plan(db: Database, bank: Bank, count: int, user: str = repo.DEFAULT_USER) -> list[Question]:
    """The opening, then ``count`` questions of different categories in spaced-repetition order."""
    ordered = [q for q in next_questions(db, bank, len(bank.questions), user=user) if q.id != OPENING]
    chosen, seen = [], set()
    for q in ordered:
        if q.category not in seen:
            chosen.append(q)
            seen.add(q.category)
        if len(chosen) == count:
            break
    chosen += [q for q in ordered if q not in chosen][: count - len(chosen)]
    opening = [bank.question(OPENING)] if OPENING in bank.questions else []
    return opening + chosen


def save_closing(db: Database, bank: Bank, session_id: int, shown: str, text: str, ui_lang: str) -> dict:
    """Store the candidate's own questions first, then judge them against good questions to ask."""
    attempt_id = repo.save_attempt(db, session_id, None, shown, None, text)
    result = closing.judge(text, bank, ui_lang)
    repo.record_feedback(db, attempt_id, {"kind": "closing", "score": result["score"], "language": None,
                                          "closing": result, "suggestions": result["suggestions"]})
    return repo.attempt(db, attempt_id)
