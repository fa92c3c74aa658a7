"""Pitfalls said in other words, as a job seeker trying the coach said them (hr) and the same ideas
written for this test (de, en): criticism of the employer in veiled words, "never stressed" as a
boast, and a key point the pitfall contradicts is not credited ("speaking respectfully" of an
employer one blames; rules/undone.yml)."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.bank import default_bank
from interview_coach.checks.coverage import undone_by
from interview_coach.checks.pitfalls import catalogue

LEAVING = {
    "hr": ("Na sadašnjem poslu sam tri godine i puno sam naučila, to stvarno ne mogu reći da nisam. Ali, kako da kažem, "
           "u zadnje vrijeme kod nas se sve odlučuje odozgo i nitko zapravo ne pita nas koji svaki dan radimo s kupcima. "
           "Voditelj je sigurno dobronamjeran, ali ima svoj način rada, i prijedlozi koje dajemo jednostavno završe u "
           "ladici. Kolege su se s time pomirile, a ja ne bih htjela postati takva. Kod vas sam pročitala da timovi sami "
           "predlažu poboljšanja i to mi se jako svidjelo."),
    "de": ("Ich habe in den drei Jahren dort viel gelernt, das muss man sagen. Aber in letzter Zeit wird alles von oben "
           "entschieden, und unsere Vorschläge landen in der Schublade. Die meisten Kollegen haben sich damit abgefunden, "
           "und ich möchte nicht so werden wie die. Bei Ihnen habe ich gelesen, dass die Teams selbst Verbesserungen "
           "vorschlagen."),
    "en": ("I've learned a lot in three years there, I really have. But lately everything is decided over our heads, "
           "and our ideas for the shop floor just end up in a drawer. Most of my colleagues have given up, and I don't "
           "want to end up like them. I read that your teams suggest improvements themselves, and that's where I want "
           "to be."),
}
STRESS = {
    "hr": ("Iskreno, mene je jako teško izbaciti iz takta. Radila sam dvije sezone na recepciji hotela u Makarskoj, usred "
           "kolovoza, kad dođe pedeset gostiju odjednom, telefon zvoni, a klima u predvorju ne radi. I kad su svi oko mene "
           "bili napeti, meni je to bilo normalno, nekako sam rođena za gužvu."),
    "de": ("Ehrlich gesagt bin ich schwer aus der Ruhe zu bringen. Ich habe zwei Sommer an einer Hotelrezeption "
           "gearbeitet, wo fünfzig Gäste gleichzeitig ankamen und das Telefon ständig klingelte, aber ich bin für den "
           "Trubel geboren. Ich nehme einfach einen Gast nach dem anderen."),
    "en": ("Honestly, it takes a lot to rattle me. I did two summers on a hotel reception where fifty guests would arrive "
           "at once and the phone never stopped, and everyone around me was tense, but I was born for the rush. I just "
           "take one guest at a time."),
}


@pytest.mark.parametrize("lang", sorted(LEAVING))
def test_veiled_criticism_of_the_employer_is_blame_and_no_respect(lang):
    fb = feedback("why-leaving", LEAVING[lang], lang=lang, ui_lang="en")
    assert "blame-others" in [p["id"] for p in fb.pitfalls]
    assert not next(k for k in fb.key_points if k.id == "respectful").covered
    assert not any("respectfully" in s for s in fb.strengths)


@pytest.mark.parametrize("lang", sorted(STRESS))
def test_a_boast_of_never_feeling_stress_is_never_stressed(lang):
    fb = feedback("stress", STRESS[lang], lang=lang, ui_lang="en")
    assert "never-stressed" in [p["id"] for p in fb.pitfalls]
    assert fb.score <= 35


def test_the_undone_points_name_real_questions_points_and_pitfalls():
    bank = default_bank()
    pitfall_ids = {p.id for p in catalogue("en")} | {"example", "result", "own-actions"}  # and the story's gaps
    for qid, points in undone_by().items():
        ids = {k.id for k in bank.question(qid).in_lang("en").key_points}
        for point, pitfalls in points.items():
            assert point in ids, (qid, point)
            assert set(pitfalls) <= pitfall_ids, (qid, point, pitfalls)
