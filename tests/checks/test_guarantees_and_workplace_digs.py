"""Round 18 of the outside answers (written and graded blind): a guarantee given personally, a favour done "anyway"
after the rule was shown, and a workplace where "nobody cared" are what an interviewer holds against an answer; a
guarantee declined and a promise the applicant controls are not. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

OVER_PROMISES = [
    ("en", "I told him not to worry: I personally guarantee it will be ready on Friday."),
    ("en", "If they're still unhappy after I've shown them the sign, I'd just give them the old price anyway."),
    ("de", "Ich habe ihr gesagt: „Ich garantiere Ihnen, dass das Gerät am Freitag fertig ist.“"),
    ("de", "Ich sage ihm zu, dass er das Paket morgen hat, egal wie voll das Lager ist."),
    ("hr", "Rekla sam joj: „Ne brinite, garantiram vam da ćete ga imati u petak.”"),
    ("hr", "To nije službena akcija, ali ja kupcu dam deset posto popusta i svi su sretni."),
    # not one's own decision, and promised anyway; a discount against a fixed price; a room at any rate
    ("en", "It wasn't my call, but I told her she'd get the new phone at half price."),
    ("en", "If the booking still doesn't show up, I'd give them a room at whatever rate they say they paid."),
    ("de", "Das konnte ich zwar selbst nicht entscheiden, aber ich habe ihr den halben Preis zugesagt."),
    ("de", "Ich habe ihm 20 Prozent nachgelassen, obwohl es bei Büchern eigentlich die Preisbindung gibt."),
    ("hr", "Nisam to mogla odlučiti, ali rekla sam joj da će sigurno dobiti novac natrag."),
    ("hr", "Ako rezervaciju ne nađem, kažem mu: „Garantiram vam sobu večeras, makar i besplatno.”"),
]
KEPT = [
    ("en", "I told her honestly that I couldn't guarantee it, but I'd ring the supplier and call her back by four."),
    ("en", "She didn't get the refund, but she left happy anyway because I found her an exchange."),
    ("de", "Ich kann Ihnen nichts garantieren, aber ich rufe Sie bis 17 Uhr zurück."),
    ("de", "Ich habe ihr zugesagt, dass ich sie bis 17 Uhr zurückrufe, und das habe ich auch getan."),
    ("hr", "Ne mogu vam ništa garantirati, ali provjerit ću odmah i nazvati vas do četiri."),
    ("hr", "Obećala sam joj da ću je nazvati do kraja dana i nazvala sam je."),
    # not one's own decision, so the manager was asked
    ("en", "It wasn't my call, but I asked my manager and she approved a voucher."),
    ("de", "Das konnte ich nicht entscheiden, aber ich habe sofort meine Teamleiterin gefragt."),
    ("hr", "Nisam to mogla odlučiti, pa sam pitala voditeljicu."),
    # a drink on the house is a gesture staff may make (two dev answers)
    ("en", "Usually that works: a dish made again, a drink on the house, which I was allowed to decide myself."),
    ("de", "Meistens geht das auch, ein Gericht neu machen lassen, ein Getränk aufs Haus, das durfte ich selbst entscheiden."),
    ("hr", "Ispričala sam se i ponudila im piće na terasi na račun kuće dok ne pripremimo drugu sobu."),
]
DIGS = [
    ("en", "Nobody there has time for the staff, so new starters are thrown in on day one."),
    ("en", "It was one of those customers who order at the last minute and expect you to read their mind."),
    ("de", "Das hat dort keinen interessiert, am Ende blieb alles an mir hängen."),
    ("de", "Ich kenne diesen Typ Kunde, der es erst mit Lautstärke versucht."),
    ("hr", "Nikoga nije bilo briga jesu li police pune, pa je sve ostajalo na meni."),
    ("hr", "Ona se uvijek znala nekako izvući, takva je jednostavno bila."),
    # a judgement said after what the colleague said; "although everyone knew"; "more about him than me"
    ("en", "She said she was doing her best, but to be honest she always did the bare minimum and left the hard calls for others."),
    ("en", "Our team leader gave half the team Mondays off, even though everyone knew Monday was the busiest day."),
    ("de", "Unsere Teamleiterin hat montags die Hälfte freigegeben, obwohl jeder wusste, dass montags die meisten Anrufe kommen."),
    ("de", "Ehrlich gesagt sagte das mehr über ihn als über mich."),
    ("hr", "Iskreno, mislim da je to više govorilo o njemu nego o meni."),
    ("hr", "Voditeljica je dala slobodne ponedjeljke pola tima, iako su svi znali da je ponedjeljak najgori dan."),
]


@pytest.mark.parametrize("lang,text", OVER_PROMISES, ids=[f"{c[0]}-{c[1][:28]}" for c in OVER_PROMISES])
def test_a_personal_guarantee_or_a_favour_anyway_over_promises(committed_any, lang, text):
    assert "over-promise" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", KEPT, ids=[f"{c[0]}-{c[1][:28]}" for c in KEPT])
def test_a_guarantee_declined_or_a_promise_one_controls_is_fine(committed_any, lang, text):
    assert "over-promise" not in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", DIGS, ids=[f"{c[0]}-{c[1][:28]}" for c in DIGS])
def test_a_workplace_where_nobody_cared_or_a_type_of_customer_is_blame(committed_any, lang, text):
    assert "blame-others" in committed_any(text, lang)
