"""The reference vectors the checks compare an answer with, from bank texts only: computed once per
bank and language, kept in ``bank.derived`` and cached on disk."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..nlp import embed
from ..nlp.cache import cache_dir
from ..nlp.text import sentences as split_sentences
from . import pitfalls, relevance

if TYPE_CHECKING:
    from ..bank import Bank, Question


def profile_text(q: "Question", lang: str) -> str:
    t = q.in_lang(lang)
    return " ".join([t.text, t.what_they_want, *(k.text for k in t.key_points)])


def references(bank: "Bank", lang: str):
    """Bank question ids, their profile vectors, the reference-question vectors and the vectors of
    every key point and rubric element, in ``lang``."""
    key = ("engine.references", lang)
    if key not in bank.derived:
        qs = list(bank.questions.values())
        profiles = embed.cached_queries([profile_text(q, lang) for q in qs], cache_dir())
        distractors = embed.cached_queries(list(relevance.reference_questions(lang)), cache_dir())
        items = [k.text for q in qs for k in q.in_lang(lang).key_points] + [e.text for e in bank.rubric_in(lang)]
        bank.derived[key] = ([q.id for q in qs], profiles, distractors, embed.cached_queries(items, cache_dir()))
    return bank.derived[key]


def pitfall_references(bank: "Bank", lang: str):
    """(exemplar vectors, the pitfall id of each, harmless sentence vectors) in ``lang``: the
    pitfalls' exemplar sentences, and the sentences of the bank's sample answers, which commit none."""
    key = ("engine.pitfall_references", lang)
    if key not in bank.derived:
        texts, owners = pitfalls.exemplar_texts(lang)
        harmless = sorted({s.text for q in bank.questions.values() for a in q.in_lang(lang).sample_answers
                           for s in split_sentences(a.text, lang) if len(s.tokens) >= 4})
        bank.derived[key] = (embed.cached_queries(texts, cache_dir()), owners, embed.cached_queries(harmless, cache_dir()))
    return bank.derived[key]


def answer_centroids(bank: "Bank") -> tuple[list[str], np.ndarray]:
    """Bank question ids and, for each, the mean vector of its sample answers in every language: what
    an answer to that question sounds like (to tell an answer to a sibling question apart)."""
    key = ("engine.answer_centroids",)
    if key not in bank.derived:
        qs = list(bank.questions.values())
        texts = [a.text for q in qs for lang in q.languages for a in q.texts[lang].sample_answers]
        vecs = embed.cached_queries(texts, cache_dir())
        out, i = [], 0
        for q in qs:
            n = sum(len(q.texts[lang].sample_answers) for lang in q.languages)
            out.append(embed.mean_vector(vecs[i:i + n]))
            i += n
        bank.derived[key] = ([q.id for q in qs], np.array(out, dtype=np.float32))
    return bank.derived[key]


def nearest_questions(bank: "Bank", lang: str, vec: np.ndarray, n: int = 2) -> list["Question"]:
    """The ``n`` bank questions whose profiles are closest to ``vec`` (a typed-in question)."""
    ids, profiles, _, _ = references(bank, lang)
    order = np.argsort(-(profiles @ vec))[:n]
    return [bank.questions[ids[i]] for i in order]


def answer_vectors(sents: list) -> tuple[np.ndarray, np.ndarray]:
    """The sentence vectors of an answer and their mean, weighted by sentence length."""
    vecs = embed.passages([s.text for s in sents])
    return vecs, embed.mean_vector(vecs, np.array([max(1, len(s.tokens)) for s in sents], dtype=np.float32))
