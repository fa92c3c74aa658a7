"""The outside probe's findings (issue #16), each as a test: sessions that end, limits on sizes,
Host checks, login and registration limits, security headers, hostile input."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from fastapi.testclient import TestClient

from interview_coach.settings import Settings
from interview_coach.web import create_app

from .conftest import post_form, token

PASSWORD = "a long enough password"


def register(client, name, password=PASSWORD):
    return post_form(client, "/register", {"name": name, "password": password}, follow_redirects=False)


def test_after_logout_an_old_cookie_opens_nothing(multi):
    with TestClient(multi) as c:
        register(c, "gina")
        post_form(c, "/practice/answer", {"question_id": "why-cs", "answer": "I like helping people.", "qlang": "en"})
        stolen = dict(c.cookies)
        post_form(c, "/logout", {})
    with TestClient(multi, cookies=stolen) as thief:
        assert thief.get("/api/v1/export").status_code == 401
        assert thief.get("/", follow_redirects=False).status_code == 303


def test_a_deleted_accounts_cookie_does_not_open_a_new_account_of_the_same_name(multi):
    with TestClient(multi) as c:
        register(c, "hana")
        stolen = dict(c.cookies)
        assert c.delete("/api/v1/data").status_code == 200
    with TestClient(multi) as newcomer:
        assert register(newcomer, "hana").status_code == 303
        post_form(newcomer, "/practice/answer", {"question_id": "why-cs", "answer": "Private.", "qlang": "en"})
    with TestClient(multi, cookies=stolen) as thief:
        assert thief.get("/api/v1/export").status_code == 401


@pytest.mark.parametrize("password,why", [("          ", "too-short"), ("aaaaaaaaaa", "too-weak"),
                                          ("password123", "too-weak"), ("x" * 2000, "too-long")])
def test_weak_or_absurd_passwords_are_refused_and_the_name_is_kept(multi, password, why):
    with TestClient(multi) as c:
        r = register(c, "ivan", password)
        assert r.status_code == 422 and 'value="ivan"' in r.text


def test_a_stranger_cannot_lock_a_user_out(multi):
    limiter = multi.state.web.login_limiter
    for _ in range(8):
        limiter.attempt("203.0.113.7", "jana")  # wrong guesses from another address
    assert not limiter.attempt("203.0.113.7", "jana")  # that address is slowed down …
    assert limiter.attempt("198.51.100.1", "jana")  # … the user's own is not


def test_simultaneous_guesses_are_all_counted(multi):
    limiter = multi.state.web.login_limiter
    results = [limiter.attempt("192.0.2.1", "kim") for _ in range(30)]
    assert results.count(True) == 5


def test_registrations_per_address_are_limited(multi):
    limiter = multi.state.web.login_limiter
    assert [limiter.register("192.0.2.2") for _ in range(7)].count(True) == 5


def test_single_user_mode_answers_only_to_its_own_host_names(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'h.db'}"))
    with TestClient(app, base_url="http://attacker.example") as evil:
        assert evil.get("/api/v1/export").status_code == 400
    with TestClient(app, base_url="http://localhost:8000") as me:
        assert me.get("/api/v1/export").status_code == 200


def test_huge_question_texts_and_bodies_are_refused_quickly(client):
    r = client.post("/api/v1/feedback", json={"question_text": "Why? " * 2000, "answer": "I like people."})
    assert r.status_code == 422
    big = client.post("/api/v1/feedback", content=b'{"answer": "' + b"x" * 2_000_000 + b'"}',
                      headers={"content-type": "application/json"})
    assert big.status_code == 413 and big.json()["detail"]["code"] == "too-large"


def test_a_chunked_body_over_the_limit_is_refused_while_it_streams(tmp_path):
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 's.db'}"))

    async def send():
        async def chunks():
            for _ in range(40):
                yield b"x" * 65536

        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await c.post("/api/v1/feedback", content=chunks(), headers={"content-type": "application/json"})

    assert asyncio.run(send()).status_code == 413


def test_every_response_has_the_security_headers(client):
    for path in ("/", "/api/v1/questions", "/nope"):
        h = client.get(path).headers
        assert "frame-ancestors 'none'" in h["content-security-policy"] and h["x-frame-options"] == "DENY"
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "same-origin"
    page = client.get("/")
    nonce = page.headers["content-security-policy"].split("'nonce-")[1].split("'")[0]
    assert f'<script nonce="{nonce}">' in page.text


def test_hostile_characters_are_a_clear_error_or_kept_never_a_server_error(client):
    def post(answer):  # JSON escapes: the server decodes them
        body = '{"question_id": "why-cs", "answer": "' + answer + '"}'
        return client.post("/api/v1/practice", content=body.encode(), headers={"content-type": "application/json"})

    surrogate = post("Lone \\ud800 surrogate in my answer about customers.")
    assert surrogate.status_code == 422 and surrogate.json()["detail"][0]["loc"] == ["body", "answer"]
    nul = post("A NUL \\u0000 byte in my answer about customers.")
    assert nul.status_code == 200 and "\ufffd" in nul.json()["answer"]


@pytest.mark.parametrize("path", ["/mock/1/-99?plan=why-cs", "/sessions/9223372036854775808",
                                  "/api/v1/sessions/99999999999999999999", "/attempts/9223372036854775808/correct"])
def test_absurd_ids_are_not_found_not_server_errors(client, path):
    r = client.post(path, data={"csrf_token": token(client)}) if path.endswith("correct") else client.get(path)
    assert r.status_code in (404, 422)


def test_an_unknown_language_is_refused_by_the_api(client):
    r = client.post("/api/v1/practice", json={"question_id": "why-cs", "answer": "I like people.", "lang": "klingon"})
    assert r.status_code == 422
