"""register.mixed_language: sentences in another language than the answer's, also when the
answer's language was given (an interview is held in one language); and the sentences that carry
no evidence of anything (a name, a greeting), which never count for a key point."""

from __future__ import annotations

from functools import lru_cache

from ..nlp import langid
from ..nlp.text import SIMPLEMMA_LANG, Sentence
from ..result import Evidence
from .phrases import Phrase, compile_phrase, find_any
from .reported import quoted_spans, unquoted_tokens
from .ruledata import rules_dir
from .rules import word_list

MIN_WORDS = 4          # shorter sentences are too short to tell their language reliably
MIN_CONFIDENCE = 0.75  # lingua's confidence that a sentence is in the other language
SHORT_SENTENCE = 9     # a "no evidence" phrase only empties a sentence this short (in words)
# languages so close to the answer's that a sentence read as one of them is no switch: lingua reads
# some Croatian sentences as Slovene ("Vaša trgovina nudi upravo to, zato sam se prijavila.")
CLOSE = {"hr": frozenset({"SLOVENE", "SERBIAN", "BOSNIAN"})}


def mixed_language(sentences: list[Sentence], lang: str) -> list[Evidence]:
    """The sentences written in a language other than ``lang`` (supported or not), or that switch into
    another supported language halfway ("Also first of all würde ich mich entschuldigen, weil waiting is
    never fun"): a sentence the detector reads as another language, or one with SWITCH_MARKERS words
    that only another language uses. Words in quotation marks are someone else's ("ponavljao „troppo caro”"):
    only the sentence's own words are read."""
    out = []
    for s in sentences:
        text = _unquoted(s)
        if len(text.split()) < MIN_WORDS:
            continue
        g = langid.guess(text)
        other = g.lang or g.name
        if (other != lang and g.confidence >= MIN_CONFIDENCE and g.name not in CLOSE.get(lang, ())
                and words_agree(text, lang, g.lang)) or switches(s, lang):
            out.append(Evidence(s.text, s.start, s.end))
    return out


OWN_WORDS = 0.6  # a sentence whose words are this much the answer's language is no switch to an unsupported one


def _unquoted(sentence: Sentence) -> str:
    """The sentence's text with its quotations left out."""
    text, offset = sentence.text, sentence.start
    for a, b in sorted(quoted_spans(sentence), reverse=True):
        text = text[:a - offset] + " " + text[b - offset:]
    return text


def words_agree(text: str, lang: str, other: str | None) -> bool:
    """A second say, by dictionary, on a sentence lingua reads as another language (lingua's fast mode
    reads character statistics, and took "I grew up in Norwich and studied business at college." for
    German at 0.92, "I think I am a good team player." at 0.84): its words must belong to the other
    language more than to the answer's (``other`` one of hr/de/en), or, for a language the
    coach does not support, less than OWN_WORDS of them to the answer's. On the graded answers and the
    bank's sample answers this drops three false switches and no answer's real one."""
    import simplemma

    own = SIMPLEMMA_LANG[lang]
    if other is None:
        return dict(simplemma.langdetect(text, lang=(own,))).get(own, 0.0) < OWN_WORDS
    shares = dict(simplemma.langdetect(text, lang=(own, SIMPLEMMA_LANG[other])))
    # more the other's than the answer's: a tie is no evidence ("And if I find a shortcut, I pass it on to the rest
    # of the team." is all English words and all German-looking ones, and lingua read it as German at 0.93)
    return shares.get(SIMPLEMMA_LANG[other], 0.0) > shares.get(own, 0.0)


FOREIGN_WORDS = 3      # different words of another language in one answer that make it mixed (set on graded dev)
FOREIGN_MIN_LETTERS = 4  # shorter words are too often shared by chance ("hat", "die", "sam")


def foreign_words(sentences: list[Sentence], lang: str) -> list[tuple[str, Sentence]]:
    """The words of another of hr/de/en sprinkled into the answer's sentences ("basically koji je njegov use
    case", "Honestly, većina ljudi…", "short summary, da ne ode confused"), with their sentences: a word of
    four letters or more that the answer's language's dictionary does not know and another's does, not a
    loanword the language uses (``rules/<lang>/loanwords.txt``: "roaming", "online", "Laptop"), and not a
    name (capitalised inside a sentence). One switched sentence is found by :func:`mixed_language`; these
    are the single words a sentence-wise detector reads past. Not words in quotation marks: a guest's "grazie,
    signora" is part of the story."""
    import simplemma

    own, loans = SIMPLEMMA_LANG[lang], word_list(lang, "loanwords")
    others = [SIMPLEMMA_LANG[o] for o in ("hr", "de", "en") if o != lang]
    out = []
    for s in sentences:
        quotes = quoted_spans(s)
        for k, t in enumerate(s.tokens):
            word = t.text
            if any(a <= t.start < b for a, b in quotes):
                continue
            if len(word) < FOREIGN_MIN_LETTERS or not word.isalpha() or t.lower in loans:
                continue
            if k and word[0].isupper():  # a name: "Black Friday", "Excel", "Winterthur"
                continue
            if simplemma.is_known(t.lower, lang=own) or simplemma.is_known(word, lang=own):
                continue
            if any(simplemma.is_known(t.lower, lang=o) for o in others):
                out.append((word, s))
    return out


def sprinkled(sentences: list[Sentence], lang: str) -> list[tuple[str, Sentence]]:
    """:func:`foreign_words`, when FOREIGN_WORDS different ones or more are in the answer; else none."""
    found = foreign_words(sentences, lang)
    return found if len({w.lower() for w, _ in found}) >= FOREIGN_WORDS else []


SWITCH_MARKERS = 2  # words of another language's rules/<lang>/switch_markers.txt in one sentence


@lru_cache(maxsize=None)
def _other_markers(lang: str) -> tuple[frozenset[str], ...]:
    """Per other language of hr/de/en, its marker words that ``lang`` does not also use."""
    own = word_list(lang, "switch_markers")
    return tuple(word_list(other, "switch_markers") - own for other in ("hr", "de", "en") if other != lang)


def switches(sentence: Sentence, lang: str) -> bool:
    """Whether the sentence has SWITCH_MARKERS words that only another of hr/de/en uses. Set on the
    graded dev split and the bank's sample answers: no answer that keeps to one language has two."""
    words = [t.lower for t in unquoted_tokens(sentence)]
    return any(sum(w in markers for w in words) >= SWITCH_MARKERS for markers in _other_markers(lang))


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
