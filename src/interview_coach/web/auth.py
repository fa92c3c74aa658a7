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

from ..services.accounts import DEFAULT_USER

hasher = PasswordHasher()
LOGIN_WINDOW_S, LOGIN_MAX_FAILURES = 300, 5


class NeedLogin(Exception):
    """Raised when a page or the API is used without a logged-in user in multi-user mode."""


def current_user(request: Request) -> str:
    if not request.app.state.settings.multi_user:
        return DEFAULT_USER
    user = request.session.get("user")
    if not user:
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
    """At most LOGIN_MAX_FAILURES failed logins per client address and per account in a window."""

    def __init__(self):
        self.failures: dict[str, deque] = defaultdict(deque)

    def _recent(self, key: str) -> deque:
        q, now = self.failures[key], time.monotonic()
        while q and now - q[0] > LOGIN_WINDOW_S:
            q.popleft()
        return q

    def blocked(self, *keys: str) -> bool:
        return any(len(self._recent(k)) >= LOGIN_MAX_FAILURES for k in keys)

    def failed(self, *keys: str) -> None:
        for k in keys:
            self._recent(k).append(time.monotonic())


def verify(stored: str | None, password: str) -> bool:
    if not stored:
        hasher.hash(password)  # same work whether or not the account exists
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
