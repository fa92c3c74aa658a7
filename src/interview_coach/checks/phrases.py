"""Match words and phrases by lemma, in any inflection, with offsets.

A phrase is a sequence of words; each word matches a token whose lemma or surface form equals the
word's lemma or form. ``*`` at the start or end of a word matches inside compounds
(``*zufriedenheit`` matches ``Kundenzufriedenheit``). ``=`` before a word matches that form only,
not its other inflections: where the tense or mood is the point (``kad =sam bio``, a past "when I
was", must not match the conditional ``kad bih bio``, whose auxiliary has the same lemma).
``%`` matches a percentage, ``#`` any number.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..nlp.text import Sentence, Token, lemma, tokens


@dataclass(frozen=True)
class Word:
    forms: frozenset[str]
    prefix: bool = False   # word*  : token starts with it
    suffix: bool = False   # *word  : token ends with it (compounds)
    exact: bool = False    # =word  : this form only, not the lemma's other forms

    def matches(self, tok: Token) -> bool:
        if self.exact:
            return tok.lower in self.forms
        if "#" in self.forms:
            return tok.text[:1].isdigit()
        if "%" in self.forms:
            return tok.text.endswith("%")
        candidates = (tok.lower, tok.lemma, *tok.parts)
        if self.prefix and self.suffix:
            return any(f in c for f in self.forms for c in candidates)
        if self.prefix:
            return any(c.startswith(f) for f in self.forms for c in candidates)
        if self.suffix:
            return any(c.endswith(f) for f in self.forms for c in candidates)
        return any(c in self.forms for c in candidates)


@dataclass(frozen=True)
class Phrase:
    source: str
    words: tuple[Word, ...]

    @property
    def required(self) -> tuple[frozenset[str], ...]:
        """Form sets of the words that must occur as whole tokens (no wildcards, no numbers)."""
        return tuple(w.forms for w in self.words
                     if not (w.prefix or w.suffix) and not ({"#", "%"} & w.forms))


@lru_cache(maxsize=20_000)
def compile_phrase(phrase: str, lang: str) -> Phrase:
    words = []
    for raw in phrase.split():
        if raw.startswith("=") and len(raw) > 1:
            words.append(Word(frozenset([raw[1:].lower()]), exact=True))
            continue
        suffix, prefix = raw.startswith("*"), raw.endswith("*")
        core = raw.strip("*")
        if core in ("%", "#"):
            words.append(Word(frozenset([core])))
            continue
        toks = tokens(core, lang)
        for i, tok in enumerate(toks):
            forms = frozenset({tok.lower, tok.lemma})
            if prefix or suffix:
                forms = frozenset({tok.lower})  # no lemma for fragments
            words.append(Word(forms, prefix=prefix and i == len(toks) - 1, suffix=suffix and i == 0))
    return Phrase(phrase, tuple(words))


def find(phrase: Phrase, sentence: Sentence) -> list[tuple[int, int]]:
    """Character spans (into the answer) where ``phrase`` occurs in ``sentence``."""
    spans: list[tuple[int, int]] = []
    toks, n = sentence.tokens, len(phrase.words)
    if not n:
        return spans
    forms = sentence.forms
    if any(not (required & forms) for required in _required(phrase)):
        return spans  # a word of the phrase is not in the sentence at all
    for i in range(len(toks) - n + 1):
        if all(w.matches(toks[i + j]) for j, w in enumerate(phrase.words)):
            spans.append((toks[i].start, toks[i + n - 1].end))
    return spans


@lru_cache(maxsize=20_000)
def _required(phrase: Phrase) -> tuple[frozenset[str], ...]:
    return phrase.required


def find_any(phrases: list[Phrase], sentence: Sentence) -> list[tuple[Phrase, tuple[int, int]]]:
    return [(p, span) for p in phrases for span in find(p, sentence)]


def lemma_of(word: str, lang: str) -> str:
    return lemma(word, lang)
