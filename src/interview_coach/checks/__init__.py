"""Checks: a few check types in code, most checks as per-language data in ``rules/{hr,de,en}``.

Every check has a dotted id; checks switch off by prefix (``wording`` turns off all wording rules).
"""

from __future__ import annotations

CODE_CHECKS = (
    "content.relevance",
    "content.key_points",
    "content.elements",
    "content.star",
    "content.company_fit",
    "content.pitfalls",
    "register.mixed_language",
    "delivery.length",
)


def all_check_ids(lang: str = "en") -> list[str]:
    from .pitfalls import catalogue
    from .rules import wording_rules

    return list(CODE_CHECKS) + [p.check_id for p in catalogue(lang)] + [r.id for r in wording_rules(lang)]


def switch(disabled: tuple[str, ...] | list[str] = ()):
    """A predicate: is this check id enabled, given the disabled dotted prefixes?"""
    prefixes = tuple(p.strip().rstrip(".") for p in disabled if p and p.strip())

    def enabled(check_id: str) -> bool:
        return not any(check_id == p or check_id.startswith(p + ".") for p in prefixes)

    return enabled
