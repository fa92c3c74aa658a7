"""register.mixed_language: a sentence in another language is flagged, also when the answer's language is
given; a Croatian sentence that the detector reads as a close neighbour (Slovene) is not."""

from __future__ import annotations

import pytest

from interview_coach.checks.register import mixed_language
from interview_coach.nlp.text import sentences

SWITCHED = {
    "hr": ("Radila sam tri godine na blagajni u velikoj trgovini. I really love helping customers find what they need.",
           "I really love helping customers find what they need."),
    "de": ("Ich habe drei Jahre an der Kasse gearbeitet. I really love helping customers find what they need.",
           "I really love helping customers find what they need."),
    "en": ("I worked on the till for three years. Das ist einfach ein schönes Gefühl für mich.",
           "Das ist einfach ein schönes Gefühl für mich."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_sentence_in_another_language_is_flagged(lang):
    text, other = SWITCHED[lang]
    assert [e.text for e in mixed_language(sentences(text, lang), lang)] == [other]


def test_croatian_read_as_slovene_is_no_switch():
    text = ("Na prošlom poslu naučila sam puno o blagajni i reklamacijama. "
            "Vaša trgovina nudi upravo to, zato sam se prijavila.")
    assert mixed_language(sentences(text, "hr"), "hr") == []


HALFWAY = {  # a switch inside a sentence, which the detector reads as the answer's own language
    "hr": "Rekla bih kupcu da mi je žao, because waiting is never fun, i ponudila mu da ga nazovem.",
    "de": "Ich würde mich zuerst entschuldigen, weil waiting is never fun, und dann eine Lösung suchen.",
    "en": "I'd apologise first and then, wie gesagt, ist das einfach sehr wichtig for the customer.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_switch_inside_a_sentence_is_flagged(lang):
    assert [e.text for e in mixed_language(sentences(HALFWAY[lang], lang), lang)] == [HALFWAY[lang]]


def test_no_sample_answer_of_the_bank_switches_language():
    from interview_coach.bank import default_bank

    bank = default_bank()
    for q in bank.questions.values():
        for lang in q.languages:
            for sample in q.in_lang(lang).sample_answers:
                assert mixed_language(sentences(sample.text, lang), lang) == [], (q.id, lang, sample.profile)


# English sentences that lingua's fast mode reads as German (0.92) or Dutch (0.90): their words are English
MISREAD = ["I grew up in Norwich and studied business at college.", "I studied business at college in Leeds.",
           "And if I find a shortcut, I pass it on to the rest of the team."]  # every word English and German-looking alike


@pytest.mark.parametrize("text", MISREAD)
def test_a_sentence_misread_by_the_detector_is_no_switch(text):
    answer = f"I have worked on the till for three years. {text} Now I want to work with customers every day."
    assert mixed_language(sentences(answer, "en"), "en") == []
