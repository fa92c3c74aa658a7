"""Round 21 of the outside answers (written and graded blind, held out last session, built on now): a dig at
management, colleagues or customers said calmly or with irony, a favour handed out without the authority to give it,
a manager's decision promised in advance, and a customer walked through their own mistake until they admit it are
what an interviewer holds against an answer; the same words about something else are not. Sentences written for
this test, in hr, de and en."""

from __future__ import annotations

import pytest

BLAME = [
    ("en", "The new area managers have never taken a call in their lives, and it shows in the targets."),
    ("en", "The planners never seem to learn that Saturdays are busy."),
    ("en", "Funnily enough, two of the team suddenly need a long break whenever the queue builds up."),
    ("en", "Honestly, management is never quick to respond, and the rota from head office is practically a tradition of chaos."),
    # old cues of a boss shouting, not silenced by a customer's quoted shout
    ("hr", "Šef je vikao na nas pred kupcima."),
    ("en", "We get shouted at by the manager all the time."),
    ("de", "Sie hat lieber geplaudert, im Gegensatz zu manchen Kollegen im Team."),
    ("de", "Bei der Technikabteilung ist das so eine Art Hobby, Hauptsache, die Statistik stimmt."),
    ("de", "Manche Kunden haben heute einfach keine Kinderstube mehr."),
    ("de", "Dass der Nachtportier die Liste nicht abgleicht, ist in dem Hotel quasi Tradition."),
    ("hr", "Neki kolege jednostavno nemaju osjećaj odgovornosti."),
    ("hr", "Takvih kupaca ima puno, a na kraju ispadne da je trgovina kriva."),
    ("hr", "Uprava već godinama štedi na ljudima, a mi to osjetimo na blagajni."),
    ("hr", "Kod nas je, recimo to ovako, voditelj rijetko kad dostupan."),
]
OVER_PROMISES = [
    ("en", "I didn't actually have the authority to give the discount, but I gave it anyway."),
    ("en", "I told her my manager will definitely approve the refund."),
    ("en", "If a customer needs something, I promise it first and work out how later."),
    ("de", "Das lag nicht in meiner Befugnis, aber ich habe ihm den Rabatt trotzdem gegeben."),
    ("de", "Ich sage ihm zu, dass meine Chefin ihm den ganzen Betrag erstatten wird."),
    ("de", "Irgendwie bekommt man das ja immer hin, also verspreche ich es erst mal."),
    ("hr", "To nije bilo u mojoj ovlasti, ali dao sam mu popust."),
    ("hr", "Rekla sam mu da će voditelj to sigurno odobriti."),
    ("hr", "Ako je hotel pun, nešto ću izmisliti, gost ne smije otići."),
]
CONFRONTED = [
    ("en", "I showed him the contract with his signature under it."),
    ("en", "I asked her whether she could see that the terms had been explained to her."),
    ("en", "I calmly asked if he'd speak to your own family like that, sir, and he went quiet."),
    ("de", "Ich habe ihr gesagt, dass ihr das beim Lesen hätte klar sein müssen."),
    ("de", "Ich zeige ihm geduldig, an welcher Stelle er den Fehler gemacht hat."),
    ("de", "Ich frage ihn dann, ob er so mit seinen eigenen Kindern sprechen würde."),
    ("hr", "Ljubazno sam mu rekla da mu je to moralo biti jasno kad je potpisivao."),
    ("hr", "Pokazala sam joj izvod da se sama uvjeri, i na kraju je priznala."),
    ("hr", "Mirno sam mu pokazao gdje je pogriješio pri unosu."),
]
FINE = [
    # the same words of another subject (outside rounds 21 and 22)
    ("en", "money-only", "A common one is someone with an off-peak ticket who wants to catch the early train."),
    ("de", "money-only", "Weitergeben würde ich eine Beschwerde, wenn es um mehr Geld geht, als ich freigeben darf."),
    ("de", "guess-or-send-away", "Ich gebe keine Daten heraus, auch wenn der Anrufer sehr überzeugend klingt."),
    ("hr", "excuses", "Pozvala sam ga na kavu i mirno mu rekla kako to izgleda s moje strane."),
    ("hr", "blame-others", "Gospodin je rekao samo da ga mobitel „ništa ne sluša”, pa sam mu pokazala postavke."),
    ("en", "blame-others", "Our team is known for quick answers, and I would like to help train new starters."),
    ("de", "confront-customer", "Wenn der Kunde sich meldet, erkläre ich ihm, wie er die Rechnung online findet."),
    # a code review's innocent sentences: owning up, praise, a customer's own admission, a job's hours
    ("hr", "blame-others", "Trebala sam vidjeti da kupac žuri, to je bila moja greška."),
    ("hr", "confront-customer", "Tražim posao bez noćnih smjena kako bih više vremena provodila sa svojom djecom."),
    ("hr", "confront-customer", "Na kraju je priznala da je zaboravila lozinku, pa smo je zajedno promijenili."),
    ("de", "confront-customer", "Der Kunde gab zu, dass er den Bon verloren hatte, und wir fanden gemeinsam eine Lösung."),
    ("en", "confront-customer", "He admitted he hadn't read the terms, and I thanked him for his patience."),
    ("hr", "blame-others", "Moja voditeljica je za Božić složila izlog, pravo remek-djelo."),
    ("de", "blame-others", "Mit den Kollegen grillen wir jeden Sommer, das ist schon fast Tradition."),
    ("en", "blame-others", "The team gave every guest a warm welcome, which they were well known for."),
    ("en", "blame-others", "The call wasn't handled well, and that was my fault."),
    ("de", "blame-others", "Im Gegensatz zu manchen anderen Jobs sehe ich hier sofort, was ich bewirke."),
    ("hr", "blame-others", "Kad je došlo novo vodstvo, dobila sam priliku voditi smjenu."),
    ("hr", "money-only", "Svejedno mi je kakav je kupac, svakome pristupam jednako."),
    ("de", "money-only", "Egal, was ich mache, ich mache es gründlich."),
    ("en", "pushy-selling", "If I can't understand the order, I'd rather ask a third time than guess."),
]


@pytest.mark.parametrize("lang,text", BLAME, ids=[f"{c[0]}-{c[1][:28]}" for c in BLAME])
def test_a_calm_or_ironic_dig_at_others_is_blame(committed_any, lang, text):
    assert "blame-others" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", OVER_PROMISES, ids=[f"{c[0]}-{c[1][:28]}" for c in OVER_PROMISES])
def test_a_favour_without_authority_or_a_decision_promised_over_promises(committed_any, lang, text):
    assert "over-promise" in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", CONFRONTED, ids=[f"{c[0]}-{c[1][:28]}" for c in CONFRONTED])
def test_walking_the_customer_to_their_own_mistake_confronts(committed_any, lang, text):
    assert "confront-customer" in committed_any(text, lang)


@pytest.mark.parametrize("lang,pitfall,text", FINE, ids=[f"{c[0]}-{c[1]}-{c[2][:24]}" for c in FINE])
def test_the_same_words_about_something_else_commit_nothing(committed_any, lang, pitfall, text):
    assert pitfall not in committed_any(text, lang)
