"""Storage on a real database (SQLite and PostgreSQL): migrations, save-first, export/import, delete."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from interview_coach.services import practice as runner
from interview_coach.store import StoreError, open_database, repo
from interview_coach.store.db import head_revision
from interview_coach.store.models import Attempt, PracticeSession, User

ANSWER = ("Last year a customer called because his order was late. I listened, apologised and arranged express "
          "delivery at no cost. He thanked me and ordered again the next month.")


def test_new_database_is_migrated_to_head(db_url):
    db = open_database(db_url)
    assert db.revision() == head_revision()
    open_database(db_url)  # opening again is a no-op
    assert db.revision() == head_revision()


def test_upgrade_from_each_previous_revision_keeps_data(db_url):
    """Data written at every older revision (as the program of that time wrote it: plain SQL on the
    columns of 0001) survives each upgrade up to head."""
    from alembic.script import ScriptDirectory

    from interview_coach.store.db import _alembic_config

    revisions = [r.revision for r in ScriptDirectory.from_config(_alembic_config(None)).walk_revisions()][::-1]
    db = open_database(db_url, migrate=False)
    for step, revision in enumerate(revisions):
        db.upgrade(revision)
        with db.engine.begin() as conn:
            uid = conn.execute(text("INSERT INTO users (name, created_at) VALUES (:n, CURRENT_TIMESTAMP) RETURNING id"),
                               {"n": f"user{step}"}).scalar()
            sid = conn.execute(text("INSERT INTO practice_sessions (user_id, kind, lang, started_at) "
                                    "VALUES (:u, 'practice', 'en', CURRENT_TIMESTAMP) RETURNING id"), {"u": uid}).scalar()
            conn.execute(text("INSERT INTO attempts (session_id, question_id, question_text, answer_text, submitted_at, "
                              "status) VALUES (:s, 'why-cs', 'Why?', :a, CURRENT_TIMESTAMP, 'saved')"),
                         {"s": sid, "a": f"answer at step {step}"})
    db = open_database(db_url)
    assert db.revision() == head_revision()
    with db.session() as s:
        answers = s.scalars(select(Attempt.answer_text).order_by(Attempt.id)).all()
        names = s.scalars(select(User.name).order_by(User.id)).all()
    assert answers == [f"answer at step {i}" for i in range(len(revisions))]
    assert names == [f"user{i}" for i in range(len(revisions))]
    assert [s.attempts for s in repo.sessions(db, "user0")] == [1]


def test_a_newer_schema_is_refused(db_url):
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(StoreError) as info:
        open_database(db_url)
    assert info.value.code == "newer-schema"


def test_answer_is_saved_before_analysis_and_survives_an_engine_failure(db_url, bank, make_coach, monkeypatch):
    db = open_database(db_url)
    coach = make_coach(db)

    def broken(*args, **kwargs):
        raise RuntimeError("engine crashed")

    import interview_coach.engine

    monkeypatch.setattr(interview_coach.engine, "feedback", broken)  # a fake, only to make the failure reachable
    result = runner.answer(coach, bank.question("difficult-customer"), ANSWER, lang="en")
    assert result.status == "failed" and result.answer == ANSWER and "engine crashed" in result.error
    assert repo.pending(db) == [result.attempt_id]
    monkeypatch.undo()
    done, failed = runner.reanalyse(coach)
    assert (done, failed) == (1, 0)
    stored = repo.attempt(db, result.attempt_id)
    assert stored.status == "analysed" and stored.feedback["score"] == stored.score > 0


def test_practice_answer_in_another_language(db_url, bank, make_coach):
    db = open_database(db_url)
    result = runner.answer(make_coach(db), bank.question("difficult-customer"), ANSWER, lang="hr", ui_lang="de")
    assert result.lang == "en" and result.feedback["ui_language"] == "de"
    assert result.question_text == bank.question("difficult-customer").in_lang("hr").text
    [session] = repo.sessions(db)
    assert session.lang == "hr" and session.attempts == 1


def test_spaced_repetition_brings_weak_answers_back_sooner(db_url, bank, make_coach):
    from datetime import datetime, timedelta, timezone

    from interview_coach.services import scheduling

    db = open_database(db_url)
    first = scheduling.next_questions(db, bank, 3)
    assert [q.id for q in first] == list(bank.questions)[:3]  # all new: bank order
    t0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)
    weak = scheduling.review(db, "why-cs", 30, when=t0)
    strong = scheduling.review(db, "good-cs", 95, when=t0)
    assert weak < strong
    later = scheduling.next_questions(db, bank, len(bank.questions), now=t0 + timedelta(hours=2))
    ids = [q.id for q in later]
    assert ids[0] == "why-cs"  # due again: first
    assert ids[-1] == "good-cs"  # strong answer: last
    runner.answer(make_coach(db), bank.question("qualities"), ANSWER, lang="en")
    assert "qualities" in repo.review_cards(db)


def test_export_import_round_trip_and_delete(db_url, bank, make_coach):
    db = open_database(db_url)
    coach = make_coach(db)
    runner.answer(coach, bank.question("difficult-customer"), ANSWER, lang="en")
    runner.answer(coach, bank.question("why-cs"), "Ich arbeite gern mit Menschen und löse gern Probleme.", lang="de")
    exported = repo.export_all(db)
    assert len(exported["sessions"]) == 2
    counts = repo.delete_all(db)
    assert counts == {"sessions": 2, "attempts": 2}
    with db.session() as s:
        assert s.scalar(select(func.count(Attempt.id))) == 0
        assert s.scalar(select(func.count(PracticeSession.id))) == 0
        assert s.scalar(select(func.count(User.id))) == 0
    repo.import_all(db, json.loads(json.dumps(exported)))
    again = repo.export_all(db)
    strip = lambda d: [[{k: v for k, v in a.items()} for a in s["attempts"]] for s in d["sessions"]]  # noqa: E731
    assert strip(again) == strip(exported)


@pytest.mark.parametrize("bad", [{"format": "something-else"}, {"format": "interview-coach-export", "version": 99},
                                 {"format": "interview-coach-export", "version": 1,
                                  "sessions": [{"lang": "en", "attempts": [{"answer": 5}]}]}])
def test_a_broken_import_changes_nothing(db_url, bad):
    db = open_database(db_url)
    with pytest.raises(repo.ImportError_):
        repo.import_all(db, bad)
    assert repo.sessions(db) == []


def test_a_database_that_is_down_gives_a_clear_error():
    with pytest.raises(StoreError) as info:
        open_database("postgresql+psycopg://coach:coach@127.0.0.1:1/none")
    assert info.value.code == "unavailable"
    with pytest.raises(StoreError) as info:
        open_database("notadb://x")
    assert info.value.code == "bad-url"


def test_a_damaged_sqlite_file_gives_a_clear_error(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as info:
        open_database(f"sqlite:///{path}")
    assert info.value.code in ("corrupt", "unavailable")


def test_a_full_database_gives_a_clear_error_and_no_partial_write(tmp_path):
    from sqlalchemy import event

    db = open_database(f"sqlite:///{tmp_path / 'full.db'}")
    sid = repo.start_session(db, "local", "en")
    with db.engine.connect() as conn:
        pages = conn.execute(text("PRAGMA page_count")).scalar()
    db.engine.dispose()

    @event.listens_for(db.engine, "connect")
    def _limit(dbapi_connection, _record):  # the file may not grow: SQLite reports it as full
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(StoreError) as info:
        repo.save_attempt(db, sid, "why-cs", "Why?", "en", "x" * 200_000)
    assert info.value.code == "full"
    with db.session() as s:
        assert s.scalar(select(func.count(Attempt.id))) == 0
