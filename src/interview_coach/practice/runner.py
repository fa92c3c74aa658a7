"""Save first, analyse second: an answer is committed before the engine runs, so a crash, a kill
or an engine error never loses what the user typed; a failed analysis can be re-run later."""

from __future__ import annotations

from datetime import datetime

from ..bank import Bank, Question
from ..engine import AnswerError, feedback
from ..speech.transcript import Transcript
from ..store import repo
from ..store.db import Database


class EmptyAnswer(ValueError):
    """Nothing was typed: nothing to save."""


def answer(db: Database, bank: Bank, question: Question | None, text: str, *, question_text: str | None = None,
           lang: str | None = None, ui_lang: str = "en", session_id: int | None = None, user: str = repo.DEFAULT_USER,
           company=None, started_at: datetime | None = None, duration_s: float | None = None,
           transcript: Transcript | None = None) -> dict:
    """Store the answer, then analyse it. Returns the attempt (with ``feedback`` when analysed).

    A spoken answer passes its ``transcript`` (``text`` is then the transcript's text): it is stored
    with the attempt, so delivery feedback can be recomputed and the text corrected later.

    ``lang`` is the practice language (the question is shown in it); the answer's own language is
    detected, so a user may answer in another language than the one practised.
    """
    if not text or not text.strip():
        raise EmptyAnswer()
    practice_lang = lang or ui_lang
    shown = question.in_lang(practice_lang).text if question else (question_text or "").strip()
    if session_id is None:
        session_id = repo.start_session(db, user, practice_lang)
    if duration_s is None and transcript is not None:
        duration_s = round(transcript.duration, 1)
    attempt_id = repo.save_attempt(db, session_id, question.id if question else None, shown, None, text,
                                   started_at=started_at, duration_s=duration_s,
                                   transcript=transcript.to_json() if transcript is not None else None)
    analyse(db, bank, attempt_id, question, ui_lang=ui_lang, company=company, user=user)
    return repo.attempt(db, attempt_id)


def analyse(db: Database, bank: Bank, attempt_id: int, question: Question | None = None, *, ui_lang: str = "en",
            company=None, lang: str = "auto", user: str = repo.DEFAULT_USER) -> bool:
    """Run the engine on a saved attempt; record the feedback or the failure. True when analysed."""
    a = repo.attempt(db, attempt_id)
    if question is None and a["question_id"]:
        question = bank.questions.get(a["question_id"])
    transcript = Transcript.from_json(a["transcript"]) if a.get("transcript") else None
    try:
        fb = feedback(question, a["answer"], question_text=None if question else a["question_text"],
                      lang=a["lang"] or lang, ui_lang=ui_lang, company=company, bank=bank, transcript=transcript)
    except AnswerError as exc:
        repo.record_failure(db, attempt_id, f"{exc.code}: {exc}")
        return False
    except Exception as exc:  # noqa: BLE001 - any engine failure leaves the saved answer for reanalyse
        repo.record_failure(db, attempt_id, f"engine: {type(exc).__name__}: {exc}")
        return False
    repo.record_feedback(db, attempt_id, fb.to_json())
    if question is not None and fb.judged:
        from .scheduling import review

        review(db, question.id, fb.score, user=user)
    return True


def correct(db: Database, bank: Bank, attempt_id: int, text: str, *, ui_lang: str = "en", company=None,
            user: str = repo.DEFAULT_USER) -> dict:
    """Save the user's correction of a transcribed answer first, then analyse the corrected text
    (delivery still comes from the recording's timings)."""
    if not text or not text.strip():
        raise EmptyAnswer()
    repo.correct_answer(db, attempt_id, text)
    analyse(db, bank, attempt_id, ui_lang=ui_lang, company=company, user=user)
    return repo.attempt(db, attempt_id)


def reanalyse(db: Database, bank: Bank, user: str = repo.DEFAULT_USER, ui_lang: str = "en") -> tuple[int, int]:
    """Analyse every saved or failed attempt again; returns (analysed, still failing)."""
    done = failed = 0
    for attempt_id in repo.pending(db, user):
        if analyse(db, bank, attempt_id, ui_lang=ui_lang, user=user):
            done += 1
        else:
            failed += 1
    return done, failed
