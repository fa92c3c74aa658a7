"""Is a cue said, or said the other way round? A phrase hit counts only when no negation stands before
it in its clause ("I would not apologise", "neću mu to reći") or, in German, after it ("biete ich
nicht an"); a quotation by a negation anywhere in the clause that introduces it; a German zu-infinitive
clause by one in the clause before it; an English gerund subject by a negated verb after it. Shared by
the key points (``coverage``) and the pitfalls, whose cues commit nothing when negated ("I wouldn't
claim that nothing stresses me").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.text import Sentence
from .phrases import CLAUSE_MARKS, Phrase, compile_phrase, find_any
from .reported import quoted_spans
from .rules import lines, word_list

# Croatian negation is concord: "ni ja nisam ostala dužna", "nikad nisam popustila" say the cue's own "nisam"
# once more, they do not turn it round; there "ni", "nikad" before a cue that holds a negation deny nothing
# (a negated verb before it still does: "Nikad ne govorim „to nije do nas”")
CONCORD = {"hr": frozenset({"ni", "nikad", "nikada", "ništa"})}
NEGATION_WINDOW = 3  # a cue with a negation this many words before it is said the other way round


# German puts "nicht" after the verb ("Eine Alternative biete ich bewusst nicht an"): there a cue is also
# negated by "nicht"/"nie" later in its clause, up to this many words on and before a comma or a conjunction
# ("aber" and "denn" are left out: without a comma they are particles, "biete ich aber nicht an")
NEGATION_AFTER = {"de": (10, frozenset({"nicht", "nie", "niemals"}),
                         frozenset({"und", "oder", "sondern", "weil", "dass", "wenn", "damit", "als"}))}


def affirmed_hits(phrases: list, sentence: Sentence, lang: str) -> list:
    """The hits of ``phrases`` in ``sentence`` that are said, not negated in their clause."""
    return [h for h in find_any(phrases, sentence) if affirmed([h], sentence, lang)]


def affirmed(hits: list, sentence: Sentence, lang: str) -> bool:
    """Is any cue hit said, not negated ("I would not apologise", "neću mu to reći", "biete ich nicht an")?"""
    negations = word_list(lang, "negations")
    for phrase, (start, end) in hits:
        opening = _quotation_around(sentence, start)
        before = _same_clause_before(sentence, opening, lang) if opening is not None else []
        clause = _same_clause_before(sentence, start, lang)
        before += clause if _negating_clause(clause, lang) else _window(sentence, clause, start, lang)
        concord = (lang in CONCORD and any(w.forms & negations for w in phrase.words)
                   and all(t.lower in CONCORD[lang] for t in before if t.lower in negations))
        if (concord or not any(t.lower in negations for t in before)) and not _negated_after(sentence, start, end, lang) \
                and not _negated_within(phrase, sentence, start, end, negations) \
                and not _contrasted(sentence, clause, lang) \
                and not _negated_infinitive(sentence, start, end, lang, negations) \
                and not _denied_gerund(sentence, start, end, lang, negations) \
                and not _denied_saying(sentence, start, lang, negations) \
                and not _corrected(phrase, sentence, start, end, lang, negations):
            return True
    return False


# German: a zu-infinitive clause after a comma says what the clause before it governs, so a negation there
# denies it ("…, fange ich nicht an, ihm einen neuen Vertrag aufzuschwatzen"; "Es ist nicht meine Art,
# Kunden etwas aufzudrängen")
ZU_INFIX = re.compile(r"^(ab|an|auf|aus|bei|ein|fest|her|hin|mit|nach|vor|weg|zurück|zusammen|los|um|durch|"
                      r"über|unter|weiter|dazwischen|hinterher|klar|schlecht|schön|kaputt)zu\w+en$")


def _negated_infinitive(sentence: Sentence, start: int, end: int, lang: str, negations: frozenset[str]) -> bool:
    if lang != "de":
        return False
    text, offset = sentence.text, sentence.start
    cut = max(text.rfind(m, 0, start - offset) for m in CLAUSE_MARKS)
    if cut < 0:
        return False
    stop = [i for i in (text.find(m, end - offset) for m in CLAUSE_MARKS) if i >= 0]
    clause = [t for t in sentence.tokens if cut + offset < t.start and t.end <= (min(stop) if stop else len(text)) + offset]
    if not any(t.lower == "zu" and nxt.lower.endswith(("en", "ln", "rn")) or ZU_INFIX.match(t.lower)
               for t, nxt in zip(clause, [*clause[1:], clause[-1]])):
        return False
    prev_cut = max(text.rfind(m, 0, cut) for m in CLAUSE_MARKS)
    previous = [t for t in sentence.tokens if prev_cut + offset < t.start and t.end <= cut + offset]
    return any(t.lower in negations for t in previous)


SAYING_WINDOW = 3  # a negation at most this many words before a verb of saying denies what it says


def _denied_saying(sentence: Sentence, start: int, lang: str, negations: frozenset[str]) -> bool:
    """A cue in a "that" clause (``rules/<lang>/complements.txt``) governed by a negated verb of saying
    (``rules/<lang>/saying_verbs.txt``) is what the applicant does not say: "Nisam joj počela objašnjavati da to
    nije do mene", "Ich habe ihr nicht erklärt, dass es nicht meine Schuld war", "I don't start by telling the
    customer that he is wrong". The negation stands at most SAYING_WINDOW words before the verb (in German also
    after it in its clause, or before the clause a zu-infinitive hangs on: "Ich fange nicht an, ihr zu
    erklären, dass…"); a negation elsewhere in the clause belongs to another verb ("When he didn't stop, I
    told him that…")."""
    complements, offset, text = word_list(lang, "complements"), sentence.start, sentence.text
    speakers = word_list(lang, "speakers_i")  # a subject between the negation and the verb: another verb's
    before = [t for t in sentence.tokens if t.start <= start]  # a cue may open with its "that": "dass er falsch liegt"
    k = next((k for k in range(len(before) - 1, -1, -1) if before[k].lower in complements), None)
    if k is None or any(m in text[before[k].end - offset:start - offset] for m in CLAUSE_MARKS):
        return False
    # the clause before the "that"; after a comma ("Ich habe ihr nicht erklärt, dass…") the one that ends there
    governing = _same_clause_before(sentence, before[k].start, lang) or \
        (_same_clause_before(sentence, before[k - 1].end, lang) if k else [])
    if not governing:
        return False
    g_start, g_end = governing[0].start, governing[-1].end
    for _, (a, b) in find_any(list(saying_verbs(lang)), sentence):
        if not (g_start <= a and b <= g_end):
            continue
        lead = [t for t in governing if t.end <= a][-SAYING_WINDOW:]
        after = [t for t in governing if t.start >= b] if lang == "de" else []
        denied = [i for i, t in enumerate(lead) if t.lower in negations or t.lower.endswith("n't")]
        if denied and not any(t.lower in speakers for t in lead[denied[-1] + 1:]) or \
                any(t.lower in negations for t in after):
            return True
        if _negated_infinitive(sentence, a, b, lang, negations):
            return True
    return False


