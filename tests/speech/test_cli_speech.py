"""The CLI with real recordings: feedback --audio, corrections, practice --audio, speech check."""

from __future__ import annotations

import json

import pytest

from .conftest import STORY


@pytest.fixture(scope="module")
def story_wav(say):
    return say("en", STORY["en"])


def test_feedback_audio_json_has_transcript_and_delivery(run_cli, story_wav):
    result = run_cli("feedback", "--question", "difficult-customer", "--audio", story_wav, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == "2.3" and data["judged"]
    t = data["transcript"]
    assert t["language"] == "en" and t["reliable"] and 0 < t["confidence"] <= 1 and not t["corrected"]
    assert t["words"] and all({"text", "start", "end", "probability"} <= set(w) for w in t["words"])
    d = data["delivery"]
    assert d["words"] == len(t["words"]) and d["rate_verdict"] in ("slow", "good", "fast")
    assert data["dimensions"]["delivery"] == d["score"]
    assert data["length"]["measured"] and data["length"]["seconds"] == d["duration_seconds"]


@pytest.mark.parametrize("ui,word", [("hr", "Tempo"), ("de", "Tempo"), ("en", "Pace")])
def test_feedback_audio_text_output_in_the_interface_language(run_cli, story_wav, ui, word):
    result = run_cli("--ui-lang", ui, "feedback", "--question", "difficult-customer", "--audio", story_wav)
    assert result.exit_code == 0, result.output
    assert word in result.stdout and {"hr": "Način govora", "de": "Sprechweise", "en": "Delivery"}[ui] in result.stdout


def test_a_corrected_transcript_is_judged_and_marked(run_cli, story_wav, tmp_path):
    corrected = tmp_path / "corrected.txt"
    corrected.write_text(STORY["en"] + " I asked my manager to call her back as well.", "utf-8")
    result = run_cli("feedback", "--question", "difficult-customer", "--audio", story_wav, "--answer-file", corrected,
                     "--json")
    data = json.loads(result.stdout)
    assert data["transcript"]["corrected"] and data["transcript"]["corrected_text"].endswith("as well.")
    assert any(k["covered"] and "manager" in (k["evidence"] or {}).get("text", "") for k in data["key_points"])


@pytest.mark.parametrize("ui,expected", [("hr", "tekstualna datoteka"), ("de", "Textdatei"), ("en", "text file")])
def test_bad_recordings_get_a_clear_translated_error(run_cli, tmp_path, ui, expected, speech_ready):
    text = tmp_path / "answer.mp3"
    text.write_text("This is my answer, typed.\n", "utf-8")
    result = run_cli("--ui-lang", ui, "feedback", "--question", "stress", "--audio", text)
    assert result.exit_code == 2 and expected in result.output
    assert "Traceback" not in result.output


def test_practice_with_a_recording_stores_the_transcript(run_cli, story_wav, tmp_path):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'coach.db'}"}
    result = run_cli("practice", "-n", "1", "--lang", "en", "--audio", story_wav, "--json", env=env)
    assert result.exit_code == 0, result.output
    attempt = json.loads(result.stdout)
    assert attempt["status"] == "analysed" and attempt["transcript"]["words"]
    assert attempt["answer"] == attempt["transcript"]["text"] and attempt["feedback"]["delivery"]
    export = tmp_path / "export.json"
    assert run_cli("data", "export", export, env=env).exit_code == 0
    saved = json.loads(export.read_text("utf-8"))["sessions"][0]["attempts"][0]
    assert saved["transcript"]["text"] == attempt["transcript"]["text"]


def test_speech_check_verifies_the_model(run_cli, speech_ready):
    result = run_cli("speech", "check", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["model"] == "whisper-base" and data["checksum_ok"] is True


@pytest.mark.parametrize("sound", ["sine 440", "pinknoise"])
def test_a_sound_without_speech_is_never_graded(run_cli, sox, audio_dir, sound):
    """A tone or noise has energy, so it passes the silence check; Whisper then hears nothing (a
    clear error) or makes something up, which must be marked unreliable and not graded."""
    path = audio_dir / f"{sound.split()[0]}.wav"
    sox("-R", "-n", "-r", "16000", path, "synth", "4", *sound.split(), "vol", "0.3")  # -R: the same every run
    result = run_cli("--ui-lang", "de", "feedback", "--question", "stress", "--audio", path, "--json")
    if result.exit_code == 2:
        assert "keine Wörter" in result.output
    else:
        data = json.loads(result.stdout)
        assert not data["judged"] and data["reason"] == "unreliable-transcript" and data["score"] is None


def test_a_spoken_answer_is_timed_against_the_questions_own_aim(run_cli, story_wav):
    short_aim = run_cli("feedback", "--question", "what-is-cs", "--audio", story_wav, "--json")
    story_aim = run_cli("feedback", "--question", "difficult-customer", "--audio", story_wav, "--json")
    a, b = json.loads(short_aim.stdout), json.loads(story_aim.stdout)
    assert a["delivery"]["aim_seconds"] == a["length"]["aim_seconds"] == [30, 75]
    assert b["delivery"]["aim_seconds"] == b["length"]["aim_seconds"] == [60, 150]
    assert a["delivery"]["duration_seconds"] == b["delivery"]["duration_seconds"]
