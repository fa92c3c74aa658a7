"""The application factory."""

from __future__ import annotations

from importlib import resources

import os
import secrets
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from platformdirs import user_data_dir
from starlette.middleware.sessions import SessionMiddleware

from .. import __version__
from ..bank import default_bank
from ..store import StoreError, open_database
from .auth import LoginLimiter, NeedLogin
from .deps import render
from .routes import account, api, history, mock, practice, prepare, progress, questions
from .settings import Settings


def _secret(settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    path = Path(user_data_dir("interview-coach")) / "web-secret"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="interview-coach", version=__version__, openapi_url="/openapi.json",
                  description="Practise customer-service job interviews in hr/de/en; feedback JSON as in "
                              "docs/feedback-json.md.")
    app.state.settings = settings
    app.state.db = open_database(settings.database_url)
    app.state.bank = default_bank()
    app.state.login_limiter = LoginLimiter()
    app.add_middleware(SessionMiddleware, secret_key=_secret(settings), session_cookie="ic_session",
                       same_site="lax", https_only=settings.secure_cookies, max_age=14 * 24 * 3600)
    app.mount("/static", StaticFiles(directory=str(resources.files(__package__) / "static")), name="static")
    for module in (account, practice, mock, prepare, questions, history, progress, api):
        app.include_router(module.router)

    from fastapi import HTTPException
    from fastapi.exception_handlers import http_exception_handler

    @app.exception_handler(HTTPException)
    async def keep_the_answer(request: Request, exc: HTTPException):
        """A practice answer posted with an expired session (no valid CSRF token) comes back in the
        form with a notice, so nothing typed is lost."""
        if exc.status_code == 403 and exc.detail == "csrf" and request.url.path == "/practice/answer":
            form = await request.form()
            from .routes.practice import practice_page
            from .auth import current_user

            page = practice_page(request, question=str(form.get("question_id") or "") or None,
                                 user=current_user(request), draft=str(form.get("answer") or ""), notice="expired")
            page.headers["HX-Retarget"], page.headers["HX-Reswap"] = "body", "innerHTML"
            return page
        return await http_exception_handler(request, exc)

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, exc: NeedLogin):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": "login required"}, status_code=401)
        return RedirectResponse("/login", status_code=303)

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError):
        return render(request, "error.html", status_code=503, message_key="database", detail=exc.code)

    return app
