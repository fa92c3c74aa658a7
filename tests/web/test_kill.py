"""kill -9 in the middle of traffic (issue #16): every answer the server acknowledged is in the
database after a restart, and every answer it saved but had not analysed is analysed by
``reanalyse``. Runs the real ``interview-coach serve`` in a subprocess on SQLite."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

ANSWER = "Last year a customer was upset about a late parcel (#{n}). I listened, apologised and sent a new one."


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(exe: str, db: str, port: int, env: dict) -> subprocess.Popen:
    server = subprocess.Popen([exe, "--db", db, "serve", "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v1/questions", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            time.sleep(0.3)
    server.kill()
    raise AssertionError("the server did not start")


def test_no_acknowledged_answer_is_lost_when_the_server_is_killed(tmp_path):
    exe = str(Path(sys.executable).with_name("interview-coach"))
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("DATABASE_URL", None)
    db = f"sqlite:///{tmp_path / 'kill.db'}"
    port = _port()
    server = _serve(exe, db, port, env)
    acknowledged: list[int] = []
    sent = 0
    lock = threading.Lock()

    def client() -> None:
        nonlocal sent
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as c:
            while True:
                with lock:
                    sent += 1
                    n = sent
                try:
                    r = c.post("/api/v1/practice", json={"question_id": "difficult-customer", "answer": ANSWER.format(n=n)})
                except httpx.HTTPError:
                    return  # the server is gone
                if r.status_code == 200:
                    with lock:
                        acknowledged.append(n)

    threads = [threading.Thread(target=client) for _ in range(4)]
    for t in threads:
        t.start()
    deadline = time.time() + 60
    while len(acknowledged) < 6 and time.time() < deadline:
        time.sleep(0.1)
    os.kill(server.pid, signal.SIGKILL)
    server.wait()
    for t in threads:
        t.join(30)
    assert acknowledged, "no answer was acknowledged before the kill"

    out = subprocess.run([exe, "--db", db, "reanalyse"], env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in out.stderr
    export = tmp_path / "export.json"
    subprocess.run([exe, "--db", db, "data", "export", str(export)], env=env, capture_output=True, timeout=120)
    attempts = [a for s in json.loads(export.read_text("utf-8"))["sessions"] for a in s["attempts"]]
    texts = " ".join(a["answer"] for a in attempts)
    assert [n for n in acknowledged if f"(#{n})" in texts] == acknowledged
    assert all(a["status"] == "analysed" for a in attempts)  # saved but unanalysed ones were analysed
