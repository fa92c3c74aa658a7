"""The tables. Changing them needs a new migration in ``migrations/versions``."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def now() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    ui_lang: Mapped[str | None] = mapped_column(String(5))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    session_token: Mapped[str | None] = mapped_column(String(64))  # every login cookie carries it (0006)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    sessions: Mapped[list["PracticeSession"]] = relationship(back_populates="user", cascade="all, delete-orphan")


class PracticeSession(Base):
    __tablename__ = "practice_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="practice")  # practice | mock
    lang: Mapped[str] = mapped_column(String(5))
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company_profiles.id", ondelete="SET NULL"))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    plan: Mapped[dict | None] = mapped_column(JSON)  # a mock interview's question ids, in order (0008)
    user: Mapped[User] = relationship(back_populates="sessions")
    attempts: Mapped[list["Attempt"]] = relationship(back_populates="session", cascade="all, delete-orphan",
                                                     order_by="Attempt.id")


class Attempt(Base):
    """One answer. Saved (status 'saved') before the engine runs; 'analysed' or 'failed' after."""

    __tablename__ = "attempts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_sessions.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str | None] = mapped_column(String(120), index=True)
    question_text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str | None] = mapped_column(String(5))
    answer_text: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    duration_s: Mapped[float | None] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(20), default="saved")  # saved | analysed | failed
    error: Mapped[str | None] = mapped_column(Text)
    score: Mapped[int | None] = mapped_column(Integer)
    feedback: Mapped[dict | None] = mapped_column(JSON)
    transcript: Mapped[dict | None] = mapped_column(JSON)  # spoken answers (0004)
    session: Mapped[PracticeSession] = relationship(back_populates="attempts")


class CompanyProfileRecord(Base):
    __tablename__ = "company_profiles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    about: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(5))
    keywords: Mapped[list | None] = mapped_column(JSON)
    advert: Mapped[dict | None] = mapped_column(JSON)  # a job advert's reading (0005); null for "About us"
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    __table_args__ = (UniqueConstraint("user_id", "name"),)


class ChecklistState(Base):
    __tablename__ = "checklist_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    item_id: Mapped[str] = mapped_column(String(120))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)
    __table_args__ = (UniqueConstraint("user_id", "item_id"),)


class ReviewCard(Base):
    """The spaced-repetition state (an FSRS card) of one question for one user."""

    __tablename__ = "review_cards"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(120))
    card: Mapped[dict] = mapped_column(JSON)
    due: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    __table_args__ = (UniqueConstraint("user_id", "question_id"),)


class RecordingJob(Base):
    """A spoken answer on its way to feedback (0007): what the user sent, who sent it and how far it
    got. Every web process and worker reads and writes the same row, so any of them can show the
    progress, and a job survives a restart. ``attempt_id`` is set once, in the transaction that saves
    the transcript as an answer: a job retried after a kill never saves its answer twice."""

    __tablename__ = "recording_jobs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(120))
    qlang: Mapped[str] = mapped_column(String(5))
    ui_lang: Mapped[str] = mapped_column(String(5))
    session_id: Mapped[int | None] = mapped_column(ForeignKey("practice_sessions.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="queued", index=True)  # queued | checking | transcribing | analysing | done | failed
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="SET NULL"))
    error_code: Mapped[str | None] = mapped_column(String(40))
    error: Mapped[str | None] = mapped_column(Text)
    runs: Mapped[int] = mapped_column(Integer, default=0)  # how often a process started on it
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, onupdate=now)


class Recording(Base):
    """The uploaded audio of a job until it is transcribed, then deleted (0007): in the database so a
    worker on another machine can read it."""

    __tablename__ = "recordings"
    job_id: Mapped[str] = mapped_column(ForeignKey("recording_jobs.id", ondelete="CASCADE"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class RateCount(Base):
    """Login and registration attempts per key in a window opened by the first of them (0007),
    shared by every process."""

    __tablename__ = "rate_counts"
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    window: Mapped[int] = mapped_column(Integer)  # when the window opened (epoch seconds)
    hits: Mapped[int] = mapped_column(Integer, default=0)


class WebDraft(Base):
    """An answer typed while the login ran out (0007), kept an hour for whichever process serves the
    next page; the cookie holds only its token."""

    __tablename__ = "web_drafts"
    token: Mapped[str] = mapped_column(String(32), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(120))
    answer: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now, index=True)


class FormSubmission(Base):
    """A form's one-time nonce and the answer it saved (0007): a double submit, to any process, shows
    the first result instead of saving the answer twice."""

    __tablename__ = "form_submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    nonce: Mapped[str] = mapped_column(String(64))
    attempt_id: Mapped[int] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    __table_args__ = (UniqueConstraint("user_id", "nonce"),)
