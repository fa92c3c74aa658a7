"""Small statistics shared by the benchmarks and the calibration script (numpy only)."""

from __future__ import annotations

import numpy as np


def auc(pos, neg) -> float:
    """Area under the ROC curve: the chance that a positive outranks a negative (ties count half)."""
    pos, neg = np.asarray(pos, float), np.asarray(neg, float)
    if not len(pos) or not len(neg):
        return float("nan")
    allv = np.concatenate([pos, neg])
    ranks = np.empty(len(allv))
    order = np.argsort(allv, kind="mergesort")
    ranks[order] = np.arange(1, len(allv) + 1)
    for v in np.unique(allv):  # average ranks for ties
        idx = allv == v
        ranks[idx] = ranks[idx].mean()
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.0, steps: int = 20000, rate: float = 0.5):
    """Class-balanced logistic regression (gradient descent on standardised features).

    Returns (weights, intercept) in the original units: score = x @ weights + intercept."""
    x, y = np.asarray(x, float), np.asarray(y, float)
    mu, sd = x.mean(0), x.std(0) + 1e-12
    xs = (x - mu) / sd
    w, b = np.zeros(x.shape[1]), 0.0
    balance = np.where(y == 1, (y == 0).sum() / max(1, (y == 1).sum()), 1.0)
    for _ in range(steps):
        err = balance * (1 / (1 + np.exp(-(xs @ w + b))) - y)
        w -= rate * (err @ xs + l2 * w) / len(y)
        b -= rate * err.mean()
    return w / sd, b - float((w / sd) @ mu)


def spearman(a, b) -> float:
    """Rank correlation (ranks by order, ties broken by position); nan for fewer than three pairs."""
    if len(a) < 3:
        return float("nan")
    ra = np.argsort(np.argsort(a)); rb = np.argsort(np.argsort(b))
    return float(np.corrcoef(ra, rb)[0, 1])
