"""A word with a colleague at the end of the shift is the colleague-conflict question's private talk, and
asking how the colleague sees it is hearing their side; each is quoted from the sentence that says it (set L
dev de-l-008, in hr, de and en)."""

from __future__ import annotations

import pytest

from interview_coach import feedback

ANSWERS = {
    "hr": ("Kolega iz jutarnje smjene često nije upisivao dogovorene povratne pozive, pa su me zvali ljuti korisnici. "
           "Nisam ništa pisala u grupni chat, nego sam ga na kraju smjene pitala ima li deset minuta. "
           "Pokazala sam mu oba slučaja, bez predbacivanja, i pitala kako on to vidi. "
           "Ispalo je da nije znao za novo polje u sustavu, pa sam mu ga pokazala i dogovorili smo kratku primopredaju.",
           ("Nisam", "Pokazala")),
    "de": ("Ein Kollege aus der Frühschicht hat zugesagte Rückrufe oft nicht eingetragen, und ich hatte dann verärgerte "
           "Kunden am Telefon. Ich habe nichts in den Teamchat geschrieben, sondern ihn nach Schichtende gefragt, ob er "
           "zehn Minuten Zeit hat. Ich habe ihm beide Fälle gezeigt, ohne Vorwurf, und gefragt, wie er das sieht. "
           "Er kannte das neue Feld im System nicht, also habe ich es ihm gezeigt, und wir haben eine kurze Übergabe "
           "vereinbart.",
           ("Ich habe nichts", "Ich habe ihm")),
    "en": ("A colleague on the early shift kept leaving promised callbacks out of his notes, and I ended up with angry "
           "customers on the phone. I didn't post anything in the team chat; at the end of the shift I asked him if he "
           "had ten minutes. I showed him both cases, without blaming him, and asked how he saw it. "
           "He hadn't known about the new field in the system, so I showed him and we agreed on a short handover.",
           ("I didn't", "I showed")),
}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_a_word_at_the_end_of_the_shift_and_asking_their_view_are_private_talk_and_their_side(lang):
    text, (private, side) = ANSWERS[lang]
    fb = feedback("colleague-conflict", text, lang=lang, ui_lang=lang)
    points = {k.id: k for k in fb.key_points}
    assert points["private-talk"].covered and points["private-talk"].evidence.text.startswith(private), points["private-talk"]
    assert points["understand"].covered and points["understand"].evidence.text.startswith(side), points["understand"]
