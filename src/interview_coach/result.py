"""The Feedback result and its versioned JSON form (documented in docs/feedback-json.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SCHEMA_VERSION = "2.3"  # 1.1: transcript and delivery for spoken answers; 1.2: relevance_detail.question_words_used;
#                        1.3: relevance_detail.meaning, .question_words_missing, .tip;
#                        2.0: pitfalls, advice (coded suggestions), length.aim_seconds per question, scores recalibrated;
#                        2.1: pitfalls[].name; 2.2: insights.key_points_from; 2.3: insights.score_parts
#                        (the score blends the rule score with the impression, impression.py)
DIMENSIONS = ("relevance", "key_points", "elements", "example", "company_fit", "length", "wording", "delivery")
BANDS = (("strong", 75), ("good", 60), ("developing", 40), ("weak", 0))


def band_for(score: int | None) -> str:
    if score is None:
        return "cannot-judge"
    return next(name for name, floor in BANDS if score >= floor)


def shown_dimensions(dimensions: dict, insights: dict | None) -> dict:
    """The sub-scores a person is shown: every one that applies, but no "Good service" bar where service is
    not the subject (``insights.about_service`` false: salary, five years, why leaving), where "Good service 0"
    reads as a failing mark and "100" under a complaint about the old boss as praise. The score still weighs
    it, as the JSON's ``dimensions`` tell. Nor an "Example (STAR)" bar where the question asks for no story
    (``insights.story_asked`` false: why leaving, a CV gap), where "Example 75" under a reason for leaving
    puzzles a job seeker (three native reviewers); a story told there still counts in the score."""
    ins = insights or {}
    hide = {"elements" if ins.get("about_service") is False else None,
            "example" if ins.get("story_asked") is False else None}
    return {k: v for k, v in dimensions.items() if v is not None and k not in hide}


@dataclass
class Evidence:
    text: str
    start: int
    end: int


@dataclass
class Item:
    """A key point or an element of good service, and whether the answer covers it."""

    id: str
    label: str
    covered: bool
    evidence: Evidence | None = None
    confidence: float = 0.0


@dataclass
class StarPart:
    present: bool
    evidence: Evidence | None = None


@dataclass
class Finding:
    """A wording rule that fired (or, for 'use' rules, that found the good phrases)."""

    id: str
    level: str
    polarity: str
    message: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Feedback:
    question_id: str | None
    question_text: str
    language: str | None
    ui_language: str
    judged: bool = True
    reason: str | None = None
    score: int | None = None
    band: str = "cannot-judge"
    relevance: float | None = None
    dimensions: dict[str, int | None] = field(default_factory=lambda: {d: None for d in DIMENSIONS})
    key_points: list[Item] = field(default_factory=list)
    elements: list[Item] = field(default_factory=list)
    star: dict[str, StarPart] = field(default_factory=dict)
    has_example: bool = False
    result_is_concrete: bool = False
    says_what_i_did: bool | None = None
    length: dict = field(default_factory=dict)
    company: dict | None = None
    findings: list[Finding] = field(default_factory=list)
    strengths: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    insights: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    language_detected: dict = field(default_factory=dict)
    transcript: dict | None = None  # spoken answers: text, language, confidence, words with timings
    delivery: dict | None = None  # spoken answers: rate, pauses, fillers, duration
    pitfalls: list[dict] = field(default_factory=list)  # committed pitfalls: id, serious, by, message, evidence
    advice: list[dict] = field(default_factory=list)  # the suggestions with their code and priority

    def to_json(self) -> dict:
        data = asdict(self)
        return {"schema_version": SCHEMA_VERSION, **data}
