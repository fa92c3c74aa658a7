"""Empty words are heard in an answer about stress and about criticism too: "I always stay calm and professional, I
prioritise" with nothing that happened is the generic pitfall there (``pitfall_checks`` of stress and criticism),
while the same words before a real case are not; in hr, de and en. Answers written for this test."""

from __future__ import annotations

import pytest

from interview_coach import feedback

GENERIC = {
    "en": ("Stress is part of any job in retail, and I handle it well. I always stay calm and professional, I prioritise "
           "and I take things one step at a time. I think it's important to stay positive and never let the customer "
           "feel it."),
    "de": ("Stress gehört im Handel einfach dazu, und ich gehe gut damit um. Ich bleibe immer ruhig und professionell, "
           "setze Prioritäten und mache eins nach dem anderen. Wichtig ist, positiv zu bleiben und den Kunden nichts "
           "davon merken zu lassen."),
    "hr": ("Stres je dio svakog posla u trgovini i dobro se nosim s njim. Uvijek ostajem smirena i profesionalna, "
           "postavim prioritete i radim jednu po jednu stvar. Važno je ostati pozitivan i ne dati kupcu da to osjeti."),
}
# the same claim, then the day it was needed
WITH_A_CASE = {
    "en": ("I always stay calm and professional, and I prioritise. Last Christmas Eve our card machine went down with "
           "twenty people in the queue. I told the queue what was happening, took cash at my till and sent my colleague "
           "for the spare reader. Ten minutes later both tills were taking cards again, and nobody left."),
    "de": ("Ich bleibe immer ruhig und professionell und setze Prioritäten. Letzten Heiligabend ist bei uns das "
           "Kartenterminal ausgefallen, und zwanzig Leute standen an. Ich habe der Schlange gesagt, was los ist, an "
           "meiner Kasse bar kassiert und meine Kollegin das Ersatzgerät holen lassen. Zehn Minuten später ging an "
           "beiden Kassen wieder Karte, und niemand ist gegangen."),
    "hr": ("Uvijek ostajem smirena i profesionalna i postavim prioritete. Prošle Badnje večeri pao nam je uređaj za "
           "kartice, a u redu je bilo dvadeset ljudi. Rekla sam ljudima u redu što se događa, na svojoj blagajni "
           "naplaćivala gotovinu i poslala kolegicu po rezervni uređaj. Deset minuta kasnije obje su blagajne opet "
           "primale kartice i nitko nije otišao."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_claims_without_a_case_are_generic_about_stress(lang):
    fb = feedback("stress", GENERIC[lang], lang=lang, ui_lang="en")
    assert "generic" in [p["id"] for p in fb.pitfalls], (lang, fb.pitfalls)
    assert fb.score < 55, (lang, fb.score)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_same_claim_before_a_real_case_is_not_generic(lang):
    fb = feedback("stress", WITH_A_CASE[lang], lang=lang, ui_lang="en")
    assert fb.has_example, lang
    assert "generic" not in [p["id"] for p in fb.pitfalls], (lang, fb.pitfalls)
