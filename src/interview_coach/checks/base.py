"""The check protocol: every check is one unit with an id, the dimension it scores and one ``run``
over a shared :class:`Context`, returning an :class:`Outcome` (a score and advice with evidence).

The engine builds the context once per answer (sentences, their vectors, the story's parts, the
length), runs the enabled checks of :data:`.registry.REGISTRY` in order and merges their advice by
priority. A check may read what an earlier one left in ``ctx.outcomes`` (the pitfalls, whether the
answer is off-topic): the registry's order is also the order of advice of equal priority.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, ClassVar

import numpy as np

from ..result import Evidence, Finding

if TYPE_CHECKING:  # types only: the checks import nothing above them
    from ..bank import Bank, Question
    from ..i18n import Translator
    from ..speech.transcript import Transcript


@dataclass
class Advice:
    """One suggestion a check makes: ``code`` is the grading guide's name for the improvement
    (docs/grading.md, "Main improvement"), ``priority`` 0-100 orders the suggestions."""

    check: str
    code: str
    priority: int
    message: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Outcome:
    """What one check found: its dimension's score (0-100; None: not judged), its advice, and the
    details the feedback shows (``data``, the check's own shape)."""

    score: int | None = None
    advice: list[Advice] = field(default_factory=list)
    data: Any = None


@dataclass
class Context:
    """Everything the checks share about one answer, built once by the engine."""

    bank: "Bank"
    question: "Question | None"
    question_text: str          # the question as shown (a bank question in the answer's language)
    typed_text: str | None      # a question typed in by the user (None for a bank question)
    typed_lang: str | None      # its language, when it could be told
    lang: str                   # the answer's language
    tr: "Translator"            # the interface language
    text: str
    sentences: list
    vecs: np.ndarray            # one vector per sentence
    answer_vec: np.ndarray      # their mean, weighted by length
    category: str               # the bank question's category, "free" for a typed-in one
    expects_example: bool
    aim: tuple[int, int]        # seconds
    enabled: Callable[[str], bool]
    company: Any = None         # a company.CompanyProfile
    transcript: "Transcript | None" = None
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)  # phrase findings shown with the answer
    excluded: set[int] = field(default_factory=set)        # sentences that count for no key point
    points_cache: dict = field(default_factory=dict)       # relevance.points_covered, by question and excluded

    @cached_property
    def story(self):
        """The answer's story parts (situation, task, action, result), read once."""
        from . import star

        return star.run(self.sentences, self.text, self.lang, self.vecs, asked=self.expects_example)

    @cached_property
    def borrowed(self) -> "Question | None":
        """For a typed-in question, the bank question whose key points it borrows (``references.borrowed_question``)."""
        if self.question is not None or not self.typed_text:
            return None
        from .references import borrowed_question

        return borrowed_question(self.bank, self.typed_text, self.lang, self.answer_vec)

    @cached_property
    def words(self) -> list[str]:
        return [t.text for s in self.sentences for t in s.tokens]

    @cached_property
    def length(self) -> dict:
        """Words, estimated speaking time and verdict; a recording's real spoken time wins."""
        from . import length

        measured = length.measure(self.words, self.lang, self.aim)
        if self.transcript is not None:
            spoken = round(self.transcript.spoken_seconds, 1)
            measured.update(seconds=spoken, verdict=length.verdict(spoken, self.aim), measured=True)
        return measured

    @property
    def off_topic(self) -> bool:
        rel = self.outcomes.get("content.relevance")
        return bool(rel and rel.data["tip"] == "off-topic")

    @property
    def committed(self) -> list:
        """The pitfalls committed (empty when that check did not run)."""
        out = self.outcomes.get("content.pitfalls")
        return out.data["committed"] if out else []


class Check:
    """A unit of the check protocol. ``rules`` lists the ids it can switch off one by one (``--disable``
    takes any of them or a dotted prefix); the unit runs when ``applies`` and its own id is enabled."""

    id: ClassVar[str]
    dimension: ClassVar[str | None] = None
    summary: ClassVar[str] = ""

    def rules(self, lang: str) -> list[str]:
        return [self.id]

    def applies(self, ctx: Context) -> bool:
        return ctx.enabled(self.id)

    def run(self, ctx: Context) -> Outcome:  # pragma: no cover - every unit has its own
        raise NotImplementedError
