"""Analysis in child processes (``INTERVIEW_COACH_INFERENCE_PROCESSES``): the same feedback as in
the process itself, errors with their codes, children at a lower CPU priority, and a killed child
costs its answer's analysis only (saved, then analysed again by new children)."""

from __future__ import annotations

import os
import signal

import pytest
from fastapi.testclient import TestClient

from interview_coach.engine import feedback
from interview_coach.settings import Settings
from interview_coach.web import create_app

ANSWER = ("Last month a customer called because her parcel was lost. I listened, apologised and checked the "
          "tracking. I sent a new parcel the same day and called her back to confirm it had arrived.")


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("processes")
    app = create_app(Settings(database_url=f"sqlite:///{folder / 'p.db'}", data_dir=folder / "data",
                              inference_processes=1))
    with TestClient(app, base_url="http://127.0.0.1") as c:
        yield app, c


def test_children_give_the_same_feedback_as_the_engine_in_this_process(app):
    web_app, c = app
    reply = c.post("/api/v1/feedback", json={"question_id": "difficult-customer", "answer": ANSWER, "lang": "en"})
    assert reply.status_code == 200
    here = feedback("difficult-customer", ANSWER, lang="en", bank=web_app.state.web.coach.bank).to_json()
    there = reply.json()
    assert there["score"] == here["score"] and there["dimensions"] == here["dimensions"]
    assert there["suggestions"] == here["suggestions"]


def test_errors_keep_their_codes_and_children_run_at_a_lower_priority(app):
    web_app, c = app
    reply = c.post("/api/v1/feedback", json={"question_id": "difficult-customer", "answer": "word " * 5000})
    assert reply.status_code == 422 and reply.json()["detail"]["code"] == "too-long"
    analyser = web_app.state.web.coach.analyser
    pids = {p.pid for p in analyser._pool._processes.values()}
    assert pids and os.getpid() not in pids
    assert all(os.getpriority(os.PRIO_PROCESS, pid) > os.getpriority(os.PRIO_PROCESS, 0) for pid in pids)


def test_a_killed_child_loses_no_answer(app):
    web_app, c = app
    analyser = web_app.state.web.coach.analyser
    for pid in [p.pid for p in analyser._pool._processes.values()]:
        os.kill(pid, signal.SIGKILL)
    first = c.post("/api/v1/practice", json={"question_id": "difficult-customer", "answer": ANSWER, "lang": "en"})
    assert first.status_code == 200
    # the analysis may have failed with the child; the answer is stored either way, and new children analyse
    again = c.post("/api/v1/practice", json={"question_id": "difficult-customer", "answer": ANSWER, "lang": "en"})
    assert again.status_code == 200 and again.json()["status"] == "analysed"
    assert first.json()["status"] in ("analysed", "failed") and first.json()["answer"] == ANSWER


def test_a_multi_user_server_analyses_in_child_processes_unless_told_otherwise(monkeypatch):
    from interview_coach.settings import Settings

    monkeypatch.delenv("INTERVIEW_COACH_INFERENCE_PROCESSES", raising=False)
    assert Settings(multi_user=True).analysis_processes() >= 1
    assert Settings().analysis_processes() == 0  # one person on their own computer: no extra processes
    assert Settings(multi_user=True, inference_processes=0).analysis_processes() == 0


def test_children_leave_when_their_web_process_is_killed(tmp_path):
    """A web process killed with SIGKILL (out of memory, say) leaves no analysis process behind."""
    import subprocess
    import sys
    import time

    code = ("import os, sys, time; from pathlib import Path; from interview_coach.services.analysis import ProcessAnalyser;"
            "a = ProcessAnalyser([], 1); a.warm(); print(*[p.pid for p in a._pool._processes.values()], flush=True);"
            "time.sleep(600)")
    parent = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "INTERVIEW_COACH_INFERENCE_PROCESSES": "1"})
    try:
        children = [int(pid) for pid in parent.stdout.readline().split()]
        assert children
    finally:
        parent.kill()
        parent.wait()
    def alive(pid: int) -> bool:  # running, not a zombie waiting to be reaped
        try:
            return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.time() + 30
    while time.time() < deadline and any(alive(pid) for pid in children):
        time.sleep(0.5)
    assert not any(alive(pid) for pid in children)
