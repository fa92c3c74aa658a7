#!/usr/bin/env python3
"""Train the story-result read-out (checks/readouts.py) and write src/interview_coach/checks/rules/readouts.npz.

    .venv/bin/pip install scikit-learn   # the training needs it; the engine does not
    .venv/bin/python scripts/train_readouts.py

A logistic regression over the e5 passage vectors (the way answer sentences are embedded), all three
languages together: the story endings with a result against those without
(``rules/<lang>/story_endings.yml``). Classes are balanced; C = 0.1 (strong regularisation) was set on
the graded dev split. Deterministic for a given corpus (lbfgs from zero).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from interview_coach import LANGUAGES  # noqa: E402
from interview_coach.checks import corpora, readouts  # noqa: E402
from interview_coach.nlp import embed  # noqa: E402

C = 0.1


def embedded(texts: list[str]) -> np.ndarray:
    return readouts.SCALE * np.vstack([embed.passages(texts[i:i + 128]) for i in range(0, len(texts), 128)])


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    pos, neg = y == 1, y == 0
    w = np.where(pos, 0.5 / pos.sum(), 0.5 / neg.sum()) * len(y)
    m = LogisticRegression(C=C, max_iter=5000).fit(x, y, sample_weight=w)
    return m.coef_[0].astype(np.float32), float(m.intercept_[0])


def main() -> None:
    ends = [corpora.corpus(lang, "story_endings.yml") for lang in LANGUAGES]
    res, nores = [t for e in ends for t in e["result"]], [t for e in ends for t in e["no_result"]]
    x = np.vstack([embedded(res), embedded(nores)])
    y = np.r_[np.ones(len(res), int), np.zeros(len(nores), int)]
    w, b = fit(x, y)
    out = ROOT / "src" / "interview_coach" / "checks" / "rules" / readouts.MODEL
    np.savez_compressed(out, result_w=w, result_b=np.float32(b), training_hash=np.array(readouts.training_hash()))
    print(f"wrote {out.relative_to(ROOT)}: results from {len(y)} story endings")


if __name__ == "__main__":
    main()
