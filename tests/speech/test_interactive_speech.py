"""Interactive practice answered with a recording (@FILE) in a real pseudo-terminal."""

from __future__ import annotations

import json
import os
import subprocess

import pexpect

from ..store.test_interactive import EXE, expect, spawn
from .conftest import STORY


def test_at_file_answers_with_a_recording(tmp_path, say, speech_ready):
    wav = say("en", STORY["en"])
    child = spawn(tmp_path, "practice", "-n", "1")
    expect(child, "Question 1 of 1")
    expect(child, "⏱")
    child.send(f"@{tmp_path / 'missing.wav'}")
    child.sendcontrol("d")
    expect(child, "was not found")  # a wrong path says so and asks again; nothing ends
    expect(child, "⏱")
    child.send(f"@{wav}")
    child.sendcontrol("d")
    expect(child, "Transcribing")
    expect(child, r"Score \d+/100")
    expect(child, "Delivery")
    expect(child, r"Try this question again\?")
    child.sendline("n")
    child.expect(pexpect.EOF, timeout=30)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'i.db'}"}
    sessions = json.loads(subprocess.run([EXE, "history", "--json"], env=env, capture_output=True, text=True,
                                         check=True).stdout)
    assert sessions and sessions[0]["attempts"] == 1


def test_mock_interview_question_answered_with_a_recording(tmp_path, say, speech_ready):
    wav = say("en", STORY["en"])
    child = spawn(tmp_path, "mock", "-n", "1")
    expect(child, "@FILE")
    expect(child, "⏱")
    child.send(f"@{wav}")  # the opening, answered aloud
    child.sendcontrol("d")
    expect(child, "Transcribing")
    expect(child, r"Score: \d+")
    for _ in range(2):  # the question and the closing, typed
        expect(child, "⏱")
        child.send("I would like to know how the team is trained for new products.")
        child.sendcontrol("d")
    child.expect(pexpect.EOF, timeout=60)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'i.db'}"}
    [session] = json.loads(subprocess.run([EXE, "history", "--json"], env=env, capture_output=True, text=True,
                                          check=True).stdout)
    assert session["attempts"] >= 2