@lru_cache(maxsize=None)
def saying_verbs(lang: str) -> tuple[Phrase, ...]:
    return tuple(compile_phrase(line, lang) for line in lines(lang, "saying_verbs"))


GERUND_DENIED_WITHIN = 5  # words after the cue in which its verb is negated
GERUND_LEAD = frozenset({"because", "since", "as", "so", "but", "and", "that", "just", "simply", "honestly",
                         "really", "also", "cause", "'cause"})  # may stand before the gerund in its clause


def _denied_gerund(sentence: Sentence, start: int, end: int, lang: str, negations: frozenset[str]) -> bool:
    """English: a cue that opens its clause with a gerund is the subject of what follows, and a negated verb
    there denies it ("rushing them doesn't make the queue go down any faster")."""
    if lang != "en":
        return False
    first = next((t for t in sentence.tokens if t.start >= start), None)
    if first is None or not first.lower.endswith("ing") or \
            any(t.lower not in GERUND_LEAD for t in _same_clause_before(sentence, start, lang)):
        return False
    after = [t for t in sentence.tokens if t.start >= end][:GERUND_DENIED_WITHIN]
    offset = sentence.start
    for t in after:
        if any(m in sentence.text[end - offset:t.start - offset] for m in CLAUSE_MARKS):
            return False
        if t.lower in negations or t.lower.endswith("n't"):
            return True
    return False


