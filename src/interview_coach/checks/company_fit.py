"""content.company_fit: which of the company's own keywords the answer uses, which it could add."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from babel.lists import format_list

from ..i18n.labels import value_name
from ..result import Evidence
from ..nlp.text import Sentence
from .base import Advice, Check, Context, Outcome
from .phrases import compile_phrase, find

if TYPE_CHECKING:  # the company profile is handed in: the checks do not import the company module
    from ..company import CompanyProfile

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


def values_shown(ctx: Context) -> list:
    """The given company's values and promises (``ctx.company.values``), each covered or not by the answer, in its
    own words or inflected (``coverage.cover``)."""
    from .coverage import Target, cover

    return cover(ctx, [Target(v, v, v, (v,)) for v in ctx.company.values]) if ctx.company and ctx.company.values else []


class CompanyFit(Check):
    """The target company's own words, values and service promises in the answer."""

    id = "content.company_fit"
    dimension = "company_fit"
    summary = "the company profile's keywords and values used in the answer, inflected or paraphrased"

    def applies(self, ctx: Context) -> bool:
        return ctx.company is not None and ctx.enabled(self.id)

    def run(self, ctx: Context) -> Outcome:
        company, tr = ctx.company, ctx.tr
        result = run(company, ctx.sentences, ctx.text, ctx.lang)
        if company.values:  # its values and promises, in the answer's words or inflected, by the same coverage
            items = values_shown(ctx)
            result["values_used"] = [{"value": i.id, "evidence": asdict(i.evidence)} for i in items if i.covered]
            result["values_missing"] = [i.id for i in items if not i.covered]
        value = score(result)
        advice = []
        if result.get("values_missing") and not result.get("values_used"):
            advice.append(Advice(self.id, "company", 45, tr(
                "Show that you share the company's values, for example: {values}.",
                values=format_list([value_name(v, tr.lang) for v in result["values_missing"][:3]], locale=tr.lang))))
        elif value < 67 and result["could_add"]:
            advice.append(Advice(self.id, "company", 45, tr(
                "Weave in the company's own words, for example: {terms}.", terms=", ".join(result["could_add"][:3]))))
        return Outcome(value, advice, result)
