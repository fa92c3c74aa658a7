"""content.company_fit: which of the company's own keywords the answer uses, which it could add."""

from __future__ import annotations

from ..company import CompanyProfile
from ..result import Evidence
from ..nlp.text import Sentence
from .phrases import compile_phrase, find

FULL_AT = 3  # using three of the company's keywords earns full marks


def run(profile: CompanyProfile, sentences: list[Sentence], text: str, lang: str) -> dict:
    used, missing = [], []
    for kw in profile.keywords:
        # match the keyword's words in the answer's language; inflections are handled by lemmas
        phrase = compile_phrase(kw.term, lang)
        hit = next(((s, span) for s in sentences for span in find(phrase, s)), None)
        if hit:
            s, (start, end) = hit
            used.append({"term": kw.term, "evidence": Evidence(text[start:end], start, end).__dict__})
        else:
            missing.append(kw.term)
    return {"name": profile.name, "language": profile.language, "used": used, "could_add": missing[:5],
            "same_language": profile.language == lang}


VALUES_FULL_AT = 2  # showing two of the company's values earns full marks for values


def score(result: dict) -> int:
    """Keywords used (full at three); where the company states values, those count for 60 %."""
    words = min(1.0, len(result["used"]) / FULL_AT)
    if "values_used" not in result:
        return int(round(100 * words))
    shown = min(1.0, len(result["values_used"]) / VALUES_FULL_AT)
    return int(round(100 * (0.6 * shown + 0.4 * words)))
