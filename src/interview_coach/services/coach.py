"""The services' shared state for one process: the settings, the bank and the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..bank import Bank, default_bank
from ..settings import Settings
from ..store import Database, open_database
from ..store.repo import DEFAULT_USER

__all__ = ["Coach", "open_coach", "DEFAULT_USER"]


@dataclass
class Coach:
    """Built once at start-up from the settings; the database opens on first use (so commands that
    do not store anything work while it is down), the bank loads once."""

    settings: Settings
    _bank: Bank | None = None
    _db: Database | None = field(default=None, repr=False)
    analyser: Callable | None = field(default=None, repr=False)  # engine.feedback elsewhere (analysis.py)

    @property
    def bank(self) -> Bank:
        """The core bank with the user's packs. Raises ``BankError`` (a CoachError) when one is broken."""
        if self._bank is None:
            self._bank = default_bank(tuple(self.settings.pack_dirs()))
        return self._bank

    @property
    def db(self) -> Database:
        """Raises ``StoreError`` (a CoachError) when the database cannot be used."""
        if self._db is None:
            self._db = open_database(self.settings.database())
        return self._db

    def feedback(self, question=None, answer: str = "", **kwargs):
        """``engine.feedback`` with this coach's bank and switched-off checks, where the analysis
        runs (this thread, or the child processes of ``services.analysis``)."""
        kwargs.setdefault("disabled", self.settings.disabled_checks)
        if self.analyser is not None:
            return self.analyser(question, answer, **kwargs)
        from ..engine import feedback

        return feedback(question, answer, bank=self.bank, **kwargs)


def open_coach(settings: Settings | None = None, bank: Bank | None = None, db: Database | None = None) -> Coach:
    return Coach(settings or Settings(), bank, db)
