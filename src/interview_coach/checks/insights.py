"""insights: most-used words, the words of good service used, talking points (like Interview Warmup)."""

from __future__ import annotations

import re
from collections import Counter

from ..result import Item
from ..nlp.text import Sentence, german_noun
from .phrases import compile_phrase, find_any
from .rules import stopwords, word_list, wording_rules


def run(sentences: list[Sentence], lang: str, key_points: list[Item], elements: list[Item],
        rubric_cues: list[str]) -> dict:
    stop = stopwords(lang)
    plain = stop | word_list(lang, "plain_words")  # "onda", "mal", "really": no topic of the answer
    counts: Counter[str] = Counter()
    seen: dict[str, list[tuple[str, bool]]] = {}  # lemma -> (form as written, inside the sentence)
    for s in sentences:
        for i, tok in enumerate(s.tokens):
            if tok.lemma in plain or tok.lower in plain or len(tok.text) < 3 or tok.text[0].isdigit():
                continue
            counts[tok.lemma] += 1
            seen.setdefault(tok.lemma, []).append((tok.text, i > 0))
    most_used = [{"word": shown_word(w, seen[w], lang), "count": n} for w, n in counts.most_common(8) if n >= 2][:5]
    terms = list(rubric_cues)
    for rule in wording_rules(lang):
        if rule.id == "wording.trade_terms":
            terms += [p.source for p in rule.phrases]
    phrases = [compile_phrase(t, lang) for t in dict.fromkeys(terms) if len(t) > 2]
    job_terms: list[str] = []
    term_lemmas: set[tuple[str, ...]] = set()  # one term once, whatever its form ("Ziele", "Zielen")
    for s in sentences:
        taken: list[tuple[int, int]] = []
        hits = find_any(phrases, s)
        single: dict[int, list[str]] = {}  # start of a one-word hit -> the forms of the terms that found it
        for phrase, (start, _) in hits:
            if len(phrase.words) == 1:
                single.setdefault(start, []).extend(f.lower().strip("*") for f in phrase.words[0].forms)
        for start, end in sorted({span for _, span in hits}, key=lambda sp: (sp[0] - sp[1], sp[0])):
            if not any(a < end and start < b for a, b in taken):  # not inside a longer term ("ausreden lassen")
                taken.append((start, end))
        for start, end in sorted(taken):
            words = [t for t in s.tokens if start <= t.start and t.end <= end]
            if not words or all(t.lower in plain or t.lemma in plain for t in words):
                continue  # "was", "wie", "Minuten", "problem": a cue of the rubric, no word of the trade
            if lang != "de" and any(t.text[:1].isupper() and t is not s.tokens[0] for t in words):
                continue  # a name ("Marka", Marko's), not the word it shares a form with ("marka", a brand)
            if len(words) == 1 and not any(words[0].lower[:3] == f[:3] for f in single.get(start, ())):
                continue  # "gehört" for "hören", "lässt" for "ausreden lassen": a form no reader takes for the term
            word = s.text[start - s.start:end - s.start]
            if lang == "en":
                word = re.sub(r"['’]s$", "", word)  # "target" of "if the target's there"
            if words[0] is s.tokens[0] and lang != "de":
                word = word[:1].lower() + word[1:]
            key = tuple(t.lemma.lower() for t in words)
            if word.lower() not in (w.lower() for w in job_terms) and key not in term_lemmas:
                job_terms.append(word)
                term_lemmas.add(key)
    return {
        "most_used_words": most_used,
        "job_terms_used": job_terms[:12],
        "talking_points": [k.label for k in key_points if k.covered],
        "service_elements_shown": [e.label for e in elements if e.covered],
    }


def shown_word(lemma: str, forms: list[tuple[str, bool]], lang: str) -> str:
    """A most-used word as the user reads it: the base form when the answer uses several and that one is
    among them or the stem of each ("sagen" for sage, sagen, gesagt; "Ziel" for Ziele, Zielen), else the form
    it uses most (a lemmatiser's base form may be no word of the answer, or another word: "plaćati" for
    plaća); written as inside a sentence (German nouns and names keep their capital: "Jahre", "Marko"), a
    name as written."""
    inside = [f for f, mid in forms if mid]
    capital = bool(inside) and all(f[:1].isupper() for f in inside)
    written = Counter(inside or [f for f, _ in forms]).most_common(1)[0][0]
    if capital and lang != "de":
        return written  # a name: its lemma may be another word's
    lowered = {f.lower() for f, _ in forms}
    # the stem of each form only in German, where it is the noun or verb ("Ziel" of Ziele, Zielen); a Croatian or
    # English stem may be no word ("nov" of nove, novi; "fixe" of fixes, fixed)
    stem = lang == "de" and all(f.startswith(lemma.lower()) for f in lowered)
    if len(lowered) > 1 and (lemma.lower() in lowered or stem):
        word = lemma
    else:  # one form, or a base form the answer never writes ("gostiti" for gosti, "zweit" for zweiten)
        word = written.lower()
    if capital or (lang == "de" and (not inside and written[:1].isupper() or german_noun(word))):
        word = word[:1].upper() + word[1:]
    return word
