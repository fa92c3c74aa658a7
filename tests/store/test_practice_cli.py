"""The scripted practice loop from the command line: the exact commands of issue #4."""

from __future__ import annotations

import json

import pytest

from .test_store import ANSWER


def test_practice_history_delete(run_cli, db_url, tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, "utf-8")
    env = {"DATABASE_URL": db_url}
    result = run_cli("practice", "-n", "1", "--lang", "en", "--answer-file", path, "--json", env=env)
    assert result.exit_code == 0, result.output
    attempt = json.loads(result.output)
    assert attempt["status"] == "analysed" and attempt["feedback"]["score"] == attempt["score"]
    sessions = json.loads(run_cli("history", "--json", env=env).output)
    assert [s["session_id"] for s in sessions] == [attempt["session_id"]]
    export = tmp_path / "export.json"
    assert run_cli("data", "export", export, env=env).exit_code == 0
    assert json.loads(export.read_text("utf-8"))["sessions"][0]["attempts"][0]["answer"] == ANSWER
    left = [tmp_path / "xdg-data" / "interview-coach" / d / "x.txt" for d in ("unsaved", "recordings")]
    for path in left:  # an answer kept while the database was down, a recording an upload left behind
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("personal", "utf-8")
    assert run_cli("data", "delete", "--yes", env=env).exit_code == 0
    assert json.loads(run_cli("history", "--json", env=env).output) == []
    assert not any(path.exists() for path in left)
    assert run_cli("data", "import", export, env=env).exit_code == 0
    assert len(json.loads(run_cli("history", "--json", env=env).output)) == 1


def test_database_down_gives_a_clear_message(run_cli, tmp_path):
    path = tmp_path / "answer.txt"
    path.write_text(ANSWER, "utf-8")
    result = run_cli("--ui-lang", "de", "practice", "-n", "1", "--answer-file", path,
                     env={"DATABASE_URL": "postgresql+psycopg://coach:coach@127.0.0.1:1/none"})
    assert result.exit_code == 2 and "Datenbank" in result.output


def test_a_failure_while_saving_keeps_the_typed_answer_in_a_file(run_cli, tmp_path, monkeypatch):
    from interview_coach.store import StoreError, repo

    def down(*args, **kwargs):
        raise StoreError("unavailable", "server closed the connection")

    monkeypatch.setattr(repo, "save_attempt", down)  # a fake, only to make the failure reachable
    result = run_cli("practice", "-n", "1", "--json", input=ANSWER,
                     env={"DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}"})
    assert result.exit_code == 2
    kept = list((tmp_path / "xdg-data" / "interview-coach" / "unsaved").glob("answer-*.txt"))
    assert len(kept) == 1 and ANSWER in kept[0].read_text("utf-8")
    assert str(kept[0]) in result.output.replace("\n", "")


@pytest.mark.parametrize("lang,yes", [("de", "j"), ("hr", "da"), ("en", "y")])
def test_yes_is_understood_in_the_interface_language(run_cli, tmp_path, lang, yes):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'y.db'}", "INTERVIEW_COACH_LANG": lang}
    run_cli("practice", "-n", "1", "--json", input=ANSWER, env=env)
    kept = run_cli("data", "delete", input="n\n", env=env)
    assert kept.exit_code == 1 and json.loads(run_cli("history", "--json", env=env).output)
    gone = run_cli("data", "delete", input=f"{yes}\n", env=env)
    assert gone.exit_code == 0 and json.loads(run_cli("history", "--json", env=env).output) == []
