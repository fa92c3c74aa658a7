"""Helpers shared by several commands: the bank with the user's packs, category names."""

from __future__ import annotations

from ..bank import BankError
from ..i18n.labels import CATEGORY_NAMES
from .context import coach
from .ui import fail, tr


def category_name(category: str) -> str:
    return tr(CATEGORY_NAMES.get(category, category))


def get_bank():
    try:
        return coach().bank
    except BankError as exc:
        lines = "\n".join(f"  {p}" for p in exc.problems)
        fail(tr("The question bank could not be loaded:") + "\n" + lines)


def get_question(bank, qid: str):
    try:
        return bank.question(qid)
    except KeyError:
        fail(tr("Unknown question id '{qid}'. Known ids: {known}", qid=qid, known=", ".join(sorted(bank.questions))))
