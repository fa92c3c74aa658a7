"""Practice: choosing questions, saving answers before analysing them, re-analysing later.

Save first, analyse second: an answer is committed before the engine runs, so a crash, a kill or an
engine error never loses what the user typed; a failed analysis can be re-run later. When the
database itself fails, the answer goes to a file in the data folder, and the error says where.
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from ..answers import AnswerError, clean_text
from ..bank import Question
from ..errors import NotFound
from ..speech.transcript import Transcript
from ..store import StoreError, repo
from .coach import DEFAULT_USER, Coach
from .models import AttemptRecord
from .scheduling import next_questions as _next_questions
from .scheduling import review


class EmptyAnswer(AnswerError):
    """Nothing was typed: nothing to save."""

    def __init__(self):
        super().__init__("empty", "empty answer")


def keep_unsaved(coach: Coach, answer: str, question: str) -> Path | None:
    """When the database fails, the typed answer goes to a file, so it is never lost: in the data
    folder, or, when that cannot be written either (read-only, full), in the temporary folder.
    None when no file can be written at all (the interface then shows the text itself)."""
    import tempfile

    name = f"answer-{time.strftime('%Y%m%d-%H%M%S')}-{int(time.time() * 1000) % 1000:03d}.txt"
    for folder in (lambda: coach.settings.folder("unsaved"),
                   lambda: Path(tempfile.gettempdir()) / "interview-coach-unsaved"):
        try:
            path = folder() / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(f"{question}\n\n{answer}", "utf-8")
            return path
        except OSError:
            continue
    return None


def saving(coach: Coach, typed: str, question: str, fn, *args, **kwargs):
    """Call ``fn`` that stores what the user typed; if the database fails, the text goes to a file
    first and the ``StoreError`` carries its path as ``details["kept"]``."""
    try:
        return fn(*args, **kwargs)
    except StoreError as exc:
        kept = keep_unsaved(coach, typed, question)
        if kept is not None:
            exc.details["kept"] = str(kept)
        else:
            exc.details["unsaved_text"] = typed
        raise


def start_session(coach: Coach, lang: str, user: str = DEFAULT_USER, kind: str = "practice") -> int:
    return repo.start_session(coach.db, user, lang, kind=kind)


def end_session(coach: Coach, session_id: int) -> None:
    repo.end_session(coach.db, session_id)


def next_questions(coach: Coach, n: int = 1, category: str | None = None, user: str = DEFAULT_USER,
                   role: str | None = None) -> list[Question]:
    """The questions to practise next (spaced repetition), of one category or job when given."""
    return _next_questions(coach.db, coach.bank, n, category, user=user, role=role)


def answer(coach: Coach, question: Question | None, text: str, *, question_text: str | None = None,
           lang: str | None = None, ui_lang: str = "en", session_id: int | None = None, user: str = DEFAULT_USER,
           company=None, started_at: datetime | None = None, duration_s: float | None = None,
           transcript: Transcript | None = None, answer_lang: str = "auto",
           disabled: tuple[str, ...] | None = None) -> AttemptRecord:
    """Store the answer, then analyse it. Returns the attempt (with ``feedback`` when analysed).

    A spoken answer passes its ``transcript`` (``text`` is then the transcript's text): it is stored
    with the attempt, so delivery feedback can be recomputed and the text corrected later.

    ``lang`` is the practice language (the question is shown in it); the answer's own language is
    detected (unless ``answer_lang`` names it), so a user may answer in another language than the one
    practised. ``disabled``: checks switched off for this answer (default: the settings').
    """
    if not isinstance(text, str) or not text.strip():
        raise EmptyAnswer()
    text = clean_text(text)
    question_text = clean_text(question_text) if question_text else question_text
    practice_lang = lang or ui_lang
    shown = question.in_lang(practice_lang).text if question else (question_text or "").strip()

    def save() -> int:
        sid = session_id if session_id is not None else repo.start_session(coach.db, user, practice_lang)
        return repo.save_attempt(coach.db, sid, question.id if question else None, shown, None, text,
                                 started_at=started_at,
                                 duration_s=round(transcript.duration, 1) if duration_s is None and transcript else duration_s,
                                 transcript=transcript.to_json() if transcript is not None else None)

    attempt_id = saving(coach, text, shown, save)
    analyse(coach, attempt_id, question, ui_lang=ui_lang, company=company, lang=answer_lang, user=user,
            disabled=disabled)
    return repo.attempt(coach.db, attempt_id)


def save_draft(coach: Coach, question: Question, text: str, *, lang: str, session_id: int | None = None,
               user: str = DEFAULT_USER, started_at: datetime | None = None,
               duration_s: float | None = None) -> AttemptRecord:
    """Keep a half-typed answer (the user stopped): saved, not analysed, not counted in any mean,
    and offered again by ``resume``."""
    text = clean_text(text)
    shown = question.in_lang(lang).text

    def save() -> int:
        sid = session_id if session_id is not None else repo.start_session(coach.db, user, lang)
        return repo.save_attempt(coach.db, sid, question.id, shown, None, text, started_at=started_at,
                                 duration_s=duration_s, status="draft")

    return repo.attempt(coach.db, saving(coach, text, shown, save))


def resume(coach: Coach, user: str = DEFAULT_USER) -> AttemptRecord | None:
    """The draft to continue, in the newest unfinished practice session; None when there is none."""
    draft = repo.open_draft(coach.db, user)
    return draft if draft is not None and draft.question_id in coach.bank.questions else None


def finish_draft(coach: Coach, draft: AttemptRecord, text: str, *, lang: str, ui_lang: str, company=None,
                 user: str = DEFAULT_USER, **kwargs) -> AttemptRecord:
    """The resumed answer, saved and analysed in the draft's session; the draft itself is replaced."""
    result = answer(coach, coach.bank.question(draft.question_id), text, lang=lang, ui_lang=ui_lang,
                    session_id=draft.session_id, user=user, company=company, **kwargs)
    repo.drop_earlier_answers(coach.db, result.attempt_id)
    return result


def analyse(coach: Coach, attempt_id: int, question: Question | None = None, *, ui_lang: str = "en",
            company=None, lang: str = "auto", user: str = DEFAULT_USER, disabled: tuple[str, ...] | None = None) -> bool:
    """Run the engine on a saved attempt; record the feedback or the failure. True when analysed."""
    a = repo.attempt(coach.db, attempt_id)
    if question is None and a.question_id:
        question = coach.bank.questions.get(a.question_id)
    transcript = Transcript.from_json(a.transcript) if a.transcript else None
    try:
        fb = coach.feedback(question, a.answer, question_text=None if question else a.question_text,
                            lang=a.lang or lang, ui_lang=ui_lang, company=company, transcript=transcript,
                            **({"disabled": disabled} if disabled is not None else {}))
    except AnswerError as exc:
        repo.record_failure(coach.db, attempt_id, f"{exc.code}: {exc}")
        return False
    except Exception as exc:  # noqa: BLE001 - any engine failure leaves the saved answer for reanalyse
        repo.record_failure(coach.db, attempt_id, f"engine: {type(exc).__name__}: {exc}")
        return False
    repo.record_feedback(coach.db, attempt_id, fb.to_json())
    if question is not None and fb.judged:
        review(coach.db, question.id, fb.score, user=user)
    return True


def own_attempt(coach: Coach, attempt_id: int, user: str = DEFAULT_USER) -> AttemptRecord:
    """One of this user's answers; ``NotFound`` when it is not theirs or does not exist."""
    found = repo.own_attempt(coach.db, attempt_id, user) if 0 < attempt_id < 2**31 else None
    if found is None:
        raise NotFound("unknown-attempt", str(attempt_id), attempt_id=attempt_id)
    return found


def correct(coach: Coach, attempt_id: int, text: str, *, ui_lang: str = "en", company=None,
            user: str = DEFAULT_USER) -> AttemptRecord:
    """Save the user's correction of a transcribed answer first, then analyse the corrected text
    (delivery still comes from the recording's timings). Only spoken answers can be corrected."""
    if own_attempt(coach, attempt_id, user).transcript is None:
        raise NotFound("unknown-attempt", str(attempt_id), attempt_id=attempt_id)
    if not text or not text.strip():
        raise EmptyAnswer()
    repo.correct_answer(coach.db, attempt_id, clean_text(text))
    analyse(coach, attempt_id, ui_lang=ui_lang, company=company, user=user)
    return repo.attempt(coach.db, attempt_id)


def previous_score(coach: Coach, question_id: str, before_attempt_id: int, user: str = DEFAULT_USER) -> int | None:
    """The user's last score on this question before the given attempt (for "20 → 49")."""
    return repo.previous_score(coach.db, question_id, before_attempt_id, user)


def reanalyse(coach: Coach, user: str = DEFAULT_USER, ui_lang: str = "en") -> tuple[int, int]:
    """Analyse every saved or failed attempt again; returns (analysed, still failing)."""
    done = failed = 0
    for attempt_id in repo.pending(coach.db, user):
        if analyse(coach, attempt_id, ui_lang=ui_lang, user=user):
            done += 1
        else:
            failed += 1
    return done, failed
