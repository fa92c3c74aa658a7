"""A key point said in one clause of a long sentence is credited: the sentence as a whole leans to
something else, the clause that carries the cue is about the point. Written for this test, in hr, de
and en; each fails when only whole sentences are weighed."""

from __future__ import annotations

import pytest

from interview_coach import feedback

CASES = {
    "en": ("salary", "research", "I was thinking of about twelve pounds an hour, which is what similar jobs pay "
                                 "round here, but I'm open to talking about it."),
    "de": ("tell-me-about-yourself", "present", "Ich kümmere mich um alles, was im Geschäft so anfällt: Kasse, "
           "Warenannahme, Beratung bei Laufschuhen, Umtausch, und ich arbeite seit einem Jahr auch die Aushilfen ein."),
    "hr": ("too-long", "acknowledge", "Kad mi kupac na šalteru kaže da sve traje cijelu vječnost, kažem mu: „U pravu "
           "ste, danas je stvarno gužva”, i onda mu iskreno kažem koliko će još trajati."),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_point_in_one_clause_is_credited(lang):
    qid, point, text = CASES[lang]
    fb = feedback(qid, text, lang=lang, ui_lang="en")
    item = next(k for k in fb.key_points if k.id == point)
    assert item.covered
    assert item.evidence is not None and item.evidence.text in text
    assert not any(point in a["message"] for a in fb.advice)


def test_a_loose_cue_in_a_short_clause_does_not_pass_an_answer_to_another_question():
    """The sibling test weighs whole sentences: a self-introduction given to "Where do you see yourself
    in five years?" stays off-topic though its last clause says "bei Ihnen" (a cue of staying with the
    company)."""
    text = ("Ich bin 23 und habe meine Ausbildung zum Kaufmann im Einzelhandel bei einem Sportgeschäft gemacht. "
            "Seitdem arbeite ich dort an der Kasse und in der Beratung für Laufschuhe. Meine Stärke ist, dass ich "
            "auch in vollen Wochen geduldig bleibe und mir die Stammkunden merke. Bei Ihnen habe ich mich beworben, "
            "weil ich gern mehr beraten und weniger kassieren möchte.")
    fb = feedback("five-years", text, lang="de", ui_lang="en")
    assert fb.advice[0]["code"] == "off-topic"
    assert fb.score <= 25
