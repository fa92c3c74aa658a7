"""The web app in-process, on a fresh SQLite database for each test."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from interview_coach.web import create_app
from interview_coach.settings import Settings


@pytest.fixture
def client(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'web.db'}"))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield c


def token(client, path="/") -> str:
    """The CSRF token of the current browser session, read from a page's form as a browser has it."""
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text).group(1)


def post_form(client, path, data, **kwargs):
    return client.post(path, data={**data, "csrf_token": token(client)}, **kwargs)


@pytest.fixture
def multi(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'multi.db'}", multi_user=True,
                              secret_key="test-secret-key-test-secret-key"))
    return app
