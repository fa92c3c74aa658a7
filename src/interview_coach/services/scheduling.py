"""Which question to practise next: spaced repetition (FSRS, the ``fsrs`` package) over the user's
own results. A weak answer brings its question back soon; a strong one pushes it further out."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler

from ..bank import Bank, Question
from ..store import repo
from ..store.db import Database

# Interview answers are practised over days, not seconds: first review after 10 minutes, then a day.
SCHEDULER = Scheduler(learning_steps=(timedelta(minutes=10), timedelta(days=1)),
                      relearning_steps=(timedelta(hours=1),), enable_fuzzing=False)


def rating_for(score: int | None) -> Rating:
    if score is None or score < 50:
        return Rating.Again
    if score < 70:
        return Rating.Hard
    if score < 85:
        return Rating.Good
    return Rating.Easy


def review(db: Database, question_id: str, score: int | None, when: datetime | None = None,
           user: str = repo.DEFAULT_USER) -> datetime:
    """Record one answer's result; returns when the question is due again."""
    stored = repo.review_cards(db, user).get(question_id)
    card = Card.from_dict(stored) if stored else Card()
    card, _ = SCHEDULER.review_card(card, rating_for(score), review_datetime=when or datetime.now(timezone.utc))
    repo.save_review_card(db, question_id, card.to_dict(), card.due, user)
    return card.due


def next_questions(db: Database, bank: Bank, n: int = 1, category: str | None = None,
                   user: str = repo.DEFAULT_USER, now: datetime | None = None, role: str | None = None) -> list[Question]:
    """Due questions first (most overdue first), then new ones (bank order), then the rest by due date;
    only questions of ``category`` and asked for ``role`` when given."""
    now = now or datetime.now(timezone.utc)
    cards = repo.review_cards(db, user)
    pool = [q for q in bank.for_role(role) if not category or q.category == category]

    def due_of(q: Question) -> datetime:
        due = datetime.fromisoformat(cards[q.id]["due"])
        return due if due.tzinfo else due.replace(tzinfo=timezone.utc)

    due = sorted((q for q in pool if q.id in cards and due_of(q) <= now), key=due_of)
    new = [q for q in pool if q.id not in cards]
    later = sorted((q for q in pool if q.id in cards and due_of(q) > now), key=due_of)
    return (due + new + later)[:max(0, n)]
