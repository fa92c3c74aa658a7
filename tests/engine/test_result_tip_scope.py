""""Finish your story with the result" and "make the result concrete" are for the stories a question
asks for, not for an anecdote in a five-years answer (found by a job seeker trying the coach); a
story question without a result still gets it. hr, de, en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

FIVE_YEARS = {
    "en": ("In five years I'd like to be a team leader on the shop floor. Last spring, when two new colleagues started, "
           "I showed them the tills and the returns system and answered their questions during our shifts. I'm doing a "
           "short course in retail management now, and I'd like to grow with a company like yours."),
    "de": ("In fünf Jahren möchte ich gern Teamleiterin auf der Fläche sein. Letztes Jahr habe ich zwei neue Kolleginnen "
           "an der Kasse eingearbeitet, und das hat mir Spaß gemacht. Gerade mache ich einen kurzen Kurs im "
           "Handelsmanagement, und ich möchte mit einem Unternehmen wie Ihrem wachsen."),
    "hr": ("Za pet godina voljela bih biti voditeljica smjene. Prošlog proljeća, kad su počele dvije nove kolegice, "
           "pokazala sam im blagajnu i povrate robe i odgovarala na njihova pitanja tijekom smjena. Sada pohađam kratki "
           "tečaj upravljanja u trgovini i voljela bih rasti s tvrtkom kao što je vaša."),
}
NO_RESULT = {  # a story asked for, that stops before it ends
    "en": ("Last winter, at the parcel counter where I work, a customer shouted at me because his parcel was a week late "
           "and it was his daughter's birthday present. I let him finish and said I was sorry about the wait. Then I "
           "checked the tracking with him, saw that it was stuck at the depot and called the depot manager myself."),
    "de": ("Letzten Winter hat mich am Paketschalter, an dem ich arbeite, ein Kunde angeschrien, weil sein Paket eine "
           "Woche zu spät war und es das Geburtstagsgeschenk für seine Tochter war. Ich habe ihn ausreden lassen und mich "
           "für die Wartezeit entschuldigt. Dann habe ich mit ihm die Sendungsverfolgung geprüft, gesehen, dass das Paket "
           "im Depot feststeckte, und selbst den Depotleiter angerufen."),
    "hr": ("Prošle zime na šalteru za pakete gdje radim kupac je vikao na mene jer mu je paket kasnio tjedan dana, a bio "
           "je to rođendanski poklon za kćer. Pustila sam ga da završi i ispričala se zbog čekanja. Onda sam s njim "
           "provjerila praćenje pošiljke, vidjela da je paket zapeo u skladištu i sama nazvala voditelja skladišta."),
}


@pytest.mark.parametrize("lang", sorted(FIVE_YEARS))
def test_no_result_tip_where_no_story_is_asked_for(lang):
    fb = feedback("five-years", FIVE_YEARS[lang], lang=lang, ui_lang="en")
    assert "result" not in [a["code"] for a in fb.advice]


@pytest.mark.parametrize("lang", sorted(NO_RESULT))
def test_a_story_asked_for_still_needs_its_result(lang):
    fb = feedback("difficult-customer", NO_RESULT[lang], lang=lang, ui_lang="en")
    assert "result" in [a["code"] for a in fb.advice]


# a side remark with a result word early on ("and afterwards the rooms looked lovely"), the real
# result at the end: the story's result is how it ended (a job seeker's German answer, retold)
ENDINGS = {'en':"Last spring I worked at a small hotel by the lake, which the owner had renovated, and afterwards the rooms looked lovely. One evening a couple arrived for their fortieth anniversary. In my break I called the florist in the village and, with my manager's OK, put flowers and a card from the team in their room. The next morning the wife came to the desk in tears, and they booked again for next year.",
    'de':"Letzten Frühling habe ich in einem kleinen Hotel am See gearbeitet, das der Chef renoviert hatte, und danach waren die Zimmer wirklich schön. Eines Abends kam ein Ehepaar zum vierzigsten Hochzeitstag an. In meiner Pause habe ich beim Blumenladen im Ort angerufen und mit dem Okay meiner Chefin Blumen und eine Karte vom Team aufs Zimmer stellen lassen. Am nächsten Morgen kam die Frau mit Tränen in den Augen an die Rezeption, und die beiden haben gleich für nächstes Jahr wieder gebucht.",
    'hr':"Prošlog proljeća radila sam u malom hotelu uz jezero, koji je vlasnik obnovio, i poslije su sobe bile stvarno lijepe. Jedne večeri stigao je bračni par na četrdesetu godišnjicu braka. U pauzi sam nazvala cvjećarnicu u mjestu i uz dopuštenje voditeljice stavila im u sobu cvijeće i čestitku od cijelog tima. Sljedeće jutro gospođa je došla na recepciju sa suzama u očima, a oni su odmah ponovno rezervirali za iduću godinu."}
LAST = {"en": "The next morning", "de": "Am nächsten Morgen", "hr": "Sljedeće jutro"}


@pytest.mark.parametrize("lang", sorted(ENDINGS))
def test_the_result_is_the_story_ending_and_rebooking_is_concrete(lang):
    fb = feedback("above-and-beyond", ENDINGS[lang], lang=lang, ui_lang="en")
    assert fb.star["result"].evidence.text.startswith(LAST[lang])
    assert fb.result_is_concrete
    assert "result" not in [a["code"] for a in fb.advice]


# a result told as a measure that moved, without a number ("our quality scores went up"): concrete, so no
# "make the result concrete: a number…" (a job seeker, trying the coach)
MEASURED = {
    "en": ("Last year a caller rang because his bill was wrong for the third time. I listened, apologised and checked "
           "the account myself. I found the error, corrected it and called him back the next day to confirm. After I "
           "started doing this with every repeat caller, my quality scores went up."),
    "de": ("Letztes Jahr rief ein Kunde an, weil seine Rechnung zum dritten Mal falsch war. Ich habe zugehört, mich "
           "entschuldigt und das Konto selbst geprüft. Ich habe den Fehler gefunden, korrigiert und ihn am nächsten Tag "
           "zurückgerufen. Seit ich das bei jedem Wiederholungsanrufer so mache, sind meine Bewertungen deutlich gestiegen."),
    "hr": ("Prošle godine nazvao je korisnik jer mu je račun treći put bio pogrešan. Saslušala sam ga, ispričala se i "
           "sama provjerila račun. Pronašla sam pogrešku, ispravila je i sutradan ga nazvala da potvrdim. Otkad to radim "
           "sa svakim tko zove ponovno, ocjene su mi znatno porasle."),
}
MEASURED_LAST = {"en": "After I started", "de": "Seit ich", "hr": "Otkad to radim"}


@pytest.mark.parametrize("lang", sorted(MEASURED))
def test_a_measure_that_moved_is_a_concrete_result(lang):
    fb = feedback("difficult-customer", MEASURED[lang], lang=lang, ui_lang="en")
    assert fb.star["result"].evidence.text.startswith(MEASURED_LAST[lang])
    assert fb.result_is_concrete
    assert "result" not in [a["code"] for a in fb.advice]
