"""The services' shared state for one process: the settings, the bank and the database."""

from __future__ import annotations

from dataclasses import dataclass, field

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


def open_coach(settings: Settings | None = None, bank: Bank | None = None, db: Database | None = None) -> Coach:
    return Coach(settings or Settings(), bank, db)
