"""Hostile and broken input from the outside probe (issue #16): imports that would break the data,
the same export twice, batch lines of the wrong type, absurd ids, deeply nested JSON, a database
with garbage in its pages. Each gets a clear error (exit 2) or is handled; none is a traceback."""

from __future__ import annotations

import json

import pytest

from interview_coach.store import open_database, repo

ANSWER = "Last year a customer was upset about a late parcel. I listened, apologised and sent a new one the same day."


def _export(run_cli, env, tmp_path):
    run_cli("practice", "-n", "1", "--json", input=ANSWER, env=env)
    path = tmp_path / "export.json"
    assert run_cli("data", "export", path, env=env).exit_code == 0
    return path


def test_an_import_with_a_wrong_type_is_refused_and_the_data_stays_usable(run_cli, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'a.db'}"}
    path = _export(run_cli, env, tmp_path)
    data = json.loads(path.read_text("utf-8"))
    data["sessions"][0]["attempts"][0]["score"] = "abc"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    r = run_cli("data", "import", bad, env=env)
    assert r.exit_code == 2 and "score" in r.output
    for command in (("history",), ("progress",), ("report", "1")):
        assert run_cli(*command, env=env).exit_code == 0


def test_importing_the_same_export_twice_doubles_nothing(run_cli, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'b.db'}"}
    path = _export(run_cli, env, tmp_path)
    first = run_cli("data", "import", path, env=env)
    assert first.exit_code == 0 and "already there" in first.output
    sessions = json.loads(run_cli("history", "--json", env=env).output)
    assert len(sessions) == 1


@pytest.mark.parametrize("bad_attempt", [{"answer": "x", "question_text": "q", "duration_s": "fast"},
                                         {"answer": "x", "question_text": "q", "lang": "klingon-long"},
                                         {"answer": "x", "question_text": "q", "feedback": [1, 2]}])
def test_broken_attempts_are_refused_whole(tmp_path, bad_attempt):
    db = open_database(f"sqlite:///{tmp_path / 'c.db'}")
    data = {"format": "interview-coach-export", "version": 1,
            "sessions": [{"lang": "en", "attempts": [bad_attempt]}]}
    with pytest.raises(repo.ImportError_):
        repo.import_all(db, data)
    assert repo.sessions(db) == []


def test_deeply_nested_json_is_a_clear_error(run_cli, tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    r = run_cli("data", "import", path, env={"DATABASE_URL": f"sqlite:///{tmp_path / 'd.db'}"})
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_a_batch_line_of_the_wrong_type_is_one_error_line_and_the_rest_go_on(run_cli, tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": 1, "question_id": ["why-cs"], "answer": "x"}) + "\n"
                    + json.dumps({"id": 2, "question_id": "why-cs", "answer": ANSWER}) + "\n", "utf-8")
    r = run_cli("feedback", "--batch", path)
    lines = [json.loads(line) for line in r.output.splitlines() if line.startswith("{")]
    assert lines[0]["error"]["code"] == "bad-line" and lines[1]["score"] is not None


def test_an_absurd_session_id_is_not_found(run_cli, tmp_path):
    r = run_cli("report", "1180591620717411303424", env={"DATABASE_URL": f"sqlite:///{tmp_path / 'e.db'}"})
    assert r.exit_code == 2 and "Traceback" not in r.output


def test_a_database_with_garbage_in_its_pages_is_a_clear_error(run_cli, tmp_path):
    path = tmp_path / "g.db"
    env = {"DATABASE_URL": f"sqlite:///{path}"}
    run_cli("practice", "-n", "1", "--json", input=ANSWER, env=env)
    raw = bytearray(path.read_bytes())
    for i in range(4096, len(raw), 1024):  # keep the header page, scribble over the rest
        raw[i:i + 512] = b"\xde\xad" * 256
    path.write_bytes(bytes(raw))
    r = run_cli("history", env=env)
    assert r.exit_code == 2 and "Traceback" not in r.output and "database" in r.output.lower()
