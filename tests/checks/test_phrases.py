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


@pytest.mark.parametrize("lang,cue,text,said", [
    ("en", "apologise", "I would not apologise for the rules.", False),
    ("en", "apologise", "I would apologise first.", True),
    ("hr", "reći", "Neću mu to reći.", False),
    ("de", "Alternative", "Eine Alternative biete ich in so einem Fall aber bewusst nicht an.", False),
    ("de", "Alternative", "Ich biete eine Alternative an, damit er nicht umsonst kommt.", True),
    ("de", "höre zu", "Ich höre zu und unterbreche nicht.", True),
])
def test_a_cue_said_the_other_way_round_is_not_said(lang, cue, text, said):
    """Negation before the cue in every language; in German also "nicht" later in the cue's clause."""
    from interview_coach.checks.coverage import affirmed
    from interview_coach.checks.phrases import find_any

    [s] = sentences(text, lang)
    hits = find_any([compile_phrase(cue, lang)], s)
    assert hits and affirmed(hits, s, lang) is said
