"""Spoken answers in the store: the transcript is saved with the attempt (SQLite and PostgreSQL),
reanalysis keeps delivery, and a correction is saved before it is analysed."""

from __future__ import annotations

from interview_coach.services import practice as runner
from interview_coach.speech.transcript import Transcript, Word
from interview_coach.store import repo
from interview_coach.store.db import open_database

WORDS = ("Last winter a customer called because her parcel was lost. I listened, apologised and checked the "
         "tracking. I sent a new parcel the same day, and she thanked me.").split()


def transcript(confidence: float = 0.9) -> Transcript:
    words = [Word(w, 0.5 + i * 0.35, 0.5 + i * 0.35 + 0.3, confidence) for i, w in enumerate(WORDS)]
    return Transcript(" ".join(WORDS), "en", confidence, words[-1].end + 0.5, words, speech_start=0.5,
                      speech_end=words[-1].end, pauses=[], model="test")


def test_transcript_is_stored_and_delivery_survives_reanalysis(db_url, bank, make_coach):
    db = open_database(db_url)
    coach = make_coach(db)
    t = transcript()
    result = runner.answer(coach, bank.question("difficult-customer"), t.text, ui_lang="en", transcript=t)
    assert result.transcript["words"][3]["text"] == WORDS[3]
    assert result.duration_s == round(t.duration, 1)
    delivery = result.feedback["delivery"]
    repo.record_failure(db, result.attempt_id, "engine: pretend it failed")
    assert runner.reanalyse(coach) == (1, 0)
    again = repo.attempt(db, result.attempt_id)
    assert again.feedback["delivery"] == delivery


def test_an_unreliable_transcript_is_kept_and_the_correction_is_judged(db_url, bank, make_coach):
    db = open_database(db_url)
    coach = make_coach(db)
    t = transcript(confidence=0.4)
    result = runner.answer(coach, bank.question("difficult-customer"), t.text, ui_lang="hr", transcript=t)
    assert result.status == "analysed" and result.score is None
    assert result.feedback["reason"] == "unreliable-transcript"
    fixed = runner.correct(coach, result.attempt_id, t.text + " My manager thanked me too.", ui_lang="hr")
    assert fixed.answer.endswith("too.") and fixed.score is not None
    assert fixed.transcript["text"] == t.text and fixed.feedback["transcript"]["corrected"]


def test_a_report_with_an_ungraded_spoken_answer(db_url, bank, make_coach):
    from interview_coach.reports.build import build_report
    from interview_coach.reports.formats import to_html, to_markdown, to_pdf

    db = open_database(db_url)
    coach = make_coach(db)
    result = runner.answer(coach, bank.question("stress"), transcript(0.4).text, ui_lang="de",
                           transcript=transcript(0.4))
    attempts = repo.session_attempts(db, result.session_id)
    report = build_report(repo.sessions(db)[0], attempts, [], "de")
    assert report["items"][0]["score_text"] == "nicht beurteilbar"
    for render in (to_html, to_markdown):
        out = render(report)
        assert "None" not in out and "nicht beurteilbar" in out
    assert to_pdf(report)[:4] == b"%PDF"
