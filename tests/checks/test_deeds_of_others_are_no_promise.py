"""In an answer about leaving or a gap, what a manager did "without consultation" is the reason told, not a
promise of one's own (a known problem of round 27: "die Schichten ohne Rücksprache umgestellt" was called
over-promising); the applicant's own deed stays one. Answers written for these tests, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

OTHERS_DID_IT = [
    ("de", "why-leaving",
     "Ich arbeite seit fünf Jahren in einer Bäckereifiliale und mag den Kontakt mit den Stammkunden. Seit letztem Jahr "
     "werden die Schichten ohne Rücksprache umgestellt, oft erst am Freitag für die nächste Woche. Ich suche eine "
     "Stelle mit verlässlicher Planung, damit ich mich ganz auf die Kunden konzentrieren kann."),
    ("de", "cv-gap",
     "Die Lücke sind acht Monate. Die Firma hat den Standort ohne Rücksprache mit uns geschlossen, und ich habe mir "
     "danach Zeit genommen, einen Kurs in Buchhaltung zu machen. Jetzt kann ich sofort anfangen."),
    ("de", "why-leaving",
     "Ich arbeite seit fünf Jahren in einer Bäckereifiliale. Seit letztem Jahr stellt die Filialleitung die Schichten "
     "ohne Rücksprache um. Ich suche eine Stelle mit verlässlicher Planung."),
    ("de", "why-leaving",
     "Ich arbeite seit fünf Jahren in einer Bäckereifiliale. Meine Chefin hat die Schichten oft ohne Absprache "
     "geändert. Ich suche eine Stelle mit verlässlicher Planung."),
    # the same in en and hr, where no cue ever read it so: kept so that a cue added there later is held to it
    ("en", "why-leaving",
     "I've worked in a bakery for five years and I love the regulars. Since last year the shifts are changed without "
     "asking us, often on Friday for the next week. I'm looking for a job with reliable planning so I can focus on "
     "the customers."),
    ("hr", "why-leaving",
     "Pet godina radim u pekarnici i volim stalne kupce. Od prošle godine smjene se mijenjaju bez dogovora s nama, "
     "često tek u petak za idući tjedan. Tražim posao s pouzdanim rasporedom da se mogu posvetiti kupcima."),
]


@pytest.mark.parametrize("lang,qid,answer", OTHERS_DID_IT, ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(OTHERS_DID_IT)])
def test_what_a_manager_did_without_consultation_is_no_promise(lang, qid, answer):
    assert "over-promise" not in [p["id"] for p in engine.feedback(qid, answer, lang=lang).pitfalls]


@pytest.mark.parametrize("qid,answer", [
    ("why-leaving", "Ich arbeite seit fünf Jahren in einer Bäckereifiliale. Ich habe einem Kunden, der sich beschwert "
                    "hat, ohne Rücksprache das Geld erstattet, und das gab Ärger. Ich suche jetzt eine neue Stelle."),
    ("why-leaving", "Ich arbeite seit fünf Jahren in einer Bäckereifiliale. Wir haben Stammkunden ohne Rücksprache "
                    "Rabatte gegeben, weil sie das wollten. Ich suche jetzt eine neue Stelle."),
    ("why-leaving", "Ich arbeite seit fünf Jahren in einer Bäckereifiliale. Einmal habe ich einer Kundin die Torte "
                    "ohne Rücksprache umsonst gegeben, weil sie so enttäuscht war. Ich suche jetzt mehr Verantwortung."),
    ("refund-policy", "Wenn ein Kunde ohne Bon kommt, erstatte ich ohne Rücksprache, Hauptsache er ist zufrieden."),
])
def test_ones_own_deed_without_consultation_stays_one(qid, answer):
    assert "over-promise" in [p["id"] for p in engine.feedback(qid, answer, lang="de").pitfalls]
