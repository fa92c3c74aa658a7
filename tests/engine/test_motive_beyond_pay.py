"""Why customer service: a motive set above the pay ("hat mich mehr motiviert als jeder Stundenlohn") is a
motive beyond money, and the feeling of having helped someone is the satisfaction of a solved problem, both
quoted from the sentence that says them (set L dev de-l-076, in hr, de and en)."""

from __future__ import annotations

import pytest

from interview_coach import feedback

ANSWERS = {
    "hr": ("U korisničkoj službi želim raditi jer volim pomagati ljudima. Počela sam raditi u pozivnom centru da financiram studij. Jednom me nazvala starija gospođa koja danima "
           "nije imala struje, pa sam se sama pobrinula da joj je uključe još isti dan. Osjećaj da sam nekome "
           "pomogla motivira me više od plaće.",
           "Osjećaj"),
    "de": ("Ich möchte im Kundenservice arbeiten, weil ich gern Menschen helfe. Angefangen habe ich im Callcenter, um mein Studium zu finanzieren. Einmal rief eine ältere Dame an, die "
           "seit Tagen keinen Strom hatte, und ich habe dafür gesorgt, dass er noch am selben Tag wieder da war. "
           "Dieses Gefühl, jemandem geholfen zu haben, motiviert mich mehr als das Geld.",
           "Dieses"),
    "en": ("I want to work in customer service because I like helping people. I started at the call centre to pay my way through college. Once an elderly lady rang who'd had no power "
           "for days, and I made sure it was back on the same day. That feeling of having helped someone matters "
           "more than money to me, and it motivates me more than the pay.",
           "That"),
}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_a_motive_set_above_the_pay_is_a_motive_beyond_money(lang):
    text, first = ANSWERS[lang]
    fb = feedback("why-cs", text, lang=lang, ui_lang=lang)
    assert not fb.pitfalls
    points = {k.id: k for k in fb.key_points}
    for kp in ("right-motive", "solving-satisfaction"):
        assert points[kp].covered and points[kp].evidence.text.startswith(first), (kp, points[kp].evidence)
