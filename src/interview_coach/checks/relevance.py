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
sum is squashed to 0-1. Which tip a low score earns depends on which evidence is weak (``tip``):
when the meaning itself is far from the question, the answer seems not to address it; when the
meaning is close and only the question's words are missing, the answer is told to name them, so
that a real answer in its own words is not called off-topic. The weight, the centres and the
midpoints were set on the bank's sample answers (their own question against the other bank
questions: ``scripts/calibrate_relevance.py``), never on the evaluation data.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple

import numpy as np

from ..nlp.text import Token
from .rules import rules_dir, stopwords, word_list

CALIBRATION = {"profile": (1.1, 2.0), "plain": (1.2, 1.8)}   # (z midpoint, slope)
OVERLAP_WEIGHT = 3.5                                          # z-units per unit of word share
OVERLAP_CENTRE = {"hr": 0.46, "de": 0.41, "en": 0.53}         # a typical own-question share


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


def _forms(tokens: Iterable[Token]) -> frozenset[str]:
    """Everything a word of the answer can be found as: lemma, form, parts of a hyphenated word."""
    return frozenset(f for t in tokens for f in (t.lemma, t.lower, *t.parts))


def overlap(question_words: frozenset[str], answer_tokens: Iterable[Token]) -> float | None:
    """Share of the question's content words found in the answer (as a lemma, form or hyphen part);
    None when the question has no content words to look for."""
    if not question_words:
        return None
    return round(len(question_words & _forms(answer_tokens)) / len(question_words), 3)


def missing(question_tokens: Iterable[Token], answer_tokens: Iterable[Token], lang: str) -> tuple[str, ...]:
    """The question's content words (as the question writes them, in its order, each lemma once)
    that the answer does not use."""
    question_tokens = list(question_tokens)
    wanted = content_words(question_tokens, lang)
    found = _forms(answer_tokens)
    out: dict[str, str] = {}
    for t in question_tokens:
        if t.lemma in wanted and t.lemma not in found and t.lower not in found:
            out.setdefault(t.lemma, t.lower)
    return tuple(out.values())


class Result(NamedTuple):
    score: float    # 0-1, meaning and words together
    cosine: float   # raw similarity of answer and question
    z: float        # the combined z-score
    meaning: float  # 0-1, what the meaning alone would give


LOW = 0.35  # below this an answer earns a relevance tip


def _squash(z: float, form: str) -> float:
    mid, slope = CALIBRATION[form]
    return round(float(1 / (1 + np.exp(-slope * (z - mid)))), 3)


def run(answer_vec: np.ndarray, question_vec: np.ndarray, reference_vecs: np.ndarray,
        form: str = "profile", words: float | None = None, lang: str = "en") -> Result:
    sim = float(question_vec @ answer_vec)
    ref = reference_vecs @ answer_vec
    z_meaning = (sim - float(ref.mean())) / (float(ref.std()) + 1e-6)
    z = z_meaning + (OVERLAP_WEIGHT * (words - OVERLAP_CENTRE[lang]) if words is not None else 0.0)
    return Result(_squash(z, form), round(sim, 4), round(float(z), 3), _squash(z_meaning, form))


def tip(result: Result, missing_words: tuple[str, ...] = ()) -> str | None:
    """Which relevance tip an answer earns: "off-topic" (the meaning is far from the question),
    "name-the-question" (close in meaning, but missing some of the question's key words), or None."""
    if result.score >= LOW:
        return None
    if result.meaning >= LOW and missing_words:
        return "name-the-question"
    return "off-topic"


SIBLING_MARGIN = 0.045  # set on the graded dev split (bench/graded.py): below it answers to siblings and own answers mix


def other_question(answer_vec: np.ndarray, own: str, ids: list[str], profiles: np.ndarray,
                   centroids: np.ndarray) -> tuple[str | None, float]:
    """(the bank question this answer fits best, if not its own; by how much). Two views, summed:
    how much closer the answer is to another question's profile than to its own question's, and to
    another question's sample answers than to its own question's. A fine answer to a sibling
    question is close to the question asked, but closer still to the sibling."""
    if own not in ids:
        return None, 0.0
    k = ids.index(own)
    by_profile, by_answers = profiles @ answer_vec, centroids @ answer_vec
    margins = (by_profile - by_profile[k]) + (by_answers - by_answers[k])
    best = int(np.argmax(margins))
    return (ids[best] if best != k else None), round(float(margins[best]), 4)
