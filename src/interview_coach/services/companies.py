"""Companies and job adverts: analyse an "About us" text or an advert, keep it under a name, find it
again (its words for company fit; an advert's job for the questions), and show which of the user's
answers use its words."""

from __future__ import annotations

from ..advert import JobAdvert, analyze_advert
from ..company import CompanyProfile, Keyword, analyze, values_of
from ..store import repo
from .coach import DEFAULT_USER, Coach
from .models import CompanyRecord


def profile_of(record: CompanyRecord) -> CompanyProfile:
    """The profile of a saved company: its keywords, and its values found again in its About us text
    (a job advert has none)."""
    lang = record.language or "en"
    found = values_of(record.about, lang, record.name) if record.about and not record.advert else []
    return CompanyProfile(record.name, lang, [Keyword(k, 1.0) for k in record.keywords], found)


def save(coach: Coach, name: str, about: str | None, user: str = DEFAULT_USER,
         profile: CompanyProfile | None = None) -> CompanyProfile:
    """Analyse the text (unless a profile is given, e.g. from a YAML file) and keep it under ``name``.
    Raises ``CompanyError`` for text that cannot be analysed; nothing is saved then."""
    profile = profile or analyze(about or "", name=name)
    repo.save_company(coach.db, name, about, profile.language, [k.term for k in profile.keywords], user)
    return profile


def save_advert(coach: Coach, name: str | None, text: str, user: str = DEFAULT_USER) -> JobAdvert:
    """Read a job advert (``AdvertError`` when it cannot be read) and, with a name, keep it like a
    company: its keywords give company-fit credit, its job picks the questions."""
    advert = analyze_advert(text, coach.bank)
    if name:
        reading = {k: v for k, v in advert.to_json().items() if k not in ("keywords", "role_scores")}
        reading["questions"] = [q["id"] for q in reading["questions"]]
        repo.save_company(coach.db, name, text, advert.language, [k.term for k in advert.keywords], user,
                          advert=reading)
    return advert


def role_of(coach: Coach, name: str, user: str = DEFAULT_USER) -> str | None:
    """The job of a saved advert (None for a company, an advert for no clear job, or no such name)."""
    found = record(coach, name, user)
    return (found.advert or {}).get("role") if found else None


def record(coach: Coach, name: str, user: str = DEFAULT_USER) -> CompanyRecord | None:
    """A saved company or advert by name (any case), or None."""
    return next((c for c in saved(coach, user) if c.name.lower() == name.strip().lower()), None)


def saved(coach: Coach, user: str = DEFAULT_USER) -> list[CompanyRecord]:
    return repo.companies(coach.db, user)


def find(coach: Coach, name: str, user: str = DEFAULT_USER) -> CompanyProfile | None:
    """A saved company by name (any case), or None."""
    found = record(coach, name, user)
    return profile_of(found) if found else None


def answers_using(coach: Coach, profile: CompanyProfile, user: str = DEFAULT_USER, limit: int = 30) -> list[dict]:
    """The user's latest answers and which of the company's words each uses."""
    from ..answers import AnswerError
    from ..engine import company_terms_used

    out = []
    for session in reversed(repo.sessions(coach.db, user)):
        for a in repo.session_attempts(coach.db, session.session_id, user) or []:
            try:
                used = company_terms_used(profile, a.answer)
            except AnswerError:
                continue
            out.append({"question": a.question_text, "used": used, "session_id": session.session_id})
            if len(out) >= limit:
                return out
    return out
