"""A job seeker's trial of the CLI (a helper writing and grading its own answers as an interviewer): an action
practised "kod kuće" with the "glavne točke" is no money motive (a good answer had been capped at 29); a refund
given in the end because the customer is still unhappy gives in (an over-promise scored 85). Sentences written for
this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback


AT_HOME = [
    ("hr", "Prije svakog sastanka napišem si tri glavne točke i naglas ih ponovim kod kuće."),
    ("de", "Vor jedem Termin schreibe ich mir die drei Hauptpunkte auf und übe sie zu Hause laut."),
    ("en", "Before every meeting I write down my three main points and practise them out loud at home."),
]
NEAR_HOME = [
    ("hr", "Glavni razlog je što mi je posao blizu, pet minuta od stana."),
    ("de", "Der Hauptgrund ist, dass der Laden nur fünf Minuten von meiner Wohnung entfernt ist."),
    ("en", "The main reason is that it's five minutes from my flat."),
]
GIVES_IN = [
    ("hr", "Ako je i dalje nezadovoljan, na kraju mu vratim novac, jer ljutit kupac košta više od povrata."),
    ("de", "Wenn er damit trotzdem nicht zufrieden ist, gebe ich ihm am Ende sein Geld zurück."),
    ("en", "If they're still unhappy after that, I'd give them a refund in the end."),
]
HOLDS = [
    ("hr", "Ako je i dalje nezadovoljan, objasnim da povrat ne mogu dati, ali ponudim zamjenu ili bon."),
    ("de", "Wenn er trotzdem nicht zufrieden ist, erkläre ich, dass ich kein Geld zurückgeben kann, und biete einen Umtausch an."),
    ("en", "If they're still unhappy, I explain that I can't refund it, but I offer an exchange or a voucher."),
]


@pytest.mark.parametrize("lang,text", AT_HOME, ids=[c[0] for c in AT_HOME])
def test_main_points_practised_at_home_are_no_money_motive(committed_any, lang, text):
    assert "money-only" not in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", NEAR_HOME, ids=[c[0] for c in NEAR_HOME])
def test_a_job_near_home_as_the_main_reason_still_is(committed_any, lang, text):
    assert "money-only" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", GIVES_IN, ids=[c[0] for c in GIVES_IN])
def test_a_refund_given_because_the_customer_is_still_unhappy_over_promises(committed_any, lang, text):
    assert "over-promise" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", HOLDS, ids=[c[0] for c in HOLDS])
def test_the_rule_held_with_an_alternative_is_fine(committed_any, lang, text):
    assert "over-promise" not in committed_any(text, lang)


CALM = {  # the customers are not to notice the stress: the point said as the applicant's aim (the trial's en answer)
    "hr": "Kad je gužva, napravim popis i idem redom. Kupci ne smiju primijetiti da sam pod stresom, zato govorim mirno.",
    "de": "Wenn viel los ist, mache ich mir eine Liste und gehe der Reihe nach vor. Die Kunden sollen davon nichts merken, "
          "deshalb bleibe ich ruhig und freundlich.",
    "en": "When it gets busy I make a list and work through it. The customers shouldn't notice any of it, so I keep my "
          "voice calm and friendly.",
}


@pytest.mark.parametrize("lang", sorted(CALM))
def test_customers_not_to_notice_the_stress_is_the_point(lang):
    points = {k.id: k for k in feedback("stress", CALM[lang], lang=lang, ui_lang="en").key_points}
    assert points["result"].covered
