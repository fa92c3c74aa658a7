"""content.relevance: does the answer address this question at all?

The answer's similarity to the question is ranked against its similarity to a fixed set of
reference questions on other topics (``rules/<lang>/reference_questions.txt``) as a z-score, then
squashed to 0-1. Bank questions are represented by their profile (wording, what the interviewer
wants, key points), free-text questions by their wording alone; each form has its own midpoint,
set on the bank's sample answers (never on the evaluation data).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from .rules import rules_dir

CALIBRATION = {"profile": (1.1, 2.0), "plain": (1.2, 1.8)}   # (z midpoint, slope)


@lru_cache(maxsize=None)
def reference_questions(lang: str) -> tuple[str, ...]:
    text = (rules_dir(lang) / "reference_questions.txt").read_text("utf-8")
    return tuple(l.strip() for l in text.splitlines() if l.strip() and not l.startswith("#"))


def run(answer_vec: np.ndarray, question_vec: np.ndarray, reference_vecs: np.ndarray,
        form: str = "profile") -> tuple[float, float, float]:
    """Returns (relevance 0-1, raw cosine, z-score against the references)."""
    sim = float(question_vec @ answer_vec)
    ref = reference_vecs @ answer_vec
    z = (sim - float(ref.mean())) / (float(ref.std()) + 1e-6)
    mid, slope = CALIBRATION[form]
    return round(float(1 / (1 + np.exp(-slope * (z - mid)))), 3), round(sim, 4), round(float(z), 3)
