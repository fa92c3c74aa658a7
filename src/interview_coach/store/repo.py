"""Repository functions: everything the practice layer and the interfaces read and write."""

from __future__ import annotations

from datetime import datetime

import secrets

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from ..errors import Conflict, InvalidInput
from .db import Database
from .records import AttemptRecord, CompanyRecord, SessionRecord
from .models import Attempt, ChecklistState, CompanyProfileRecord, PracticeSession, ReviewCard, User, now

DEFAULT_USER = "local"
EXPORT_FORMAT = "interview-coach-export"
EXPORT_VERSION = 1


class ImportError_(InvalidInput, ValueError):
    """An export file that cannot be imported (wrong format, newer version, broken content)."""

    family = "import"

    def __init__(self, reason: str):
        super().__init__("broken", reason)

    def __str__(self) -> str:
        return self.detail


def get_user(s, name: str = DEFAULT_USER, create: bool = True) -> User | None:
    """The user by name, made on first use. Two first uses at once: the unique name lets one insert
    win and the other do nothing (INSERT ... ON CONFLICT DO NOTHING), then both read the same row."""
    user = s.scalar(select(User).where(User.name == name))
    if user is None and create:
        dialect = s.get_bind().dialect.name
        if dialect in ("sqlite", "postgresql"):
            from sqlalchemy.dialects.postgresql import insert as pg_insert
            from sqlalchemy.dialects.sqlite import insert as sqlite_insert

            insert = sqlite_insert if dialect == "sqlite" else pg_insert
            s.execute(insert(User).values(name=name, created_at=now()).on_conflict_do_nothing(index_elements=["name"]))
        else:
            s.add(User(name=name))
            s.flush()
        user = s.scalar(select(User).where(User.name == name))
    return user


class AccountExists(Conflict):
    def __init__(self, name: str):
        super().__init__("account-exists", name)


def create_account(db: Database, name: str, password_hash: str) -> None:
    try:
        with db.session() as s:
            if s.scalar(select(User).where(User.name == name)) is not None:
                raise AccountExists(name)
            s.add(User(name=name, password_hash=password_hash, session_token=secrets.token_urlsafe(32)))
    except IntegrityError:  # the same name registered at the same moment
        raise AccountExists(name) from None


def session_token(db: Database, name: str) -> str | None:
    """The token a login cookie of this user must carry (made when missing); None without the user."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.name == name))
        if user is None or not user.password_hash:
            return None
        if not user.session_token:
            user.session_token = secrets.token_urlsafe(32)
        return user.session_token


def end_sessions(db: Database, name: str) -> None:
    """Log the user out everywhere: a new token, so no cookie made before is valid."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.name == name))
        if user is not None:
            user.session_token = secrets.token_urlsafe(32)


def password_hash(db: Database, name: str) -> str | None:
    with db.session() as s:
        return s.scalar(select(User.password_hash).where(User.name == name))


def start_session(db: Database, user_name: str, lang: str, kind: str = "practice", plan: dict | None = None) -> int:
    with db.session() as s:
        session = PracticeSession(user_id=get_user(s, user_name).id, kind=kind, lang=lang,
                                  **({"plan": plan} if plan else {}))  # no plan: SQL NULL, not JSON null
        s.add(session)
        s.flush()
        return session.id


def save_attempt(db: Database, session_id: int, question_id: str | None, question_text: str, lang: str | None,
                 answer: str, started_at: datetime | None = None, duration_s: float | None = None,
                 transcript: dict | None = None, status: str = "saved") -> int:
    """Commit the answer before anything analyses it; returns the attempt id. ``status`` "draft": a
    half-typed answer kept when the user stopped, not analysed and not counted until it is finished."""
    with db.session() as s:
        attempt = Attempt(session_id=session_id, question_id=question_id, question_text=question_text, lang=lang,
                          answer_text=answer, started_at=started_at, duration_s=duration_s, status=status,
                          transcript=transcript)
        s.add(attempt)
        s.flush()
        return attempt.id


def record_feedback(db: Database, attempt_id: int, feedback: dict) -> None:
    with db.session() as s:
        attempt = s.get(Attempt, attempt_id)
        attempt.feedback, attempt.score = feedback, feedback.get("score")
        attempt.lang = feedback.get("language") or attempt.lang
        attempt.status, attempt.error = "analysed", None


