"""insights: most-used words, job-related terms used, talking points (like Interview Warmup)."""

from __future__ import annotations

from collections import Counter

from ..result import Item
from ..nlp.text import Sentence
from .phrases import compile_phrase, find_any
from .rules import stopwords, wording_rules


def run(sentences: list[Sentence], lang: str, key_points: list[Item], elements: list[Item],
        rubric_cues: list[str]) -> dict:
    stop = stopwords(lang)
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    for s in sentences:
        for tok in s.tokens:
            if tok.lemma in stop or tok.lower in stop or len(tok.text) < 3 or tok.text[0].isdigit():
                continue
            counts[tok.lemma] += 1
            forms.setdefault(tok.lemma, Counter())[tok.lower] += 1
    most_used = [{"word": forms[w].most_common(1)[0][0], "count": n} for w, n in counts.most_common(8) if n >= 2][:5]
    terms = list(rubric_cues)
    for rule in wording_rules(lang):
        if rule.id == "wording.trade_terms":
            terms += [p.source for p in rule.phrases]
    phrases = [compile_phrase(t, lang) for t in dict.fromkeys(terms) if len(t) > 2]
    job_terms: list[str] = []
    for s in sentences:
        for _, (start, end) in find_any(phrases, s):
            word = s.text[start - s.start:end - s.start].lower()
            if word not in job_terms:
                job_terms.append(word)
    return {
        "most_used_words": most_used,
        "job_terms_used": job_terms[:12],
        "talking_points": [k.label for k in key_points if k.covered],
        "service_elements_shown": [e.label for e in elements if e.covered],
    }
