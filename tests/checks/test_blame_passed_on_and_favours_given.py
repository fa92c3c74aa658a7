"""Round 20 of the outside answers (written and graded blind): blame passed on to the customer ("not with us"), a dig
at how a colleague works or how head office plans, a favour handed out at the shop's cost, a date given one's word on,
and a customer shown where they went wrong are what an interviewer holds against an answer; a criticism reported
about oneself, a date one declines to promise, a customer's easily missed setting and a customer told to pay are not.
Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

BLAME = [
    ("en", "I explain to the caller that the delay is on the courier's side, not with us."),
    ("en", "She's friendly enough, she just has a relaxed attitude to work, unlike some people on the team."),
    ("en", "Rotas are written by people who have never done a Saturday on the tills."),
    ("de", "Ich sage der Kundin ehrlich, dass es nicht an uns im Laden liegt, sondern am Lager."),
    ("de", "Das kam bei ihm leider öfter vor, und ausbaden durften es dann wir an der Kasse."),
    ("de", "Die Schichtplanung war, vorsichtig gesagt, nicht die Stärke unserer Filialleitung."),
    ("hr", "Što kupac zapravo dobije, to u upravi nikoga ne zanima."),
    ("hr", "Naše prijedloge nitko nije ni pročitao, a servis se ne javlja ni na telefon."),
    ("hr", "Bilo mi je smiješno da baš on meni soli pamet o urednosti."),
]
OVER_PROMISES = [
    ("en", "To calm him down I gave him my word that it will be fixed by Monday."),
    ("en", "If she insists the price was lower, I just let her have it for the lower price."),
    ("en", "I'd throw in a free month so they stay with us."),
    ("de", "Ich habe ihm einen Teil einfach zurückgebucht, das muss ja nicht an die große Glocke gehängt werden."),
    ("de", "Ich habe ihr versprochen, dass die Reparatur spätestens Freitag fertig ist, darauf gebe ich mein Wort."),
    ("de", "Ich habe die Gutschrift einfach selbst gebucht, das ging schneller, als die Filialleitung zu fragen."),
    ("hr", "Rekao bih mu da ću to riješiti još danas, pa makar ostao do ponoći."),
    ("hr", "Da se ne ljuti, dao bih joj mjesec pretplate gratis."),
    ("hr", "Kupcu odmah kažem da će dobiti popust, a s voditeljem ću se dogovoriti kasnije."),
]
CONFRONTED = [
    ("en", "I took her to the shelf and showed her where she'd gone wrong with the offer."),
    ("en", "It's important that customers understand their mistake, so I spell it out."),
    ("de", "Ich erkläre ihm, dass das Gerät in Ordnung ist und der Fehler bei der Bedienung liegt."),
    ("de", "Man muss Kunden auch mal sagen, dass sie selbst eine Verantwortung haben."),
    ("hr", "Tiho sam joj rekla da sam vidjela da je stavila ruž u džep."),
    ("hr", "Prišao bih mu i rekao da sam vidio da je uzeo punjač."),
]
FINE = [
    ("en", "blame-others", "My supervisor told me I was too slow on the till, so I asked her to show me the quicker keys."),
    ("en", "blame-others", "I couldn't promise when the engineer would come, that's not up to me, but I booked a call back."),
    ("en", "excuses", "Her old address was still saved as the default, which is very easy to miss at checkout."),
    ("en", "money-only", "I'd tell them quietly that they need to pay for it at the till or leave it."),
    ("de", "blame-others", "Wann das Ersatzteil kommt, konnte ich ihr nicht versprechen, das liegt nicht bei mir."),
    ("de", "over-promise", "Ich übe, bis ich es ohne Zettel kann, und frage lieber einmal zu viel als einmal zu wenig."),
    # how the waiting customers are to feel is nobody's doing denied (a job seeker's trial)
    ("en", "excuses", "I make eye contact with the people waiting and tell them I'll be with them soon, so nobody feels ignored."),
    ("de", "excuses", "Ich sage den Wartenden kurz, dass ich gleich komme, damit sich niemand übergangen fühlt."),
    ("hr", "excuses", "Ljudima u redu kažem da dolazim za minutu, da se nitko ne osjeća zaboravljeno."),
    # "not to us" of a booking passed on is a fact, not the blame of "nicht an uns liegt"
    ("de", "blame-others", "Die Reservierung war vom Portal nicht an uns weitergegeben worden – woran das lag, klärten wir am Tag danach."),
    ("en", "blame-others", "The parcel is not with us any more; it left the depot yesterday, so I gave her the tracking."),
    # pretending to know, condemned (held-out round 21: a strong answer was capped at 25 for it)
    ("hr", "guess-or-send-away", "Brzo sam naučila da je najgore glumiti da znaš, pa kažem da ću provjeriti."),
    ("de", "guess-or-send-away", "Ich habe gelernt: Das Schlimmste ist, so zu tun, als wüsste man es."),
    ("en", "guess-or-send-away", "I learned early that the worst thing is to pretend you know, so I say I'll check."),
    ("hr", "blame-others", "Ne mogu obećati kad će serviser doći, to nije do mene, ali nazvat ću vas sutra."),
]


@pytest.mark.parametrize("lang,text", BLAME, ids=[f"{c[0]}-{c[1][:28]}" for c in BLAME])
def test_blame_passed_on_or_a_dig_at_how_others_work_is_blame(committed_any, lang, text):
    assert "blame-others" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", OVER_PROMISES, ids=[f"{c[0]}-{c[1][:28]}" for c in OVER_PROMISES])
def test_a_favour_at_the_shops_cost_or_ones_word_on_a_date_over_promises(committed_any, lang, text):
    assert "over-promise" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", CONFRONTED, ids=[f"{c[0]}-{c[1][:28]}" for c in CONFRONTED])
def test_showing_the_customer_their_mistake_confronts(committed_any, lang, text):
    assert "confront-customer" in committed_any(text, lang)


@pytest.mark.parametrize("lang,pitfall,text", FINE, ids=[f"{c[0]}-{c[1]}-{c[2][:24]}" for c in FINE])
def test_what_only_sounds_like_it_commits_nothing(committed_any, lang, pitfall, text):
    assert pitfall not in committed_any(text, lang)
