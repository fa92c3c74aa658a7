"""The question bank in memory: questions with their texts in each language, rubric, preparation."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import LANGUAGES

DEFAULT_LENGTH_AIM = (60, 120)
# The jobs a user can practise for: shop floor (retail), call centre, hotel front desk, bank or
# telecom counter. A question without ``roles`` fits them all.
ROLES = ("shop", "call-centre", "front-desk", "counter")


@dataclass(frozen=True)
class KeyPoint:
    id: str
    text: str
    cues: tuple[str, ...] = ()
    optional: bool = False  # made by some answers only: credited when made, never missing
    by_cue: bool = False    # credited from its cue words only, never by meaning alone
    means: str = ""         # what the point looks like in an answer: read by meaning beside the text, if given


@dataclass(frozen=True)
class SampleAnswer:
    profile: str
    text: str


@dataclass(frozen=True)
class QuestionText:
    """A question as written in one language."""

    lang: str
    text: str
    variants: tuple[str, ...]
    what_they_want: str
    key_points: tuple[KeyPoint, ...]
    tips: tuple[str, ...]
    pitfalls: tuple[str, ...]
    sample_answers: tuple[SampleAnswer, ...]
    topic_cues: tuple[str, ...] = ()  # an answer to this question says at least one of them


@dataclass(frozen=True)
class Question:
    id: str
    category: str
    expects_example: bool
    texts: dict[str, QuestionText]
    pack: str = "core"
    pitfall_ids: tuple[str, ...] = ()          # pitfall checks this question is prone to (beside the common ones)
    length_aim: tuple[int, int] = DEFAULT_LENGTH_AIM  # seconds of speech a good answer takes
    roles: tuple[str, ...] = ROLES             # the jobs this question is asked for
    story_situation: str | None = None         # the key point a told story's setting covers
    story_result: str | None = None            # the key point a told story's result covers
    story_own: str | None = None               # the key point a story's own actions ("I…") cover
    own_record: str | None = None              # the key point the applicant's own record covers: its cues count
                                               # in any sentence ("Na studentskom poslu u pekari…")
    looks_ahead: bool = False                  # asks about the future: a past told is no answer (topic cues)
    admits_unknown: bool = False               # asks what you do when you don't know: "I don't know" is no hedge
    company_values: str | None = None          # the key point a given company's values, shown in the answer, cover
    company_terms: str | None = None           # the key point a given company's own words, used in the answer, cover
    company_research: str | None = None        # the key point (researched the company) a given company's values, shown, cover too

    def fits(self, role: str | None) -> bool:
        return role is None or role in self.roles

    @property
    def role_specific(self) -> bool:
        """Asked for some of the jobs only (e.g. a full call queue): a mock for that job should ask it."""
        return set(self.roles) != set(ROLES)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGUAGES if lang in self.texts)

    def in_lang(self, lang: str) -> QuestionText:
        """The text in ``lang``, else English, else the first language the question has."""
        for candidate in (lang, "en", *self.texts):
            if candidate in self.texts:
                return self.texts[candidate]
        raise KeyError(lang)

    def to_dict(self, lang: str) -> dict:
        """The stable JSON form documented in docs/json.md."""
        t = self.in_lang(lang)
        return {
            "id": self.id,
            "lang": t.lang,
            "category": self.category,
            "expects_example": self.expects_example,
            "text": t.text,
            "variants": list(t.variants),
            "what_they_want": t.what_they_want,
            "key_points": [{"id": k.id, "text": k.text, "optional": k.optional} for k in t.key_points],
            "tips": list(t.tips),
            "pitfalls": list(t.pitfalls),
            "sample_answers": [s.text for s in t.sample_answers],
            "sample_answer_profiles": [s.profile for s in t.sample_answers],
            "pack": self.pack,
            "pitfall_checks": list(self.pitfall_ids),
            "length_aim": list(self.length_aim),
            "roles": list(self.roles),
        }


@dataclass(frozen=True)
class RubricElement:
    id: str
    name: str
    text: str
    cues: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChecklistItem:
    id: str
    group: str
    text: str


@dataclass(frozen=True)
class AskQuestion:
    id: str
    text: str
    why: str = ""


@dataclass(frozen=True)
class Prep:
    checklist: tuple[ChecklistItem, ...]
    questions_to_ask: tuple[AskQuestion, ...]


@dataclass(frozen=True)
class PackMeta:
    name: str
    version: str
    languages: tuple[str, ...]
    title: str = ""
    path: str = ""


@dataclass
class Bank:
    questions: dict[str, Question] = field(default_factory=dict)
    rubric: dict[str, tuple[RubricElement, ...]] = field(default_factory=dict)
    prep: dict[str, Prep] = field(default_factory=dict)
    packs: list[PackMeta] = field(default_factory=list)
    # values derived from this bank by other layers (e.g. the engine's reference vectors), per bank
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    def question(self, qid: str) -> Question:
        try:
            return self.questions[qid]
        except KeyError:
            raise UnknownQuestion(qid, sorted(self.questions)) from None

    def categories(self) -> list[str]:
        return sorted({q.category for q in self.questions.values()})

    def for_role(self, role: str | None) -> list[Question]:
        """The questions asked for this job (all of them for None), in bank order."""
        return [q for q in self.questions.values() if q.fits(role)]

    def rubric_in(self, lang: str) -> tuple[RubricElement, ...]:
        return self.rubric.get(lang) or self.rubric.get("en", ())

    def prep_in(self, lang: str) -> Prep:
        return self.prep.get(lang) or self.prep["en"]


class UnknownQuestion(KeyError):
    def __init__(self, qid: str, known: list[str]):
        self.qid, self.known = qid, known
        super().__init__(qid)
