"""The web app: FastAPI, server-rendered Jinja2 pages with htmx (vendored), and a JSON API."""

from .app import create_app


def app_from_environment():
    """The app for each of several web processes (``serve --workers N``, or a process manager's
    ``uvicorn --factory interview_coach.web:app_from_environment``): settings from INTERVIEW_COACH_*."""
    from ..settings import Settings

    return create_app(Settings())


__all__ = ["create_app", "app_from_environment"]
