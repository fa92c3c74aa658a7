"""Checks: units of one protocol (:mod:`.base`), run by the engine in the order of :mod:`.registry`.
A few check types are code; most checks are per-language data in ``rules/{hr,de,en}``.

Every check has a dotted id; checks switch off by prefix (``wording`` turns off all wording rules).
"""

from __future__ import annotations


def all_check_ids(lang: str = "en") -> list[str]:
    from .registry import check_ids

    return check_ids(lang)


def switch(disabled: tuple[str, ...] | list[str] = ()):
    """A predicate: is this check id enabled, given the disabled dotted prefixes?"""
    prefixes = tuple(p.strip().rstrip(".") for p in disabled if p and p.strip())

    def enabled(check_id: str) -> bool:
        return not any(check_id == p or check_id.startswith(p + ".") for p in prefixes)

    return enabled


def unknown(disabled: tuple[str, ...] | list[str]) -> list[str]:
    """The ids in ``disabled`` that name no check (nor a group of checks) in any language."""
    from .. import LANGUAGES

    known = {i for lang in LANGUAGES for i in all_check_ids(lang)}
    wanted = [p.strip().rstrip(".") for p in disabled if p and p.strip()]
    return [p for p in wanted if not any(k == p or k.startswith(p + ".") for k in known)]
