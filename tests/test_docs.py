"""The docs describe what the code does: every check id and every feedback field is documented."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from interview_coach.checks import all_check_ids
from interview_coach.result import Feedback

DOCS = Path(__file__).parents[1] / "docs"


def test_every_check_is_in_the_check_table():
    table = (DOCS / "checks.md").read_text("utf-8")
    for lang in ("hr", "de", "en"):
        for check_id in all_check_ids(lang):
            assert f"`{check_id}`" in table, check_id


def test_every_feedback_field_is_documented():
    doc = (DOCS / "feedback-json.md").read_text("utf-8")
    for f in ["schema_version", *(f.name for f in fields(Feedback))]:
        assert f"`{f}`" in doc, f
