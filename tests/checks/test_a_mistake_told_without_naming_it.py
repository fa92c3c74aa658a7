"""A good answer to "Tell me about a mistake you made at work" may tell the mistake without naming it ("I had read
the old delivery date in the system") and end with "it hasn't happened again": that ending is one of the
question's topic words, so the answer is not taken for another question's (a reviewer's case, called off-topic
and scored 20). Answers written for these tests, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

TOLD_NOT_NAMED = [
    ("en", "Last year I told a customer her order would arrive on Friday, but I had read the old delivery date in the "
           "system. When she called on Friday I apologised straight away, checked with the warehouse and called her "
           "back within the hour with the real date, and I offered free delivery for the trouble. Since then I always "
           "open the change history before I give a date, and it hasn't happened again."),
    ("de", "Im Weihnachtsgeschäft habe ich einer Kundin einen Gutschein über 50 Euro ausgestellt, aber im System nur "
           "15 Euro eingetragen. Als sie an der Kasse stand, habe ich mich sofort entschuldigt, den Betrag mit der "
           "Filialleitung korrigiert und ihr als Entschuldigung eine kleine Tafel Schokolade mitgegeben. Seitdem lese "
           "ich jeden Betrag laut vor, bevor ich buche, und das ist nicht wieder passiert."),
    ("hr", "U božićnoj gužvi izdala sam kupcu poklon-bon od 50 eura, a u sustav upisala 15. Kad je došao na blagajnu, "
           "odmah sam se ispričala, s voditeljicom ispravila iznos i dala mu malu čokoladu za ispriku. Otada svaki "
           "iznos naglas pročitam prije nego ga upišem i to mi se više nije dogodilo."),
]


@pytest.mark.parametrize("lang,answer", TOLD_NOT_NAMED, ids=[c[0] for c in TOLD_NOT_NAMED])
def test_a_mistake_told_without_naming_it_is_on_topic(lang, answer):
    fb = engine.feedback("mistake", answer, lang=lang)
    assert not any(a["code"] == "off-topic" for a in fb.advice)
    assert fb.dimensions["relevance"] >= 50 and fb.score > 40


@pytest.mark.parametrize("lang,answer", TOLD_NOT_NAMED, ids=[c[0] for c in TOLD_NOT_NAMED])
def test_the_same_story_given_to_a_question_it_does_not_answer_stays_off_topic(lang, answer):
    fb = engine.feedback("why-cs", answer, lang=lang)
    assert any(a["code"] == "off-topic" for a in fb.advice)
