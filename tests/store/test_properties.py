"""Property tests (hypothesis) for the inputs users and files control: the importer accepts a
valid export or refuses the whole file with ImportError_ (nothing half-imported, never another
exception), and the engine answers any text with feedback or AnswerError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interview_coach.answers import AnswerError
from interview_coach.store import open_database, repo

JSON = st.recursive(st.none() | st.booleans() | st.integers(-10**20, 10**20) | st.floats(allow_nan=False)
                    | st.text(max_size=30), lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=20)
ATTEMPT = st.fixed_dictionaries({"answer": st.text(max_size=40), "question_text": st.text(max_size=40)},
                                optional={"score": JSON, "duration_s": JSON, "lang": JSON, "status": JSON,
                                          "feedback": JSON, "question_id": JSON, "started_at": JSON})
EXPORT = st.fixed_dictionaries({"format": st.just("interview-coach-export"), "version": st.just(1),
                                "sessions": st.lists(st.fixed_dictionaries(
                                    {"lang": st.sampled_from(["en", "hr", "xx", 5]), "attempts": st.lists(ATTEMPT, max_size=3)},
                                    optional={"kind": JSON, "started_at": JSON}), max_size=3)},
                               optional={"companies": JSON, "checklist": JSON})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return open_database(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'p.db'}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(EXPORT)
def test_an_import_is_whole_or_refused(db, data):
    before = len(repo.sessions(db, "prop"))
    try:
        counts = repo.import_all(db, data, "prop")
    except repo.ImportError_:
        assert len(repo.sessions(db, "prop")) == before
        return
    after = repo.sessions(db, "prop")
    assert len(after) == before + counts["sessions"]
    for s in after:  # whatever came in, history and its sums still work
        assert s.mean_score is None or 0 <= s.mean_score <= 100


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_the_engine_answers_any_text_with_feedback_or_a_clear_error(text):
    from interview_coach import feedback

    try:
        fb = feedback("why-cs", text)
    except AnswerError as exc:
        assert exc.code in ("empty", "too-long", "binary")
        return
    assert fb.score is None or 0 <= fb.score <= 100