def correct_answer(db: Database, attempt_id: int, text: str) -> None:
    """The user's correction of a transcribed answer: the text changes, the transcript (with its
    timings) stays, and the attempt waits for analysis again."""
    with db.session() as s:
        attempt = s.get(Attempt, attempt_id)
        attempt.answer_text, attempt.status, attempt.error = text, "saved", None


def record_failure(db: Database, attempt_id: int, error: str) -> None:
    with db.session() as s:
        attempt = s.get(Attempt, attempt_id)
        attempt.status, attempt.error = "failed", error


def drop_earlier_answers(db: Database, attempt_id: int) -> int:
    """In a mock interview a question is answered once: a new answer (already saved) replaces the
    earlier ones to the same question (same bank id, or the same closing question). Returns how many
    were removed."""
    with db.session() as s:
        new = s.get(Attempt, attempt_id)
        same = Attempt.question_id == new.question_id if new.question_id else \
            (Attempt.question_id.is_(None) & (Attempt.question_text == new.question_text))
        result = s.execute(delete(Attempt).where(Attempt.session_id == new.session_id, Attempt.id < attempt_id, same))
        return result.rowcount or 0


def open_draft(db: Database, user_name: str = DEFAULT_USER, kind: str = "practice") -> AttemptRecord | None:
    """The newest draft in an unfinished session of this kind: what ``practice --resume`` continues."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return None
        row = s.scalar(select(Attempt).join(PracticeSession)
                       .where(PracticeSession.user_id == user.id, PracticeSession.kind == kind,
                              PracticeSession.ended_at.is_(None), Attempt.status == "draft")
                       .order_by(Attempt.id.desc()).limit(1))
        return attempt_record(row) if row is not None else None


def open_mock(db: Database, user_name: str = DEFAULT_USER) -> tuple[int, str, dict, list[AttemptRecord]] | None:
    """The newest unfinished mock interview with a plan: (session id, language, plan, its answers)."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return None
        session = s.scalar(select(PracticeSession)
                           .where(PracticeSession.user_id == user.id, PracticeSession.kind == "mock",
                                  PracticeSession.ended_at.is_(None), PracticeSession.plan.is_not(None))
                           .order_by(PracticeSession.id.desc()).limit(1))
        if session is None or not isinstance(session.plan, dict):
            return None
        answers = s.scalars(select(Attempt).where(Attempt.session_id == session.id).order_by(Attempt.id)).all()
        return session.id, session.lang, session.plan, [attempt_record(a) for a in answers]


def session_plan(db: Database, session_id: int, user_name: str = DEFAULT_USER) -> dict | None:
    """The plan kept with one of this user's sessions (a mock interview's questions, job, company), or None."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return None
        session = s.scalar(select(PracticeSession).where(PracticeSession.id == session_id,
                                                         PracticeSession.user_id == user.id))
        return session.plan if session is not None and isinstance(session.plan, dict) else None


def end_session(db: Database, session_id: int) -> None:
    with db.session() as s:
        s.get(PracticeSession, session_id).ended_at = now()


def attempt_record(a: Attempt) -> AttemptRecord:
    return AttemptRecord(**_attempt_fields(a))


def _attempt_fields(a: Attempt) -> dict:
    return {"attempt_id": a.id, "session_id": a.session_id, "question_id": a.question_id,
            "question_text": a.question_text, "lang": a.lang, "answer": a.answer_text,
            "started_at": _iso(a.started_at), "submitted_at": _iso(a.submitted_at), "duration_s": a.duration_s,
            "status": a.status, "error": a.error, "score": a.score, "feedback": a.feedback,
            "transcript": a.transcript}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def sessions(db: Database, user_name: str = DEFAULT_USER) -> list[SessionRecord]:
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return []
        rows = s.scalars(select(PracticeSession).where(PracticeSession.user_id == user.id)
                         .options(selectinload(PracticeSession.attempts))
                         .order_by(PracticeSession.started_at, PracticeSession.id)).all()
        out = []
        for r in rows:
            scores = [a.score for a in r.attempts if a.score is not None]
            out.append(SessionRecord(session_id=r.id, kind=r.kind, lang=r.lang, started_at=_iso(r.started_at),
                                     ended_at=_iso(r.ended_at), attempts=len(r.attempts),
                                     mean_score=round(sum(scores) / len(scores), 1) if scores else None,
                                     dimensions=_mean_dimensions(r.attempts),
                                     questions=[a.question_id or a.question_text for a in r.attempts]))
        return out


def _mean_dimensions(attempts) -> dict[str, float]:
    """Mean of each feedback dimension over a session's analysed answers (null ones left out)."""
    values: dict[str, list[float]] = {}
    for a in attempts:
        for key, value in ((a.feedback or {}).get("dimensions") or {}).items():
            if value is not None:
                values.setdefault(key, []).append(value)
    return {k: round(sum(v) / len(v), 1) for k, v in values.items()}


