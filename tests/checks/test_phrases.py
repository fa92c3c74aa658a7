"""Phrase matching by lemma, compounds and hyphenated words, in each language."""

from __future__ import annotations

import pytest

from interview_coach.checks.phrases import compile_phrase, find
from interview_coach.nlp.text import sentences


@pytest.mark.parametrize("lang,phrase,text,hit", [
    ("en", "apologise", "I apologised to her.", "apologised"),
    ("en", "came back", "She came back a week later.", "came back"),
    ("de", "entschuldigen", "Ich habe mich entschuldigt.", "entschuldigt"),
    ("de", "*zufriedenheit", "Die Kundenzufriedenheit stieg.", "Kundenzufriedenheit"),
    ("hr", "kupac", "Pomogla sam kupcima.", "kupcima"),
    ("hr", "stranica", "Na vašoj web-stranici piše.", "web-stranici"),
    ("en", "%", "Sales rose by 15%.", "15%"),
    ("en", "when I =was", "When I was at the till, a man came in.", "When I was"),
    ("de", "als =ich", "Als ich dort anfing, war es ruhig.", "Als ich"),
    ("hr", "kad =sam bio", "Kad sam bio na blagajni, došao je kupac.", "Kad sam bio"),
    ("en", "I saw that you", "I saw that you're opening a new store.", "I saw that you're"),
])
def test_phrase_found(lang, phrase, text, hit):
    [s] = sentences(text, lang)
    spans = find(compile_phrase(phrase, lang), s)
    assert [text[a:b] for a, b in spans] == [hit]


@pytest.mark.parametrize("lang,phrase,text", [
    ("en", "came back", "She came and went back."),
    ("de", "zufrieden", "Die Kundenzufriedenheit stieg."),
    ("hr", "kupac", "Prodavač je bio ljubazan."),
    ("en", "when I =was", "When I am at the till, I smile."),
    ("de", "wann =haben Sie", "Wann hätten Sie Zeit?"),
    ("hr", "kad =sam bio", "Kad bih bio na blagajni, nasmiješio bih se."),
    ("en", "I do", "I don't argue with customers."),  # a negated contraction stays whole
])
def test_phrase_not_found(lang, phrase, text):
    [s] = sentences(text, lang)
    assert find(compile_phrase(phrase, lang), s) == []
