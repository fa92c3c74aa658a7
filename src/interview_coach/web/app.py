"""The application factory."""

from __future__ import annotations

from importlib import resources

import os
import secrets
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from .. import __version__
from ..errors import CoachError, message
from ..i18n import Translator
from ..services import open_coach
from ..settings import Settings
from .auth import LoginLimiter, NeedLogin
from .deps import WebState, render, ui_lang
from .guards import BodyLimit, SecurityHeaders
from .routes import account, api, health, history, mock, practice, prepare, progress, questions, speech


def _secret(settings: Settings) -> str:
    if settings.secret_key:
        return settings.secret_key
    path = settings.data_dir / "web-secret"
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(48))
        return path.read_text().strip()
    except OSError:  # a read-only or full data folder: logins then last until the server stops
        import logging

        logging.getLogger(__name__).warning("cannot keep the session secret in %s; using one for this run", path)
        return secrets.token_urlsafe(48)


@asynccontextmanager
async def _lifespan(app: FastAPI):
    """Graceful shutdown: uvicorn stops taking requests and finishes those in hand, then the job
    runner stops (a local job in hand is taken up again at the next start)."""
    yield
    app.state.web.jobs.shutdown()
    if app.state.web.coach.analyser is not None:
        app.state.web.coach.analyser.shutdown()


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="interview-coach", version=__version__, openapi_url="/openapi.json",
                  description="Practise customer-service job interviews in hr/de/en; feedback JSON as in "
                              "docs/feedback-json.md.")
    coach = open_coach(settings)
    coach.db, coach.bank  # opened and loaded now: a database or a pack that cannot be used stops the start
    from ..services.speech import clean_recordings
    from ..worker import runner

    clean_recordings(coach)
    if settings.analysis_processes() > 0:
        import threading

        from ..services.analysis import ProcessAnalyser

        coach.analyser = ProcessAnalyser(settings.pack_dirs(), settings.analysis_processes())
        threading.Thread(target=coach.analyser.warm, name="ic-warm", daemon=True).start()
    jobs = runner(settings, coach)
    jobs.resume()  # recordings an earlier run left unfinished (their audio is in the database)
    app.state.settings = settings
    app.state.web = WebState(coach=coach, settings=settings, login_limiter=LoginLimiter(coach), jobs=jobs)
    app.router.lifespan_context = _lifespan
    app.add_middleware(SessionMiddleware, secret_key=_secret(settings), session_cookie="ic_session",
                       same_site="lax", https_only=settings.secure_cookies, max_age=14 * 24 * 3600)
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=settings.hosts())
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(resources.files(__package__) / "static")), name="static")
    for module in (account, practice, speech, mock, prepare, questions, history, progress, api, health):
        app.include_router(module.router)

    from starlette.exceptions import HTTPException as StarletteHTTPException
    from fastapi.exception_handlers import http_exception_handler

    @app.exception_handler(StarletteHTTPException)
    async def html_errors(request: Request, exc: StarletteHTTPException):
        """Pages get a page in the user's language; the API keeps JSON errors."""
        if request.url.path.startswith("/api/") or exc.status_code not in (403, 404, 405):
            return await http_exception_handler(request, exc)
        return render(request, "error.html", status_code=exc.status_code, message_key=str(exc.status_code),
                      detail=request.url.path)

    @app.exception_handler(NeedLogin)
    async def need_login(request: Request, exc: NeedLogin):
        """The API answers 401; a page goes to the login in the user's language; an htmx request
        (a fragment) makes the whole page go there instead of showing the login inside the feedback."""
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": {"code": "login-required", "message": "login required"}}, status_code=401)
        target = f"/login?lang={ui_lang(request)}"
        if request.headers.get("hx-request") == "true":
            return Response(status_code=204, headers={"HX-Redirect": target})
        return RedirectResponse(target, status_code=303)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError):
        """Schema errors without the offending input: it may be huge, or text that cannot be encoded
        (a lone surrogate), which would turn a 422 into a 500."""
        errors = [{k: v for k, v in e.items() if k in ("type", "loc", "msg")} for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.exception_handler(CoachError)
    async def coach_error(request: Request, exc: CoachError):
        """The one handler for every CoachError: JSON under /api (code, message, details), a page in
        the user's language elsewhere; the status comes from the error's class."""
        tr = Translator(ui_lang(request))
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.to_json(tr)}, status_code=exc.status)
        return render(request, "error.html", status_code=exc.status, message_key="coach", detail=message(exc, tr),
                      family=exc.family, code=exc.code)

    return app
