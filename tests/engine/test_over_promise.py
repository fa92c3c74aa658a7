"""Refunding against the policy is over-promising, however kindly it is put: the refund given "even
though the rules say otherwise", or on one's own and explained to the manager afterwards. Answers
written by a job seeker trying the coach (hr, de) and for this test (en), in no graded set."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.engine import CAP_SERIOUS_PITFALL

ANSWERS = {
    "hr": ("Najprije bih kupca saslušala i pokazala mu da razumijem zašto je nezadovoljan, jer nitko ne traži povrat "
           "novca bez razloga. Mirno bih mu objasnila kakva su pravila, ali iskreno, meni je najvažnije da kupac ode "
           "zadovoljan. Ako vidim da je stvarno ljut i da bi mogao otići konkurenciji, vratila bih mu novac i riješila "
           "to odmah na blagajni, a poslije bih voditelju objasnila zašto sam tako odlučila. Jedan povrat je manja šteta "
           "od izgubljenog kupca i loše recenzije na internetu."),
    "de": ("Für mich steht der Kunde an erster Stelle. Wenn jemand sein Geld zurückhaben möchte, höre ich mir zuerst in "
           "Ruhe an, was passiert ist, und zeige Verständnis für seinen Ärger. Ehrlich gesagt finde ich, dass man wegen "
           "zwanzig oder dreißig Euro keinen Kunden verlieren sollte. Deshalb würde ich ihm das Geld in so einem Fall "
           "einfach zurückgeben, auch wenn die Regeln eigentlich etwas anderes sagen, das kläre ich dann hinterher schon."),
    "en": ("First I'd listen and let the customer explain why they want their money back, because nobody asks for a "
           "refund for no reason. Honestly, twenty pounds isn't worth losing a regular over, so I'd put the money back "
           "on their card even though the policy says no, and tell my manager afterwards."),
}
# the same situation handled within the rules: the policy named, an alternative offered
WITHIN = {
    "hr": "Iako pravila ne dopuštaju povrat novca, kupcu mirno objasnim zašto i ponudim zamjenu ili vaučer.",
    "de": "Auch wenn die Regeln keine Erstattung erlauben, erkläre ich das ruhig und biete einen Umtausch oder einen Gutschein an.",
    "en": "Even though the policy doesn't allow a refund, I explain why calmly and offer an exchange or store credit.",
}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_a_refund_against_the_policy_is_over_promising(lang):
    fb = feedback("refund-policy", ANSWERS[lang], lang=lang, ui_lang="en")
    assert [p["id"] for p in fb.pitfalls] == ["over-promise"]
    assert fb.pitfalls[0]["evidence"]["text"] in ANSWERS[lang]
    assert fb.score <= CAP_SERIOUS_PITFALL
    assert fb.advice[0]["code"] == "pitfall:over-promise"


@pytest.mark.parametrize("lang", sorted(WITHIN))
def test_the_policy_named_with_an_alternative_is_no_pitfall(lang):
    assert not feedback("refund-policy", WITHIN[lang], lang=lang, ui_lang="en").pitfalls
