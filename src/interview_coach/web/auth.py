"""One user or many. Single-user (default): everything belongs to the local user, no login.
``--multi-user``: accounts with argon2 password hashes, a signed session cookie, CSRF tokens on every
form, and login rate limiting; every query is scoped to the logged-in user."""

from __future__ import annotations

import secrets
import time
from collections import defaultdict, deque

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from typing import Annotated

from fastapi import Depends, Form, HTTPException, Request

from ..services import shared
from ..services.accounts import DEFAULT_USER

hasher = PasswordHasher()
PASSWORD_MIN, PASSWORD_MAX, PASSWORD_MIN_SCORE = 10, 1024, 2  # zxcvbn score 0-4


def password_problem(password: str, name: str) -> str | None:
    """Why a password is refused (too-short, too-long, too-weak), or None. Strength is judged by
    zxcvbn (it knows common passwords, repeats and the user's own name)."""
    if len(password.strip()) < PASSWORD_MIN:
        return "too-short"
    if len(password) > PASSWORD_MAX:
        return "too-long"
    from zxcvbn import zxcvbn

    if zxcvbn(password[:100], user_inputs=[name])["score"] < PASSWORD_MIN_SCORE:
        return "too-weak"
    return None


class NeedLogin(Exception):
    """Raised when a page or the API is used without a logged-in user in multi-user mode."""


def current_user(request: Request) -> str:
    """The logged-in user. In multi-user mode the cookie must carry the user's current session token:
    after a logout (everywhere) or the account's deletion, old cookies open nothing."""
    if not request.app.state.settings.multi_user:
        return DEFAULT_USER
    user, token = request.session.get("user"), request.session.get("token")
    if not user or not token:
        raise NeedLogin()
    from ..services import accounts

    expected = accounts.session_token(request.app.state.web.coach, user)
    if expected is None or not secrets.compare_digest(expected, token):
        request.session.clear()
        raise NeedLogin()
    return user


User = Annotated[str, Depends(current_user)]


def optional_user(request: Request) -> str | None:
    """The user, or None when a login is needed (for routes that must keep what was posted)."""
    try:
        return current_user(request)
    except NeedLogin:
        return None


def csrf_valid(request: Request, token: str) -> bool:
    expected = request.session.get("csrf")
    return bool(expected) and secrets.compare_digest(expected, token or "")


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


def check_csrf(request: Request, csrf_token: str = Form("")) -> None:
    """Every form post carries the session's token (a page of another site cannot know it)."""
    if not csrf_valid(request, csrf_token):
        raise HTTPException(403, detail="csrf")


class LoginLimiter:
    """Login and registration limits, counted in the database so every web process shares them
    (``services.shared``): per address and account, per address, and registrations per address."""

    def __init__(self, coach):
        self._coach = coach

    def attempt(self, client: str, name: str) -> bool:
        """Count one login attempt; False when this address (or this address for this account) is over the limit."""
        return shared.login_attempt(self._coach, client, name)

    def succeeded(self, client: str, name: str) -> None:
        shared.login_succeeded(self._coach, client, name)

    def register(self, client: str) -> bool:
        return shared.register_attempt(self._coach, client)


def verify(stored: str | None, password: str) -> bool:
    if not stored:
        hasher.hash(password)  # same work whether or not the account exists
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
