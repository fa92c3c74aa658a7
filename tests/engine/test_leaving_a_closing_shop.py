"""Leaving because the shop closes, told with respect and pointed at the new job (outside round 24: such answers,
graded 86-90, were scored 20 as answers to the self-introduction): the answer covers all three key points of
why-leaving and is not taken for another question's, in hr, de and en. Answers written for this test."""

from __future__ import annotations

import pytest

from interview_coach import feedback

ANSWERS = {
    "hr": ("Četiri godine radim u maloj papirnici blizu fakulteta i jako mi je lijepo tamo. Vlasnik je ove jeseni "
           "odlučio zatvoriti dućan i prodavati samo preko interneta, jer je promet pao. Razumijem tu odluku, uvijek "
           "je bio korektan prema nama. Ponudio mi je da ostanem pakirati pošiljke, ali shvatila sam da mi je "
           "najdraži dio posla razgovor s kupcima, kad nekome pomognem naći pravi poklon. Zato tražim posao u kojem "
           "ću i dalje svaki dan biti s ljudima, a vaša trgovina upravo je takvo mjesto."),
    "de": ("Ich arbeite seit vier Jahren in einem kleinen Schreibwarenladen an der Uni und mache das sehr gern. Der "
           "Inhaber hat diesen Herbst entschieden, den Laden zu schließen und nur noch online zu verkaufen, weil "
           "weniger Kundschaft kommt. Ich verstehe die Entscheidung, er war immer fair zu uns. Er hat mir angeboten, "
           "Bestellungen zu packen, aber mir ist klar geworden, dass mir das Gespräch mit Kunden am meisten Freude "
           "macht, wenn ich jemandem das richtige Geschenk finde. Deshalb suche ich eine Stelle, in der ich jeden Tag "
           "mit Menschen zu tun habe, und Ihr Geschäft ist genau so ein Ort."),
    "en": ("I've worked in a small stationery shop near the university for four years and I've loved it. This autumn "
           "the owner decided to close the shop and sell only online, because footfall has dropped. I understand the "
           "decision; he has always been fair to us. He offered me a job packing orders, but I realised my favourite "
           "part of the job is talking to customers and helping someone find the right present. So I'm looking for "
           "a job where I'm with people every day, and your shop is exactly that kind of place."),
}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_a_respectful_reason_to_leave_covers_the_question(lang):
    fb = feedback("why-leaving", ANSWERS[lang], lang=lang)
    assert all(k.covered for k in fb.key_points), [k.id for k in fb.key_points if not k.covered]
    assert "off-topic" not in [a["code"] for a in fb.advice]
    assert not fb.pitfalls
