"""Small state every web process shares through the database: rate counts for logins and
registrations, answers kept over a login expiry, and the form nonces that make a double submit
show its first result."""

from __future__ import annotations

import secrets
import time
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from .db import Database
from .models import FormSubmission, RateCount, WebDraft, now
from .repo import get_user

DRAFT_TTL = timedelta(hours=1)
FORGET_S = 86_400  # counts (an address, an account name) older than a day are deleted


def hit(db: Database, key: str, limit: int, window_s: int) -> bool:
    """Count one hit of ``key``; False (not counted) when ``limit`` hits were counted in the
    ``window_s`` seconds since the window opened (with the first hit after the last window).
    The count is one conditional UPDATE, or the first INSERT, under the row's lock, so hits sent at
    once from several processes are all counted."""
    key, moment = key[:300], int(time.time())
    with db.session() as s:
        changed = s.execute(update(RateCount).where(RateCount.key == key, RateCount.window > moment - window_s,
                                                    RateCount.hits < limit)
                            .values(hits=RateCount.hits + 1)).rowcount
        if changed:
            return True
        row = s.get(RateCount, key, with_for_update=True)
        if row is None:
            s.execute(delete(RateCount).where(RateCount.window < moment - FORGET_S))  # old counts go
            try:
                with s.begin_nested():
                    s.add(RateCount(key=key, window=moment, hits=1))
                return True
            except IntegrityError:  # another process made it first: count there
                row = s.get(RateCount, key, with_for_update=True, populate_existing=True)
        if row.window <= moment - window_s:  # the window has passed: a new one opens
            row.window, row.hits = moment, 1
            return True
        if row.hits < limit:
            row.hits += 1
            return True
        return False


def clear(db: Database, key: str) -> None:
    with db.session() as s:
        s.execute(delete(RateCount).where(RateCount.key == key[:300]))


def keep_draft(db: Database, question_id: str, answer: str) -> str:
    token = secrets.token_urlsafe(16)[:22]
    with db.session() as s:
        s.execute(delete(WebDraft).where(WebDraft.created_at < now() - DRAFT_TTL))
        s.add(WebDraft(token=token, question_id=question_id[:120], answer=answer[:100_000]))
    return token


def take_draft(db: Database, token: str | None) -> tuple[str, str] | None:
    if not token:
        return None
    with db.session() as s:
        draft = s.get(WebDraft, token[:32])
        if draft is None or draft.created_at.replace(tzinfo=None) < (now() - DRAFT_TTL).replace(tzinfo=None):
            return None
        s.delete(draft)
        return draft.question_id, draft.answer


def submitted(db: Database, user_name: str, nonce: str) -> int | None:
    """The answer a form with this nonce already saved, if any."""
    with db.session() as s:
        user = get_user(s, user_name, create=False)
        if user is None:
            return None
        return s.scalar(select(FormSubmission.attempt_id).where(FormSubmission.user_id == user.id,
                                                                FormSubmission.nonce == nonce[:64]))


def mark_submitted(db: Database, user_name: str, nonce: str, attempt_id: int) -> None:
    try:
        with db.session() as s:
            s.add(FormSubmission(user_id=get_user(s, user_name).id, nonce=nonce[:64], attempt_id=attempt_id))
    except IntegrityError:
        pass  # the same form, sent twice at once: the first one is remembered
