"""The impression: the grade an interviewer would likely give, read from graded answers, and blended into the
rule score.

The rule score (``engine.overall``) adds up what the checks found: key points, a story, the length, the
wording, with the grading guide's caps for a pitfall or another question's answer. Graders also weigh what no
check names: how concrete and how convincing an answer sounds as a whole. The impression reads that from the
answer's e5 vector (less the mean vector of the training answers to its question, ``readouts.answer_centre``,
so that it reads how an answer is told, not which question it answers) together with the checks' own
sub-scores, the pitfall and off-topic verdicts and the rule score: a ridge regression onto the grades of the
graded answers the read-outs learn from (the dev split of ``eval/graded`` and the training rounds of
``eval/rounds``; never the test split nor a held-out round), trained by ``scripts/train_impression.py`` into
``checks/rules/impression.npz``.

The score shown is the rule score moved ``WEIGHT`` of the way to the impression. Where a cap applies (a pitfall
is committed, the answer is off-topic, or a story asked for has a clear gap) the impression can only lower the
score, never lift it over the cap: the guide's caps stay. The suggestions are the checks' alone; the impression names nothing. Both parts are in
the feedback (``insights.score_parts``).

Left out one round at a time (``scripts/train_impression.py --folds``) and on the test split the blend raised
rank agreement with the grades; the figures are in ``docs/checks.md``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import numpy as np

from .checks import readouts

MODEL = "impression.npz"
# the sub-scores read, in this order; one the engine did not compute (a check switched off) stands at 50
DIMENSIONS = ("relevance", "key_points", "elements", "example", "length", "wording")
VECTOR_SCALE = 3.0  # the centred answer vector is short (about 0.1); scaled so the ridge penalty weighs it fairly
RIDGE_ALPHA = 10.0  # set by leaving one training round out at a time (3 and 30 read them no better)
WEIGHT = 0.5        # how far the score moves from the rule score to the impression (left-out rounds: 0.25-0.75 best)
# a ridge regression shrinks towards the middle: strong answers read lower than they are graded. The impression is
# stretched about the middle of the scale by this much (left-out rounds: 1.15 left the least error and kept the
# strong answers' band; 1.0 cost it 3 points)
STRETCH = 1.15


def features(answer_vec: np.ndarray, question_id: str | None, dimensions: dict, committed: bool, off_topic: bool,
             rule_score: float) -> np.ndarray:
    """What the impression reads, as one row."""
    centred = (np.asarray(answer_vec, dtype=np.float64) - readouts.answer_centre(question_id)) * VECTOR_SCALE
    dims = [(dimensions.get(k) if dimensions.get(k) is not None else 50.0) / 100.0 for k in DIMENSIONS]
    return np.concatenate([centred, dims, [float(committed), float(off_topic), rule_score / 100.0]])


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The shipped weights, or None where the package has none (the engine then gives the rule score alone)."""
    ref = resources.files(readouts.__package__) / "rules" / MODEL
    if not ref.is_file():
        return None
    with resources.as_file(ref) as path, np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def grade(row: np.ndarray) -> float | None:
    """The impression (0-100) for one row of ``features``."""
    m = model()
    if m is None:
        return None
    return stretched(float(row @ m["w"]) + float(m["b"]))


def stretched(raw: float, stretch: float = STRETCH) -> float:
    """The ridge regression's reading stretched about the middle of the scale, within 0-100."""
    return float(np.clip(50.0 + stretch * (raw - 50.0), 0.0, 100.0))


def blend(rule_score: int, impression: float | None, capped: bool, weight: float = WEIGHT) -> int:
    """The score shown: the rule score moved ``weight`` of the way to the impression; under a cap, only down."""
    if impression is None:
        return rule_score
    value = rule_score + weight * (impression - rule_score)
    if capped:
        value = min(value, rule_score)
    return int(round(max(0.0, min(100.0, value))))
