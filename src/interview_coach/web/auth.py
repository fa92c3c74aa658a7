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
LOGIN_MAX_PER_ADDRESS = 20  # attempts on any accounts from one address in the window
REGISTER_MAX = 5  # new accounts per client address an hour
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
    """Rate limits for logging in and registering (the ``limits`` package, moving windows, atomic
    test-and-count): at most LOGIN_MAX_FAILURES attempts per client address and account,
    and LOGIN_MAX_PER_ADDRESS per address on any accounts, in LOGIN_WINDOW_S, counted *before* the password is checked, so guesses sent at once are
    counted too; a successful login clears its address-and-account count. Accounts are never locked
    for everyone, so a stranger cannot lock a user out. Registration: REGISTER_MAX per address an hour."""

    def __init__(self):
        from limits import parse
        from limits.storage import MemoryStorage
        from limits.strategies import MovingWindowRateLimiter

        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._login = parse(f"{LOGIN_MAX_FAILURES}/{LOGIN_WINDOW_S} seconds")
        self._address = parse(f"{LOGIN_MAX_PER_ADDRESS}/{LOGIN_WINDOW_S} seconds")
        self._register = parse(f"{REGISTER_MAX}/hour")

    def attempt(self, client: str, name: str) -> bool:
        """Count one login attempt; False when this address (or this address for this account) is over the limit."""
        return self._limiter.hit(self._address, "login-ip", client) and self._limiter.hit(self._login, "login", client, name)

    def succeeded(self, client: str, name: str) -> None:
        self._limiter.clear(self._login, "login", client, name)

    def register(self, client: str) -> bool:
        return self._limiter.hit(self._register, "register", client)


def verify(stored: str | None, password: str) -> bool:
    if not stored:
        hasher.hash(password)  # same work whether or not the account exists
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False
