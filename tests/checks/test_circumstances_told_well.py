"""Circumstances told well are no pitfall; the same circumstances used as an excuse or a motive still are.
Each pair comes from a good answer by a helper blind to the code that a cue capped (a time estimate taken for an
excuse, a bill in a caller's story taken for the applicant's money motive, "no room to progress" in a two-person
shop taken for an excuse, "I wouldn't invent an answer just so…" taken for the over-promise it rejects, "niemanden
abwimmeln" taken for fobbing callers off). Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

FINE = [
    ("de", "Zuerst begrüße ich die Gruppe und sage offen, dass ich gerade allein bin und es ein paar Minuten dauern kann."),
    ("en", "First I say openly that we're short-staffed today and it may take a few minutes."),
    ("hr", "Kažem joj otvoreno da smo danas bez dvije kolegice i da bi moglo potrajati nekoliko minuta."),
    ("hr", "U pozivnom centru banke nazvala je gospođa i tražila stanje računa svog supruga, jer je on u bolnici, a "
           "trebalo je platiti režije."),
    ("de", "Die Frau wollte den Kontostand ihres Mannes wissen, weil die Nebenkosten bezahlt werden mussten."),
    ("en", "The woman wanted her husband's balance because the bills had to be paid."),
    ("hr", "Ne bih izmišljao odgovor samo da kupac ode."),
    ("de", "Ich würde mir keine Antwort ausdenken, nur damit der Kunde geht."),
    ("en", "I wouldn't make up an answer just so the customer leaves."),
    ("de", "Wichtig ist mir, dass ich auch in so einer Situation niemanden abwimmle, nur damit die Zahl in der "
           "Schlange schneller sinkt."),
    ("en", "What matters to me is that I don't fob anyone off just so the queue goes down faster."),
    ("hr", "Bitno mi je da nikoga ne otpilim samo da red brže padne."),
]
STILL = [
    ("de", "Ich sage ihm, dass wir heute unterbesetzt sind.", "excuses"),
    ("en", "I tell them there's only two of us today.", "excuses"),
    ("hr", "Ispričao sam im se i objasnio kako je došlo do greške, da je bila velika gužva i da mail nije bio jasan.",
     "excuses"),
    ("de", "Ich habe mich entschuldigt und erklärt, dass an dem Tag sehr viel los war.", "excuses"),
    ("en", "I apologised and explained that it was a really busy day.", "excuses"),
    ("hr", "Moram platiti režije, zato mi treba posao.", "money-only"),
    ("hr", "Izmislim nešto samo da kupac ode zadovoljan.", "over-promise"),
    ("de", "Ich wimmle die Anrufer ab, damit die Schlange kürzer wird.", "rush-or-ignore"),
]


def committed(text: str, lang: str) -> list[str]:
    found = pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))
    return [c.id for c in found]


@pytest.mark.parametrize("lang,text", FINE)
def test_circumstances_told_well_commit_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text,pitfall", STILL)
def test_the_excuse_or_motive_itself_still_commits(lang, text, pitfall):
    assert pitfall in committed(text, lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Even before that, I'd started looking for more contact with customers and a chance to grow, and with only "
           "two of us on the staff there's naturally only so much room to progress."),
    ("de", "Schon vorher wollte ich mehr Kundenkontakt, und bei nur zwei Leuten im Laden gibt es natürlich wenig "
           "Aufstiegsmöglichkeiten."),
    ("hr", "I prije toga sam htjela više kontakta s kupcima, a kad nas je u dućanu samo dvoje, prostora za napredak "
           "naravno nema puno."),
])
def test_a_small_shop_as_no_room_to_grow_is_no_excuse_for_leaving(lang, text):
    from interview_coach import engine
    fb = engine.feedback("why-leaving", text, lang=lang, ui_lang="en")
    assert not [p for p in fb.pitfalls if p["id"] == "excuses"]
