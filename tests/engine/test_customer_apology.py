"""The customer's apology at the end of a story is no apology of the applicant's: "Am Ende entschuldigte er sich
sogar für seinen Ton" was quoted for "Acknowledge the customer's feelings and apologise" (a job seeker's trial); where
the applicant apologised, her own sentence is the evidence. Answers written for this test, in hr, de and en. (Where
she did not, the customer's sentence can still be credited by its meaning alone: a known gap.)"""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

STORY = {
    "de": ("Im letzten Winter rief ein Kunde an, der eine Nachzahlung von 600 Euro bekommen hatte und sehr laut wurde. "
           "{mine}Dann habe ich die Rechnung mit ihm angeschaut und den geschätzten Zählerstand korrigiert. Die "
           "Nachzahlung sank auf 140 Euro. Am Ende bedankte er sich und entschuldigte sich sogar für seinen Ton.",
           "Ich habe ihn ausreden lassen und mich für die Verwirrung entschuldigt. "),
    "en": ("Last winter a customer rang about a bill of 600 pounds and was shouting. {mine}Then I went through the "
           "bill with him and corrected the estimated meter reading. The bill dropped to 140 pounds. At the end he "
           "thanked me and even apologised for his tone.",
           "I let him finish and I apologised for the confusion. "),
    "hr": ("Prošle zime nazvao je kupac zbog računa od 600 eura i vikao je. {mine}Zatim sam s njim prošla račun i "
           "ispravila procijenjeno stanje brojila. Račun je pao na 140 eura. Na kraju mi se zahvalio i čak se "
           "ispričao zbog tona.",
           "Pustila sam ga da završi i ispričala sam se zbog zabune. "),
}


def _point(lang: str, mine: str):
    text, _ = STORY[lang]
    fb = feedback("difficult-customer", text.format(mine=mine), lang=lang, ui_lang="en")
    return next(k for k in fb.key_points if k.id == "acknowledge-apologise")


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_applicants_own_apology_is_credited_from_its_sentence(lang):
    _, mine = STORY[lang]
    point = _point(lang, mine)
    assert point.covered and point.evidence.text == mine.strip()
