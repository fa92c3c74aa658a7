"""The built-in bank: every required question, complete, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.bank import load_bank

CORE_IDS = ["what-is-cs", "good-cs", "company-fit", "why-cs", "difficult-customer", "dont-know",
            "qualities", "too-long", "products", "experience"]
LANGS = ("hr", "de", "en")


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def test_core_questions_present(bank):
    missing = [q for q in CORE_IDS if q not in bank.questions]
    assert not missing


def test_at_least_eight_more_questions(bank):
    assert len(set(bank.questions) - set(CORE_IDS)) >= 8


@pytest.mark.parametrize("lang", LANGS)
def test_every_question_is_complete_in_every_language(bank, lang):
    for q in bank.questions.values():
        t = q.texts[lang]
        assert t.text and t.what_they_want, q.id
        assert len(t.key_points) >= 2 and all(k.text for k in t.key_points), q.id
        assert t.tips and t.pitfalls, q.id
        profiles = [s.profile for s in t.sample_answers]
        assert len(profiles) >= 2 and "experienced" in profiles, q.id
        assert {"first-job", "career-changer"} & set(profiles), q.id
        assert all(len(s.text.split()) >= 40 for s in t.sample_answers), q.id


def test_texts_are_really_in_their_language(bank):
    """Guard against copy-paste: the same text must not appear in two languages."""
    for q in bank.questions.values():
        texts = [q.texts[lang].text for lang in LANGS]
        assert len(set(texts)) == 3, q.id
        samples = [q.texts[lang].sample_answers[0].text for lang in LANGS]
        assert len(set(samples)) == 3, q.id


@pytest.mark.parametrize("lang", LANGS)
def test_rubric_and_prep_in_every_language(bank, lang):
    ids = [e.id for e in bank.rubric[lang]]
    assert {"product-knowledge", "attitude", "efficiency", "problem-solving", "listening",
            "communication", "satisfaction-loyalty", "empathy"} <= set(ids)
    prep = bank.prep[lang]
    assert {"research", "non-verbal", "dress"} <= {c.group for c in prep.checklist}
    assert len(prep.questions_to_ask) >= 5
