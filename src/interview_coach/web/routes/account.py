"""Log in, register and log out (only in multi-user mode)."""

from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse

from ...errors import Conflict
from ...services import accounts
from ..auth import check_csrf, hasher, verify
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
    if web.login_limiter.blocked(f"ip:{client}", f"user:{name}"):
        return render(request, "login.html", status_code=429, error="too-many", mode="login")
    if not verify(accounts.password_hash(web.coach, name), password):
        web.login_limiter.failed(f"ip:{client}", f"user:{name}")
        return render(request, "login.html", status_code=401, error="wrong", mode="login")
    _fresh_session(request, name)
    return RedirectResponse("/", status_code=303)


@router.get("/register")
def register_page(request: Request):
    _multi(request)
    return render(request, "login.html", error=None, mode="register")


@router.post("/register", dependencies=[Depends(check_csrf)])
def register(request: Request, web: Web, name: str = Form(""), password: str = Form("")):
    _multi(request)
    if not NAME_RE.match(name) or len(password) < 10:
        return render(request, "login.html", status_code=422, error="invalid", mode="register")
    try:
        accounts.register(web.coach, name, hasher.hash(password))
    except Conflict:
        return render(request, "login.html", status_code=409, error="exists", mode="register")
    _fresh_session(request, name)
    return RedirectResponse("/", status_code=303)


def _fresh_session(request: Request, name: str) -> None:
    """A new session on login (no fixation); only an answer kept while logged out carries over."""
    draft = request.session.get("draft")
    request.session.clear()
    request.session["user"] = name
    if draft:
        request.session["draft"] = draft


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request, web: Web):
    request.session.clear()
    return RedirectResponse("/login" if web.settings.multi_user else "/", status_code=303)
