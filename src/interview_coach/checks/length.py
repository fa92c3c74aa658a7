"""delivery.length: words and estimated speaking time; about 60-120 s spoken is the aim."""

from __future__ import annotations

from ..nlp import syllables

# Syllables per second of calm interview speech, per language (estimates; Croatian words are
# longer in syllables, so its rate in syllables is higher for the same pace of ideas).
RATE = {"en": 3.6, "de": 3.8, "hr": 4.3}
AIM = (60, 120)
TOO_SHORT, TOO_LONG = 30, 180
CAP_BELOW = 20  # seconds under which the overall score is capped (engine.overall)


def measure(words: list[str], lang: str, aim: tuple[int, int] = AIM) -> dict:
    syl = syllables.total(words, lang)
    seconds = syl / RATE[lang]
    return {"words": len(words), "syllables": syl, "seconds": round(seconds, 1),
            "aim_seconds": list(aim), "verdict": verdict(seconds, aim)}


def verdict(seconds: float, aim: tuple[int, int] = AIM) -> str:
    """too-short / short / good / long / too-long against the question's aim (seconds)."""
    if seconds < min(TOO_SHORT, aim[0] * 0.5):
        return "too-short"
    if seconds < aim[0] * 0.75:
        return "short"
    if seconds > max(TOO_LONG, aim[1] * 1.6):
        return "too-long"
    if seconds > aim[1] * 1.25:
        return "long"
    return "good"


def score(seconds: float, aim: tuple[int, int] = AIM) -> int:
    """0-100: full marks within the aim (with some slack), falling off on either side."""
    lo, hi = aim
    points = [(0, 0), (lo / 6, 10), (lo / 2, 55), (lo * 0.75, 95), (lo * 0.85, 100), (hi * 1.1, 100),
              (hi * 1.5, 60), (hi * 2.5, 30)]
    if seconds >= points[-1][0]:
        return points[-1][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 <= seconds <= x1:
            return int(round(y0 + (y1 - y0) * (seconds - x0) / (x1 - x0)))
    return 0
