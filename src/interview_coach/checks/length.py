"""delivery.length: words and estimated speaking time; about 60-120 s spoken is the aim."""

from __future__ import annotations

from ..nlp import syllables

# Syllables per second of calm interview speech, per language (estimates; Croatian words are
# longer in syllables, so its rate in syllables is higher for the same pace of ideas).
RATE = {"en": 3.6, "de": 3.8, "hr": 4.3}
AIM = (60, 120)
TOO_SHORT, TOO_LONG = 30, 180
CAP_BELOW = 20  # seconds under which the overall score is capped (engine.overall)


def measure(words: list[str], lang: str) -> dict:
    syl = syllables.total(words, lang)
    seconds = syl / RATE[lang]
    return {"words": len(words), "syllables": syl, "seconds": round(seconds, 1),
            "aim_seconds": list(AIM), "verdict": verdict(seconds)}


def verdict(seconds: float) -> str:
    if seconds < TOO_SHORT:
        return "too-short"
    if seconds < AIM[0] * 0.75:
        return "short"
    if seconds > TOO_LONG:
        return "too-long"
    if seconds > AIM[1] * 1.25:
        return "long"
    return "good"


def score(seconds: float) -> int:
    points = [(0, 0), (10, 10), (30, 55), (45, 95), (50, 100), (130, 100), (180, 60), (300, 30)]
    if seconds >= points[-1][0]:
        return points[-1][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 <= seconds <= x1:
            return int(round(y0 + (y1 - y0) * (seconds - x0) / (x1 - x0)))
    return 0
