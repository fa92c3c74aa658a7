"""Syllable counts from hyphenation dictionaries (pyphen), for speaking-time estimates."""

from __future__ import annotations

import re
from functools import lru_cache

import pyphen

DICTS = {"hr": "hr_HR", "de": "de_DE", "en": "en_US"}
VOWELS = {"hr": "aeiouAEIOU", "de": "aeiouäöüyAEIOUÄÖÜY", "en": "aeiouyAEIOUY"}


@lru_cache(maxsize=3)
def _dic(lang: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=DICTS[lang])


@lru_cache(maxsize=100_000)
def count(word: str, lang: str) -> int:
    if word[:1].isdigit():
        return max(1, len(word.strip("%").replace(".", "").replace(",", "")))  # "250" is several syllables
    parts = _dic(lang).inserted(word.lower()).split("-")
    n = sum(1 for p in parts if re.search(f"[{VOWELS[lang]}]", p) or (lang == "hr" and re.search("r", p)))
    return max(1, n)


def total(words: list[str], lang: str) -> int:
    return sum(count(w, lang) for w in words)
