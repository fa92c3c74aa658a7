"""Job adverts: paste or give an advert (hr/de/en) and get the job it is for (role), the duties and
the skills it asks for, the bank's questions ranked for it (with the advert line each one answers
to), and the words to use (keywords, as for a company).

Adverts are read by their sections when they have headings ("Your tasks", "Ihr Profil", "Što
očekujemo") and by duty and skill words line by line when they do not; the words per language are
data (``checks/rules/<lang>/adverts.yml``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from .bank import Bank
from .bank.model import ROLES
from .checks.ruledata import rules_dir
from .company import CompanyError, Keyword, analyze
from .errors import InvalidInput
from .nlp import langid

MAX_TEXT = 50_000
HEADING_MAX_WORDS = 7
TOP_QUESTIONS = 8
BULLET = re.compile(r"^\s*(?:[-–—•·*▪●○◦]|\d{1,2}[.)])\s*")


class AdvertError(InvalidInput):
    """The advert cannot be read (empty, too-long, unsupported-language)."""

    family = "advert"


@dataclass
class RankedQuestion:
    id: str
    text: str
    score: float
    because: str | None  # the advert line this question answers to


@dataclass
class JobAdvert:
    language: str
    title: str | None
    role: str | None                     # shop, call-centre, front-desk, counter, or None when unclear
    role_scores: dict[str, int]
    duties: list[str]
    skills: list[str]
    keywords: list[Keyword]
    questions: list[RankedQuestion] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"language": self.language, "title": self.title, "role": self.role, "role_scores": self.role_scores,
                "duties": self.duties, "skills": self.skills, "keywords": [k.term for k in self.keywords],
                "questions": [asdict(q) for q in self.questions]}


@lru_cache(maxsize=None)
def words(lang: str) -> dict:
    from ruamel.yaml import YAML

    return YAML(typ="safe").load((rules_dir(lang) / "adverts.yml").read_text("utf-8"))


@lru_cache(maxsize=None)
def _pattern(cue: str, lang: str) -> re.Pattern:
    """A cue as a regular expression over whole words. Croatian and German inflect every word of a
    phrase ("pozivni centar", "u pozivnom centru"), so there each longer word keeps only its stem;
    in English only the last word takes an ending ("call" -> "calls")."""
    parts = cue.lower().split()
    if lang in ("hr", "de"):
        parts = [re.escape(w[:-2] if len(w) >= 6 else w[:-1] if len(w) == 5 else w) + (r"\w*" if len(w) >= 5 else "")
                 for w in parts]
    else:
        parts = [re.escape(w) for w in parts]
        parts[-1] += r"\w*" if len(cue) >= 4 else ""
    return re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)


def _count(cues: list[str], text: str, lang: str) -> int:
    return sum(len(_pattern(c, lang).findall(text)) for c in cues)


def _lines(text: str) -> list[str]:
    out = []
    for raw in text.splitlines():
        line = BULLET.sub("", raw).strip()
        if line:
            out.append(line)
    return out


def _heading(line: str, headings: dict[str, list[str]]) -> str | None:
    """The kind of section a heading line opens (duties, skills, offer), or None for a plain line."""
    plain = line.lower().rstrip(":").strip()
    if len(plain.split()) > HEADING_MAX_WORDS or (line.rstrip().endswith(".") and not line.rstrip().endswith(":")):
        return None
    for kind, cues in headings.items():
        if any(plain == c or plain.startswith(c) or (line.rstrip().endswith(":") and c in plain) for c in cues):
            return kind
    return None


def _split_items(line: str) -> list[str]:
    """A section line may hold several items in one sentence list ("a; b; c")."""
    parts = [p.strip(" ,;") for p in re.split(r";\s+|\s+•\s+", line)]
    return [p for p in parts if len(p.split()) >= 2]


def sections(text: str, lang: str) -> tuple[list[str], list[str], str | None]:
    """(duties, skills, title): by headings when the advert has them, else by cue words per line."""
    data = words(lang)
    lines = _lines(text)
    duties: list[str] = []
    skills: list[str] = []
    kind = None
    seen_heading = False
    title = None
    for i, line in enumerate(lines):
        found = _heading(line, data["headings"])
        if found:
            kind, seen_heading = found, True
            continue
        if i == 0 and len(line.split()) <= 10 and not line.endswith("."):
            title = line.rstrip(":")
            continue
        if kind == "duties":
            duties += _split_items(line)
        elif kind == "skills":
            skills += _split_items(line)
    if not seen_heading or not (duties or skills):
        from .nlp.text import sentences as split

        body = "\n".join(lines[1:] if title else lines)
        for s in split(body, lang):
            d, k = _count(data["cues"]["duties"], s.text, lang), _count(data["cues"]["skills"], s.text, lang)
            if d > k:
                duties.append(s.text.strip())
            elif k > 0:
                skills.append(s.text.strip())
    return _unique(duties)[:15], _unique(skills)[:15], title


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def role_of(text: str, lang: str) -> tuple[str | None, dict[str, int]]:
    """The job the advert is for: the role whose words it uses most (None when it names none)."""
    scores = {role: _count(words(lang)["roles"].get(role, []), text, lang) for role in ROLES}
    best = max(scores, key=scores.get)
    ordered = sorted(scores.values(), reverse=True)
    if ordered[0] == 0 or ordered[0] == ordered[1]:
        return None, scores
    return best, scores


def rank_questions(bank: Bank, lang: str, role: str | None, items: list[str], top: int = TOP_QUESTIONS) -> list[RankedQuestion]:
    """The bank's questions for this job, ordered by how close each is in meaning to the advert's
    duties and skills (the mean of its two closest lines); the job's own questions get a small lift."""
    from .nlp import embed

    candidates = [q for q in bank.for_role(role) if q.category != "opening"]
    if not candidates:
        return []
    if not items:
        return [RankedQuestion(q.id, q.in_lang(lang).text, 0.0, None) for q in candidates[:top]]
    described = [" ".join([t.text, t.what_they_want, *(k.text for k in t.key_points)])
                 for t in (q.in_lang(lang) for q in candidates)]
    sims = embed.queries(described) @ embed.queries(items).T
    sims = sims - sims.mean(axis=0, keepdims=True)  # what sets a question apart for this line, not "customers" in general
    ranked = []
    for i, q in enumerate(candidates):
        row = sorted(sims[i], reverse=True)
        score = float(sum(row[:2]) / min(2, len(row))) + (0.01 if role and q.role_specific else 0.0)
        ranked.append(RankedQuestion(q.id, q.in_lang(lang).text, round(score, 3), items[int(sims[i].argmax())]))
    ranked.sort(key=lambda r: -r.score)
    return ranked[:top]


def analyze_advert(text: str, bank: Bank, lang: str | None = None, top: int = TOP_QUESTIONS) -> JobAdvert:
    """Read a job advert. Raises ``AdvertError`` (empty, too-long, unsupported-language)."""
    text = (text or "").strip()
    if not text:
        raise AdvertError("empty")
    if len(text) > MAX_TEXT:
        raise AdvertError("too-long", f"{len(text)} characters")
    if lang is None:
        guess = langid.guess(text)
        if guess.lang is None:
            raise AdvertError("unsupported-language", guess.name)
        lang = guess.lang
    duties, skills, title = sections(text, lang)
    role, scores = role_of(text, lang)
    try:
        found = analyze(". ".join(duties + skills) or text, lang=lang, top=14).keywords
    except CompanyError:
        found = []
    generic = {c.lower() for c in words(lang)["cues"]["skills"] + words(lang)["cues"]["duties"]}
    keywords = [k for k in found if k.term.lower() not in generic and (" " in k.term or len(k.term) >= 5)][:10]
    return JobAdvert(language=lang, title=title, role=role, role_scores=scores, duties=duties, skills=skills,
                     keywords=keywords, questions=rank_questions(bank, lang, role, duties + skills, top))
