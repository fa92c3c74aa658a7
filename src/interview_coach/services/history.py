"""History and progress: the user's sessions, one session's answers, and its report."""

from __future__ import annotations

from ..reports import build_report
from ..store import repo
from .coach import DEFAULT_USER, Coach
from .mock import own_session
from .models import SessionRecord


def sessions(coach: Coach, user: str = DEFAULT_USER) -> list[SessionRecord]:
    return repo.sessions(coach.db, user)


def progress(coach: Coach, user: str = DEFAULT_USER) -> list[SessionRecord]:
    """The sessions, oldest first, with their mean scores and dimensions (what the chart shows)."""
    return sessions(coach, user)


def report(coach: Coach, session_id: int, ui_lang: str, user: str = DEFAULT_USER) -> dict:
    """The content of one session's report (any format; see ``reports``); ``NotFound`` when the
    session is not this user's."""
    attempts = own_session(coach, session_id, user)
    history = sessions(coach, user)
    session = next(s for s in history if s.session_id == session_id)
    return build_report(session, attempts, history, ui_lang)
