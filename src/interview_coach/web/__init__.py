"""The web app: FastAPI, server-rendered Jinja2 pages with htmx (vendored), and a JSON API."""

from .app import create_app

__all__ = ["create_app"]
