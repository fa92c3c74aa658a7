"""The interactive practice loop in a real pseudo-terminal: timer, retry with comparison, Ctrl-C."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

EXE = str(Path(sys.executable).with_name("interview-coach"))
FIRST = "Last year a customer complained that her order was late. I listened and apologised."
SECOND = ("Last December a customer called because the birthday present she ordered was late. I listened, "
          "apologised and found it stuck in our warehouse. I asked my team leader to release it and booked a "
          "courier the same afternoon. She thanked me, and she has ordered from us every month since.")


def spawn(tmp_path, *args):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'i.db'}", "INTERVIEW_COACH_LANG": "en",
           "XDG_DATA_HOME": str(tmp_path / "data"), "TERM": "xterm", "COLUMNS": "120", "LINES": "40"}
    return pexpect.spawn(EXE, list(args), env=env, encoding="utf-8", timeout=90, dimensions=(40, 120))


def expect(child, pattern):
    """Wait for ``pattern`` while answering the terminal's cursor-position requests, as a real
    terminal does (prompt_toolkit asks where the cursor is before it draws the timer)."""
    while True:
        index = child.expect([pattern, "\x1b\\[6n"])
        if index == 0:
            return child.match
        child.send("\x1b[20;1R")


def history(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'i.db'}"}
    out = subprocess.run([EXE, "history", "--json"], env=env, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_practice_with_timer_retry_and_comparison(tmp_path):
    child = spawn(tmp_path, "practice", "-n", "1")
    expect(child, "Question 1 of 1")
    expect(child, "⏱")  # the running timer in the bottom toolbar
    child.send("?\r")  # "?" and Enter (no Ctrl-D): what the interviewer wants to know
    from interview_coach.bank import load_bank

    first_question = next(iter(load_bank().questions.values()))  # a new user gets the bank's first question
    expect(child, first_question.in_lang("en").what_they_want[:20])  # what the interviewer wants to know
    expect(child, "⏱")
    child.send(FIRST)
    child.sendcontrol("d")
    first = int(expect(child, r"Score (\d+)/100").group(1))
    expect(child, r"Try this question again\?")
    child.sendline("y")
    expect(child, "⏱")
    child.send(SECOND)
    child.sendcontrol("d")
    match = expect(child, r"Compared with your last try: (\d+) → (\d+)")
    assert int(match.group(1)) == first and int(match.group(2)) > first
    expect(child, r"Try this question again\?")
    child.sendline("n")
    expect(child, "Practice finished")  # a summary: each question's last score and what to do next
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["attempts"] == 2 and session["ended_at"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_ctrl_c_mid_answer_keeps_a_draft_that_resume_continues(tmp_path):
    child = spawn(tmp_path, "practice", "-n", "2")
    expect(child, "⏱")
    child.send("I started to answer about a customer who was upset")
    child.sendcontrol("c")
    expect(child, "practice --resume")
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["attempts"] == 1 and session["mean_score"] is None  # kept, not graded: the mean is untouched

    child = spawn(tmp_path, "practice", "--resume")
    expect(child, "customer who was upset")  # the draft is back in the answer box
    child.send(". I listened, apologised and sent a new parcel the same day, and she thanked me.")
    child.sendcontrol("d")
    expect(child, r"Score (\d+)/100")
    expect(child, r"Try this question again\?")
    child.sendline("n")
    expect(child, "Practice finished: 1")
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["attempts"] == 1 and session["mean_score"] is not None and session["ended_at"]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_leaving_before_any_answer_leaves_no_session(tmp_path):
    child = spawn(tmp_path, "practice", "-n", "1")
    expect(child, "⏱")
    child.sendcontrol("c")
    child.expect(pexpect.EOF)
    assert history(tmp_path) == []
    nothing = spawn(tmp_path, "practice", "--resume")
    expect(nothing, "Nothing to continue")
    nothing.expect(pexpect.EOF)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_a_stopped_mock_interview_keeps_the_half_typed_answer_and_resume_goes_on_from_there(tmp_path):
    child = spawn(tmp_path, "mock", "-n", "1", "--lang", "en")
    expect(child, "1/3")
    expect(child, "⏱")
    child.send("I work in a shoe shop and I like helping people find what fits.")
    child.sendcontrol("d")
    expect(child, r"Score: \d+")
    expect(child, "2/3")
    expect(child, "⏱")
    child.send("Once a customer came back with boots that")
    child.sendcontrol("c")
    expect(child, "mock --resume")
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["kind"] == "mock" and not session["ended_at"]
    graded = session["mean_score"]  # the half-typed answer is kept, not graded: the mean is the first answer's

    child = spawn(tmp_path, "mock", "--resume")
    expect(child, "2 questions left")
    expect(child, "boots that")  # the half-typed answer is back in the box
    child.send(" had split. I apologised, swapped them at once and she has bought from us since.")
    child.sendcontrol("d")
    expect(child, r"Score: \d+")
    expect(child, "3/3")
    expect(child, "⏱")
    child.send("How do you train new people in their first weeks?")
    child.sendcontrol("d")
    expect(child, "Mock interview finished")
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["ended_at"] and session["attempts"] == 3 and session["mean_score"] != graded

    nothing = spawn(tmp_path, "mock", "--resume")
    expect(nothing, "Nothing to continue")
    nothing.expect(pexpect.EOF)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_the_question_tried_from_the_welcome_is_saved_in_the_history(tmp_path):
    """`interview-coach` with no command offers one question; the answer is kept like any practice answer."""
    child = spawn(tmp_path)
    expect(child, "Try one now:")
    child.sendline(SECOND)
    child.sendeof()
    score = int(expect(child, r"Score (\d+)/100").group(1))
    expect(child, "Saved in your history")
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["attempts"] == 1 and session["ended_at"] and session["mean_score"] == score, session


@pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pseudo-terminal")
def test_an_answer_typed_for_feedback_is_saved_first_and_a_piped_one_is_not(tmp_path):
    """`feedback` with the answer typed in the terminal keeps it (it exists nowhere else); an answer from a
    pipe or a file is the user's own copy and is stored only with --save."""
    child = spawn(tmp_path, "feedback", "--question", "difficult-customer")
    expect(child, "Ctrl-D")
    child.sendline(SECOND)
    child.sendeof()
    score = int(expect(child, r"Score (\d+)/100").group(1))
    expect(child, r"Saved in your history \(interview-coach history, attempt 1\)")
    child.expect(pexpect.EOF)
    [session] = history(tmp_path)
    assert session["attempts"] == 1 and session["ended_at"] and session["mean_score"] == score, session

    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'i.db'}", "INTERVIEW_COACH_LANG": "en"}
    piped = subprocess.run([EXE, "feedback", "--question", "difficult-customer"], input=FIRST, env=env,
                           capture_output=True, text=True, check=True)
    assert "Score" in piped.stdout and "Saved in your history" not in piped.stdout
    assert len(history(tmp_path)) == 1
    kept = subprocess.run([EXE, "feedback", "--question", "difficult-customer", "--save", "--json"], input=FIRST,
                          env=env, capture_output=True, text=True, check=True)
    assert json.loads(kept.stdout)["score"] is not None and len(history(tmp_path)) == 2
