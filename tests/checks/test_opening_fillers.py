"""A spoken opener with a comma ("Also, …", "Ono, …", "Like, …") is a filler beside another one; the same word joining
two clauses ("…, also habe ich", "…, pa sam", "…, so I learned") is not. A job seeker's trial: a German answer
opening "Also, ich würde…" with a "halt" later was read as free of fillers. Answers written for this test."""

from __future__ import annotations

import pytest

from interview_coach import feedback

QUESTION = {"hr": "Zašto želite raditi u prodaji?", "de": "Warum möchten Sie im Verkauf arbeiten?",
            "en": "Why do you want to work in sales?"}
OPENED = {
    "hr": "Ono, volim raditi s ljudima. Znači, volim pomoći kad netko ima problem i onda ode zadovoljan.",
    "de": "Also, ich arbeite gern mit Menschen. Das macht mir halt Spaß, wenn jemand zufrieden rausgeht.",
    "en": "Like, I enjoy working with people. And, you know, I like it when someone leaves happy.",
}
JOINED = {
    "hr": "Radila sam dvije godine na blagajni, pa sam naučila ostati mirna. Kupci su mi se često vraćali.",
    "de": "Ich habe zwei Jahre an der Kasse gearbeitet, also habe ich gelernt, ruhig zu bleiben. Viele Kunden kamen wieder.",
    "en": "I worked on the till for two years, so I learned to stay calm. Many customers came back to me.",
}


def fillers(lang: str, text: str) -> list[str]:
    fb = feedback(None, text, question_text=QUESTION[lang], lang=lang, ui_lang="en")
    return [e.text.lower() for f in fb.findings if f.id == "wording.filler_words" and f.polarity == "avoid"
            for e in f.evidence]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_opener_with_a_comma_is_a_filler(lang):
    assert fillers(lang, OPENED[lang])


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_same_word_joining_clauses_is_none(lang):
    assert fillers(lang, JOINED[lang]) == []
