"""A fourth realistic day of interviews, written and graded by helpers blind to the code (60 answers; first run:
11 of 17 pitfalls found, and two excellent stories of going beyond one's job, in hr and en, capped at 31 for
"sending the customer away": the sentence said the applicant did not). Sentences written for this test, in hr, de
and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

COMMITS = [
    # a criticism answered with the reasons it happened
    ("de", "criticism", "excuses", "Ehrlich gesagt hat mich das erst mal geärgert, weil es dafür ja Gründe gab."),
    ("de", "criticism", "excuses", "Das habe ich ihr dann auch so erklärt."),
    ("en", "criticism", "excuses", "Honestly it annoyed me at first, because there were reasons for it."),
    ("en", "criticism", "excuses", "I explained all that to her as well."),
    ("hr", "criticism", "excuses", "Iskreno, to me u početku naljutilo, jer je za to bilo razloga."),
    ("hr", "criticism", "excuses", "To sam joj onda i objasnila."),
    # a conflict told well, then the colleague and the manager run down
    ("en", "colleague-conflict", "blame-others", "But honestly she'd been there too long and nobody ever told her no, "
     "and the manager was no help."),
    ("de", "colleague-conflict", "blame-others", "Aber ehrlich gesagt war sie schon zu lange da, und die Filialleiterin "
     "war keine Hilfe."),
    ("hr", "colleague-conflict", "blame-others", "Ali iskreno, ona je tu predugo, a poslovođa nije bio nikakva pomoć."),
    ("hr", "colleague-conflict", "blame-others", "Kolega je stalno prebacivao svoj posao na mene."),
    # a refund without a receipt for a good customer
    ("hr", "refund-policy", "over-promise", "Dobrom kupcu vratio bih mu novac i bez računa."),
    ("en", "refund-policy", "over-promise", "For a good regular I'd refund him even without a receipt."),
    ("de", "refund-policy", "over-promise", "Einem guten Stammkunden gebe ich das Geld auch ohne Bon zurück."),
    # the customer's wish said, then granted: the wish does not spare what follows it
    ("de", "refund-policy", "over-promise", "Wenn sie unbedingt ihr Geld will, dann mache ich es trotzdem, auch ohne "
     "Bon."),
    ("de", "refund-policy", "over-promise", "Sie wollte ihr Geld, und ich habe es ihr auch ohne Bon gegeben."),
    ("en", "refund-policy", "over-promise", "She wanted her money, and I gave it to her without a receipt."),
    ("en", "refund-policy", "over-promise", "She demanded her money, so I gave it to her without a receipt."),
    ("de", "refund-policy", "over-promise", "Sie verlangte ihr Geld, und ich habe es ihr auch ohne Bon gegeben."),
    ("hr", "refund-policy", "over-promise", "Htjela je novac, pa sam joj jednostavno vratila novac."),
]

FINE = [
    # not sending the customer away is what the story is about
    ("hr", "above-and-beyond", "guess-or-send-away", "Moj posao te večeri bio je prijava gostiju, ali nisam ga htjela "
     "samo uputiti na kolodvor pa neka se snađe."),
    ("de", "above-and-beyond", "guess-or-send-away", "Eigentlich war ich für den Check-in zuständig, aber ich wollte "
     "ihn nicht einfach zum Bahnhof schicken, soll er selbst schauen."),
    ("en", "above-and-beyond", "guess-or-send-away", "My job that evening was checking guests in, but I didn't want "
     "to just send him to the station to sort it out himself."),
    # not our job, but done anyway
    ("en", "above-and-beyond", "guess-or-send-away", "Lost property on the railway isn't our job at all, but I sat "
     "her down, got her a tea and took the details."),
    ("de", "above-and-beyond", "guess-or-send-away", "Fundsachen bei der Bahn sind gar nicht unsere Aufgabe, aber ich "
     "habe sie hingesetzt und die Details aufgeschrieben."),
    ("hr", "above-and-beyond", "guess-or-send-away", "Izgubljene stvari u vlaku uopće nisu naš posao, ali sam je "
     "posjela i zapisala detalje."),
    # the training the company offers is no sale
    ("hr", "learn-systems", "pushy-selling", "Kad dobijem novi sustav, prvo odradim cijelu obuku koju firma nudi, čak "
     "i dijelove za koje mislim da mi neće trebati."),
    ("en", "learn-systems", "pushy-selling", "With a new system I first do all the training the company offers, even "
     "the parts I think I won't need."),
    ("de", "learn-systems", "pushy-selling", "Bei einem neuen System mache ich zuerst die ganze Schulung, die die "
     "Firma anbietet, auch die Teile, die ich wohl nicht brauche."),
    # the customer's own request is no promise (de "auch ohne Bon" was a cue before this round and stays one)
    ("hr", "refund-policy", "over-promise", "Kupac je tražio novac i bez računa."),
    ("en", "refund-policy", "over-promise", "He wanted his money back even without a receipt."),
    ("en", "refund-policy", "over-promise", "She demanded a refund without a receipt."),
    ("de", "refund-policy", "over-promise", "Sie verlangte eine Erstattung ohne Bon."),
    ("hr", "refund-policy", "over-promise", "Zahtijevala je povrat novca bez računa."),
    # calls passed on is what the colleague did, understood: no blame
    ("hr", "colleague-conflict", "blame-others", "Ispalo je da još nije bio siguran u novi sustav i da je prebacivao "
     "sve što nije znao, a bilo mu je neugodno to reći."),
    ("en", "colleague-conflict", "blame-others", "It turned out he wasn't sure of the new system yet and was passing "
     "on everything he didn't know."),
    ("de", "colleague-conflict", "blame-others", "Es stellte sich heraus, dass er im neuen System noch unsicher war "
     "und alles weitergeleitet hat, was er nicht wusste."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITS)
def test_the_slip_commits(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE)
def test_what_sounds_like_it_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)


# strengths given for the weakness question answer another question, also where "it's no problem for me" says
# the word "problem": only a problem one has ("problem mi je", "mein Problem") names a weakness
STRENGTHS = {
    "hr": "Moje najjače strane su strpljenje i organiziranost. Starijim ljudima meni nije problem dvaput ponoviti "
          "kako se uzima lijek, pa su me kolegice stavljale na šalter kad bi došao netko zahtjevniji. Vodila sam "
          "narudžbe za cijelu ljekarnu i nikad nismo ostali bez bitnog lijeka.",
    "de": "Meine größten Stärken sind Geduld und Organisation. Älteren Leuten zweimal zu erklären, wie man ein "
          "Medikament nimmt, ist für mich kein Problem, deshalb haben mich die Kolleginnen an den Schalter gestellt, "
          "wenn jemand Schwieriges kam. Ich habe die Bestellungen für die ganze Apotheke gemacht.",
    "en": "My biggest strengths are patience and organisation. Explaining twice to older people how to take a medicine "
          "is no problem for me, so my colleagues put me on the counter when someone difficult came in. I ran the "
          "orders for the whole pharmacy.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_strengths_given_for_the_weakness_are_off_topic(lang):
    fb = engine.feedback("weakness", STRENGTHS[lang], lang=lang, ui_lang=lang)
    assert fb.insights["relevance_detail"]["tip"] == "off-topic", fb.insights["relevance_detail"]


# teamwork answered with claims about teams and oneself, and no moment of one's own, is too general (as the
# questions that list it: above-and-beyond, difficult-customer); a real story is not
CLAIMS = {
    "hr": "Timski rad je temelj uspješnog poslovanja. U timu je najvažnija komunikacija i poštovanje. Ja sam osoba "
          "koja se dobro uklapa u tim i uvijek dajem sve od sebe da atmosfera bude pozitivna.",
    "de": "Teamarbeit ist im Kundenservice das Wichtigste. Im Team zählen Kommunikation und Respekt. Ich bin ein "
          "echter Teamplayer und gebe immer mein Bestes, damit die Stimmung gut ist.",
    "en": "Teamwork is the key to any successful business. In a team, communication and respect matter most. I'm a "
          "real team player and I always give 110% to keep the atmosphere positive.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_teamwork_in_claims_only_is_too_general(lang):
    fb = engine.feedback("teamwork", CLAIMS[lang], lang=lang, ui_lang=lang)
    assert "generic" in {p["id"] for p in fb.pitfalls}


# the customer's wish for a refund without a receipt is the situation of a refund story, not the applicant's
# promise: "Last month a customer wanted a refund without a receipt…" had capped a good story at 26 (found after
# round 12, trying the fix above as a user); what the applicant then does still counts
REQUEST = {
    "en": ("Last month a customer wanted a refund without a receipt for a kettle.",
           "She wanted a refund without a receipt, so I just gave her the money back."),
    "de": ("Letzten Monat wollte eine Kundin einen Wasserkocher ohne Kassenbon zurückgeben.",
           "Sie wollte es ohne Bon zurückgeben, und ich habe es ihr einfach erstattet."),
    "hr": ("Prošli mjesec kupac je htio povrat novca za kuhalo bez računa.",
           "Htjela je povrat bez računa, pa sam joj jednostavno vratila novac."),
}
GOOD_STORY = {
    "en": " I listened, explained that without proof of purchase I can only offer an exchange or store credit, and "
          "found her card payment, which we could use as proof. She got her refund that way and left happy.",
    "de": " Ich habe zugehört, erklärt, dass ich ohne Kaufbeleg nur umtauschen oder einen Gutschein geben kann, und "
          "über ihre Kartenzahlung den Kauf gefunden. So bekam sie ihr Geld zurück und ging zufrieden.",
    "hr": " Saslušala sam ga, objasnila da bez dokaza o kupnji mogu ponuditi samo zamjenu ili bon, i pronašla "
          "plaćanje karticom, koje smo mogli uzeti kao dokaz. Tako je dobio povrat i otišao zadovoljan.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_customers_wish_is_no_promise(committed, lang):
    situation, given = REQUEST[lang]
    assert "over-promise" not in committed(situation, lang, "refund-policy")
    assert "over-promise" in committed(given, lang, "refund-policy")
    fb = engine.feedback("refund-policy", situation + GOOD_STORY[lang], lang=lang, ui_lang=lang)
    assert not fb.pitfalls and fb.score >= 60, (fb.score, fb.pitfalls)
