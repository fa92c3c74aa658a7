"""A confrontation with the customer and a dead end told calmly, in words no cue lists, read by meaning
(``pitfalls.BY_MEANING``: the pitfall's read-out of ``checks/readouts.py`` with the pitfall-answer read-out as a
second reading) where no cue finds a pitfall; good answers to the same questions are not read so. Answers
written for these tests (in no training data), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine
from interview_coach.checks.pitfalls import BY_MEANING

COMMITTING = [
    ("en", "customer-wrong", "confront-customer",
     "If the customer has simply misread something, I stay friendly but I don't play along. I show them the small "
     "print and explain what it actually says. Most of them go quiet after that.",
     "If the customer has simply misread something, I stay friendly but I don't play along."),
    ("de", "customer-wrong", "confront-customer",
     "Wenn der Kunde einfach etwas falsch gelesen hat, bleibe ich freundlich, tue aber nicht so, als hätte er recht. "
     "Ich zeige ihm das Kleingedruckte und erkläre, wo sein Denkfehler liegt. Die meisten werden dann still und "
     "akzeptieren es.",
     "Wenn der Kunde einfach etwas falsch gelesen hat, bleibe ich freundlich, tue aber nicht so, als hätte er recht."),
    ("hr", "customer-wrong", "confront-customer",
     "Ako je kupac nešto jednostavno krivo pročitao, ostajem ljubazna, ali mu ne povlađujem. Pokažem mu sitna slova i "
     "objasnim što tamo zapravo piše. Većina nakon toga utihne.",
     "Ako je kupac nešto jednostavno krivo pročitao, ostajem ljubazna, ali mu ne povlađujem."),
    ("en", "dont-know", "dead-end",
     "I'd be honest and say I don't have that information, sorry. Nobody can have all of it in their head, and "
     "customers understand that.",
     "I'd be honest and say I don't have that information, sorry."),
    ("de", "experience", "dead-end",
     "Im Verkauf habe ich bisher ehrlich gesagt noch gar nicht gearbeitet, da gibt es also wenig zu erzählen. Das "
     "lernt man dann ja.",
     "Im Verkauf habe ich bisher ehrlich gesagt noch gar nicht gearbeitet, da gibt es also wenig zu erzählen."),
    ("hr", "products", "dead-end",
     "O vašem asortimanu se iskreno još nisam puno informirala. To će sigurno doći s vremenom.",
     "O vašem asortimanu se iskreno još nisam puno informirala."),
]

GOOD = [
    ("en", "customer-wrong",
     "If a customer has misread an offer, I let them explain first and check the leaflet with them. I say something "
     "like 'I can see why that reads that way', then show what the offer covers. If it really doesn't apply, I look "
     "for what I can do instead, like a similar product that is on offer, so they don't leave empty-handed."),
    ("de", "customer-wrong",
     "Wenn ein Kunde ein Angebot falsch verstanden hat, lasse ich ihn erst erklären und schaue mir den Prospekt "
     "gemeinsam mit ihm an. Ich sage etwa: 'Ich verstehe, warum man das so lesen kann', und zeige dann, was das "
     "Angebot umfasst. Wenn es wirklich nicht gilt, suche ich nach einer Alternative, zum Beispiel einem ähnlichen "
     "Produkt im Angebot, damit er nicht mit leeren Händen geht."),
    ("hr", "customer-wrong",
     "Ako je kupac krivo razumio akciju, prvo ga pustim da objasni i zajedno s njim pogledam letak. Kažem nešto "
     "poput 'Razumijem zašto ste to tako shvatili' i pokažem što akcija obuhvaća. Ako se stvarno ne odnosi na "
     "taj proizvod, potražim što mogu ponuditi umjesto toga, recimo sličan proizvod koji je na akciji, da ne ode "
     "praznih ruku."),
    # near the dead end in words ("I don't have that information"), with the next step
    ("en", "dont-know",
     "I'd be honest and say I don't have that information yet, and that I'll find out. Then I'd check the knowledge "
     "base or ask a colleague, and go back to the customer with the answer, or call them back the same day if it "
     "takes longer."),
    ("de", "dont-know",
     "Ich wäre ehrlich und würde sagen, dass ich diese Information gerade nicht habe, sie aber herausfinden werde. "
     "Dann schaue ich in der Wissensdatenbank nach oder frage eine Kollegin und melde mich mit der Antwort beim "
     "Kunden, oder ich rufe ihn noch am selben Tag zurück, wenn es länger dauert."),
    ("hr", "dont-know",
     "Iskreno bih rekla da tu informaciju trenutno nemam, ali da ću je saznati. Onda bih pogledala u bazi znanja ili "
     "pitala kolegicu i vratila se kupcu s odgovorom, ili ga nazvala istog dana ako potraje duže."),
    ("de", "experience",
     "Im Verkauf habe ich bisher noch nicht gearbeitet, aber drei Jahre lang habe ich im Sportverein die Kasse beim "
     "Sommerfest gemacht und Mitglieder am Telefon beraten. Da habe ich gelernt, auch bei viel Andrang freundlich und "
     "genau zu bleiben."),
]


def _found(fb, pitfall: str) -> list[dict]:
    return [p for p in fb.pitfalls if p["id"] == pitfall]


@pytest.mark.parametrize("lang,qid,pitfall,answer,quote", COMMITTING, ids=[f"{c[0]}-{c[2]}" for c in COMMITTING])
def test_pitfalls_told_calmly_in_new_words_are_read_by_meaning(lang, qid, pitfall, answer, quote):
    rule = BY_MEANING[pitfall][0]
    assert not engine.feedback(qid, answer, lang=lang, disabled=(rule,)).pitfalls, "no cue finds a pitfall"
    found = _found(engine.feedback(qid, answer, lang=lang), pitfall)
    assert found and found[0]["by"] == "meaning"
    assert found[0]["evidence"]["text"] == quote


@pytest.mark.parametrize("lang,qid,answer", GOOD, ids=[f"{c[0]}-{c[1]}" for c in GOOD])
def test_good_answers_to_the_same_questions_are_not_read_so(lang, qid, answer):
    assert not engine.feedback(qid, answer, lang=lang).pitfalls


@pytest.mark.parametrize("lang", ["en", "hr"])
def test_a_pitfall_by_meaning_is_read_only_in_answers_to_questions_that_list_it(lang):
    # the confrontation read-out is trained on the answers to the questions that list it; "why customer service"
    # does not, and the same words there are not read for it
    lang, qid, pitfall, answer, _ = next(c for c in COMMITTING if c[0] == lang and c[2] == "confront-customer")
    assert _found(engine.feedback(qid, answer, lang=lang), pitfall)
    assert not any(p["by"] == "meaning" for p in engine.feedback("why-cs", answer, lang=lang).pitfalls)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_each_pitfall_by_meaning_is_a_rule_disable_takes(lang):
    from interview_coach.checks.registry import check_ids

    assert {rule for rule, _, _ in BY_MEANING.values()} <= set(check_ids(lang))
