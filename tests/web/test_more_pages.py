"""Mock interview, company preparation with checklist, progress, data export and delete, in the browser's way."""

from __future__ import annotations

import json
import re

import pytest

from interview_coach.store import repo

from .conftest import post_form

ABOUT = ("We put our customers first: friendly staff, fresh local products and fair prices. Our loyalty programme "
         "rewards regular customers.")
ANSWER = "I would tell regular customers about our loyalty programme and help them find fresh local products."


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
@pytest.mark.parametrize("path", ["/mock", "/prepare", "/progress", "/data"])
def test_pages_render_in_each_language(client, lang, path):
    r = client.get(path, params={"lang": lang})
    assert r.status_code == 200 and f'<html lang="{lang}">' in r.text


def test_mock_interview_flow(client):
    r = post_form(client, "/mock/start", {}, follow_redirects=False)
    assert r.status_code == 303
    url = r.headers["location"]
    sid, plan = re.match(r"/mock/(\d+)/0\?plan=(.+)", url).groups()
    steps = len(plan.split(",")) + 1
    for step in range(steps):
        page = client.get(f"/mock/{sid}/{step}?plan={plan}")
        assert page.status_code == 200
        if step:  # the answer just given, in short, before the next question
            assert "Your last answer" in page.text and "/100" in page.text
        text = ("What are the biggest challenges your team faces? How are new people trained?" if step == steps - 1
                else "Last year I helped a customer who was upset: I listened, apologised and fixed the order.")
        r = post_form(client, f"/mock/{sid}/{step}", {"plan": plan, "answer": text}, follow_redirects=False)
        assert r.status_code == 303
    # Back to the first question and answer it again: the new answer replaces the earlier one
    post_form(client, f"/mock/{sid}/0", {"plan": plan, "answer": "I helped an upset customer and fixed the order."},
              follow_redirects=False)
    summary = client.get(f"/mock/{sid}/{steps}?plan={plan}")
    assert summary.status_code == 200 and "2" in summary.text and "What would help most" in summary.text
    [session] = repo.sessions(client.app.state.web.coach.db)
    assert session.kind == "mock" and session.attempts == steps
    answers = [a.answer for a in repo.session_attempts(client.app.state.web.coach.db, int(sid))]
    assert "I helped an upset customer and fixed the order." in answers
    assert client.get(f"/mock/{sid}/0?plan=nope").status_code == 404


