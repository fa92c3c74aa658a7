"""Schemathesis against the JSON API (issue #16): generated requests for every operation of
/openapi.json, bounded in examples, on SQLite here and on PostgreSQL in CI; the check is that none
gets a server error. Recordings are left out (their bodies are audio, covered by the speech tests)."""

from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from interview_coach.settings import Settings  # noqa: E402
from interview_coach.web import create_app  # noqa: E402

EXAMPLES = int(os.environ.get("INTERVIEW_COACH_SCHEMATHESIS_EXAMPLES", "20"))


def _app():
    import tempfile

    url = os.environ.get("INTERVIEW_COACH_TEST_PG_URL") or f"sqlite:///{tempfile.mkdtemp()}/schemathesis.db"
    return create_app(Settings(database_url=url, allowed_hosts="*"))


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.exclude(path_regex="/api/v1/recordings").parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_api_operation_answers_with_a_server_error(case):
    from schemathesis.checks import not_a_server_error

    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