def session_attempts(db: Database, session_id: int, user_name: str = DEFAULT_USER) -> list[AttemptRecord] | None:
    """The attempts of one of this user's sessions; None when it is not theirs or does not exist."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        session = s.get(PracticeSession, session_id)
        if user is None or session is None or session.user_id != user.id:
            return None
        return [attempt_record(a) for a in session.attempts]


def own_attempt(db: Database, attempt_id: int, user_name: str = DEFAULT_USER) -> AttemptRecord | None:
    """One of this user's attempts; None when it is not theirs or does not exist."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        attempt = s.get(Attempt, attempt_id)
        if user is None or attempt is None or attempt.session.user_id != user.id:
            return None
        return attempt_record(attempt)


def pending(db: Database, user_name: str = DEFAULT_USER) -> list[int]:
    """Attempts saved but not analysed (a crash, a kill, an engine error)."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return []
        return list(s.scalars(select(Attempt.id).join(PracticeSession)
                              .where(PracticeSession.user_id == user.id, Attempt.status.not_in(("analysed", "draft")))
                              .order_by(Attempt.id)))


def attempt(db: Database, attempt_id: int) -> AttemptRecord:
    with db.session() as s:
        return attempt_record(s.get(Attempt, attempt_id))


def previous_score(db: Database, question_id: str, before_attempt_id: int, user_name: str = DEFAULT_USER) -> int | None:
    """The score of this user's last analysed attempt at a question before the given attempt, in the same
    answer language: a try in Croatian is no baseline for one in German (it read "Compared with your last try:
    56 → 69" across the two)."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return None
        lang = s.scalar(select(Attempt.lang).where(Attempt.id == before_attempt_id))
        query = (select(Attempt.score).join(PracticeSession)
                 .where(PracticeSession.user_id == user.id, Attempt.question_id == question_id,
                        Attempt.id < before_attempt_id, Attempt.status == "analysed"))
        if lang:
            query = query.where(Attempt.lang == lang)
        return s.scalar(query.order_by(Attempt.id.desc()).limit(1))


def review_cards(db: Database, user_name: str = DEFAULT_USER) -> dict[str, dict]:
    """question id -> stored FSRS card (as a dict)."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return {}
        return {c.question_id: c.card for c in s.scalars(select(ReviewCard).where(ReviewCard.user_id == user.id))}


def save_review_card(db: Database, question_id: str, card: dict, due: datetime, user_name: str = DEFAULT_USER) -> None:
    with db.session() as s:
        user = get_user(s, user_name)
        row = s.scalar(select(ReviewCard).where(ReviewCard.user_id == user.id, ReviewCard.question_id == question_id))
        if row is None:
            s.add(ReviewCard(user_id=user.id, question_id=question_id, card=card, due=due))
        else:
            row.card, row.due = card, due


def save_company(db: Database, name: str, about: str | None, language: str, keywords: list[str],
                 user_name: str = DEFAULT_USER, advert: dict | None = None) -> None:
    with db.session() as s:
        user = get_user(s, user_name)
        row = s.scalar(select(CompanyProfileRecord).where(CompanyProfileRecord.user_id == user.id,
                                                          CompanyProfileRecord.name == name))
        if row is None:
            s.add(CompanyProfileRecord(user_id=user.id, name=name, about=about, language=language, keywords=keywords,
                                       advert=advert))
        else:
            row.about, row.language, row.keywords, row.advert = about, language, keywords, advert


def companies(db: Database, user_name: str = DEFAULT_USER) -> list[CompanyRecord]:
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return []
        rows = s.scalars(select(CompanyProfileRecord).where(CompanyProfileRecord.user_id == user.id)
                         .order_by(CompanyProfileRecord.name))
        return [CompanyRecord(name=c.name, language=c.language, keywords=c.keywords or [], about=c.about,
                              advert=c.advert) for c in rows]


def checklist(db: Database, user_name: str = DEFAULT_USER) -> dict[str, bool]:
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return {}
        return {c.item_id: c.done for c in s.scalars(select(ChecklistState).where(ChecklistState.user_id == user.id))}


def set_checklist(db: Database, item_id: str, done: bool, user_name: str = DEFAULT_USER) -> None:
    with db.session() as s:
        user = get_user(s, user_name)
        row = s.scalar(select(ChecklistState).where(ChecklistState.user_id == user.id, ChecklistState.item_id == item_id))
        if row is None:
            s.add(ChecklistState(user_id=user.id, item_id=item_id, done=done))
        else:
            row.done = done


def export_all(db: Database, user_name: str = DEFAULT_USER) -> dict:
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        data = {"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "exported_at": now().isoformat(),
                "user": {"name": user_name}, "sessions": [], "companies": [], "checklist": [], "review_cards": []}
        if user is None:
            return data
        data["user"]["ui_lang"] = user.ui_lang
        for r in s.scalars(select(PracticeSession).where(PracticeSession.user_id == user.id).order_by(PracticeSession.id)):
            data["sessions"].append({"kind": r.kind, "lang": r.lang, "started_at": _iso(r.started_at),
                                     "ended_at": _iso(r.ended_at),
                                     "attempts": [{k: v for k, v in _attempt_fields(a).items()
                                                   if k not in ("attempt_id", "session_id")} for a in r.attempts]})
        for c in s.scalars(select(CompanyProfileRecord).where(CompanyProfileRecord.user_id == user.id)):
            data["companies"].append({"name": c.name, "about": c.about, "language": c.language, "keywords": c.keywords,
                                      "advert": c.advert})
        for c in s.scalars(select(ChecklistState).where(ChecklistState.user_id == user.id)):
            data["checklist"].append({"item_id": c.item_id, "done": c.done})
        for c in s.scalars(select(ReviewCard).where(ReviewCard.user_id == user.id).order_by(ReviewCard.id)):
            data["review_cards"].append({"question_id": c.question_id, "card": c.card, "due": _iso(c.due)})
        return data


def _when(value) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportError_("a date is not text")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise ImportError_(f"not a date: {value!r}") from None


def import_all(db: Database, data: dict, user_name: str = DEFAULT_USER) -> dict:
    """Add an export's sessions, companies and checklist to this user's data, all or nothing."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise ImportError_("not an interview-coach export")
    if not isinstance(data.get("version"), int) or data["version"] > EXPORT_VERSION:
        raise ImportError_(f"export version {data.get('version')!r} is newer than this program ({EXPORT_VERSION})")
    counts = {"sessions": 0, "attempts": 0, "companies": 0, "checklist": 0, "skipped_sessions": 0}
    try:
        with db.session() as s:
            user = get_user(s, user_name)
            have = {_fingerprint(_iso(r.started_at), r.kind, [a.answer_text for a in r.attempts])
                    for r in s.scalars(select(PracticeSession).where(PracticeSession.user_id == user.id)
                                       .options(selectinload(PracticeSession.attempts)))}
            for sess in _list(data.get("sessions"), "sessions"):
                attempts = [_checked_attempt(a) for a in _list(sess.get("attempts"), "attempts")]
                kind = sess.get("kind", "practice")
                if kind not in ("practice", "mock") or sess.get("lang") not in LANGS:
                    raise ImportError_(f"a session of unknown kind or language ({kind!r}, {sess.get('lang')!r})")
                started = _when(sess.get("started_at")) or now()
                key = _fingerprint(_iso(started), kind, [a["answer_text"] for a in attempts])
                if key in have:  # the same export imported again: nothing doubles
                    counts["skipped_sessions"] += 1
                    continue
                have.add(key)
                row = PracticeSession(user_id=user.id, kind=kind, lang=sess["lang"], started_at=started,
                                      ended_at=_when(sess.get("ended_at")))
                s.add(row)
                s.flush()
                counts["sessions"] += 1
                for a in attempts:
                    s.add(Attempt(session_id=row.id, **a))
                    counts["attempts"] += 1
            for c in data.get("companies", []):
                existing = s.scalar(select(CompanyProfileRecord).where(CompanyProfileRecord.user_id == user.id,
                                                                       CompanyProfileRecord.name == c["name"]))
                if existing is None:
                    s.add(CompanyProfileRecord(user_id=user.id, name=c["name"], about=c.get("about"),
                                               language=c.get("language"), keywords=c.get("keywords"),
                                               advert=c.get("advert") if isinstance(c.get("advert"), dict) else None))
                    counts["companies"] += 1
            for c in data.get("checklist", []):
                state = s.scalar(select(ChecklistState).where(ChecklistState.user_id == user.id,
                                                              ChecklistState.item_id == c["item_id"]))
                if state is None:
                    s.add(ChecklistState(user_id=user.id, item_id=c["item_id"], done=bool(c.get("done"))))
                else:
                    state.done = bool(c.get("done"))
                counts["checklist"] += 1
            for c in data.get("review_cards", []):
                row = s.scalar(select(ReviewCard).where(ReviewCard.user_id == user.id,
                                                        ReviewCard.question_id == c["question_id"]))
                if row is None:
                    s.add(ReviewCard(user_id=user.id, question_id=c["question_id"], card=c["card"],
                                     due=_when(c["due"]) or now()))
            s.flush()
    except (KeyError, TypeError, AttributeError, ValueError, RecursionError) as exc:
        if isinstance(exc, ImportError_):
            raise
        raise ImportError_(f"broken content ({type(exc).__name__}: {str(exc)[:200]})") from None
    return counts


LANGS = ("hr", "de", "en")
STATUSES = ("saved", "analysed", "failed")


def _list(value, what: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportError_(f"'{what}' is not a list")
    return value


def _fingerprint(started: str | None, kind: str, answers: list[str]) -> tuple:
    return (started[:19] if started else None, kind, tuple(answers))


def _checked_attempt(a) -> dict:
    """One exported attempt as the columns of a row, each value of the type the program reads back
    (a score of "abc" would break history, progress and reports for good)."""
    if not isinstance(a, dict) or not isinstance(a.get("answer"), str) or not isinstance(a.get("question_text"), str):
        raise ImportError_("an attempt without answer or question text")
    score, duration = a.get("score"), a.get("duration_s")
    if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 100):
        raise ImportError_(f"a score that is not a number from 0 to 100: {score!r}"[:120])
    if duration is not None and (isinstance(duration, bool) or not isinstance(duration, (int, float)) or not 0 <= duration <= 36_000):
        raise ImportError_(f"a duration that is not a number of seconds: {duration!r}"[:120])
    for key in ("feedback", "transcript"):
        if a.get(key) is not None and not isinstance(a[key], dict):
            raise ImportError_(f"'{key}' is not an object")
    qid, lang = a.get("question_id"), a.get("lang")
    if qid is not None and (not isinstance(qid, str) or len(qid) > 120):
        raise ImportError_("a question id that is not a short text")
    if lang is not None and lang not in LANGS:
        raise ImportError_(f"an answer language that is not hr, de or en: {lang!r}"[:120])
    status = a.get("status") if a.get("status") in STATUSES else "saved"
    if status == "analysed" and not isinstance(a.get("feedback"), dict):
        status = "saved"  # nothing to show: analyse it again
    return dict(question_id=qid, question_text=a["question_text"], lang=lang, answer_text=a["answer"],
                started_at=_when(a.get("started_at")), submitted_at=_when(a.get("submitted_at")) or now(),
                duration_s=float(duration) if duration is not None else None, status=status,
                error=str(a["error"])[:2000] if a.get("error") is not None else None, score=score,
                feedback=a.get("feedback"), transcript=a.get("transcript"))


def delete_all(db: Database, user_name: str = DEFAULT_USER) -> dict:
    """Delete the user and everything of theirs (sessions, attempts, companies, checklist)."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return {"sessions": 0, "attempts": 0}
        session_ids = select(PracticeSession.id).where(PracticeSession.user_id == user.id)
        n_attempts = s.scalar(select(func.count(Attempt.id)).where(Attempt.session_id.in_(session_ids)))
        n_sessions = s.scalar(select(func.count(PracticeSession.id)).where(PracticeSession.user_id == user.id))
        s.execute(delete(Attempt).where(Attempt.session_id.in_(session_ids)))
        s.execute(delete(PracticeSession).where(PracticeSession.user_id == user.id))
        s.execute(delete(CompanyProfileRecord).where(CompanyProfileRecord.user_id == user.id))
        s.execute(delete(ChecklistState).where(ChecklistState.user_id == user.id))
        s.execute(delete(ReviewCard).where(ReviewCard.user_id == user.id))
        s.execute(delete(User).where(User.id == user.id))
        return {"sessions": n_sessions, "attempts": n_attempts}
