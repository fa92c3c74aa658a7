"""What every web process must agree on, kept in the database: login and registration limits,
answers kept over a login expiry, and which form already saved its answer."""

from __future__ import annotations

from ..store import shared
from .coach import Coach

LOGIN_WINDOW_S, LOGIN_MAX_FAILURES = 300, 5
LOGIN_MAX_PER_ADDRESS = 20  # attempts on any accounts from one address in the window
REGISTER_WINDOW_S, REGISTER_MAX = 3600, 5  # new accounts per client address an hour


def login_attempt(coach: Coach, client: str, name: str) -> bool:
    """Count one login attempt before the password is checked (so guesses sent at once are counted
    too); False when this address, or this address for this account, is over its limit. Accounts
    are never locked for everyone, so a stranger cannot lock a user out."""
    return (shared.hit(coach.db, f"login-ip/{client}", LOGIN_MAX_PER_ADDRESS, LOGIN_WINDOW_S)
            and shared.hit(coach.db, f"login/{client}/{name}", LOGIN_MAX_FAILURES, LOGIN_WINDOW_S))


def login_succeeded(coach: Coach, client: str, name: str) -> None:
    shared.clear(coach.db, f"login/{client}/{name}")


def register_attempt(coach: Coach, client: str) -> bool:
    return shared.hit(coach.db, f"register/{client}", REGISTER_MAX, REGISTER_WINDOW_S)


def keep_draft(coach: Coach, question_id: str, answer: str) -> str:
    """Keep an answer typed while the login ran out (an hour); returns the token for the cookie."""
    return shared.keep_draft(coach.db, question_id, answer)


def take_draft(coach: Coach, token: str | None) -> tuple[str, str] | None:
    return shared.take_draft(coach.db, token)


def submitted(coach: Coach, user: str, nonce: str) -> int | None:
    return shared.submitted(coach.db, user, nonce)


def mark_submitted(coach: Coach, user: str, nonce: str, attempt_id: int) -> None:
    shared.mark_submitted(coach.db, user, nonce, attempt_id)
