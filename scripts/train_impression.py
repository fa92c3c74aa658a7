#!/usr/bin/env python3
"""Train the impression (src/interview_coach/impression.py) and write
src/interview_coach/checks/rules/impression.npz.

    .venv/bin/pip install scikit-learn   # the training needs it; the engine does not
    .venv/bin/python scripts/train_impression.py [--folds]

Run it after ``train_readouts.py`` (the impression reads the read-outs' answer centres and the engine's verdicts,
which use the read-outs). It runs the engine, with the impression off, over the graded answers the read-outs learn
from (the dev split of ``eval/graded`` and the training rounds of ``eval/rounds``; never the test split nor a
held-out round) and fits a ridge regression of their grades on what the impression reads (``impression.features``).
About six minutes on two cores.

``--folds`` prints first, leaving one round (or the dev split) out at a time, the rank agreement, the middle
answers' rank agreement, the mean absolute difference and the band agreement (all, and the strong answers') of the
rule score and of the blend at several settings: how ``impression.WEIGHT``, ``STRETCH`` and ``RIDGE_ALPHA`` were
chosen.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "bench"))

from interview_coach import engine, impression  # noqa: E402
from train_readouts import _digest, graded_answers  # noqa: E402

MIDDLE = ("good", "developing")


def impression_hash(graded: list[dict]) -> str:
    """The hash of what the impression is trained on: the answers, their questions and grades, its settings, and the
    read-outs it was trained with (their hashes: it reads their answer centres, and the engine's verdicts use them)."""
    from interview_coach.checks import readouts

    shipped = " ".join(str(v) for k, v in sorted(readouts.model().items()) if k.endswith("hash"))
    return _digest(f"alpha={impression.RIDGE_ALPHA} scale={impression.VECTOR_SCALE} dims={','.join(impression.DIMENSIONS)} "
                   f"read-outs={shipped}",
                   (f"{a['lang']}\n{a['question']}\n{a['question_text']}\n{a['grade']}\n{a['answer']}\n" for a in graded))


def engine_rows(graded: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per answer: what the impression reads, the rule score, and whether a cap applies."""
    engine.IMPRESSION, engine.RECORD = False, []
    rows, scores, capped = [], [], []
    for a in graded:
        kwargs = {"question_text": a["question_text"]} if not a["question"] else {}
        fb = engine.feedback(a["question"], a["answer"], lang=a["lang"], ui_lang="en", **kwargs)
        row, cap = engine.RECORD.pop()
        rows.append(row)
        scores.append(fb.score)
        capped.append(cap)
    engine.IMPRESSION, engine.RECORD = True, None
    return np.vstack(rows), np.array(scores, dtype=float), np.array(capped)


def fit(x: np.ndarray, y: np.ndarray, alpha: float = impression.RIDGE_ALPHA) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import Ridge

    m = Ridge(alpha=alpha).fit(x, y)
    return m.coef_.astype(np.float64), float(m.intercept_)


def folds(graded: list[dict], x: np.ndarray, scores: np.ndarray, capped: np.ndarray) -> None:
    from stats import spearman

    from interview_coach.result import band_for

    y = np.array([a["grade"] for a in graded], dtype=float)
    groups = np.array([a["group"] for a in graded])
    bands = np.array([a["band"] for a in graded])
    mid, strong = np.isin(bands, MIDDLE), bands == "strong"

    def line(name: str, shown: np.ndarray) -> None:
        agree = np.array([band_for(int(v)) == b for v, b in zip(shown, bands)])
        print(f"{name}: rho {spearman(y, shown):.3f}  middle rho {spearman(y[mid], shown[mid]):.3f}  "
              f"MAE {np.abs(y - shown).mean():.2f}  band {agree.mean():.1%}  strong: band {agree[strong].mean():.1%} "
              f"bias {(shown - y)[strong].mean():+.1f}")

    line("rule score alone", scores)
    for alpha in (3.0, impression.RIDGE_ALPHA, 30.0):
        raw = np.zeros(len(y))
        for g in sorted(set(groups)):
            out = groups == g
            w, b = fit(x[~out], y[~out], alpha)
            raw[out] = x[out] @ w + b
        for stretch in (1.0, impression.STRETCH, 1.3):
            for weight in (0.25, 0.5, 0.75):
                shown = np.array([impression.blend(int(s), impression.stretched(p, stretch), c, weight)
                                  for s, p, c in zip(scores, raw, capped)], dtype=float)
                line(f"alpha {alpha:4.0f} stretch {stretch:.2f} weight {weight:.2f}", shown)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", action="store_true", help="print the left-out figures first")
    args = ap.parse_args()
    graded = graded_answers()
    x, scores, capped = engine_rows(graded)
    if args.folds:
        folds(graded, x, scores, capped)
    w, b = fit(x, np.array([a["grade"] for a in graded], dtype=float))
    out = ROOT / "src" / "interview_coach" / "checks" / "rules" / impression.MODEL
    np.savez_compressed(out, w=w, b=np.float64(b), hash=np.array(impression_hash(graded)))
    print(f"wrote {out.relative_to(ROOT)}: from {len(graded)} graded answers")


if __name__ == "__main__":
    main()
