"""A claim about stress followed by the day it was needed is a real case: a story that opens "Prošle Badnje večeri",
"Letzten Heiligabend" or "Last Christmas Eve" sets its scene (``situation`` in ``rules/<lang>/star.yml``), where the
Croatian and German ones were read as no example at all; in hr, de and en. Answers written for this test."""

from __future__ import annotations

import pytest

from interview_coach import feedback

# a claim, then the day it was needed
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

OPENS = {"en": "Last Christmas Eve", "de": "Letzten Heiligabend", "hr": "Prošle Badnje večeri"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_claim_before_the_day_it_was_needed_tells_a_real_case(lang):
    fb = feedback("stress", WITH_A_CASE[lang], lang=lang, ui_lang="en")
    assert fb.has_example, lang
    assert fb.star["situation"].present and fb.star["situation"].evidence.text.startswith(OPENS[lang]), fb.star
