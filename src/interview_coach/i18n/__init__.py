"""Interface language: choosing it and translating messages (gettext catalogues built with Babel).

The catalogues live in ``locales/<lang>/LC_MESSAGES/interview_coach.po`` and are
compiled to ``.mo`` beside them (``make i18n``); a test checks the two agree.
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import lru_cache
from importlib import resources

from .. import LANGUAGES

DOMAIN = "interview_coach"
ENV_VAR = "INTERVIEW_COACH_LANG"
DEFAULT = "en"


def localedir() -> str:
    return str(resources.files(__package__) / "locales")


def normalise(value: str | None) -> str | None:
    """Map a locale-ish string ('de_AT.UTF-8', 'hr-HR', 'EN') to a supported language or None."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split(".")[0].split("_")[0].lower()
    if code in ("bs", "sr", "sh", "hbs"):
        code = "hr"
    return code if code in LANGUAGES else None


def system_language() -> str | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        for part in os.environ.get(var, "").split(":"):
            found = normalise(part)
            if found:
                return found
    try:
        found = normalise(locale.getlocale()[0])
    except ValueError:
        found = None
    return found


def choose_language(explicit: str | None = None) -> str:
    """--ui-lang, then INTERVIEW_COACH_LANG, then the system locale, then English."""
    for candidate in (explicit, os.environ.get(ENV_VAR)):
        found = normalise(candidate)
        if found:
            return found
    return system_language() or DEFAULT


@lru_cache(maxsize=None)
def translations(lang: str) -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir(), languages=[lang], fallback=True)


class Translator:
    """Bound to one language; ``t("Hello {name}", name=...)`` translates, then formats."""

    def __init__(self, lang: str):
        self.lang = lang
        self._t = translations(lang)

    def __call__(self, message: str, **values) -> str:
        text = self._t.gettext(message)
        return text.format(**values) if values else text

    def n(self, singular: str, plural: str, count: int, **values) -> str:
        text = self._t.ngettext(singular, plural, count)
        return text.format(count=count, **values)


def _(message: str) -> str:
    """Mark a string for extraction without translating it here (translated where shown)."""
    return message
