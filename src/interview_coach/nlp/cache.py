"""The cache folder for derived data (reference vectors, the built embedding graph): never answers."""

from __future__ import annotations

import os

from platformdirs import user_cache_dir


def cache_dir() -> str | None:
    """INTERVIEW_COACH_CACHE, or the user's cache folder; None when INTERVIEW_COACH_NO_CACHE is set."""
    if os.environ.get("INTERVIEW_COACH_NO_CACHE"):
        return None
    return os.environ.get("INTERVIEW_COACH_CACHE") or user_cache_dir("interview-coach")
