"""The JSON API covers what the pages do: practice, sessions, progress, companies, checklist, data, mock."""

from __future__ import annotations

from fastapi.testclient import TestClient

ANSWER = ("Last year a customer called because his order was late. I listened, apologised and arranged express "
          "delivery at no cost. He thanked me and ordered again the next month.")


def test_practice_sessions_progress(client):
    attempt = client.post("/api/v1/practice", json={"question_id": "difficult-customer", "answer": ANSWER}).json()
    assert attempt["status"] == "analysed" and attempt["feedback"]["score"] == attempt["score"]
    [session] = client.get("/api/v1/sessions").json()
    assert client.get(f"/api/v1/sessions/{session['session_id']}").json()[0]["answer"] == ANSWER
    assert client.get("/api/v1/sessions/999").status_code == 404
    assert client.get("/api/v1/progress").json()[0]["dimensions"]["relevance"] > 0
    assert client.post("/api/v1/practice", json={"question_id": "why-cs", "answer": " "}).status_code == 422


def test_companies_checklist_export_delete(client):
    r = client.post("/api/v1/companies", json={"name": "Shop", "about": "We put customers first with friendly, "
                                                                         "helpful advice and fair prices."})
    assert r.status_code == 200 and r.json()["keywords"]
    assert client.get("/api/v1/companies").json()[0]["name"] == "Shop"
    assert client.put("/api/v1/checklist/dress", json={"done": True}).json() == {"id": "dress", "done": True}
    items = {c["id"]: c["done"] for c in client.get("/api/v1/checklist").json()["checklist"]}
    assert items["dress"] is True
    assert client.put("/api/v1/checklist/nope", json={"done": True}).status_code == 404
    client.post("/api/v1/practice", json={"question_id": "why-cs", "answer": ANSWER})
    assert client.get("/api/v1/export").json()["companies"][0]["name"] == "Shop"
    assert client.delete("/api/v1/data").json()["attempts"] == 1
    assert client.get("/api/v1/sessions").json() == []


def test_mock_interview_over_the_api(client):
    start = client.post("/api/v1/mock").json()
    sid = start["session_id"]
    assert start["questions"][0]["id"] == "tell-me-about-yourself" and len(start["questions"]) == 4
    for q in start["questions"]:
        client.post("/api/v1/practice", json={"question_id": q["id"], "answer": ANSWER, "session_id": sid})
    closing = client.post(f"/api/v1/mock/{sid}/closing",
                          json={"questions": "What are the biggest challenges your team faces right now?"}).json()
    assert closing["feedback"]["closing"]["good_count"] == 1
    [session] = client.get("/api/v1/sessions").json()
    assert session["kind"] == "mock" and session["attempts"] == 5 and session["ended_at"]
    # the history lists the closing question in the page's language, as it lists the bank's questions
    page = client.get("/history", params={"lang": "de"}).text
    assert "Haben Sie Fragen an uns?" in page and "Do you have any questions for us?" not in page


def test_other_users_sessions_are_404_in_the_api(multi):
    from .conftest import post_form

    with TestClient(multi) as a, TestClient(multi) as b:
        post_form(a, "/register", {"name": "anna", "password": "a long enough password"})
        post_form(b, "/register", {"name": "boris", "password": "a long enough password"})
        sid = a.post("/api/v1/practice", json={"question_id": "why-cs", "answer": ANSWER}).json()["session_id"]
        assert b.get(f"/api/v1/sessions/{sid}").status_code == 404
        assert b.post("/api/v1/practice", json={"question_id": "why-cs", "answer": ANSWER,
                                                "session_id": sid}).status_code == 404
        assert b.post(f"/api/v1/mock/{sid}/closing", json={"questions": "What?"}).status_code == 404
