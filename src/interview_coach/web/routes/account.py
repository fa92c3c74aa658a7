"""Log in, register and log out (only in multi-user mode)."""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from ...errors import Conflict
from ...services import accounts
from ..auth import PASSWORD_MAX, check_csrf, hasher, password_problem, verify
from ..deps import Web, render

router = APIRouter()
NAME_RE = re.compile(r"^[\w.@-]{3,60}$")


def _multi(request: Request) -> None:
    if not request.app.state.web.settings.multi_user:
        raise HTTPException(404)


@router.get("/login")
def login_page(request: Request):
    _multi(request)
    return render(request, "login.html", error=None, mode="login")


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(request: Request, web: Web, name: str = Form(""), password: str = Form("")):
    _multi(request)
    client = request.client.host if request.client else "?"
    if not web.login_limiter.attempt(client, name[:200]):
        return render(request, "login.html", status_code=429, error="too-many", mode="login")
    if len(password) > PASSWORD_MAX or not verify(accounts.password_hash(web.coach, name), password):
        return render(request, "login.html", status_code=401, error="wrong", mode="login")
    web.login_limiter.succeeded(client, name[:200])
    back = request.session.get("after_login") or "/"
    _fresh_session(request, web, name)
    # back where the login ran out (only a path of this site: never another site's address)
    return RedirectResponse(back if back.startswith("/mock/") else "/", status_code=303)


@router.get("/register")
def register_page(request: Request):
    _multi(request)
    return render(request, "login.html", error=None, mode="register")


@router.post("/register", dependencies=[Depends(check_csrf)])
def register(request: Request, web: Web, name: str = Form(""), password: str = Form("")):
    _multi(request)
    if not NAME_RE.match(name):
        return render(request, "login.html", status_code=422, error="invalid", mode="register", typed_name=name[:60])
    problem = password_problem(password, name)
    if problem:
        return render(request, "login.html", status_code=422, error=f"password-{problem}", mode="register",
                      typed_name=name)
    client = request.client.host if request.client else "?"
    if not web.login_limiter.register(client):
        return render(request, "login.html", status_code=429, error="too-many", mode="register", typed_name=name)
    try:
        accounts.register(web.coach, name, hasher.hash(password))
    except Conflict:
        return render(request, "login.html", status_code=409, error="exists", mode="register", typed_name=name)
    _fresh_session(request, web, name)
    return RedirectResponse("/", status_code=303)


def _fresh_session(request: Request, web, name: str) -> None:
    """A new session on login (no fixation); only an answer kept while logged out carries over."""
    kept = {k: request.session[k] for k in ("draft", "mock_draft") if request.session.get(k)}
    request.session.clear()
    request.session["user"] = name
    request.session["token"] = accounts.session_token(web.coach, name)
    request.session.update(kept)


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request, web: Web):
    """Log out everywhere: the user's session token changes, so no earlier cookie works any more."""
    if web.settings.multi_user and request.session.get("user"):
        accounts.log_out_everywhere(web.coach, request.session["user"])
    request.session.clear()
    return RedirectResponse("/login" if web.settings.multi_user else "/", status_code=303)
