"""Match words and phrases by lemma, in any inflection, with offsets.

A phrase is a sequence of words; each word matches a token whose lemma or surface form equals the
word's lemma or form. ``*`` at the start or end of a word matches inside compounds
(``*zufriedenheit`` matches ``Kundenzufriedenheit``). ``=`` before a word matches that form only,
not its other inflections: where the tense or mood is the point (``kad =sam bio``, a past "when I
was", must not match the conditional ``kad bih bio``, whose auxiliary has the same lemma).
``%`` matches a percentage, ``#`` any number. ``…`` (or ``...``) between two words lets up to
``GAP`` other words stand between them, within the sentence: ``money … main thing`` finds "the
money's the main thing" and "money is honestly the main thing for me", so that one cue says the
idea rather than one wording of it. ``@name`` stands for any word of the language's word class
``name`` (``rules/<lang>/word_classes.yml``): ``@staff … @lazy`` says "colleagues were lazy", "my
supervisor was useless" and "the kitchen was slow" in one cue, and a word added to a class serves
every cue that names it. A gap between two class words stays within the clause: classes are broad,
and "the delivery was late, … the staff were great" is two thoughts, not one; a literal word beside
the gap ties the thoughts ("@perk … =to =mi =je @main": "plaće su redovite, a to mi je najbitnije").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..nlp.text import Sentence, Token, lemma, tokens
from .ruledata import word_classes

GAP = 8  # words that may stand in a ``…`` of a phrase
# auxiliaries that name the first person: in a pitfall cue they match themselves only, not their lemma's
# other forms, so "bin auch lauter geworden" (the applicant) is not "Er ist auch laut geworden" (the customer),
# nor "povisila sam ton" "povisila je ton"
PERSON_FORMS = {"hr": frozenset({"sam", "smo"}), "de": frozenset({"bin"})}
GAP_MARKS = ("…", "...")
CLAUSE_MARKS = ",;:–"  # punctuation that ends a clause (a gap next to a class word, negation, coverage._clause_z)


@dataclass(frozen=True)
class Word:
    forms: frozenset[str]
    prefix: bool = False   # word*  : token starts with it
    suffix: bool = False   # *word  : token ends with it (compounds)
    exact: bool = False    # =word  : this form only, not the lemma's other forms
    gap_before: bool = False  # … word : up to GAP other words may stand before it
    alternatives: tuple[Word, ...] = ()  # @class : any of these (forms then holds the plain ones')
    superlative: str = ""  # a superlative ("najvažnija", "wichtigste"), its language: the plain forms do not match
    clause_end: bool = False  # the last word of its clause (or before "und", "oder"…): a separated German prefix
    excluded: frozenset[str] = frozenset()  # whole words a *word never matches ("Sekunde" is no "*kunde")

    @property
    def plain(self) -> bool:
        """A whole-token word: no wildcard, no number, no class with a wildcard in it."""
        return not (self.prefix or self.suffix or {"#", "%"} & self.forms
                    or any(not a.plain for a in self.alternatives))

    def matches(self, tok: Token) -> bool:
        if self.alternatives:
            return any(a.matches(tok) for a in self.alternatives)
        if self.exact:
            return tok.lower in self.forms
        if self.superlative and not looks_superlative(tok.lower, tok.lemma, self.superlative):
            return False
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
            return any(c.endswith(f) for f in self.forms for c in candidates if c not in self.excluded)
        return any(c in self.forms for c in candidates)


@dataclass(frozen=True)
class Phrase:
    source: str
    words: tuple[Word, ...]
    # the same phrase with its contractions written out or its full forms contracted (``rules/<lang>/
    # contractions.txt``): "I'm reliable" also as "I am reliable"; found by :func:`find` as the phrase itself
    variants: tuple["Phrase", ...] = ()

    @property
    def required(self) -> tuple[frozenset[str], ...]:
        """Form sets of the words that must occur as whole tokens (no wildcards, no numbers)."""
        return tuple(w.forms for w in self.words if w.plain)


@lru_cache(maxsize=20_000)
def compile_phrase(phrase: str, lang: str, person: bool = False, variant: bool = True) -> Phrase:
    """``person``: the first-person auxiliaries (PERSON_FORMS) match themselves only (pitfall cues, where who
    does it is the point; a key point is covered by "ispričali smo se" as by "ispričala sam se")."""
    words: list[Word] = []
    gap = False
    for raw in phrase.split():
        if raw in GAP_MARKS:
            gap = bool(words)
            continue
        start = len(words)
        _compile_word(raw, lang, words, person)
        if gap and len(words) > start:
            words[start] = replace(words[start], gap_before=True)
        gap = False
    if not variant:
        return Phrase(phrase, tuple(words))
    variants = [replace(compile_phrase(v, lang, person, variant=False), source=phrase)
                for v in _contracted_otherwise(phrase, lang)]
    aux = _with_auxiliary(phrase, lang, person)
    if aux:  # Croatian "ispričala se" also as "ispričala sam se": the past's auxiliary stands before the clitic
        variants.append(replace(compile_phrase(aux, lang, person, variant=False), source=phrase))
    split = _separated(phrase, lang)
    if split:  # the prefix stands at the end of its clause ("…, nach dem Termin" is no "nachgeben")
        compiled = compile_phrase(split, lang, person, variant=False)
        variants.append(replace(compiled, source=phrase, words=(*compiled.words[:-1],
                                                                 replace(compiled.words[-1], clause_end=True))))
    return Phrase(phrase, tuple(words), tuple(variants))


CLITIC_AUX = {"hr": ("se", "sam", frozenset({"sam", "si", "je", "smo", "ste", "su", "bih", "bi", "bismo", "biste"}))}


def _with_auxiliary(phrase: str, lang: str, person: bool) -> str | None:
    """The phrase with the past's auxiliary put before its reflexive clitic, where a word stands right before the
    clitic ("ispričala se" -> "ispričala sam se"; Croatian puts "sam", "smo", "je" there, and "je" drops beside
    "se" in the third person, so the phrase as written says only "she apologised"). Not for pitfall cues
    (``person``), where who did it is the point; there "sam" is written out."""
    if lang not in CLITIC_AUX or person:
        return None
    clitic, aux, auxes = CLITIC_AUX[lang]
    raw = phrase.split()
    for k in range(1, len(raw)):
        if raw[k].lower() == clitic and raw[k - 1] not in GAP_MARKS and raw[k - 1].lower().lstrip("=") not in auxes \
                and not raw[k - 1].startswith("@"):
            return " ".join(raw[:k] + [aux] + raw[k:])
    return None


def false_compounds(lang: str) -> frozenset[str]:
    """Words that only look like compounds of a ``*word`` phrase (``rules/<lang>/false_compounds.txt``): "Sekunde"
    ends in "kunde" but names no customer."""
    from .rules import word_list

    return word_list(lang, "false_compounds")


@lru_cache(maxsize=None)
def contractions(lang: str) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """Contraction (as words) -> its full forms, and each full form -> the contraction, from
    ``rules/<lang>/contractions.txt`` (empty for Croatian)."""
    from .rules import lines

    table: dict[tuple[str, ...], tuple[tuple[str, ...], ...]] = {}
    for line in lines(lang, "contractions"):
        short, longs = (part.strip() for part in line.split("=", 1))
        fulls = tuple(tuple(f.split()) for f in longs.split("|"))
        table[(short,)] = fulls
        for full in fulls:
            table.setdefault(full, ((short,),))
    return table


# German separable prefixes: in a main clause the prefix goes to the end ("zurückrufen": "ich rufe ihn morgen zurück")
DE_SEPARABLE = ("zurück", "zusammen", "weiter", "durch", "nach", "fest", "auf", "aus", "bei", "ein", "mit", "vor", "weg",
                "an", "ab", "zu", "um", "her", "hin", "los")


def _separated(phrase: str, lang: str) -> str | None:
    """A German phrase that is one separable verb ("zurückrufen", "nachgefragt"), written as a main clause says
    it: the verb, up to GAP words, then its prefix ("rufen … =zurück"); None for any other (in "ausreden lassen"
    the verb is an infinitive, which stays whole)."""
    if lang != "de":
        return None
    raw = phrase.split()
    if len(raw) != 1:
        return None
    first = raw[0]
    if not first or first[0] in "=@*~#%…" or first.endswith("*"):
        return None
    word = lemma(first, lang).lower()
    for pre in DE_SEPARABLE:
        rest = word[len(pre):]
        # the rest is a verb of its own: "rufen" ("rufe" is one of its forms); not "zufrieden", "anderen"
        if word.startswith(pre) and len(rest) >= 4 and rest.endswith("en") and lemma(rest[:-1], lang).lower() == rest:
            return f"{rest} … ={pre}"
    return None


def _contracted_otherwise(phrase: str, lang: str) -> list[str]:
    """``phrase`` with every contraction written out, and with every full form contracted (each of a
    contraction's full forms in turn: "I'd" is "I would" and "I had"); [] when it has none."""
    table = contractions(lang)
    if not table:
        return []
    raw = phrase.split()
    out: list[str] = []
    for which in range(max((len(v) for v in table.values()), default=1)):
        words, k, changed = [], 0, False
        while k < len(raw):
            for n in (2, 1):
                key = tuple(w.lstrip("=").lower().replace("\u2019", "'") for w in raw[k:k + n])
                if len(key) == n and key in table and not any(w[:1] in "@*~…#%" for w in raw[k:k + n]):
                    forms = table[key]
                    exact = raw[k].startswith("=")
                    words += [("=" if exact else "") + w for w in forms[min(which, len(forms) - 1)]]
                    k, changed = k + n, True
                    break
            else:
                words.append(raw[k])
                k += 1
        text = " ".join(words)
        if changed and text != phrase and text not in out:
            out.append(text)
    return out


def _compile_word(raw: str, lang: str, words: list[Word], person: bool = False) -> None:
    """Append the word(s) that ``raw`` compiles to (a form can tokenize into several)."""
    if raw.startswith("@") and len(raw) > 1:
        words.append(_class_word(raw[1:], lang))
        return
    if raw.startswith("=") and len(raw) > 1:
        words.append(Word(frozenset([raw[1:].lower()]), exact=True))
        return
    suffix, prefix = raw.startswith("*"), raw.endswith("*")
    core = raw.strip("*")
    if core in ("%", "#"):
        words.append(Word(frozenset([core])))
        return
    toks = tokens(core, lang)
    for i, tok in enumerate(toks):
        forms = frozenset({tok.lower, tok.lemma})
        if tok.lower.endswith(("'s", "’s")):
            forms = frozenset({tok.lower})  # "that's", "dessert's": not the bare "that", "desserts" (its variant says "that is")
        if prefix or suffix:
            forms = frozenset({tok.lower})  # no lemma for fragments
        if person and tok.lower in PERSON_FORMS.get(lang, ()) and not (prefix or suffix):
            words.append(Word(frozenset({tok.lower}), exact=True))  # the person is the point
            continue
        words.append(Word(forms, prefix=prefix and i == len(toks) - 1, suffix=suffix and i == 0,
                          excluded=false_compounds(lang) if suffix and i == 0 else frozenset(),
                          superlative=lang if not (prefix or suffix) and superlative(tok.lower, tok.lemma, lang) else ""))


# a superlative's lemma is the plain adjective ("najvažnija" -> "važan", "wichtigste" -> "wichtig", "best" ->
# "good"), so a cue that says "the most important" would match "important": "plaća mi je najvažnija" is money first,
# "plaća mi je važna, jer se sama uzdržavam" is not (set L dev)
DE_SUPERLATIVE = re.compile(r"^(e?s)?te[nrsm]?$")  # the ending after the lemma: "wichtig|ste", "groß|te"
DE_SUPERLATIVE_END = re.compile(r"ste[nrsm]?$")
EN_SUPERLATIVES = frozenset({"best", "worst", "least", "most"})  # "best" is "good" to the lemmatiser


def _superlative_form(form: str, lang: str) -> bool:
    """Whether ``form`` reads as a superlative by itself (Croatian naj-, German -ste, English -est and "best")."""
    if lang == "hr":
        return form.startswith("naj")
    if lang == "de":
        return bool(DE_SUPERLATIVE_END.search(form))
    return lang == "en" and (form.endswith("est") or form in EN_SUPERLATIVES)


def superlative(form: str, lemma_: str, lang: str) -> bool:
    """Whether ``form`` is a superlative of ``lemma_``, another word than its lemma."""
    if form == lemma_:
        return False
    if lang == "hr":
        return _superlative_form(form, lang) and not lemma_.startswith("naj")
    if lang == "de":
        return form.startswith(lemma_) and bool(DE_SUPERLATIVE.match(form[len(lemma_):]))
    return _superlative_form(form, lang)


def looks_superlative(form: str, lemma_: str, lang: str) -> bool:
    """A token that a superlative cue word matches: a superlative, or a form with its ending whose lemma is
    itself ("das Wichtigste", a noun)."""
    return superlative(form, lemma_, lang) or _superlative_form(form, lang)


def _class_word(name: str, lang: str) -> Word:
    classes = word_classes(lang)
    if name not in classes:
        raise KeyError(f"no word class {name!r} in rules/{lang}/word_classes.yml")
    alternatives: list[Word] = []
    for member in classes[name]:
        before = len(alternatives)
        _compile_word(member, lang, alternatives)
        if len(alternatives) != before + 1:
            raise ValueError(f"word class {name!r} of {lang}: {member!r} is not one word")
    plain = frozenset().union(*(a.forms for a in alternatives if a.plain))
    return Word(plain, alternatives=tuple(alternatives))


def find(phrase: Phrase, sentence: Sentence) -> list[tuple[int, int]]:
    """Character spans (into the answer) where ``phrase`` occurs in ``sentence``, written as it is or with its
    contractions written otherwise (``Phrase.variants``)."""
    if not phrase.variants:
        return _find(phrase, sentence)
    return sorted({span for p in (phrase, *phrase.variants) for span in _find(p, sentence)})


def _find(phrase: Phrase, sentence: Sentence) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    toks, n = sentence.tokens, len(phrase.words)
    if not n:
        return spans
    forms = sentence.forms
    if any(not (required & forms) for required in _required(phrase)):
        return spans  # a word of the phrase is not in the sentence at all
    # clause numbers, where a gap between class words or a particle read through must stay within a clause, and
    # where a word must end its clause
    clauses = (clause_numbers(sentence) if _bounded(phrase) or particles() & forms or phrase.words[-1].clause_end
               else None)
    for i in range(len(toks) - n + 1):
        end = _match(phrase.words, toks, i, clauses)
        if end is not None:
            spans.append((toks[i].start, toks[end].end))
    return spans


def clause_numbers(sentence: Sentence) -> tuple[int, ...]:
    """Per token, the number of its clause in the sentence (a clause mark between two tokens starts a new one)."""
    out, c, toks = [], 0, sentence.tokens
    for k, tok in enumerate(toks):
        if k and any(m in sentence.text[toks[k - 1].end - sentence.start:tok.start - sentence.start] for m in CLAUSE_MARKS + "—"):
            c += 1
        out.append(c)
    return tuple(out)


def _bounds(words: tuple[Word, ...], k: int) -> bool:
    """Does the gap before ``words[k]`` stand between two class words (and so stay within its clause)?"""
    return words[k].gap_before and bool(words[k - 1].alternatives and words[k].alternatives)


@lru_cache(maxsize=20_000)
def _bounded(phrase: Phrase) -> bool:
    return any(_bounds(phrase.words, k) for k in range(1, len(phrase.words)))


PARTICLES_SKIPPED = 2  # particles (``rules/<lang>/particles.txt``) a phrase reads through between two adjacent words


@lru_cache(maxsize=1)
def particles() -> frozenset[str]:
    """The particles of every language: "eigentlich", "really", "zapravo" (the lists do not overlap in a
    way that matters: each is a word of its own language only)."""
    from .. import LANGUAGES
    from .rules import word_list

    return frozenset().union(*(word_list(lang, "particles") for lang in LANGUAGES))


def _match(words: tuple[Word, ...], toks: list[Token], i: int, clauses: tuple[int, ...] | None) -> int | None:
    """The index of the last token when ``words`` match from token ``i`` on (each gap as short as
    a match allows), else None. A gap between two class words stays within its clause. Between two
    adjacent words, up to PARTICLES_SKIPPED particles may stand ("nichts mehr aus der Ruhe")."""
    if not words[0].matches(toks[i]):
        return None
    if words[0].clause_end and not _ends_clause(toks, i, clauses):
        return None
    if len(words) == 1:
        return i
    if not words[1].gap_before:
        if i + 1 >= len(toks):
            return None
        skip, between = particles(), 0
        while between < PARTICLES_SKIPPED and i + 1 + between < len(toks) - 1 \
                and toks[i + 1 + between].lower in skip and not words[1].matches(toks[i + 1 + between]) \
                and clauses is not None and clauses[i + 2 + between] == clauses[i]:
            between += 1  # "But honestly, the main reason…" is not "but the main": the comma ends the clause
        for k in range(i + 1, i + 2 + between):
            end = _match(words[1:], toks, k, clauses)
            if end is not None:
                return end
        return None
    reach = i + 1 + GAP
    bounded = _bounds(words, 1)
    for k in range(i + 1, min(reach, len(toks) - 1) + 1):
        if bounded and clauses[k] != clauses[i]:
            break
        end = _match(words[1:], toks, k, clauses)
        if end is not None:
            return end
    return None


CLAUSE_JOINERS = frozenset({"und", "oder", "aber", "denn", "sondern", "dann"})


def _ends_clause(toks: list[Token], i: int, clauses: tuple[int, ...] | None) -> bool:
    """Whether token ``i`` is the last of its clause, or stands before a word that joins the next ("und")."""
    return i == len(toks) - 1 or clauses is not None and clauses[i + 1] != clauses[i] \
        or toks[i + 1].lower in CLAUSE_JOINERS


@lru_cache(maxsize=20_000)
def _required(phrase: Phrase) -> tuple[frozenset[str], ...]:
    return phrase.required


def find_any(phrases: list[Phrase], sentence: Sentence) -> list[tuple[Phrase, tuple[int, int]]]:
    return [(p, span) for p in phrases for span in find(p, sentence)]


def lemma_of(word: str, lang: str) -> str:
    return lemma(word, lang)
