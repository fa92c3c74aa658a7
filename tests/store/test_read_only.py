"""Issue #16, finding 10: a data folder that cannot be written (read-only, another owner). The
practice command says so clearly and keeps the typed answer in a file; the web app still starts
and serves. Made real by running the command without the capability that lets root write
anywhere (``setpriv``), as a user would meet it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

EXE = str(Path(sys.executable).with_name("interview-coach"))
ANSWER = "I like helping people and I stay calm; last year I calmed an angry caller and solved her problem."

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                                reason="needs root and setpriv to drop the right to write everywhere")


def as_a_user(*args):
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--", EXE, *args]


@pytest.fixture
def read_only_data(tmp_path):
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "INTERVIEW_COACH_LANG": "en",
           "TMPDIR": str(tmp_path / "tmp")}
    env.pop("DATABASE_URL", None)
    env.pop("INTERVIEW_COACH_DATABASE_URL", None)
    env.pop("INTERVIEW_COACH_DATA_DIR", None)
    (tmp_path / "tmp").mkdir()
    (tmp_path / "answer.txt").write_text(ANSWER, "utf-8")
    first = subprocess.run([EXE, "practice", "-n", "1", "--answer-file", str(tmp_path / "answer.txt")], env=env,
                           capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr  # a database with one answer in it
    for folder, _, files in os.walk(tmp_path / "data"):
        os.chmod(folder, 0o555)
        for name in files:
            os.chmod(Path(folder) / name, 0o444)
    yield env
    for folder, _, _ in os.walk(tmp_path / "data"):
        os.chmod(folder, 0o755)


def test_practice_keeps_the_answer_and_says_why_when_the_data_folder_is_read_only(read_only_data, tmp_path):
    done = subprocess.run(as_a_user("practice", "-n", "1", "--answer-file", str(tmp_path / "answer.txt")),
                          env=read_only_data, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "Traceback" not in done.stderr
    assert "cannot be written" in done.stderr
    kept = list((tmp_path / "tmp" / "interview-coach-unsaved").glob("answer-*.txt"))
    assert len(kept) == 1 and ANSWER in kept[0].read_text("utf-8") and str(kept[0]) in done.stderr


def test_the_web_app_starts_and_reads_from_a_read_only_data_folder(read_only_data):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(as_a_user("serve", "--port", str(port)), env=read_only_data,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 120
        while time.time() < deadline:
            try:
                history = httpx.get(f"http://127.0.0.1:{port}/api/v1/sessions", timeout=5)
                break
            except httpx.HTTPError:
                assert server.poll() is None, server.stdout.read()
                time.sleep(0.3)
        assert history.status_code == 200 and len(history.json()) == 1  # the earlier answer is there
    finally:
        server.terminate()
        server.wait(30)
