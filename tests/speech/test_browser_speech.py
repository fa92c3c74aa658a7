"""A real browser answers aloud: Chromium's fake microphone plays an espeak-ng recording into
the page's MediaRecorder, the page uploads it, shows the progress and then the transcript and
delivery feedback from the real model, served by a real uvicorn server.

Skipped without /usr/bin/chromium unless INTERVIEW_COACH_REQUIRE_BROWSER=1 (CI)."""

from __future__ import annotations

import os
import shutil

import pytest

from interview_coach.store import repo

from ..web.test_browser import CHROMIUM, running, server  # noqa: F401 - the real server fixture
from .conftest import STORY, seconds_of

pytestmark = pytest.mark.timeout(600)  # a hung browser call fails within minutes, not CI's 15

playwright = pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="module")
def spoken(say, sox, audio_dir):
    """The story at 48 kHz with a second of silence each side, as a microphone would give it."""
    path = audio_dir / "microphone.wav"
    sox(say("en", STORY["en"]), "-r", "48000", path, "pad", "1", "1")
    return path


def test_answer_aloud_in_the_browser(server, spoken, tmp_path, speech_ready):  # noqa: F811
    base, app = server
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            f"--use-file-for-fake-audio-capture={spoken}%noloop"])
        context = browser.new_context(viewport={"width": 1000, "height": 1400})
        context.grant_permissions(["microphone"], origin=base)
        page = context.new_page()
        page.goto(f"{base}/?lang=en&question=difficult-customer")
        record = page.get_by_role("button", name="Start recording")
        record.click()
        page.get_by_role("button", name="Stop and get feedback").wait_for()
        page.wait_for_timeout(int((seconds_of(spoken) + 0.5) * 1000))
        page.get_by_role("button", name="Stop and get feedback").click()
        page.wait_for_selector("#feedback progress, #feedback .card h2", timeout=30_000)
        page.wait_for_selector("#feedback .transcript", timeout=180_000)
        text = page.inner_text("#feedback")
        assert "Delivery" in text and "Transcript" in text and "Score" in text
        heard = page.inner_text("#feedback .transcript").lower()
        assert sum(w in heard for w in ("customer", "parcel", "listened", "tracking", "thanked")) >= 3, heard
        shot = tmp_path / "answer-aloud-en.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 20_000
        keep = os.environ.get("INTERVIEW_COACH_SCREENSHOTS")
        if keep:
            os.makedirs(keep, exist_ok=True)
            shutil.copy(shot, keep)
        browser.close()
    attempts = [a for s in repo.sessions(app.state.web.coach.db) for a in repo.session_attempts(app.state.web.coach.db, s.session_id)]
    assert any(a.transcript and a.status == "analysed" for a in attempts)  # stored, not only shown


def test_a_500_mb_upload_is_refused_before_it_is_sent(server, speech_ready):  # noqa: F811
    """A real server, a raw request that announces 500 MB: the answer (413) comes after a few bytes,
    without waiting for the body, and nothing is written."""
    import socket
    from urllib.parse import urlparse

    base, _ = server
    url = urlparse(base)
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(b"POST /api/v1/recordings?question_id=stress HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     b"Content-Type: audio/wav\r\nContent-Length: 524288000\r\n\r\nRIFF")
        reply = ""
        while "too-large" not in reply:
            chunk = sock.recv(4096)
            if not chunk:
                break
            reply += chunk.decode("latin-1")
    assert reply.startswith("HTTP/1.1 413") and "too-large" in reply


@pytest.fixture(scope="module")
def multi_server(tmp_path_factory):
    from interview_coach.web import create_app
    from interview_coach.settings import Settings

    folder = tmp_path_factory.mktemp("multi-browser")
    app = create_app(Settings(database_url=f"sqlite:///{folder / 'm.db'}", multi_user=True,
                              secret_key="browser-test-secret-key-multi"))
    with running(app) as base:
        yield base


def test_a_recording_survives_an_expired_login_in_the_browser(multi_server, spoken, speech_ready):
    base = multi_server
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--use-fake-ui-for-media-stream",
            "--use-fake-device-for-media-stream", f"--use-file-for-fake-audio-capture={spoken}%noloop"])
        context = browser.new_context()
        context.grant_permissions(["microphone"], origin=base)
        page = context.new_page()
        page.goto(f"{base}/register?lang=en")
        page.fill("#name", "hana")
        page.fill("#password", "a long enough password")
        page.click("button[type=submit]")
        page.goto(f"{base}/?question=difficult-customer")
        page.get_by_role("button", name="Start recording").click()
        page.get_by_role("button", name="Stop and get feedback").wait_for()
        page.wait_for_timeout(int((seconds_of(spoken) + 0.5) * 1000))
        context.clear_cookies()  # the login runs out while the user speaks
        page.get_by_role("button", name="Stop and get feedback").click()
        page.get_by_text("Your login has run out").wait_for(timeout=30_000)
        again = page.get_by_role("button", name="Send again")
        assert again.is_visible()
        other = context.new_page()  # log in again in another tab
        other.goto(f"{base}/login")
        other.fill("#name", "hana")
        other.fill("#password", "a long enough password")
        other.click("button[type=submit]")
        other.wait_for_url(lambda url: "/login" not in url)
        other.wait_for_load_state()
        # a close that races a navigation commit can hang in Chromium (playwright#41900): the login has
        # landed by now, and this close does not wait for the tab to go
        other.close(run_before_unload=True)
        again.click()  # this page's form token is from the old session: refused, and a fresh one comes back
        page.get_by_text("This page was out of date").wait_for(timeout=30_000)
        again.click()
        page.wait_for_selector("#feedback .transcript", timeout=180_000)
        assert "parcel" in page.inner_text("#feedback .transcript").lower()
        browser.close()
