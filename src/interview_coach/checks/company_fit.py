"""content.company_fit: which of the company's own keywords the answer uses, which it could add."""

from __future__ import annotations

import re
from dataclasses import asdict
from typing import TYPE_CHECKING

from babel.lists import format_list

from ..i18n.labels import value_name
from ..result import Evidence
from ..nlp.text import Sentence, lemma
from .base import Advice, Check, Context, Outcome
from .phrases import compile_phrase, find
from .rules import stopwords, word_list

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
VALUE_WORDS_SHARED = 2  # words of a value a sentence must say to show it (a job seeker's trial, 9 answers)
WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def score(result: dict) -> int:
    """Keywords used (full at three); where the company states values, those count for 60 %."""
    words = min(1.0, len(result["used"]) / FULL_AT)
    if "values_used" not in result:
        return int(round(100 * words))
    shown = min(1.0, len(result["values_used"]) / VALUES_FULL_AT)
    return int(round(100 * (0.6 * shown + 0.4 * words)))


def asks_about_company(ctx: Context) -> bool:
    """Whether the question is about the company (a bank question with a ``company_research`` point: why us, company
    fit): there the company's words are part of the answer; elsewhere (a story, a scene, a question typed in) a plus."""
    return ctx.question is not None and ctx.question.company_research is not None


def values_shown(ctx: Context) -> list:
    """The given company's values and promises (``ctx.company.values``), each covered or not by the answer, in its
    own words or inflected (``coverage.cover``), from a sentence that shares words with it (:func:`_shares_words`)."""
    from .coverage import Item, Target, cover

    if not (ctx.company and ctx.company.values):
        return []
    items = cover(ctx, [Target(v, v, v, (v,)) for v in ctx.company.values])
    return [i if not i.covered or _shares_words(i.id, i.evidence.text, ctx.lang) else Item(i.id, i.label, False, None, i.confidence)
            for i in items]


def _content(text: str, lang: str) -> set[str]:
    """The lemmas of the words that carry meaning: no function words, no "you" of the company to its customer."""
    skip = stopwords(lang) | word_list(lang, "address_words")
    return {lemma(w, lang).lower() for w in WORDS.findall(text) if w.lower() not in skip and len(w) > 2} - skip


def _shares_words(value: str, sentence: str, lang: str) -> bool:
    """Whether the sentence says at least two of the value's words (one, where the value has one), inflected: a
    sentence near a promise in meaning alone is not it ("They've since come back to plant their whole garden with us"
    is no "if the line grows, we open another till straight away"; "Upravo tako radim već četiri godine" no "svaku
    reklamaciju rješavamo u roku od 48 sati", a job seeker's trial)."""
    wanted = _content(value, lang)
    return bool(wanted) and len(wanted & _content(sentence, lang)) >= min(VALUE_WORDS_SHARED, len(wanted))


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
        # tailoring is the point of a question about the company; on a story or a scene it is a last touch, after
        # what the answer itself lacks (a job seeker's trial: "show the company's values" came first on "stress")
        priority = 45 if asks_about_company(ctx) else 25
        if result.get("values_missing") and not result.get("values_used"):
            advice.append(Advice(self.id, "company", priority, tr(
                "Show that you share the company's values, for example: {values}.",
                values=format_list([value_name(v, tr.lang) for v in result["values_missing"][:3]], locale=tr.lang))))
        elif value < 67 and result["could_add"]:
            advice.append(Advice(self.id, "company", priority, tr(
                "Weave in the company's own words, for example: {terms}.", terms=", ".join(result["could_add"][:3]))))
        return Outcome(value, advice, result)
