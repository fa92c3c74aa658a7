"""In an answer to a scene with a customer, blame is told as said to the customer ("In front of a customer, don't say
whose fault it is"), but a dig at a former workplace or its management is said to the interviewer and gets the
former-employer message (a job seeker's trial: "na prošlom poslu … uprava nikad nije htjela zaposliti dovoljno ljudi"
on full-queue got "Pred kupcem ne govorite čija je krivnja"). Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

TO_THE_INTERVIEWER = {
    "en": ("When the queue is full I stay calm and thank each caller for waiting. I keep calls short and solve the "
           "problem first time. Honestly, at my last job the queue was full every day because management never "
           "wanted to hire enough people, so we paid for their decisions. But I learned to work under pressure."),
    "de": ("Wenn die Warteschlange voll ist, bleibe ich ruhig und danke jedem Anrufer fürs Warten. Ich halte die "
           "Gespräche kurz und löse das Anliegen gleich beim ersten Mal. Ehrlich gesagt war bei meinem letzten Job "
           "die Schlange jeden Tag voll, weil die Geschäftsleitung nie genug Leute einstellen wollte, und wir haben "
           "das ausgebadet. Aber ich habe gelernt, unter Druck zu arbeiten."),
    "hr": ("Kad je red pun, ostanem mirna i svakom se pozivatelju zahvalim na strpljenju. Razgovore vodim kratko i "
           "problem riješim iz prve. Iskreno, na prošlom poslu red je bio pun svaki dan jer uprava nikad nije htjela "
           "zaposliti dovoljno ljudi, pa smo mi plaćali njihove odluke. Ali naučila sam raditi pod pritiskom."),
}


def _blame_message(lang: str) -> str:
    fb = feedback("full-queue", TO_THE_INTERVIEWER[lang], lang=lang, ui_lang="en")
    return next(p["message"] for p in fb.pitfalls if p["id"] == "blame-others")


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_dig_at_a_former_workplace_gets_the_former_employer_message(lang):
    message = _blame_message(lang)
    assert "once you'd left" in message and "In front of a customer" not in message
