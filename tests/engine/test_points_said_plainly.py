"""Key points said plainly, as middling applicants say them (helpers' fresh graded answers, blind to the code):
a breath and the most urgent thing first are the stress question's method, however many fillers stand around
them ("prvo malo udahnem i kao složim si u glavi što je najhitnije": the engine credited no method and said 34
against a grade of 53); the shop one works in is evidence of one's qualities ("Im Baumarkt, wo ich gerade
arbeite…"), and customers noticing they are taken seriously is why a quality matters. Answers written for this
test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

STRESS = {
    "hr": "Kad vidim da je gužva, prvo malo udahnem i složim si u glavi što je najhitnije, pa idem redom.",
    "de": "Wenn viel los ist, atme ich kurz durch und überlege, was am dringendsten ist, dann gehe ich der Reihe nach vor.",
    "en": "When it gets busy I take a breath, work out what's most urgent and then go through it step by step.",
}


@pytest.mark.parametrize("lang", sorted(STRESS))
def test_a_breath_and_the_most_urgent_first_is_a_method(lang):
    fb = feedback("stress", STRESS[lang], lang=lang, ui_lang="en")
    assert {k.id: k for k in fb.key_points}["method"].covered


QUALITIES = {
    "hr": "Strpljenje i jasnoća. U dućanu gdje sada radim to znači kupcu u dvije rečenice objasniti koji mu tipl "
          "treba. Kupci odmah osjete jesu li shvaćeni ozbiljno.",
    "de": "Geduld und Klarheit. Im Baumarkt, wo ich gerade arbeite, heißt das, einem Kunden in zwei Sätzen zu sagen, "
          "welchen Dübel er braucht. Genau daran merken Kunden, ob sie ernst genommen werden.",
    "en": "Patience and clarity. In the DIY shop where I work now, that means telling a customer in two sentences "
          "which wall plug he needs. That's how customers notice whether they're taken seriously.",
}


@pytest.mark.parametrize("lang", sorted(QUALITIES))
def test_the_shop_one_works_in_and_customers_taken_seriously_are_the_points(lang):
    points = {k.id: k for k in feedback("qualities", QUALITIES[lang], lang=lang, ui_lang="en").key_points}
    assert points["own-evidence"].covered, points["own-evidence"]
    assert points["why-matters"].covered, points["why-matters"]


# one sentence that apologises, books the fix and calls back after it (found trying the app: the German story
# had no follow-up ticked, the Croatian no apology, "Ispričala sam se" with the auxiliary between verb and "se")
REPEAT_CALLER = {
    "hr": "Ispričala sam se, naručila servisera za sljedeće jutro i nakon posjeta ga nazvala da provjerim radi li "
          "grijanje.",
    "de": "Ich habe mich entschuldigt, den Techniker für den nächsten Morgen gebucht und ihn nach dem Besuch "
          "angerufen, ob die Heizung läuft.",
    "en": "I apologised, booked the engineer for the next morning and called him after the visit to check the heating "
          "worked.",
}


@pytest.mark.parametrize("lang", sorted(REPEAT_CALLER))
def test_an_apology_and_a_call_after_the_visit_are_both_ticked(lang):
    fb = feedback("repeat-caller", REPEAT_CALLER[lang], lang=lang, ui_lang="en")
    points = {k.id: k.covered for k in fb.key_points}
    assert points["acknowledge"] and points["follow-up"], points


NO_OFFER = {  # what the current employer does not offer links nothing to the new job (a native reviewer's find)
    "hr": "Moj sadašnji poslodavac ne nudi mogućnost napredovanja, pa tražim nešto novo.",
    "de": "Mein jetziger Arbeitgeber bietet keine Aufstiegsmöglichkeiten, deshalb suche ich etwas Neues.",
    "en": "My current employer offers no chance to progress, so I'm looking for something new.",
}


@pytest.mark.parametrize("lang", sorted(NO_OFFER))
def test_what_the_old_employer_lacks_is_no_link_to_this_job(lang):
    points = {k.id: k for k in feedback("why-leaving", NO_OFFER[lang], lang=lang, ui_lang="en").key_points}
    assert not points["link-to-role"].covered
