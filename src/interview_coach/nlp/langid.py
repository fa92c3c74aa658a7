"""Which language is an answer in? lingua, restricted to a set of languages so that answers in an
unsupported language are recognised as such rather than forced into hr, de or en."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lingua import Language, LanguageDetectorBuilder

SUPPORTED = {Language.CROATIAN: "hr", Language.BOSNIAN: "hr", Language.SERBIAN: "hr",
             Language.GERMAN: "de", Language.ENGLISH: "en"}
OTHERS = [Language.FRENCH, Language.SPANISH, Language.ITALIAN, Language.POLISH, Language.SLOVENE,
          Language.DUTCH, Language.PORTUGUESE, Language.TURKISH, Language.CZECH, Language.HUNGARIAN,
          Language.SWEDISH, Language.ROMANIAN]


@lru_cache(maxsize=1)
def detector():
    return (LanguageDetectorBuilder.from_languages(*SUPPORTED, *OTHERS)
            .with_preloaded_language_models().with_low_accuracy_mode().build())


@dataclass(frozen=True)
class Guess:
    lang: str | None      # hr, de, en, or None when unsupported
    name: str             # lingua's name for the top language (e.g. FRENCH)
    confidence: float     # 0-1


SIMPLEMMA_CODES = {"FRENCH": "fr", "SPANISH": "es", "ITALIAN": "it", "POLISH": "pl", "SLOVENE": "sl", "DUTCH": "nl",
                   "PORTUGUESE": "pt", "TURKISH": "tr", "CZECH": "cs", "HUNGARIAN": "hu", "SWEDISH": "sv",
                   "ROMANIAN": "ro"}
BACK = {"hbs": "hr", "de": "de", "en": "en"}


@lru_cache(maxsize=2048)  # an answer's sentences are guessed once for the answer, again per sentence
def guess(text: str) -> Guess:
    """lingua's guess; when it names an unsupported language, simplemma's dictionaries get a second
    say (short Croatian is easily taken for Slovene by character statistics alone)."""
    first = _lingua(text)
    share = latin_share(text)
    if first.lang is not None and share is not None and share < 0.5:  # e.g. Serbian or Russian in Cyrillic: not hr
        return Guess(None, first.name, first.confidence)
    if first.lang is not None or first.name not in SIMPLEMMA_CODES:
        return first
    import simplemma

    other = SIMPLEMMA_CODES[first.name]
    shares = dict(simplemma.langdetect(text, lang=("hbs", "de", "en", other)))
    best = max(("hbs", "de", "en"), key=lambda c: shares.get(c, 0.0))
    if shares.get(best, 0.0) >= 0.8 and shares[best] > shares.get(other, 0.0) + 0.3:
        return Guess(BACK[best], first.name, round(shares[best] * 0.9, 3))
    return first


def _lingua(text: str) -> Guess:
    values = detector().compute_language_confidence_values(text)
    if not values:
        return Guess(None, "UNKNOWN", 0.0)
    scores: dict[str, float] = {}
    for v in values:
        key = SUPPORTED.get(v.language, v.language.name)
        scores[key] = scores.get(key, 0.0) + v.value
    best = max(scores, key=scores.get)
    if scores[best] <= 0.0:  # a script none of the detector's languages uses (e.g. Chinese): all zero
        return Guess(None, "UNKNOWN", 0.0)
    lang = best if best in ("hr", "de", "en") else None
    return Guess(lang, best if lang is None else values[0].language.name, round(scores[best], 3))


def share_by_language(sentences: list[str]) -> dict[str, int]:
    """Characters per detected language, sentence by sentence (to find mixed-language answers)."""
    counts: dict[str, int] = {}
    for s in sentences:
        if len(s.split()) < 4:
            continue
        g = guess(s)
        key = g.lang or g.name
        counts[key] = counts.get(key, 0) + len(s)
    return counts


def latin_share(text: str) -> float | None:
    """The share of the letters that are Latin (hr, de and en are all written in Latin letters);
    None when there are too few letters to say."""
    import unicodedata

    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8:
        return None
    return sum("LATIN" in unicodedata.name(c, "") for c in letters) / len(letters)
