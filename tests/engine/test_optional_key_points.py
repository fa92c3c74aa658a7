"""A key point only some answers should make (``optional: true`` in the bank): credited when made, never
missing. "Ideally the qualities named in the job advert" is not asked of an applicant who was given no advert."""

from __future__ import annotations

import pytest

from interview_coach import feedback

QUALITIES = {
    "en": ("For me it's listening, patience and reliability. Listening, because many customers start with something "
           "quite different from what they need. Patience, because someone asking for the third time should never feel "
           "it. Reliability, because a promised call back counts more than any friendly word: at the hotel I started a "
           "handover book for the night shift, and complaints about forgotten wake-up calls almost stopped."),
    "de": ("Für mich sind es Zuhören, Geduld und Verlässlichkeit. Zuhören, weil viele Kunden mit etwas ganz anderem "
           "anfangen, als sie brauchen. Geduld, weil jemand, der zum dritten Mal fragt, das nie spüren soll. "
           "Verlässlichkeit, weil ein zugesagter Rückruf mehr zählt als jedes freundliche Wort: im Hotel habe ich ein "
           "Übergabebuch für die Nachtschicht eingeführt, und Beschwerden über vergessene Weckrufe gab es kaum noch."),
    "hr": ("Za mene su to slušanje, strpljenje i pouzdanost. Slušanje, jer mnogi kupci počnu s nečim sasvim drugim od "
           "onoga što im treba. Strpljenje, jer netko tko pita treći put to nikad ne smije osjetiti. Pouzdanost, jer "
           "obećani povratni poziv vrijedi više od svake ljubazne riječi: u hotelu sam uvela knjigu primopredaje za "
           "noćnu smjenu i pritužbi na zaboravljena buđenja gotovo više nije bilo."),
}
ADVERT = {"en": " Your advert asks for exactly these: patience and reliability.",
          "de": " Ihre Stellenanzeige nennt genau diese: Geduld und Verlässlichkeit.",
          "hr": " Vaš oglas traži upravo to: strpljenje i pouzdanost."}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_job_advert_point_is_credited_when_made_and_never_missing(lang):
    without = feedback("qualities", QUALITIES[lang], lang=lang, ui_lang="en")
    assert "job-advert" not in {k.id for k in without.key_points}
    assert not any("advert" in a["message"] for a in without.advice), without.advice
    made = feedback("qualities", QUALITIES[lang] + ADVERT[lang], lang=lang, ui_lang="en")
    assert [k.covered for k in made.key_points if k.id == "job-advert"] == [True], lang
