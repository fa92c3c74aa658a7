"""The mock interview and the closing "questions for us", in each language."""

from __future__ import annotations

import json

import pytest

from interview_coach.bank import load_bank
from interview_coach.services import closing

GOOD = {"en": "What are the biggest challenges your team faces right now? How are new people trained?",
        "de": "Was sind gerade die größten Herausforderungen für Ihr Team? Wie werden neue Leute eingearbeitet?",
        "hr": "Koji su trenutačno najveći izazovi vašeg tima? Kako se uvode novi ljudi u posao?"}
WEAK = {"en": "How much is the salary? When can I go on holiday?",
        "de": "Wie viel verdiene ich? Wann kann ich Urlaub nehmen?",
        "hr": "Koliko je plaća? Kada mogu na godišnji?"}


@pytest.fixture(scope="module")
def bank():
    return load_bank()


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_good_questions_to_ask_are_recognised(bank, lang):
    good, weak = closing.judge(GOOD[lang], bank, lang), closing.judge(WEAK[lang], bank, lang)
    assert good["good_count"] == 2 and weak["good_count"] == 0
    assert good["score"] > weak["score"] and weak["suggestions"]


def test_no_questions_gets_advice(bank):
    result = closing.judge("No, everything is clear, thank you", bank, "de")
    assert result["good_count"] == 0 and result["score"] == 0
    assert any("Fragen" in s for s in result["suggestions"])


def test_scripted_mock_interview_is_one_session_with_a_report(run_cli, tmp_path):
    answers = ("I work in a sports shop and help customers choose equipment; I love advising people.\n---\n"
               "Last year a customer was angry about a late delivery. I listened, apologised and arranged a courier. "
               "She thanked me and ordered again.\n---\n"
               "I enjoy helping people, solving problems and learning about products.\n---\n" + GOOD["en"])
    path = tmp_path / "mock.txt"
    path.write_text(answers, "utf-8")
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'm.db'}"}
    result = run_cli("mock", "-n", "2", "--answer-file", path, "--json", env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "mock" and len(data["attempts"]) == 4
    assert data["attempts"][0]["question_id"] == "tell-me-about-yourself"
    assert data["attempts"][-1]["feedback"]["closing"]["good_count"] == 2
    categories = {a["feedback"].get("question_id") for a in data["attempts"][1:3]}
    assert len(categories) == 2
    [session] = json.loads(run_cli("history", "--json", env=env).output)
    assert session["kind"] == "mock" and session["attempts"] == 4
    pdf = tmp_path / "mock.pdf"
    assert run_cli("report", data["session_id"], "--format", "pdf", "-o", pdf, env=env).exit_code == 0
    assert pdf.stat().st_size > 10_000


def test_a_mock_for_a_job_asks_its_questions_in_interview_order(tmp_path, bank):
    from interview_coach.services import mock
    from interview_coach.services.mock import STAGES
    from interview_coach.store import open_database

    db = open_database(f"sqlite:///{tmp_path / 'roles.db'}")
    for role in ("call-centre", "front-desk", "shop", "counter"):
        planned = mock.plan(db, bank, 5, role=role)
        assert planned[0].id == "tell-me-about-yourself"
        rest = planned[1:]
        assert len(rest) == 5 and all(q.fits(role) for q in rest)
        assert len({q.category for q in rest}) == 5
        order = [STAGES.index(q.category) for q in rest]
        assert order == sorted(order)  # motivation before situations, practical matters last
        if role == "call-centre":
            assert any(q.role_specific for q in rest)  # the job's own questions come in


def test_practice_and_mock_take_a_job_on_the_command_line(run_cli, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'r.db'}"}
    listed = json.loads(run_cli("questions", "list", "--role", "call-centre", "--json", env=env).output)
    assert "full-queue" in [q["id"] for q in listed] and "multiple-customers" not in [q["id"] for q in listed]
    out = run_cli("mock", "--role", "call-centre", "-n", "3", "--json", "--answer-file", "/dev/null", env=env)
    assert out.exit_code == 0
    assert run_cli("practice", "--role", "cinema", env=env).exit_code == 2  # not a job we know


@pytest.mark.parametrize("lang,text", [
    ("en", "I would like to know how new people are trained. I also wonder what a typical day looks like"),
    ("de", "Mich würde interessieren, wie neue Leute eingearbeitet werden. Und wie ein typischer Tag aussieht"),
    ("hr", "Zanima me kako se uvode novi ljudi u posao. I kako izgleda uobičajen radni dan")])
def test_questions_spoken_without_question_marks_are_judged_as_questions(bank, lang, text):
    result = closing.judge(text, bank, lang)
    assert len(result["questions"]) == 2 and result["score"] > 0


def test_a_stopped_mock_interview_resumes_with_its_plan_and_draft(db_url, make_coach):
    """On SQLite and PostgreSQL: the plan is kept with the session; after one answer and a kept
    draft, resume gives the questions left (the drafted one first, with its text); once all are
    answered and the closing too, there is nothing to resume."""
    from interview_coach.services import mock
    from interview_coach.store import open_database

    coach = make_coach(open_database(db_url))
    assert mock.resume(coach) is None
    plan = mock.start(coach, "en", 2)
    first, second, third = (coach.bank.question(q) for q in plan.question_ids)
    mock.answer(coach, plan.session_id, first, "I sell shoes and I like advising people.", lang="en", ui_lang="en")
    mock.keep_draft(coach, plan.session_id, second, "Once a customer came back with", lang="en")
    left = mock.resume(coach)
    assert left.session_id == plan.session_id and left.question_ids == [second.id, third.id]
    assert left.draft.answer == "Once a customer came back with" and left.answered == 1
    mock.answer(coach, plan.session_id, second, "Once a customer came back with split boots; I swapped them.",
                lang="en", ui_lang="en")
    mock.answer(coach, plan.session_id, third, "I would check the stock and call the customer back.", lang="en",
                ui_lang="en")
    assert [a.status for a in mock.own_session(coach, plan.session_id)].count("draft") == 0  # the draft was replaced
    mock.answer_closing(coach, plan.session_id, "How are new people trained?", "en")
    assert mock.resume(coach) is None


def test_resume_goes_on_after_the_last_answer_not_back_to_a_skipped_question(db_url, make_coach):
    from interview_coach.services import mock
    from interview_coach.store import open_database

    coach = make_coach(open_database(db_url))
    plan = mock.start(coach, "en", 3)
    ids = plan.question_ids
    # the first question was skipped (nothing typed), the second answered, then the user left
    mock.answer(coach, plan.session_id, coach.bank.question(ids[1]), "I listened, apologised and fixed it the same day.",
                lang="en", ui_lang="en")
    left = mock.resume(coach)
    assert left.question_ids == ids[2:] and left.answered == 2 and left.draft is None
