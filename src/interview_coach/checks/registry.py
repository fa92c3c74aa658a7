"""The one registry of checks: the engine runs it, ``--disable`` and ``checks list`` read it, the docs
and the tests are held to it.

The order is the order of running (a check may read an earlier one's outcome: the relevance tells
the others whether the answer is off-topic; the pitfalls mark the sentences that cover nothing) and
of advice of equal priority.
"""

from __future__ import annotations

from ..speech.delivery import Delivery
from .base import Check
from .company_fit import CompanyFit
from .coverage import Elements, KeyPoints
from .length import Length
from .pitfalls import Pitfalls
from .relevance import Relevance
from .star import Story
from .wording import Wording

# CompanyFit before KeyPoints: a given company's values and words, once found, cover the key points that ask
# for them (``company_values``, ``company_terms`` in the bank)
REGISTRY: tuple[Check, ...] = (Relevance(), Pitfalls(), Wording(), CompanyFit(), KeyPoints(), Story(), Length(),
                               Elements(), Delivery())


def check_ids(lang: str = "en") -> list[str]:
    """Every id ``--disable`` takes: each unit's and each of its rules'."""
    return list(dict.fromkeys(i for c in REGISTRY for i in [c.id, *c.rules(lang)]))
