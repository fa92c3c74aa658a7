"""The customer corrected (``checks/corrected.py``): telling or showing a customer that the mistake was theirs,
however politely, is confronting them. Round 16 of the outside answers (written and graded blind) had 11 of 18
such answers missed. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

COMMITS = [
    ("en", "customer-wrong", "I explained to him, very kindly, that he had read the offer wrongly and got it wrong."),
    ("en", "customer-wrong", "I pointed out that she had misread the date on the voucher."),
    ("en", "difficult-customer", "Then I showed him the booking and told him the mix-up was on his side."),
    ("en", "difficult-customer", "I listened, then told her that she should have checked the size chart first."),
    ("de", "customer-wrong", "Ich habe ihr freundlich erklärt, dass sie sich beim Datum geirrt hatte."),
    ("de", "customer-wrong", "Dann habe ich ihm gezeigt, dass er das Angebot schlicht falsch gelesen hatte."),
    ("de", "difficult-customer", "Ganz ruhig habe ich ihr gesagt, dass der Fehler bei ihr lag."),
    ("de", "difficult-customer", "Ich habe ihm erklärt, dass er die Bedingungen hätte lesen sollen."),
    ("hr", "customer-wrong", "Ljubazno sam joj objasnila da je datum krivo pročitala."),
    ("hr", "customer-wrong", "Pokazao sam mu račun i rekao da se zabunio oko cijene."),
    ("hr", "difficult-customer", "Mirno sam mu napomenula da je trebao provjeriti adresu prije slanja."),
    ("hr", "difficult-customer", "Strpljivo sam joj čitala stavku po stavku, sve dok nije priznala da je pogriješila."),
]

SPARED = [
    # the fault is the shop's or a thing's, or the applicant's own
    ("en", "customer-wrong", "I explained that the shelf label was wrong and gave her the lower price."),
    ("en", "customer-wrong", "I told her that she had been sent the wrong size and posted the right one."),
    ("en", "mistake", "I told him I had got it wrong and put it right the same day."),
    ("en", "customer-wrong", "I told her it wasn't her mistake at all, the sign was confusing."),
    ("en", "customer-wrong", "He told me I had misread the order."),
    ("de", "customer-wrong", "Ich habe ihr erklärt, dass das Preisschild falsch war, und ihr den Preis gegeben."),
    ("de", "mistake", "Ich habe ihm gesagt, dass ich mich geirrt hatte, und mich entschuldigt."),
    ("de", "customer-wrong", "Ich habe ihr gesagt, dass sie sich nicht geirrt hatte, das Schild war missverständlich."),
    ("hr", "customer-wrong", "Objasnila sam mu da je cijena na polici bila krivo označena i dala mu nižu."),
    ("hr", "customer-wrong", "Rekao sam mu da je nalog zapeo jer je adresa krivo upisana."),
    ("hr", "mistake", "Rekla sam joj da sam se ja zabunila i odmah to ispravila."),
    ("hr", "customer-wrong", "Rekla sam joj da nije ona pogriješila, nego da je oznaka nejasna."),
]


@pytest.mark.parametrize("lang,qid,text", COMMITS, ids=[f"{c[0]}-{c[2][:30]}" for c in COMMITS])
def test_telling_the_customer_the_mistake_was_theirs_is_confronting(committed, lang, qid, text):
    assert "confront-customer" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", SPARED, ids=[f"{c[0]}-{c[2][:30]}" for c in SPARED])
def test_a_fault_of_the_shop_or_of_oneself_or_denied_confronts_no_one(committed, lang, qid, text):
    assert "confront-customer" not in committed(text, lang, qid)


CALM_AFTER = [
    ("en", "I told him that he had misread the price. He argued, but I stayed calm and polite."),
    ("de", "Ich habe ihm erklärt, dass er sich verlesen hatte. Er war sauer, aber ich bin ruhig geblieben."),
    ("hr", "Objasnio sam mu da je krivo pročitao cijenu. Ljutio se, ali ostao sam miran i pristojan."),
]


@pytest.mark.parametrize("lang,text", CALM_AFTER, ids=[c[0] for c in CALM_AFTER])
def test_staying_calm_afterwards_does_not_take_the_correction_back(committed, lang, text):
    assert "confront-customer" in committed(text, lang, "customer-wrong")


NOT_DONE = [  # the customer's fault is a thing not done ("hadn't read"): its negation is the fault, not a denial
    ("en", "I explained to her, politely, that she hadn't read the terms before signing."),
    ("de", "Ich habe ihm ruhig erklärt, dass er die Bedingungen nicht gelesen hatte."),
    ("hr", "Objasnila sam mu da mu je poruka stigla, samo je on nije pročitao."),
]


@pytest.mark.parametrize("lang,text", NOT_DONE, ids=[c[0] for c in NOT_DONE])
def test_a_thing_the_customer_did_not_do_is_their_fault(committed, lang, text):
    assert "confront-customer" in committed(text, lang, "customer-wrong")


ENTITLED = [  # what the customer should have had is the shop's failing: an apology, not a correction
    ("en", "I told her she should have received it yesterday and rebooked the delivery."),
    ("de", "Ich habe gesagt: „Das tut mir leid, Sie hätten Ihre Brille längst haben sollen.“"),
    ("hr", "Rekla sam mu da je trebao dobiti paket jučer i odmah sam ga ponovno poslala."),
]


@pytest.mark.parametrize("lang,text", ENTITLED, ids=[c[0] for c in ENTITLED])
def test_what_the_customer_should_have_had_is_no_fault_of_theirs(committed, lang, text):
    assert "confront-customer" not in committed(text, lang, "too-long")


UNSAID = [  # the fault stands under a telling verb that is denied: what the applicant never says
    ("en", "I explain the facts calmly, showing the terms on the receipt, without ever saying “you are wrong”."),
    ("de", "Dann erkläre ich die Fakten ruhig, indem ich die Bedingungen auf dem Bon zeige, ohne je zu sagen „Sie "
     "irren sich“."),
    ("hr", "Mirno objasnim činjenice i pokažem uvjete na računu, a da nikad ne kažem „krivo ste pročitali“."),
]
MUST_HAVE = [  # an inference that the customer saw or read it is proving them wrong
    ("en", "I told her, politely, that she must have seen the notice by the till."),
    ("de", "Ich habe ihr gesagt, dass sie den Aushang beim Bezahlen ja gesehen haben muss."),
    ("hr", "Rekla sam mu da je morao vidjeti oznaku na polici."),
]


@pytest.mark.parametrize("lang,text", UNSAID, ids=[c[0] for c in UNSAID])
def test_a_fault_under_a_denied_telling_verb_confronts_no_one(committed, lang, text):
    assert "confront-customer" not in committed(text, lang, "customer-wrong")


@pytest.mark.parametrize("lang,text", MUST_HAVE, ids=[c[0] for c in MUST_HAVE])
def test_telling_the_customer_they_must_have_seen_it_is_confronting(committed, lang, text):
    assert "confront-customer" in committed(text, lang, "customer-wrong")


STAFF_OR_ADVICE = [  # the fault is someone at work's, or advice for later: no correction of the customer
    ("en", "I told her the courier should have called before the delivery."),
    ("de", "Ich habe ihr gesagt, dass der Kurier vor der Lieferung hätte anrufen sollen."),
    ("hr", "Rekla sam joj da je kurir trebao nazvati prije dostave."),
    ("en", "I showed her that she can view her order in her account at any time."),
    ("de", "Ich habe ihr gezeigt, dass sie ihre Bestellung jederzeit im Kundenkonto einsehen kann."),
    ("hr", "Podsjetila sam je da bi trebala sačuvati račun za jamstvo."),
]


@pytest.mark.parametrize("lang,text", STAFF_OR_ADVICE, ids=[f"{c[0]}-{c[1][:30]}" for c in STAFF_OR_ADVICE])
def test_a_fault_of_staff_or_advice_for_later_confronts_no_one(committed, lang, text):
    assert "confront-customer" not in committed(text, lang, "customer-wrong")


LET_THEM = [  # the applicant lets or asks the customer explain or show: the customer tells (round 18, a good answer)
    ("en", "I let them explain the whole thing first, because sometimes what looks like their mistake is a mix-up on our side."),
    ("de", "Ich lasse den Kunden erst alles erklären, weil er sich vielleicht beim Preis verlesen hat."),
    ("hr", "Pustim ga da objasni, jer je možda krivo pročitao cijenu."),
]
LET_THEN_TELL = [  # ... and then tells the customer the mistake was theirs
    ("en", "I asked him what happened and then explained that he had misread the price."),
    ("de", "Ich habe ihn ausreden lassen und ihm dann erklärt, dass er sich beim Preis verlesen hatte."),
    ("hr", "Zamolila sam ga da mi pokaže račun, a onda sam mu objasnila da je krivo pročitao datum."),
]


@pytest.mark.parametrize("lang,text", LET_THEM, ids=[c[0] for c in LET_THEM])
def test_letting_the_customer_explain_confronts_no_one(committed, lang, text):
    assert "confront-customer" not in committed(text, lang, "customer-wrong")


@pytest.mark.parametrize("lang,text", LET_THEN_TELL, ids=[c[0] for c in LET_THEN_TELL])
def test_telling_them_after_letting_them_speak_is_confronting(committed, lang, text):
    assert "confront-customer" in committed(text, lang, "customer-wrong")
