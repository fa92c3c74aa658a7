"""Job adverts in hr/de/en, with section headings and without: the job they are for, the duties and
skills they ask for, questions ranked for the job, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.advert import AdvertError, analyze_advert

DATA = Path(__file__).parent.parent / "data" / "adverts"
CASES = [  # file, language, job, a duty and a skill it must find (words from them)
    ("en-call-centre.txt", "en", "call-centre", "inbound calls", "communication skills"),
    ("de-hotel.txt", "de", "front-desk", "Reservierungen", "Englischkenntnisse"),
    ("hr-shop.txt", "hr", "shop", "naplata na blagajni", "komunikativnost"),
    ("en-bank-plain.txt", "en", "counter", "open accounts", "experience in customer service"),
    ("de-shop-plain.txt", "de", "shop", "kassieren", "Erfahrung im Einzelhandel"),
    ("hr-call-plain.txt", "hr", "call-centre", "dolazne pozive", "iskustvo u radu"),
]


@pytest.mark.parametrize("name,lang,role,duty,skill", CASES, ids=[c[0] for c in CASES])
def test_an_advert_gives_its_job_duties_skills_and_questions(bank, name, lang, role, duty, skill):
    advert = analyze_advert((DATA / name).read_text("utf-8"), bank)
    assert advert.language == lang and advert.role == role
    assert any(duty.lower() in d.lower() for d in advert.duties), advert.duties
    assert any(skill.lower() in s.lower() for s in advert.skills), advert.skills
    assert not set(advert.duties) & set(advert.skills)
    ids = [q.id for q in advert.questions]
    assert len(ids) == 8 and "tell-me-about-yourself" not in ids
    assert all(bank.question(q).fits(role) for q in ids)
    assert all(q.because in advert.duties + advert.skills for q in advert.questions)
    assert advert.keywords and all(len(k.term) >= 4 for k in advert.keywords)


def test_a_call_centre_advert_puts_the_phone_questions_first(bank):
    advert = analyze_advert((DATA / "en-call-centre.txt").read_text("utf-8"), bank)
    assert {"phone-manner", "full-queue"} & {q.id for q in advert.questions[:3]}


def test_an_advert_that_names_no_job_gets_no_job_and_questions_for_any(bank):
    advert = analyze_advert("We are looking for a friendly, reliable person who enjoys helping people. "
                            "You have good communication skills and you like working in a team.", bank)
    assert advert.role is None and advert.skills and advert.questions


@pytest.mark.parametrize("text,code", [("", "empty"), ("   \n ", "empty"), ("x " * 30_000, "too-long"),
                                       ("这是一个中文的招聘广告，我们需要客服人员。", "unsupported-language")])
def test_an_advert_that_cannot_be_read_says_why(bank, text, code):
    with pytest.raises(AdvertError) as info:
        analyze_advert(text, bank)
    assert info.value.code == code
