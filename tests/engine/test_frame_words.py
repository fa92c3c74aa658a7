"""Wanting and working only frame a typed-in question ("Why do you want to work here?", "Warum möchten Sie bei uns
arbeiten?", "Zašto želite raditi kod nas?"): an answer need not take them up, and is not told to. An outside
recruiter's good German answer (75) had been told to use "möchten" and "arbeiten" in its first sentence and scored
44. Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

CASES = {
    "en": ("Why do you want to work here?",
           "I've shopped in your branch for years and the staff always know people by name. I was a waitress for eight "
           "years and the best part was regulars coming back. That is the kind of place I'm after, and I learn new "
           "tills quickly."),
    "de": ("Warum möchten Sie bei uns arbeiten?",
           "Ich kaufe seit Jahren in Ihrer Filiale ein, und die Mitarbeiterinnen kennen die Leute mit Namen. Ich war "
           "acht Jahre Kellnerin, und das Schönste waren immer die Stammgäste. Genau so einen Ort suche ich, und neue "
           "Kassen lerne ich schnell."),
    "hr": ("Zašto želite raditi kod nas?",
           "Godinama kupujem u vašoj poslovnici i prodavačice uvijek znaju ljude po imenu. Osam godina sam bila "
           "konobarica i najdraži su mi bili stalni gosti. Upravo takvo mjesto tražim, a nove blagajne brzo naučim."),
}
FRAME = {"en": {"want"}, "de": {"möchten", "arbeiten"}, "hr": {"želite", "raditi", "kod"}}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_an_answer_is_not_asked_to_take_up_the_words_that_frame_the_question(lang):
    question, answer = CASES[lang]
    fb = feedback(None, answer, question_text=question, lang=lang, ui_lang=lang)
    missing = set(fb.insights["relevance_detail"]["question_words_missing"] or [])
    assert not missing & FRAME[lang], missing
    assert "relevance" not in [a["code"] for a in fb.advice]