def test_company_preparation_and_checklist(client):
    post_form(client, "/practice/answer", {"question_id": "company-fit", "answer": ANSWER, "qlang": "en"})
    r = post_form(client, "/prepare/company", {"name": "Corner Shop", "about": ABOUT}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get("/prepare").text
    assert "Corner Shop" in page and "loyalty programme" in page
    values = page.split('<ul class="values">')[1].split("</ul>")[0]  # what it stands for, whole phrases
    assert "<li>friendly staff</li>" in values and "<li>fair prices</li>" in values
    assert post_form(client, "/prepare/checklist", {"item_id": "dress", "done": "on"},
                     headers={"HX-Request": "true"}).status_code == 200
    assert repo.checklist(client.app.state.web.coach.db) == {"dress": True}
    assert 'id="tick-dress" name="done" checked' in client.get("/prepare").text
    post_form(client, "/prepare/checklist", {"item_id": "dress"})
    assert repo.checklist(client.app.state.web.coach.db) == {"dress": False}
    assert post_form(client, "/prepare/company", {"name": "", "about": ""}).status_code == 200


def test_progress_export_and_delete(client):
    post_form(client, "/practice/answer", {"question_id": "why-cs", "answer": ANSWER, "qlang": "en"})
    assert "<svg" in client.get("/progress").text
    exported = client.get("/data/export.json")
    data = json.loads(exported.content)
    assert exported.headers["content-disposition"].startswith("attachment")
    assert data["sessions"][0]["attempts"][0]["answer"] == ANSWER
    assert post_form(client, "/data/delete", {}).status_code == 422  # not confirmed: nothing deleted
    assert repo.sessions(client.app.state.web.coach.db)
    r = post_form(client, "/data/delete", {"confirm": "on"}, follow_redirects=False)
    assert r.status_code == 303 and repo.sessions(client.app.state.web.coach.db) == []


def test_a_job_advert_on_the_prepare_page_and_in_the_api(client):
    from pathlib import Path

    text = (Path(__file__).parent.parent / "data" / "adverts" / "de-hotel.txt").read_text("utf-8")
    r = post_form(client, "/prepare/advert", {"name": "Alpenblick", "text": text}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get("/prepare", params={"lang": "de"}).text
    assert "Alpenblick" in page and "Reservierungen" in page and "role=front-desk" in page
    assert post_form(client, "/prepare/advert", {"name": "x", "text": " "}).status_code == 200  # said, not saved
    api = client.post("/api/v1/adverts", json={"text": text}).json()
    assert api["role"] == "front-desk" and len(api["questions"]) == 8
    assert [c["name"] for c in client.get("/api/v1/companies").json()] == ["Alpenblick"]  # no name: not kept
    assert client.post("/api/v1/adverts", json={"text": "这是招聘广告"}).status_code == 422


def test_strong_answers_after_feedback_and_numbers_and_dates_in_the_language(client):
    r = post_form(client, "/practice/answer", {"question_id": "why-cs", "answer": ANSWER, "qlang": "de"},
                  params={"lang": "de"}, headers={"HX-Request": "true"})
    assert "Starke Antworten" in r.text or "strong answers" in r.text.lower()
    history = client.get("/history", params={"lang": "de"}).text
    assert "T" not in history.split("<tbody>")[1].split("</td>")[1]  # no ISO date: 01.12.26, 05:40 and the like
    deleted = client.get("/data", params={"lang": "de", "deleted": 1}).text
    assert "1 Antwort " in deleted or "1 Antwort und" in deleted


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_stopped_mock_interview_is_offered_again_at_its_first_unanswered_question(client, lang):
    r = post_form(client, "/mock/start", {}, follow_redirects=False)
    sid, plan = re.match(r"/mock/(\d+)/0\?plan=(.+)", r.headers["location"]).groups()
    post_form(client, f"/mock/{sid}/0", {"plan": plan, "answer": "I sell shoes and I like advising people."},
              follow_redirects=False)
    page = client.get(f"/mock?lang={lang}").text  # the user left after one answer and comes back later
    link = re.search(r'href="(/mock/\d+/\d+\?plan=[^"]+)"', page)
    assert link and link.group(1) == f"/mock/{sid}/1?plan={plan}"
    assert {"en": "questions left", "de": "Fragen", "hr": "pitanja"}[lang] in page
    steps = len(plan.split(",")) + 1
    for step in range(1, steps):
        post_form(client, f"/mock/{sid}/{step}", {"plan": plan, "answer": "How are new people trained?"},
                  follow_redirects=False)
    assert not re.search(r'href="/mock/\d+/\d+\?plan=', client.get(f"/mock?lang={lang}").text)  # all answered


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_skipped_mock_question_is_said_and_listed_in_the_summary(client, lang):
    client.get(f"/mock?lang={lang}")
    r = post_form(client, "/mock/start", {}, follow_redirects=False)
    sid, plan = re.match(r"/mock/(\d+)/0\?plan=(.+)", r.headers["location"]).groups()
    skipped = post_form(client, f"/mock/{sid}/0", {"plan": plan, "answer": "   "})  # nothing typed
    said = {"en": "that question was skipped", "de": "übersprungen", "hr": "preskočeno"}[lang]
    assert skipped.status_code == 200 and said in skipped.text
    steps = len(plan.split(",")) + 1
    for step in range(1, steps):
        post_form(client, f"/mock/{sid}/{step}", {"plan": plan, "answer": "I listened, apologised and fixed it."},
                  follow_redirects=False)
    from markupsafe import escape  # as the page writes the question texts

    summary = client.get(f"/mock/{sid}/{steps}?plan={plan}").text
    first = str(escape(client.app.state.web.coach.bank.question(plan.split(",")[0]).in_lang(lang).text))
    assert first in summary and {"en": "skipped", "de": "übersprungen", "hr": "preskočeno"}[lang] in summary
    second = str(escape(client.app.state.web.coach.bank.question(plan.split(",")[1]).in_lang(lang).text))
    assert summary.index(first) < summary.index(second)  # the skipped question is listed where it was asked


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_practice_with_a_saved_company(client, lang):
    """Issue #17: practice can use a saved company (or job advert): chosen on the practice page, its words
    earn company-fit credit in the feedback; with none chosen there is no company fit."""
    post_form(client, "/prepare/company", {"name": "Corner Shop", "about": ABOUT}, follow_redirects=False)
    page = client.get("/", params={"question": "company-fit", "lang": lang, "company": "Corner Shop"}).text
    assert '<select id="company" name="company">' in page and '<option value="Corner Shop" selected>' in page
    db = client.app.state.web.coach.db
    post_form(client, "/practice/answer", {"question_id": "company-fit", "answer": ANSWER, "qlang": "en",
                                           "company": "Corner Shop"})
    post_form(client, "/practice/answer", {"question_id": "company-fit", "answer": ANSWER, "qlang": "en"})
    with_company, without = [a.feedback for a in repo.session_attempts(db, repo.sessions(db)[-1].session_id)][-2:]
    assert with_company["dimensions"]["company_fit"] is not None
    assert "loyalty programme" in json.dumps(with_company["company"])
    assert without["dimensions"]["company_fit"] is None and not without.get("company")


def test_mock_interview_with_a_saved_company(client):
    """Issue #17: a mock interview started with a saved company checks each answer against its words."""
    post_form(client, "/prepare/company", {"name": "Corner Shop", "about": ABOUT}, follow_redirects=False)
    assert '<select id="company" name="company">' in client.get("/mock").text
    r = post_form(client, "/mock/start", {"company": "Corner Shop"}, follow_redirects=False)
    sid, plan = re.match(r"/mock/(\d+)/0\?plan=(.+)", r.headers["location"]).groups()
    post_form(client, f"/mock/{sid}/0", {"plan": plan, "answer": ANSWER}, follow_redirects=False)
    db = client.app.state.web.coach.db
    [first] = repo.session_attempts(db, int(sid))
    assert first.feedback["dimensions"]["company_fit"] is not None
    r = post_form(client, "/mock/start", {"company": "No Such Shop"}, follow_redirects=False)  # unknown: none
    sid2, plan2 = re.match(r"/mock/(\d+)/0\?plan=(.+)", r.headers["location"]).groups()
    post_form(client, f"/mock/{sid2}/0", {"plan": plan2, "answer": ANSWER}, follow_redirects=False)
    [other] = repo.session_attempts(db, int(sid2))
    assert other.feedback["dimensions"]["company_fit"] is None


def test_the_company_card_counts_answers_without_its_words_instead_of_listing_them(client):
    """Issue #17: the company card lists the answers that use its words and counts the rest."""
    post_form(client, "/prepare/company", {"name": "Corner Shop", "about": ABOUT}, follow_redirects=False)
    post_form(client, "/practice/answer", {"question_id": "company-fit", "answer": ANSWER, "qlang": "en"})
    for text in ("I stay calm and listen to the caller.", "I apologise and fix the problem quickly."):
        post_form(client, "/practice/answer", {"question_id": "stress", "answer": text, "qlang": "en"})
    page = client.get("/prepare", params={"lang": "en"}).text
    assert "loyalty programme" in page and "2 of your latest answers use none of these words." in page
    assert ": –" not in page and 'href="/?company=Corner%20Shop"' in page
    assert "2 Ihrer letzten Antworten verwenden keines dieser Wörter." in client.get("/prepare", params={"lang": "de"}).text
    assert "2 vaša nedavna odgovora ne koriste" in client.get("/prepare", params={"lang": "hr"}).text
