""""What you did yourself" in a story (the bank's ``story_own``) is quoted from something the applicant did in
it, not from the lesson drawn afterwards ("Naučila sam da u gužvi najviše pomaže…", "I learned that…"): a
fresh hr answer read as an interviewer had its part quoted from the closing lesson, beside a sentence that
told it ("Sama sam predložila…"). Stories written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

STORY = {
    "hr": ("Prošlog prosinca radila sam u trgovini igračaka, a dvije kolegice su se razboljele pa smo bili samo troje. "
           "Predložila sam voditeljici da popularne igračke složimo na jedan stol kod ulaza i sama sam ga složila. "
           "Do kraja tjedna red je bio kraći, a nitko nije ostao bez pauze. "
           "Naučila sam da timu u gužvi najviše pomognem kad sama unaprijed predložim tko što radi.",
           "Naučila sam"),
    "de": ("Letzten Dezember war ich im Spielwarenladen, und zwei Kolleginnen waren krank, also waren wir nur zu dritt. "
           "Ich habe der Filialleiterin vorgeschlagen, die beliebtesten Spielsachen auf einen Tisch am Eingang zu "
           "legen, und habe ihn selbst aufgebaut. Bis zum Ende der Woche war die Schlange kürzer, und niemand musste "
           "auf seine Pause verzichten. Ich habe gelernt, dass im Team am meisten hilft, wenn man vorher klar "
           "abspricht, wer was macht.",
           "Ich habe gelernt"),
    "en": ("Last December I was working in a toy shop, and two colleagues were off sick, so there were only three of us. "
           "I suggested to the manager that we put the most popular toys on one table by the door, and I set it up "
           "myself. By the end of the week the queue was shorter and nobody missed a break. "
           "I learned that the best thing I can do to help my team in a rush is to suggest who does what myself.",
           "I learned"),
}


@pytest.mark.parametrize("lang", sorted(STORY))
def test_the_lesson_drawn_is_not_quoted_as_what_i_did(lang):
    text, lesson = STORY[lang]
    fb = feedback("teamwork", text, lang=lang, ui_lang=lang)
    part = {k.id: k for k in fb.key_points}["your-part"]
    assert part.covered, fb.key_points
    assert not part.evidence.text.startswith(lesson), part.evidence.text
    assert part.evidence.text in text
