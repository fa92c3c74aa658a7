"""Roles: every question is tagged with the jobs it is asked for; each job has enough questions of
its own for a mock interview; the tags are the same in every language (the loader refuses others)."""

from __future__ import annotations

import pytest

from interview_coach.bank import load_bank
from interview_coach.bank.errors import BankError
from interview_coach.bank.model import ROLES

LANGS = ("hr", "de", "en")


@pytest.fixture(scope="module")
def bank():
    return load_bank()


@pytest.mark.parametrize("role", ROLES)
def test_each_job_has_a_full_interview_of_questions(bank, role):
    questions = bank.for_role(role)
    assert len(questions) >= 20
    assert len({q.category for q in questions}) >= 8  # a mock draws different kinds of questions


def test_the_call_centre_has_questions_of_its_own(bank):
    own = [q.id for q in bank.for_role("call-centre") if q.role_specific]
    assert "full-queue" in own and "phone-manner" in own
    assert "full-queue" not in [q.id for q in bank.for_role("shop")]


def test_the_topics_real_interviews_ask_are_in_the_bank(bank):
    for qid in ("mistake", "colleague-conflict", "abusive-customer", "sales-targets", "availability", "salary",
                "why-hire-you", "teamwork", "full-queue", "phone-manner", "escalate", "data-protection",
                "learn-systems"):
        assert qid in bank.questions
        assert all(bank.question(qid).texts[lang].sample_answers for lang in LANGS)


def test_roles_that_differ_between_languages_are_refused(tmp_path):
    import shutil

    from interview_coach.bank.loader import core_pack_dir

    pack = tmp_path / "pack"
    (pack / "questions").mkdir(parents=True)
    (pack / "meta.yml").write_text("name: mine\nversion: '1'\nlanguages: [hr, de, en]\n", "utf-8")
    for lang in LANGS:
        (pack / "questions" / lang).mkdir()
        shutil.copy(core_pack_dir() / "questions" / lang / "salary.yml", pack / "questions" / lang / "pay.yml")
        path = pack / "questions" / lang / "pay.yml"
        text = path.read_text("utf-8").replace("id: salary", "id: pay")
        if lang == "de":
            text = text.replace("roles: [shop, call-centre, front-desk, counter]", "roles: [shop]")
        path.write_text(text, "utf-8")
    with pytest.raises(BankError) as info:
        load_bank(extra=[pack])
    assert "roles" in str(info.value) and "pay.yml" in str(info.value)
