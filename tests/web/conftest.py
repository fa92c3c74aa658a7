"""The web app in-process, on a fresh SQLite database for each test."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from interview_coach.web import create_app
from interview_coach.web.settings import Settings


@pytest.fixture
def client(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'web.db'}"))
    with TestClient(app) as c:
        yield c
