"""Sentences and tokens with character offsets into the original text, and lemmas (simplemma)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import simplemma

# simplemma's code for Croatian is the Serbo-Croatian macrolanguage
SIMPLEMMA_LANG = {"hr": "hbs", "de": "de", "en": "en"}
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*\s?%?|\w+(?:[-'’]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str  # lower-cased lemma
    parts: tuple[str, ...] = ()  # forms and lemmas of the parts of a hyphenated word (web-stranici)

    @property
    def lower(self) -> str:
        """Lower case, with a typographic apostrophe as a plain one (don’t = don't)."""
        return self.text.lower().replace("’", "'")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int
    tokens: tuple[Token, ...]

    @property
    def lemmas(self) -> tuple[str, ...]:
        return tuple(t.lemma for t in self.tokens)

    def only(self, tokens) -> "Sentence":
        """The sentence read through some of its tokens only (a clause, the words outside a phrase), for a search
        that must stay within them; offsets stay those of the answer."""
        return Sentence(self.text, self.start, self.end, tuple(tokens))

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(t.lower for t in self.tokens)

    @cached_property
    def forms(self) -> frozenset[str]:
        """Every surface form, lemma and hyphen part in the sentence, for fast look-ups."""
        return frozenset(f for t in self.tokens for f in (t.lower, t.lemma, *t.parts))


@lru_cache(maxsize=200_000)
@lru_cache(maxsize=4096)
def german_noun(word: str) -> bool:
    """Is a German word written small a noun, by its dictionary form ("bäckerei" -> "Bäckerei"): a
    transcript in small letters still shows its nouns with their capital."""
    try:
        return simplemma.lemmatize(word, lang="de")[:1].isupper()
    except ValueError:
        return False


def lemma(word: str, lang: str) -> str:
    """The lower-cased lemma; a negated form keeps its negation (``don't`` is not ``do``, Croatian
    ``nije``/``neću`` are not ``biti``/``htjeti``), so that "I don't get stressed" never matches
    "get stressed" and a point said the other way round is not covered."""
    code = SIMPLEMMA_LANG.get(lang, lang)
    lower = word.lower()
    try:
        found = simplemma.lemmatize(word, lang=code).lower()
    except ValueError:
        return lower
    if _negated(lower, lang) and not _negated(found, lang):
        return lower
    return found


def _negated(word: str, lang: str) -> bool:
    if lang == "en":
        return word.endswith(("n't", "n’t"))
    if lang == "hr":
        return word.startswith(("ne", "ni")) and len(word) > 3
    return False


# English contractions that say a word and its auxiliary ("you're" is "you" and "are"); negated ones
# ("don't") are left whole, as their lemma keeps the negation
CONTRACTION = re.compile(r"^(\w+)['’](re|m|ve|ll|d|s)$", re.IGNORECASE)
AUXILIARY = {"re": "are", "m": "am", "ve": "have", "ll": "will", "d": "would"}


def _parts(word: str, lang: str) -> tuple[str, ...]:
    if lang == "en" and (m := CONTRACTION.match(word)):
        base, aux = m.group(1).lower(), m.group(2).lower()
        return tuple(dict.fromkeys([base, lemma(base, lang)] + ([AUXILIARY[aux]] if aux in AUXILIARY else [])))
    if "-" not in word:
        return ()
    pieces = [p for p in word.split("-") if p]
    return tuple(dict.fromkeys([p.lower() for p in pieces] + [lemma(p, lang) for p in pieces]))


def tokens(text: str, lang: str, offset: int = 0) -> tuple[Token, ...]:
    return tuple(Token(m.group(), offset + m.start(), offset + m.end(), lemma(m.group().replace("’", "'"), lang),
                       _parts(m.group(), lang))
                 for m in TOKEN_RE.finditer(text))


def sentences(text: str, lang: str) -> list[Sentence]:
    """Split into sentences (simplemma, per line), keeping each sentence's offsets into ``text``."""
    out: list[Sentence] = []
    code = SIMPLEMMA_LANG.get(lang, lang)
    text = unwrapped(text, lang)
    for line in re.finditer(r"[^\n]+", text):
        pos = line.start()
        pieces = [p for whole in simplemma.split_sentences(line.group(), lang=code) for p in _cut_further(whole)]
        for piece in _slogans_joined(pieces, line.group()):
            piece = piece.strip()
            if not piece:
                continue
            start = text.find(piece, pos)
            if start < 0:  # the splitter changed the text: fall back to the whole line
                start, piece = line.start(), line.group().strip()
            end = start + len(piece)
            pos = end
            toks = tokens(piece, lang, start)
            if toks:
                out.extend(run_on_parts(Sentence(piece, start, end, toks), text, lang))
    return out


# A hard-wrapped answer (pasted from an e-mail or a form that breaks lines at a width) has line ends in the middle
# of its sentences: "…I stacked shelves and loaded\ntrucks, then finished school." Such a line end is read as a
# space, so that "trucks, then finished school." is no sentence of its own. A line end is one after a full stop,
# a colon or a closing mark, before a bullet or a digit, or a blank line; it is a space after a comma or before a
# word written small, and in German before a noun after a word written small ("und\nLastwagen beladen").
LINE_END = re.compile(r"(?<=\S)[ \t]*\r?\n(?=[ \t]*[^\W\d_])")
WORD_AT_END = re.compile(r"([^\W\d_]+)[ \t]*$")
FIRST_WORD = re.compile(r"[ \t]*([^\W\d_]+)")


def unwrapped(text: str, lang: str) -> str:
    """``text`` with the line ends of a hard wrap as spaces (see LINE_END); the same length, so that offsets into
    it are offsets into ``text``."""
    return LINE_END.sub(lambda m: " " * len(m.group()) if _wrapped(text, m, lang) else m.group(), text)


def _wrapped(text: str, m: re.Match, lang: str) -> bool:
    before = text[max(0, m.start() - 40):m.start()]
    if before.endswith(","):
        return True
    last, first = WORD_AT_END.search(before), FIRST_WORD.match(text, m.end()).group(1)
    if not last or not last.group(1)[-1:].islower():
        return False
    return first[0].islower() or (lang == "de" and german_noun(first.lower()))


SLOGAN_PART_WORDS = 3  # words of each part of a quoted slogan whose full stops end no sentence


def _open_quote(piece: str) -> bool:
    """Whether a quotation opened in ``piece`` is still open at its end („Zuhören. — it closes in a later piece):
    „ opens, “ closes an open one (German) or opens (English), ” closes, a straight " opens or closes."""
    depth = 0
    for k, ch in enumerate(piece):
        if ch == "„":
            depth += 1
        elif ch == "“":
            depth = depth - 1 if depth else 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"' and not (k and piece[k - 1].isdigit()):  # not the inch mark of 'a 27" bike'
            depth = 0 if depth else 1
    return depth > 0


def _slogans_joined(pieces: list[str], line: str) -> list[str]:
    """The splitter's pieces of ``line``, with a quoted slogan of short parts kept in its sentence: "Ihr Leitsatz
    „Zuhören. Verstehen. Lösen.“ beschreibt genau, wie ich arbeite" is one sentence, not four (a job seeker's trial
    quoted "…Ihr Leitsatz „Zuhören." as a result)."""
    spans: list[list[int]] = []
    pos = 0
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        at = line.find(piece, pos)
        if at < 0:
            return pieces  # the splitter changed the text: leave its pieces as they are
        pos = at + len(piece)
        head = re.split(r"[“”«\"]", piece, maxsplit=1)[0]
        if spans and _open_quote(line[:spans[-1][1]]) and len(head.split()) <= SLOGAN_PART_WORDS \
                and len(re.split(r"[.!?…]", re.split(r"[„“\"]", line[spans[-1][0]:spans[-1][1]])[-1])[0].split()) \
                <= SLOGAN_PART_WORDS:
            spans[-1][1] = pos
        else:
            spans.append([at, pos])
    return [line[a:b] for a, b in spans]


# Sentence ends the splitter leaves: a sentence that starts small after a full stop (a transcript or a
# quick typist: "…first. then i'd pass it on."), and one after a closing quote ("…falsch.“ Ich habe…", "…bills.' I had").
# Not after an abbreviation ("z. B. wenn", "npr. kad", "e.g. when"): a short word or a listed one.
SMALL_START = re.compile(r"(?<=[^\W\d_]{3}[.!?])\s+(?=[^\W\d_])")
AFTER_QUOTE = re.compile(r"(?<=[.!?…][“”\"»«‘’'])\s+(?=[A-ZÀ-ÖØ-Þ„“\"«»‚‘'ČĆŽŠĐ])")
ABBREVIATIONS = frozenset({"etc", "usw", "bzw", "ggf", "inkl", "vgl", "bspw", "evtl", "sog", "ca", "npr", "tzv",
                           "itd", "tj", "sl", "dr", "mr", "mrs", "approx", "incl", "vs", "min", "max", "str"})


def _cut_further(piece: str) -> list[str]:
    """``piece`` of the splitter, cut where a sentence ends that it did not see (see SMALL_START)."""
    out, start = [], 0
    cuts = sorted({m.start() for m in AFTER_QUOTE.finditer(piece)}
                  | {m.start() for m in SMALL_START.finditer(piece)
                     if piece[m.start() + len(m.group()):][:1].islower()
                     and re.search(r"(\w+)[.!?]$", piece[:m.start()]).group(1).lower() not in ABBREVIATIONS})
    for cut in cuts:
        out.append(piece[start:cut])
        start = cut
    out.append(piece[start:])
    return [p for p in out if p.strip()]


# A transcript from speech recognition, or dictated text, often comes without punctuation: the whole
# answer is one "sentence", every quote is all of it, and a cue meant for one sentence finds its words
# anywhere. Such a run-on (this many words, hardly a comma) is cut before the words that start a new
# clause in speech ("…ich hör mir das an und wenn er fertig ist…"), into parts of PART_WORDS or more.
RUN_ON_WORDS, RUN_ON_WORDS_PER_MARK, PART_WORDS = 40, 30, 10
RUN_ON_JOINS = {
    "en": frozenset({"and", "so", "but", "then", "because", "when", "if"}),
    "de": frozenset({"und", "aber", "weil", "wenn", "deshalb", "trotzdem"}),
    "hr": frozenset({"i", "pa", "ali", "onda", "jer", "kad", "kada", "a", "tako", "ako"}),
}


def run_on_parts(sentence: Sentence, text: str, lang: str) -> list[Sentence]:
    """``sentence``, or its parts when it is a run-on without punctuation (see RUN_ON_WORDS)."""
    toks, joins = sentence.tokens, RUN_ON_JOINS.get(lang, frozenset())
    marks = sum(sentence.text.count(m) for m in ",;:–—")
    if len(toks) < RUN_ON_WORDS or marks * RUN_ON_WORDS_PER_MARK > len(toks) or not joins:
        return [sentence]
    cuts, last = [], 0
    for k in range(PART_WORDS, len(toks) - PART_WORDS // 2):
        if k - last >= PART_WORDS and toks[k].lower in joins and toks[k - 1].lower not in joins:
            cuts.append(k)
            last = k
    bounds = [0, *cuts, len(toks)]
    parts = []
    for a, b in zip(bounds, bounds[1:]):
        start, end = toks[a].start, (toks[b].start if b < len(toks) else sentence.end)
        piece = text[start:end].rstrip()
        parts.append(Sentence(piece, start, start + len(piece), toks[a:b]))
    return parts




