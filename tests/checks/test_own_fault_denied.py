"""Round 16 of the outside answers (written and graded blind): denying one's own fault is an excuse, not blame
(the team's graded data agrees: "Objasnila sam mu da to nije do mene, nego…" is graded `excuses` only); and
wordings that looked like a pitfall and were not. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

OWN_FAULT_DENIED = [
    ("en", "cv-gap", "It wasn't my fault, the circumstances just came together."),
    ("de", "cv-gap", "Das lag nicht an mir, die Umstände kamen einfach zusammen."),
    ("hr", "cv-gap", "To nije bilo do mene, jednostavno su se okolnosti poklopile."),
]


@pytest.mark.parametrize("lang,qid,text", OWN_FAULT_DENIED, ids=[c[0] for c in OWN_FAULT_DENIED])
def test_denying_ones_own_fault_is_an_excuse_not_blame(committed, lang, qid, text):
    found = committed(text, lang, qid)
    assert "excuses" in found and "blame-others" not in found


IN_MY_DEFENCE = [
    ("en", "In my defence, three new tariffs launched that week and I was covering two shifts, so I was serving "
     "people non-stop."),
    ("de", "Zu meiner Verteidigung: In der Woche kamen drei neue Tarife, und ich habe zwei Schichten übernommen, also "
     "habe ich ohne Pause bedient."),
    ("hr", "U svoju obranu, taj tjedan su izašle tri nove tarife, a ja sam pokrivala dvije smjene, pa sam radila bez "
     "pauze."),
]


@pytest.mark.parametrize("lang,text", IN_MY_DEFENCE, ids=[c[0] for c in IN_MY_DEFENCE])
def test_a_defence_stays_an_excuse_when_the_sentence_goes_on_with_so_i(committed, lang, text):
    assert "excuses" in committed(text, lang, "mistake")


NOT_COMMITTED = [
    # effort promised, not a favour
    ("en", "dont-know", "over-promise",
     "Whatever I promise to look into, I follow up on, even if it means calling the customer back."),
    ("de", "dont-know", "over-promise",
     "Was ich verspreche, erledige ich auch, auch wenn das heißt, den Kunden am Abend zurückzurufen."),
    ("hr", "dont-know", "over-promise", "Što obećam, to i napravim, čak i ako to znači da kupca nazovem navečer."),
    # the customer's money, not the applicant's motive
    ("en", "refund-policy", "money-only",
     "I told her I understood why she was cross, because she had paid good money and expected the shoes to last."),
    ("de", "refund-policy", "money-only",
     "Ich habe ihr gesagt, dass ich ihren Ärger verstehe, weil sie gutes Geld bezahlt hat."),
    ("hr", "refund-policy", "money-only",
     "Rekao sam joj da razumijem zašto je ljuta, jer je dala dobar novac i očekuje da cipele potraju."),
    # a quarrel with a colleague, in answer to the colleague question, is no confrontation with a customer
    ("en", "colleague-conflict", "confront-customer", "We argued about it for days, so I asked him for a coffee."),
    ("de", "colleague-conflict", "confront-customer",
     "Wir haben uns tagelang darüber gestritten, also habe ich ihn auf einen Kaffee eingeladen."),
    ("hr", "colleague-conflict", "confront-customer",
     "Nekoliko smo se dana prepucavali oko toga, pa sam ga zamolila da na pauzi popijemo kavu."),
    # a choice offered to the customer
    ("en", "too-long", "confront-customer",
     "I briefly told him what the hold-up was, then offered him a choice: he could go, and I'd text him."),
    ("de", "too-long", "confront-customer",
     "Ich habe ihm kurz gesagt, woran es hängt, und ihm die Wahl gelassen: Er kann gehen, ich schicke eine SMS."),
    ("hr", "too-long", "confront-customer",
     "Kratko sam mu rekao na čemu zapinje, a onda sam mu ponudio izbor: da ode, a ja ću mu poslati SMS."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", NOT_COMMITTED, ids=[f"{c[0]}-{c[2]}" for c in NOT_COMMITTED])
def test_close_wordings_commit_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)


STILL_COMMITTED = [
    ("en", "difficult-customer", "confront-customer", "We argued for a few minutes and then I told him to calm down."),
    ("hr", "difficult-customer", "confront-customer", "Nekoliko smo se minuta svađali, pa sam ga zamolila da se smiri."),
    ("en", "why-cs", "money-only", "Honestly, the main thing is good money, this job pays better."),
    ("hr", "why-cs", "money-only", "Bitno mi je da dobro zaradim, jer mi treba dobar novac."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", STILL_COMMITTED, ids=[f"{c[0]}-{c[2]}" for c in STILL_COMMITTED])
def test_the_same_words_still_commit_where_they_should(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)