# a clause that opens with these says that its content does not happen, however far into it the cue stands:
# "ohne dass der Kunde sich abgewimmelt fühlt", "bez da se kupac osjeća odbačeno"
NEGATING_OPENERS = {"de": (("ohne", "dass"),), "hr": (("bez", "da"),), "en": ()}


def _negating_clause(clause: list, lang: str) -> bool:
    words = [t.lower for t in clause]
    return any(tuple(words[:len(o)]) == o for o in NEGATING_OPENERS.get(lang, ()))


def _quotation_around(sentence: Sentence, start: int) -> int | None:
    """Where the quotation that holds the cue opens, if one does ("„niste u pravu“"): the quotation is what
    the clause before it says, so a negation anywhere in that clause denies it ("Ne volim kupcu reći
    „niste u pravu“")."""
    from .reported import quoted_spans

    return next((a for a, b in quoted_spans(sentence) if a < start < b), None)


CONTRAST_WINDOW = 6  # "Instead of just telling him he was mistaken": the cue starts this many words after it at most


def _contrasted(sentence: Sentence, before: list, lang: str) -> bool:
    """Whether "instead of", "rather than", "statt", "umjesto" (``rules/<lang>/contrasts.txt``) stands
    before the cue in its clause (``before``: the clause's words up to the cue), at most CONTRAST_WINDOW
    words before it: what is done instead of something is not done ("Instead of just telling him he was
    mistaken, I went through the bill")."""
    if not before:
        return False
    starts = [t.start for t in before]
    for _, (a, b) in find_any(list(contrasts(lang)), sentence):
        if starts[0] <= a and b <= before[-1].end and sum(s >= b for s in starts) <= CONTRAST_WINDOW:
            return True
    return False


@lru_cache(maxsize=None)
def contrasts(lang: str) -> tuple[Phrase, ...]:
    return tuple(compile_phrase("=" + " =".join(line.split()), lang) for line in lines(lang, "contrasts"))


def _negated_within(phrase: Phrase, sentence: Sentence, start: int, end: int, negations: frozenset[str]) -> bool:
    """A negation in a gap of the cue ("Mit dem Gast würde ich nie darüber streiten" for ``ich … streiten``),
    unless the cue says a negation itself ("@staff … @never @listen": "šef nije nikad slušao")."""
    words = phrase.words
    if any(w.forms & negations for w in words):
        return False
    inside = [t for t in sentence.tokens if start <= t.start and t.end <= end]
    return any(t.lower in negations and not any(w.matches(t) for w in words) for t in inside)


# ... and a negation reaches the second of two things joined by "or" ("Ich würde sie nicht festhalten oder ihr
# hinterherlaufen", "I wouldn't argue or raise my voice", "ne bih je zaustavljala ili išla za njom"), unless the
# second has a subject of its own ("I'd never lie or I'd lose their trust")
OR_WINDOW = 8  # the first of the two things: a negation this many words before the "or" at most
ALTERNATIVES = {"en": frozenset({"or"}), "de": frozenset({"oder"}), "hr": frozenset({"ili"})}


def _window(sentence: Sentence, clause: list, start: int, lang: str) -> list:
    """The words before a cue where a negation denies it: the last NEGATION_WINDOW of its clause (``clause``:
    its words up to the cue at ``start``), and where that clause is the second of two joined by "or" with no
    subject of its own, the window before the "or" as well."""
    window = clause[-NEGATION_WINDOW:]
    tokens = list(sentence.tokens)
    first = clause[0] if clause else next((t for t in tokens if t.start >= start), None)
    k = tokens.index(first) if first is not None else 0
    if len(clause) > NEGATION_WINDOW or k == 0 or tokens[k - 1].lower not in ALTERNATIVES.get(lang, ()):
        return window
    if any(t.lower in word_list(lang, "speakers_i") for t in clause):
        return window
    joint = tokens[k - 1]
    first_thing = _same_clause_before(sentence, joint.start, lang)[-OR_WINDOW:]  # "never try to stop them physically"
    return _window(sentence, first_thing, joint.start, lang) + first_thing + window


