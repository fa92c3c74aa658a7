"""Each storage test runs on SQLite and on PostgreSQL.

PostgreSQL comes from INTERVIEW_COACH_TEST_PG_URL (``.ci/run`` starts a server and sets it). Without
it the PostgreSQL cases are skipped, unless INTERVIEW_COACH_REQUIRE_PG=1 (CI), where they fail.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("INTERVIEW_COACH_TEST_PG_URL")


def reset_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'coach.db'}"
    if not PG_URL:
        if os.environ.get("INTERVIEW_COACH_REQUIRE_PG"):
            pytest.fail("INTERVIEW_COACH_TEST_PG_URL is not set but PostgreSQL tests are required")
        pytest.skip("PostgreSQL not configured (set INTERVIEW_COACH_TEST_PG_URL)")
    reset_postgres(PG_URL)
    return PG_URL


@pytest.fixture(scope="session")
def bank():
    from interview_coach.bank import load_bank

    return load_bank()


@pytest.fixture
def make_coach(bank, tmp_path):
    """The services' state over an opened database, with the data folder in tmp_path."""
    from interview_coach.services import Coach
    from interview_coach.settings import Settings

    def make(db):
        return Coach(Settings(data_dir=tmp_path / "data"), bank, db)

    return make
