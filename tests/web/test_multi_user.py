"""--multi-user: accounts, argon2 hashes, per-user data, login rate limiting, secure defaults."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import select

from interview_coach.store.models import User

from .conftest import post_form

ANSWER = "Last year a customer was upset about a late order. I listened, apologised and sent it by courier."


def register(client, name, password="a long enough password"):
    return post_form(client, "/register", {"name": name, "password": password}, follow_redirects=False)


def test_pages_and_api_need_a_login(multi):
    with TestClient(multi) as c:
        r = c.get("/", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login?lang=en"
        hr = c.get("/?lang=hr", follow_redirects=False)
        assert hr.headers["location"] == "/login?lang=hr"  # the login in the language asked for
        fragment = c.post("/practice/recording?question_id=why-cs", headers={"hx-request": "true"})
        assert fragment.status_code in (204, 401)  # never a login page inside the feedback area
        jobs = c.get("/jobs/x", headers={"hx-request": "true"}, follow_redirects=False)
        assert jobs.status_code == 204 and jobs.headers["hx-redirect"] == "/login?lang=en"
        assert c.get("/api/v1/sessions").status_code == 401
        assert c.post("/api/v1/feedback", json={"question_id": "why-cs", "answer": ANSWER}).status_code == 401
        assert c.get("/login").status_code == 200


def test_each_user_sees_only_their_own_data(multi):
    with TestClient(multi) as ana, TestClient(multi) as ben:
        assert register(ana, "ana").status_code == 303
        assert register(ben, "ben").status_code == 303
        post_form(ana, "/practice/answer", {"question_id": "why-cs", "answer": ANSWER, "qlang": "en"})
        [session] = ana.get("/api/v1/sessions").json()
        sid = session["session_id"]
        assert ana.get(f"/sessions/{sid}").status_code == 200
        assert ben.get(f"/sessions/{sid}").status_code == 404
        assert ben.get(f"/sessions/{sid}/report.pdf").status_code == 404
        assert ben.get("/api/v1/sessions").json() == []
        with multi.state.web.coach.db.session() as s:
            hashes = s.scalars(select(User.password_hash)).all()
        assert all(h.startswith("$argon2id$") for h in hashes)


def test_login_logout_and_rate_limit(multi):
    with TestClient(multi) as c:
        register(c, "cara")
        post_form(c, "/logout", {})
        assert c.get("/", follow_redirects=False).status_code == 303
        ok = post_form(c, "/login", {"name": "cara", "password": "a long enough password"}, follow_redirects=False)
        assert ok.status_code == 303 and c.get("/").status_code == 200
        post_form(c, "/logout", {})
        for _ in range(5):
            assert post_form(c, "/login", {"name": "cara", "password": "wrong"}).status_code == 401
        blocked = post_form(c, "/login", {"name": "cara", "password": "a long enough password"})
        assert blocked.status_code == 429


def test_registration_rules_and_duplicates(multi):
    with TestClient(multi) as c:
        assert register(c, "x", "short").status_code == 422
        assert register(c, "dora").status_code == 303
    with TestClient(multi) as other:
        assert register(other, "dora").status_code == 409


def test_session_cookie_is_http_only_and_same_site(multi):
    with TestClient(multi) as c:
        r = register(c, "eve")
        header = r.headers.get("set-cookie", "").lower()
        assert "ic_session=" in header and "httponly" in header and "samesite=lax" in header


def test_an_answer_typed_while_the_login_ran_out_is_given_back_after_login(multi):
    with TestClient(multi) as c:
        register(c, "fay")
        form_token = c.get("/").text.split('name="csrf_token" value="')[1].split('"')[0]
        c.cookies.clear()  # the login runs out while typing
        typed = "My long answer about a customer who was upset, which I must not lose."
        r = c.post("/practice/answer", data={"question_id": "why-cs", "answer": typed, "csrf_token": form_token},
                   follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login?lang=en"  # in the language in use
        page = post_form(c, "/login", {"name": "fay", "password": "a long enough password"})  # lands on /
        assert typed in page.text and "Your session had expired" in page.text
        assert typed not in c.get("/").text  # given back once, not kept forever


def test_a_mock_answer_typed_while_the_login_ran_out_is_given_back_at_its_question(multi):
    """Nothing typed is lost in the mock interview either: after logging in again the user is back at
    the same question with the answer in the box (not saved, not graded), and an old form is refused
    without losing the answer."""
    import re

    with TestClient(multi) as c:
        register(c, "gus")
        start = post_form(c, "/mock/start", {}, follow_redirects=False).headers["location"]
        sid, plan = re.match(r"/mock/(\d+)/0\?plan=(.+)", start).groups()
        form_token = c.get(start).text.split('name="csrf_token" value="')[1].split('"')[0]
        c.cookies.clear()  # the login runs out while typing
        typed = "I work in a bakery and I like the morning rush; people remember a friendly face."
        r = c.post(f"/mock/{sid}/0", data={"plan": plan, "answer": typed, "csrf_token": form_token},
                   follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/login?lang=en"
        back = post_form(c, "/login", {"name": "gus", "password": "a long enough password"}, follow_redirects=False)
        assert back.headers["location"] == f"/mock/{sid}/0?plan={plan}"
        page = c.get(back.headers["location"]).text
        assert typed in page and "Your session had expired" in page
        assert typed not in c.get(back.headers["location"]).text  # given back once
        stale = c.post(f"/mock/{sid}/0", data={"plan": plan, "answer": typed, "csrf_token": "old-page-token"},
                       follow_redirects=False)
        assert stale.status_code == 200 and typed in stale.text  # an old form: given back, not saved
        from interview_coach.store import repo

        assert repo.session_attempts(multi.state.web.coach.db, int(sid), "gus") == []  # nothing saved twice or early