# a negation does not reach across "and"/"but" or a comma: "bez prekidanja i ispričao se", "without
# interrupting and apologised" apologise all the same
CLAUSE_JOINS = {"en": frozenset({"and", "but", "or"}), "de": frozenset({"und", "aber", "oder", "sondern"}),
                "hr": frozenset({"i", "a", "ali", "ili", "pa"})}


def _same_clause_before(sentence: Sentence, start: int, lang: str) -> list:
    joins = CLAUSE_JOINS.get(lang, frozenset())
    before = [t for t in sentence.tokens if t.end <= start]
    offset = sentence.start
    for k in range(len(before) - 1, -1, -1):
        t = before[k]
        gap = sentence.text[t.end - offset:(before[k + 1].start if k + 1 < len(before) else start) - offset]
        if t.lower in joins or any(p in gap for p in CLAUSE_MARKS):
            return before[k + 1:]
    return before


def _negated_after(sentence: Sentence, start: int, end: int, lang: str) -> bool:
    if lang not in NEGATION_AFTER:
        return False
    window, words, stops = NEGATION_AFTER[lang]
    offset = sentence.start
    for t in [t for t in sentence.tokens if t.start >= end][:window]:
        if t.lower in stops or any(p in sentence.text[end - offset:t.start - offset] for p in CLAUSE_MARKS):
            return False
        if t.lower in words:
            return True
    return False


# "nicht X, sondern Y", "ne X, nego Y", "not by X but by Y": the corrective "but" says that X, what stands between
# the negation and it, is not done, however far X is from the negation ("Erreicht habe ich sie nie, indem ich jedem
# alles anbiete, sondern indem ich zuhöre"); "nicht nur X, sondern auch Y" says both. Croatian "nego"/"već" after a
# comma only ("više nego", "već sam"); English "but" only where it repeats the shape of X ("but by", "but
# because", "but rather"): it joins far more than it corrects
Corrective = tuple[frozenset[str], frozenset[str], frozenset[str], bool, frozenset[str]]
CORRECTIVE: dict[str, Corrective] = {
    "de": (frozenset({"sondern"}), frozenset({"nur", "bloß", "allein"}), frozenset({"auch"}), False, frozenset()),
    "hr": (frozenset({"nego", "već"}), frozenset({"samo"}), frozenset({"i"}), True, frozenset()),
    "en": (frozenset({"but"}), frozenset({"only", "just"}), frozenset({"also"}), False,
           frozenset({"by", "because", "rather", "through"}))}


def _corrected(phrase: Phrase, sentence: Sentence, start: int, end: int, lang: str, negations: frozenset[str]) -> bool:
    """Whether a corrective "but" (CORRECTIVE) after the cue sets it against a negation before it, in its clause
    or the one before ("Erreicht habe ich sie nie, | indem ich jedem alles anbiete, sondern…"). Not where the cue
    says a negation itself: that is the "not X" whose "but" is the point ("es war nicht mein Fehler, sondern
    ihrer" blames all the same)."""
    if lang not in CORRECTIVE or any(w.forms & negations for w in phrase.words):
        return False
    correctives, only, also, comma, shape = CORRECTIVE[lang]
    toks, offset = list(sentence.tokens), sentence.start
    k = next((k for k, t in enumerate(toks) if t.start >= end and t.lower in correctives), None)
    if k is None:
        return False
    following = toks[k + 1].lower if k + 1 < len(toks) else ""
    if following in also or shape and following not in shape:
        return False
    if comma and not (k and "," in sentence.text[toks[k - 1].end - offset:toks[k].start - offset]):
        return False
    before = [i for i, t in enumerate(toks) if t.end <= start and (t.lower in negations or t.lower.endswith("n't"))
              and sum(sentence.text[t.end - offset:start - offset].count(m) for m in CLAUSE_MARKS) <= 1]
    return any(not (i + 1 < len(toks) and toks[i + 1].lower in only) for i in before)
