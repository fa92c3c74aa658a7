"""Register tips in order of weight: another language, then "du"/"ti" to the interviewer, then slang and
fillers; three suggestions at most are shown, and the switch to English was the fourth (trial round 18)."""

from __future__ import annotations

import pytest

from interview_coach import feedback

ANSWERS = {
    "hr": ("Da, to mi je skroz okej, ono, radila sam već u smjenama na benzinskoj pa znam kako to ide. Vikendi nema "
           "frke, blagdani isto. Jedino, znaš kako, utorkom navečer imam faks pa tad ne bi išlo. Al sve ostalo, ono, "
           "just let me know a day or two before and I will be there."),
    "de": ("Ja, das passt mir total, also, ich hab schon im Schichtdienst an der Tanke gearbeitet. Wochenenden sind "
           "kein Ding, Feiertage auch. Nur, weißt du, dienstags abends hab ich Uni, da geht's nicht. Aber sonst, "
           "also, just let me know a day or two before and I will be there."),
    "en": ("Yeah, that's totally fine, like, I've done shifts at the petrol station so I know how it goes. Weekends "
           "are no biggie, bank holidays too. Only, you know, Tuesday evenings I've got uni. Otherwise, like, "
           "sag mir einfach ein, zwei Tage vorher Bescheid, dann bin ich da."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_switch_of_language_is_the_first_register_tip(lang):
    fb = feedback("availability", ANSWERS[lang], lang=lang, ui_lang=lang)
    register = [a for a in fb.advice if a["code"] == "register"]
    assert len(register) >= 2, fb.advice
    foreign = {"hr": "let me know", "de": "let me know", "en": "Bescheid"}[lang]
    assert foreign in register[0]["message"], [a["message"] for a in register]
    assert not fb.suggestions[0].count("..") and ".”." not in fb.suggestions[0] and ".“." not in fb.suggestions[0]
