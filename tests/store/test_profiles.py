"""Saved company profiles, checklist ticks, and a locked database, from the command line."""

from __future__ import annotations

import json
import sqlite3

ABOUT = ("We put our customers first: friendly staff, fresh local products and fair prices. "
         "Our loyalty programme rewards regular customers.")


def test_saved_company_is_used_by_name(run_cli, db_url, tmp_path):
    env = {"DATABASE_URL": db_url}
    about = tmp_path / "about.txt"
    about.write_text(ABOUT, "utf-8")
    assert run_cli("company", "save", "Corner Shop", about, env=env).exit_code == 0
    listed = json.loads(run_cli("company", "list", "--json", env=env).output)
    assert listed[0]["name"] == "Corner Shop" and "loyalty programme" in " ".join(listed[0]["keywords"])
    answer = "I would tell regular customers about the loyalty programme and our fresh local products."
    attempt = json.loads(run_cli("practice", "-n", "1", "--company", "Corner Shop", "--json", input=answer, env=env).output)
    assert attempt["feedback"]["company"]["used"]
    # its values, found again in the saved text, give credit with the sentence that shows them
    used = {v["value"]: v["evidence"]["text"] for v in attempt["feedback"]["company"]["values_used"]}
    assert "fresh local products" in used and "fresh local products" in used["fresh local products"]
    exported = tmp_path / "e.json"
    run_cli("data", "export", exported, env=env)
    assert json.loads(exported.read_text("utf-8"))["companies"][0]["name"] == "Corner Shop"


def test_checklist_ticks_persist(run_cli, db_url):
    env = {"DATABASE_URL": db_url}
    assert run_cli("prep", "--tick", "dress", "--tick", "eye-contact", env=env).exit_code == 0
    run_cli("prep", "--untick", "eye-contact", env=env)
    items = {c["id"]: c["done"] for c in json.loads(run_cli("prep", "--json", env=env).output)["checklist"]}
    assert items["dress"] is True and items["eye-contact"] is False and items["culture"] is False
    assert run_cli("prep", "--tick", "no-such-item", env=env).exit_code == 2


def test_a_locked_sqlite_database_gives_a_clear_message(run_cli, tmp_path):
    path = tmp_path / "locked.db"
    env = {"DATABASE_URL": f"sqlite:///{path}"}
    run_cli("history", env=env)  # creates and migrates it
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_cli("--ui-lang", "hr", "practice", "-n", "1", "--json", input="Neki odgovor o kupcima.", env=env)
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 2 and "zaključao" in result.output


def test_a_saved_job_advert_picks_the_questions_of_its_job(run_cli, db_url, tmp_path):
    from pathlib import Path

    from interview_coach.bank import load_bank

    env = {"DATABASE_URL": db_url}
    advert = Path(__file__).parent.parent / "data" / "adverts" / "en-call-centre.txt"
    saved = run_cli("advert", "save", "Agent job", advert, "--json", env=env)
    assert saved.exit_code == 0 and json.loads(saved.output)["role"] == "call-centre"
    assert "Agent job (job advert" in run_cli("company", "list", env=env).output
    bank = load_bank()
    for _ in range(3):
        attempt = json.loads(run_cli("practice", "-n", "1", "--company", "Agent job", "--json",
                                     input="I answer calls calmly and solve the problem the first time.", env=env).output)
        assert bank.question(attempt["question_id"]).fits("call-centre")
        assert attempt["question_id"] != "multiple-customers"
    exported = tmp_path / "e.json"
    run_cli("data", "export", exported, env=env)
    assert json.loads(exported.read_text("utf-8"))["companies"][0]["advert"]["role"] == "call-centre"
    empty = tmp_path / "empty.txt"
    empty.write_text("  ", "utf-8")
    refused = run_cli("advert", "analyze", empty, env=env)
    assert refused.exit_code == 2 and "empty" in refused.output
