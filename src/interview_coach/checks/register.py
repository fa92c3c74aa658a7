"""register.mixed_language: sentences in another language than the answer's, also when the
answer's language was given (an interview is held in one language); and the sentences that carry
no evidence of anything (a name, a greeting), which never count for a key point."""

from __future__ import annotations

from functools import lru_cache

from ..nlp import langid
from ..nlp.text import Sentence
from ..result import Evidence
from .phrases import Phrase, compile_phrase, find_any
from .rules import rules_dir

MIN_WORDS = 4          # shorter sentences are too short to tell their language reliably
MIN_CONFIDENCE = 0.75  # lingua's confidence that a sentence is in the other language
SHORT_SENTENCE = 9     # a "no evidence" phrase only empties a sentence this short (in words)
# languages so close to the answer's that a sentence read as one of them is no switch: lingua reads
# some Croatian sentences as Slovene ("Vaša trgovina nudi upravo to, zato sam se prijavila.")
CLOSE = {"hr": frozenset({"SLOVENE", "SERBIAN", "BOSNIAN"})}


def mixed_language(sentences: list[Sentence], lang: str) -> list[Evidence]:
    """The sentences written in a language other than ``lang`` (supported or not)."""
    out = []
    for s in sentences:
        if len(s.tokens) < MIN_WORDS:
            continue
        g = langid.guess(s.text)
        other = g.lang or g.name
        if other != lang and g.confidence >= MIN_CONFIDENCE and g.name not in CLOSE.get(lang, ()):
            out.append(Evidence(s.text, s.start, s.end))
    return out


@lru_cache(maxsize=None)
def no_evidence_phrases(lang: str) -> tuple[Phrase, ...]:
    path = rules_dir(lang) / "no_evidence.txt"
    lines = path.read_text("utf-8").splitlines()
    return tuple(compile_phrase(l.strip(), lang) for l in lines if l.strip() and not l.startswith("#"))


def empty_sentences(sentences: list[Sentence], lang: str) -> set[int]:
    """Indices of short sentences that only introduce (a name, a greeting, "thank you for the
    question"): they are no evidence for a key point, an element or a pitfall."""
    phrases = list(no_evidence_phrases(lang))
    return {i for i, s in enumerate(sentences) if len(s.tokens) <= SHORT_SENTENCE and find_any(phrases, s)}
