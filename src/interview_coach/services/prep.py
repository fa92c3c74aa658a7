"""Preparation: the checklist with ticks that persist, and questions to ask the interviewer."""

from __future__ import annotations

from ..errors import NotFound
from ..store import repo
from .coach import DEFAULT_USER, Coach
from .models import ChecklistItemState


def checklist(coach: Coach, lang: str, user: str = DEFAULT_USER) -> list[ChecklistItemState]:
    done = repo.checklist(coach.db, user)
    return [ChecklistItemState(id=c.id, group=c.group, text=c.text, done=done.get(c.id, False))
            for c in coach.bank.prep_in(lang).checklist]


def ticks(coach: Coach, user: str = DEFAULT_USER) -> dict[str, bool]:
    return repo.checklist(coach.db, user)


def tick(coach: Coach, item_id: str, done: bool, user: str = DEFAULT_USER) -> None:
    if item_id not in {c.id for c in coach.bank.prep_in("en").checklist}:
        raise NotFound("unknown-item", item_id, item_id=item_id)
    repo.set_checklist(coach.db, item_id, done, user)
