"""Accounts for the multi-user server: register and check a password (argon2 hashes)."""

from __future__ import annotations

from ..store import repo
from .coach import DEFAULT_USER, Coach

__all__ = ["DEFAULT_USER", "register", "password_hash"]


def register(coach: Coach, name: str, password_hash: str) -> None:
    """``Conflict("account-exists")`` when the name is taken."""
    repo.create_account(coach.db, name, password_hash)


def password_hash(coach: Coach, name: str) -> str | None:
    return repo.password_hash(coach.db, name)


def session_token(coach: Coach, name: str) -> str | None:
    """What a login cookie of ``name`` must carry; None when there is no such account (any more)."""
    return repo.session_token(coach.db, name)


def log_out_everywhere(coach: Coach, name: str) -> None:
    repo.end_sessions(coach.db, name)
