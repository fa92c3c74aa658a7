"""Round 24 of the outside answers (written and graded blind, built on): an answer made up to sound sure, a customer
handed a number or another hotel and left to it, selling that takes no "no" for an answer, a guest's room or account
details given to someone unchecked, blame of the employer in answers about oneself, and a rule broken as a kindness
are what an interviewer holds against an answer; the same words in a calm refusal, a patient explanation or an
honest word about pay are not. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

COMMITTED = [  # (lang, question, pitfall, answer)
    ("en", "dont-know", "guess-or-send-away", "I hadn't used it myself, but I told her it would hold outside."),
    ("en", "escalate", "guess-or-send-away", "I pass them the complaints line, and then they're in the right hands."),
    ("en", "missing-reservation", "guess-or-send-away", "I'd write down two hotels nearby so they can try there."),
    ("de", "dont-know", "guess-or-send-away", "Ich gebe trotzdem eine klare Antwort, Hauptsache, es klingt sicher."),
    ("de", "escalate", "guess-or-send-away", "Ich sage ihm, dass er sich dort melden soll, die entscheiden das."),
    ("de", "missing-reservation", "guess-or-send-away", "Er soll beim Buchungsportal anrufen, damit die das klären."),
    ("hr", "dont-know", "guess-or-send-away", "Procijenim prema onome što drugi uzimaju i uglavnom pogodim."),
    ("hr", "repeat-caller", "guess-or-send-away", "Dam mu broj tehničke službe i kažem mu da nazove njih."),
    ("hr", "missing-reservation", "guess-or-send-away", "Neka ih nazove, oni to moraju srediti."),
    ("en", "upselling", "pushy-selling", "I don't let anyone leave with just one thing."),
    ("de", "sales-targets", "pushy-selling", "Mein Geheimnis ist, dass ich das erste Nein nie akzeptiere."),
    ("hr", "upselling", "pushy-selling", "Prvo ne nikad ne prihvaćam, pitam i treći put."),
    ("en", "data-protection", "shares-data", "Normally we don't give out account details, but she knew his birthday, so I read her his last bill."),
    ("de", "data-protection", "shares-data", "Normalerweise geben wir das nicht heraus, aber ich habe ihr die Adresse bestätigt."),
    ("hr", "data-protection", "shares-data", "Inače ne dajemo te podatke, ali potvrdila sam joj adresu."),
    ("en", "why-leaving", "blame-others", "Staffing has been cut right back and we're not really asked anything."),
    ("en", "criticism", "blame-others", "The others took their breaks together, so it was nearly always me covering."),
    ("de", "cv-gap", "blame-others", "Das Personal wurde immer knapper, und Stellen wurden nicht nachbesetzt."),
    ("de", "weakness", "blame-others", "Ich mache es selbst, weil unsere Schichtleitung so etwas einfach laufen lässt."),
    ("hr", "why-leaving", "blame-others", "Novi poslovođa ne sluša prijedloge, a odluke se donose negdje gore."),
    ("hr", "tell-me-about-yourself", "blame-others", "U našoj poslovnici nema nikakve perspektive, zna se tko je na redu."),
    ("en", "language-barrier", "over-promise", "I just give them their money back, even though we don't normally."),
    ("de", "phone-manner", "over-promise", "Ich sage dann: „Das ist morgen behoben, darauf haben Sie mein Wort.“"),
    ("hr", "language-barrier", "over-promise", "Vratim mu novac, iako to inače ne radimo."),
]
FINE = [  # (lang, question, pitfall, answer)
    ("hr", "abusive-customer", "guess-or-send-away", "Upozorim da ću prekinuti razgovor i ponudim da nazove kasnije."),
    ("hr", "weakness", "over-promise", "Od tada sve što obećam odmah zapišem u bilježnicu."),
    ("hr", "why-cs", "money-only", "Plaća mi je važna, ali zbog novca ne bih mijenjala sigurnu karijeru."),
    ("de", "why-leaving", "money-only", "Die Stelle ist etwas besser bezahlt, und das spielt natürlich mit. Der Hauptgrund ist aber der Kontakt mit Kunden."),
    ("de", "tell-me-about-yourself", "pushy-selling", "Ich erkläre auch ein drittes Mal gern, wie die App funktioniert."),
    ("de", "tell-me-about-yourself", "confront-customer", "Ich habe gesehen, dass Sie viele Familienreisen anbieten."),
    ("en", "full-queue", "rush-or-ignore", "I keep the call focused, because rushing them just means they ring back."),
    ("en", "too-long", "excuses", "I say so at the start: our billing system is slow, so this could take about five minutes."),
    ("de", "difficult-customer", "blame-others", "Ein Mann rief: „Ihr Laden ist eine einzige Katastrophe!“"),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITTED, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in COMMITTED])
def test_guesses_handoffs_breaches_and_digs_are_committed(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE, ids=[f"{c[0]}-{c[1]}-{c[2]}" for c in FINE])
def test_a_refusal_patience_or_pay_beside_a_motive_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)
