"""An answer that names its question's topic in everyday words is on topic: a weakness told as "I talk too fast", a
reason to leave told as what the current job no longer gives, a mistake told as what was noticed. Without these words
(``topic_cues`` in the bank) strong answers were called off-topic and scored 20 (training rounds 18, 20, 21, 28).
Answers written for these tests (in no training data), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

ON_TOPIC = [
    ("hr", "weakness",
     "Kad je gužva, znam pričati prebrzo. Na prošlom poslu u pekari kupci su me ponekad molili da ponovim cijenu. Sada "
     "nakon svake cijene napravim kratku stanku i pogledam kupca, a kolegica mi kaže da se to već čuje. U gužvi na "
     "tome još radim."),
    ("de", "why-leaving",
     "Ich bin seit fünf Jahren im Kundenservice eines Versandhändlers. Seit letztem Jahr laufen fast alle Anfragen über "
     "ein Formular, und ich telefoniere kaum noch mit Kunden. Genau das Gespräch mag ich an der Arbeit aber am meisten. "
     "In Ihrem Team hätte ich wieder jeden Tag Kunden am Telefon."),
    ("de", "mistake",
     "An der Kasse habe ich einmal bei einem Kunden die Pfandbons doppelt angerechnet. Aufgefallen ist es beim "
     "Kassensturz am Abend, da fehlten knapp acht Euro. Ich habe es meiner Schichtleiterin sofort gesagt, und seitdem "
     "lege ich jeden Bon gleich nach dem Scannen in die Schublade."),
    ("en", "weakness",
     "When it gets busy I tend to talk too fast. At the bakery customers sometimes asked me to repeat the price. Now "
     "I pause after each price and look at the customer, and my supervisor says she can hear the difference. At busy "
     "times I'm still working on it."),
]


@pytest.mark.parametrize("lang,qid,answer", ON_TOPIC, ids=[f"{c[0]}-{c[1]}" for c in ON_TOPIC])
def test_an_answer_that_names_its_topic_in_everyday_words_is_on_topic(lang, qid, answer):
    fb = engine.feedback(qid, answer, lang=lang)
    assert not any(a["code"] == "off-topic" for a in fb.advice)
    assert fb.dimensions["relevance"] >= 50
