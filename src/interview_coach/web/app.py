"""The application factory."""

from __future__ import annotations

from importlib import resources

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..bank import default_bank
from ..store import StoreError, open_database
from .deps import render
from .routes import api, history, practice, questions
from .settings import Settings


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(title="interview-coach", version=__version__, openapi_url="/openapi.json",
                  description="Practise customer-service job interviews in hr/de/en; feedback JSON as in "
                              "docs/feedback-json.md.")
    app.state.settings = settings
    app.state.db = open_database(settings.database_url)
    app.state.bank = default_bank()
    app.mount("/static", StaticFiles(directory=str(resources.files(__package__) / "static")), name="static")
    for module in (practice, questions, history, api):
        app.include_router(module.router)

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError):
        return render(request, "error.html", status_code=503, message_key="database", detail=exc.code)

    return app
