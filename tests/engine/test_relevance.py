"""content.relevance: the word evidence for free-text questions, in hr, de and en."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from interview_coach import feedback
from interview_coach.checks import relevance
from interview_coach.nlp.text import tokens

from .conftest import PARALLEL

ROOT = Path(__file__).resolve().parents[2]

QUESTION = {  # one question, asked the way a real invitation might put it
    "en": "Can you tell me about a time when you had to deal with an angry customer?",
    "de": "Können Sie mir von einer Situation erzählen, in der Sie mit einem verärgerten Kunden umgehen mussten?",
    "hr": "Možete li opisati situaciju u kojoj ste morali smiriti ljutog kupca?",
}
CONTENT = {"en": {"angry", "customer"}, "de": {"kunde", "verärgern"}, "hr": {"kupac", "ljut", "smiriti"}}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_only_the_words_that_say_what_the_question_is_about_count(lang):
    assert relevance.content_words(tokens(QUESTION[lang], lang), lang) == CONTENT[lang]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_share_counts_inflected_forms(lang):
    answer = {"en": "The customers were angry.", "de": "Die Kunden waren verärgert.",
              "hr": "Kupci su bili ljuti."}[lang]
    assert relevance.overlap(frozenset(CONTENT[lang]), tokens(answer, lang)) == pytest.approx(
        2 / len(CONTENT[lang]), abs=1e-3)
    assert relevance.overlap(frozenset(), tokens(answer, lang)) is None


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_words_are_compared_only_within_one_language(bank, lang):
    same = feedback(None, PARALLEL[lang], question_text=QUESTION[lang], bank=bank)
    assert same.insights["relevance_detail"]["question_words_used"] > 0
    assert same.relevance >= 0.5
    other = "en" if lang != "en" else "de"
    across = feedback(None, PARALLEL[lang], question_text=QUESTION[other], lang=lang, bank=bank)
    assert across.insights["relevance_detail"]["question_words_used"] is None
    assert across.relevance >= 0.5  # meaning alone still finds it


def test_the_constants_are_the_ones_the_bank_gives(bank):
    """The weight and centres in checks/relevance.py must be re-derived when the bank changes."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from calibrate_relevance import derive

    d = derive(bank)
    assert d["weight"] == pytest.approx(relevance.OVERLAP_WEIGHT, abs=0.15)
    for lang, centre in d["centre"].items():
        assert centre == pytest.approx(relevance.OVERLAP_CENTRE[lang], abs=0.015), lang
