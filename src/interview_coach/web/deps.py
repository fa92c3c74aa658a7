"""Shared request dependencies: the database, the bank, the interface language, page rendering."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Annotated, Any

from babel import Locale, negotiate_locale
from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from .. import LANGUAGES, __version__
from ..i18n import Translator, normalise
from ..bank.model import ROLES
from ..i18n.labels import BAND_NAMES, CATEGORY_NAMES, DIMENSION_NAMES, ROLE_NAMES
from ..reports.build import highlight_segments
from ..result import shown_dimensions
from ..services import Coach
from ..settings import Settings

if TYPE_CHECKING:
    from .auth import LoginLimiter

templates = Jinja2Templates(directory=str(resources.files(__package__) / "templates"))


def _merge_lang(params, code: str) -> str:
    """The page's query with another interface language (the question, the job and the rest kept)."""
    from urllib.parse import urlencode

    return urlencode([(k, v) for k, v in params.multi_items() if k != "lang"] + [("lang", code)])


templates.env.filters["merge_lang"] = _merge_lang


@pass_context
def _num(ctx, value, digits: int = 1) -> str:
    """A number as the page's language writes it (4.8 in en, 4,8 in de and hr)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0." + "0" * digits if digits else "#,##0", locale=ctx.get("lang", "en"))


@pass_context
def _when(ctx, iso: str | None) -> str:
    """A stored time (ISO) as a short date and time in the page's language."""
    from datetime import datetime

    from babel.dates import format_datetime

    if not iso:
        return "–"
    return format_datetime(datetime.fromisoformat(iso), "short", locale=ctx.get("lang", "en"))


templates.env.filters["num"] = _num
templates.env.filters["when"] = _when
LANG_COOKIE = "lang"
LANG_NAMES = {"hr": "Hrvatski", "de": "Deutsch", "en": "English"}


def ui_lang(request: Request) -> str:
    """?lang=, then the language cookie, then Accept-Language, then English."""
    for candidate in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        found = normalise(candidate)
        if found:
            return found
    header = request.headers.get("accept-language", "")
    wanted = [part.split(";")[0].strip().replace("-", "_") for part in header.split(",") if part.strip()]
    found = negotiate_locale(wanted, list(LANGUAGES), sep="_") if wanted else None
    if not found:
        found = next((normalise(w) for w in wanted if normalise(w)), None)
    return found or "en"


ROLE_COOKIE = "role"


def band_of(value: float | None) -> str:
    """A dimension's value as the colour class of its band (the grading guide's bands)."""
    from ..result import band_for

    return "" if value is None else f"band-{band_for(int(round(value)))}"


def chosen_role(request: Request) -> str | None:
    """The job the user practises for: ?role= (empty: any job), else the cookie that remembers it."""
    given = request.query_params.get("role")
    if given is not None:
        return given if given in ROLES else None
    kept = request.cookies.get(ROLE_COOKIE)
    return kept if kept in ROLES else None


def transcript_pieces(t: dict) -> list[tuple[str, str, bool, str | None]]:
    """(word, when it was said as m:ss.s, hard to recognise, the pause after it in seconds or None)."""
    words, pauses = t.get("words", []), sorted(t.get("pauses", []), key=lambda p: p["start"])
    out = []
    for i, w in enumerate(words):
        following = words[i + 1]["start"] if i + 1 < len(words) else float("inf")
        pause = next((p for p in pauses if w["end"] - 0.3 <= p["start"] < following), None)
        start = w["start"]
        out.append((w["text"], f"{int(start // 60)}:{start % 60:04.1f}", w["probability"] < 0.5,
                    f"{pause['end'] - pause['start']:.1f}" if pause else None))
    return out


def render(request: Request, name: str, status_code: int = 200, **context):
    from .auth import csrf_token

    lang = ui_lang(request)
    tr = Translator(lang)
    context.setdefault("csrf_token", csrf_token(request))
    context.setdefault("csp_nonce", request.scope.get("state", {}).get("csp_nonce", ""))
    context.setdefault("multi_user", request.app.state.settings.multi_user)
    context.setdefault("user", request.session.get("user"))
    response = templates.TemplateResponse(
        request, name, {"_": tr, "lang": lang, "languages": LANG_NAMES, "version": __version__,
                        "segments": highlight_segments, "transcript_pieces": transcript_pieces,
                        "dimension_names": {k: tr(v) for k, v in DIMENSION_NAMES.items()},
                        "category_names": {k: tr(v) for k, v in CATEGORY_NAMES.items()},
                        "role_names": {k: tr(v) for k, v in ROLE_NAMES.items()},
                        "band_names": {k: tr(v) for k, v in BAND_NAMES.items()}, "band_of": band_of, "shown_dimensions": shown_dimensions,
                        "locale_name": Locale.parse(lang).display_name, **context},
        status_code=status_code)
    if request.query_params.get("lang") and normalise(request.query_params["lang"]):
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


@dataclass
class WebState:
    """What the web app's routes share, made once by ``create_app``."""

    coach: Coach                # settings, bank and database for the services
    settings: Settings
    login_limiter: "LoginLimiter"  # counts in the database (shared by every web process)
    jobs: Any                   # the runner of recording jobs (worker.LocalRunner or worker.queue.QueueRunner)


def web_state(request: Request) -> WebState:
    return request.app.state.web


def coach_of(request: Request) -> Coach:
    return request.app.state.web.coach


Web = Annotated[WebState, Depends(web_state)]
CoachDep = Annotated[Coach, Depends(coach_of)]
UiLang = Annotated[str, Depends(ui_lang)]
Role = Annotated[str | None, Depends(chosen_role)]
