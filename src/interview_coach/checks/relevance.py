"""content.relevance: does the answer address this question at all?

Two kinds of evidence, combined on one scale:

- meaning: the answer's similarity to the question, ranked against its similarity to a fixed set
  of reference questions on other topics (``rules/<lang>/reference_questions.txt``) as a z-score.
  Bank questions are represented by their profile (wording, what the interviewer wants, key
  points), free-text questions by their wording alone;
- words, for free-text questions: the share of the question's own content words (lemmas, leaving
  out function words and the words that only frame a question, ``rules/<lang>/question_words.txt``)
  that the answer uses; only when question and answer are in the same language. A short typed
  question is a thin basis for meaning alone, and an answer that shares none of its words is
  rarely about it. A bank question's profile is rich enough: there the words added nothing
  (measured on the bank), so meaning alone decides, and a good answer in its own words is not
  marked down.

The word share moves the z-score by ``OVERLAP_WEIGHT * (share - OVERLAP_CENTRE[lang])``, then the
sum is squashed to 0-1. The weight, the centres and the midpoints were set on the bank's sample
answers (their own question against the other bank questions: ``scripts/calibrate_relevance.py``),
never on the evaluation data.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import numpy as np

from ..nlp.text import Token
from .rules import rules_dir, stopwords, word_list

CALIBRATION = {"profile": (1.1, 2.0), "plain": (1.2, 1.8)}   # (z midpoint, slope)
OVERLAP_WEIGHT = 3.7                                          # z-units per unit of word share
OVERLAP_CENTRE = {"hr": 0.45, "de": 0.39, "en": 0.53}         # a typical own-question share


@lru_cache(maxsize=None)
def reference_questions(lang: str) -> tuple[str, ...]:
    text = (rules_dir(lang) / "reference_questions.txt").read_text("utf-8")
    return tuple(l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#"))


@lru_cache(maxsize=None)
def _skipped(lang: str) -> frozenset[str]:
    return stopwords(lang) | word_list(lang, "question_words")


def content_words(tokens: Iterable[Token], lang: str) -> frozenset[str]:
    """Lemmas of the words that carry meaning (no function or question-framing words, no numbers)."""
    skip = _skipped(lang)
    return frozenset(t.lemma for t in tokens
                     if len(t.lemma) > 2 and not t.lemma.isdigit() and t.lemma not in skip and t.lower not in skip)


def overlap(question_words: frozenset[str], answer_tokens: Iterable[Token]) -> float | None:
    """Share of the question's content words found in the answer (as a lemma, form or hyphen part);
    None when the question has no content words to look for."""
    if not question_words:
        return None
    found = frozenset(f for t in answer_tokens for f in (t.lemma, t.lower, *t.parts))
    return round(len(question_words & found) / len(question_words), 3)


def run(answer_vec: np.ndarray, question_vec: np.ndarray, reference_vecs: np.ndarray,
        form: str = "profile", words: float | None = None, lang: str = "en") -> tuple[float, float, float]:
    """Returns (relevance 0-1, raw cosine, combined z-score)."""
    sim = float(question_vec @ answer_vec)
    ref = reference_vecs @ answer_vec
    z = (sim - float(ref.mean())) / (float(ref.std()) + 1e-6)
    if words is not None:
        z += OVERLAP_WEIGHT * (words - OVERLAP_CENTRE[lang])
    mid, slope = CALIBRATION[form]
    return round(float(1 / (1 + np.exp(-slope * (z - mid)))), 3), round(sim, 4), round(float(z), 3)
