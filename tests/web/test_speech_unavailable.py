"""Without the speech extra the web app still works and says how to add speech support."""

from __future__ import annotations

import interview_coach.services.speech as speech_service

from .conftest import token


def test_without_speech_support_the_page_says_how_to_install_it(client, monkeypatch):
    monkeypatch.setattr(speech_service, "available", lambda: False)  # as on a base install
    page = client.get("/?lang=de&question=stress")
    assert page.status_code == 200 and "pip install 'interview-coach[speech]'" in page.text.replace("&#39;", "'")
    assert 'id="record"' not in page.text
    r = client.post("/practice/recording?question_id=stress", content=b"RIFF....",
                    headers={"content-type": "audio/wav", "x-csrf-token": token(client)})
    assert r.status_code == 503 and "Sprachunterstützung" in r.text
    api = client.post("/api/v1/recordings?question_id=stress", content=b"RIFF....", headers={"content-type": "audio/wav"})
    assert api.status_code == 503 and api.json()["detail"]["code"] == "no-speech-support"
