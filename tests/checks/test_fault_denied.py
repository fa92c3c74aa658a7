"""A fault denied for one's own side (``checks/excused.py``): explaining to the customer that a delay or a mistake is
nobody's doing here is an excuse. Round 16 of the outside answers (written and graded blind) had 14 of 18 excuses
missed. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

COMMITS = [
    ("en", "too-long", "I explain what the system has to load first, so they can see it's not me dragging my feet."),
    ("en", "repeat-caller", "I'd tell her the ticket passes through three teams, so it's the process rather than "
     "anyone ignoring her."),
    ("en", "criticism", "I told my manager that the new till was half the problem and it wasn't really down to me."),
    ("de", "too-long", "Ich erkläre ihm die Schritte, damit er versteht, dass es nicht an mir liegt."),
    ("de", "repeat-caller", "Ich sage ihr offen, wie der Ablauf ist, damit sie sieht, dass das keine Absicht von uns "
     "war."),
    ("de", "criticism", "Die meisten sehen dann, dass das keine Nachlässigkeit von uns ist."),
    ("hr", "too-long", "Objasnim mu sve korake da shvati da nisam ja spora."),
    ("hr", "repeat-caller", "Rekla bih joj kako ide postupak, da vidi da je nitko nije namjerno zaboravio."),
    ("hr", "criticism", "Objasnio sam voditeljici da to nije bilo do mene, nego do nove blagajne."),
]

SPARED = [
    # the customer's fault denied, kindly
    ("en", "customer-wrong", "I told her it wasn't her fault at all, the sign was confusing."),
    ("de", "customer-wrong", "Ich habe ihr gesagt, dass das nicht an ihr lag, das Schild war missverständlich."),
    ("hr", "customer-wrong", "Rekla sam joj da to nije do nje, oznaka je bila nejasna."),
    # a feeling, not a fault: so that nobody feels forgotten
    ("en", "multiple-customers", "I nod to the next person so they can see that nobody is being forgotten."),
    ("de", "multiple-customers", "Ich nicke dem Nächsten zu, damit er sieht, dass er nicht vergessen wurde."),
    ("hr", "multiple-customers", "Kimnem sljedećem kupcu da vidi da nitko nije zaboravljen."),
    # the waiting customer reassured
    ("en", "multiple-customers", "I say I'll be with them shortly, just so they can see I haven't forgotten them."),
    ("de", "multiple-customers", "Ich sage kurz Bescheid, damit sie sehen, dass ich sie nicht vergessen habe."),
    ("hr", "multiple-customers", "Kažem „evo me sad do vas”, samo da vide da ih nisam zaboravila."),
    # one's own habit, not an explanation to anyone
    ("en", "repeat-caller", "I never forget to call back when I promise to."),
    ("de", "repeat-caller", "Ich vergesse nie einen Rückruf, den ich zugesagt habe."),
    ("hr", "repeat-caller", "Nikad ne zaboravim nazvati kad to obećam."),
]


@pytest.mark.parametrize("lang,qid,text", COMMITS, ids=[f"{c[0]}-{c[2][:30]}" for c in COMMITS])
def test_a_fault_denied_for_ones_own_side_is_an_excuse(committed, lang, qid, text):
    assert "excuses" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", SPARED, ids=[f"{c[0]}-{c[2][:30]}" for c in SPARED])
def test_the_customers_fault_denied_a_feeling_or_a_habit_is_no_excuse(committed, lang, qid, text):
    assert "excuses" not in committed(text, lang, qid)


APOLOGY_AFTER = [
    ("en", "I explain the steps so they can see it isn't me being slow. Then I apologise for the wait."),
    ("de", "Ich erkläre die Schritte, damit er sieht, dass es nicht an mir liegt. Dann entschuldige ich mich."),
    ("hr", "Objasnim korake da vidi da nije do mene. Onda se ispričam zbog čekanja."),
]


@pytest.mark.parametrize("lang,text", APOLOGY_AFTER, ids=[c[0] for c in APOLOGY_AFTER])
def test_an_apology_afterwards_does_not_take_the_excuse_back(committed, lang, text):
    assert "excuses" in committed(text, lang, "too-long")


ANYONE = [
    ("en", "I think that would have happened to anyone in those conditions."),
    ("de", "Unter solchen Umständen wäre das jedem passiert."),
    ("hr", "Mislim da bi se to u tim okolnostima dogodilo svakome."),
]
ANYONE_TOLD = [  # the same words said to the customer about their own slip are kindness
    ("en", "I told her it could happen to anyone and swapped the tickets."),
    ("de", "Ich habe ihr gesagt, dass das jedem passieren kann, und die Karten getauscht."),
    ("hr", "Rekla sam joj da se to može dogoditi svakome i odmah sam joj zamijenila kartu."),
    # or about the shop's cramped labels: "it can happen to anyone" is no counterfactual about oneself
    ("en", "The offer sign hung right above the next brand, the labels really are cramped there, it can happen to "
     "anyone."),
    ("de", "Dort hing das Schild direkt über der Nachbarsorte, die Schilder sind da wirklich eng, das kann jedem "
     "passieren."),
    ("hr", "Oznaka akcije visjela je iznad susjedne marke, etikete su tamo stvarno zbijene, to se može dogoditi "
     "svakome."),
]


@pytest.mark.parametrize("lang,text", ANYONE, ids=[c[0] for c in ANYONE])
def test_a_slip_anyone_would_have_made_is_an_excuse(committed, lang, text):
    assert "excuses" in committed(text, lang, "mistake")


@pytest.mark.parametrize("lang,text", ANYONE_TOLD, ids=[c[0] for c in ANYONE_TOLD])
def test_telling_the_customer_it_could_happen_to_anyone_is_no_excuse(committed, lang, text):
    assert "excuses" not in committed(text, lang, "customer-wrong")


FOLLOWED_UP = [  # nobody forgotten as the aim of following up (a passive): no fault denied
    ("en", "I am used to explaining things clearly and following up so nobody is forgotten."),
    ("de", "Ich bin es gewohnt, Dinge zu erklären und nachzuhaken, damit niemand vergessen wird."),
    ("hr", "Navikla sam jasno objasniti stvari i javiti se ponovno, da nitko ne bude zaboravljen."),
]


@pytest.mark.parametrize("lang,text", FOLLOWED_UP, ids=[c[0] for c in FOLLOWED_UP])
def test_following_up_so_nobody_is_forgotten_is_no_excuse(committed, lang, text):
    assert "excuses" not in committed(text, lang, "company-fit")


PROMISED = [  # a promise or a date, not a fault denied
    ("en", "I told her that I won't ignore her emails again and called her back the same day."),
    ("de", "Ich habe ihr gesagt, dass ich ihr Anliegen nicht vergessen werde."),
    ("hr", "Rekla sam joj da ja neću zaboraviti na nju."),
    ("en", "I explained to him that we can't issue the invoice until Monday."),
    ("de", "Ich habe ihm erklärt, dass das Paket nicht mehr bei uns liegt, sondern schon beim Zusteller."),
    ("hr", "Objasnila sam mu da mi ne možemo izdati račun do ponedjeljka."),
]


@pytest.mark.parametrize("lang,text", PROMISED, ids=[f"{c[0]}-{c[1][:30]}" for c in PROMISED])
def test_a_promise_or_a_date_is_no_excuse(committed, lang, text):
    assert "excuses" not in committed(text, lang, "repeat-caller")


OWNED = [  # the denial after the fault is someone else's: the mistake is owned
    ("en", "When my supervisor asked, I told her straight away that it was my mistake and not the till's."),
    ("de", "Als meine Schichtleiterin gefragt hat, habe ich gleich gesagt, dass das mein Fehler war und nicht der von "
     "der Kasse."),
    ("hr", "Kad me voditeljica pitala, odmah sam joj rekla da je to moja greška, a ne od blagajne."),
]


@pytest.mark.parametrize("lang,text", OWNED, ids=[c[0] for c in OWNED])
def test_a_mistake_owned_before_a_not_is_no_excuse(committed, lang, text):
    assert "excuses" not in committed(text, lang, "mistake")
